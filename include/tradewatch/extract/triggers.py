"""Trigger lexicons for sanction measures and deal types (data/triggers.yaml), compiled once."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from re import _parser as sre_parse  # type: ignore[attr-defined]  # private, typeshed omits it; read only
from typing import Any

from tradewatch.extract.lexicon import Caseless, alternation, load_yaml, matches_at
from tradewatch.extract.lexicon import seq_prefixes as _seq_prefixes


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    label: str | None  # measure or deal type
    surface: str


def _compile(items: list[dict], key: str, lower: bool = False) -> list[tuple[re.Pattern[str], str | None]]:
    """Each trigger pattern; `lower`: the lower-cased pattern without IGNORECASE, for lower-cased text."""
    if lower:
        _check_lowerable(items)
    return [_compile_one(it, key, lower) for it in items]


def _check_lowerable(items: list[dict]) -> None:
    if any(re.search(r"\\[A-Z]", it["pattern"]) for it in items):
        raise ValueError("trigger patterns must not use upper-case escapes (\\W, \\S, ...): they break lower-casing")


def _compile_one(item: dict, key: str, lower: bool) -> tuple[re.Pattern[str], str | None]:
    return (
        re.compile(
            rf"(?<![\w-])(?:{item['pattern'].lower() if lower else item['pattern']})(?![\w])",
            0 if lower else re.IGNORECASE,
        ),
        item.get(key),
    )


_CFG = load_yaml("triggers.yaml")


# Compiled when first asked, not at import (compiling `re` patterns is most of this module's import, ~0.3 s, paid by
# every process's first article): the IGNORECASE patterns and alternations serve only a text that lower-casing cannot
# serve (`lowercase_is_safe`), the full lower-case alternation only a text without the candidate scan. Read as the
# module attributes SANCTION_PATTERNS, DEAL_PATTERNS, _ANY_TRIGGER, _ANY_TRIGGER_LOWER (see `__getattr__`).
@functools.cache
def _sanction_patterns() -> list[tuple[re.Pattern[str], str | None]]:
    return _compile(_CFG["sanction_triggers"], "measure")


@functools.cache
def _deal_patterns() -> list[tuple[re.Pattern[str], str | None]]:
    return _compile(_CFG["deal_triggers"], "deal_type")


SANCTION_HEDGE = re.compile(rf"\b(?:{_CFG['sanction_hedges']})\b", re.IGNORECASE)
DEAL_ACT = Caseless(rf"\b(?:{_CFG['deal_acts']})\b")
DEAL_HEDGE = Caseless(rf"\b(?:{_CFG['deal_hedges']})\b")


def _any_trigger(items: list[dict], lower: bool) -> re.Pattern[str]:
    """One alternation of every trigger: a single pass over the article finds the sentences worth analysing.

    The lower-case variant runs on `text.lower()` without IGNORECASE, which is much faster in `re`.
    """
    alternation = "|".join(f"(?:{it['pattern'].lower() if lower else it['pattern']})" for it in items)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])", 0 if lower else re.IGNORECASE)


_ALL_TRIGGERS = [*_CFG["sanction_triggers"], *_CFG["deal_triggers"]]


@functools.cache
def _any_trigger_lower() -> re.Pattern[str]:
    return _any_trigger(_ALL_TRIGGERS, lower=True)


@functools.cache
def _any_trigger_ignorecase() -> re.Pattern[str]:
    return _any_trigger(_ALL_TRIGGERS, lower=False)


_LAZY_ATTRIBUTES: dict[str, Any] = {
    "SANCTION_PATTERNS": _sanction_patterns,
    "DEAL_PATTERNS": _deal_patterns,
    "_ANY_TRIGGER_LOWER": _any_trigger_lower,
    "_ANY_TRIGGER": _any_trigger_ignorecase,
}


def __getattr__(name: str) -> Any:
    """The patterns compiled on first use (`_LAZY_ATTRIBUTES`), as module attributes."""
    if name in _LAZY_ATTRIBUTES:
        return _LAZY_ATTRIBUTES[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_PREFIX_LEN = 6  # longer prefixes: fewer candidates to try the full pattern on (measured best)


def _prefixes_of(item: dict) -> set[str]:
    """The first `_PREFIX_LEN` characters (or fewer) a match of this lower-cased trigger can begin with."""
    return {p for p, _ in _seq_prefixes(list(sre_parse.parse(item["pattern"].lower())), _PREFIX_LEN)}


def _candidate_scan(prefixes: set[str]) -> re.Pattern[str] | None:
    """A cheap pattern for where, in " " + lowered text, `_ANY_TRIGGER_LOWER` may match (None: no filter).

    It matches the non-word character before a possible trigger start, then a lookahead on the first
    characters any trigger can begin with: `re` skips other positions by a fast scan for the first
    character class, where the full alternation would be tried at every position.
    """
    if "" in prefixes or not all(p[0].isalpha() for p in prefixes):
        return None
    return re.compile(rf"[^\w-](?={alternation(prefixes)})")


# Each trigger with its look-behind written as a consumed non-word character (`_ANY_TRIGGER_LOWER`
# is their alternation), and its possible first characters: at a candidate, only those whose prefixes
# fit are tried, in order (the alternation's answer).
@functools.cache
def _each_after_gap(k: int) -> re.Pattern[str]:
    """Trigger `k` after a consumed non-word character, compiled when first tried (an article tries a few)."""
    return re.compile(rf"[^\w-](?:{_ALL_TRIGGERS[k]['pattern'].lower()})(?![\w])")


_EACH_PREFIXES = [_prefixes_of(it) for it in _ALL_TRIGGERS]
if any(re.search(r"\\[1-9]|\(\?P=", it["pattern"]) for it in _ALL_TRIGGERS):
    raise ValueError("trigger patterns must not use back-references: `_alternation_of` joins several in one pattern")
_ALL_PREFIXES: set[str] = set().union(*_EACH_PREFIXES)
_CANDIDATE = _candidate_scan(_ALL_PREFIXES)


@functools.lru_cache(maxsize=4096)
def _alternatives_for_head(head: str) -> re.Pattern[str] | None:
    """The alternatives, in order, that may match where the lower-cased text goes on with `head`, as one pattern
    (None: none may)."""
    return _alternation_of(tuple(k for k, ps in enumerate(_EACH_PREFIXES) if any(head.startswith(p) for p in ps)))


@functools.lru_cache(maxsize=1024)
def _alternation_of(indexes: tuple[int, ...]) -> re.Pattern[str] | None:
    """`_each_after_gap(k)` for `k` in `indexes`, tried in order, as one pattern: one `match` call where a head that
    begins several triggers ("sanctions", "sanctioned", "sanctions on") cost one each. An alternation tries its
    branches in order, each with its own backtracking and closing look-ahead, so it matches what the first
    alternative to match does. (Cached by the alternatives, not the head: far fewer sets than heads, each compiled once.)"""
    if not indexes:
        return None
    if len(indexes) == 1:
        return _each_after_gap(indexes[0])
    branches = "|".join(f"(?:{_ALL_TRIGGERS[k]['pattern'].lower()})(?![\\w])" for k in indexes)
    return re.compile(rf"[^\w-](?:{branches})")


def _space_scan(prefixes: set[str]) -> tuple[re.Pattern[bytes], bytes] | None:
    r"""A bytes pattern for `_CANDIDATE` run on an ASCII view of the text where every gap is a space.

    The view (`_ascii_view`) has one byte per character: non-ASCII characters become "?", and every
    ASCII character that is neither a word character nor "-" becomes a space. A gap character then
    always reads as a space, so the scan opens with a literal, which `re` finds by a fast search
    (the class `[^\w-]` is tested one character at a time, the slowest part of the scan). None when
    a possible trigger start holds a character the view changes (the view could then hide it).
    """
    if "" in prefixes or not all(p[0].isalpha() for p in prefixes):
        return None
    kept = set("".join(prefixes))
    if not all(c.isascii() and (c.isalnum() or c in "_- ") for c in kept):
        return None
    table = bytes(
        c if c >= 128 or chr(c).isalnum() or chr(c) in "_-" else ord(" ")
        for c in range(256)
    )
    return re.compile(rb" (?=" + alternation(prefixes).encode("ascii") + rb")"), table


_SPACE_SCAN = _space_scan(_ALL_PREFIXES)


def _candidates(padded: str) -> list[int]:
    """Offsets in `padded` where `_CANDIDATE` matches, or more (never fewer)."""
    if _SPACE_SCAN is None:
        assert _CANDIDATE is not None
        return [m.start() for m in _CANDIDATE.finditer(padded)]
    scan, table = _SPACE_SCAN
    # "?" for each non-ASCII character keeps offsets; those characters then read as gaps (a superset).
    view = padded.encode("ascii", "replace").translate(table)
    return [m.start() for m in scan.finditer(view)]


def trigger_starts(lowered: str) -> list[int] | None:
    r"""Offsets in `lowered` (a lower-cased article) where a trigger of either family may start, in
    order: every word start (after a character outside `[\w-]`, or at 0) where the text goes on
    with the first characters of some trigger, and maybe more. None when no such scan is possible.

    A sentence's own word starts are among them (a sentence opens after whitespace or at a line
    start, both gaps), so `sanction_triggers`/`deal_triggers` take them instead of a scan of their own.
    """
    if _CANDIDATE is None:
        return None
    # `_candidates` gives the gap's offset in " " + lowered: the start's offset in `lowered`.
    return _candidates(" " + lowered)


def _lower_trigger_spans(lowered: str, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """`[m.span() for m in _ANY_TRIGGER_LOWER.finditer(lowered)]`, found faster.

    On " " + lowered, a trigger match at i is an `_each_after_gap` match at i (the gap is the
    character before, or the added space), and the candidates include every place where that one
    matches: so the leftmost candidate where the full pattern matches is finditer's next match.
    `starts`: `trigger_starts(lowered)` when the caller has it already.
    """
    if _CANDIDATE is None:
        return [m.span() for m in _any_trigger_lower().finditer(lowered)]
    padded = " " + lowered
    out: list[tuple[int, int]] = []
    pos = 0
    for at in _candidates(padded) if starts is None else starts:
        if at < pos:
            continue
        # The alternation of `_each_after_gap`, matched at `at`: the first alternative that matches
        # there (with its own backtracking and the closing look-ahead), trying only those that can
        # start there.
        pattern = _alternatives_for_head(lowered[at : at + _PREFIX_LEN])
        if pattern is not None and (m := pattern.match(padded, at)) is not None:
            out.append((at, m.end() - 1))
            pos = m.end()
    return out


def lowercase_is_safe(text: str, lowered: str) -> bool:
    """True when matching `lowered` case-sensitively finds what IGNORECASE finds in `text`.

    Fails for the rare characters whose lower case changes the length ("İ") or that IGNORECASE
    equates with an ASCII letter ("ſ", the Kelvin sign).
    """
    if len(lowered) != len(text):
        return False
    if lowered.isascii():
        return True
    return not any(
        ord(c) > 127 and (c.lower().isascii() or c.upper().isascii() or c.casefold().isascii()) for c in set(text)
    )


def trigger_spans(text: str, lowered: str | None = None, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of the article where some sanction or deal trigger may match (a superset, never fewer).

    A sentence that overlaps none of these spans has no trigger: running the per-pattern search on
    it would find nothing. (A match of the combined pattern can only hide a later match by
    overlapping it, so every sentence holding a trigger overlaps some span.)
    """
    lowered = text.lower() if lowered is None else lowered
    if lowercase_is_safe(text, lowered):
        return _lower_trigger_spans(lowered, starts)
    return [m.span() for m in _any_trigger_ignorecase().finditer(text)]


class _LowerFamily:
    """The lower-case patterns of one trigger family, and a cheap test of which can match a text."""

    def __init__(self, items: list[dict], key: str, prefixes: list[set[str]]) -> None:
        _check_lowerable(items)
        self._items, self._key = items, key
        # (each pattern compiled when first tried: an article tries a few; `patterns` compiles them all)
        self._compiled: dict[int, tuple[re.Pattern[str], str | None]] = {}
        self._prefixes = prefixes  # (`_prefixes_of` each item, found once for `_EACH_PREFIXES`)
        self._usable = all("" not in ps for ps in self._prefixes)
        self._for_head = functools.lru_cache(maxsize=4096)(self._indexes_for_head)

    def _pattern(self, k: int) -> tuple[re.Pattern[str], str | None]:
        found = self._compiled.get(k)
        if found is None:
            found = self._compiled[k] = _compile_one(self._items[k], self._key, lower=True)
        return found

    @property
    def patterns(self) -> list[tuple[re.Pattern[str], str | None]]:
        return [self._pattern(k) for k in range(len(self._items))]

    @functools.cached_property
    def _scan(self) -> re.Pattern[str] | None:
        """Where a trigger of the family may start, for a caller without `trigger_starts` (compiled when first asked)."""
        return re.compile(rf"[^\w-](?={alternation(set().union(*self._prefixes))})") if self._usable else None

    def _indexes_for_head(self, head: str) -> frozenset[int]:
        return frozenset(i for i, ps in enumerate(self._prefixes) if any(head.startswith(p) for p in ps))

    def candidates(self, lowered: str, starts: list[int] | None = None) -> list[_Candidate]:
        """The patterns, in order, that may match `lowered`: those with a possible start at one of
        its word starts (every place the candidate scan finds; the rest cannot match there), each
        with those places in order (None: anywhere).

        `starts`: offsets in `lowered` that include every place the scan would find (see
        `trigger_starts`); more places only add tries that then find nothing.
        """
        if not self._usable:
            return [(pattern, label, None) for pattern, label in self.patterns]
        places: dict[int, list[int]] = {}
        if starts is None:
            assert self._scan is not None
            starts = [m.start() for m in self._scan.finditer(" " + lowered)]
        for i in starts:
            for k in self._for_head(lowered[i : i + _PREFIX_LEN]):
                places.setdefault(k, []).append(i)
        return [(*self._pattern(k), places[k]) for k in sorted(places)]


_Candidate = tuple[re.Pattern[str], str | None, list[int] | None]  # pattern, label, where it may start


_SANCTION_FAMILY = _LowerFamily(_CFG["sanction_triggers"], "measure", _EACH_PREFIXES[: len(_CFG["sanction_triggers"])])
_DEAL_FAMILY = _LowerFamily(_CFG["deal_triggers"], "deal_type", _EACH_PREFIXES[len(_CFG["sanction_triggers"]) :])


def _find(
    text: str,
    patterns: list[tuple[re.Pattern[str], str | None]],
    lowered: str | None = None,
    family: _LowerFamily | None = None,
    starts: list[int] | None = None,
) -> list[Trigger]:
    """Triggers in `text`; with `lowered` (its lower case, see `lowercase_is_safe`) the faster patterns run on it."""
    tries: list[_Candidate]
    if lowered is not None and family is not None:
        haystack, tries = lowered, family.candidates(lowered, starts)
        if not tries:
            return []
    else:
        haystack, tries = text, [(pattern, label, None) for pattern, label in patterns]
    found: list[Trigger] = []  # by start; never overlapping, so also by end
    begins: list[int] = []  # the triggers' starts, for bisect
    for pattern, label, places in tries:
        for m in matches_at(pattern, haystack, places):  # never empty: every prefix is non-empty
            start, end = m.span()
            # A more specific pattern listed earlier already covers this span: only the trigger starting
            # last at or before `start`, and the one starting first after it, can overlap it.
            i = bisect.bisect_right(begins, start)
            if (i and start < found[i - 1].end) or (i < len(found) and found[i].start < end):
                continue
            begins.insert(i, start)
            found.insert(i, Trigger(start, end, label, text[start:end]))
    return found


_ADJECTIVAL = re.compile(
    r"\s+(?:jurisdictions?|persons?|entities|entity|countries|country|individuals?|compan(?:y|ies)|parties|regimes?|banks?|people|oligarchs?|firms?|goods|trade|transactions?|"
    r"intermediar(?:y|ies)|agents?|suppliers?|traders?|brokers?|facilitators?|networks?)\b",
    re.IGNORECASE,
)
_DEMONYM = re.compile(r"\s+(?-i:[A-Z][a-z]+(?:an|ese|ish|ian|i|ic|ch))(?=\s)")
_SANCTIONED_GOODS = re.compile(
    r"\s+(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|more|further|additional|several|"
    r"dozens|the|a|an|its|their|his|her|all|some|any)\b)(?:[a-z-]+\s+)?(?:equipment|machinery|machines|items|products|components|parts|cargo(?:es)?|materials|technology|"
    r"goods|commodities|crude|oil|metals?|steel|coal|diamonds|timber)\b"
)
# "sanctions compliance program", "sanctions risk": the word modifies a noun and states no action.
_SANCTIONS_MODIFIER = re.compile(
    r"\s+(?:compliance|screening|risks?|exposure|evasion|regimes?|lists?|programs?|programmes?|polic(?:y|ies)|"
    r"officers?|laws?|lawyers?|teams?|checks?|implications|notices?|guidance|training|controls|"
    r"violations?|breach(?:es)?|offen[cs]es?|charges?|investigations?|probes?|cases?|busting|dodging|"
    r"requirements?|obligations?|rules|enforcement|authorities|concerns|issues|matters|processes|process|frameworks?|"
    # "Away from the sanctions talk", "the Sanctions Desk", "our sanctions tracker": the newsroom's words, no action
    r"talks?|desks?|news|stor(?:y|ies)|debates?|discussions?|reporters?|correspondents?|editors?|experts?|analysts?|"
    r"specialists?|practices?|updates?|trackers?|newsletters?|briefings?|coverage|watchers?|"
    # "scrutiny over their sanctions and anti-money laundering controls"
    r"and\s+(?:anti-)?money[- ]laundering|and\s+AML)\b",
    re.IGNORECASE,
)
_INDEFINITE_NOUN_BEFORE = re.compile(r"\b(?:a|an|any)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+$")
_DESIGNATED_AS_ROLE = re.compile(
    r"(?:\s+by\s+(?:the\s+)?[^.;,]{1,80}?)?(?:\s+(?:last|this|next)\s+\w+)?\s+as\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:specially|foreign|terrorist|global|state|primary|sanctioned|blocked|kingpin|significant|narcotics|transnational|"
    r"entity|person|individual|military|end)\b)[a-z-]+"
)
_AMPERSAND_NAME_AFTER = re.compile(r"\s+&\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*(?:\s*[|:\-–—]|\s*$)")
_LAW_WORDS = r"(?:Regulations?|Act|Order|Rules|Ordinance|Decree|Law)\b"
_LAW_WORD_AFTER = re.compile(r"\s+" + _LAW_WORDS)  # "... Sanctions Regulations"
_TITLE_CLOSES = re.compile(r"\)\s+" + _LAW_WORDS)  # "(Sanctions and Freezing of Assets of Persons) Regulations"


def _in_bracketed_title(text: str, t: Trigger) -> bool:
    """Whether the trigger is inside the brackets of a law's title, "X (...) Regulations 2016"."""
    opened = text.rfind("(", max(0, t.start - 100), t.start)
    if opened < 0 or ")" in text[opened : t.start]:
        return False
    closed = text.find(")", t.end, t.end + 150)
    return closed >= 0 and "(" not in text[t.end : closed] and _TITLE_CLOSES.match(text, closed) is not None


_NAME_PART = re.compile(r"\s+[A-Z][a-z]")
_BODY_AFTER = re.compile(r"\s+(?:Working\s+)?(?:Mechanism|Committee|Office|Unit|Division|Secretariat|Team|Task\s+Force)\b")
_UPDATE_AFTER = re.compile(r"\s+(?:Updates?|Removals?)\b")
_PENALTY_MODIFIER = re.compile(r"\s+(?:process|processes|procedures?|guidelines|framework|provisions?|regime|matrix|policy)\b", re.IGNORECASE)
# "a company controlled by a designated person": the participle describes, it states no action.
_DESCRIBING = re.compile(r"\b(?:a|an|the|any|of|to|by|with|for|other|all|these|those|such|several|many|some|numerous|"
                         r"various|multiple)\s+$", re.IGNORECASE)
# "tankers that carry oil above the price cap", "in breach of the asset freeze": conduct, not a measure.
# "failed to check after the supplier's owner was designated", "checks must be repeated when new
# designations are made": an earlier or a hypothetical designation, not today's action.
_EARLIER = re.compile(r"\b(?:after|once|when|whenever|before|if)\b[^,;]{0,40}$", re.IGNORECASE)
# ... but "grew after OFAC designated Russia-based exchange Garantex in April 2022": a named body's earlier action, a fact
# "Western nations imposed sanctions on Moscow", "the West has sanctioned": states unnamed, acting together
_COLLECTIVE_SUBJECT = re.compile(
    r"\b(?:[Ww]estern|[Ee]uropean)\s+(?:nations|countries|governments|powers|allies|states)\s+(?:have\s+|had\s+)?(?:also\s+)?$"
    r"|\bthe\s+West\s+(?:has\s+|had\s+)?(?:also\s+)?$"
)
_NAMED_EARLIER = re.compile(r"\b(?:after|before)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){1,4}(?:had\s+)?$")
_CONDUCT = re.compile(
    r"\b(?:above|over|exceeding|in breach of|in violation of|violating|breaching|evading|circumventing)\s+(?:the\s+|an?\s+)?"
    r"(?-i:[A-Z0-9][\w.-]*\s+)?$"  # "above the G7 price cap" (a capitalised word only: "take over further sanctions" acts)
    r"|\b(?:breach|violate|evade|circumvent)(?:es|s|d|ed)?\s+(?:the\s+|any\s+)?(?:[a-z][\w.-]*\s+)?$"
    # "the first time Meridal has run afoul of US sanctions", "fell foul of EU sanctions"
    r"|\b(?:run|ran|runs|running|fall(?:s|en)?|fell)\s+(?:afoul|foul)\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$"
    # "had complied at all times with applicable sanctions and price cap rules": conduct, not a measure
    r"|\bcompl(?:y|ies|ied|ying|iance)\s+(?:[a-z]+\s+){0,4}with\s+(?:the\s+)?(?:all|any|applicable|relevant|international)\s+"
    r"(?:(?:sanctions|and)\s+){0,2}$"
    # "would continue to work with the G7 on enforcement of the price cap": a measure in force, policed
    # "an 11-nation body launched to monitor the implementation of U.N. Security Council sanctions on the North"
    r"|\benforcement\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z0-9][\w.-]*\s+)?$"
    r"|\bmonitor(?:s|ed|ing)?\s+(?:the\s+)?(?:implementation|enforcement)\s+of\s+(?:the\s+)?(?:[A-Za-z0-9][\w.-]*\s+){0,3}$"
    # "officials, many of whom are subject to asset freezes in Britain": what people already are, not an action
    r"|\b(?:whom|who)\s+(?:are|were|is|was|remain|remains)\s+(?:already\s+|also\s+)?subject\s+to\s+(?:(?:[\w-]+\s+){1,3}and\s+)?$"
    # "a right to terminate if the target becomes designated": a condition, not an action
    r"|\b(?:becomes?|becoming)\s+$"
    # "enforcement releases include a number of matters in which a U.S. parent was penalized": examples of a kind
    r"|\b(?:matters|cases|instances|situations|scenarios)\s+(?:in\s+which|where)\s+(?:[\w.’'-]+\s+){1,6}$"
    # "have been largely left out of EU sanctions", "exempt from US sanctions", "spared from the sanctions": not subject
    r"|\b(?:(?:left|kept|stayed|stay|stays|remained|remain|remains)\s+(?:largely\s+|mostly\s+)?out(?:side)?\s+of|exempt(?:ed)?\s+from|"
    r"spared(?:\s+from)?|outside(?:\s+the\s+scope\s+of)?)\s+(?:the\s+|any\s+)?(?:[A-Za-z0-9][\w.-]*\s+)?$",
    re.IGNORECASE,
)
# "on the assumption that the price cap has been respected", "the embargo was evaded": the measure kept or
# broken, not imposed
_CONDUCT_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:fully\s+|strictly\s+)?(?:respected|observed|honou?red|"
    r"complied\s+with|adhered\s+to|breached|violated|evaded|circumvented|flouted|ignored)\b",
    re.IGNORECASE,
)
# How sanctions work, not what was done: "Being listed usually means that any money ... is frozen", "People on the lists
# are often also banned from travelling", "The Commerce Department keeps a separate Entity List", "with the Foreign
# Office deciding on designations"
_HOW_IT_WORKS_BEFORE = re.compile(
    r"\b(?:usually|often|typically|normally|commonly|tends?\s+to)\b[^.;:,]{0,80}$"
    r"|\b(?:keeps?|maintains?|administers?)\s+(?:a|an|the|its)\s+(?:separate\s+|own\s+)?$"
    r"|\bdecid(?:e|es|ing)\s+on\s+$"
    # "Ship specification means a vessel can be denied entry to UK ports": what a measure allows, no action
    r"|\bmeans?\s+(?:that\s+)?[^.;:]{0,80}\b(?:can|may|could)\s+(?:also\s+|then\s+)?be\s+$"
    # "is shared with a person on the SDN List or with a party on the Entity List": any one listed
    r"|\b(?:a|any)\s+(?:person|party|entity|company|individual)\s+(?:on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A court undoing a listing: "annulled the acts by which the Council had kept her on its list", "quashed the designation"
_ANNULLED_BEFORE = re.compile(r"\b(?:annul(?:s|led|ling|ment)?|quash(?:es|ed|ing)?|str(?:uck|ikes|ike) down)\b[^;]{0,250}$",
                              re.IGNORECASE)
_CHALLENGED_BEFORE = re.compile(
    r"\b(?:challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|appeal(?:s|ed|ing)?(?:\s+against)?|disput(?:e|es|ed|ing))\s+"
    r"(?:the|its|their|this|that|these|his|her|any|a)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LOOKED_UP_IN = re.compile(
    r"\b(?:screen|check|compar|match|search|consult|verif)\w*\b[^.;]{0,60}\b(?:against|in|on|with)\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
_THOSE_BEFORE = re.compile(r"\b(?:those|anyone|everyone|persons|people)\s+$", re.IGNORECASE)
_ASSETS_FREEZE = re.compile(r"\bassets?[- ]freeze\b", re.IGNORECASE)
_PORT_WORDS = ("port", "ports", "harbour", "harbours", "harbor", "harbors")
_WHAT_SHIPS_UNDERGO = re.compile(r"\s*(?:The\s+)?(?:specified|designated|listed|sanctioned)\s+(?:ships|vessels|tankers)\s+(?:are|will\s+be|can\s+be|may\s+be)\s+(?:also\s+)?$", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\btotal\b[^.;]{0,60}$", re.IGNORECASE)
_SHIPS_BEFORE = re.compile(r"\b(?:ships|vessels|tankers|ship|vessel|tanker|aircraft|planes|airlines?)\b[^.;]{0,40}$", re.IGNORECASE)
# The full stop of a legal form inside a name ("Meridian Components Pte. Ltd., listed under Singapore,")
_FORM_DOT = r"(?:(?<=Pte)|(?<=Ltd)|(?<=Co)|(?<=Inc)|(?<=Corp)|(?<=Pvt)|(?<=Bhd)|(?<=Sti)|(?<=Sdn))\."
# A removal names a list it leaves: "removed Norvik Bank from the SDN List", "delisted from the Entity List".
# ("Removals from OFAC's SDN List do not affect ...", "from the Specially Designated Nationals and Blocked Persons List
# (SDN List)": the list's long name, and its short one in brackets after it)
# An entry changed is no new listing either: "The following entry has been updated on OFAC's SDN List:"; nor is one
# still on a list: "any other person who remains on the SDN List", "persons who remain designated".
# a notice's part for entries taken off or changed ("Asset freeze targets REMOVED:", "Asset freeze target AMENDED:")
_PART_REMOVED_AFTER = re.compile(r"\s+targets?\s+(?:REMOVED|DELISTED|AMENDED|REVOKED|VARIED|CORRECTED)\b")
_NO_LONGER = re.compile(r"\bno\s+longer\s+(?:be\s+)?(?:subject\s+to|under)\s+(?:an?\s+|the\s+|any\s+)?$", re.IGNORECASE)
_REMOVED_FROM = re.compile(
    # (a name's "Co., Ltd.," between)
    r"(?:\b(?:remov(?:e|es|ed|ing|als?)|delist(?:s|ed|ing)?|drop(?:s|ped|ping)?|took|taken|taking)\b(?:[^.;]|\.(?=,)|"
    rf"{_FORM_DOT}){{0,100}}?\bfrom"
    r"|\bentr(?:y|ies)\s+(?:has|have)\s+been\s+(?:updated|amended|corrected)\s+(?:on|in)"
    r"|\b(?:remain|remains|remained|stay|stays|stayed)\s+on)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:adding|adds|added|placing|places|placed|moving|moves|moved|to)\b)(?:[\w.’'-]+|and)\s+){0,8}\(?$"
    r"|\b(?:remain|remains|remained|stay|stays|stayed)\s+$",
    re.IGNORECASE,
)


def sanction_triggers(
    text: str, in_heading: bool = False, lowered: str | None = None, starts: list[int] | None = None
) -> list[Trigger]:
    """Sanction triggers in a sentence, without uses that state no action.

    Skipped: compound adjectives ("U.S.-sanctioned"), "sanctioned" before a noun ("sanctioned
    jurisdictions"), and "Sanctions" inside a capitalised name ("Human Rights Sanctions Regime",
    "the Russia (Sanctions) (EU Exit) Regulations 2019").
    """
    out = []
    # (the IGNORECASE patterns only for a text without its lower case)
    for t in _find(text, _sanction_patterns() if lowered is None else [], lowered, _SANCTION_FAMILY, starts):
        if t.start > 0 and text[t.start - 1] == "-" or text[t.end : t.end + 1] == "-" and t.surface.lower() == "sanctions":
            continue  # "U.S.-sanctioned", "a hub for sanctions-evading transfers": compound words
        if t.label is None and t.surface.lower() == "sanctioned" and (_ADJECTIVAL.match(text, t.end) or _SANCTIONED_GOODS.match(text, t.end)):
            continue  # ("transporting sanctioned construction equipment across the border": goods under sanctions)
        if (
            t.surface.lower() in ("designated", "sanctioned")
            # ("transactions with designated Russian banks": a nationality between)
            and (_ADJECTIVAL.match(text, t.end) or (demonym := _DEMONYM.match(text, t.end)) is not None
                 and _ADJECTIVAL.match(text, demonym.end()))
            and _DESCRIBING.search(text, max(0, t.start - 12), t.start)
        ):
            continue
        if (t.surface.lower() in ("designated", "sanctioned", "listed") and text.startswith(" by ", t.end)
                and _INDEFINITE_NOUN_BEFORE.search(text, max(0, t.start - 40), t.start)):
            continue  # "vessels operated by a company designated by the UN Security Council": what the company is
        if _CONDUCT.search(text, max(0, t.start - 60), t.start) or _CONDUCT_AFTER.match(text, t.end):
            continue
        if _REMOVED_FROM.search(text, max(0, t.start - 130), t.start):
            continue
        if _PART_REMOVED_AFTER.match(text, t.end) or _NO_LONGER.search(text, max(0, t.start - 40), t.start):
            continue  # "Asset freeze target REMOVED: ...", "is no longer subject to an asset freeze": undone
        if _COLLECTIVE_SUBJECT.search(text, max(0, t.start - 40), t.start):
            continue  # "since Western nations imposed sanctions on Moscow": no one state acts (not the page's own)
        if _HOW_IT_WORKS_BEFORE.search(text, max(0, t.start - 90), t.start):
            continue  # "Being listed usually means that any money ... is frozen", "keeps a separate Entity List": no action
        if _ANNULLED_BEFORE.search(text, max(0, t.start - 250), t.start):
            continue  # "the General Court annulled the acts by which the Council had kept X on its list": undone
        if _CHALLENGED_BEFORE.search(text, max(0, t.start - 60), t.start):
            continue  # "Zenith Maritime said it would challenge the designation": a measure disputed, none taken here
        if _LOOKED_UP_IN.search(text, max(0, t.start - 90), t.start):
            continue  # "must screen their counterparties against the SDN List": a list consulted, no action
        if text[t.end : t.end + 1] == ":" and " " not in t.surface and (t.surface[:1].isupper() or not text[: t.start].strip()):
            continue  # "Designation: financial facilitator", a field of a list entry (not "were subjected to sanctions:")
        if t.surface in ("Designation", "Designations") and _UPDATE_AFTER.match(text, t.end):
            continue  # "North Korea Designation Update:", a heading of OFAC's Recent Actions over entries changed
        if t.label is not None and t.surface.lower().startswith(("designat", "listed")) and _EARLIER.search(
            text, max(0, t.start - 45), t.start
        ) and not (t.surface[:1].islower() and _NAMED_EARLIER.search(text, max(0, t.start - 45), t.start)):
            continue
        if t.label is None and _SANCTIONS_MODIFIER.match(text, t.end):
            continue
        if t.surface[:1].isupper() and _BODY_AFTER.match(text, t.end):
            continue  # "The Unreliable Entity List Working Mechanism issued ...": a body's name
        if t.label == "financial_penalty" and _PENALTY_MODIFIER.match(text, t.end):
            continue  # "the civil penalties process", "penalty guidelines": about penalties, none imposed
        if (t.label is None and not in_heading and t.surface[:1].isupper() and _NAME_PART.match(text, t.end)
                and all(w[:1].isupper() for w in t.surface.split())):
            continue  # (not "Also named were Haixing ...": a sentence's opening, not a name's words)
        if t.surface.lower() in ("designated", "sanctioned", "listed") and _THOSE_BEFORE.search(text, max(0, t.start - 12), t.start):
            continue  # "any transaction with those designated requires approval": the designees, no action
        if t.label is None and t.surface[:1].isupper() and _AMPERSAND_NAME_AFTER.match(text, t.end):
            continue  # "Sanctions & Trade Desk | Live updates", "Sanctions & Export Controls Practice": a name's words
        if t.surface[:1].isupper() and t.start > 3 and text[t.start - 3 : t.start] == " & " and text[t.start - 4].isalnum():
            continue  # "HUR's War & Sanctions portal", "the Trade & Sanctions team": a name's word after an ampersand
        if t.label is None and t.surface[:1].isupper() and text[t.start - 1 : t.start] == "(" and text[t.end : t.end + 1] == ")":
            continue  # the UK's regulation titles: "the Russia (Sanctions) (EU Exit) Regulations 2019"
        if t.label is None and t.surface[:1].isupper() and _LAW_WORD_AFTER.match(text, t.end):
            continue  # "Russian Harmful Foreign Activities Sanctions Regulations", a heading too: a law's title
        if t.surface.lower() == "designated" and _DESIGNATED_AS_ROLE.match(text, t.end):
            continue  # "Vinahygas ... was designated by the Ministry of Industry and Trade last year as a lead company"
        if t.surface[:1].isupper() and _in_bracketed_title(text, t):
            continue  # "the MAS (Sanctions and Freezing of Assets of Persons – DPRK) Regulations 2016": a law's title
        if t.label == "travel_ban" and _SHIPS_BEFORE.search(text, max(0, t.start - 60), t.start):
            t = Trigger(t.start, t.end, "other", t.surface)  # "The ships will be banned from entering UK ports": a port ban on ships
        if t.label == "other" and t.surface.lower().endswith(_PORT_WORDS) and (
                not _SHIPS_BEFORE.search(text, max(0, t.start - 60), t.start)
                or _WHAT_SHIPS_UNDERGO.match(text, 0, t.start)):
            # a port ban is on ships ("barred from entering UK ports" said of people is their travel ban's), and is no
            # action where it tells what the measure means ("Specified ships are banned from entering UK ports")
            continue
        if t.label == "other" and t.surface[:4].lower() == "port" and _TOTAL_BEFORE.search(text, max(0, t.start - 80), t.start):
            continue  # "bringing the total number of ships subject to a port access and services ban to 600": a standing total
        out.append(t)
    if any(t.label == "asset_freeze" for t in out) or "freeze" in text and _ASSETS_FREEZE.search(text):
        # ("The vessels are subject to an asset freeze and port entry ban": ships frozen; their port ban is no record apart)
        out = [t for t in out if not (t.label == "other" and t.surface[:4].lower() == "port")]
    return out


def deal_triggers(text: str, lowered: str | None = None, starts: list[int] | None = None) -> list[Trigger]:
    """Deal triggers in a sentence; `starts`: a superset of its trigger word starts (`trigger_starts`)."""
    return _find(text, _deal_patterns() if lowered is None else [], lowered, _DEAL_FAMILY, starts)


# Right before the trigger, in lower case ("In May, OFAC sanctioned" is no modal): "the EU may sanction",
# "Britain plans to sanction", "the US vowed to impose sanctions".
_MODAL_BEFORE = re.compile(
    r"\b(?:may|might|could|would|should|(?:plans?|planning|intends?|vow(?:s|ed)?|seeks?|wants?|pledged|promised|"
    r"threaten(?:s|ed)?) to)\s+$"
)


# Someone reacting to sanctions states no new ones: "China's foreign ministry said it firmly opposed the
# sanctions", "Moscow condemned the new EU sanctions".
_REACTION_BEFORE = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|critici[sz](?:e|es|ed|ing)|reject(?:s|ed|ing)?|"
    r"denounc(?:e|es|ed|ing)|protest(?:s|ed|ing)?(?: against)?|slam(?:s|med|ming)?|decr(?:y|ies|ied|ying)|"
    # "called the sanctions \"blackmail by foreign bureaucrats\"" (not "called for sanctions")
    r"call(?:s|ed|ing)?(?=\s+(?:the|these|those|such)\s))\s+"
    # "firmly opposed what it called illegal unilateral sanctions"
    r"(?:what\s+(?:it|they|he|she|Beijing|Moscow|Tehran)\s+(?:called|calls|termed|terms|described\s+as)\s+)?"
    r"(?:(?:the|these|those|such|new|latest|fresh|further|all|any|unilateral|illegal|illegitimate|western|Western|"
    r"US|U\.S\.|EU|UK|UN|U\.N\.|American|European|British)\s+){0,3}$"
)


# Sanctions weighed, not imposed, right before the trigger: "will discuss possible new sanctions", "EU weighs
# new sanctions", "is preparing further sanctions" ("ministers, who discussed the war, imposed sanctions" acts).
_WEIGHING_BEFORE = re.compile(
    r"(?:\b(?:weigh|mull|discuss|debat|prepar|draft|consider)\w*\s+(?:(?:the|a|an|possible|potential|new|further|"
    r"fresh|more|additional|tougher|next|round\s+of|package\s+of)\s+)*|\b(?:possible|potential)\s+(?:(?:new|further|"
    r"fresh|more|additional|tougher)\s+)*)$",
    re.IGNORECASE,
)


# (the list named after a long series of those removed: "OFAC removed X, a former ..., his wife Y, and Z, a Caracas-based
# ..., from the Specially Designated Nationals and Blocked Persons List")
_REMOVED_FAR_FROM = re.compile(
    r"\b(?:remov(?:e|es|ed|ing)|delist(?:s|ed|ing)?|delet(?:e|es|ed|ing)|took|takes|taken|taking)\b"
    rf"(?:[^.;]|(?<=[A-Z])\.|{_FORM_DOT}){{0,500}}?\bfrom\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:adding|adds|added|placing|places|placed|moving|moves|moved|to)\b)(?:[\w.’'-]+|and)\s+){0,8}\(?$")
# "one individual designated on March 3, 2022 (Mr. X) will be removed from the list": the designation of one delisted now
_REMOVED_AFTER = re.compile(
    r"(?:[^.;:]|(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z][a-z])\.|" + _FORM_DOT + r"){0,200}?\b(?:will\s+be|shall\s+be|has\s+been|have\s+been|was|were|is|are)\s+"
    r"(?:(?:now|hereby|also)\s+)?(?:removed|delisted|de-listed|deleted)\s+from\b")
_GENERIC_STATEMENT_AFTER = re.compile(
    r"\s+(?:are|is)\s+(?:not|never|rarely|often|usually|intended|designed|meant|an?)\b"
    # ("Economic sanctions take years rather than months to have a measurable effect", "sanctions tend to leak"; not
    # "sanctions take effect on Monday")
    r"|\s+(?:take\s+(?!effect\b)|tend\s+to\b|rarely\b|seldom\b|often\b|usually\b|work\s+(?:best|only|slowly)\b|bite\s+slowly\b)")
_LAWS_AFTER = re.compile(r"\s+(?:regulations|laws|legislation|statutes)\b")
_BROKEN_BEFORE = re.compile(r"\b(?:violat(?:ion|ions|ed|ing)|breach(?:es|ed|ing)?|contravention)\s+of\b[^.;]*$")
_REMAIN_AFTER = re.compile(r"(?:[^.;]|(?<=[A-Z])\.){0,240}?(?<!will )(?<!would )\bremains?\s+in\s+(?:place|effect|force)\b")
# A name acting right before "already"/"previously" (not "The previously sanctioned entities")
_ACTOR_BEFORE_HEDGE = re.compile(r"\b(?!(?:The|A|An|These|Those|This|Its|Their|Such|Some|All|Any)\b)[A-Z][\w.]*\s+"
                                 r"(?:(?:has|had|have)\s+)?$")
_RELATIVE_BREAK = re.compile(r",\s+(?:which|who|whom)\s")


def is_hedged_sanction(text: str, trigger: Trigger) -> bool:
    """A hedge in the 60 characters before a generic trigger ("threatening sanctions"), or a modal or plan
    right before it ("may sanction", "plans to impose sanctions")."""
    window = text[max(0, trigger.start - 60) : trigger.start]
    hedge = SANCTION_HEDGE.search(text, max(0, trigger.start - 60), trigger.end)
    if (hedge is not None and hedge.group(0).lower() in ("already", "previously") and text.startswith(" by ", trigger.end)
            and not SANCTION_HEDGE.search(text, hedge.end(), trigger.end)):
        hedge = None  # "Two of the ships were already sanctioned by the UK in May": an earlier action, stated as a fact
    if (hedge is not None and hedge.group(0).lower() in ("already", "previously") and trigger.surface[-2:].lower() == "ed"
            and _ACTOR_BEFORE_HEDGE.search(text, max(0, hedge.start() - 40), hedge.start())):
        hedge = None  # "New Zealand previously sanctioned the Iranian UAV maker X in May 2024": an earlier action, a fact
    if hedge is not None and hedge.end() <= trigger.start and _RELATIVE_BREAK.search(text, hedge.end(), trigger.start):
        hedge = None  # "The licence does not lift sanctions on PDVSA, which Washington blacklisted in 2019": a clause of its own
    if trigger.surface.lower() == "sanctions" and _GENERIC_STATEMENT_AFTER.match(text, trigger.end):
        return True  # "OFAC's sanctions are not permanent", "Our sanctions are intended to change behavior": sanctions in general
    if (trigger.surface.lower() == "sanctions" and _LAWS_AFTER.match(text, trigger.end)
            and _BROKEN_BEFORE.search(text, max(0, trigger.start - 240), trigger.start)):
        # "2,417 apparent violations of the ITSR, the CACR and the Ukraine-/Russia-related sanctions regulations": the laws
        # broken, no action (not "listed X under its human rights sanctions regulations")
        return True
    if trigger.start == 0 and trigger.surface.lower() in ("sanctions on", "sanctions against") and _REMAIN_AFTER.match(
            text, trigger.end):
        return True  # "Sanctions on the Government of Venezuela ..., remain in place": measures standing, not taken
    # Up to the trigger's end too: "lifted sanctions on" puts the hedge's last word in the trigger.
    return (hedge is not None
            or bool(SANCTION_HEDGE.match(text, trigger.start)) or bool(_MODAL_BEFORE.search(window))
            or bool(_REACTION_BEFORE.search(window)) or bool(_WEIGHING_BEFORE.search(window)))


# Before a trigger that names its measure ("ban imports", "freeze the assets"), in its clause: a proposal, a
# bill, a debate or a negation, not an action ("discussing a proposal to ban imports of Russian LNG", "a bill
# that would require the Treasury to freeze", "The United States has not sanctioned X"). Case matters: "in May".
_MEASURE_HEDGE = re.compile(
    # "said on Friday it would ban exports": a decision reported, not a hedge
    r"\b(?:propos(?:e|es|ed|al|als)|(?<!it )(?<!they )would|could|might|may|should|consider(?:s|ed|ing)?|"
    r"discuss(?:es|ed|ing)?|"
    # ("set out to measure how quickly restrictions on exports ... translate into lower imports": a study's question)
    r"how\s+(?:quickly|much|far|well|often|effectively|fast)|"
    # ("in the first 12 months after a major package of export restrictions": any package, in general)
    r"(?:months|years|weeks)\s+after\s+an?\s+(?:[\w-]+\s+){0,2}(?:package|round|set)\s+of|"
    r"debat(?:e|es|ed|ing)|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|plans? to|bill|draft|"
    r"(?:seek|seeks|seeking|want|wants|wanted) to|if|unless|not|never|neither|nor|[Rr]ather\s+than|[Ii]nstead\s+of|"
    # "the exchange house failed to freeze funds": a duty not met, not a measure imposed
    r"fail(?:s|ed|ing|ure)?\s+to|"
    # "Regulators in the US and the UK can impose civil penalties for sanctions breaches": what they may do, in general
    r"can\s+(?:also\s+)?(?:impose|levy|issue|seek)|usually|typically|generally|normally|routinely|"
    # "The EU declined to impose an asset freeze on X", "refused to sanction X", "X is no longer subject to OFAC
    # sanctions", "posts claimed OFAC had sanctioned X", "In a training exercise, OFAC staff pretended to sanction X":
    # refused, ended, claimed or make-believe, not imposed
    r"declin(?:e|es|ed|ing)\s+to|refus(?:e|es|ed|ing|al)\s+to|no\s+longer|claim(?:s|ed)|pretend(?:s|ed|ing)?\s+to|fictional|"
    # "none of whom was designated"
    r"[Nn]one\s+of|"
    # "Kenya will cooperate with the United States on export controls": working together, not a measure
    r"cooperat(?:e|es|ed|ing|ion)|"
    # "involved in circumventing existing export restrictions", "fined for violating export controls": what was
    # evaded or broken, not a measure imposed
    r"circumvent(?:s|ed|ing|ion)?|evad(?:e|es|ed|ing)|evasion|get(?:s|ting)?\s+around|bypass(?:es|ed|ing)?|violat(?:e|es|ed|ing|ions?)|breach(?:es|ed|ing)?|existing|"
    # ("organised purchases through intermediaries in Hong Kong to avoid export controls")
    r"(?:to|of|for)\s+avoid(?:ing)?|"
    # "still found in almost every Russian drone despite export restrictions in the countries where they are made":
    # a measure in the background of another fact, not one reported here
    r"[Dd]espite|[Ii]n\s+spite\s+of|[Nn]otwithstanding|"

    # "the diversion to Russia of items subject to Japan's export prohibitions": goods a standing measure covers
    # ("other items whose export to Russia is prohibited")
    r"(?:items|goods|products|technolog(?:y|ies)|equipment|components|commodities)\s+(?:(?:that\s+are\s+|which\s+are\s+)?subject\s+to|whose)|"
    # "are instructed to ensure the implementation and monitoring of the applied restrictive measures"
    r"ensur(?:e|es|ing)\s+(?:the\s+)?(?:implementation|enforcement)|monitoring|instructed|inform(?:s|ed|ing)?|"
    # "a document purporting to be an extract from the Specially Designated Nationals list": a fake, denied
    r"purport(?:s|ed|ing)|reject(?:s|ed|ing)?\s+(?:the\s+)?claims?|den(?:y|ies|ied|ying)\s+(?:claims?|reports?|that)|"
    # "The ERC ... makes decisions regarding additions to, removals from ... the Entity List": what a body decides on
    r"decisions?\s+(?:regarding|on|about|concerning)|"
    # "OFSI already has the power to freeze the assets of those ...": a power held, not used
    r"(?:power|powers|authority|ability|mandate|discretion)\s+to|"
    # "The FIAA ... allows the Federal Council to freeze the assets of ...": what a law lets a body do
    r"(?:allow|allows|allowing|permit|permits|permitting|empower|empowers|empowering|enable|enables|enabling)\s+"
    r"(?:[^.;:(),]{1,40}?\s+)?to|"
    # "Law No. 6415 ..., which allows the freezing of assets of persons designated ...": what a law provides for
    r"(?:allow|allows|allowing|permit|permits|permitting|enable|enables|enabling)\s+the|provides?\s+for)\b[^.;:(),]{0,60}$"
    # "The Group is exposed to geopolitical risk, including the effects of international sanctions, export controls and
    # trade restrictions": a company's risk factors (a series of measures after them), no measure imposed
    # ("subject to risks and uncertainties, including ... the imposition or tightening of sanctions, tariffs or export
    # control measures, which could cause actual results to differ": a forward-looking statement's risks)
    r"|\b(?:exposed\s+to|(?:effects?|impact)\s+of|risks?\s+and\s+uncertaint(?:y|ies)|(?:imposition|introduction)\s+or\s+"
    r"(?:tightening|extension|expansion)\s+of)\b[^.;:()]{0,100}$"
    # "The full list of designations is published", "the total number of designations under the regime": a tally
    r"|\b(?:list|lists|number|total)\s+of\s+(?:(?:the|all|its|new|listed)\s+)?$"
    # "Beijing set up the unreliable entity list in 2019": a list made, no one put on it
    r"|\b(?:set\s+up|created|established|launched)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}$"
    # "making funds available to a company owned by a person designated under the Russia regulations": which person
    r"|\b(?:a|an|any)\s+(?:[a-z-]+\s+)?(?:person|individual|entity|company|party|firm)\s+$"
    # "Every person who wilfully contravenes the Regulations is liable, upon conviction, to a fine": what the law threatens
    r"|\bliable\b[^.;]{0,40}$"
    # "every designation makes banks more cautious": any such measure, none in particular
    r"|\b[Ee]very\s+(?:new\s+|single\s+|further\s+)?$"
    # "As to the question about the Unreliable Entity List, I would refer you to ...": what a reporter asked about
    r"|\b(?:questions?|asked|asking)\s+(?:about|on|regarding|concerning|whether)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}$"
    # "the EU also adopts sectoral measures, such as import bans, export restrictions and ...": kinds of measure named
    r"|\b(?:such\s+as|for\s+example|for\s+instance|e\.g\.,?)\s+(?:[a-z-]+\s+){0,3}(?:(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:and\s+|or\s+)?){0,4}$"
    # "also lifted the asset freeze on three individuals": a measure ended, not imposed
    r"|\b(?:lift(?:s|ed|ing)?|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|end(?:s|ed|ing)?|"
    # "the Treasury withdrew the designation of X after the company changed owners": a measure taken back
    r"withdr(?:ew|aw|aws|awing|awn)|cancel(?:s|led|ed|ling|ing)?|annul(?:s|led|ling)?)\s+(?:the\s+|its\s+|their\s+)?$"
    # "(4) Cancellation of the designation of 1 individual", "the lifting of the asset freeze on X": the same, as a noun
    r"|\b(?:[Cc]ancell?ation|[Rr]evocation|[Ww]ithdrawal|[Ll]ifting|[Rr]escission|[Aa]nnulment|[Tt]ermination)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?$"
    # "No Japanese designations today", "there were no new sanctions from Tokyo": none taken
    r"|\b[Nn]o\s+(?:(?:new|further|fresh|more|additional|other|[A-Z][a-z]+)\s+){0,2}$"
    # "had failed to screen its customers against the Security Council's targeted financial sanctions lists": lists
    # a firm checks names against, no measure taken
    r"|\b(?:screen|check)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}against\b[^.;:()]{0,80}$"
    # "its manager said all its voyages complied with the price cap", "has no immediate plans for new maritime designations":
    # a measure kept to, or only thought of
    # (not "to comply with the import ban imposed under E.O. ...": the ban stated as in force)
    r"|\b(?:compl(?:ies|ied)\s+with|plans?\s+for)\s+(?:[^.;:(),]{0,40}\s)?$"
    # "several of the companies already appear on the U.S. Commerce Department's Entity List": a listing standing, none taken
    r"|\bappear(?:s|ed|ing)?\s+(?:on|in)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$"
    # "tankers carrying Russian crude sold above the price cap": a cap broken, no measure taken here
    r"|\babove\s+(?:the\s+)?(?:[\w$-]+\s+){0,2}$"
)
# "Asset freeze lifted for 3 people", "the travel ban on X was revoked": a measure ended
_ENDED_AFTER = re.compile(r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:lifted|revoked|rescinded)\b")
# "The sanctions on X were lifted on Friday": the measure named by the trigger, ended later in its clause (no comma, so
# not "designated X, whose licence was revoked")
_ENDED_LATER = re.compile(
    # ("The designation of Mr. X (X), who has been confirmed to be deceased, will be cancelled": a title's dot, an aside)
    r"(?:[^.;:,]|(?<=[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|,\s+(?:who|which|whose)\s[^.;:,]{1,80},){1,120}?"
    r"\s(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|(?:is|are)\s+to\s+be)\s+"
    r"(?:lifted|revoked|rescinded|withdrawn|annulled|cancell?ed)\b")
_MEASURE_OF = re.compile(r"\s(?:on|of|against)$")
_OF_AFTER = re.compile(r"\s+(?:on|of|against)\s")


# A regulator's designation of a medicine, before the word: "Breakthrough Therapy designation", "Fast Track designation"
_PRODUCT_DESIGNATION = re.compile(
    r"\b(?:[Oo]rphan[- ](?:[Dd]rug[- ])?|[Bb]reakthrough[- ](?:[Tt]herapy[- ])?|[Ff]ast[- ][Tt]rack[- ]|[Pp]riority[- ][Rr]eview[- ]"
    r"|[Rr]are[- ][Pp]ediatric[- ][Dd]isease[- ]|PRIME[- ]|QIDP[- ])$")
# "the system, designated Rak-G, is based on a chassis": a product's name given, no one designated
_NAMED_PRODUCT_BEFORE = re.compile(
    r"\b(?:system|vehicle|variant|version|model|howitzer|mortar|missile|drone|rocket|launcher|platform|prototype|"
    r"programme|program|project|class|type|aircraft|helicopter|frigate|corvette|submarine|radar)s?,?\s+$")
_ENFORCES_BEFORE = re.compile(r"\benforc(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_ANNOUNCED_THAT = re.compile(
    r"\b(?:announced|said|confirmed|stated|declared)\b[^.;]{0,60}\bthat\b[^.;]{0,80}$"
    # "the ministry said 14 Americans would be denied entry": an official body reporting its decision
    r"|\b(?:[Mm]inistry|[Gg]overnment|[Dd]epartment|[Cc]ouncil|[Cc]ommission|Kremlin|spokes(?:man|woman|person))\s+"
    r"(?:said|announced|confirmed|stated|declared)\s[^.;]{0,80}$"
)


# "denied reports circulating on social media that the League had agreed to freeze assets": a report denied, no action
_DENIED_REPORTS = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:(?:media|press|news)\s+)?(?:reports?|claims?|rumou?rs?|allegations?)\b"
                             r"[^.;]{0,120}?\bthat\b[^.;]*$")


# "The Government is also consulting with industry on options to align New Zealand with the price cap": weighed, not taken
_CONSULTING_ON = re.compile(r"\bconsult(?:s|ed|ing)\b[^.;:]*$")
# "companies can be fined up to NZ$10 million": what the law allows (not "Specified ships can be denied entry", the
# measure the ships just specified are under)
_CAN_BE_BEFORE = re.compile(r"\bcan\s+(?:also\s+)?be\s+$")
# A correction: "An earlier version of this page incorrectly stated that OFAC had designated X": a false report, no action
_FALSE_REPORT = re.compile(r"\b(?:incorrectly|erroneously|wrongly|mistakenly|falsely|inaccurately)\s+(?:stated|said|reported|"
                           r"claimed|suggested|indicated|listed|announced|described|identified)\b[^.;]*$", re.IGNORECASE)

_CONSULTED_LISTS = re.compile(r"\b(?:took|take|takes|taking)\s+into\s+account\s+(?:the\s+)?(?:[\w-]+\s+){0,3}lists?\b"
                              r"|\blists?\s+(?:maintained|kept|administered)\s+by\s+[^.;:]{0,80}?,\s+including\b")
_LIST_DESCRIBED_AFTER = re.compile(r"(?:\s+and\s+Blocked\s+Persons)?(?:\s+\(SDN\))?(?:\s+[Ll]ist)?,?\s+(?:which\s+is\s+)?"
                                   r"(?:maintained|published|kept|administered|compiled)\s+by\b")
_QUESTION_OPENING = re.compile(r"\s*[\"“‘']?(?:Will|Would|Could|Should|Can|Is|Are|Was|Were|Does|Do|Did|Has|Have|Had|Might|May)\s")
# ("Settler leaders described the sanctions as an attack on Jewish presence": the measures spoken of)
_THE_SANCTIONS_BEFORE = re.compile(r"\b(?:after|following|because\s+of|due\s+to|amid|described|called|critici[sz]ed|"
                                   r"condemned|denounced|welcomed|dismissed|rejected)\s+(?:the|these|those|such)\s+$",
                                   re.IGNORECASE)


def is_hedged_measure(text: str, trigger: Trigger) -> bool:
    """A proposal, bill, debate, condition or negation before a trigger that names its measure, in the same
    clause (no '.', ';' or ':' between them)."""
    # (abbreviations' dots are no clause's end: "was not on any U.S. or British sanctions or export control list")
    plain = text.replace("U.S.", "U_S_").replace("U.K.", "U_K_").replace("U.N.", "U_N_") if ".S." in text or ".K." in text or ".N." in text else text
    hedge = _MEASURE_HEDGE.search(plain, max(0, trigger.start - 70), trigger.start)
    if trigger.surface[:8].lower() == "designat" and _PRODUCT_DESIGNATION.search(text, max(0, trigger.start - 40), trigger.start):
        return True  # "Orphan Drug Designation from the U.S. Food and Drug Administration": a medicine's status, no sanction
    if trigger.surface.lower() == "designated" and _NAMED_PRODUCT_BEFORE.search(text, max(0, trigger.start - 20), trigger.start):
        return True  # "the system, designated Rak-G, is based on ...": a product named
    if hedge is None and _ENFORCES_BEFORE.search(text, max(0, trigger.start - 30), trigger.start):
        return True  # "HM Revenue and Customs, which enforces export controls": a measure in force, policed
    if hedge is not None and hedge.group().startswith("would") and _ANNOUNCED_THAT.search(text, 0, hedge.start()):
        # "The State Department announced on Tuesday that X would be ineligible for entry": a decision reported
        hedge = None
    if "from" in text[max(0, trigger.start - 120) : trigger.start] and _REMOVED_FAR_FROM.search(
            text, max(0, trigger.start - 600), trigger.start):
        return True  # "OFAC removed X, his wife Y and Z ... from the Specially Designated Nationals ... List": a delisting
    if trigger.surface[:8].lower() == "designat" and ("remov" in text or "delist" in text or "delet" in text) and \
            _REMOVED_AFTER.match(text, trigger.end):
        return True  # "one individual designated on March 3, 2022 (Mr. X) will be removed from the list": a delisting
    if ("into account" in text or "maintained by" in text) and _CONSULTED_LISTS.search(text, 0, trigger.end + 12) is not None:
        # "the review took into account the export control lists maintained by Taiwan's like-minded partners, including the
        # Entity List of ... BIS, Annex IV to the EU's Council Regulation ... and Japan's End User List": others' lists
        # consulted, no action of theirs
        return True
    if _LIST_DESCRIBED_AFTER.match(text, trigger.end):
        return True  # "the Specially Designated Nationals and Blocked Persons List maintained by ...": the list described
    if trigger.surface[:8].lower() == "designat" and _FOOTNOTE_AFTER.match(text, trigger.end):
        return True  # "Entries marked [FN3] are also designated with footnote 3": an Entity List entry's footnote
    if _FOLLOWS_EARLIER.match(text, trigger.end) and _ANAPHORIC_OPENING.fullmatch(text, 0, trigger.start):
        # "The designations follow previous joint actions by Gulf states and the United States": today's action told
        # before, and earlier ones in passing
        return True
    if trigger.surface[:6].lower() in ("frozen", "blocke") and _DUTY_AFTER.match(text, trigger.end):
        return True  # "banks that find frozen assets must report them to the Financial Supervisory Authority": a duty
    if _DUTY_BEFORE.search(text, max(0, trigger.start - 50), trigger.start):
        # "Reporting entities ... must report any frozen assets to the New Zealand Police Financial Intelligence Unit": a
        # duty of those who hold assets, no action (and whom they report to is no target)
        return True
    if text.rstrip().endswith("?") and _QUESTION_OPENING.match(text):
        return True  # "Will OFAC sanction X next?": a question, nothing imposed
    if trigger.label is None and _THE_SANCTIONS_BEFORE.search(text, max(0, trigger.start - 30), trigger.start):
        return True  # "X abandoned its bid for Y after the sanctions": the sanctions spoken of, no action here
    if (proposed := _PROPOSAL_HEAD.match(text)) is not None and proposed.end() <= trigger.start:
        # "The Commission has proposed an 18th package, which reportedly includes ... a lower price cap" (read here for
        # every trigger, those of no measure too: the extractor asks this of each one)
        return True
    return bool(hedge or _WOULD_SENTENCE.match(text) or _STANDING_AFTER.match(text, trigger.end)
                or _ENDED_AFTER.match(text, trigger.end)
                or (_MEASURE_OF.search(trigger.surface) is not None or _OF_AFTER.match(text, trigger.end) is not None)
                and _ENDED_LATER.match(text, trigger.end) is not None
                or _LAW_AFTER.match(text, trigger.end)
                or "enact" in text and _ENACTMENT.search(text) is not None
                or _URGED_SERIES.search(text, max(0, trigger.start - 200), trigger.start)
                or _NEITHER_NOR.search(text, max(0, trigger.start - 240), trigger.start)
                or "den" in text and _DENIED_REPORTS.search(text, max(0, trigger.start - 220), trigger.start)
                or "consult" in text and _CONSULTING_ON.search(text, max(0, trigger.start - 200), trigger.start)
                or trigger.label == "financial_penalty" and _CAN_BE_BEFORE.search(text, max(0, trigger.start - 20), trigger.start)
                or "ly " in text and _FALSE_REPORT.search(text, max(0, trigger.start - 200), trigger.start)
                or _INDEFINITE_BEFORE.search(text, max(0, trigger.start - 30), trigger.start)
                and _GENERIC_AFTER.match(text, trigger.end) is not None)


# "The European Commission has proposed an 18th package of Russia sanctions, which reportedly includes ...": what the
# sentence's own act proposes, however far on
_PROPOSAL_HEAD = re.compile(r"[^,;:.]{0,80}?\b(?:(?:has|have|had)\s+(?:formally\s+|now\s+)?proposed|(?:is|are)\s+proposing)\s+"
                            r"(?:a|an|the|its|their|new|further|fresh|\d)")
# "has turned to it, along with its export control law, as tools to retaliate": the law, no measure taken under it
_LAW_AFTER = re.compile(r"\s+(?:law|laws|legislation|bill|bills)\b")
# "Blocking sanctions on the four named companies, 90 days after enactment": a bill's provision, nothing imposed yet
_ENACTMENT = re.compile(r"\b(?:after|of|upon|on)\s+(?:its\s+|the\s+(?:bill's\s+|act's\s+)?)?enactment\b|\b(?:once|if|when)\s+(?:it\s+is\s+)?enacted\b")


# "The UK should designate A, B and C, freeze their assets and those of D, and bar all three": each measure of a
# series after a call, however far from it
_URGED_SERIES = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:also\s+|now\s+|at\s+least\s+)?"
    r"(?:designate|sanction|freeze|ban|bar|impose|list|add|target|blacklist)\b[^.;:]{0,160}$"
)


_FOOTNOTE_AFTER = re.compile(r"\s+(?:with|under|by)\s+(?:a\s+|the\s+)?footnote\b", re.IGNORECASE)
# "must report any frozen assets to ...", "are required to notify OFSI of frozen funds": a holder's duty before the trigger
_DUTY_BEFORE = re.compile(r"\b(?:must|shall|should|(?:are|is)\s+(?:required|obliged)\s+to|ha(?:ve|s)\s+to)\s+(?:promptly\s+|"
                          r"immediately\s+|also\s+)?(?:report|notify|disclose|declare|inform)\b[^.;:]{0,40}$")


_FOLLOWS_EARLIER = re.compile(r"\s+(?:follow(?:s|ed)?|c[oa]me\s+after|build(?:s)?\s+on)\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:previous|earlier|prior|similar|past)\b")
_ANAPHORIC_OPENING = re.compile(r"\s*(?:The|These|Those|Today['’]s|[A-Z][a-z]+day['’]s)\s+(?:[a-z-]+\s+)?")
# (the assets first: "banks that find frozen assets must report them to ...", "blocked funds must be reported")
_DUTY_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:must|shall|should|(?:are|is)\s+(?:required|obliged)\s+to|ha(?:ve|s)\s+to)\s+"
                         r"(?:promptly\s+|immediately\s+|also\s+)?(?:be\s+)?(?:report|notif|disclos|declar)")


# "neither Halden, Orsino nor Halden's beneficial owner ... had been designated by any government": a negation
_NEITHER_NOR = re.compile(r"\b[Nn]either\b[^.;:]{1,160}\bnor\b[^.;:]{1,100}\b(?:had|has|have|was|were|is|are)\s+(?:ever\s+)?(?:been\s+)?$")


# "restrictive measures, consisting of an asset freeze and a travel ban, currently apply to 12 individuals": measures
# in force, counted (no action)
_STANDING_AFTER = re.compile(
    r"[^.;:]{0,40}?,\s+(?:currently|already)\s+appl(?:y|ies)\s+to\b"
    # "Measures on the freezing of assets of individuals ... decided previously by the Government of Japan remain in
    # force": measures standing, not taken
    r"|[^.;:]{0,160}?\s(?:decided|imposed|adopted|introduced|taken)\s+(?:previously|earlier|before)\b[^.;:]{0,80}?\s"
    r"remains?\s+in\s+(?:force|effect|place)\b"
    # "a framework which allows the EU to respond ... where restrictive measures are considered necessary": a condition
    r"|\s+(?:are|is|were|was|be)\s+(?:considered|deemed|judged)\s+(?:necessary|appropriate|warranted|justified)\b"
)


# "A designation would therefore bite less on the generals", "a blanket designation of the central bank fails that
# test": a measure spoken of in general, not one taken (not "announced a designation of": a verb before it)
_INDEFINITE_BEFORE = re.compile(r"(?:^|[,;:][\"”’']?\s+|\b(?:but|and|that|so|yet|while|whether)\s+|\s[a-z]+\s+(?:so\s+far|now),\s+)"
                                r"(?:[Aa]|[Aa]n|[Aa]ny)\s+(?:[a-z-]+\s+){0,2}$")
# ("deemed \"undesirable,\" a designation that criminalizes any involvement with them": what such a listing does)
# ("a designation usually takes effect immediately": what listings do in general)
_GENERIC_AFTER = re.compile(r"\s+(?:of\b|would\b|could\b|might\b|may\b|is\s+unlikely\b|(?:usually|typically|generally|normally)\b|"
                            r"that\s+(?:criminali[sz]es|makes|means|bars|prohibits|carries|allows|exposes)\b)")


# "The draft, seen by this publication, would freeze ...", "It would also ban the tankers ... and impose a travel ban":
# what a proposal would do, however far the measure is from the modal
_WOULD_SENTENCE = re.compile(
    r"(?:It|They|The (?:draft|proposal|plan|package|bill|text|measure|proposed \w+)s?)(?:,[^,.;]{1,80},)?"
    r" (?:would|could|might|may)\b"
    # "Some reports say the Ministry of Commerce will also place these companies on the Unreliable Entity List": hearsay
    # of a step to come, put as a question
    r"|\W*(?:(?:Some|Several|Media|Press|Unconfirmed|Local|Earlier)\s+)?reports\s+(?:say|said|suggest|suggested|claim|claimed)\b"
    r"[^.;]{0,160}?\b(?:will|would|could|might|may|is\s+to|are\s+to|plans?\s+to|is\s+set\s+to|are\s+set\s+to)\b"
    # "The Federal Council will decide at a later date on the adoption of the remaining measures of the EU's package":
    # a decision still to come
    r"|[^.;]{0,60}?\bwill\s+(?:decide|consider|examine|assess)\s+(?:at\s+a\s+later\s+date|later|in\s+due\s+course|whether)\b"
)


def has_deal_act(text: str) -> bool:
    return bool(DEAL_ACT.search(text))


def is_hedged_deal(text: str) -> bool:
    # "Assume Buyer, a U.S. private equity sponsor, agrees to acquire Target": an example made up to explain
    return bool(DEAL_HEDGE.search(text)) or text.lstrip().startswith(_SUPPOSING)


_SUPPOSING = ("Assume ", "Suppose ", "Imagine ", "Hypothetically")
