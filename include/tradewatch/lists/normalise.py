"""Name normalisation: transliteration, case, punctuation, legal forms, word order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

import yaml

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Single letters joined by dots ("l.l.c.", "s.a.", "g.m.b.h"): an abbreviation, read as one word ("llc"), not as letters
# that would each count as a word (hostile probe 29: "ROMASHKA TRADING L.L.C." scored 84 against "Romashka Trading LLC").
_DOTTED_LETTERS = re.compile(r"(?<![a-z0-9])[a-z](?:\.[a-z])+\.?(?![a-z0-9])")
_VOWELS = str.maketrans("", "", "aeiouy")
# A ship's prefix written with a slash ("M/T Star Pioneer", "M/V Sun Ship"): one word, as "MT" and "MV" are (a generic
# word, see legal_forms.yml), not two letters that each count as a word (hostile probe 49).
_SHIP_PREFIX = re.compile(r"(?<![a-z0-9])m/([tv])(?![a-z0-9])")


@dataclass(frozen=True)
class Vocabulary:
    legal_forms: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    stopwords: frozenset[str]
    generic: frozenset[str]
    spelling: tuple[tuple[re.Pattern[str], str], ...]
    organisation_words: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    form_groups: dict[tuple[str, ...], str]  # legal form -> its group ("ooo" -> "llc")
    form_spelling: tuple[tuple[re.Pattern[str], str], ...]  # read legal-form words alike ("aktsionernoye")
    variants: dict[str, str]  # folded given-name variant -> its folded common spelling ("mohamed" -> "muhammad")
    descriptive: frozenset[str]  # folded generic and one-word business words: no identity of their own
    business_lines: frozenset[str]  # folded words that name a line of business ("shipping", "trading")


def _phrase(text: object) -> tuple[str, ...]:
    if _HAN.search(str(text)):  # "有限公司": a word per character, as `tokens` reads a name
        return tuple(tokens(str(text)))
    return tuple(_NON_ALNUM.sub(" ", str(text).lower()).split())


def _by_first_word(phrases: Iterable[object]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, longest first (what `_split_phrases` reads)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted({_phrase(p) for p in phrases}, key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in by_first.items()}


def _rules(raw: Iterable[tuple[str, str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), repl) for pattern, repl in raw)


def _apply(rules: tuple[tuple[re.Pattern[str], str], ...], token: str) -> str:
    for pattern, repl in rules:
        token = pattern.sub(repl, token)
    return token


@cache
def vocabulary() -> Vocabulary:
    raw = yaml.safe_load((resources.files("tradewatch.lists") / "legal_forms.yml").read_text(encoding="utf-8"))
    spelling = _rules(raw["spelling"])
    form_spelling = _rules(raw["legal_form_spelling"])

    def form_phrases(phrases: Iterable[object]) -> list[str]:
        return [" ".join(_apply(form_spelling, w) for w in _phrase(p)) for p in phrases]

    generic = frozenset(str(w) for w in raw["generic"])
    business = {p[0] for p in map(_phrase, raw["organisation_words"]) if len(p) == 1}
    return Vocabulary(
        legal_forms=_by_first_word(form_phrases(raw["legal_forms"])),
        stopwords=frozenset(str(w) for w in raw["stopwords"]),
        generic=generic,
        spelling=spelling,
        organisation_words=_by_first_word(form_phrases(raw["organisation_words"])),
        form_groups={
            _phrase(form): str(group) for group, forms in raw["legal_form_groups"].items() for form in form_phrases(forms)
        },
        form_spelling=form_spelling,
        variants={
            _apply(spelling, str(variant)): _apply(spelling, str(common))
            for common, variants in raw["name_variants"].items()
            for variant in variants
        },
        descriptive=frozenset(_apply(spelling, w) for w in generic | business),
        business_lines=frozenset(_apply(spelling, str(w)) for w in raw["business_lines"]),
    )


@lru_cache(maxsize=65536)
def fold_spelling(token: str) -> str:
    """One spelling for common romanisation variants of a token (sergei, sergey -> sergey; mohamed, muhammad ->
    muhammad: the `name_variants` of a given name)."""
    vocab = vocabulary()
    token = _apply(vocab.spelling, token)
    return vocab.variants.get(token, token)


# Cyrillic and Greek letters drawn like Latin ones. A name that mixes scripts ("Ѕberbank" with a Cyrillic Dze,
# "ЅΒΕΡΒΑΝΚ" of Cyrillic and Greek capitals) is read as the Latin it imitates, not transliterated ("Ѕ" is "Dz").
LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "Ѕ": "S", "І": "I", "Ј": "J", "У": "Y", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "ѕ": "s", "і": "i", "ј": "j", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "κ": "k", "ν": "v", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x",
})
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_WORD = re.compile(r"[^\s\-‐‑–—/,.()«»\"'’]+")


def _mixes_scripts(text: str) -> bool:
    return bool(_LATIN.search(text)) + bool(_CYRILLIC.search(text)) + bool(_GREEK.search(text)) > 1


def fold_lookalikes(name: str) -> str:
    """`name` with look-alike Cyrillic and Greek letters read as Latin in each word that mixes scripts ("Ѕberbank": a
    Cyrillic Dze in a Latin word). A word in one script is left to transliteration, whatever the other words: "Роснефть"
    is Rosneft, and "Вектор LLC" is Vektor LLC, not the different "BEKTOP LLC" its letters look like (hostile probe 11:
    folding the whole name matched it to that other listed party, at 100)."""
    if not _mixes_scripts(name):
        return name
    return _WORD.sub(lambda m: m.group().translate(LOOKALIKES) if _mixes_scripts(m.group()) else m.group(), name)


# Chinese characters (and the kanji of Japanese names): each is a word of its own, kept as written. Transliterated, a
# name ran together into one word of pinyin ("深圳昆仑贸易有限公司" -> "shenzhenkunlunmaoyiyouxiangongsi"): its legal
# form was never found, and a one-character difference (明 for 仑: another company) still scored 92 letter for letter
# (hostile probe 41 F4). Kana and hangul are spelt out by sound and transliterated like other scripts.
_HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
# Ukrainian writes ьо where Russian writes ё ("Аксьонов", "Аксёнов"; "Ковальов", "Ковалёв"): read as ё, so both spell
# the listed AKSYONOV alike (hostile probe 41 F8: "Сергій Аксьонов" scored 84.8, "Сергей Аксёнов" 98).
_UKRAINIAN_YO = re.compile(r"ьо|ЬО|ьО|Ьо")


def is_ideograph(token: str) -> bool:
    """A word of a name written in Chinese characters (one character; see `tokens`)."""
    return not token.isascii() and bool(_HAN.fullmatch(token))


def tokens(name: str) -> list[str]:
    """Lower-case ASCII words of a name in any script ("ПАО «Роснефть»" -> ["pao", "rosneft"]); a Chinese character
    is a word of its own, kept as written ("中国银行" -> ["中", "国", "银", "行"])."""
    from anyascii import anyascii

    words: list[str] = []
    for i, part in enumerate(_HAN.split(_UKRAINIAN_YO.sub(lambda m: "ё" if m.group()[1] == "о" else "Ё",
                                                          fold_lookalikes(name)))):
        if i % 2:  # (the split's odd parts are the characters it split at)
            words.append(part)
            continue
        text = anyascii(part).lower().replace("'", "")
        text = _DOTTED_LETTERS.sub(lambda m: m.group().replace(".", ""), text)
        text = _SHIP_PREFIX.sub(r"m\1", text)
        words.extend(_NON_ALNUM.sub(" ", text).split())
    return words


def _split_phrases(
    words: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]
) -> tuple[list[str], list[tuple[str, ...]]]:
    """(the words outside any of `phrases`, the phrases found), reading left to right, longest phrase first. Words are
    compared in their legal-form spelling (`legal_form_spelling`: "aktsionernoye" reads as "aktsionernoe")."""
    rules = vocabulary().form_spelling
    spelt = [_apply(rules, w) for w in words]
    out: list[str] = []
    found: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for phrase in phrases.get(spelt[i], ()):
            if tuple(spelt[i : i + len(phrase)]) == phrase:
                found.append(phrase)
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return out, found


@dataclass(frozen=True)
class NormalName:
    """A name ready for comparison: `key` is the sorted significant tokens joined by spaces."""

    original: str
    tokens: tuple[str, ...]  # significant tokens, sorted
    core: tuple[str, ...]  # without generic words (equals `tokens` when that would leave nothing)
    # The name itself shows an organisation: a legal form or a business word ("organisation_words" in legal_forms.yml)
    organisation: bool = False
    # Groups of the legal forms it carries ("legal_form_groups": "OOO Romashka" -> {"llc"}), sorted
    forms: tuple[str, ...] = ()
    # Countries its words name ("Central Bank of the Russian Federation" -> {"RU"}), sorted: read from the words as
    # written, before spelling folds them ("chinese" is "khinese" once folded)
    countries: tuple[str, ...] = ()
    # A listed person's surname as the list splits the name (`ListEntity.surnames`): its significant tokens, folded, in
    # the order written ("maduro", "moros"); empty for other names (see `listed_name`)
    surname: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return " ".join(self.tokens)

    @property
    def comparable(self) -> NormalName:
        """This name without its original text: all that screening and scoring read, so names written differently
        that normalise alike ("PJSC Sberbank", "Sberbank, PJSC") compare alike."""
        return replace(self, original="")

    @property
    def core_key(self) -> str:
        return " ".join(self.core)

    @property
    def glued(self) -> frozenset[str]:
        """The significant tokens written together, in every order (up to 3 tokens; the sorted order beyond): a name
        split or glued differently ("Ros Neft", "Sber Bank", "Silver Line" ~ ROSNEFT, SBERBANK, SILVERLINE)."""
        return glued_forms(self.tokens)


@lru_cache(maxsize=65536)
def glued_forms(tokens: tuple[str, ...]) -> frozenset[str]:
    from itertools import permutations

    if len(tokens) > GLUE_MAX_TOKENS:
        return frozenset({"".join(tokens)})
    return frozenset("".join(p) for p in permutations(tokens))


GLUE_MAX_TOKENS = 3


# Bounded: a long-lived worker sees new names every run; the lists themselves are ~100k names.
@lru_cache(maxsize=262144)
def normalise(name: str) -> NormalName:
    vocab = vocabulary()
    words = tokens(name)
    rest, forms = _split_phrases(words, vocab.legal_forms)
    significant = [w for w in rest if w not in vocab.stopwords]
    if not significant:  # a name that is only a legal form ("AO") is kept as written
        significant, forms = words, []
    core = [w for w in significant if w not in vocab.generic] or significant
    return NormalName(
        name,
        tuple(sorted(fold_spelling(w) for w in significant)),
        tuple(sorted(fold_spelling(w) for w in core)),
        organisation=bool(_split_phrases(words, vocab.organisation_words)[1]),
        forms=tuple(sorted({vocab.form_groups[f] for f in forms if f in vocab.form_groups})),
        countries=name_countries(tuple(significant)),
    )


@lru_cache(maxsize=65536)
def name_countries(words: tuple[str, ...]) -> tuple[str, ...]:
    """The ISO codes of the countries words of a name name, one word at a time ("russian" RU, "iranian" IR; "north"
    and "korea" of North Korea give KR alone, as the lists' "KOREA ..." names of North Korean entities do)."""
    from tradewatch.extract.countries import country_code

    return tuple(sorted({code for w in words if not is_ideograph(w) and (code := country_code(w))}))


@lru_cache(maxsize=262144)
def listed_name(name: str, surname: str | None) -> NormalName:
    """`normalise` of a listed name, with the surname the list gives it: kept when its words are words of the name and
    leave at least one other (a given name), and the name shows no organisation; else none."""
    norm = normalise(name)
    if not surname or norm.organisation:
        return norm
    stopwords = vocabulary().stopwords
    words = tuple(fold_spelling(w) for w in tokens(surname) if w not in stopwords)
    rest = list(norm.tokens)
    for word in words:
        if word not in rest:
            return norm
        rest.remove(word)
    return replace(norm, surname=words) if words and rest else norm


def normalised_name(name: str) -> str:
    """The string stored in `list_names.normalised_name`."""
    return normalise(name).key


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """Consonant skeleton for blocking transliteration variants (muhammad ~ mohammed -> mhmmd)."""
    collapsed = token.translate(_VOWELS)
    return re.sub(r"(.)\1+", r"\1", collapsed)
