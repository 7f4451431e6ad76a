"""Loading of the extraction data files (lexicons, gazetteers, rate table) shipped in `data/`."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]  # private, typeshed omits it; read only
from re import _parser as sre_parse  # type: ignore[attr-defined]  # private, typeshed omits it; read only
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


# libyaml's safe loader when PyYAML has it (the same documents, ~10x faster: every task process loads the lexicons
# once, and the pure-Python loader cost it ~0.1 s)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load_yaml(name: str) -> Any:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader (libyaml's or PyYAML's)


@functools.cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines))


# "zero" .. "twenty" -> 0 .. 20: counts the rules read in words ("three people and five companies")
NUMBER_WORDS = {
    w: n for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}


def number_value(word: str) -> int:
    """The number a count's word or digits say ("five" or "5": 5); 0 for a word that is no number."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


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


_Prefixes = set[tuple[str, bool]]  # (possible start of a match, may the next item extend it)


def seq_prefixes(items: list, k: int) -> _Prefixes:
    """Possible first `k` characters of a parsed pattern sequence (shorter ones when unknown after)."""
    cur: _Prefixes = {("", True)}
    for item in items:
        if not any(ext and len(p) < k for p, ext in cur):
            break
        opts = _item_prefixes(item, k)
        nxt: _Prefixes = set()
        for p, ext in cur:
            if not ext or len(p) >= k:
                nxt.add((p[:k], False))
                continue
            for s, ext2 in opts:
                q = p + s
                nxt.add((q[:k], ext2 and len(q) < k))
        cur = nxt
    return cur


def _item_prefixes(item: tuple, k: int) -> _Prefixes:
    c = sre_constants
    op, av = item
    if op is c.LITERAL:
        return {(chr(av), True)}
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL:
                chars.add(chr(sub_av))
            elif sub_op is c.RANGE and sub_av[1] - sub_av[0] < 30:
                chars.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
            else:
                return {("", False)}
        return {(ch, True) for ch in chars}
    if op is c.BRANCH:
        return set().union(*(seq_prefixes(list(alt), k) for alt in av[1]))
    if op is c.SUBPATTERN:
        return seq_prefixes(list(av[3]), k)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = av
        once = seq_prefixes(list(sub), k)
        if high != 1:  # repeated: do not extend past the first repetition
            once = {(p, False) for p, _ in once}
        return once | {("", True)} if low == 0 else once
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {("", True)}  # zero-width: constrains nothing about the characters
    return {("", False)}


class Caseless:
    """A case-insensitive pattern; on ASCII text it runs case-sensitively on the lower case (faster in `re`).

    On ASCII text IGNORECASE only equates the two cases of ASCII letters, so the lower-cased
    pattern on the lower-cased text matches the same spans. Patterns with upper-case escapes
    (`\\S`, `\\W`, ...) or non-ASCII characters always run with IGNORECASE.

    A pattern `\\b<rest>` whose matches all open with a word character runs, on ASCII text, as
    `[^\\w](?:<rest>)` on " " + the lower case (see `word_start_gap_form`).
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        plain = pattern.isascii() and not re.search(r"\\[A-Z]", pattern)
        self._lower = re.compile(pattern.lower()) if plain else None
        gap = word_start_gap_form(pattern.lower()) if plain else None
        self._gap = re.compile(gap) if gap is not None else None
        # Strings one of which every match holds: a few `in` tests rule most sentences out.
        required = required_literals(pattern.lower()) if plain else None
        self._required = tuple(sorted(required)) if required is not None and len(required) <= 32 else None

    def search(self, text: str, lowered: str | None = None) -> tuple[int, int] | None:
        """The span of the first match in `text`, or None. `lowered`: `text.lower()` of an ASCII `text`."""
        if self._lower is not None and (lowered is not None or text.isascii()):
            lowered = text.lower() if lowered is None else lowered
            if self._required is not None and not any(w in lowered for w in self._required):
                return None
            if self._gap is not None:
                g = self._gap.search(" " + lowered)
                return (g.start(), g.end() - 1) if g else None
            m = self._lower.search(lowered)
        else:
            m = self.pattern.search(text)
        return m.span() if m else None


class WordStart:
    r"""A pattern for truth tests (`found`), with its `\b<rest>` form run as `[^\w](?:<rest>)` on " " + text.

    Same answers as `re.compile(pattern, flags).search(text) is not None` (see `word_start_gap_form`;
    patterns without that form run as they are).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        gap = word_start_gap_form(pattern)
        self._gap = re.compile(gap, flags) if gap is not None else None

    def found(self, text: str) -> bool:
        if self._gap is not None:
            return self._gap.search(" " + text) is not None
        return self.pattern.search(text) is not None


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of `pattern` (case-sensitive) holds one; None when not found.

    A cheap `in` test for them skips the search on texts that cannot match. Found only in plain
    places: a run of literal characters of a sequence, or a group of alternatives that each have one.
    """
    try:
        return _seq_literals(list(sre_parse.parse(pattern)))
    except re.error:
        return None


def _seq_literals(items: list) -> frozenset[str] | None:
    c = sre_constants
    runs: list[str] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run += chr(av)
        else:
            runs.append(run)
            run = ""
    best = max(runs, key=len, default="")
    if len(best) >= 3:
        return frozenset([best])
    for op, av in items:
        inner: frozenset[str] | None = None
        if op is c.SUBPATTERN and av[1] == 0 and av[2] == 0:  # a group without flags
            inner = _seq_literals(list(av[3]))
        elif op is c.BRANCH:  # every alternative must hold one of its strings
            found = [_seq_literals(list(alt)) for alt in av[1]]
            if all(f is not None for f in found):
                inner = frozenset().union(*(f for f in found if f is not None))
        if inner is not None:
            return inner
    return None


def word_start_gap_form(pattern: str) -> str | None:
    r"""`[^\w](?:<rest>)` for a pattern `\b<rest>` whose every match opens with a word character; else None.

    Then `\b` at a match's start means "after a non-word character, or at the start": on " " + text
    that character is consumed, and a match of the gap form at i is a match of the pattern at i in
    the text (i + 1 in the padded one), with the same end. `re` finds the class by a fast scan,
    where a pattern opening with `\b` is tried at every position. None when `rest` could see the
    padding (look-behinds, `^`, `\A`) or might open otherwise.
    """
    if not pattern.startswith(r"\b"):
        return None
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    if _sees_before(parsed):
        return None
    items = list(parsed)
    # A top-level alternation would parse as one BRANCH item: `\b` must stand alone in front.
    if not items or items[0] != (sre_constants.AT, sre_constants.AT_BOUNDARY):
        return None
    starts = seq_prefixes(items[1:], 1)
    if not starts or not all(p and re.match(r"\w", p) for p, _ in starts):
        return None
    return rf"[^\w](?:{pattern[2:]})"


def _sees_before(node: Any) -> bool:
    """A parsed pattern holding a look-behind or a start-of-string/line anchor (`^`, `\\A`)."""
    c = sre_constants
    # Identity tests: the opcodes are ints, and so are other members of these tuples.
    if isinstance(node, tuple) and len(node) == 2 and (node[0] is c.ASSERT or node[0] is c.ASSERT_NOT):
        return node[1][0] < 0 or _sees_before(node[1][1])
    if isinstance(node, tuple) and len(node) == 2 and node[0] is c.AT:
        return node[1] in (c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING)
    if isinstance(node, (tuple, list)) or hasattr(node, "data"):
        items = node.data if hasattr(node, "data") else node
        return any(_sees_before(item) for item in items)
    return False


def matches_at(pattern: re.Pattern[str], text: str, places: Iterable[int] | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when every match starts at one of `places` (ascending): tried there only.

    The leftmost match at or after the previous one's end is the first place there where `match`
    succeeds (a look-behind sees the text before the place). For patterns whose matches are never
    empty, so the next search starts at the end. `places` None: every position (plain finditer).
    """
    if places is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for at in places:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()
