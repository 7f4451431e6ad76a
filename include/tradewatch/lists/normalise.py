"""Name normalisation: transliteration, case, punctuation, legal forms, word order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_VOWELS = str.maketrans("", "", "aeiouy")


@dataclass(frozen=True)
class Vocabulary:
    legal_forms: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    stopwords: frozenset[str]
    generic: frozenset[str]
    spelling: tuple[tuple[re.Pattern[str], str], ...]


@cache
def vocabulary() -> Vocabulary:
    raw = yaml.safe_load((resources.files("tradewatch.lists") / "legal_forms.yml").read_text(encoding="utf-8"))
    forms = sorted({tuple(_NON_ALNUM.sub(" ", f.lower()).split()) for f in raw["legal_forms"]}, key=len, reverse=True)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form)
    return Vocabulary(
        legal_forms={first: tuple(group) for first, group in by_first.items()},
        stopwords=frozenset(str(w) for w in raw["stopwords"]),
        generic=frozenset(str(w) for w in raw["generic"]),
        spelling=tuple((re.compile(pattern), repl) for pattern, repl in raw["spelling"]),
    )


@lru_cache(maxsize=65536)
def fold_spelling(token: str) -> str:
    """One spelling for common romanisation variants of a token (sergei, sergey -> sergey)."""
    for pattern, repl in vocabulary().spelling:
        token = pattern.sub(repl, token)
    return token


def tokens(name: str) -> list[str]:
    """Lower-case ASCII words of a name in any script ("ПАО «Роснефть»" -> ["pao", "rosneft"])."""
    from anyascii import anyascii

    text = anyascii(name).lower().replace("'", "")
    return _NON_ALNUM.sub(" ", text).split()


def _drop_phrases(words: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase in phrases.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return out


@dataclass(frozen=True)
class NormalName:
    """A name ready for comparison: `key` is the sorted significant tokens joined by spaces."""

    original: str
    tokens: tuple[str, ...]  # significant tokens, sorted
    core: tuple[str, ...]  # without generic words (equals `tokens` when that would leave nothing)

    @property
    def key(self) -> str:
        return " ".join(self.tokens)

    @property
    def core_key(self) -> str:
        return " ".join(self.core)


# Bounded: a long-lived worker sees new names every run; the lists themselves are ~100k names.
@lru_cache(maxsize=262144)
def normalise(name: str) -> NormalName:
    vocab = vocabulary()
    words = tokens(name)
    significant = [w for w in _drop_phrases(words, vocab.legal_forms) if w not in vocab.stopwords]
    if not significant:  # a name that is only a legal form ("AO") is kept as written
        significant = words
    core = [w for w in significant if w not in vocab.generic] or significant
    return NormalName(
        name,
        tuple(sorted(fold_spelling(w) for w in significant)),
        tuple(sorted(fold_spelling(w) for w in core)),
    )


def normalised_name(name: str) -> str:
    """The string stored in `list_names.normalised_name`."""
    return normalise(name).key


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """Consonant skeleton for blocking transliteration variants (muhammad ~ mohammed -> mhmmd)."""
    collapsed = token.translate(_VOWELS)
    return re.sub(r"(.)\1+", r"\1", collapsed)
