"""Sanctioning authorities from the gazetteer in data/authorities.yaml."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from tradewatch.extract.countries import country_code, country_name
from tradewatch.extract.lexicon import alternation, load_yaml, start_scan


@dataclass(frozen=True, slots=True)
class Authority:
    start: int
    end: int
    name: str
    country: str | None
    body: bool = False
    """Found as a state's ministry or government by its shape (`_state_bodies`), not from the gazetteer."""


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    country: str | None
    context_only: bool
    requires: tuple[str, ...]
    weak_requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()

    def fits(self, context: str) -> bool:
        """Whether a `context_only` alias of this entry counts in a document whose text is `context`."""
        return any(names_word(context, r) for r in self.requires) or (
            any(names_word(context, r) for r in self.weak_requires) and not any(w in context for w in self.unless))


def _build() -> tuple[dict[str, _Entry], dict[str, _Entry], re.Pattern[str], dict[str, str], re.Pattern[str] | None]:
    cfg = load_yaml("authorities.yaml")
    entries: dict[str, _Entry] = {}
    second_readings: dict[str, _Entry] = {}
    for item in cfg["authorities"]:
        entry = _Entry(item["name"], item["country"], bool(item.get("context_only")), tuple(item.get("requires") or ()),
                       tuple(item.get("weak_requires") or ()), tuple(item.get("unless") or ()))
        for alias in item["aliases"]:
            if alias in entries and entry.context_only:
                # a second reading of an alias, where its context says so: "The Secretary of State has designated"
                # in a UK financial sanctions notice is the UK's, not the US State Department
                second_readings[alias] = entry
            entries.setdefault(alias, entry)
    # Run on " " + text, the look-behind `(?<![\w-])` written as a consumed character: `re` then
    # skips ahead by a fast scan for that character instead of trying the alternation everywhere.
    # Same matches as with the look-behind while no alias starts with a non-word character (a match
    # then never starts where the previous one ended, the one place the two forms differ).
    if not all(re.match(r"\w", alias) for alias in [*entries, *(cfg.get("not_authority_phrases") or [])]):
        raise ValueError("authority aliases and masked phrases must start with a letter or digit")
    pattern = re.compile(rf"[^\w-]({alternation(entries)})(?![\w-])")
    masked = cfg.get("not_authority_phrases") or []
    mask = re.compile(rf"[^\w-](?:{alternation(masked)})(?![\w-])") if masked else None
    return entries, second_readings, pattern, dict(cfg.get("default_measures") or {}), mask


_ENTRIES, _SECOND_READING, _PATTERN, _DEFAULT_MEASURES, _MASK = _build()
# Before a bare "Security Council": a state's own council ("the National Security Council", "Russia's Security
# Council"), not the UN's (the UN's names, "UN Security Council", are longer aliases and match first).
_NATIONAL_COUNCIL = re.compile(r"(?:\b(?:National|State|Federal|Supreme|Presidential)|(?<!UN)(?<!U\.N\.)['’]s) $")
_CANDIDATE = start_scan(_ENTRIES, r"\w-")
_STARTS_WITH_PREFIX = re.compile(alternation({alias[:6] for alias in _ENTRIES}))

# A state's own body, for states the gazetteer does not list: "the Dominican Republic's Ministry of Foreign
# Affairs", "the Dominican government", "Peruvian authorities", "the Government of Ghana", "the Ministry of
# Foreign Affairs of Chile". The words before or after must name a state (countries.country_code).
_BODY = (r"(?:(?:(?:[Ff]oreign|[Ff]inance|[Ee]conomy|[Tt]rade|[Cc]ommerce|[Ii]nterior|[Jj]ustice) )?(?:[Mm]inistry|[Gg]overnment|authorities)"
         # "Japan's Cabinet on Friday approved a freeze on the assets of X"
         r"|Cabinet"
         # "Latvia's parliament on Thursday extended the country's ban on imports": a state's legislature acting
         r"|[Pp]arliament"
         # "Mexico's Financial Intelligence Unit (UIF) ... said it had added X to its list of blocked persons"
         r"|Financial Intelligence Unit"
         # "Germany's customs authority on Thursday fined X": a state's customs as the enforcer
         r"|[Cc]ustoms (?:[Aa]uthority|[Aa]gency|[Oo]ffice|[Ss]ervice|[Aa]dministration)"
         # "Norway's economic crime unit Økokrim said": a state's prosecutors or police as the enforcer
         r"|(?:[Ee]conomic |[Ff]inancial )?[Cc]rime (?:[Uu]nit|[Aa]gency|[Aa]uthority)(?: [^\W\d_a-z][\w-]+(?![\w-]* [A-Z]))?"
         r"|(?:[Pp]ublic )?[Pp]rosecutor(?:s|['’]s [Oo]ffice)?"
         r"|[Pp]rosecution (?:[Ss]ervice|[Aa]uthority|[Oo]ffice)"
         # "Estonia's Harju County Court fined X": a state's court as the one that fines
         r"|(?:[A-Z][\w-]+ ){0,2}(?:County |Regional |District |City |Administrative |Criminal )?Court"
         # "The Dutch central bank DNB has fined X": a state's central bank (with its acronym) as regulator
         r"|[Cc]entral [Bb]ank(?: [A-Z]{2,6}\b(?! [A-Z]))?)")
_BODY_KINDS = frozenset({"Foreign", "Finance", "Economy", "Trade", "Commerce", "Interior", "Justice"})
_BODY_OF = r"(?: of (?:the )?(?:[A-Z][\w’'-]*,?|for|and|the)(?: (?:[A-Z][\w’'-]*,?|for|and|the|of)){0,6})?"
_STATE_BODY = re.compile(
    # (a name starts at a word's start: from every capital inside a long word the rescan was quadratic, hostile probe 11)
    rf"(?<![\w’'-])(?!(?:The|A|An|In|On|But|And|Its|Their)\b)(?P<state>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}})(?:['’]s)? {_BODY}{_BODY_OF}"
    # ("The Central Bank of Kenya said it had imposed penalties": a state's central bank, named after it)
    rf"|(?:[Gg]overnment|Ministry(?: of (?:[A-Z]\w*|and|for|the)(?: (?:[A-Z]\w*|and|for|the)){{0,5}})?|Central Bank) of (?:the )?"
    rf"(?P<after>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}})"
)
# A capital standing for its government, when it acts: "Ottawa on Thursday listed the same four men", "Canberra has
# imposed travel bans" ("Washington" and "Brussels" are aliases of their own)
# (each one an alias of its country in countries.csv, which says whose capital it is)
_CAPITALS = ("Ottawa", "Canberra", "Tokyo", "Beijing", "Moscow", "Kyiv", "Kiev", "London", "Paris", "Berlin", "Bern", "Seoul",
             "Tehran", "Ankara", "New Delhi", "Minsk", "Abu Dhabi")
_CAPITAL = re.compile(r"\b(?:" + "|".join(_CAPITALS) + r")\b(?![-’'])")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|to|near|outside|around|across|via)\s+$", re.IGNORECASE)
_BODY_WORD_TAILS = ("inistry", "overnment", "authorities", "Cabinet", "arliament", "Intelligence Unit", "entral bank", "entral Bank", "ustoms ",
                    "rime unit", "rime Unit", "rime agency", "rime Agency", "rosecut", " Court", *_CAPITALS)  # "Ministry"/"ministry", "Government"/"government"
# Only a body that acts in its sentence: "the Dominican Republic's Ministry of Foreign Affairs said X had been barred",
# not one the targets serve ("a senior official of Iran's Ministry of Intelligence", "remit salaries to the DPRK government").
_ACTS_AFTER = re.compile(
    # (its acronym and a relative clause between: "Mexico's Financial Intelligence Unit (UIF), which worked with Treasury
    # on the investigation, said")
    # ("Mexico's Financial Intelligence Unit (Unidad de Inteligencia Financiera, UIF) added": its own language's name too)
    r"(?:\s*\((?:[^(),;]{2,80},\s+(?:or\s+)?)?[A-Z]{2,8}\))?(?:,\s+which\s[^,;.]{1,120},)?\s*(?:,\s*)?(?:(?:on|this)\s+\w+\s+|also\s+|today\s+|(?:once\s+)?again\s+|(?:has|have|had)\s+(?:also\s+)?|(?:will|would)\s+)?"
    # ("London once again expanded its sanctions list")
    r"(?:expanded|extended|said|says|announced|announces|imposed|imposes|decided|decides|declared|declares|banned|bans|barred|bars|froze|freezes|"
    r"frozen|designated|designates|added|adds|sanctioned|sanctions|listed|lists|adopted|adopts|approved|approves|ordered|orders|"
    r"refused|refuses|blacklisted|published|publishes|issued|issues|fined|fines)\b"
)


def _state_bodies(text: str) -> list[Authority]:
    """A named state's ministry or government (see _STATE_BODY): that state acts."""
    if not may_name_state_body(text):
        return []
    out = []
    for m in _STATE_BODY.finditer(text):
        words = (m.group("state") or m.group("after")).split()
        if m.group("state") and len(words) > 1 and words[-1] in _BODY_KINDS:
            words = words[:-1]  # "Russia's Foreign Ministry": the state is "Russia's", not "Russia's Foreign"
        # "Canada, the Dominican Republic's Ministry": the longest run of words ending (or starting) at the body
        runs = [words[i:] for i in range(len(words))] if m.group("state") else [words[: i + 1] for i in reversed(range(len(words)))]
        code = next((c for c in (country_code(" ".join(r).rstrip(",")) for r in runs) if c), None)
        if code is None and m.group("state") and m.group().endswith("Court") and "’" not in words[0][:-2] and (
                words[0].endswith(("'s", "’s"))):
            # "Estonia's Harju County Court": the court's own name between the state and "Court"
            code = country_code(words[0])
        if code is not None and code not in ("EU", "UN") and _ACTS_AFTER.match(text, m.end()):
            out.append(Authority(m.start(), m.end(), f"{country_name(code)} government", code, body=True))
    for m in _CAPITAL.finditer(text):
        # (not "a researcher at an institute in Seoul, said": a place, then who speaks)
        if (text[m.end() : m.end() + 1] != "," and _ACTS_AFTER.match(text, m.end())
                and not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and not any(a.start <= m.start() < a.end for a in out)):
            code = country_code(m.group())
            if code is None:
                continue
            out.append(Authority(m.start(), m.end(), f"{country_name(code)} government", code, body=True))
    if "Court" in text:
        # (the towns parties.py reads from names.yaml; imported here, not at the top: parties imports this module)
        from tradewatch.extract.parties import BASED_CITIES

        for m in _CITY_COURT.finditer(text):
            # "The Frankfurt Regional Court (Landgericht Frankfurt am Main) on Monday sentenced ...": a city's court acts
            # for its state
            city = m.group("city")
            code = BASED_CITIES.get(city) or BASED_CITIES.get(city.split()[-1])
            if code is not None and not any(a.start <= m.start() < a.end for a in out):
                out.append(Authority(m.start(), m.end(), f"{country_name(code)} government", code, body=True))
    return sorted(out, key=lambda a: a.start)


_CITY_COURT = re.compile(
    r"\b(?P<city>[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:(?:Higher )?Regional |District |Administrative |Criminal |Commercial )?Court\b"
    r"(?=(?:\s*\([^()]{2,80}\))?(?:\s+(?:on|this)\s+\w+)?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:sentenced|fined|convicted|ordered|imposed|confiscated|found)\b)"
)



def may_hold_authority(text: str, start: int, end: int) -> bool:
    """False when find_authorities(text[start:end]) is surely empty.

    Inside the slice an alias starts after a non-word character of the slice, which the whole text
    has too (the scan's look-behind sees the text before `start`); an alias that fits in the slice
    has its first characters there too, so `endpos` hides none. At `start` the slice's own edge
    counts as a non-word character, so that place is checked on its own.
    """
    return _CANDIDATE.search(text, start, end) is not None or _STARTS_WITH_PREFIX.match(text, start) is not None


def may_name_state_body(text: str) -> bool:
    """False when `_state_bodies(text)` is surely empty: no "ministry", "government" or "authorities" in it."""
    return any(word in text for word in _BODY_WORD_TAILS)


def first_candidate_offsets(text: str) -> Iterator[int]:
    """Offsets in `text`, in order, where an alias may start (a superset of where one does)."""
    return (m.start() for m in _CANDIDATE.finditer(text))


def find_authorities(text: str, context: str = "", bodies: bool = False) -> list[Authority]:
    """Authority mentions in `text`; ambiguous aliases need their family named in `context`. `bodies`: also
    ministries and governments of states the gazetteer does not list (see `_state_bodies`)."""
    out = []
    padded = " " + text  # offsets into `padded`, one more than into `text`
    masked = [(mm.start() + 1, mm.end()) for mm in _MASK.finditer(padded)] if _MASK is not None else []
    for m in _PATTERN.finditer(padded):
        if any(s <= m.start(1) < e for s, e in masked):
            continue
        entry = _ENTRIES[m.group(1)]
        if (second := _SECOND_READING.get(m.group(1))) is not None and second.fits(context):
            entry = second
        if m.group(1) == "Security Council" and _NATIONAL_COUNCIL.search(padded, max(0, m.start(1) - 40), m.start(1)):
            continue  # "Iran's Supreme National Security Council" is no organ of the UN
        if entry.context_only and not entry.fits(context):
            continue
        out.append(Authority(m.start(1) - 1, m.end(1) - 1, entry.name, entry.country))
    found = [b for b in _state_bodies(text) if not any(a.start < b.end and b.start < a.end for a in out)] if bodies else []
    return sorted(out + found, key=lambda a: a.start) if found else out


@functools.lru_cache(maxsize=64)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


@functools.lru_cache(maxsize=64)
def names_word(context: str, word: str) -> bool:
    r"""`re.search(rf"\b{re.escape(word)}\b", context)`, trying the pattern only where `word` occurs.

    A pattern opening with `\b` is tried at every position of the article; `str.find` skips to the
    occurrences, and `match` there sees the characters before them (`\b` looks at the whole string).
    Cached: every sentence of an article asks about the same context.
    """
    pattern = _word_pattern(word)
    i = context.find(word)
    while i != -1:
        if pattern.match(context, i):
            return True
        i = context.find(word, i + 1)
    return False


def default_measure(authority_name: str | None) -> str | None:
    """The measure an unqualified 'sanctioned' stands for when this authority acts."""
    return _DEFAULT_MEASURES.get(authority_name or "")


def authority_aliases() -> list[str]:
    return list(_ENTRIES)
