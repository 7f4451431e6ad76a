"""Named parties in a sentence: capitalised-token runs, legal forms, aliases, and their kind."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from tradewatch.extract.authorities import Authority, authority_aliases, find_authorities
from tradewatch.extract.countries import CountryMention, country_code, country_name, find_countries
from tradewatch.extract.lexicon import WordStart, alternation, load_yaml

_CFG = load_yaml("names.yaml")
# Towns a company may be based in, and their states ("the Vancouver-based developer", "Stuttgart's B")
BASED_CITIES: dict[str, str] = {city: code for code, cities in _CFG["based_cities"].items() for city in cities}
# and as registers and annexes write them, in capitals: "WUHAN RUIKANG BIOCHEM TECHNOLOGY CO., LTD."
LEGAL_FORMS = frozenset(_CFG["legal_forms"]) | frozenset(f.upper() for f in _CFG["legal_forms"])
_LEGAL_NORM = frozenset(f.lower().replace(".", "") for f in _CFG["legal_forms"])
ORG_WORDS = frozenset(_CFG["org_words"])
PERSON_TITLES = frozenset(_CFG["person_titles"])
# The titles as one regex alternation, longest first ("Major General" before "Major")
PERSON_TITLE_ALTERNATION = "|".join(re.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True))
# What a journalist is called before the outlet's name or their own ("Radio-Canada correspondent X")
MEDIA_ROLES = (r"correspondent|reporter|journalist|columnist|editor|presenter|anchor|commentator|broadcaster|photographer|blogger|"
               r"filmmaker|(?:documentary|film)\s+maker")
# What a nationality describes before a person's name: "Georgian national Gocha Beridze", "PRC citizen X"
NATIONALITY_NOUNS = "national|citizen|businessman|businesswoman"
CUT_WORDS = frozenset(_CFG["cut_words"])
EDGE_WORDS = frozenset(_CFG["edge_words"])
_NOT_NAME = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _CFG["not_name_phrases"]) + r")\b")


def _not_name_scan(phrases: list[str]) -> re.Pattern[str] | None:
    """`_NOT_NAME` as a prefix tree after a consumed gap, for " " + text; None when it would differ.

    The tree tries longer phrases first, the listed order may not: the same whenever no phrase can
    match where a longer one does (the word character after it then breaks its `\\b`). Every phrase
    opens and ends with a word character: each match of `_NOT_NAME` follows a non-word character
    (or the start), which the scan consumes, and ends before one, so the next match starts later.
    """
    if not all(re.fullmatch(r"\w(?:.*\w)?", p) for p in phrases):
        return None
    for p in phrases:
        if any(q != p and q.startswith(p) and not re.match(r"\w", q[len(p)]) for q in phrases):
            return None
    return re.compile(rf"[^\w]({alternation(phrases)})\b")


_NOT_NAME_SCAN = _not_name_scan(_CFG["not_name_phrases"])


def _not_name_spans(text: str) -> list[tuple[int, int]]:
    """`[m.span() for m in _NOT_NAME.finditer(text)]`."""
    if _NOT_NAME_SCAN is None:
        return [m.span() for m in _NOT_NAME.finditer(text)]
    return [(m.start(), m.end() - 1) for m in _NOT_NAME_SCAN.finditer(" " + text)]
VESSEL_CUES: tuple[str, ...] = tuple(_CFG["vessel_cues"])
_VESSEL_CUE = WordStart(
    r"\b(?:" + "|".join(re.escape(c) for c in VESSEL_CUES) + r")\s+(?:named\s+|called\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
STOP_NAMES = frozenset(_CFG["stop_names"])
_DOCUMENT_WORDS = frozenset(_CFG["document_words"])
# "ING Bank N.V. – Milan Branch", "X Bank Limited, Singapore Branch": a bank's branch after the bank, no party of its own
BRANCH_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,2}Branch")
_US_STATES = frozenset(_CFG["us_states"])
# ", Ohio," / ", Texas." after a name: the name is a town in that state
_US_STATE_AFTER = re.compile(r",\s+(?:" + "|".join(re.escape(s) for s in sorted(_US_STATES, key=len, reverse=True)) + r")(?=[,.;:)]|$)")
_PLACE_CUE = WordStart(rf"\b(?:{_CFG['place_cues']})\s+(?:the\s+)?$")
# "Persian-language", "UAE-based", "state-owned": a hyphenated descriptor, not a name.
# (A name's own hyphenated part stays: "Kim Chol-ung", "Ri Kwang-song".)
_DESCRIPTOR = re.compile(
    r"-(?:based|registered|owned|language|led|backed|linked|controlled|run|born|made|funded|flagged|speaking|affiliated|"
    r"aligned|related|sponsored|operated|listed|headquartered|focused|style|type|class|era|wide|level|grade|origin|"
    r"made|built|designed|bound|centred|centered|connected|incorporated|domiciled|sanctioned|designated)$"
    r"|^[^\s]+-[a-z]+$"  # one hyphenated word ending in lower case: "state-owned", "Kremlin-friendly"
    r"|^[^\s]+-(?:compliant|denominated|linked|backed|based|style|friendly|owned)\s"  # "Shariah-compliant Murabaha"
)
_AIRCRAFT_CUE = WordStart(r"\b(?:" + "|".join(_CFG["aircraft_cues"]) + r")\s+$", re.IGNORECASE)
_CONNECTORS = frozenset({"of", "the", "de", "du", "des", "del", "della", "da", "do", "dos", "das", "di", "der", "den", "es",
                         "van", "von", "al", "bin", "ibn", "bint", "binti", "for", "&", "la", "le", "y", "et", "ve", "e",
                         # Turkic patronymics: "Ilkin Rafael oglu Mammadli", "Aida Bakyt kyzy"
                         "oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "uulu"})

# Word pairs joined by "and" inside company names ("Import and Export Co., Ltd.", "Science and
# Technology Co."); elsewhere "A and B" names two parties.
_NAME_AND_PAIRS = frozenset({
    ("Import", "Export"), ("Imports", "Exports"), ("Science", "Technology"), ("Oil", "Gas"),
    ("Trade", "Investment"), ("Industry", "Trade"), ("Research", "Development"), ("Engineering", "Construction"),
    ("Trading", "Investment"), ("Economic", "Trade"), ("Commerce", "Trade"), ("Industry", "Commerce"), ("Corporate", "Investment"), ("Export", "Investment"),
    ("Trade", "Commerce"), ("Trade", "Industry"), ("Investment", "Development"), ("Transport", "Logistics"),
    ("Shipping", "Logistics"), ("Trading", "Shipping"), ("Reconstruction", "Development"), ("Oil", "Natural"),
})

# A token: words with inner dots/apostrophes/hyphens ("U.S.", "N.A.", "Lands'", "Export-Import").
# "sp. z o.o." (a Polish limited company) is one token: its parts are no words of the name.
# ("MARBELLA P&I SERVICES LTD", "AT&T": initials glued by an ampersand are one word of the name)
_TOKEN = re.compile(r"[Ss]p\. z o\.o\.|[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])|[&]|[^\W_][\w’'\-/]*(?:\.[^\W_]+)*\.?")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ich|yevich)$")
_ROMAN = re.compile(r"[IVXL]{2,}")
_INITIAL = re.compile(r"^[A-Z]\.$")
_ABBREV = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_PUNCTUATION = re.compile(r"[^\w\s]")
_ALNUM = re.compile(r"[^\W_]")
_OPEN_PAREN = re.compile(r"\s*\(\s*[\"“‘']?")


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    name: str
    kind: str  # organization | person | vessel | aircraft | country | unknown
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    alias_of: str | None = None


_BODY_OPENINGS = frozenset({"Ministry", "Minister", "Department", "Secretary", "Office", "Bureau", "Commission",
                            "Committee", "Agency", "Authority"})
# A legal form that opens a name: "Joint Stock Company Uralsky Bank", "Public Joint Stock Company X".
_FORM_OPENINGS = frozenset({("Joint", "Stock"), ("Public", "Joint"), ("Closed", "Joint"), ("Open", "Joint")})

_DOTTED_WORDS = frozenset({"corp", "co", "inc", "ltd", "jr", "sr", "st", "mr", "ms", "mrs", "dr", "gen", "sen", "brig", "maj",
                           "capt", "col", "lt", "adm", "cmdr", "sgt"})


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    # Only a token ending in a period or a single quote may change (few do: one loop over those, not over all).
    for i in [i for i, t in enumerate(out) if t[2][-1] in ".'’" and len(t[2]) > 1]:
        start, end, tok = out[i]
        if tok[-1] == "." and not (tok in LEGAL_FORMS or _ABBREV.match(tok) or _INITIAL.match(tok)
                                   or tok[:-1].lower() in _DOTTED_WORDS):
            end, tok = end - 1, tok[:-1]
        # "the Autonomous Non-Profit Organisation 'Vektor'": a closing single quote is not part of the name's last
        # word (a plural possessive, "Workers' Bank", has no opening quote before it)
        if len(tok) > 1 and tok[-1] in "'’" and _opening_quote_before(text, start, "‘" if tok[-1] == "’" else "'"):
            end, tok = end - 1, tok[:-1]
        out[i] = (start, end, tok)
    return out


def _opening_quote_before(text: str, start: int, quote: str) -> bool:
    """Whether a single quote opens (after a space, a bracket or the line's start) within 120 characters before
    `start`, with no quote mark of its kind after it."""
    window = text[max(0, start - 120) : start]
    at = window.rfind(quote)
    if at < 0 or (at > 0 and window[at - 1] not in " (\n"):
        return False
    return quote not in window[at + 1 :] and "’" not in window[at + 1 :]


# An amount of power or energy written as one token: "210MW", "620GWh", "1.2GW" (a quantity, not a name like "A321")
_QUANTITY = re.compile(r"\d+(?:[.,]\d+)*[kMGT]?(?:W|Wh|Wp|VA)")


def _is_cap(tok: str) -> bool:
    # "al-Kessel", "el-Sisi", "bin-Norvik": an Arabic name's particle, joined to the capitalised name
    return (tok[:1].isupper() or (tok[:1].isdigit() and any(c.isupper() for c in tok) and not _QUANTITY.fullmatch(tok))
            or tok[:3] in ("al-", "el-", "ad-", "as-", "ar-", "az-", "at-") and tok[3:4].isupper()
            # "Côte d'Ivoire", "Banque d'Escompte": an elided "de" joined to the capitalised word
            or tok[:2] in ("d'", "d’") and tok[2:3].isupper())


# Plural nouns whose possessive is part of a name: "People's Bank of China", "Children's Hospital", "Women's Bank"
_PLURAL_NOUNS = frozenset({"People", "Children", "Women", "Men", "Workers", "Veterans"})


# Words that carry a name on past a plural possessive: "Teachers' Pension Plan", "Farmers' Union", "Workers' Bank"
_AFTER_PLURAL_POSSESSIVE = frozenset({
    "Pension", "Pensions", "Retirement", "Superannuation", "Association", "Union", "Fund", "Federation", "Council", "Trust",
    "Mutual", "Cooperative", "Co-operative", "Guild", "League", "Club", "Provident", "Insurance", "Bank", "Party",
})


# "in Dubai, Hong Kong and ": a place before a coordinated word (and the place preposition opening the series)
_COORDINATED_BEFORE = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)$")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|at|near|between|to|via)\s+$")


def _among_places(text: str, start: int, country_spans: list[tuple[int, int]]) -> bool:
    """Whether the word at `start` is the next item of a series of places ("in Dubai, Hong Kong and Novorossiysk"):
    the item before it is a country or city, and so is every item back to a place preposition."""
    ends = {ce: cs for cs, ce in country_spans}
    at, seen = start, 0
    while (sep := _COORDINATED_BEFORE.search(text, max(0, at - 7), at)) is not None:
        prev_start = ends.get(sep.start())
        if prev_start is None:
            return False
        seen += 1
        at = prev_start
    return seen > 0 and _PLACE_PREPOSITION_BEFORE.search(text, max(0, at - 10), at) is not None


_MONTH_WORDS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
_YEAR_AFTER = re.compile(r"\.?\s+(?:19|20)\d\d\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2}\s+$")


# Cut words that are also given names or surnames (Korean "Jun", Chinese "Sun"): short forms of months and days.
_SHORT_DATE_WORDS = frozenset({"Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                               "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised tokens joined by single spaces and name connectors."""
    toks = _tokens(text)
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []
    in_town: int | None = None  # where the next word of a company's town would start
    closed = -1  # the end of a bracketed word inside a name ("Tavros Logistics (HK) Limited")
    for i, (s, e, tok) in enumerate(toks):
        if not cur and tok[:1].islower() and not (tok[2:3] == "-" and _is_cap(tok)):
            continue  # outside a run a lower-case word changes nothing (the usual case)
        if text[e : e + 1] == "$" or (tok[-1:].isdigit() and (glued := _GLUED_AMOUNT.fullmatch(tok)) is not None
                                     and glued.group(1) in _CURRENCY_CODES) or (
                tok in _CURRENCY_CODES and text[e : e + 1] == " " and text[e + 1 : e + 2].isdigit()):
            # ("acquired Orvex Intermediates for Rs 310 crore": a currency written before its number, apart)
            # "C$1.5 billion", "HK$", "NZ$", and "fined X LLC Dh1.2 million", "a Sh149 billion deal": a currency, which
            # ends a name (an amount with its currency on the number is no name of its own)
            if cur:
                runs.append(cur)
            cur, pending = [], []
            continue
        prev_end = (pending or cur)[-1][1] if (pending or cur) else None
        gap = text[prev_end:s] if prev_end is not None else ""
        joined = prev_end is not None and (gap in (" ", "-") or prev_end == closed and gap == ") ")
        if (cur and not pending and gap == " (" and text[e : e + 2] == ") " and i + 1 < len(toks)
                and toks[i + 1][2] in LEGAL_FORMS and len(tok) <= 12 and _is_cap(tok)):
            # "(HK) Limited", "(Private) Limited", "(Singapore) Ltd": a bracketed word before the legal form
            cur.append((s, e, tok))
            closed = e
            continue
        if cur and joined and not pending and (
                tok == "unit" and cur[-1][2] == "Military" and i + 1 < len(toks) and toks[i + 1][2].isdigit()
                or tok.isdigit() and cur[-1][2] == "unit"):
            # "Military unit 26165 of the Main Directorate ...": a unit's designation, its number part of the name
            cur.append((s, e, tok))
            continue
        if in_town is not None:
            if s == in_town and _is_cap(tok):
                in_town = e + 1
                continue  # a word of the town after "X S.p.A. of"
            in_town = None
        # "Tecnoinverter S.p.A. of Padua": the company and its town ("X Corp. of Canada" is one name)
        town = (tok == "of" and bool(cur) and joined and not pending and cur[-1][2] in LEGAL_FORMS
                and cur[-1][2] not in _WORD_FORMS and not _country_at(text, toks, i + 1))
        if town:
            runs.append(cur)
            cur, pending, in_town = [], [], e + 1
            continue
        # ", Inc." / ", N.A." / ", Roebuck & Co." continue an organisation name after a comma.
        if prev_end is not None and gap == ", " and cur and (tok in LEGAL_FORMS or _comma_name_continues(toks, i)):
            joined = True
        said_name = (tok == "Said" and bool(cur) and joined and not pending and i + 1 < len(toks)
                     and toks[i + 1][0] == e + 1 and _is_cap(toks[i + 1][2]) and toks[i + 1][2] not in CUT_WORDS
                     and toks[i + 1][2] not in EDGE_WORDS and cur[-1][2] not in ORG_WORDS and cur[-1][2] not in LEGAL_FORMS)
        # ("Omar Said Ahmed Ba-Wazir": Said a name between names, not "said")
        # "Pak Chol Jun", "Li Sun": a month's or day's short form that goes on a name, with no day number after it
        date_word_name = (tok in _SHORT_DATE_WORDS and bool(cur) and joined and not pending
                          and not text[e : e + 3].lstrip(" ,")[:1].isdigit())
        # ("Sun Ridge Maritime FZE", "Sun Hung Kai": one opening a name, a capitalised word right after it; not "Sun Jan 12")
        date_word_opens = (tok in _SHORT_DATE_WORDS and not (cur and joined) and i + 1 < len(toks) and toks[i + 1][0] == e + 1
                           and _is_cap(toks[i + 1][2]) and toks[i + 1][2] not in CUT_WORDS and toks[i + 1][2] not in EDGE_WORDS
                           and toks[i + 1][2].isalpha())
        if (_is_cap(tok) and (tok not in CUT_WORDS or said_name or date_word_name or date_word_opens)) or (cur and joined and not pending and tok in LEGAL_FORMS):
            if cur and joined:
                cur.extend(pending)
                cur.append((s, e, tok))
            else:
                if cur:
                    runs.append(cur)
                cur = [(s, e, tok)]
            pending = []
            # A possessive ends the name: "Huawei’s survival", "Teck Resources' coal business" (but a plural noun's
            # goes on: "People's Bank of China", "Zialiony Bor Children's Health Centre")
            if tok.endswith(("’s", "'s")) and not (
                    tok[:-2] in _PLURAL_NOUNS and i + 1 < len(toks) and toks[i + 1][0] == e + 1 and _is_cap(toks[i + 1][2])):
                cur[-1] = (s, e - 2, tok[:-2])
                runs.append(cur)
                cur = []
            elif tok.endswith(("s’", "s'")) and len(tok) > 2 and not (
                    i + 1 < len(toks) and toks[i + 1][2] in _AFTER_PLURAL_POSSESSIVE and toks[i + 1][0] == e + 1):
                # (but "Ontario Teachers' Pension Plan", "Farmers' Union": the name goes on)
                cur[-1] = (s, e - 1, tok[:-1])
                runs.append(cur)
                cur = []
        elif (cur and joined and tok.lower() in _CONNECTORS and tok not in ("and",)
              and (len(pending) < 2 or cur[-1][2] in _ROMANCE_OPENERS and len(pending) < 5)
              and not (cur[-1][2] in LEGAL_FORMS and cur[-1][2] not in _WORD_FORMS and tok.lower() not in ("of", "the", "ve")
                       and not (tok == "de" and i + 1 < len(toks) and toks[i + 1][2] in LEGAL_FORMS))
              and not town):
            # "S.A. de C.V.", "S. de R.L.": one legal form across "de"; Turkish "San. ve Tic. Ltd. Şti." across "ve"
            # A legal form ends a name ("Kessel Offshore Ltd for NOK 4.2 billion") but for its home country
            # ("X Corp. of Canada"); a word form need not ("Power Company for Wyoming").
            pending.append((s, e, tok))
        elif (cur and joined and pending and cur[-1][2] in _ROMANCE_OPENERS and len(pending) < 5
              and tok.isalpha() and tok.islower() and _romance_name_goes_on(toks, i)):
            # "Caisse de retraite des Laurentides", "Caisse de dépôt et placement du Québec": lower-case words of a
            # French or Spanish institution's name, between its opening word and a particle before a capital
            pending.append((s, e, tok))
        elif cur and joined and tok == "and" and not pending and i + 1 < len(toks) and (
            (cur[-1][2], toks[i + 1][2]) in _NAME_AND_PAIRS
            # "Ministry of Finance and National Planning", "Minister of Industry and Trade": one body
            # "Public Authority for Special Economic Zones and Free Zones": the same for a body named "for" its remit
            or any(t[2] in _BODY_OPENINGS for t in cur) and any(t[2] in ("of", "for") for t in cur) and _is_cap(toks[i + 1][2])):
            pending.append((s, e, tok))  # "Xiamen Haiyue Import and Export Co., Ltd.": one name
        else:
            if cur:
                runs.append(cur)
            cur, pending = [], []
    if cur:
        runs.append(cur)
    return runs


# Opening words of French, Spanish, Portuguese and Italian institutions' names, which go on in lower case
_ROMANCE_OPENERS = frozenset({"Caisse", "Banque", "Fonds", "Société", "Compagnie", "Caja", "Banco", "Fondo", "Cassa",
                              "Instituto", "Institut", "Régie", "Office", "Mutuelle", "Crédit", "Agence", "Agencia"})
_ROMANCE_PARTICLES = frozenset({"de", "des", "du", "di", "del", "della", "da", "do", "dos", "das", "d'"})


def _romance_name_goes_on(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether, after the lower-case word at `i`, at most three more lower-case words or particles lead to a particle and
    a capitalised word ("retraite des Laurentides", "dépôt et placement du Québec")."""
    for j in range(i + 1, min(i + 5, len(toks))):
        tok = toks[j][2]
        if _is_cap(tok):
            return toks[j - 1][2] in _ROMANCE_PARTICLES and j - 1 > i
        if not (tok.isalpha() and tok.islower()):
            return False
    return False


def _country_at(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a country's name opens at token `i`."""
    if i < len(toks) and toks[i][2] == "the":
        i += 1  # "Hollis Brands plc of the United Kingdom"
    if i >= len(toks):
        return False
    start = toks[i][0]
    found = find_countries(text[start : start + 40])
    return bool(found) and found[0].start == 0


def _comma_name_continues(toks: list[tuple[int, int, str]], i: int) -> bool:
    """'Sears, Roebuck & Co.': after a comma, capitalised words ending in '& Co.' or a legal form; ", S. de R.L. de
    C.V.", Mexico's limited company, opens with a bare "S." before "de" and a legal form."""
    if toks[i][2] == "S." and i + 2 < len(toks) and toks[i + 1][2] == "de" and toks[i + 2][2] in LEGAL_FORMS:
        return True
    for j in range(i, min(i + 4, len(toks))):
        tok = toks[j][2]
        if tok == "&" and j + 1 < len(toks) and toks[j + 1][2] in LEGAL_FORMS:
            return True
        if not _is_cap(tok):
            return False
    return False


@functools.lru_cache(maxsize=1024)
def normalise_name(name: str) -> str:
    """Lower case, no punctuation, no legal forms: for comparing names."""
    words = _PUNCTUATION.sub(" ", name.lower().replace(".", "")).split()
    return " ".join(w for w in words if w not in _LEGAL_NORM and w != "the")


# A group's name keeps a mark of being one: "Uralvektor Group" is not its trading arm "Uralvektor Trade KZ"
# (neither name's words hold the other's), though it is "Uralvektor" and "Uralvektor Group Ltd".
_GROUP_WORDS = frozenset({"group", "holding", "holdings"})
_GROUP_MARK = "+group"


@functools.lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    words = frozenset(normalise_name(name).split())
    if words and not _GROUP_WORDS.isdisjoint(_PUNCTUATION.sub(" ", name.lower()).split()):
        return words | {_GROUP_MARK}
    return words


def same_party(a: str, b: str) -> bool:
    """Whether two names name one party: the words of one (normalised) are all words of the other."""
    wa, wb = _name_words(a), _name_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


class PartySet:
    """Names collected so far; `has(name)` is `any(same_party(name, n) or name == n for n in names)`,
    found through their word sets rather than by trying every name: a record's targets are checked this
    way once per name added, which on a page listing thousands of names was quadratic (minutes per page).
    (A name of legal forms only, "Ltd", has no words to compare: only the same string matches it.)"""

    __slots__ = ("_by_word", "_names", "_sets")

    def __init__(self) -> None:
        self._names: set[str] = set()
        self._sets: set[frozenset[str]] = set()
        self._by_word: dict[str, list[frozenset[str]]] = {}

    def add(self, name: str) -> None:
        self._names.add(name)
        words = _name_words(name)
        if words and words not in self._sets:
            self._sets.add(words)
            for word in words:
                self._by_word.setdefault(word, []).append(words)

    def has(self, name: str) -> bool:
        if name in self._names:
            return True
        words = _name_words(name)
        if not words:
            return False
        if words in self._sets:
            return True
        # A known name holding all of these words: among those holding the rarest of them.
        postings = [self._by_word.get(word, ()) for word in words]
        if any(words <= known for known in min(postings, key=len)):
            return True
        # A known name whose words are all among these: its own words' postings include it.
        if len(words) <= _SUBSET_WORDS:
            return any(
                frozenset(part) in self._sets for size in range(1, len(words)) for part in combinations(sorted(words), size)
            )
        return any(known <= words for posting in postings for known in posting)


_SUBSET_WORDS = 6  # up to 62 proper subsets to look up; longer names scan their words' postings instead


class PartyIndex:
    """Keys (a record's number) by the names they carry; `keys(name)` gives the key groups of the names that
    `same_party` matches with `name`, found through word sets as in PartySet. Deals were merged by trying every pair,
    quadratic (hostile probe 37 F1: a page of 5,900 short deal sentences took 131 s)."""

    __slots__ = ("_by_word", "_keys")

    def __init__(self) -> None:
        self._keys: dict[frozenset[str], set[int]] = {}
        self._by_word: dict[str, list[frozenset[str]]] = {}

    def add(self, name: str, key: int) -> None:
        words = _name_words(name)
        if not words:
            return  # (a name of legal forms only matches no name: same_party needs words)
        keys = self._keys.get(words)
        if keys is None:
            keys = self._keys[words] = set()
            for word in words:
                self._by_word.setdefault(word, []).append(words)
        keys.add(key)

    def keys(self, name: str) -> list[set[int]]:
        """The key sets of every known word set that holds the words of `name` or is held by them (not copied: the
        caller sizes them before reading one)."""
        words = _name_words(name)
        if not words:
            return []
        postings = [self._by_word.get(word, ()) for word in words]
        found = [known for known in min(postings, key=len) if words <= known]
        if len(words) <= _SUBSET_WORDS:
            found += [part for size in range(1, len(words)) for part in map(frozenset, combinations(sorted(words), size))
                      if part in self._keys]
        else:
            found += [known for posting in postings for known in posting if known < words]
        return [self._keys[known] for known in dict.fromkeys(found)]


def find_entities(
    text: str, offset: int = 0, doc_text: str = "", context: str = "", found_authorities: list[Authority] | None = None,
    at_line_start: bool | None = None,
) -> list[Entity]:
    """Named entities in a sentence `text` (offsets shifted by `offset` into the article).

    `found_authorities`: find_authorities(text, context) when the caller has it already. `at_line_start`: whether the
    sentence opens a line of the article (a dateline can open it); by default read from `doc_text` at `offset`.
    """
    if found_authorities is None:
        found_authorities = find_authorities(text, context)
    authorities = [(a.start, a.end) for a in found_authorities]
    countries = {(c.start, c.end): c for c in find_countries(text)}
    masked = _not_name_spans(text)
    if "(" in text and ":" in text:  # "(NASDAQ: KSTX)": a stock ticker, not a name
        masked = masked + [m.span() for m in _TICKER.finditer(text)]
    if at_line_start is None:
        at_line_start = offset == 0 or doc_text[offset - 1 : offset] == "\n"
    if at_line_start:
        dateline = _DATELINE.match(text)  # "BERN -", "LONDON (Reuters) -", "WASHINGTON, Feb 6 (Reuters) -"
        if dateline:
            masked = [*masked, (0, dateline.end())]
    entities: list[Entity] = []
    country_spans = list(countries)
    first_start = _first_token_start(text)
    for run in _split_before_people(_runs(text)):
        # ("Sberbank of Russia", "Gazprombank of Russia": a bank's glued name, a whole name with its country)
        org_like = any(t[2] in ORG_WORDS or t[2] in LEGAL_FORMS or len(t[2]) > 5 and t[2].endswith("bank") for t in run)
        spans = authorities + masked
        if not org_like and not _country_led_name(run, countries, doc_text):
            for cs, ce in country_spans:
                inside = [t for t in run if cs <= t[0] and t[1] <= ce + 2]
                if inside and len(inside) < len(run):
                    spans.append((cs, ce))
                    code = countries[(cs, ce)].code
                    entities.append(Entity(cs + offset, ce + offset, country_party_name(text[cs:ce], code), "country", code))
        for piece in _split_on_spans(run, spans):
            words = [t for t in piece if t[2] not in EDGE_WORDS and t[2].lower() not in _CONNECTORS]
            if len(words) == 1 and len(run) > len(piece) and any(a == piece[-1][1] + 1 for a, _b in spans):
                continue  # "Unreliable" cut off the front of "Unreliable Entity List": a fragment, no name
            ent = _make_entity(text, piece, countries, doc_text, is_first=piece[0][0] == first_start)
            if ent is None:
                continue
            ent.start += offset
            ent.end += offset
            entities.append(ent)
    # Pieces of a country name cut by a possessive ("People’s Republic of China") are not names.
    spans = [(cs + offset, ce + offset) for cs, ce in country_spans]
    kept: list[Entity] = []
    for ent in sorted(entities, key=lambda e: (e.start, -e.end)):
        if ent.kind != "country" and any(cs <= ent.start and ent.end <= ce for cs, ce in spans):
            continue
        if any(k.start == ent.start and k.end == ent.end for k in kept):
            continue
        if ent.kind != "country" and _not_a_name(ent, text, offset, kept):
            continue
        if "(IMO" in text and (number := _SHIP_NUMBER_AFTER.match(text, ent.end - offset)) is not None:
            # "the OCEAN PIONEER I (IMO 9457555)", "SEA STAR 3 (IMO ...)": a ship's name ends with its number
            ent.end += number.end() - (ent.end - offset)
            ent.name = text[ent.start - offset : ent.end - offset]
        if ent.name in _SHORT_DATE_WORDS and _NUMBER_AFTER.match(text, ent.end - offset):
            continue  # "On Nov. 21, the Council ...": a month's short form before its day
        if ent.name in _MONTH_WORDS and _YEAR_AFTER.match(text, ent.end - offset) and _DAY_BEFORE.search(
                text, max(0, ent.start - offset - 4), ent.start - offset):
            continue  # "DOB 02 Mar 1980": a date's month between its day and year
        if ent.kind == "unknown" and " " not in ent.name and _among_places(text, ent.start - offset, country_spans):
            continue  # "companies in Dubai, Hong Kong and Novorossiysk": a town named among places
        if ent.kind == "unknown" and " " not in ent.name and not ent.name.isupper() and doc_text:
            # A capitalised word also written in lower case in the article is a common word.
            if _is_lower_word(doc_text, ent.name.lower()):
                continue
        kept.append(ent)
    entities = _joined_by_and(kept, text, offset, doc_text)
    _attach_aliases(text, entities, offset)
    return entities


def _split_before_people(runs: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """"the general director of LLC Volgotron Sergei Anatolyevich Lobanov": a company named by its legal form and a
    person named with a patronymic run together; the person starts at the given name before the patronymic."""
    out: list[list[tuple[int, int, str]]] = []
    for run in runs:
        cut = next((k - 1 for k in range(2, len(run) - 1) if _PATRONYMIC.search(run[k][2]) and run[k][2][:1].isupper()
                    and run[k - 1][2][:1].isupper() and run[k - 1][2].isalpha()
                    and any(t[2] in LEGAL_FORMS or t[2] in ORG_WORDS for t in run[: k - 1])), None)
        if cut is None:
            out.append(run)
        else:
            out.extend((run[:cut], run[cut:]))
    return out


def _joined_by_and(entities: list[Entity], text: str, offset: int, doc_text: str) -> list[Entity]:
    """"Harlow and Finch Ltd": one company, not Harlow and Finch Ltd, when the word before "and" never stands
    without what follows it anywhere in the article (two parties, "Rosneft and Lukoil PJSC", are each named
    on their own somewhere)."""
    if not doc_text or len(entities) < 2 or " and " not in text:
        return entities
    out: list[Entity] = []
    for ent in entities:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "unknown" and " " not in prev.name and ent.kind == "organization"
                and ent.name.split()[-1] in LEGAL_FORMS and text[prev.end - offset : ent.start - offset] == " and "):
            joined = f"{prev.name} and {ent.name.split()[0]}"
            if doc_text.count(prev.name) == doc_text.count(joined):
                out[-1] = Entity(prev.start, ent.end, text[prev.start - offset : ent.end - offset], "organization", ent.country)
                continue
        if (prev is not None and prev.kind == "organization" and ent.kind == "organization" and prev.name.split()[-1] in ORG_WORDS
                and text[prev.end - offset : ent.start - offset] == " and "
                and all(w in ORG_WORDS or w in LEGAL_FORMS or _is_lower_word(doc_text, w.lower()) for w in ent.name.split())
                and doc_text.count(ent.name) == doc_text.count(f"{prev.name} and {ent.name}")):
            # "Noor al-Sahel Exchange and Money Transfer Company": the second half has no name of its own (its words are
            # the business's, and it never stands alone)
            out[-1] = Entity(prev.start, ent.end, text[prev.start - offset : ent.end - offset], "organization", prev.country)
            continue
        out.append(ent)
    return out


# A region's common noun after its name: "Shandong province", "Kherson oblast", "the Nord-Est department", "Zulia state"
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:province|provinces|region|prefecture|county|oblast|governorate|district|municipality|department|state)(?![\w-])"
)
# "Ontario Teachers' Pension Plan", "Retirement Plan": a fund that invests, not a plan on paper
_PENSION_PLAN = re.compile(r"\b(?:Pension|Retirement|Superannuation|Savings)\s+Plan$")
# "Decision 2011/235/CFSP", "Council Implementing Regulation (EU) 2025/779": a legal act by its number, no party
_LEGAL_ACT_NUMBER = re.compile(
    r"(?:Council\s+|Commission\s+)?(?:Implementing\s+|Delegated\s+)?(?:Decision|Regulation|Directive)\s+"
    r"(?:\((?:CFSP|EU|EC|EEC|Euratom)\)\s+)?(?:No\.?\s+)?\d{1,4}/\d+(?:/\w+)?")
_TOWN_OF_BASED = re.compile(r",\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|headquartered|registered)\b")
_COUNTRY_CLOSES = re.compile(
    r",\s+(?:" + "|".join(re.escape(n) for n in sorted({"Uzbekistan", "Malaysia", "China", "Turkey", "Türkiye", "India", "Russia",
    "Kazakhstan", "Kyrgyzstan", "Armenia", "Georgia", "Azerbaijan", "Belarus", "Iran", "Thailand", "Vietnam", "Indonesia",
    "Singapore", "Pakistan", "Bangladesh", "Egypt", "Nigeria", "Kenya", "Brazil", "Mexico", "Germany", "France", "Italy",
    "Spain", "Poland", "Ukraine", "Serbia", "Cyprus", "Greece", "Lebanon", "Syria", "Iraq", "Oman", "Qatar", "Kuwait",
    "Bahrain", "Jordan", "Israel", "Japan", "Korea", "Taiwan", "Philippines", "UAE", "United Arab Emirates"}, key=len, reverse=True))
    + r")\b(?:[.;,)]|\s*$)"
)
_AFTER_ADDRESS_WORD = re.compile(r"\b(?:Street|Road|Avenue|Boulevard|District|Mah\.|Cad\.|Sokak|Prospekt|Ulitsa|Zone),\s+$")
# "the Act on Prohibition Against the Financing of Terrorism and ...", "the bloc's Supplementary Protocol on Democracy
# and Good Governance": the words of a title after "<instrument> on", up to a name's start
TITLE_ON_BEFORE = re.compile(
    # ("in accordance with the Regulations Governing Export and Import of Strategic High-Tech Commodities")
    # ("issued under Law No. 6415 on the Prevention of the Financing of Terrorism": its number between)
    # ("the \"Entity List of Export Control on Strategic High-Tech Commodities\"": a list's formal title)
    r"\b(?:Protocol|Convention|Charter|Treaty|Act|Law|Decree|Regulations?|Ordinance|Rules|Export\s+Controls?)(?:\s+No\.?\s*\d[\d/.-]*)?"
    r"\s+(?:on|[Gg]overning|[Cc]oncerning)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w’'-]*|the|of|and|against|for|in|on|&),?\s+)*$"
)
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at|inside|within)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?$")
_ADDRESS_WORDS = frozenset({"Street", "St.", "Road", "Rd", "Rd.", "Avenue", "Ave", "Ave.", "Boulevard", "Blvd", "Lane", "District",
                            "Mah.", "Mah", "Cad.", "Cad", "Sokak", "Caddesi", "Mahallesi", "Prospekt", "Ulitsa", "Naberezhnaya"})
# Currencies written before an amount ("INR 620 crore", "Rs. 40 lakh", "RM 2 billion"): never a party
_CURRENCY_CODES = frozenset(
    code.rstrip(".") for code in load_yaml("currencies.yaml")["prefixes"] if code.rstrip(".").isalpha()
)
_GLUED_AMOUNT = re.compile(r"([A-Za-z]{1,3})\d[\d.,]*")
_FAMILY_AFTER = re.compile(r"\s+(?:family|clan|dynasty)\b")
_GROUP_NOUN_AFTER = re.compile(
    r"\s+(?:refiners|refineries|companies|firms|banks|lenders|entities|individuals|officials|tankers|vessels|ships|"
    r"suppliers|traders|exporters|importers|producers|operators|buyers|terminals|shipowners|smugglers)\b"
)
_LAW_AFTER_WORDS = re.compile(r"(?:\s+[A-Z][a-z]+){1,2}\s+(?:Act|Regulations?|Law|Decree|Ordinance|Instrument)\b")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")
_NUMBERED_INSTRUMENTS = frozenset({"Law", "Decree", "Act", "Order", "Decision", "Resolution", "Regulation", "Ordinance",
                                   "Notice", "Circular", "Directive"})
_NUMBERED_AFTER = re.compile(r"\s+No\.?\s*\d")
_WEBSITE_AFTER = re.compile(r"(?:\s+and\s+[A-Z]\w+)?\s+(?:website|web\s+site|homepage|web\s+page|portal)\b")
_OFFICE = re.compile(
    r"(?:(?:Deputy|Vice|Prime|Foreign|Trade|Finance|Defence|Defense|First|Under|Assistant|Cabinet|Permanent|Principal)\s+)?"
    r"(?:Minister|Secretary|Commissioner|Ambassador|Governor|Director)\s+(?:of|for)\s"
)


_HEADING_WORDS = re.compile(r" (?:OF THE|INVOLVING|IN RELATION TO|IN RESPECT OF|RELATING TO) ")
_STOCK_INDEX = re.compile(r"FTSE|S&P|Fortune|Nikkei|DAX|MDAX|CAC|(?:Euro )?Stoxx|STOXX|ASX|Hang Seng|Russell|KOSPI|Nifty|"
                          r"Sensex|TSX|Straits Times|Ibovespa|IBEX|FTSE MIB|AEX|SMI|OMX|Nasdaq|NASDAQ|NYSE|Dow Jones")
_PRODUCT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:systems?|missiles?|jets?|aircraft|vehicles?|radars?|howitzers?|drones?|helicopters?|"
    r"frigates?|submarines?|corvettes?|tanks?|launchers?)\b"
)
# a kind of business and the next name after a town: "(the Moscow) payment service provider Platezhny Most JSC"
_KIND_AFTER_PLACE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}(?:operator|trader|provider|distributor|company|firm|maker|manufacturer|producer|bank|"
    r"lender|insurer|developer|supplier|exporter|importer|refiner|shipowner|airline|miner|broker|agent|investor)s?\s+"
    r"(?=[A-Z])"
)
_INDEX_NUMBER_AFTER = re.compile(r"\s+\d{2,4}\b")
_BRAND_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:brands?|chains?|labels?|banners?)\b")
_INSTRUMENT_AFTER = re.compile(r"(?:\s+and\s+[A-Z][a-z]+)?\s+(?:Agreements?|Deeds?|Contracts?|Facility|Transactions?|Scheme|Arrangements?|Term Sheet)\b")


def nationals(name: str) -> bool:
    """Whether `name` is a country's people in the plural ("Haitians", "Australians"), not someone's name."""
    return name.endswith("s") and country_code(name[:-1]) is not None


_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w .]{1,30})?\s+(?:--|—|–|\((?:AP|AFP|Reuters|RFE/RL|Bloomberg|dpa|Xinhua)\))")


# ("about R8.2-billion": a decimal amount before a hyphenated scale word)
_AMOUNT_TOKEN = re.compile(r"[A-Z][A-Za-z]{0,3}\.?\d[\d.,]*(?:bn|mn|m|k|tn|trn)$|[A-Z][A-Za-z]{0,3}\.?\d+\.\d+$")


# (the last word of a portfolio: "Rigoberto Cáceres" after "Minister of Infrastructure and Transport" is a name)
_SHIP_NUMBER_AFTER = re.compile(r" (?:[IVX]{1,4}|\d{1,3})(?=\s*\(IMO\b)")
_PORTFOLIO_ENDS = frozenset("Affairs Trade Finance Defence Defense Justice Economy Industry Development Security Transport "
                            "Commerce Energy Health Interior Treasury Relations Cooperation Integration".split())
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Ministers|Secretary|Commissioner)\s+(?:of\s+State\s+)?(?:of|for)\s+(?:the\s+)?$")
_ENTRY_FIELD = re.compile(r"(?:POB|DOB|Website|Gender|Passport|Nationality|National ID)\b")


_ROUND_NAME = re.compile(r"(?:Series\s+[A-H]\d?|Pre-seed|Pre-Seed)(?:\s+(?:round|funding|extension))?\.?")


def _not_a_name(ent: Entity, text: str, offset: int, kept: list[Entity]) -> bool:
    """Regions, demonyms, generic words, document titles, places and descriptors are not parties."""
    if " of " in ent.name and text.startswith(", ", ent.end - offset) and _US_STATE_AFTER.match(text, ent.end - offset):
        # "Lakeshore Heritage Financial of Grand Rapids, Michigan": the company, then its town and state
        cut = ent.name.rfind(" of ")
        if text[ent.start - offset : ent.end - offset] == ent.name and cut > 0:
            ent.name, ent.end = ent.name[:cut], ent.start + cut
    if ent.name[:7] in ("Series ", "Pre-see") and _ROUND_NAME.fullmatch(ent.name):
        return True  # "Lumora Health (Berlin) — €18m Series A.": a funding round's name, not a party
    if ent.name[:3] in ("POB", "DOB", "Web", "Gen", "Pas", "Nat") and _ENTRY_FIELD.match(ent.name):
        return True  # "; POB Shiraz, Iran;", "Website www.x.ae": a field of an OFAC entry, not a name
    if (" " not in ent.name and ent.name.endswith("ing") and ent.name[1:].islower()
            and text.startswith(" of ", ent.end - offset) and not text[: ent.start - offset].strip(" (0123456789).")):
        return True  # "(3) Lowering of the price cap on crude oil ...": a heading's verbal noun, what is done
    if ent.name.rsplit(" ", 1)[-1] in _PORTFOLIO_ENDS and _PORTFOLIO_BEFORE.search(
            text, max(0, ent.start - offset - 40), ent.start - offset):
        return True  # "– Minister of Foreign Affairs", "the Secretary of State for Trade": an office's portfolio
    if ent.name[:1].isupper() and _AMOUNT_TOKEN.match(ent.name):
        return True  # "for Rbs9.6bn (€101mn)": an amount in a currency written before it
    if ent.name in PERSON_TITLES or ent.name.endswith("s") and ent.name[:-1] in PERSON_TITLES:
        return True  # "Foreign Minister announces ...", "both Ministers witnessed": an office without who holds it
    if len(ent.name) <= 3 and ent.name in _CURRENCY_CODES:
        return True  # "a term loan of INR 620 crore": a currency
    if ent.name.count(" ") <= 1 and len(ent.name) > 4 and nationals(ent.name) and not country_code(ent.name):
        return True  # "has sanctioned dozens of Haitians", "New Zealanders are prohibited": people of a country
    if (ent.name in STOP_NAMES or ent.name.split()[-1] in _DOCUMENT_WORDS and not _PENSION_PLAN.search(ent.name)
            or _DESCRIPTOR.search(ent.name)):
        return True
    if len(ent.name) > 3 and ent.name[1:3] == ". " and ent.name[:1].isupper() and ent.name[3:] in STOP_NAMES:
        return True  # "A. Additions to the Entity List": a rule's lettered part, no name
    if "/" in ent.name and _LEGAL_ACT_NUMBER.fullmatch(ent.name):
        return True
    if ent.start == offset and ent.name.isupper() and ent.name.isalpha() and text[ent.end - offset : ent.end - offset + 1] == ":":
        return True  # "SUMMARY: In this rule, ...", "ACTION: Final rule.": a field's label
    if ent.start == offset and ent.name.isupper() and len(ent.name) >= 4 and _DATELINE_AFTER.match(text, ent.end - offset):
        return True  # "BISHKEK -- Several banks ...", "KYIV (Reuters) -": a dateline's town
    if _WEBSITE_AFTER.match(text, ent.end - offset):
        return True  # "on the Ministry of Foreign Affairs and Trade website": a site, not who acts or is acted on
    if ent.name.isupper() and text[max(0, ent.start - offset - 7) : ent.start - offset].endswith(("List (", "list (")):
        return True  # "the Unverified List (UVL)": a list's short name
    if " " not in ent.name and ent.kind == "unknown" and _COUNTRY_CLOSES.match(text, ent.end - offset):
        return True  # "Yunusabad District, Tashkent, Uzbekistan": a town before its country
    if ent.kind == "unknown" and ent.name.count(" ") <= 1 and _TOWN_OF_BASED.match(text, ent.end - offset):
        ent.kind = "place"
        return True  # "a Houston, Texas-based manufacturer": the town where the one described is based
    # ("a company in the Dubai Airport Freezone": the zone in one word)
    if ent.name.endswith((" Zone", "Freezone")) and _IN_PLACE_BEFORE.search(text, max(0, ent.start - offset - 30), ent.start - offset):
        ent.kind = "place"
        return True  # "a company registered in Dubai's Jebel Ali Free Zone": where it is, not who
    if ent.name.split()[-1] in _ADDRESS_WORDS:
        ent.kind = "place"
        return True  # "12 Kexue Avenue", "Huangpu District", "Ostim OSB Mah.": a street or district of an address
    if " " not in ent.name and _AFTER_ADDRESS_WORD.search(text, max(0, ent.start - offset - 30), ent.start - offset):
        ent.kind = "place"
        return True  # "Huangpu District, Guangzhou": the town of the address
    if ent.name.split()[-1] in ("No", "Nos", "Number", "Phase", "Stage", "Tranche", "Lot", "Room", "Unit", "Plot", "Office",
                                "Building", "Block", "Floor", "Suite", "Flat") and _NUMBER_AFTER.match(
            text, ent.end - offset):
        return True  # "Announcement No. 1 of 2025": a document's number; "Phase 1 production": a project's stage
    if ent.name in _NUMBERED_INSTRUMENTS and _NUMBERED_AFTER.match(text, ent.end - offset):
        return True  # "issued under Law No. 6415", "Decree No. 112/2025": an instrument by its number, no name
    if _OFFICE.match(ent.name):
        return True  # "Minister of Industry and Trade", "Secretary of State": an office, not who holds it
    if _INDEX_NUMBER_AFTER.match(text, ent.end - offset) and _STOCK_INDEX.fullmatch(ent.name):
        return True  # "the FTSE 250 engineering group", "an S&P 500 company": a stock index describing a party
    if ent.name.isupper() and ent.name.count(" ") >= 7 and _HEADING_WORDS.search(ent.name):
        return True  # "ASSET SWAP INVOLVING THE DISPOSAL OF THE ENTIRE ISSUED SHARE CAPITAL OF ...": a heading in capitals
    if ent.name.endswith((" Board of Directors", " board of directors")):
        return True  # "The Parchmark Board of Directors ... approved the agreement": the company's board, no party
    if (ent.kind == "unknown" and _PRODUCT_AFTER.match(text, ent.end - offset)
            and text[max(0, ent.start - offset - 7) : ent.start - offset] == "of the "):
        return True  # "four fire units of the NORDSHIELD medium-range air defence system": what is bought, not who
    if (ent.kind == "unknown" and ent.name.count(" ") <= 1 and _KIND_AFTER_PLACE.match(text, ent.end - offset)
            and text[max(0, ent.start - offset - 4) : ent.start - offset] in ("the ", "The ")):
        ent.kind = "place"
        return True  # "the Saint Petersburg shipping operator Arktika Tanker Management LLC": where the next one is
    if ent.kind == "unknown" and _BRAND_AFTER.match(text, ent.end - offset):
        return True  # "the operator behind the Café Jacarandá and Empório Ipê chains": brands, not who signs
    if ent.kind == "unknown" and _INSTRUMENT_AFTER.match(text, ent.end - offset):
        return True  # "a binding Royalty Sale Agreement with X", "the Asset Swap Agreement": the instrument's title
    if " on " in text[max(0, ent.start - offset - 100) : ent.start - offset] and TITLE_ON_BEFORE.search(
            text, max(0, ent.start - offset - 100), ent.start - offset):
        return True  # "the Act on Prohibition Against the Financing of Terrorism and Proliferation of ...": a title's words
    if LAW_AFTER.match(text, ent.end - offset):
        return True  # "the Justice for Victims of Corrupt Foreign Officials Act": a law's title
    if " " not in ent.name and _LAW_AFTER_WORDS.match(text, ent.end - offset):
        return True  # "the Autonomous Sanctions Regulations 2011": a word of a law's title cut off by a trigger word
    if _ROMAN.fullmatch(ent.name):
        return True  # "Chapter VII", "Annex II"
    # (a region by its formal name: "based in the Republic of Tatarstan")
    if ent.name.endswith("-") and text.startswith(" and ", ent.end - offset):
        return True  # "ASX- and AIM-listed Luangwa Copper": the first half of a descriptor
    if ent.name in _US_STATES and ent.kind in ("unknown", "organization"):
        return True  # ("the District of Columbia")
    if ent.kind != "unknown" or len(ent.name.split()) > 2 and not ent.name.startswith("Republic of "):
        return False
    if text.startswith(", ", ent.end - offset) and _US_STATE_AFTER.match(text, ent.end - offset):
        ent.kind = "place"
        return True  # "The Dayton, Ohio, company": a town and its state
    if _PLACE_NOUN_AFTER.match(text, ent.end - offset):
        ent.kind = "place"
        return True  # "in Shandong province", "Kherson oblast": a region
    if _FAMILY_AFTER.match(text, ent.end - offset):
        return True  # "controlled by the Varvaressos family": a family, not a company or a person
    if " " not in ent.name and _GROUP_NOUN_AFTER.match(text, ent.end - offset):
        return True  # "blacklisted several Shandong refiners": whose or where they are, not a name of its own
    before = text[max(0, ent.start - offset - 40) : ent.start - offset]
    if _PLACE_CUE.found(before) and not _HOLDING_IN.search(before):
        ent.kind = "place"
        return True
    if "in " in text[max(0, ent.start - offset - 90) : ent.start - offset] and _in_place_series(text, ent.start - offset, ent.end - offset):
        ent.kind = "place"
        return True  # "all based in Islamabad, Rawalpindi or Lahore": each town of the series
    # "Portland, Maine": the word after a place and a comma is a place too.
    prev = kept[-1] if kept else None
    return prev is not None and prev.kind == "place" and text[prev.end - offset : ent.start - offset] == ", "


_DATELINE = re.compile(
    # "OTTAWA/SANTO DOMINGO, Oct 17 -": two datelines joined by a slash
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,4}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=\s*(?:\([^()\n]{1,20}\)\s*)?[-—–,]))?"
    r"(?:\s*[-—–]\s*\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s*(?=[-—–]))?"  # "LUSAKA, Zambia – 24 May 2024 –"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    r"\s*(?:\((?:[A-Z][\w.]*\s?){1,3}\)\s*)?[-—–]\s"
    # "Lima, 19 June 2025 — ": a city in title case, but only with its date
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s+[-—–]\s"
)
_TICKER = re.compile(
    r"\((?:NASDAQ|Nasdaq|NYSE(?: American)?|LSE|LON|SIX|ASX|TSX(?:-?V)?|HKEX|HKSE|SGX|TSE|TYO|NSE|BSE|Euronext|XETRA|ETR|"
    r"FRA|OTC(?:QX|QB)?|AMEX|TASE|JSE|KRX|KOSPI|SSE|SZSE|CSE|BIT|BME|EPA|AMS|STO|HEL|CPH|OSL|WSE|Tadawul|ADX|DFM)"
    r"\s*:\s*[A-Za-z0-9.\-]{1,14}(?:\s*[;,|]\s*[A-Za-z][A-Za-z ]{0,10}[A-Za-z]\s*:\s*[A-Za-z0-9.\-]{1,14})*\)"
    # any other exchange: "(Oslo: HALV)", "(Borsa Italiana: ABC)"
    r"|\((?:[A-Z][^\W\d_]+\s?){1,3}:\s*[A-Z0-9.\-]{2,10}\)"  # "(Oslo Børs: NORDV)"
    # the last part of a bracket: '("Kvitfjell" or the "Company", OSE: KVIT)'
    r"|(?<=[,;]\s)[A-Z]{2,6}\s*:\s*[A-Z0-9.\-]{2,10}(?=\))"
)
# "... Act", "the Russia (Sanctions) (EU Exit) Regulations 2019": what follows a law title's first words.
LAW_AFTER = re.compile(
    # "the Policing and Crime Act 2017": the words joined by "and" belong to the title too
    r"(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:\s*\([^()]{1,40}\))*\s+(?:Act|Regulations?|Law|Decree|Directive|Ordinance|Code)\b"
    # "the Department of State, Foreign Operations, and Related Programs Appropriations Act": a title in parts
    r"|,(?:\s+(?:and\s+)?[A-Z][a-z]+){1,4}(?:,(?:\s+(?:and\s+)?[A-Z][a-z]+){1,4}){0,3}\s+Act\b"
)


# "a 24.9% stake in OMV", "invested $200 million in Nubank": what is held or invested in is a company, not a place.
_HOLDING_IN = re.compile(
    r"(?:\b(?:stake|stakes|interest|investment|holding|shares|round)|\binvest(?:s|ed|ing)?\b(?:[^.;]|\.(?=\d)){0,40})\s+in\s+$"
)


# A series of places after a cue that says where ("based in Islamabad, Rawalpindi or Lahore", "located in Quetta and
# Rawalpindi"), up to the name at the end: its first item was read as a place, the others are places too. (Not after a
# bare "in": "In Moscow, Gazprom Neft and Lukoil signed" names companies after the place.)
_PLACE_SERIES_BEFORE = re.compile(
    r"\b(?:based|headquartered|located|registered|situated|operating)\s+in\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+){0,5}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:,\s+|,?\s+(?:and|or)\s+)$"
)
# what follows a series item that is not its last: another item
_PLACE_SERIES_AFTER = re.compile(r",\s+[A-Z]|,?\s+(?:and|or)\s+[A-Z]")


def _in_place_series(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` is an item after the first of a series of places ("based in A, B or C"):
    the last item, after "and"/"or", or an item the series goes on after."""
    prefix = _PLACE_SERIES_BEFORE.search(text, max(0, start - 90), start)
    if prefix is None:
        return False
    said = prefix.group(0).rstrip()
    if said.endswith((", and", ", or")) and said.count(",") == 1:
        # "X, a company based in Myanmar, and Dmitri Volkov": the comma closes the description; a series of two
        # places has no comma before its "and"
        return False
    return said.endswith((" and", " or")) or _PLACE_SERIES_AFTER.match(text, end) is not None


_BOARD_OF = re.compile(
    r"(?:(?:Executive\s+)?Board\s+of\s+(?:Executive\s+)?(?:Directors|Governors|Trustees)|Executive\s+Board)\s+of\s+(?:the\s+)?"
)


def _first_token_start(text: str) -> int:
    m = _ALNUM.search(text)
    return m.start() if m else 0


def _split_on_spans(run: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> list[list[tuple[int, int, str]]]:
    if not spans:
        return [run] if run else []  # nothing to cut at (most sentences): the run whole
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for tok in run:
        if any(s < tok[1] and tok[0] < e for s, e in spans):
            pieces.append([])
        else:
            pieces[-1].append(tok)
    return [p for p in pieces if p]


_GIVEN_NAME_TITLES = frozenset(("Prince", "King"))


def _make_entity(text, run, countries, doc_text, is_first) -> Entity | None:
    # Strip edge words, connectors and (for people) titles at both ends.
    title_before = False
    # "Defence Minister Richard Marles", "Treasury Secretary Janet Yellen": a role, then the person.
    if not any(t[2] in LEGAL_FORMS for t in run):
        for i in range(1, min(len(run) - 1, 4)):
            rest = run[i + 1 :]
            if run[i][2] in PERSON_TITLES and len(rest) <= 3 and not any(t[2] in ORG_WORDS or t[2] in PERSON_TITLES for t in rest) \
                    and not (run[i][2] in _GIVEN_NAME_TITLES and run[i - 1][2] in PERSON_TITLES):
                run, title_before, is_first = rest, True, False
                break
    org_like = any(t[2] in ORG_WORDS or t[2] in LEGAL_FORMS for t in run)
    changed = True
    while run and changed:
        changed = False
        # A connector in lower case only: a capitalised one starts a name ("Al Noor", "De Beers", "Van Oord").
        if (run[0][2] in EDGE_WORDS or run[0][2] in _CONNECTORS) and not (len(run) > 1 and (run[0][2], run[1][2]) in _FORM_OPENINGS):
            run, changed, is_first = run[1:], True, False
        elif run[0][2] in PERSON_TITLES and len(run) > 1 and not org_like and not (
                # "mines minister Major Prince Dolo": after a rank, "Prince" is a given name
                title_before and run[0][2] in _GIVEN_NAME_TITLES and len(run) > 2 - (run[0][2] == "Prince")):
            run, changed, title_before, is_first = run[1:], True, True, False
        elif (run[-1][2] in EDGE_WORDS and not (run[-1][2] == "Trade" and any(t[2] in ("and", "&") or t[2] in LEGAL_FORMS
                                                                               for t in run[:-1]))
              or run[-1][2].lower() in _CONNECTORS):
            # (but "Ministry of Supply and Internal Trade", "Commerce and Trade Co.": the word a remit ends with, and
            # "OOO Lantana Trade": a company's name)
            run, changed = run[:-1], True
    if not run:
        return None
    described_in = None
    cut = next((i for i, t in enumerate(run[:4]) if "-" in t[2] and _PLACE_DESCRIPTOR.search(t[2])), None)
    if cut is not None and cut + 1 < len(run):
        # "UAE-based Falcon Star Trading LLC", "Hong Kong-registered X": where it is based describes it.
        place = text[run[0][0] : run[cut][1]].rsplit("-", 1)[0]
        described_in = country_code(place)
        run, is_first = run[cut + 1 :], False
    if run[-1][2] in _FIELD_LABELS and text[run[-1][1] : run[-1][1] + 1] == ":":
        run = run[:-1]  # "Registered owner: Sokdu Shipping Company Measures: Assets freeze": the next field's label
        if not run:
            return None
    if len(run) >= 2 and run[-2][2] in _PLACEHOLDER_KINDS and _PLACEHOLDER_MARK.fullmatch(run[-1][2]):
        return None  # "Blocked Person A owns 50 percent of Company 1": an example's placeholder, not a party
    if len(run) == 1 and _LABEL_AFTER.match(text, run[0][1]):
        return None  # "Registered owner: X", "Other information: ...": a field's label, not a name
    if _UN_REFERENCE.fullmatch(run[0][2]):
        run = run[1:]  # "KPi.081 Name: 1: WONG": a UN list entry's reference number
        if not run:
            return None
    while len(run) > 1 and (_MODEL.fullmatch(run[-1][2]) or run[-1][2][:1].isdigit() and _ECCN.fullmatch(run[-1][2])):
        run = run[:-1]  # "Airbus A321neo", "Embraer E195": the maker, not its model ("ECCNs 6A005": the class)
    if run[0][2] in ("Board", "Executive") and (board := _BOARD_OF.match(text, run[0][0])) and board.end() < run[-1][1]:
        run = [t for t in run if t[0] >= board.end()]  # "the Board of Directors of the X Bank approved": the bank acts
    if run[-1][2].endswith("-led") and len(run[-1][2]) > 4:
        s0, e0, tok = run[-1]
        run = [*run[:-1], (s0, e0 - 4, tok[:-4])]  # "Kessel-led consortium": Kessel leads it
    start, end = run[0][0], run[-1][1]
    name = text[start:end]
    words = [t[2] for t in run]
    if len(words) == 1 and (words[0].isdigit() or len(words[0]) < 2 or _INITIAL.fullmatch(words[0])
                            or words[0][:1].isdigit() and _ECCN.fullmatch(words[0])):
        return None  # "Articles L. 562-2": an initial alone names no one; "ECCNs 6A005 and 6A995": export classes
    if any("-" in w and any(c.isdigit() for c in w) for w in words):
        return None  # contract or case numbers ("W912DS-19-C-0035")
    before = text[max(0, start - 40) : start]
    if len(words) == 1 and (any(c.isdigit() for c in words[0]) and _COUNT_BEFORE.search(before)
                            or _COUNTED_MODEL_BEFORE.search(before)):
        # a counted model ("105 A320neo aircraft", "12 Su35 jets", "72 787-9 Dreamliners"): a product, not a party
        return None
    # Country: the whole run is a country name or demonym.
    if (start, end) in countries or country_code(name):
        code = country_code(name)
        if code and name == text[start:end]:
            return Entity(start, end, country_party_name(name, code), "country", code)
    leading = next((c for (s, e), c in countries.items() if s == start and e < end), None)
    has_org_word = any(w in ORG_WORDS or w in LEGAL_FORMS for w in words)
    country = None
    if leading is not None and _country_led_name(run, countries, doc_text):
        country = leading.code  # "China Mobile", "Korea Zinc", "Iran Air": a company named after its country
    elif leading is not None and leading.surface != country_name(leading.code) and not has_org_word:
        # "Russian telecom MTS" never reaches here (lower-case break); "Chinese Huawei" does.
        country = leading.code
        run = [t for t in run if t[0] >= leading.end]
        while run and run[0][2].lower() in _CONNECTORS:
            run = run[1:]
        if not run:
            return None
        start, end = run[0][0], run[-1][1]
        name = text[start:end]
        words = [t[2] for t in run]
    home = _home_country_after_legal_form(run, countries)
    if home is not None:
        # "Kestrel Metals Corp. of Canada": the country after a legal form says where the company is from.
        cut, country = home
        run = run[:cut]
        start, end = run[0][0], run[-1][1]
        name = text[start:end]
        words = [t[2] for t in run]
    if is_first and len(words) == 1 and not _looks_like_name_token(words[0], doc_text) and not _acts_next(words[0], text, end):
        return None
    if text.startswith((" List", " list"), end) and not has_org_word:
        return None  # "the UAE's Local Terrorist List", "the Consolidated List": a list's name, not a party
    if all(w in _BARE_FORMS for w in words):
        return None  # "Ltd", "LLC JSC": a legal form names no one ("the Company" is resolved by the caller)
    if words[-1] in _PLACE_WORDS and not has_org_word:
        return None  # "of Shandong Province, China", "Moscow Oblast": where a company is, not a party
    if text[end : end + 2] in _QUOTED_NEXT and all(w in LEGAL_FORMS or w in _FORM_PHRASE_WORDS for w in words):
        return None  # 'Joint Stock Company "Zelenograd Plant"': the form of the quoted name that follows it
    country = country or described_in
    kind = "unknown"
    if words[-1] in LEGAL_FORMS or has_org_word or _FORM_QUOTED_BEFORE.search(before):
        kind = "organization"
    elif _VESSEL_CUE.found(before):
        kind = "vessel"
    elif _AIRCRAFT_CUE.found(before):
        kind = "aircraft"
    elif title_before or _TITLE_BEFORE.found(before) or _looks_like_person(words, text[end : end + 12], doc_text):
        kind = "person"
    return Entity(start, end, name, kind, country)


def country_party_name(surface: str, code: str) -> str:
    """A state as a party: its short name ("South Korea" for "Korean", "S. Korea"), but a formal name as written
    ("The Republic of Korea and the Kingdom of Morocco signed"): trade agreements name their states so."""
    return surface if " of " in surface and country_code(surface) == code else country_name(code)


# Endings of demonyms and adjectives ("Saudi", "Chinese", "British", "Canadian"): "Chinese Huawei" is
# Huawei, described. A country's noun before one more word is the company's name: "China Mobile".
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is", "ic", "ch", "ean")
_NOT_A_NAME_WORD = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Army Navy Congress Senate Embassy Customs Government Ministry "
    "Treasury Department Council Parliament Cabinet Foreign Police Court Sanctions Tariffs".split()
)


def _country_led_name(run: list[tuple[int, int, str]], countries: dict[tuple[int, int], CountryMention],
                      doc_text: str) -> bool:
    """A run of a country's noun and one more word that is a company's name ("China Mobile", "Japan
    Tobacco", "Korea Zinc", "Iran Air", "U.S. Steel"), not the country and a word of its own.

    Not for a demonym ("Saudi Aramco": Aramco, Saudi), a second country, a day, a title, a government body
    or a word the article also writes in lower case ("Russia Oil" in a headline about oil)."""
    if len(run) < 2:
        return False
    head = next((c for (start, _end), c in countries.items() if start == run[0][0]), None)
    if head is None:
        return False
    rest = [t for t in run if t[0] >= head.end]
    second = next((c for (start, _end), c in countries.items() if rest and start == rest[0][0]), None)
    if second is not None and second.code != head.code and len(rest) == 2:
        # "British American Tobacco", "Saudi British Bank": two states' words before one more word, a company's name
        rest = rest[1:]
    elif len(rest) != 1:
        return False
    word = rest[0][2]
    surface = head.surface
    if second is None and surface != country_name(head.code) and surface.endswith(_DEMONYM_ENDINGS):
        return False
    return (
        len(word) > 1 and word[:1].isupper() and word.replace(".", "").isalpha()
        and word not in _NOT_A_NAME_WORD and word not in PERSON_TITLES and word not in STOP_NAMES
        and word not in _AUTHORITY_WORDS and country_code(word) is None
        # (two states' words before it make a name even of a word the article writes in lower case: "British American
        # Tobacco" in a story about "a tobacco company")
        and not (second is None and doc_text and _is_lower_word(doc_text, word.lower()))
    )


# "UAE-based", "Hong Kong-registered": where what follows is based (sanctions reads them after a country too).
PLACE_DESCRIPTORS = "based|registered|headquartered|incorporated|flagged|domiciled|listed|quoted"
_PLACE_DESCRIPTOR = re.compile(rf"\w-(?:{PLACE_DESCRIPTORS})$")
_ECCN = re.compile(r"\d[A-E]\d{3}(?:\.[a-z0-9.]+)?")  # an Export Control Classification Number: 3A090, 6A005.b
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,2}\d{2,4}[a-z]{0,4}")  # A321neo, A350, E195, Su35
_COUNT_BEFORE = re.compile(r"\b\d[\d,]*\s+$")
_COUNTED_MODEL_BEFORE = re.compile(r"\b\d[\d,]*\s+[\w-]*\d[\w-]*\s+$")  # "72 787-9 ", "20 A350 "


# Legal forms that are never a name on their own; "Company", "Group"... are organisation words too,
# which a document resolves to the organisation named before ("the Company").
_BARE_FORMS = LEGAL_FORMS - ORG_WORDS
# Words of spelled-out legal forms written before a quoted name (Russian and Central Asian registers:
# 'Limited Liability Company "X"', 'Federal State Unitary Enterprise "Y"').
_FORM_PHRASE_WORDS = frozenset({"Joint", "Stock", "Public", "Closed", "Open", "Limited", "Liability", "Private", "Federal",
                                "State", "Unitary", "Enterprise", "Scientific", "Production", "Association", "Autonomous",
                                "Non-Profit", "Non-Commercial", "Organisation", "Organization", "Budgetary", "Institution"})
_PLACE_WORDS = frozenset({"Province", "Oblast", "Krai", "Prefecture", "Governorate"})
# The labels of a UN or OFAC list entry's fields, written in the entry's run of text
_FIELD_LABELS = frozenset({"Name", "Measures", "Title", "Designation", "Address", "Nationality", "Flag", "IMO", "DOB", "POB",
                           "Passport", "Listed", "Aliases", "Alias", "Type", "Identification", "Citizenship"})
_PLACEHOLDER_KINDS = frozenset({"Person", "Company", "Entity", "Individual", "Bank", "Vessel", "Party", "Country", "Firm"})
_PLACEHOLDER_MARK = re.compile(r"[A-Z]|\d{1,2}")
_LABEL_AFTER = re.compile(r" [a-z]+(?: [a-z.]+)?:\s")
# A UN Consolidated List reference number: "KPi.081", "QDe.164", "IRe.012", "SOi.015"
_UN_REFERENCE = re.compile(r"[A-Z]{2}[ie]\.\d{3}")
# 'Limited Liability Company "Tekhpromsnab"', "Autonomous Non-Profit Organisation 'Vektor'": the quoted name after its form
_FORM_QUOTED_BEFORE = re.compile(r"\b(?:Company|Enterprise|Organi[sz]ation|Institution|Association|Partnership|Society|Bank)\s[\"«“„'‘]$")
_QUOTED_NEXT = frozenset({' "', " «", " “", " „", " '", " ‘"})
# Legal forms that are also plain words: "Bank of China Limited", "Power Company of Wyoming" keep their "of".
_WORD_FORMS = frozenset({"Company", "Corporation", "Limited", "Holdings", "Group"})


def _home_country_after_legal_form(run, countries) -> tuple[int, str] | None:
    """(tokens to keep, country code) for 'X Corp. of Canada' / 'Y plc of the United Kingdom', else None."""
    for i in range(len(run) - 2):
        tok = run[i][2]
        if tok in LEGAL_FORMS and tok not in _WORD_FORMS and run[i + 1][2] == "of":
            rest = run[i + 2 :]
            if rest and rest[0][2] == "the":
                rest = rest[1:]
            home = countries.get((rest[0][0], rest[-1][1])) if rest else None
            return (i + 1, home.code) if home is not None else None
    return None


# Words of authority names ("OFAC", "BIS", "EU"): acronyms, never surnames.
_AUTHORITY_WORDS = frozenset(w for alias in authority_aliases() for w in alias.split())

_TITLE_BEFORE = WordStart(
    r"\b(?:" + PERSON_TITLE_ALTERNATION + r")\s+$"
)


def _looks_like_person(words: list[str], after: str, doc_text: str = "") -> bool:
    if after.lstrip().startswith(("(born", ", born", "(b.")):
        return True
    if not 2 <= len(words) <= 4:
        return False
    if any(_PATRONYMIC.search(w) for w in words):
        return True
    if any(_INITIAL.match(w) for w in words[1:-1]):
        return True
    if any(w in PERSON_TITLES for w in words):
        return False
    # Official lists write the surname in capitals: "Vladimir Viktorovich PAVLENKO", "KIM Jong Un". Two
    # words only where the article is such a list: in news "Norvik LNG", "Garanti BBVA" end in acronyms.
    if _is_caps_surname(words[-1]) and words[0][1:].islower() and (len(words) > 2 or _list_style(doc_text)):
        return True
    # Surname first needs two given names that the article never writes in lower case:
    # "NATO Summit", "BRICS Summit Meeting" are not people.
    return (
        len(words) >= 3
        and _is_caps_surname(words[0])
        and all(w[:1].isupper() and w[1:].islower() for w in words[1:])
        and not any(doc_text and _is_lower_word(doc_text, w.lower()) for w in words[1:])
    )


_CAPS_SURNAME_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)* [A-Z]{3,}\b(?! [A-Z][a-z])")


@functools.lru_cache(maxsize=8)
def _list_style(doc_text: str) -> bool:
    """Whether the article writes people as official lists do ("Vladimir PAVLENKO", "(born 1 May 1970)")."""
    return not doc_text or "(born" in doc_text or "DOB" in doc_text or len(_CAPS_SURNAME_NAME.findall(doc_text)) >= 3


def _is_caps_surname(word: str) -> bool:
    """An all-capitals word of three or more letters that no gazetteer knows as an acronym."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word.isupper()
        and word not in LEGAL_FORMS
        and word not in ORG_WORDS
        and word not in _AUTHORITY_WORDS
        and country_code(word) is None
    )


# A lone capitalised word opening a sentence and followed by a deal or sanction verb is its subject, a
# name: "Boeing agreed to supply ...", "Rosneft signed ...". Common openers and plural nouns are not.
_ACT_NEXT = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|also\s+|separately\s+|jointly\s+)?"
    r"(?:agreed|signed|acquired|bought|sold|won|secured|completed|announced|struck|sealed|inked|invested|"
    r"was\s+(?:sanctioned|designated|added|fined|blacklisted)|were\s+(?:sanctioned|designated)|"
    r"(?<=will )(?:buy|acquire|invest|merge|sell|pay|supply|build|take))\b"
)
_COMMON_OPENERS = frozenset(
    "Separately Meanwhile However Moreover Furthermore Nevertheless Nonetheless Additionally Also Still Instead "
    "Overall Previously Currently Recently Finally Initially Ultimately Together Both Neither Several Many Some Most "
    "Others Such Today Yesterday Earlier Later Then Now Thus Hence Therefore Indeed Officials Analysts Investors "
    "Shareholders Lawmakers Regulators Prosecutors Authorities Sources Experts Critics Companies Banks Firms Buyers "
    "Sellers Ministers Leaders Members Both Everyone Nobody Customers Employees Workers Governments States Countries "
    "It They We He She This That These Those There Who Which What Negotiators Diplomats Traders Lenders".split()
)


def _acts_next(tok: str, text: str, end: int) -> bool:
    return (tok not in _COMMON_OPENERS and not tok.endswith(("ly", "ers", "ists", "ians", "ors", "ants", "ents"))
            and tok.isalpha() and bool(_ACT_NEXT.match(text, end)))


def _looks_like_name_token(tok: str, doc_text: str) -> bool:
    """A lone sentence-initial word is a name if it is not plain lower-case-looking or recurs mid-sentence."""
    if any(c.isupper() for c in tok[1:]) or any(c.isdigit() for c in tok):
        return True
    if not doc_text:
        return False
    if _is_mid_sentence_cap(doc_text, tok):
        return True
    if f"({tok})" in doc_text and len(tok) >= 3:
        # "Artem Olegovich Fedin (Fedin) is ... Fedin is being designated": the short name the text gave
        return True
    # "Kazeminejad and Salehi-Fard are also banned": the surname of a person the article named in full ("Mehrdad
    # Kazeminejad"), a word it never writes in lower case
    return (len(tok) >= 5 and tok.isalpha() and f" {tok}" in doc_text and not _is_lower_word(doc_text, tok.lower())
            and _named_in_full(doc_text, tok))


@functools.lru_cache(maxsize=64)  # (each entry holds its text: a few pages' worth at most)
def _named_in_full(doc_text: str, tok: str) -> bool:
    """Whether `tok` follows a first name mid-sentence somewhere in the text; once per word and text (every sentence
    opening with the same word searched the whole text again: 51 s for a 200 KB page of such sentences)."""
    # ("Konstantin Borisovich Ryabov is the General Director of X. Ryabov is being designated": a full name, patronymic
    # and all, opening a line or a sentence)
    return re.search(rf"(?:(?:\b[a-z][a-z’'-]*|[,;:(])[^\S\n]+|(?:^|(?<=[a-z][.!?]))[^\S\n]*)[A-Z][\w’'-]+[^\S\n]+"
                     rf"(?:[A-Z][a-z’'-]+(?:ovich|evich|ovna|evna|ich|yevich|yevna)[^\S\n]+)?{re.escape(tok)}\b",
                     doc_text, re.MULTILINE) is not None


# Not after a line break: a word opening a line (after a headline, which has no full stop) opens a sentence.
# A possessive counts as the name ("on Microsoft's cloud": Microsoft).
_MID_SENTENCE_CAP = re.compile(r"[a-z,;:][^\S\n]+([A-Z][\w’'-]*?)(?:[’']s)?(?![\w’'-])")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
_LOWER_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz’'-")


@functools.lru_cache(maxsize=8)
def _lower_word_answers(doc_text: str) -> dict[str, Any]:
    """Answers of `_is_lower_word` for one article (kept for the last few articles only)."""
    return {}


def _is_lower_word(doc_text: str, word: str) -> bool:
    """`word in set(_LOWER_WORD.findall(doc_text))`, without tokenising the whole article.

    Every match lies inside one run of `_LOWER_WORD_CHARS` and scanning starts afresh at each run
    (the character before it is outside the class, so no earlier match reaches it): the matches of
    a run are those of the pattern over that run alone (with its neighbours, for the boundaries).
    So only the runs holding an occurrence of `word` need scanning.
    """
    answers = _lower_word_answers(doc_text)
    if word not in answers:
        if len(answers) < _SCANS_BEFORE_TOKENISING:
            answers[word] = _scan_runs_for(doc_text, word)
        else:
            # Many questions (a page of thousands of one-word names): a scan per word made the page quadratic
            # (20 s for 200 KB); the article's lower-case words, found once, answer the rest.
            words = answers.get(_ALL_WORDS)
            if not isinstance(words, frozenset):
                words = answers[_ALL_WORDS] = frozenset(_LOWER_WORD.findall(doc_text))
            return word in words
    return bool(answers[word])


_SCANS_BEFORE_TOKENISING = 32
_ALL_WORDS = "\x00all words"  # a key no word can be (words are [a-z’'-])


def _scan_runs_for(doc_text: str, word: str) -> bool:
    if not word or not "a" <= word[0] <= "z" or not set(word) <= _LOWER_WORD_CHARS:
        return False  # every match opens with [a-z] and has only these characters
    i = doc_text.find(word)
    while i != -1:
        start = i
        while start > 0 and doc_text[start - 1] in _LOWER_WORD_CHARS:
            start -= 1
        end = i + len(word)
        while end < len(doc_text) and doc_text[end] in _LOWER_WORD_CHARS:
            end += 1
        if word in _LOWER_WORD.findall(doc_text, start, end + 1):
            return True
        i = doc_text.find(word, end)  # later occurrences in this run were scanned with it
    return False


@functools.lru_cache(maxsize=8)
def _doc_mid_sentence_caps(doc_text: str) -> frozenset[str]:
    """Capitalised words seen mid-sentence (computed once per article)."""
    return frozenset(_MID_SENTENCE_CAP.findall(doc_text))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_’'-"  # `[\w’'-]`: re's \w is isalnum() or "_"


def _is_barrier(ch: str) -> bool:
    """A character no `_MID_SENTENCE_CAP` match can hold: scanning starts afresh after it."""
    return ch == "\n" or not (_is_word_char(ch) or ch.isspace() or ch in ",;:")


_BARRIER_REACH = 2000  # further back than this, scan the whole article once instead


def _is_mid_sentence_cap(doc_text: str, word: str) -> bool:
    """`word in _doc_mid_sentence_caps(doc_text)`, scanning only the text just before each occurrence."""
    answers = _lower_word_answers(doc_text)
    key = "\0cap:" + word  # the same per-article cache, in its own key space
    if key not in answers:
        answers[key] = _scan_before_occurrences(doc_text, word)
    return answers[key]


def _scan_before_occurrences(doc_text: str, word: str) -> bool:
    if not word or not "A" <= word[0] <= "Z" or not all(_is_word_char(c) for c in word):
        return False  # a match's word is [A-Z][\w’'-]*
    i = doc_text.find(word)
    while i != -1:
        end = i + len(word)
        # The word follows whitespace and stops where the greedy [\w’'-]* stops.
        after = end + 2 if doc_text[end : end + 1] in ("’", "'") and doc_text[end + 1 : end + 2] == "s" else end
        if i > 0 and doc_text[i - 1].isspace() and doc_text[i - 1] != "\n" and (
                after == len(doc_text) or not _is_word_char(doc_text[after])):
            start = i
            while start > 0 and not _is_barrier(doc_text[start - 1]):
                start -= 1
                if i - start > _BARRIER_REACH:
                    return word in _doc_mid_sentence_caps(doc_text)
            # Matches after a barrier are those of a scan starting there; none reaches past `end`.
            if word in _MID_SENTENCE_CAP.findall(doc_text, start, after + 1):
                return True
        i = doc_text.find(word, i + 1)
    return False


_OR_THE_COMPANY = re.compile(r"[\"”’']?\s*(?:,\s*|\s+)(?:or\s+|and\s+)?[\"“‘']?the\s+[A-Z][a-z]+[\"”’']?\s*\)")
_SERIES_ON = re.compile(r"[\"”’']?,\s+(?:and|as\s+well\s+as)\s")
_KNOWN_AS = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,4})?(?:also\s+|commonly\s+|better\s+|widely\s+)?known\s+as\s+[\"“]?")


# A name's original form in brackets, maybe after its legal form: 'Sberbank (ПАО «Сбербанк»)', 'Gazprom Neft (ПАО «Газпром
# нефть»)', 'Volgatrans Logistics (ООО «Волгатранс Логистика»)' (hostile probe 41 F1)
_ORIGINAL_FORM = re.compile(r"\s*\((?:[^\W\d_]{2,5}\.?\s+)?«(?P<name>[^«»()\n]{1,100})»\)")


def _attach_aliases(text: str, entities: list[Entity], offset: int) -> None:
    """'Wells Fargo Bank, N.A. ("Wells Fargo")' / 'Hydra Market (Hydra)': the second is an alias."""
    if "«" in text:
        for prev in entities:
            if prev.alias_of is not None or prev.kind == "country":
                continue
            if (form := _ORIGINAL_FORM.match(text, prev.end - offset)) is None:
                continue
            # the bracket's names (its legal form and a name cut at a lower-case word too) are the one name's other form
            for ent in entities:
                if prev.end <= ent.start < prev.end + form.end() - (prev.end - offset):
                    ent.alias_of = prev.name
            if form.group("name") not in prev.aliases:
                prev.aliases.append(form.group("name"))
    for prev, ent in zip(entities, entities[1:], strict=False):
        between = text[prev.end - offset : ent.start - offset]
        if _OPEN_PAREN.fullmatch(between) and (text[ent.end - offset : ent.end - offset + 3].lstrip("\"”’'").startswith(")")
                                               # ('Koninklijke Hendriksen Groep N.V. ("Hendriksen" or "the Company")')
                                               or _OR_THE_COMPANY.match(text, ent.end - offset) is not None):
            ent.alias_of = prev.name
            prev.aliases.append(ent.name)
        elif (prev.alias_of is None and ent.kind != "country" and _KNOWN_AS.fullmatch(between)
              and text[ent.end - offset : ent.end - offset + 2].lstrip("\"”’'")[:1] in (",", ".", ")", ";", "")
              # (not "..., commonly known as El Chipote, and Jacinta Maribel Obando Reyes": a series going on)
              and not _SERIES_ON.match(text, ent.end - offset)):
            # "Aerolíneas Andinas SA, the Lima-based carrier known as Aeroandina, placed ...": a second name for it
            ent.alias_of = prev.name
            prev.aliases.append(ent.name)
