"""Loading of the extraction data files (lexicons, gazetteers, rate table) shipped in `data/`."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@functools.cache
def load_yaml(name: str) -> Any:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines))


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` literally, longest first, factored as a prefix tree.

    Same matches as `"|".join(sorted(escaped words, key=len, reverse=True))`: the words that can
    match at one position are prefixes of each other, and the tree tries the longer one first.
    It is much faster in `re`, which otherwise tries every word at every position.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Continuing first, stopping last: the longest word wins, as in a longest-first alternation.
    return f"(?:{body})?" if ends_here else body


def start_scan(words: Iterable[str], not_after: str, length: int = 6) -> re.Pattern[str]:
    """A pattern matching the first character of every place where one of `words` may start.

    "May": the next `length` characters begin some word, and the character before is not in the
    class `not_after` (e.g. `\\w-`) or there is none. Each match is one character, so finditer
    skips no place; and as every branch opens with a literal, `re` jumps between the words'
    first characters by a fast scan instead of trying the pattern at every position.
    """
    tails: dict[str, set[str]] = {}
    for word in words:
        if word:
            tails.setdefault(word[0], set()).add(word[1:length])
    branches = [
        f"{re.escape(first)}(?<![{not_after}].)" + (f"(?={alternation(rest)})" if "" not in rest else "")
        for first, rest in sorted(tails.items())
    ]
    return re.compile("|".join(branches) or "(?!)")


class Caseless:
    """A case-insensitive pattern; on ASCII text it runs case-sensitively on the lower case (faster in `re`).

    On ASCII text IGNORECASE only equates the two cases of ASCII letters, so the lower-cased
    pattern on the lower-cased text matches the same spans. Patterns with upper-case escapes
    (`\\S`, `\\W`, ...) or non-ASCII characters always run with IGNORECASE.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        plain = pattern.isascii() and not re.search(r"\\[A-Z]", pattern)
        self._lower = re.compile(pattern.lower()) if plain else None

    def search(self, text: str) -> tuple[int, int] | None:
        """The span of the first match in `text`, or None."""
        if self._lower is not None and text.isascii():
            m = self._lower.search(text.lower())
        else:
            m = self.pattern.search(text)
        return m.span() if m else None
