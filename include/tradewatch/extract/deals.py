"""Deal records: agreements, contracts, acquisitions, financing between named parties."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from tradewatch.extract.countries import country_code, country_name, find_countries
from tradewatch.extract.dates import DateMention, action_dates, dateline_end, find_dates
from tradewatch.extract.document import MAX_RECORDS, Document
from tradewatch.extract.lexicon import Caseless, load_yaml, number_value, word_start_gap_form
from tradewatch.extract.money import find_money, to_usd
from tradewatch.extract.parties import (
    BASED_CITIES,
    BRANCH_NAME,
    LEGAL_FORMS,
    ORG_WORDS,
    VESSEL_CUES,
    Entity,
    PartyIndex,
    country_party_name,
    normalise_name,
    same_party,
)
from tradewatch.extract.triggers import Trigger, has_deal_act, is_hedged_deal

_CFG = load_yaml("triggers.yaml")
_COUNTERPARTY = Caseless(_CFG["deal_counterparty_cues"])
# The words of a state's formal name before "of": "the Kingdom of Morocco", "the Republic of Kazakhstan"
_STATE_FORMS = ("Kingdom", "Republic", "Sultanate", "Emirate", "Principality", "Federation", "Commonwealth")
_FORMAL_STATE_BEFORE = re.compile(r"\b(?:" + "|".join((*_STATE_FORMS, "State")) + r")\s+of\s+(?:the\s+)?$")
# (the trigger's words: "sold $1.5 billion of 11-year Eurobonds", "priced a $750 million 10-year senior unsecured green bond")
_STATE_BOND_ISSUE = re.compile(r"\b(?:sold|sells|issued|issues|priced|prices)\s+(?:[\w$€£.,%-]+\s+){1,8}(?i:bonds?|eurobonds?|sukuk|"
                               r"securities|notes)\b")
_SYNDICATE_ROLE = re.compile(
    # "A, B and C were joint lead managers and bookrunners on the sale"
    r"\b(?:were|was|are|is)\s+(?:the\s+)?(?:(?:joint|global|senior|sole|co-?)\s+)*(?:lead\s+managers?|bookrunners?|underwriters?|"
    r"(?:mandated\s+)?(?:lead\s+)?arrangers?)\b|"
    r"\b(?:acted|acts|act|acting|joined|joins|join|participated|participates|served|serves)\s+(?:as|in)\s+(?:the\s+)?"
    r"(?:(?:mandated|lead|joint|global|senior|sole|co-?)\s+)*(?:arrangers?|bookrunners?|lenders?|underwriters?|coordinators?|"
    # ("acted as joint lead managers and joint bookrunners on the transaction")
    r"(?<=lead\s)managers?|"
    # "acted as Administrative Agent, Sole Bookrunner and Co-Lead Arranger" (a release's capitals)
    r"(?:administrative|facility|security|collateral|documentation|syndication)\s+agents?|(?:general\s+)?syndication)\b"
    # "The facility was arranged by four mandated lead arrangers — A, B, C and D —"
    r"|\b(?:arranged|underwritten|provided)\s+by\s+(?:a\s+(?:group|syndicate|consortium|club)\s+of\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:mandated|lead|joint|global|senior|co-?)\s+)*(?:arrangers|banks|lenders)\b"
    # "signed with a consortium led by A, with B and C as co-lead arrangers"
    r"|\b(?:consortium|syndicate)\s+(?:of\s+(?:banks|lenders)\s+)?(?:co-)?led\s+by\b"
    # "The facility is being provided by a syndicate comprising the Development Bank of Southern Africa (DBSA), A and B"
    r"|\b(?:consortium|syndicate)\s+(?:of\s+(?:banks|lenders)\s+)?(?:comprising|consisting\s+of|made\s+up\s+of)\b"
    r"|\bas\s+(?:the\s+)?(?:(?:mandated|lead|joint|global|senior|sole|co|coordinating)[\s-]+)+(?:arrangers?|bookrunners?)\b",
    re.IGNORECASE,
)
# A role in a syndicate written as a title ("Sole Bookrunner", "Co-Lead Arranger"): no bank's name
# (its hyphens belong to the separator alone: "co-?" before "[\s-]+" split each "Co--" two ways, so a name of N of
# them failed in 2^N tries: hostile probe 11)
_SYNDICATE_TITLE = re.compile(
    # ("Sustainability Coordinators", "Green Loan Coordinator", and "Bookrunners" alone after "Mandated Lead Arrangers and")
    r"(?:(?:mandated|lead|joint|global|senior|sole|co|administrative|facility|security|collateral|documentation|"
    r"syndication|sustainability|green|esg|social|loan|coordinating|bookrunning)[\s-]+)+"
    r"(?:arrangers?|bookrunners?|lenders?|underwriters?|coordinators?|agents?)|bookrunners?|(?:co-?)?arrangers|coordinators",
    re.IGNORECASE,
)
_SHARES_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:ordinary|common|preference|new)\s+)?shares\b")
_SECTORS = [(name, re.compile(rf"\b(?:{pat})", re.IGNORECASE)) for name, pat in _CFG["sectors"].items()]
# The same, faster: on ASCII sentences, lower-cased and with the `\b` as a consumed gap (Caseless).
_SECTORS_CASELESS = [(name, Caseless(rf"\b(?:{pat})")) for name, pat in _CFG["sectors"].items()]


def _sector_scan() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]] | None:
    """For lower-cased ASCII sentences: one scan for the places where any sector word may start, and
    each sector's gap form (`word_start_gap_form`) to try there. None when some sector has no gap form."""
    gaps = [(name, word_start_gap_form(rf"\b(?:{pat.lower()})")) for name, pat in _CFG["sectors"].items()]
    if any(gap is None or re.search(r"\\[A-Z]", gap) or not gap.isascii() for _, gap in gaps):
        return None
    bodies = "|".join(f"(?:{pat.lower()})" for pat in _CFG["sectors"].values())
    return re.compile(rf"[^\w](?=(?:{bodies}))"), [(name, re.compile(gap)) for name, gap in gaps if gap]


_SECTOR_SCAN = _sector_scan()
_TYPE_ORDER = ["merger", "acquisition", "joint_venture", "contract", "trade_agreement", "financing", "investment", "agreement"]
# Prepositions after a trigger that introduce a counterparty ("deal with X", "agreement between X and Y").
# "to build four carriers for Greek shipowner X": a customer named by its kind
_CUSTOMER_INTRO = re.compile(
    r"\b(?:for|from)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+)?(?:shipowner|owner|lessor|customer|client|utility|operator|carrier|"
    r"airline|buyer|manufacturer|maker|shipyard|builder|developer|producer|miner|group|firm|company|navy|army|ministry)\s+$"
)
_PARTY_INTRO = re.compile(r"\b(?:with|between|and|by|from|to|buy|acquire|purchase|of|alongside)\s+(?:[\w.-]+\s+){0,4}$"
                          # "a group of five international lenders — A, B, ...": the members after a dash
                          r"|\b(?:lenders|banks|investors|partners|members|arrangers|underwriters)\s+[—–]\s+$")
_COUNT_GAP = re.compile(r"\s*(?:up\s+to\s+)?\d[\d,]*\s+")
_ENDS_WITH_INTRO = re.compile(r"\b(?:with|between|by|from)$", re.IGNORECASE)  # a trigger ending "... from"
_LETTERED_QUESTION = re.compile(r"\(?[a-z]{1,2}\)\s+[A-Z][^.;]*:$")
_NUMBERED_HEADING = re.compile(r"\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+[A-Z][^.;:]*$|\d{1,2}(?:\.\d{1,2})+\s+[A-Z][^;:]*$")
_NUMBER_BEFORE = re.compile(r"(?:^|\n)\(?\d{1,2}(?:\.\d{1,2})*[.)][^\S\n]*$")
_AS_CLAUSE = re.compile(r",\s+as\s+(?!part\s+of\b|well\s+as\b|much\s+as\b|many\s+as\b)(?:[^.;,]*\s+)?"
                        r"(?:presses|pushes|seeks|tries|continues|moves|looks|steps|focuses|works)\b[^.;]*")
_SELL_ITS = re.compile(r"\b(?:sell|sells|selling|sold|sale of|divest(?:s|ed|ing)?|dispos(?:e|al) of)\s+(?:its|their)\s+$")
_ITS_BEFORE = re.compile(r"\s+(?:its|their)\s+(?:[a-z%.-]+\s+)?")
_UNIT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:unit|business|division|subsidiary|arm)\b")
_WITNESS_CUE = r"\b(?:in the presence of|witnessed by|attended by|under the (?:patronage|auspices) of)\s"
_WITNESS_BEFORE = re.compile(_WITNESS_CUE + r"+(?:the\s+)?(?:[\w-]+\s+){0,5}$")
_WITNESS = re.compile(_WITNESS_CUE)
_WITH_OR_BETWEEN = re.compile(r"\b(?:with|between)\s")


def _witnessed(text: str, start: int, at: int) -> bool:
    """Whether the name at `at` is among those a witness phrase between `start` and it introduces ("in the presence of
    Morocco's Minister of Industry and the South Korean ambassador"), with no "with" or "between" after the phrase."""
    if "presence of" not in text and " by" not in text and "auspices" not in text and "patronage" not in text:
        return False
    cue = _WITNESS.search(text, start, at)
    return cue is not None and _WITH_OR_BETWEEN.search(text, cue.end(), at) is None


_TALKS_BEFORE = re.compile(r"\b(?:talks|negotiations?|negotiating|discussions?)\s+(?:with|between)\s+(?:the\s+)?$")
# "to rebuild the highway between A and B", "a pipeline linking A and B": places a route joins, no sides
_ROUTE_BEFORE = re.compile(r"\b(?:highway|road|motorway|expressway|railway|railroad|(?:rail|power|transmission)\s+line|route|pipeline|corridor|"
                           r"border|flights?|link|stretch|section|cable|bridge|tunnel|canal)\s+(?:(?:that\s+)?(?:runs\s+)?between|from|"
                           r"linking|connecting|joining)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|de|del|la|da|do|dos|el)\s+){0,6}"
                           r"(?:(?:and|to)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|de|del|la|da|do|dos|el)\s+){0,4})?$")
# "NDPR's Forcados and Bonny Light crude": grades and blends of oil, named like companies
_GRADE_AFTER = re.compile(r"(?:\s+and\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)?\s+(?:crude|blend|grades?|sour|sweet)\b")
_NOT_PARTY_INTRO = re.compile(r"\b(?:for|in|at|near|next to|close to|adjacent to|outside|on|including|such as)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# The product's deal types (see the issue and quality/codes.py DEAL_TYPES) have no "merger": a merger
# is reported as the nearest one, an acquisition.
_ACCEPTED_TYPE = {"merger": "acquisition"}
_VESSEL_BEFORE = re.compile(
    # (not a lone "carrier": "Malaysian low-cost carrier Sundara Air Bhd"); a ship's tonnage too ("the 105,300-dwt X")
    r"(?:\b(?:" + "|".join(re.escape(c) for c in sorted(VESSEL_CUES, key=len, reverse=True) if c != "carrier")
    # ("to acquire the 2006-built Kallisto Spirit, Kallisto Dawn and Kallisto Star": ships by their year of build, and the
    # rest of their series)
    + r")|\d[\d,.]*[- ]?(?:dwt|teu|cbm)|\b(?:19|20)\d\d-built(?:\s+[A-Z][\w-]*){0,3}(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})*"
    # (a ship's prefix in capitals: "the tanker MT X"; not "sold the ship to X", whose "to" the flag read as one)
    r"(?:,?\s+and)?)\s+(?-i:\(?[A-Z]{2,5}\)?\s+)?$",
    re.IGNORECASE,
)
# "buy a 24.9% stake in", "acquire a minority stake in": an investment, not the purchase of the company
_MINORITY_STAKE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take|takes|took|taking|purchase|purchases|purchased)"
    r"\s+(?:a|an)\s+(?:(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)|minority)\s+(?:equity\s+)?"
    r"(?:stake|interest|holding|shareholding)\b"
)
# "a 40 percent stake in X", "a majority interest in X": X is the company whose shares change hands.
_STAKE_IN = re.compile(r"\b(?:stake|interest|holding|shareholding|shares|equity)\s+in\s+(?:the\s+)?$")
# "a $350 million financing facility for X", "a loan to X", "a loan to Poland's state grid operator X":
# the borrower follows the financing words.
_BORROWER_INTRO = re.compile(
    # ("a loan of €138 million to Côte d'Ivoire": its amount between)
    # (each word matches one way: "facility" and "line" once stood apart too, and "loan line line ..." backtracked for hours)
    r"^(?:\s+(?:[a-z][\w-]*|(?:[A-Z]{2,3}\s?)?[$€£¥₹]?\d[\d.,]*))*\s+(?:for|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?:[a-z][\w-]*\s+){0,4})?"
    # ("a loan of $51.2 million to the Republic of Malawi", "to the Government of Nepal": the state in its formal name)
    r"(?:(?:(?:Federal|Democratic|Islamic|United|Socialist|Kingdom|Republic|State|Government)\s+)*of\s+(?:the\s+)?)?$"
)
_FINANCING_ACT = Caseless(rf"\b(?:{_CFG['financing_acts']})\b")
_APPROVER = Caseless(_CFG["approval_cues"])


def _leading_group(pattern: str) -> str | None:
    """The source of the group `pattern` opens with ("(?:...)"), when it has one: every match of
    `pattern` holds a match of it (an approver window with no approval word needs no full search)."""
    if not pattern.startswith("(?:") or re.search(r"\[[^\]]*[()]", pattern):
        return None  # a bracket in a character class would throw the count below off
    depth = 0
    for i, ch in enumerate(pattern):
        if ch == "\\":
            return None  # escapes could hide brackets or be anchors; not worth a parser here
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            group = pattern[: i + 1]
            # Anchors and look-arounds could see past a window.
            return None if any(tok in group for tok in ("^", "$", "(?<", "(?=", "(?!")) else group
    return None


_APPROVER_CUE = _leading_group(_CFG["approval_cues"])
_APPROVER_WORD = Caseless(_APPROVER_CUE) if _APPROVER_CUE is not None else None
_PER_UNIT = re.compile(r"\s*(?:per|a|each)\s+(?:share|unit|ton|tonne|barrel|ounce|MWh|kWh|ship|vessel|aircraft)\b|\s+(?:each|apiece)\b")
# ("a lender with about $61bn in assets": its size)
_VALUATION_AFTER = re.compile(r"\s+(?:post-money|pre-money|valuation|(?:in|of)\s+(?:total\s+)?assets)\b", re.IGNORECASE)
_VALUES_AT_BEFORE = re.compile(r"\bvalu(?:es|ed|ing)\s+(?:[\w’'.-]+\s+){1,4}at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$")
_TRADE_WORDS = re.compile(
    r"\b(?:[Tt]rade|[Tt]ariffs?|[Cc]ommerce|[Ee]conomic [Pp]artnership|[Ee]xports?|[Ii]mports?|[Mm]arket access|"
    r"(?:[Pp]rotection|[Pp]romotion) of [Ii]nvestments?|[Bb]ilateral [Ii]nvestment [Tt]reaty|[Ii]nvestment [Tt]reaty)\b"
)
# "The Agreement between the Government of the Republic of Uzbekistan and the Government of Malaysia": two states
_BETWEEN_STATES = re.compile(r"\s+between\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?")
# (not a state's formal name, nor its government's: "The Kingdom of Morocco priced", "the Government of Ghana signed")
_PREPOSITION_BEFORE = re.compile(r"\b(?:between|in|from|to|" + "".join(f"(?<!{w} )" for w in (*_STATE_FORMS, "Government"))
                                 + r"of|with|for|at|by|on|into|across)\s+(?:the\s+)?$")
_COUNTRY_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# ", South Korea's B", ", Japanese trading house C": a home or a description before the next name of a comma list
_LIST_COMMA = re.compile(r"\s*(?:\([^)]*\)\s*)*,\s*(?:(?:[A-Z][\w.]*\s){0,3}?(?:[A-Z][\w.]*['’]s\s)|[A-Z][a-z]+\s(?:[a-z][\w-]*\s){1,3})?")
# "X will take a 40 per cent interest in Y's project": the two sides of a stake.
_STAKE_GAP = re.compile(
    r"\s+(?:will\s+|has\s+|have\s+|is\s+to\s+|agreed\s+to\s+)?(?:take|takes|took|taking|acquire|acquires|acquired|buy|buys|"
    r"bought)\s+(?:an?\s+)?(?:[\d.,]+[\s-]*(?:per\s*cent|percent|%)\s+)?(?:stake|interest|holding|share)\s+in\s+(?:the\s+)?"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*")
# "..., taking the maker private months after a rival buyout firm walked away": what another bidder did hedges no deal
_RIVAL_CLAUSE = re.compile(
    r"\s+(?:(?:months|weeks|days|years|shortly|soon|just)\s+)?after\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?"
    r"(?:rival|competing|previous|earlier|other|first)\b[^.;]*"
)
# "..., as part of a plan to expand its range of products": why the deal was made, no hedge on it
_PURPOSE_CLAUSE = re.compile(
    r",?\s+as\s+part\s+of\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:plan|strategy|effort|push|drive|programme|program)\s+to\b[^.;]*"
)
# Between two joined subjects of one verb: "X (X) and Y", "X Corp. of Canada and Y", "A (EIB) and the Portuguese
# utility B", "A and German carmaker B".
# "Manila-based ", "Oslo-listed ": where the company after it is based or listed
_PLACE_PREFIX = r"[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*)?-(?:based|listed|headquartered|registered)\s+"
_SUBJECT_PAIR = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3})?(?:\([^)]*\)\s*)*"
    # "A, the Mumbai-headquartered conglomerate with interests from steel to ports, and French energy major B"
    # "A, which operates an open-pit mine in the region of Apurímac, and B signed the supply contract"
    r"(?:,\s+(?:the|a|an)\s+(?:[^,;()]|\([^,;()]{1,20}\)){1,120},\s*|,\s+(?:which|who)\s+[^,;()]{1,160},\s*"
    # "A, based in Harrisburg, Pa., and Columbus, Ohio-based B said Monday that they had agreed to merge"
    r"|,\s+(?:based|headquartered)\s+in\s+[^;()]{1,60}?,\s*)?and\s+(?:the\s+)?"
    # ("A and South African lender B": a two-word demonym)
    r"(?:[A-Z][a-z]+(?:['’]s)?\s+){0,2}"
    # "A and Manila-based B signed": where B is based
    r"(?:" + _PLACE_PREFIX + r")?(?:[a-z][\w-]*\s+){0,3}"
)
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:[A-Z][\w.]*,?\s+){0,2}$")
_IN_A_DEAL = re.compile(r"\bin\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,4}$")
_VERB_TO = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+(?:ed|s)\s+(?:[a-z][\w-]*\s+){0,6}(?:to|with|from)"
    # "X granted Y exclusive rights to develop its antibody in a deal worth up to $655 million": the one granted
    r"|(?:granted|grants))\s+(?:the\s+)?"
)
_STRONG_ACT = Caseless(r"\b(?:signed|finali[sz]ed|completed|awarded|concluded|closed)\b")
# "but no agreement has been signed", "has not been finalised": the act denied
_NEGATED_ACT = re.compile(
    r"\b(?:no|not|never|yet\s+to\s+be)\b[^.;]{0,30}\b(?:signed|finali[sz]ed|completed|awarded|concluded|closed|reached)\b",
    re.IGNORECASE,
)
# A deal that is void or not binding, however signed: "signed a non-binding term sheet", "the merger agreement
# has been terminated", "a letter of intent".
# (not "according to a term sheet seen by Reuters": where the figures come from)
_VOID = re.compile(
    r"\b(?:non-binding|terminated|lapsed|(?:will|would) (?:now |then |automatically )?lapse|blocked|abandoned|letter of intent|(?<!according to a )(?<!according to the )term sheet|rejected|was withdrawn|"
    r"would have (?:created|combined|controlled|given))\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\b")
# Where the names a trigger can reach stop: a new clause, a speaker, what happened before ("completed its
# acquisition of X, hours after winning a case brought by Y": Y is no party).
# A full stop and a space end the clause, but for an abbreviation's ("Norvik Ltd. to Tarvos Group Inc.").
_GAP_BREAK = re.compile(
    # "... to X for the delivery of 140 vehicles to the British Army": what the contract is for, not who signed it
    r"\bfor the (?:delivery|supply|provision|construction|purchase|development|maintenance|installation|upgrade) of\b|"
    r"[;:]|\bsaid\b|(?<![A-Z])(?<!Inc)(?<!Ltd)(?<!Co)(?<!Corp)(?<!Bhd)(?<!Pte)(?<!Pty)(?<!plc)(?<!Plc)(?<!Rs)\. |\bafter\b"
)
_COMMA_GAP = re.compile(r",\*?\s")
# "a plant in Morocco", "a terminal in Berbera, Somaliland", "across Vietnam": where the deal's asset is.
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|near|across)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*,?\s+){0,3})$")
# "its Norvik copper mine", "the 420-megawatt Alqueva Sul photovoltaic plant": an asset's own name
_OWN_BEFORE = re.compile(r"\b(?:its|their|his|her|our|the)\s+(?:[\d.,]+[- ]?[A-Za-z]+\s+)?$")
# "a Moroccan plant", "the Vietnamese rail line": a demonym before an asset noun.
_ASSET_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?(?:{_CFG['deal_asset_nouns']})\b")
# "the Alqueva Sul photovoltaic plant": the name of an asset, up to two describing words before its noun
_ASSET_NAME_AFTER = re.compile(
    rf"\s+(?:(?!(?:for|a|an|the|in|of|to|at|on|and|with)\b)[a-z][\w-]*\s+){{0,2}}(?:{_CFG['deal_asset_nouns']})\b"
)
# A defined term of a filing or release: '(the "Merger Agreement")', '(the “Transaction”)'
_DEFINED_TERM = re.compile(r"\(the\s+[\"“]([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[\"”]\)")


def _refers_to_defined(text: str, trig: Trigger, defined: set[str]) -> bool:
    """Whether a capitalised trigger is a use of a defined term ("the Merger Agreement"), not the statement defining it."""
    if not trig.surface[:1].isupper() or text[max(0, trig.start - 1) : trig.start] in ('"', "“"):
        return False
    start = trig.start
    while True:  # the capitalised words before it: "Merger" of "Merger Agreement" when the trigger is "Agreement"
        m = _CAP_WORD_BEFORE.search(text, 0, start)
        if not m:
            break
        start = m.start(1)
    end = trig.end
    while (m := _CAP_WORD_AFTER.match(text, end)) is not None:
        end = m.end()
    return text[start:end] in defined


_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")
_CAP_WORD_AFTER = re.compile(r"\s+[A-Z][\w-]*")
_MARKET_BODY = re.compile(r"\b(?:Stock Exchange|Securities Exchange|Exchange Commission|Securities Commission)$")
_LIST_PRICE_AFTER = re.compile(r"\s+(?:at|based\s+on|according\s+to)\s+(?:the\s+)?(?:catalogue\s+|current\s+|published\s+)?list\s+prices?")
_ACTS_IN_DEAL = re.compile(
    r"\s+(?:will|would|is\s+to|has\s+agreed\s+to|agreed\s+to)\s+(?:buy|acquire|pay|sell|supply|receive|invest|lend|provide|take)\b"
)
_UNDER_THE_DEAL = re.compile(r"\s*(?:Under|Under the terms of) (?:the|this) (?:deal|agreement|contract|transaction|arrangement)\b")
_VALUES_SHARE_CAPITAL = r"\bvalu(?:es|ing)\s+(?:the\s+)?(?:entire\s+|whole\s+|total\s+|issued\s+)?(?:share\s+capital|equity)\s+of\b"
_VALUE_OF_DEAL = re.compile(
    r"\b(?:total|overall|combined|estimated|aggregate)\s+(?:potential\s+)?value\s+of\s+the\s+(?:agreement|deal|contract|transaction|order)\b"
    r"|\b(?:agreement|deal|contract|transaction|order)\s+(?:is|was)\s+(?:valued|worth|estimated)\b"
    # "the exchange ratio ... values the entire share capital of Brekke at approximately NOK 6.1 billion"
    r"|" + _VALUES_SHARE_CAPITAL
)
_ALSO_TOOK_PART = re.compile(
    # ("Existing backers A and B also put money in.")
    # ("Existing investors A and B also returned", "... came back", "... followed on")
    r"\b(?:also\s+)?(?:took\s+part|participated|joined|invested|co-invested|re-?invested|returned|came\s+back|followed\s+on|"
    r"put\s+(?:money|capital|cash)\s+in)\b"
    r"(?:\s+(?:in\s+)?(?:the\s+)?"
    r"(?:round|financing|raise|fundraising))?"
    # "..., also participated, along with existing investor Basalt Ventures, which led its Series A in 2023."
    r"(?:,?\s+(?:(?:along|together)\s+with|alongside)\s+(?P<along>(?:[^.;]|(?<=\b[A-Z])\.)*?))?(?:,\s+(?:which|who)\b[^;]*)?\s*[.;]?\s*$"
)
# "The round was co-led by A and B, with participation from new investors C and D": the round just reported, its investors
_ROUND_LED_BY = re.compile(
    r"(?:The|This|That|Its) (?:new |latest )?(?:round|raise|financing|funding(?: round)?|investment|"
    r"(?:Series [A-Z]\d?|seed|pre-seed|growth)(?: round| extension)?)"
    # "The round, which closed last week, also included participation from X and existing investors including Y"
    r"(?:,[^,;]{1,80},)? (?:(?:was|is|has been) (?:co-)?led by |(?:also )?(?:included|includes|drew|attracted|saw) "
    r"(?:participation|investment|backing|money|commitments) from )"
)
# A buyer's share after its name ("with Y taking 25 per cent"); its owner before it ("controlled by businessman Z")
_PERCENT = r"\d+(?:\.\d+)?\s*(?:per\s*cent|%)"  # ("per\s*cent": "percent" too)
_SHARE_AFTER = re.compile(rf"[^.;]{{0,30}}?\b{_PERCENT}")
_OWNER_BEFORE = re.compile(r"\b(?:controlled|owned|run|led|founded|chaired)\s+by\s+(?:[a-z]+\s+)?$")
# Where a deal was signed ("held at the Ministry of Finance"), and what it finances ("the X Water Supply and Sanitation
# Project"): no parties
_VENUE_BEFORE = re.compile(r"\b(?:held|hosted|signed)\s+(?:at|in)\s+(?:the\s+)?$")
_PROJECT_WORDS = frozenset({"Project", "Programme", "Program", "Scheme"})
_ASSET_NAME_WORDS = frozenset({"Terminal", "Airport", "Port", "Mine", "Refinery", "Pipeline", "Dam", "Bridge", "Tunnel",
                               "Railway", "Highway", "Motorway", "Expressway", "Plant", "Field", "Corridor"})
_OF_THE_BEFORE = re.compile(r"\b(?:of|for)\s+the\s+$")
# "financing services for Russian seaborne crude", "for U.S. exporters": the state's word describes a noun after it
_NOUN_AFTER_STATE = re.compile(r"\s+(?!(?:to|for|in|on|at|and|over|worth|with|from|of|under|by|as|was|is|will)\b)[a-z]")
_PROJECT_TITLE_BEFORE = re.compile(r"\b(?:Project|Programme|Program|Initiative)\s+(?:to|for|on)\s+(?:the\s+)?$")
_PROJECT_BEFORE_BRACKET = re.compile(r"\b(?:Project|Programme|Program|Initiative)\b[^.;()\n]{0,120}$")


_IN_BRACKETS = re.compile(r"\(([^()\n]{1,120})\)")


def _project_short_name(doc: Document, name: str) -> bool:
    """Whether `name` is given in brackets as the short name of a project's title ("the Project to Strengthen ...
    in Secondary Cities (PREDIS-VS)")."""
    if name not in doc.per_sentence("bracketed_names", -1, lambda: set(_IN_BRACKETS.findall(doc.text))):
        return False  # (a set of the page's bracketed words, made once: not a scan of the page per name)
    at = doc.text.find(f"({name})")
    return at > 0 and _PROJECT_BEFORE_BRACKET.search(doc.text, max(0, at - 140), at) is not None


_PROJECT_AFTER = re.compile(r" and (?:[A-Z][\w-]*\s+){0,4}(?:Project|Programme|Program|Scheme)\b")
# "The buyers are St. Petersburg-based investment firm X and Y, who has run the subsidiary": the buyers the deal's
# sentence described ("to a group of local buyers"), named
_BUYERS_ARE = re.compile(r"The (?:buyers|purchasers|acquirers|new owners|investors|consortium members|borrowers|lenders) "
                         r"(?:are|were|include|included)\b"
                         # ("The consortium is made up of Bogotá-based A (60%) and Singapore's B (40%)": its members)
                         r"|The (?:consortium|joint venture|winning consortium|buyer group|investor group) (?:is|was) "
                         r"(?:made up of|composed of|comprised of|formed by|owned by)\b"
                         # ("The borrower is X, a special purpose company controlled by Y": the one named first)
                         r"|The (?P<one>borrower|issuer|lender|buyer|purchaser|seller|contractor) (?:is|was)"
                         # ("The buyer was named by brokers as Dubai-based X")
                         r"(?: (?:named|identified|reported)(?: by [\w ]{1,30}?)? as)?\b")
_TERM_OF_BEFORE = re.compile(r"\b(?:term|terms|duration|life|length|breach|end)\s+of\s+the\s+$")
# The buyers a deal's sentence described, referred to in the next one ("The consortium, led by X, will buy")
_GROUP_NAMED = re.compile(r"The (consortium|buyer group|investor group|buyers|bidders|investors)\b")
# "X will hold 40 per cent of the portfolio, with Y taking 25 per cent": how the buyers split what they buy
_STAKE_SPLIT = re.compile(rf"\b(?:will|would|is to|are to)\s+(?:hold|own|take)\s+(?:a\s+)?{_PERCENT}")
_SHARE_PRICE_BEFORE = re.compile(r"\b(?:(?:share|closing|trading|market|stock)\s+price\s+(?:was|at)|price\s+of)\s+"
                                 r"(?:approximately\s+|about\s+)?$|\bpremium\s+of\s+$")
_FOLLOW_UP = re.compile(
    r"^(?:The|This|That) (?:deal|transaction|acquisition|purchase|agreement|contract|loan|merger|(?:joint )?venture|"
    r"facility|partnership|(?:firm )?order)\b|^It\b"
    # "At that price, the offering of 32.8 million shares raises about SAR 1.9 billion": what a share sale brings
    r"|^(?:At (?:that|this|the final|the offer) price, )?(?:the|The) (?:share |public |initial public |bond )?(?:offering|IPO|listing|issue)\b"
    # "The price, which is set in the local currency, is about 9.8 trillion rupiah"
    r"|^The (?:purchase |acquisition |sale |agreed |total |offer )?(?:price|consideration)\b"
    # "The partners will put a combined 18 billion yen into the first phase": what the sides put in together
    r"|^The (?:two |three |four )?(?:partners|companies|parties|sides|shareholders) (?:said they |say they )?"
    r"(?:will |would |have |had )?(?:jointly |together |collectively )?(?:put|invest|inject|commit|contribute|spend)"
)
_WORKS_LISTED = re.compile(r"\bfor\s+the\s+(?:[a-z]+,\s+the\s+){0,4}$|,\s+the\s+$")
_WORKS_GO_ON = re.compile(r",\s+the\s+[a-z]+|\s+and\s+the\s+[a-z]+")
_CONSORTIUM_NAME = re.compile(r"(?:Consorcio|Consórcio|Consortium|Consorzio|Konsortium)\b")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_CONSORTIUM_BEFORE = re.compile(
    r"\bto\s+(?:a\s+|the\s+)?(?:consortium|joint\s+venture|group|partnership)\s+(?:of|comprising|formed\s+by|led\s+by)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_PARTNERS_PUT = re.compile(
    r"The (?:two |three |four )?(?:partners|companies|parties|sides|shareholders) (?:said they |say they )?"
    r"(?:will |would |have |had |expect to |plan to |are to )?(?:jointly |together |collectively )?"
    r"(?:put|invest|inject|commit|contribute|spend)\b"
)


# the conduct a penalty or settlement was for: "... imposed on X in 2020 over loans to", "agreed to pay $X for processing"
_PENALISED_OVER = re.compile(r"\b(?:imposed\s+on|fined|penali[sz]ed|settled|agreed\s+to\s+pay|pleaded\s+guilty)\b[^.;]*?"
                             r"\b(?:over|for|involving)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$")
_PENALTY_WORD = re.compile(r"\b(?:penalty|penalties|fine|fines|fined|settlement|settled|pleaded\s+guilty)\b", re.IGNORECASE)


# A release's "About X" section: its heading alone on a line, then the company's boilerplate up to the next short
# heading line ("Media contacts", "###") or the end
_ABOUT_LINE = re.compile(r"(?m)^[ \t]*About\s+[\w“\"‘'][^.!?:;\n]{0,70}:?[ \t]*$")
_NEXT_HEADING_LINE = re.compile(r"(?m)^[ \t]*(?:[A-Z][^\n.!?]{0,60}:?|#{3}|-{3,}|\*{3})[ \t]*$")


def _about_sections(text: str) -> list[tuple[int, int]]:
    """The spans of a release's "About X" sections: a company's history there ("In 2019 it acquired Gdansk Gateway
    Terminal") is boilerplate repeated in every release, not the news (hostile probe 30 H2)."""
    if "About " not in text:
        return []  # (a substring test first)
    spans = []
    for m in _ABOUT_LINE.finditer(text):
        nxt = _NEXT_HEADING_LINE.search(text, m.end() + 1)
        spans.append((m.start(), nxt.start() if nxt is not None else len(text)))
    return spans


def extract_deals(doc: Document) -> list[dict[str, Any]]:
    deals: list[dict[str, Any]] = []
    last_deal_idx = -10
    # A deal stated of described parties ("An Abu Dhabi sovereign wealth fund has agreed to buy a minority stake in one
    # of Germany's largest grid operators"): its sentence and type, until a sentence after it names them by role
    pending: tuple[int, str, int] | None = None  # (sentence, deal type, how many sides it counts or 0)
    triggered = sorted(doc.trigger_sentences)
    defined_terms = {m.group(1) for m in _DEFINED_TERM.finditer(doc.text)} if "(the " in doc.text else set()
    idx = -1

    def far(j: int) -> bool:  # a sentence beyond the three after a deal that may name its contracting activity
        return doc.sentences.has(j) and "contracting" in doc.sentences[j].text

    awards = "contracting" in doc.text  # (most articles have no such sentence: theirs are never split for it)
    about = _about_sections(doc.text)

    while True:
        # No count of sentences (that would split them all): past the last one, `has` says so.
        at = _next_to_read(triggered, sys.maxsize, idx, last_deal_idx if deals or pending else None,
                           far if awards else None)
        if at is None or not doc.sentences.has(at):
            break
        if len(deals) >= MAX_RECORDS:
            doc.notes.append(f"deals: {MAX_RECORDS:,} found, the sentences after them not read for more (MAX_RECORDS)")
            break
        idx = at
        sent = doc.sentences[idx]
        text = sent.text
        if about and any(a <= sent.start < b for a, b in about):
            continue  # "About Nordhavn Ports ... In 2019 it acquired X": the company's history in a release's boilerplate
        if text.endswith(":") and _DEAL_LIST_CUE.search(text) and (items := _between_items(doc, idx)):
            # "... saw the signing of five memoranda of understanding. The MoUs signed are as follows:" then one line
            # per deal, "2. Purchase of specialty coffee between A and B, worth USD 12 million."
            if deals and deals[-1]["start"] >= doc.sentences[max(0, idx - 1)].start and _COUNTED_DEALS.search(deals[-1]["evidence"]):
                deals.pop()  # "... saw the signing of five memoranda of understanding worth USD 412 million": their sum
            for j, deal_type, sides in items:
                # each line's own value ("with value to be determined": none), not the next line's
                deals.append(_record(doc, j, deal_type, sides, value_ahead=False))
            idx = last_deal_idx = items[-1][0]
            continue
        if (idx > 0 and (cue_line := doc.sentences[idx - 1].text).endswith(":") and _COMMITMENT_CUE.search(cue_line)
                and _COMMITMENT_ITEM.match(text) and (commitments := _commitment_items(doc, idx - 1))):
            # "DFC today announced $410 million in new commitments ... The new commitments include:" then one line per
            # commitment, "Chile – A $120 million loan to X to construct ...": the announcer lends or invests, X receives
            for j, deal_type, sides in commitments:
                deals.append(_record(doc, j, deal_type, sides, value_ahead=False))
            idx = last_deal_idx = commitments[-1][0]
            continue
        if pending is not None and idx - pending[0] <= 2 and pending[2] and (named := _named_group(doc, idx, pending[2])):
            # "Three companies from South Korea, Morocco and Sweden signed an agreement to set up a joint venture. ...
            # South Korea's X will hold 45 percent of the joint venture, Morocco's Y 30 percent and ... Z the rest"
            # ("... signed a shareholders' agreement ... The joint venture brings together A, B and C": what the naming
            # sentence calls the deal, when it says more than the first)
            labels = [pending[1], *(t.label for t in doc.deal_triggers(idx) if t.label in _TYPE_ORDER)]
            deals.append(_record(doc, pending[0], _ACCEPTED_TYPE.get(kind := min(labels, key=_TYPE_ORDER.index), kind), named))
            pending, last_deal_idx = None, idx
            continue
        if pending is not None and idx - pending[0] <= 3 and _ROLE_CUE.search(text):
            named = _named_by_role(doc, idx)
            if named:
                if not deals or deals[-1]["start"] < doc.sentences[pending[0]].start:
                    deals.append(_record(doc, pending[0], pending[1], named[:1]))
                for ent in named:
                    _add_party(doc, deals[-1], ent)
                last_deal_idx = idx
                continue
        if (deals and idx - last_deal_idx <= 2 and (split := _STAKE_SPLIT.search(text))
                and (first := next(iter(doc.entities(idx)), None)) is not None
                and first.start - sent.start < split.start() and _has_party(deals[-1], doc.canonical(first))):
            # "Y will hold 40 per cent of the portfolio, with the Quebec-based Z taking 25 per cent and Denmark's W 15 per
            # cent": the buyers of the deal just reported, with their shares
            for ent in doc.entities(idx):
                rel = ent.start - sent.start
                # each buyer with its share ("with Y taking 25 per cent"), not its owner ("X, controlled by Z, will hold")
                if (ent.kind in ("organization", "unknown") and ent.alias_of is None
                        and _SHARE_AFTER.match(text, ent.end - sent.start)
                        and not _OWNER_BEFORE.search(text, max(0, rel - 40), rel)):
                    _add_party(doc, deals[-1], ent)
            last_deal_idx = idx
            continue
        if deals and idx - last_deal_idx <= 2 and (role_is := _BUYERS_ARE.match(text)):
            clause = _RELATIVE_CLAUSE.search(text)
            named = [ent for ent in doc.entities(idx) if ent.kind in ("organization", "unknown", "person")
                     and ent.alias_of is None and (clause is None or ent.start - sent.start < clause.start())]
            for ent in named[:1] if role_is.group("one") else named:
                _add_party(doc, deals[-1], ent)
            last_deal_idx = idx
            continue
        if deals and idx - last_deal_idx <= 3 and _UNDER_THE_DEAL.match(text):
            # "Under the deal, signed in Oslo on Tuesday, X will buy around 620GWh a year": the deal just reported,
            # its terms; the companies it names are its parties
            for ent in doc.entities(idx):
                # a company, or a name that acts in the deal ("Hanbit EnerTech will buy all of ReCell's shares"); not
                # "85% of Hallingen's expected generation" or "the Chicago private-equity firm"
                if ent.alias_of is None and (ent.kind == "organization" or ent.kind == "unknown"
                                             and _ACTS_IN_DEAL.match(doc.text, ent.end)):
                    _add_party(doc, deals[-1], ent)
            last_deal_idx = idx
            continue
        if (deals and idx - last_deal_idx <= 3 and deals[-1]["deal_type"] in ("investment", "financing")
                and (joined := _ALSO_TOOK_PART.search(text) or _ROUND_LED_BY.match(text))):
            # "... raised $28 million in a Series B round led by X. Y and existing backer Z also took part.": the
            # round's other investors, named before the verb; "The round was co-led by X and Y, with participation
            # from Z": every investor the sentence names
            led = joined.re is _ROUND_LED_BY
            along = joined.span("along") if not led and joined.group("along") else (-1, -1)
            for ent in doc.entities(idx):
                rel = ent.start - sent.start
                if ent.kind in ("organization", "unknown") and ent.alias_of is None and (
                        led and rel >= joined.end() or ent.end - sent.start <= joined.start() or along[0] <= rel < along[1]):
                    _add_party(doc, deals[-1], ent)
            last_deal_idx = idx
            continue
        if deals and (idx - last_deal_idx <= 3 or "\n" not in doc.text[deals[-1]["start"] : sent.start]) and _COUNTERPARTY.search(text):
            # (however far into the award's paragraph: "..., is the contracting activity" closes it)
            ents = [e for e in doc.entities(idx) if e.kind != "country" and e.alias_of is None]
            cue = _COUNTERPARTY.search(text)
            if cue is not None and text[cue[0] : cue[0] + 4].lower() == "the ":
                # "The contracting activity is the Defense Logistics Agency Troop Support, Philadelphia, ...": named after
                ents = [e for e in ents if 0 <= e.start - sent.start - cue[1] < 6]
                if ents:
                    _add_party(doc, deals[-1], ents[0])
            elif ents and ents[0].start - sent.start < 5:
                _add_party(doc, deals[-1], ents[0])
            continue
        if (deals and (idx - last_deal_idx <= 3 or _list_between(doc, last_deal_idx, idx))
                and deals[-1]["deal_type"] == "financing" and _SYNDICATE_ROLE.search(text)):
            # "A; B; and C acted as mandated lead arrangers. D and E joined as lead arrangers, while F participated in
            # general syndication": the lenders of the loan just reported
            for ent in doc.entities(idx):
                if (ent.kind in ("organization", "unknown") and ent.alias_of is None and not _SYNDICATE_TITLE.fullmatch(ent.name)
                        and not BRANCH_NAME.fullmatch(ent.name) and not _SPEAKS_AFTER_DESCRIBED.match(text, ent.end - sent.start)):
                    _add_party(doc, deals[-1], ent)
            last_deal_idx = idx
            continue
        triggers = [t for t in doc.deal_triggers(idx) if not _describing_participle(text, t)
                    # "places orders with PRC-based suppliers", "has signed purchase contracts with PRC suppliers": the
                    # way someone trades, with no counterparty named
                    and not (t.surface.rstrip().endswith(("s with", "s with the")) and _UNNAMED_PLURAL_AFTER.match(text, t.end))
                    # "the £20.47 million imposed on Standard Chartered in 2020 over loans to a Turkish bank": what a
                    # penalty was for, no deal
                    and not (_PENALISED_OVER.search(text, max(0, t.start - 200), t.start) and _PENALTY_WORD.search(text))
                    # "had invested heavily in automated screening": money spent on a thing, no deal with anyone
                    and not (t.label == "investment" and t.surface.lower().startswith("invest")
                             and _INVESTED_IN_THING.match(text, t.end) and not find_money(text))
                    # "the Terrorist Financing Targeting Center": a word of a body's name, no deal
                    and not (t.surface[:1].isupper() and any(
                        e.start - sent.start < t.start and t.end <= e.end - sent.start and e.kind in ("organization", "unknown")
                        and _BODY_NAME_END.search(e.name) for e in doc.entities(idx)))]
        if triggers and _LETTERED_QUESTION.match(text):
            continue  # "h) Cost of acquisition or the price at which the shares are acquired:": a filing form's question
        if triggers and (_NUMBERED_HEADING.match(text) or _NUMBER_BEFORE.search(doc.text, max(0, sent.start - 8), sent.start)
                         and not text.rstrip().endswith(".")) and all(t.surface[:1].isupper() for t in triggers):
            continue  # "4. Number of Shares to be Acquired, Acquisition Price and ...": a section's heading, no act
        if triggers and defined_terms and any(t.surface[:1].isupper() for t in triggers):
            # '... a definitive agreement and plan of merger (the "Merger Agreement") ...', then "as set forth in the
            # Merger Agreement", "filed as Exhibit 2.1": the deal stated already, referred to by its defined name
            triggers = [t for t in triggers if not _refers_to_defined(text, t, defined_terms)]
        if triggers and ", wh" in text:
            # "X, which provides credit scoring and input financing to farmers, raised $28 million in a Series B
            # round": what the relative clause says a party does is no deal word of the sentence
            clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(text)]
            outside = [t for t in triggers if not any(a <= t.start < b for a, b in clauses)]
            # (not "co-financed by the EIB, whose Board approved a loan of €75 million": the body's own act)
            clauses_only = not outside and ", whose " not in text
            triggers = outside or triggers
        else:
            clauses_only = False
        if triggers and "of the" in text:
            # "will report to prosecutors for the term of the agreement": the agreement told before, referred to
            triggers = [t for t in triggers if not (t.label == "agreement" and _TERM_OF_BEFORE.search(text, max(0, t.start - 30), t.start))]
        if len(triggers) > 1 and ", the " in text:
            # "signed a protocol of agreement for the development, the financing, the construction and the operation of a
            # solar plant": one of the works the agreement is for, no financing of its own
            triggers = [t for t in triggers if not (t.label == "financing" and _WORKS_LISTED.search(text, max(0, t.start - 80), t.start)
                                                    and _WORKS_GO_ON.match(text, t.end))] or triggers
        if not triggers:
            continue
        if clauses_only and all(t.label == "financing" for t in triggers):
            # "- Secured by a charge over ... its interest in X, the subsidiary that owns the project, which has also
            # provided a guarantee": what a relative clause says a company did is no financing of the sentence
            continue
        financing_only = False
        if not has_deal_act(text) and not any(t.label in ("merger", "acquisition", "contract") for t in triggers):
            if not (any(t.label == "financing" for t in triggers) and _FINANCING_ACT.search(text)):
                continue
            financing_only = True
        hedge_text = text
        if "; " in text and (cut := text.index("; ")) > 0 and (before_cut := [t for t in triggers if t.start < cut]) and (
                is_hedged_deal(_RELATIVE_CLAUSE.sub("", text[cut:])) and not is_hedged_deal(_RELATIVE_CLAUSE.sub("", text[:cut]))):
            # "X has agreed to buy 30% of Y for $410 million ...; Y said ..., while people said Z was in early talks about a
            # loan": the clause after the semicolon hedges its own deal, not the one before it
            triggers, hedge_text = before_cut, text[:cut]
        # "..., which it plans to use to finance robot fleets": a clause about something else hedges no deal
        unhedged = _RELATIVE_CLAUSE.sub("", hedge_text)
        if ", as " in unhedged:
            # "X has agreed to sell Y ..., as chief executive Z presses ahead with her plan to shrink the group": the
            # setting's plan, not the deal's
            unhedged = _AS_CLAUSE.sub("", unhedged)
        if "as part of" in unhedged:
            unhedged = _PURPOSE_CLAUSE.sub("", unhedged)
        if " after " in unhedged:
            unhedged = _RIVAL_CLAUSE.sub("", unhedged)
        if _DENIED_REPORT.search(unhedged, 0, min(t.start for t in triggers)):
            # "Kiwara also denied a report ... that it had agreed to sell concentrate to X", "She denied a report that the
            # company had signed an MoU with Y": the deal is what is denied (its "had signed" no act of the sentence)
            continue
        if _VOID.search(unhedged) or is_hedged_deal(unhedged) and (
                not _STRONG_ACT.search(text) or _NEGATED_ACT.search(text)):
            continue
        if (negated := _NEGATED_ACT.search(text)) and not has_deal_act(text[: negated.start()] + text[negated.end() :]):
            continue  # "but the two companies had not signed any binding agreement": the only act is denied
        parties: list[Entity] = []
        chosen: str | None = None
        states: list[Entity] = []  # the states of a trade agreement, when the sentence names two or more
        for trig in triggers:
            found = _parties_for(doc, idx, trig)
            if trig.label == "trade_agreement" and sum(p.kind == "country" for p in found) >= 2:
                states = found
            new = [p for p in found if all(normalise_name(doc.canonical(p)) != normalise_name(doc.canonical(q)) for q in parties)]
            parties.extend(new)
            # The most specific trigger that names parties gives the type ("an agreement to merge": merger).
            if found and (chosen is None or _TYPE_ORDER.index(trig.label or "agreement") < _TYPE_ORDER.index(chosen)):
                chosen = trig.label
        if states:
            # "Viet Nam and Colombia signed a free trade agreement, the first such pact ... outside the CPTPP": the
            # states are its parties, not what the sentence's other deal words find around them
            parties, chosen = states, "trade_agreement"
        if financing_only and not _names_lender_or_borrower(doc, idx, triggers, parties):
            continue
        if not parties and any(t.label == "financing" for t in triggers) and find_money(text):
            prev = doc.earlier_organisation(idx, ("organization",))
            if prev is not None:
                parties, chosen = [prev], "financing"
        if not parties and chosen is None and has_deal_act(text) and not financing_only:
            counted = _COUNTED_GROUP.match(text, dateline_end(text, doc.published), min(t.start for t in triggers))
            pending = _pending(idx, triggers, counted)
            last_deal_idx = idx
            continue
        if not parties or len(parties) == 1 and parties[0].kind in ("person", "unknown") and _SPEAKS_AFTER.match(
                text, parties[0].end - sent.start):
            continue  # '"This is a genuine merger of equals," X added': who speaks about the deal is no party
        if all(p.kind == "country" for p in parties):
            if any(_NATIONALS_GROUP_AFTER.match(doc.text, p.end) for p in parties):
                continue  # "Korean companies signed 26 agreements with Saudi partners": firms of those states, unnamed
            if deals and _THE_DEAL_IS.match(text):
                # "The deal is subject to approval by competition authorities in Spain and Portugal", "The agreement is
                # the latest in a run of contracts signed by Japanese and South Korean buyers": the deal told before
                continue
            if len(parties) < 2:
                counted = _COUNTED_GROUP.match(text, dateline_end(text, doc.published), min(t.start for t in triggers))
                if counted is not None and not financing_only and has_deal_act(text):
                    # "Two Midwestern regional banks have agreed to combine ..., as Washington signals ...": a state
                    # mentioned beside the counted sides, who are named in a sentence after it
                    pending = _pending(idx, triggers, counted)
                    last_deal_idx = idx
                continue
            if chosen in (None, "agreement", "other") and _TRADE_WORDS.search(text):
                chosen = "trade_agreement"  # states agreeing on trade; a development deal stays an agreement
        elif (chosen != "trade_agreement" and len([p for p in parties if p.kind != "country"])
              and any(p.kind == "country" for p in parties)):
            parties = [p for p in parties if p.kind != "country"]
        deal_type = chosen or "other"
        # "has sold the 2008-built suezmax Kallimachos Spirit to X": the ship sold is no party
        parties = [p for p in parties if not _VESSEL_BEFORE.search(doc.text, max(0, p.start - 40), p.start)] or parties
        # "to finance the Kilombero Valley Water Supply and Sanitation Project": what the money is for; "held at the
        # Ministry of Finance in Dar es Salaam": where it was signed
        parties = [p for p in parties if not (p.kind != "country" and (
            p.name in BASED_CITIES or p.name.split()[-1] in _PROJECT_WORDS or _PROJECT_AFTER.match(doc.text, p.end)
            # "the concession for the operation of the Punta Caleta Multipurpose Port Terminal": the asset, no side
            or p.name.split()[-1] in _ASSET_NAME_WORDS and _OF_THE_BEFORE.search(doc.text, max(0, p.start - 12), p.start)
            or _VENUE_BEFORE.search(doc.text, max(0, p.start - 20), p.start)
            # "to finance the Project to Strengthen Electricity Distribution Networks in Secondary Cities (PREDIS-VS)":
            # the words of a project's title, and its short name
            or _PROJECT_TITLE_BEFORE.search(doc.text, max(0, p.start - 20), p.start) or _project_short_name(doc, p.name)))]
        if not parties:
            continue  # (only a project or a place was named: no deal between named parties)
        group = _GROUP_NAMED.match(text)
        if (group and deals and idx - last_deal_idx <= 2
                and re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+)?{group.group(1)}\b", deals[-1]["evidence"], re.IGNORECASE)):
            # "X has agreed to sell ... to a consortium of Dutch, Canadian and Danish pension funds. The consortium, led
            # by Dutch pension fund Y, will buy 80 per cent ...": the buyers of the deal just reported, named
            for p in parties:
                _add_party(doc, deals[-1], p)
            last_deal_idx = idx
            continue
        if deal_type in ("contract", "agreement", "acquisition") and (_AIRCRAFT_ORDERED.search(text) or (
                (model_named := _MAKER_BEFORE_MODEL.search(text)) is not None
                and (model_named.group("kind") or model_named.group("maker") in _AIRCRAFT_MAKERS.values()))):
            # "VietSky signed a purchase agreement for 40 A321neo aircraft": an order (a contract), and the maker named
            # in the story sells them
            deal_type = "contract"
            if (maker := _aircraft_maker(doc, text, parties, sent.start)) is not None:
                parties = [*parties, maker]
        deals.append(_record(doc, idx, _ACCEPTED_TYPE.get(deal_type, deal_type), parties))
        if (deals[-1]["deal_type"] == "financing" and (lenders := _LENDERS_COLON.search(text)) is not None
                or deals[-1]["deal_type"] == "investment" and (lenders := _INVESTORS_COLON.search(text)) is not None):
            # "was provided by a consortium of four commercial lenders: A, acting as mandated lead arranger (US$96
            # million); B, as mandated lead arranger (US$80 million); and C, as lender": each lender after the colon
            for ent in doc.entities(idx):
                if (ent.start - sent.start >= lenders.end() and ent.kind in ("organization", "unknown")
                        and ent.alias_of is None and not _SYNDICATE_TITLE.fullmatch(ent.name)
                        and not BRANCH_NAME.fullmatch(ent.name)):
                    _add_party(doc, deals[-1], ent)
        last_deal_idx = idx
    if " orders" in doc.text:
        deals += _listed_orders(doc, {d["start"] for d in deals})
    merged = _merge(deals, doc.title)
    if merged:
        _values_stated_apart(doc, merged)
        _dates_of_the_day(merged)
        _defined_parties(doc, merged)
        _listed_lenders(doc, merged)
    return _full_names(merged)


# "Other LNG carrier orders reported this month:" over one order a line, "- Geoje Ocean Shipbuilding Co., Ltd. - four
# 174,000 cu m vessels for Tokyo-based Mitsuhama Kisen Kaisha, Ltd., contract value KRW 1.42 trillion": the yard and the
# buyer after "for" are each line's sides
_ORDER_LIST_CUE = re.compile(r"^(?!.*\b(?:cancel|scrapp|withdr)).{0,80}\borders\b[^.;:]{0,60}:$", re.IGNORECASE)
_FOR_BUYER = re.compile(r"\s+for\s+(?:(?:[\w-]+-based|[A-Z][\w-]*['’]s)\s+)?$")


# A line naming orders and ending in a colon. Anchored at line starts: unanchored, the search tried every position of a
# long paragraph holding "orders" again (14 ms a page of realistic text, 11% of record extraction on the dev set)
_ORDERS_CUE_LINE = re.compile(r"^[^\n]*\borders\b[^\n]*:[ \t]*(?=\n)", re.IGNORECASE | re.MULTILINE)


def _listed_orders(doc: Document, taken: set[int]) -> list[dict[str, Any]]:
    """Orders a roundup lists one a marked line under a cue naming orders: a contract between the yard or maker the line
    opens with and the buyer it names after "for"."""
    out: list[dict[str, Any]] = []
    for cue in _ORDERS_CUE_LINE.finditer(doc.text):
        idx = doc.sentences.containing(cue.end() - 1)
        if idx is None or not _ORDER_LIST_CUE.search(doc.sentences[idx].text.strip()):
            continue
        j = idx + 1
        while doc.sentences.has(j) and j <= idx + _MAX_DEAL_ITEMS:
            sent = doc.sentences[j]
            mark = _ITEM_MARK.match(sent.text)
            if mark is None:
                break
            ents = [e for e in doc.entities(j) if e.kind in ("organization", "unknown")]
            maker = next((e for e in ents if e.start - sent.start == mark.end()), None)
            buyer = next((e for e in ents if maker is not None and e.start > maker.end
                          and _FOR_BUYER.search(doc.text, maker.end, e.start)), None)
            if maker is not None and buyer is not None and sent.start not in taken:
                out.append(_record(doc, j, "contract", [maker, buyer], value_ahead=False))
            j += 1
    return out


# "raised £62 million through a placing of new shares ... with three institutional investors: A, which is taking £30
# million, B (£20 million) and C (£12 million)": the investors after the colon
_INVESTORS_COLON = re.compile(r"\b(?:with|to|from|by)\s+(?:an?\s+)?(?:(?:group|consortium)\s+of\s+)?(?:[\w-]+\s+){0,3}"
                              r"(?:investors|funds|shareholders|subscribers)\s*:\s+")
# "provided by a consortium of four commercial lenders: A, ...; B, ...": the lenders after the colon, in the sentence
_LENDERS_COLON = re.compile(r"\b(?:provided|arranged|extended|funded|underwritten)\s+by\s+(?:an?\s+)?(?:(?:group|syndicate|"
                            r"consortium|club)\s+of\s+)?(?:[\w-]+\s+){0,3}(?:lenders|banks|financiers|arrangers)\s*:\s+")
# "The Facility is provided by a group of lenders comprising:", "The banks in the syndicate are:": a list of the
# financing's other side follows
_LENDERS_CUE = re.compile(
    r"\b(?:lenders|banks|arrangers|underwriters|syndicate|investors|consortium|financiers|bookrunners)\b[^.;]{0,60}:\s*$"
    # ("The senior facility is provided as follows:" over "- A Bank: US$90 million" lines)
    r"|\b(?:facility|facilities|loan|loans|financing|debt|tranche)\s+(?:is|are|was|were|will\s+be)\s+"
    r"(?:provided|funded|extended|underwritten)\s+(?:as\s+follows|by)\s*:\s*$"
    # ("The 18-year senior debt package comprises:" over "- a US$410 million direct loan from X (JBIC);" lines)
    r"|\b(?:debt|financing|loan|funding)\s+package\s+(?:comprises|consists\s+of|includes|is\s+made\s+up\s+of)\s*:\s*$",
    re.IGNORECASE)
_DENIED_REPORT = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:a|an|the|media|press|news|earlier)\s+)?(?:reports?|claims?|rumou?rs?|speculation)\b"
    r"[^.;]{0,160}?\bthat\b|\bden(?:y|ies|ied|ying)\s+(?:that|it\s+had|having)\b")
_INVESTORS_CUE = re.compile(r"\b(?:investors|consortium\s+members|members\s+of\s+the\s+consortium)\b[^.;]{0,60}:\s*$",
                            re.IGNORECASE)
_ITEM_NAME = re.compile(r"[A-Z][\w&’'.-]*(?: (?:[A-Z][\w&’'.-]*|de|del|la|of|and|y|für))*(?=\s*(?:\(|:|;|,|$))")
_ITEM_BULLET = re.compile(r"\s*(?:[-•*–—]|\(?[0-9a-z]{1,2}[.)])\s+")


def _listed_lenders(doc: Document, deals: list[dict[str, Any]]) -> None:
    """A financing whose next sentences list its lenders in bullets ("- International Finance Corporation ("IFC"):
    US$150 million A-loan;"), or a deal its investors or consortium members: the name opening each item is a party."""
    for deal in deals:
        # (any deal's investors or consortium: "The cornerstone investors, who will be subject to a lock-up, are:")
        cue = _LENDERS_CUE if deal["deal_type"] == "financing" else _INVESTORS_CUE
        idx = doc.sentences.containing(deal["end"] - 1)
        if idx is None:
            continue
        # (a few lines on: "Lenders" as a heading, "Fourteen commercial lenders participate in the deal.", then "the
        # mandated lead arrangers are:")
        # (or below the financing's terms in bullets: "- US$385 million senior secured facility ...", then "The senior
        # facility is provided as follows:")
        for j in range(idx + 1, idx + 12):
            if not doc.sentences.has(j):
                break
            if deal["deal_type"] == "financing" and _LENDER_TABLE_HEADER.match(doc.sentences[j].text):
                # "Lender | Facility | Commitment (US$ million)" over a row a lender: the name opening each row
                k = j + 1
                while doc.sentences.has(k) and k <= j + 30 and "|" in doc.sentences[k].text:
                    row = doc.sentences[k]
                    lead = next((e for e in doc.entities(k) if e.start - row.start <= 2 and e.alias_of is None
                                 and e.kind in ("organization", "unknown") and not _TOTAL_ROW.match(e.name)), None)
                    if lead is not None:
                        _add_party(doc, deal, lead)
                    k += 1
                break
            if j >= idx + 5 and not _ITEM_BULLET.match(doc.sentences[j - 1].text):
                break
            if not cue.search(doc.sentences[j].text):
                continue
            if doc.sentences.has(j + 1) and _LENDER_TABLE_HEADER.match(doc.sentences[j + 1].text):
                continue  # "The lenders and their commitments are:" over a table: read as a table
            k = j + 1
            while doc.sentences.has(k) and k <= j + 30:
                item = doc.sentences[k]
                bullet = _ITEM_BULLET.match(item.text)
                if bullet is None:
                    break
                lead = next((e for e in doc.entities(k) if e.start - item.start == bullet.end()
                             and e.kind in ("organization", "unknown")), None)
                whole = _ITEM_NAME.match(item.text, bullet.end())
                if lead is not None and whole is not None and len(whole.group()) > len(lead.name):
                    # "Export Development Canada": the item's whole name, where the name finder took a state off its end
                    start = item.start + bullet.end()
                    lead = Entity(start, start + len(whole.group()), whole.group(), lead.kind, lead.country)
                if lead is not None:
                    _add_party(doc, deal, lead)
                elif (lender := _ITEM_LENT_BY.match(item.text, bullet.end())) is not None:
                    # "- a US$410 million direct loan from the Japan Bank for International Cooperation (JBIC);", "- a
                    # commercial tranche insured by X, provided by A, B and C; and": the lenders the item names
                    for ent in doc.entities(k):
                        if (ent.start - item.start >= lender.end() - 1 and ent.kind in ("organization", "unknown")
                                and ent.alias_of is None and not _SYNDICATE_TITLE.fullmatch(ent.name)):
                            _add_party(doc, deal, ent)
                k += 1
            break


# A lenders' table's header line: its first column the lender ("Lender | Facility | Commitment (US$ million)")
# (or a Markdown table's: "| Lender | Role | Commitment (US$m) |")
_LENDER_TABLE_HEADER = re.compile(r"\s*(?:\|\s*)?(?:Lenders?|Banks?|Lending\s+institutions?|Financiers?|Participants?)\s*\|",
                                  re.IGNORECASE)
_TOTAL_ROW = re.compile(r"(?:Total|Sub-?total)\b", re.IGNORECASE)
# A lender's item that opens with the loan: "a US$410 million direct loan from", "a US$110 million A-loan from"
_ITEM_LENT_BY = re.compile(
    r"(?:an?\s+)?(?:(?:US|A|C|HK|S)?[$€£]|USD\s?|EUR\s?)?[\d.,]*\s*(?:million|billion|bn|m|mn)?\s*"
    r"(?:[\w-]+\s+){0,4}?(?:\w+-)?(?:loan|tranche|facility|credit|guarantee|financing)\b[^;:]{0,80}?\b(?:from|by)\s")


# A filing's definitions: '"Vendor" Zhuhai Hengtai Industrial Investment Partnership (Limited Partnership)', '"Target
# Company" means Guangdong Huaxin Cold Chain Logistics Co., Ltd. (廣東華信冷鏈物流有限公司)', one a line
_DEFINITION_LINE = re.compile(
    r"^[^\S\n]*[\"“](?P<term>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})[\"”][^\S\n]*(?::|means|refers to)?[^\S\n]*"
    r"(?P<name>[A-Z][^\n]{2,200}|[^\x00-\u024f\s][^\n]{2,200})$",
    re.MULTILINE,
)
# '"Purchaser" 金海冷鏈物流(深圳)有限公司 (Jinhai Cold Chain Logistics (Shenzhen) Co., Ltd.*), a company ...': a name in its own
# script first, then its English name in brackets (the asterisk: a translation for identification only)
_LATIN_NAME_IN_BRACKETS = re.compile(r"(?:[^\x00-\u024f]|\([^\x00-\u024f()]*\))+\s*\((?P<latin>[A-Z](?:[^()]|\([^()]*\))*?)\*?\)")
_DESCRIBED_AFTER = re.compile(r",\s+(?:an?|the|which|whose|being)\s|,\s+[a-z]|;")
_NON_LATIN_BRACKET = re.compile(r"\s*\([^()]*[^\x00-\u024f()][^()]*\)")


# A term defined in brackets after a legal name: 'Puna Lithium Corp. (TSX: PLC) ("Puna" or the "Company")'
_INLINE_DEFINITION = re.compile(
    r"(?<![\w)(.])(?<!\w-)(?P<name>[A-Z][\w&’'.]*(?:-[\w&’'.]+)*(?:,? (?:[A-Z0-9&][\w&’'.]*(?:-[\w&’'.]+)*|\([A-Z][\w ]{1,30}\)"
    r"|de|del|la|of|and|y))*?,? "
    r"(?:Corp\.|Corporation|Inc\.|Ltd\.?|Limited|S\.A\.|AG|SE|LLC|PLC|plc|GmbH|N\.V\.|B\.V\.|Co\., Ltd\.))"
    r"(?: \([A-Z][\w .-]{0,20}: ?[\w.-]{1,12}\))? \((?P<terms>(?:the )?[\"“][A-Z][^\"”()]{0,30}[\"”]"
    r"(?:,? (?:or|and) (?:the )?[\"“][A-Z][^\"”()]{0,30}[\"”])*)\)"
)
_TERM_IN_QUOTES = re.compile(r"[\"“]([^\"”]+)[\"”]")


def _definitions(text: str) -> dict[str, str]:
    """The defined terms of a filing's definitions section and the names they stand for ("Purchaser" -> its company's
    name); only terms defined as a legal name (one with a legal form), so "Board" or "Listing Rules" give none. Terms
    defined in brackets after a name ('Puna Lithium Corp. ("Puna" or the "Company")') too."""
    if "\"" not in text and "“" not in text:
        return {}
    out: dict[str, str] = {}
    for m in _INLINE_DEFINITION.finditer(text):
        for term in _TERM_IN_QUOTES.findall(m.group("terms")):
            out.setdefault(term, m.group("name"))
    for m in _DEFINITION_LINE.finditer(text):
        name = m.group("name")
        if not name[:1].isascii():
            latin = _LATIN_NAME_IN_BRACKETS.match(name)
            if latin is None:
                continue
            name = latin.group("latin")
        cut = _DESCRIBED_AFTER.search(name)
        name = _NON_LATIN_BRACKET.sub("", name[: cut.start()] if cut else name).strip().rstrip(".,;")
        if name.endswith(("Ltd", "Co")):
            name += "."  # "Co., Ltd." lost its dot with the sentence's
        if _LEGAL_NAME_END.search(name):
            out[m.group("term")] = name
    return out


_LEGAL_NAME_END = re.compile(
    r"(?:\b(?:Limited|Ltd\.?|Inc\.?|Corp(?:oration)?\.?|Co\.|LLC|LLP|PLC|plc|AG|SE|S\.A\.|N\.V\.|B\.V\.|GmbH|Pte\.? Ltd\.?|"
    r"Bhd\.?|Partnership|Holdings)|\(Limited Partnership\))$")


def _defined_parties(doc: Document, deals: list[dict[str, Any]]) -> None:
    """A filing's deals told in its defined terms ("the Purchaser ... entered into the Equity Transfer Agreement with the
    Vendor ... to acquire ... the Target Company"): the names the terms are defined as are the parties, not "Target
    Company" itself."""
    terms = _definitions(doc.text)
    if not terms:
        return
    for deal in deals:
        evidence = deal.get("evidence") or doc.text[deal["start"] : deal["end"]]
        named: list[dict[str, Any]] = []
        for party in deal["parties"]:
            if party["name"] in terms and _ROLE_TERM.fullmatch(party["name"]):  # "Target Company": the name it stands for
                party = {**party, "name": terms[party["name"]]}
            if not any(normalise_name(p["name"]) == normalise_name(party["name"]) for p in named):
                named.append(party)
        deal["parties"] = named
        for term, name in terms.items():
            if _ROLE_TERM.fullmatch(term) and re.search(rf"\bthe {re.escape(term)}\b", evidence) and not _has_party(deal, name):
                deal["parties"].append({"name": name, "country": None})


# The defined terms that name a side by its role ("the Purchaser", "the Company"), not a short name ("Puna")
_ROLE_TERM = re.compile(
    r"(?:Target |Subject |Project |Operating )?(?:Company|Purchaser|Vendor|Seller|Buyer|Borrower|Lender|Issuer|Guarantor|Subscriber|Offeror|"
    r"Offeree|Acquirer|Transferor|Transferee|Contractor|Employer|Supplier|Customer|Partnership|Fund|Bank)"
)


# An order for aircraft by their model, and who makes each model
_AIRCRAFT_ORDERED = re.compile(
    r"\bfor\s+(?:up\s+to\s+)?(?:\d{1,3}|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+"
    r"(?:(?:more|additional|new|firm)\s+)?(?P<model>A3[0-9]{2}(?:neo|-\d{3,4}(?:neo)?|F)?|A220(?:-\d{3})?|7[3-8]7(?:-\d{1,3}|\s+MAX(?:\s+\d{1,2})?|X)?|"
    r"E1[79]5(?:-E2)?|E2\b|ATR\s?[47]2(?:-600)?|C9[12]9|Q400|CRJ\d{3,4})")
_MAKER_BEFORE_MODEL = re.compile(
    r"\bfor\s+(?:up\s+to\s+)?(?:\d{1,3}|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+"
    r"(?:(?:more|additional|new|firm)\s+)?(?P<maker>[A-Z][a-z][\w-]+(?:\s+[A-Z][a-z][\w-]+)?)\s+(?P<model>[A-Z]{0,3}-?\d{2,4}[\w-]*)"
    r"(?P<kind>\s+(?:[a-z-]+\s+)?(?:jets?|aircraft|airliners?|planes|freighters|helicopters))?"
)
_AIRCRAFT_MAKERS = {"A": "Airbus", "7": "Boeing", "E": "Embraer", "AT": "ATR", "C9": "COMAC", "Q4": "De Havilland", "CR": "Bombardier"}


def _aircraft_maker(doc: Document, text: str, parties: list[Entity], offset: int) -> Entity | None:
    """The maker of the aircraft an order names by model, when the story names it and no party is it already."""
    named = _MAKER_BEFORE_MODEL.search(text)
    if named is not None and len(parties) == 1 and (named.group("kind") or named.group("maker") in _AIRCRAFT_MAKERS.values()) and not any(named.group("maker") in p.name or p.name in named.group("maker") for p in parties):
        # "a firm order for 12 Airbus A350-1000s", "for 20 Planalto Aeroespacial PA-195E regional jets": the maker named
        # before the model
        return Entity(offset + named.start("maker"), offset + named.end("maker"), named.group("maker"), "organization", None)
    ordered = _AIRCRAFT_ORDERED.search(text)
    if ordered is None:
        return None
    model = ordered.group("model")
    maker = _AIRCRAFT_MAKERS.get(model[:2]) or _AIRCRAFT_MAKERS.get(model[:1])
    if maker is None or any(maker in p.name for p in parties):
        return None
    at = re.search(rf"\b{maker}\b", doc.text)
    if at is None:
        return None
    return Entity(at.start(), at.end(), maker, "organization", None)


# What states a deal's value apart from the deal's sentence, the amount right after it: "values the entire share capital
# of Brekke at approximately", "for a total potential deal value of up to", "Total upfront consideration of", "the
# transaction implies an enterprise value of", "(3) Acquisition price: Common shares of X:"
_VALUE_STATED = re.compile(
    _VALUES_SHARE_CAPITAL + r"\s+[^.;]{1,60}?\s+at\s+"
    # ("The offer values Lumetrix's entire issued share capital at approximately EUR 1.74 billion")
    r"|\bvalu(?:es|ing)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:[’']s|(?<=s)[’'])\s+(?:entire\s+|whole\s+|total\s+)?(?:issued\s+)?"
    r"(?:share\s+capital|equity)\s+at\s+"
    r"|\b(?:[Tt]otal|[Aa]ggregate|[Oo]verall|[Cc]ombined)\s+(?:potential\s+)?(?:deal|transaction)\s+value\s+(?:of|is|was)\s+"
    r"|\b(?:[Tt]otal|[Aa]ggregate)\s+(?:upfront\s+|cash\s+)?(?:purchase\s+)?(?:consideration|purchase\s+price)\s+"
    # ("The aggregate consideration payable by X is USD 1.12 billion")
    r"(?:(?:payable|to\s+be\s+paid|paid)\s+by\s+(?:[\w.&'’-]+\s+){1,6}?)?"
    r"(?:of|is|was|will\s+be|amounts\s+to|payable\s+is)\s+"
    r"|\b(?:deal|transaction|acquisition|merger|agreement|contract|order)\s+(?:is|was)\s+valued\s+at\s+"
    r"|\bimplies\s+an?\s+(?:total\s+)?(?:equity|enterprise|transaction)\s+value\s+of\s+"
    r"|^\W{0,6}(?:[Aa]cquisition|[Pp]urchase|[Tt]ransfer)\s+price\s*:[^:\n]{0,60}?:?\s*"
    # a disclosure form's item and its answer on the next line: "h) Cost of acquisition or the price at which the shares
    # are acquired:" then "GBP 24.5 million ..."
    r"|^\W{0,6}(?:[a-z]{1,2}\)\s+)?[Cc]ost\s+of\s+(?:the\s+)?acquisition\b[^:\n]{0,80}:\s*",
    re.MULTILINE,
)
_VALUE_STATED_WORDS = ("valu", "onsideration", "price", "ost of")
_HEDGE_BEFORE = re.compile(r"\b(?:up\s+to|about|around|approximately|roughly|nearly|some|more\s+than|over)\s+$")
# A headline's amount that is a deal's value: "... for A$48.5 million", "in deal worth up to $1.72 billion" (after a
# word of price), "State signs Sh149bn deal with", "form Rs 4,800-crore battery cell venture" (before a deal's noun)
_TITLE_VALUE_BEFORE = re.compile(
    r"\b(?:for|worth|valued\s+at)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+)?$", re.IGNORECASE
)
_TITLE_SUM = re.compile(
    r"\b(?:agreements|deals|contracts|memorand\w*|MoUs|orders|investments|pacts)\s+(?:worth|valued\s+at)\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+)?$", re.IGNORECASE
)
_TITLE_VALUE_AFTER = re.compile(
    r"(?:-|\s)+(?:[\w'’.-]+\s+){0,3}?(?:deal|contract|takeover|acquisition|buyout|merger|venture|JV|loan|financing|order|"
    r"investment|stake|bid|offer|agreement|purchase|sale|facility|funding|round)s?\b",
    re.IGNORECASE,
)


def _values_stated_apart(doc: Document, deals: list[dict[str, Any]]) -> None:
    """Deals whose sentences state no value, given the value the text states of them elsewhere.

    Later in the article, after a cue that names what the amount is ("... values the entire share capital of Brekke at
    approximately NOK 6.1 billion", "Total upfront consideration of A$48.5 million"): the last deal reported before it,
    unless that one has its value. In the headline, an amount worded as a deal's value ("Kuroshio Shoji buys into
    Redbank's Yarrabee project in A$620m joint venture"): the deal the headline is about (the first one whose party it
    names, or the first one reported), unless that one has its value.
    """
    text = doc.text
    if any(w in text for w in _VALUE_STATED_WORDS):
        starts = sorted(range(len(deals)), key=lambda i: deals[i]["start"])
        for cue in _VALUE_STATED.finditer(text):
            before = [i for i in starts if deals[i]["start"] < cue.start()]
            if not before:
                continue
            deal = deals[before[-1]]
            if deal["value"] is not None or deal["start"] <= cue.start() < deal["end"]:
                continue  # its value is known; or the cue is in its own sentence, which _record read already
            window = text[cue.end() : cue.end() + 90]
            money = [m for m in find_money(window) if not _PER_UNIT.match(window, m.end)]
            if money and (money[0].start == 0 or _HEDGE_BEFORE.search(window, 0, money[0].start)
                          or window[: money[0].start].strip() == ""):
                _set_value(doc, deal, money[0].amount, money[0].currency)
    title = doc.title
    if title and any(c.isdigit() for c in title):
        for m in find_money(title):
            if _PER_UNIT.match(title.lower(), m.end):
                continue  # "... for $41.50 Per Share in Cash": a price
            if _TITLE_SUM.search(title, 0, m.start) or any(
                    d["value"] is not None and abs(d["value"] - m.amount) <= 0.01 * m.amount for d in deals):
                break  # "Business Agreements Worth USD 412 Million": several deals' sum; or a deal's value already
            if _TITLE_VALUE_BEFORE.search(title, 0, m.start) or _TITLE_VALUE_AFTER.match(title, m.end):
                about = next((d for d in deals if _title_names_party(title, [p["name"] for p in d["parties"]])), None)
                deal = about or min(deals, key=lambda d: d["start"])
                if deal["value"] is None:
                    _set_value(doc, deal, m.amount, m.currency)
                break


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:last|previous|next)\s+(?:year|month|week)\b|\bearlier\b")
# The deal made at the same time as the one told before it: "At the same ceremony, X signed", "In addition to the equity
# round, X has secured", "Alongside the JV agreement, X signed", "The two companies have also signed", "X has in turn placed"
_SAME_OCCASION = re.compile(
    r"\b(?:[Aa]t the same (?:time|ceremony|event|signing|meeting)|[Oo]n the same (?:occasion|day|date)|the same day|"
    r"[Aa]longside (?:the|its|this)\b|[Ii]n addition to (?:the|its|this)\b|[Ii]n addition,|[Oo]n top of (?:the|its)\b|"
    r"[Ii]n connection with (?:the|this)\b|in turn\b|[Oo]n the sidelines of (?:the|this) (?:signing|ceremony|visit)|"
    r"[Aa]fter the \w+ signed|[Ff]ollowing the signing|[Dd]uring the (?:visit|ceremony)|"
    r"also (?:signed|agreed|inked|secured|announced|concluded|entered|took part|awarded|placed))"
)


def _dates_of_the_day(deals: list[dict[str, Any]]) -> None:
    """A deal told without a date after one told with it, in words that say it was made on the same occasion and name
    no time of their own: that one's date ("At the same ceremony, X signed a loan agreement with Y", "Carrow has in
    turn placed a £58 million subcontract with Z"; not "It bought rival T last year")."""
    last: str | None = None
    for deal in sorted(deals, key=lambda d: d["start"]):
        if deal["date"] is not None:
            last = deal["date"]
        elif last is not None and _SAME_OCCASION.search(deal["evidence"]) and not _YEAR.search(deal["evidence"]):
            deal["date"] = last


def _set_value(doc: Document, deal: dict[str, Any], value: float, currency: str | None) -> None:
    deal["value"], deal["currency"] = value, currency
    date = dt.date.fromisoformat(deal["date"]) if deal["date"] else None
    deal["value_usd"] = to_usd(value, currency, date or doc.published)
    deal["confidence"] = round(min(deal["confidence"] + 0.1, 0.95), 2)


# "The buyer, which will take a 24.9% stake, is the Dhafra Investment Authority", "The stake is being sold by X"
_ROLE = r"[Tt]he\s+(?:buyer|seller|acquirer|purchaser|investor|vendor|lender|borrower|contractor|winner|bidder|target)s?\b"
_ROLE_CUE = re.compile(rf"\b(?:{_ROLE}|being\s+(?:sold|bought|acquired)\s+by)")
_ROLE_BEFORE = re.compile(
    rf"(?:\b{_ROLE}(?:[^.;]|(?<=\d)\.(?=\d)){{0,100}}?\b(?:is|are|was|were)|\bbeing\s+(?:sold|bought|acquired)\s+by"
    # ("In the filing, X identified the purchaser as Y": the side named by its role)
    rf"|\b(?:identified|identifies|named|names|disclosed|revealed|confirmed)\s+{_ROLE}\s+as)"
    r"\s+(?:the\s+)?$"
)


def _pending(idx: int, triggers: list[Trigger], counted: re.Match[str] | None) -> tuple[int, str, int]:
    """A deal of sentence `idx` whose sides are named later: (sentence, its most specific type, how many sides the
    sentence counts or 0)."""
    labels = [t.label for t in triggers if t.label]
    chosen_type = min(labels, key=_TYPE_ORDER.index) if labels else "other"
    return idx, _ACCEPTED_TYPE.get(chosen_type, chosen_type), number_value(counted.group(1)) if counted else 0


_THE_DEAL_IS = re.compile(
    r"\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:deal|agreement|transaction|contract|acquisition|merger|purchase|sale)\s+"
    r"(?:is|was|remains|will\s+be|would\s+be|requires|needs|marks)\b"
)
# "Three companies from ...", "two Japanese trading houses": the deal's sides counted, named in a sentence after it
_CALLED_BEFORE = re.compile(r"\b(?:to\s+be\s+)?(?:called|named|known\s+as)\s+$")
_COUNTED_GROUP = re.compile(
    r"(?:(?:The|the|All)\s+)?(two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|groups|partners|investors|lenders|banks|"
    r"carmakers|automakers|producers|makers|developers|utilities|operators|conglomerates|manufacturers|suppliers|"
    r"shipowners|miners|insurers|funds|trading\s+houses)\b",
    re.IGNORECASE,
)
def _named_group(doc: Document, idx: int, count: int) -> list[Entity]:
    """The sides of a deal whose sentence opened with their count ("Three companies from ..."), when sentence `idx`
    names exactly as many organisations; [] otherwise."""
    named: list[Entity] = []
    text, offset = doc.sentences[idx].text, doc.sentences[idx].start
    for ent in doc.entities(idx):
        if _CALLED_BEFORE.search(text, max(0, ent.start - offset - 20), ent.start - offset):
            continue  # "The joint venture, to be called X, brings together A, B and C": what they form, no side
        if ent.kind in ("organization", "unknown") and ent.alias_of is None and not any(
                normalise_name(doc.canonical(ent)) == normalise_name(doc.canonical(o))
                # "Lakeshore shareholders would receive 0.845 Cardinal Ridge shares": the short names of those named
                or o.name.startswith(ent.name + " ") for o in named):
            named.append(ent)
    return named if len(named) == count else []


# "The MoUs signed are as follows:", "The agreements include:": one deal per line below
# what ends a cue over a list of deals, one a line: "... are as follows:", "... include:"
_LIST_CUE_END = r"\b(?:as\s+follows|are|were|include|included|including|following)\s*:$"
_DEAL_LIST_CUE = re.compile(
    r"\b(?:MoUs|memorand(?:a|ums)(?:\s+of\s+understanding)?|agreements|deals|contracts)\b[^.:;]{0,60}?" + _LIST_CUE_END,
    re.IGNORECASE,
)
_ITEM_MARK = re.compile(r"(?:\d{1,2}[.)]|[-•*–])\s*")
_COUNTED_DEALS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?(?:MoUs|memoranda|agreements|deals|contracts)\b",
    re.IGNORECASE,
)
_BETWEEN_SIDES = re.compile(r"\bbetween\s+")
# a list line stating a purchase by its buyer: "The purchase by Doha Maritime Holdings QPSC of a 30% stake in ..."
_PURCHASE_BY = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:purchase|acquisition)\s+by\s+")
_ITEM_TYPE = {"investment": "investment", "joint venture": "joint_venture", "loan": "financing", "financing": "financing",
              "acquisition": "acquisition"}
_MAX_DEAL_ITEMS = 30


def _between_items(doc: Document, idx: int) -> list[tuple[int, str, list[Entity]]]:
    """The deals a list under sentence `idx` states one per marked line, each "between" two named sides, as
    (sentence, deal type, sides); [] when a marked line of the list names no two sides so."""
    cue = doc.sentences[idx].text.lower()
    kind = "contract" if "contracts" in cue else "agreement"
    items: list[tuple[int, str, list[Entity]]] = []
    marked = False  # the item's number stood alone, split off as a sentence of its own
    j = idx + 1
    while doc.sentences.has(j) and len(items) < _MAX_DEAL_ITEMS:
        sent = doc.sentences[j]
        mark = _ITEM_MARK.match(sent.text)
        if mark and mark.end() >= len(sent.text):
            marked, j = True, j + 1
            continue
        at_line = doc.text[sent.start - 1 : sent.start] == "\n"
        if not (marked or at_line and mark):
            if at_line or not items:
                break
            j += 1  # the next sentence of an item, on its line
            continue
        marked = False
        between = _PURCHASE_BY.match(sent.text, mark.end() if mark else 0) or _BETWEEN_SIDES.search(sent.text)
        sides = [e for e in doc.entities(j) if between is not None and e.start - sent.start >= between.end()
                 and e.kind in ("organization", "unknown") and e.alias_of is None][:2]
        if len(sides) < 2:
            return []
        head = re.sub(r"^(?:an?|the)\s+", "", sent.text[mark.end() if mark else 0 :].lower())  # ("A joint venture between")
        if between is not None and between.re is _PURCHASE_BY:
            head = "acquisition"  # "The purchase by X of a 30% stake in Y": a stake bought (an investment, if a minority)
        deal_type = next((t for word, t in _ITEM_TYPE.items() if head.startswith(word)), kind)
        items.append((j, deal_type, sides))
        j += 1
    return items


# "The new commitments include:", "The approved projects are as follows:": one financing or investment a line below
_COMMITMENT_CUE = re.compile(
    r"\b(?:commitments|loans|investments|financings|transactions|projects|approvals|guarantees)\b[^.:;]{0,40}?" + _LIST_CUE_END,
    re.IGNORECASE,
)
# "Chile – A $120 million loan to X", "- a $15 million equity investment in Y": the line's commitment and its recipient
_COMMITMENT_ITEM = re.compile(
    r"(?:[A-Z][\w .’'-]{0,40}?\s+[–—-]\s+|" + _ITEM_MARK.pattern + r")?(?:A|An|a|an)\s+(?:US)?\$?[\d.,]+\s*(?:million|billion|bn|m)?\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<kind>loan|guarantee|credit|facility|grant|investment)\s+(?:[\w-]+\s+){0,2}?(?:to|in|for)\s+(?:the\s+)?"
)
# who announces the commitments: "The U.S. International Development Finance Corporation (DFC) today announced"
_ANNOUNCES = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:today\s+|on\s+\w+\s+)?(?:announced|approved|committed|signed|provided)\b")


def _commitment_items(doc: Document, idx: int) -> list[tuple[int, str, list[Entity]]]:
    """The commitments a list under sentence `idx` states one a line (see _COMMITMENT_ITEM), each as (sentence, deal
    type, [announcer, recipient]); [] when the announcer is not found in the five sentences before the cue."""
    announcer = None
    for k in range(idx - 1, max(-1, idx - 6), -1):
        for ent in doc.entities(k):
            if ent.kind in ("organization", "unknown") and ent.alias_of is None and _ANNOUNCES.match(doc.text, ent.end):
                announcer = ent
                break
        if announcer is not None:
            break
    if announcer is None:
        return []
    items: list[tuple[int, str, list[Entity]]] = []
    j = idx + 1
    while doc.sentences.has(j) and len(items) < _MAX_DEAL_ITEMS:
        sent = doc.sentences[j]
        if doc.text[sent.start - 1 : sent.start] != "\n":
            j += 1  # the next sentence of an item, on its line
            continue
        item = _COMMITMENT_ITEM.match(sent.text)
        if item is None:
            break
        recipient = next((e for e in doc.entities(j) if e.start - sent.start == item.end()
                          and e.kind in ("organization", "unknown")), None)
        if recipient is None:
            break
        kind = item.group("kind")
        items.append((j, "investment" if kind == "investment" else "financing", [announcer, recipient]))
        j += 1
    return items


def _named_by_role(doc: Document, idx: int) -> list[Entity]:
    """The names a sentence gives a deal's sides by their roles (see _ROLE_BEFORE), and what the seller keeps a
    share of ("that will retain 75.1% of Helvion Netz GmbH": the company in which the stake is bought)."""
    sent = doc.sentences[idx]
    out: list[Entity] = []
    for ent in doc.entities(idx):
        rel = ent.start - sent.start
        if ent.kind in ("organization", "unknown") and ent.alias_of is None and (
                _ROLE_BEFORE.search(sent.text, max(0, rel - 160), rel) or out and _RETAINS_BEFORE.search(sent.text, 0, rel)):
            out.append(ent)
    return out


_RETAINS_BEFORE = re.compile(r"\b(?:retain|retains|keep|keeps|hold|holds)\s+(?:a\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)\s+of\s+$")
_SPEAKS_AFTER = re.compile(r"\s*,?\s*(?:said|says|added|adds|told|noted|commented|explained|stated)\b")
# (or with an appositive between: "X, the bank's chief executive, said")
_SPEAKS_AFTER_DESCRIBED = re.compile(_SPEAKS_AFTER.pattern + r"|,\s+(?:a|an|the)\s+[^,]{1,60},\s+(?:said|says)\b")
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][\w-]*)\s+$")
# Words before a verb of acquiring that make it the act ("has acquired", "recently acquired", "which acquired")
_ACT_BEFORE = frozenset({
    "has", "have", "had", "was", "were", "been", "being", "is", "are", "be", "also", "not", "recently", "jointly", "previously", "already",
    "successfully", "reportedly", "finally", "formally", "officially", "it", "they", "which", "that", "who", "and", "then",
    "subsequently", "eventually", "originally", "first", "last", "once", "ultimately",
})


_REMIT_BEFORE = re.compile(
    r"\b(?:responsible\s+for|in\s+charge\s+of|charged\s+with|oversees|overseeing|oversaw|handles|handling)\s+"
    r"(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}$"
)


_UNNAMED_PLURAL_AFTER = re.compile(
    r"\s+(?:(?:[A-Z]{2,5}(?:-based)?|[a-z][\w-]*)\s+){0,3}(?:suppliers|companies|firms|vendors|manufacturers|makers|buyers|"
    r"customers|clients|traders|dealers|distributors|partners|brokers|shipyards|factories)\b"
)


def _describing_participle(text: str, trig: Trigger) -> bool:
    """"self-propelled systems acquired during the last decade", "assets bought in 2019": a past participle after a
    plain noun describes what is owned; it reports no deal. Nor does a post's remit ("responsible for contracts")."""
    if _REMIT_BEFORE.search(text, max(0, trig.start - 50), trig.start):
        return True  # "head of a procurement directorate ... responsible for contracts for imported ammunition": a remit
    if trig.surface.lower() not in ("acquired", "bought", "purchased"):
        return False
    before = _WORD_BEFORE.search(text, max(0, trig.start - 40), trig.start)
    return before is not None and before.group(1) not in _ACT_BEFORE and not before.group(1).endswith("ly")


def _full_names(deals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A party named short after its full name ("Veridian will purchase ..." after "Veridian Pharma AG and
    Cellantis Bio, Inc. announced ...") carries the full name, so that one party is one name."""
    # one state, one name: "the Republic of Korea" as the article first named it, not "South Korea" for "Korea's"
    formal = {p["country"]: p["name"] for d in deals for p in d["parties"]
              if " of " in p["name"] and p.get("country") and country_code(p["name"]) == p["country"]}
    for deal in deals if formal else ():
        for party in deal["parties"]:
            code = party.get("country")
            if code in formal and country_code(party["name"]) == code:
                party["name"] = formal[code]
    # The first full name (in the order named) that opens with each run of words: one look-up a party, not a scan of
    # every name (quadratic: hostile probe 37 F1)
    longer_of: dict[tuple[str, ...], str] = {}
    for d in deals:
        for p in d["parties"]:
            words = p["name"].split()
            for size in range(len(words)) if len(words) > 1 else ():
                longer_of.setdefault(tuple(words[:size]), p["name"])
    for deal in deals:
        for party in deal["parties"]:
            if party.get("kind") == "country":
                continue  # "Mexico" is no short name of "Mexico City"
            longer = longer_of.get(tuple(party["name"].split()))
            if longer is not None:
                party["name"] = longer
        first: dict[str, dict[str, Any]] = {}  # the first party of each name
        for p in deal["parties"]:
            first.setdefault(p["name"], p)
        deal["parties"] = list(first.values())
    return deals


def _next_to_read(triggered: list[int], n: int, idx: int, last_deal: int | None,
                  far: Callable[[int], bool] | None = None) -> int | None:
    """The next sentence after `idx` that extract_deals acts on: one that may hold a trigger
    (`triggered`, sorted), one of the three after the last deal (where the counterparty cue may
    name its other side), or one of the four after those for which `far` says so (a DoD award's
    paragraph ends with its contracting activity). Any other sentence has no trigger, so the loop
    would pass it over."""
    idx += 1
    if last_deal is not None and idx - last_deal <= 3:
        return idx if idx < n else None
    i = bisect.bisect_left(triggered, idx)
    if last_deal is not None and far is not None:
        stop = min(last_deal + _FAR_AFTER_DEAL, triggered[i] - 1 if i < len(triggered) else sys.maxsize, n - 1)
        for j in range(idx, stop + 1):
            if far(j):
                return j
    if i == len(triggered):
        return None
    idx = triggered[i]
    return idx if idx < n else None


_FAR_AFTER_DEAL = 7


def _names_lender_or_borrower(doc: Document, idx: int, triggers: list[Trigger], parties: list[Entity]) -> bool:
    """A financing known only from "arranged"/"financed by" needs a party after the financing words.

    "X has arranged a loan for Y" / "financed by a loan from Y" name the other side; "X will finance
    the purchase with a loan arranged by banks" names no lender and is a plan, not a deal.
    """
    first = min(t.end for t in triggers if t.label == "financing")
    return any(p.start - doc.sentences[idx].start >= first for p in parties)


_SHIPS_BEFORE = re.compile(r"\b\d[\d,.]*\s?(?:dwt|teu|cbm|gt)\b(?:\s+(?!(?:for|from|to|by|with|of|at|in|on|and)\b)[a-zA-Z][\w-]*){0,4}?"
                           r"(?:\s+[A-Z][\w-]*){0,4}?(?:\s+\([^()]{0,40}\))?(?:\s+and)?\s+$"
                           # "(built 2016, Tsuneishi Cebu)": the yard that built the ship sold
                           r"|\((?:(?:both|all|each)\s+)?(?:built\s+(?:in\s+)?(?:19|20)\d\d|(?:19|20)\d\d-built)[^()]{0,20},\s+$")
_SHIP_CLASSES = frozenset(
    f"{size}{plural}" for size in ("aframax", "suezmax", "panamax", "capesize", "handysize", "handymax", "supramax",
                                   "ultramax", "kamsarmax", "newcastlemax", "vlcc", "ulcc") for plural in ("", "s", "es"))


def _party_candidates(doc: Document, idx: int) -> list[Entity]:
    """The names of sentence `idx` that may be parties of any of its triggers (found once per sentence)."""
    return doc.per_sentence("party_candidates", idx, lambda: _find_party_candidates(doc, idx))


def _find_party_candidates(doc: Document, idx: int) -> list[Entity]:
    sent = doc.sentences[idx]
    text = sent.text
    ents = [e for e in doc.entities(idx) if e.kind != "person"]
    ents = [e for e in ents if not text[max(0, e.start - sent.start - 2) : e.start - sent.start].endswith(("(", "(“", '("'))]
    ents = _drop_locations(text, sent.start, ents)
    # "according to a filing with the Indonesia Stock Exchange": where shares trade or filings go, no side of a deal
    ents = [e for e in ents if not _MARKET_BODY.search(e.name)]
    # "allowing the exchange of lira and dinars": a currency, no side of a deal
    ents = [e for e in ents if e.name.lower() not in _CURRENCY_NAMES]
    # "four tankers – three Aframaxes and one Suezmax – to X": a ship's size class, no side of a deal
    ents = [e for e in ents if e.name.lower() not in _SHIP_CLASSES]
    if "dwt" in text or "teu" in text:
        # "sold the 50,000 dwt MR product tankers Lion Radiance and Lion Splendour en bloc": the ships sold
        ents = [e for e in ents if not _SHIPS_BEFORE.search(text, max(0, e.start - sent.start - 90), e.start - sent.start)]
    if "according to" in text:
        # "the busiest month since 2021, according to LSEG data": where the figures come from
        ents = [e for e in ents if not _SOURCE_BEFORE.search(text, max(0, e.start - sent.start - 40), e.start - sent.start)]
    if "told " in text or "interview with " in text:
        # "The startup told TechCrunch it has raised ...", "said in an interview with Bloomberg": whom it was told
        ents = [e for e in ents if not _TOLD_BEFORE.search(text, max(0, e.start - sent.start - 40), e.start - sent.start)]
    # "capacity in Odisha and Gujarat", "in parts of the East Midlands and Yorkshire": places
    ents = [e for e in ents if e.kind not in ("unknown", "place")
            or not _PLACE_BEFORE.search(text, max(0, e.start - sent.start - 60), e.start - sent.start)
            or _HELD_IN.search(text, max(0, e.start - sent.start - 60), e.start - sent.start)
            # ("ordered two ultramaxes at Hirado Shipbuilding": a yard, where the ships are built and the builder)
            or _YARD_NAME.search(e.name)]
    # "said Kessel Bank vice-president Ana Lobo, who signed the agreement": a person, not a party
    ents = [e for e in ents if not (_WHO_AFTER.match(text, e.end - sent.start)
                                    or _ROLE_WORD_BEFORE.search(text, max(0, e.start - sent.start - 30), e.start - sent.start))]
    # "to expand its Jafurah gas field", "a stake in their Norvik copper mine": an asset's name, no party.
    # (but "agreed to sell its Calder Flow Systems valves business": a business sold is a company changing hands)
    ents = [e for e in ents if e.kind == "country" or not (
        _OWN_BEFORE.search(text, max(0, e.start - sent.start - 24), e.start - sent.start)
        and _ASSET_NAME_AFTER.match(text, e.end - sent.start)) or (
        _SELL_ITS.search(text, max(0, e.start - sent.start - 30), e.start - sent.start)
        and _UNIT_AFTER.match(text, e.end - sent.start))]
    # "signed by the Commission's trade chief and Andreas Kyriakou, commerce minister of Cyprus": who signed, not a party
    ents = [e for e in ents if e.kind == "country" or not _POST_AFTER.match(text, e.end - sent.start)]
    # 'Emberline Thermal, Inc. ("Emberline"), developer of the EmberCore thermal battery, today announced': its product
    ents = [e for e in ents if not _PRODUCT_OF_BEFORE.search(text, max(0, e.start - sent.start - 40), e.start - sent.start)]
    if " from " in text or " in " in text:
        # "Hartwell Power Systems Ltd, a family-founded firm from Stafford": where the one described comes from
        ents = [e for e in ents if e.kind == "country" or " " in e.name
                or not _FIRM_FROM_BEFORE.search(text, max(0, e.start - sent.start - 60), e.start - sent.start)]
    # "subject to approval by the Competition Authority": regulators and approvers are not parties.
    # A window is part of the sentence: without an approval word in the sentence none matches.
    if _APPROVER_WORD is None or _APPROVER_WORD.search(text) is not None:
        ents = [e for e in ents if not _approver(text[max(0, e.start - sent.start - 70) : e.start - sent.start])]
    return ents


_POST_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?!whose\b|which\b|that\b)[\w’'-]+\s+){0,3}(?:minister|secretary|ambassador|commissioner|governor|"
    r"spokes(?:man|woman|person)"
    # ("The agreement was signed in Freetown by X, Chief Executive Officer of MGT, and Y, Director-General of SLPHA")
    r"|(?i:chief\s+executive(?:\s+officer)?|ceo|director[- ]general|managing\s+director|chief\s+financial\s+officer|cfo|"
    r"chair(?:man|woman|person)?|general\s+manager)(?=\s+(?:of|at)\b|\s*,))\b"
)
_PRODUCT_OF_BEFORE = re.compile(
    r"[),]\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:developer|maker|manufacturer|producer|inventor|creator)\s+of\s+"
    r"(?:the\s+|its\s+)?$"
)
# "a 40 percent stake in X", "invested $200 million in X": what is held or invested in is a company
_HELD_IN = re.compile(
    r"\b(?:stakes?|interests?|investment|holdings?|shares|round|invest(?:s|ed|ing)?|acquisition|purchase)\b(?:[^.;]|\.(?=\d)){0,40}\bin\s+(?:the\s+)?$"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|throughout|(?:parts|areas|regions|much|most)\s+of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:(?:[A-Z][\w-]*\s+){1,2}and\s+)?$"
)
_WHO_AFTER = re.compile(r",\s+who\b")
_TOLD_BEFORE = re.compile(r"\b(?:told|(?:in\s+)?an?\s+interview\s+with)\s+(?:the\s+)?$")
# ("according to data compiled by Bloomberg")
_CURRENCY_NAMES = frozenset(
    "lira liras dinar dinars rupee rupees yuan renminbi ruble rubles rouble roubles dollar dollars euro euros yen won "
    "riyal riyals dirham dirhams rand real reais peso pesos franc francs krona kronor krone kroner zloty forint "
    "shekel shekels ringgit baht rupiah naira cedi shilling shillings tenge manat som hryvnia lari dram sterling".split()
)
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:data|figures|estimates)\s+(?:(?:compiled|collected|published|gathered)\s+)?(?:from|by)\s+)?(?:the\s+)?$")
_AGREED_WITH = re.compile(
    r"(?:\s+said(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+that)?\s+it)?\s+(?:has\s+|had\s+|have\s+)?(?:agreed|teamed\s+up|partnered|joined\s+forces"
    # ("Aurelian has entered into a binding term sheet with Northline")
    r"|entered\s+into\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}[\w-]+)"
    r"\s+with\s+(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)?(?:[a-z-]+\s+){0,2})?"
)
_ROLE_WORD_BEFORE = re.compile(
    r"\b(?:vice[- ]president|president|chief executive|chief financial officer|ceo|cfo|chairman|chairwoman|chair|"
    r"director|managing director|minister|spokesperson|spokesman|spokeswoman|founder|head|partner|analyst)\s+$"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


# Between a company and its owner in an aside: ", the Chilean platform of Spanish developer ", ", a unit of "
# (", the Indonesian nickel processor controlled by China's ": whatever it is, "owned by" or "controlled by" its owner)
_DESCRIBED_BY_OWNER = re.compile(
    r"(?:\s+\([A-Z][\w&.-]{1,12}\))?,\s+(?:the|a|an)\s+(?:(?:[\w-]+\s+){0,3}?(?:platform|unit|subsidiary|arm|affiliate|"
    r"division|vehicle|business|company|operator|holding|branch)\s+(?:of|owned\s+by|controlled\s+by)|"
    r"(?:[\w-]+\s+){1,4}?(?:(?:majority|wholly|partly|jointly)[- ])?(?:owned|controlled)\s+by)\s+"
    r"(?:(?:the\s+)?[\w’'-]+\s+){0,3}?"
)
# After a state's adjective, the unnamed firms of that state: "Korean companies", "Saudi partners"
_NATIONALS_GROUP_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:companies|firms|partners|businesses|investors|buyers|sellers|banks|groups|exporters|importers|"
    r"producers|suppliers|conglomerates|lenders|counterparts|shipowners|refiners|traders)\b")


def _as_side(state: Entity) -> Entity:
    """A state named as a side of the deal (it signs, borrows), not as a place: kept as an organisation would be."""
    return Entity(state.start, state.end, state.name, "organization", state.country)


# Between a state opening a sentence and the deal's verb: "Ghana on Tuesday signed a contract with X"
_STATE_SIGNS = re.compile(r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|has\s+|have\s+|had\s+|also\s+|formally\s+|now\s+)*")


def _parties_for(doc: Document, idx: int, trig: Trigger) -> list[Entity]:
    sent = doc.sentences[idx]
    text = sent.text
    ents = _party_candidates(doc, idx)
    if '"' in text or "“" in text:
        # '"Projects like Alqueva Sul show ...," said X, who signed the agreement': what the speaker mentions
        # is not a party of a deal stated outside the quotation
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        if not any(a <= trig.start < b for a, b in quoted):
            ents = [e for e in ents if not any(a <= e.start - sent.start < b for a, b in quoted)]
    if trig.label == "trade_agreement" or _BETWEEN.search(text[trig.end : trig.end + 12]):
        countries = _countries(text, sent.start)
        if trig.label != "trade_agreement" and _BETWEEN_STATES.match(text, trig.end):
            # an agreement between two states named right after it is theirs, whatever the words of its title
            named = [c for c in countries if trig.end < c.start - sent.start < trig.end + 160]
            if len(named) >= 2 and _COUNTRY_AND.search(text, named[0].end - sent.start, named[1].start - sent.start):
                return named[:2]
        if trig.label == "trade_agreement":
            # "... signed a free trade agreement with Thailand, and it is in talks with Vietnam": a state still
            # negotiating is no side of the agreement signed
            countries = [c for c in countries if not _TALKS_BEFORE.search(text, max(0, c.start - sent.start - 40), c.start - sent.start)]
            # The EU makes trade agreements as one party: "Indonesia and the European Union signed a
            # comprehensive economic partnership agreement".
            countries = sorted(countries + _eu(text, sent.start) + _authority_states(doc, idx, countries), key=lambda e: e.start)
            if len(countries) >= 2:
                return countries
            if countries:
                # A country and a bloc: "India and the European Free Trade Association (EFTA) signed a Trade
                # and Economic Partnership Agreement".
                blocs = [e for e in ents if e.kind in ("organization", "unknown") and e.start - sent.start < trig.start
                         and _BLOC.search(e.name)]
                if blocs:
                    return sorted(countries + blocs[:1], key=lambda e: e.start)
                if (bloc := _bloc_referred_to(doc, idx, text[: trig.start])) is not None:
                    # "In January the association signed a free trade agreement with Thailand": the bloc named before
                    return [bloc, *countries]
    if ", wh" in text:
        # "..., which it wants to use to launch services from Ras Al Khaimah": what a relative clause mentions is no
        # side of a deal stated outside it
        clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(text)]
        if not any(a <= trig.start < b for a, b in clauses):
            ents = [e for e in ents if not any(a <= e.start - sent.start < b for a, b in clauses)]
    rel = [(e, e.start - sent.start) for e in ents]
    before = [e for e, r in rel if r < trig.start and e.kind != "country" and e.alias_of is None
              # ("A, based in Harrisburg, Pa., and B agreed to merge": where A is based, no side)
              and not _BASED_IN_BEFORE.search(text, max(0, r - 60), r)]
    if len(before) > 1 and ("'s " in text or "’s " in text):
        # ("A, the Schweinfurt-based maker of ..., and Stuttgart's B, known for ..., agreed to merge": the town
        # before B says where B is)
        before = [e for k, e in enumerate(before) if not (
            k + 1 < len(before) and e.kind == "unknown" and before[k + 1].start - e.end == 3
            and doc.text[e.end : e.end + 3] in ("'s ", "’s ") and e.name in BASED_CITIES)]
    subject: list[Entity] = []
    if (before and (coref := _COREF_SUBJECT.match(text)) and before[0].start - sent.start >= coref.end()
            and not coref.group().endswith(("said", "says", "told"))  # (what the company said names the deal's sides)
            and (named := [e for e in before if e.name not in BASED_CITIES and e.kind != "person"])
            and (antecedent := doc.earlier_organisation(idx)) is not None
            and all(normalise_name(antecedent.name) != normalise_name(e.name) for e in named)):
        # "Varuna Lifesciences is betting ... The Hyderabad-based drugmaker has licensed rights to Qilin Biopharma's
        # drug ..., handing the Shanghai biotech $35 million upfront in a deal worth up to $325 million": the one
        # named before, and the one it dealt with
        subject = [antecedent, named[0]]
    elif before:
        subject = [before[-1]]
        # (X may be the short name a filing defined: "Kalahari", for "Kalahari Base Metals Limited")
        prior = next((e for e, r in reversed(rel) if e.end - sent.start <= before[-1].start - sent.start and e.kind != "country"), None)
        if prior is not None and _THROUGH_SUBSIDIARY.fullmatch(text, prior.end - sent.start, before[-1].start - sent.start):
            # "X, through its wholly owned subsidiary Y, has entered into an agreement": X acts, by the hand of Y
            subject = [prior]
        elif (len(before) > 1 and _DESCRIBED_BY_OWNER.fullmatch(text, before[-2].end - sent.start, before[-1].start - sent.start)
                and text.startswith(", ", before[-1].end - sent.start)):
            # "Sol del Norte Energía SpA, the Chilean platform of Spanish developer Grupo Aldaba Renovables, has reached
            # financial close": the one the aside describes acts, not its owner
            subject = [before[-2]]
        elif len(before) > 1 and (re.fullmatch(
            _SUBJECT_PAIR, text[before[-2].end - sent.start : before[-1].start - sent.start]
        ) or _IN_A_DEAL.search(text, 0, trig.start) and _VERB_TO.fullmatch(
                text, before[-2].end - sent.start, before[-1].start - sent.start)
                # "X will take a 40 per cent interest in Y's project, forming a joint venture": both sides
                or _STAKE_GAP.fullmatch(text, before[-2].end - sent.start, before[-1].start - sent.start)
                # "X said Tuesday it has agreed with US carmaker Y to set up a joint venture": the one agreeing with Y
                or _AGREED_WITH.fullmatch(text, before[-2].end - sent.start, before[-1].start - sent.start)):
            # "X has licensed its drug to Y in a deal worth $1.8 billion": both sides of the verb
            subject.insert(0, before[-2])
            # "A, B and C jointly acquired": the rest of a comma list of subjects
            k = len(before) - 3
            while k >= 0 and _LIST_COMMA.fullmatch(text, before[k].end - sent.start, subject[0].start - sent.start):
                subject.insert(0, before[k])
                k -= 1
        # "Indonesia and Norvik Steel signed a memorandum": a government named as a party beside a company.
        beside = next((e for e, r in reversed(rel) if r < subject[0].start - sent.start), None)
        if (beside is not None and beside.kind == "country"
                and _COUNTRY_AND.fullmatch(text, beside.end - sent.start, subject[0].start - sent.start)
                and not _after_preposition(text, beside.start - sent.start)):
            subject.insert(0, _as_side(beside))
        elif (beside is not None and beside.kind == "country" and len(subject) > 1
              and _LIST_COMMA.fullmatch(text, beside.end - sent.start, subject[0].start - sent.start)
              and (formal := _FORMAL_STATE_BEFORE.search(doc.text, max(0, beside.start - 30), beside.start)) is not None):
            # "The State of Côte d'Ivoire, PETROCI Holding and the company X have signed": the state, by its formal name
            side = _as_side(beside)
            subject.insert(0, dataclasses.replace(side, start=formal.start(), name=doc.text[formal.start() : side.end]))
    elif (coref := _COREF_SUBJECT.match(text)) and (antecedent := _described_antecedent(doc, idx, coref.group("home"))
                                                    or doc.earlier_organisation(idx)) is not None:
        # "Aegean Lumen has not ordered the ships on spec. The company has signed charters with X": named before
        # ("... its sale to Norwegian engineering group Fjordvik Group ASA. The Stavanger-based company agreed to buy":
        # the one of the company's home, when the sentences before say whose home it is)
        subject = [antecedent]
        if (coref.group("home") and _THE_BUSINESS_AFTER.match(text, trig.end)
                and (other := _other_organisation(doc, idx, antecedent)) is not None):
            # "... agreed to buy the Aberdeen business": the other company of the sentence that told of the sale
            subject.append(other)
    else:
        # "Egypt signed a $35 billion deal with the United Arab Emirates", "Chinese President X and
        # Brazilian President Y signed 15 agreements": the states are the parties.
        subject = []
        placed_end = -1  # the end of the last state after a preposition: the states listed on from it are places too
        for e, r in rel:
            if r >= trig.start or e.kind != "country":
                continue
            # "trade between Mexico and ...", "Three companies from South Korea, Morocco and Sweden"
            if _after_preposition(text, r) or placed_end >= 0 and _COUNTRY_LIST_GAP.fullmatch(text, placed_end, r):
                placed_end = e.end - sent.start
            elif all(e.country != o.country for o in subject):
                subject.append(e)
        subject = subject[-3:]
    objects: list[Entity] = []
    # where the objects' stretch ends (searched once, not over a gap growing with each name: quadratic on a sentence of
    # hundreds of names, hostile probe 15)
    after_town = -1  # where the party named after a town that describes it starts ("with Taipei's X")
    found_break = _GAP_BREAK.search(text[trig.end :])
    break_end = trig.end + found_break.end() if found_break is not None else None
    for e, r in rel:
        # "with a consortium of A of South Korea, B of the Philippines, and C of Spain": the list goes on, however far
        # ("provided by BNP Paribas, Banco Santander (BS) and IDB Invest": a plain list goes on too)
        chained = (bool(objects) and objects[-1].kind != "country"
                   and (_HOME_LIST_GAP.fullmatch(text, objects[-1].end - sent.start, r) is not None
                        or _PLAIN_LIST_GAP.fullmatch(text, objects[-1].end - sent.start, r) is not None and e.kind != "country"
                        # (not the legal form of the name before: "Centros Digitales del Norte, S.A.P.I. de C.V.")
                        and not _INITIALS_FORM.match(e.name) and e.name.split()[0] not in LEGAL_FORMS))
        # ("... the contract for the construction of the X tunnel on the Y toll road to a consortium of A and B": however
        # far, the members of the consortium the contract went to)
        consortium = bool(objects) and objects[0].start - sent.start > trig.end and _CONSORTIUM_BEFORE.search(
            text, max(trig.end, objects[0].start - sent.start - 70), objects[0].start - sent.start) is not None
        if r < trig.end or r - trig.end > 120 and not chained and not (
                r - trig.end <= 260 and (_CONSORTIUM_BEFORE.search(text, max(trig.end, r - 70), r) or consortium
                                         # ("... of the X Port Terminal, in the Y region, with the Consorcio Z")
                                         or _CONSORTIUM_NAME.match(e.name) and _WITH_BEFORE.search(text, max(trig.end, r - 12), r))):
            continue
        gap = text[trig.end : r]
        if break_end is not None and break_end <= r:
            break
        if e.kind != "country" and e.name in BASED_CITIES and (described := _DESCRIBES_NEXT.match(text, e.end - sent.start)):
            # "agreed to buy Incheon snack maker X", "with Taipei's Y": the town says where the party is, and the party
            # stands where the town does
            if _PARTY_INTRO.search(text, max(trig.end, r - 60), r):
                after_town = described.end()
            continue
        lead = text[max(trig.end, r - 60) : r]
        borrower = trig.label == "financing" and bool(_BORROWER_INTRO.match(gap) or (
            # "a NOK 4.5 billion bridge facility that X has signed with A and B": who signed the facility borrows
            not objects and _THAT_GAP.fullmatch(gap) and _SIGNED_AFTER.match(text, e.end - sent.start)))
        invested_in = (trig.label == "investment" and trig.surface.lower().endswith((" in", " into"))
                       and bool(_FEW_WORDS.fullmatch(gap)) and all(o.kind == "country" for o in objects))
        # "sold its remaining stake in X": the trigger may end with the stake, so its words count too.
        stake_in = bool(_STAKE_IN.search(text, max(0, r - 60), r))
        # "will acquire Kalahari's entire 74% interest in X": after the seller's stake, the company it is in
        sellers_stake_in = stake_in and bool(objects) and text.startswith(("'s", "’s"), objects[-1].end - sent.start)
        # (the trigger may end with the "from": "won an order from Greek owner X")
        customer = bool(_CUSTOMER_INTRO.search(text, max(0, r - 60), r))
        # "signing for eight 15,500 teu containerships at Zhoushan Haixing Heavy Industry": the yard building them
        # ("has ordered a pair of 64,000 dwt ultramaxes at Hirado Shipbuilding": the same after "ordered")
        yard = trig.label == "contract" and (
            trig.surface.lower().startswith(("signing for", "signed for", "signs for", "signed up for", "signing up for",
                                             "signs up for")) and _ORDERED_AT.fullmatch(gap.lstrip()) is not None
            or trig.surface.lower().endswith(("ordered", "order for")) and _ORDERED_AT.search(lead) is not None
            and _COUNTED_SHIPS.search(gap) is not None)
        # "will buy all of Y's shares from its founders and venture investors, including A and B": the sellers
        holders = (trig.label == "acquisition" and e.kind != "country"
                   and _FROM_HOLDERS_INCLUDING.search(text, trig.end, r) is not None)
        if (_NOT_PARTY_INTRO.search(lead) and not stake_in and not borrower and not invested_in and not customer
                and not yard and not holders):
            continue
        if _WITNESS_BEFORE.search(text, max(trig.end, r - 90), r) or _witnessed(text, trig.end, r):
            continue  # "signed in Riyadh in the presence of senior officials from the Ministry of X": who watched
        if _ROUTE_BEFORE.search(text, max(trig.end, r - 120), r) or _GRADE_AFTER.match(text, e.end - sent.start):
            continue
        # "agreed to sell its Calder Flow Systems valves business to X": the business sold changes hands too
        sold_unit = (trig.label == "acquisition" and _ITS_BEFORE.fullmatch(gap) is not None
                     and _UNIT_AFTER.match(text, e.end - sent.start) is not None)
        # the company bought: the first name after the trigger ("a stake in Norwegian miner X": not Norway)
        # "agreed to subscribe for 114.3-million new Koorabel shares": the company whose new shares are bought
        shares_of = (trig.label == "investment" and not objects and trig.surface.lower().startswith("subscrib")
                     and _SHARES_AFTER.match(text, e.end - sent.start) is not None)
        if (borrower and e.kind == "country" and not text.startswith(("'s", "’s"), e.end - sent.start)
                and not _NOUN_AFTER_STATE.match(text, e.end - sent.start)):
            # "a loan of €138 million to Côte d'Ivoire": the state borrows (a party, unlike a state named as a place)
            objects.append(_as_side(e))
        elif (trig.label in ("acquisition", "merger") and all(o.kind == "country" for o in objects) or borrower or invested_in
                or stake_in and not objects or sellers_stake_in or sold_unit or shares_of or holders):
            objects.append(e)
        elif (_PARTY_INTRO.search(lead) or customer or _after_home_country(text, sent.start, objects, r)
              or not gap.strip() and _ENDS_WITH_INTRO.search(trig.surface)  # "won an order from X"
              # "inked a contract with Greece-based X"
              or not objects and _ENDS_WITH_INTRO.search(trig.surface) and _PLACED_GAP.fullmatch(gap)
              # "fixed all four ships to X on seven-year time charters": the charterer
              or trig.surface.lower().startswith("fixed ") and not objects and _FEW_WORDS.fullmatch(gap)
              # "has awarded Dutch-based X a contract": whom the contract goes to, first after the verb
              or not objects and trig.surface.lower().startswith("award") and _FEW_WORDS.fullmatch(gap)
              or trig.label == "contract" and _COUNT_GAP.fullmatch(gap)  # "an order for 60 Airbus jets"
              # "a contract with Norwegian company X": the company after its home's adjective and what it is
              or objects and all(o.kind == "country" for o in objects)
              and _KIND_WORDS.fullmatch(text, objects[-1].end - sent.start, r) is not None
              # "has ordered four LNG carriers at South Korea's Daesung Heavy Industries": the yard building them
              or trig.surface.lower().endswith(("ordered", "order for")) and _ORDERED_AT.search(lead)
              or yard
              or r == after_town
              or chained):
            objects.append(e)
    if trig.label == "financing" and any(_PROJECT_NAME.search(o.name) for o in objects):
        objects = _borrowing_states(text, sent.start, rel, objects)
    if subject and objects and any(o.kind != "country" for o in objects):
        # "Ghana on Tuesday signed a contract with X": the state that opens the sentence signs, a side (not a place)
        subject = [_as_side(e) if e.kind == "country" and e.start == sent.start
                   and _STATE_SIGNS.fullmatch(text, e.end - sent.start, trig.start) else e for e in subject]
    if (not objects and len(subject) == 1 and subject[0].kind == "country" and trig.label == "financing"
            and _STATE_BOND_ISSUE.match(trig.surface) and doc.text[subject[0].start : subject[0].end] == subject[0].name):
        # "The Kingdom of Morocco priced the eight-year securities": the issuing state (not "Brazilian corporates sold
        # bonds": firms of a state), by the name the text gives it
        state = _as_side(subject[0])
        formal = _FORMAL_STATE_BEFORE.search(doc.text, max(0, state.start - 40), state.start)
        return [dataclasses.replace(state, start=formal.start(), name=doc.text[formal.start() : state.end]) if formal else state]
    if trig.label == "acquisition" and _SOLD_BY.match(trig.surface):
        # "X and Y had been sold by A to B": what was sold stands before the verb, the sides after it
        subject = []
    found = subject + objects
    named = [e for e in found if e.kind != "country"]
    if not named and len(found) >= 2 and trig.label in ("agreement", "trade_agreement"):
        return found
    return named


# After a town: what the name after it is ("snack maker", "'s"), the name next
_DESCRIBES_NEXT = re.compile(r"(?:['’]s\s+|\s+(?:[a-z][\w-]*\s+){1,3})(?=[A-Z])")
_FROM_HOLDERS_INCLUDING = re.compile(
    r"\bfrom\s+(?:its|their|the\s+company['’]s)\s+(?:[\w-]+\s+){0,5}?(?:investors|shareholders|owners|backers|founders)\s*,?\s+"
    r"(?:including|such\s+as|among\s+them)\s+")
_THAT_GAP = re.compile(r"\s+(?:that|which)\s+")
_SIGNED_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:signed|agreed|arranged|obtained|secured|taken\s+out|entered\s+into)\b")
_THROUGH_SUBSIDIARY = re.compile(r",?\s+(?:acting\s+)?(?:through|via)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:subsidiary|subsidiaries|unit|affiliate|arm|vehicle|entity)\s+")
_SOLD_BY = re.compile(r"(?:had|has|have)\s+been\s+sold\b|(?:was|were)\s+sold\b", re.IGNORECASE)
_KIND_WORDS = re.compile(r"\s+(?:[a-z][a-z-]+\s+){1,2}")
# (the possessive before a party's home, in `_after_home_country`, is read with `_POSSESSIVE_GAP` below: a
# narrower "[’']s\s+" once defined here was replaced by that one at import, so that is what the rules were scored with)
_PROJECT_NAME = re.compile(r"\b(?:Project|Programme|Program)$")
_IN_PROJECT_NAME = re.compile(r"(?:\s+(?:[A-Z][\w’'-]*|and|of|for|the|[-–]))*\s+")


_BLOC_REFERENCE = re.compile(r"\b(?:the|The)\s+(association|bloc|union|community|alliance|grouping)\b")


def _bloc_referred_to(doc: Document, idx: int, before: str) -> Entity | None:
    """The bloc that "the association", "the bloc" before a trade agreement's trigger refers to: the last one named, in
    the sentences before `idx`, whose name ends with that word (or any bloc's, for "the bloc")."""
    ref = _BLOC_REFERENCE.search(before)
    if ref is None:
        return None
    word = ref.group(1).lower()
    for j in range(idx - 1, max(-1, idx - 40), -1):
        for ent in reversed(doc.entities(j)):
            if ent.kind in ("organization", "unknown") and _BLOC.search(ent.name) and (
                    word in ("bloc", "grouping") or ent.name.split()[-1].lower() == word):
                return dataclasses.replace(ent, start=doc.sentences[idx].start + ref.start(), end=doc.sentences[idx].start + ref.end())
    return None


def _borrowing_states(text: str, offset: int, rel: list[tuple[Entity, int]], objects: list[Entity]) -> list[Entity]:
    """A loan "for the Malawi Resilient Irrigation and Watershed Management Project": the state whose project it is
    borrows (the project is no party); a project named after no state is dropped."""
    out: list[Entity] = []
    for o in objects:
        if not _PROJECT_NAME.search(o.name):
            out.append(o)
            continue
        state = next((c for c, r in rel if c.kind == "country" and r < o.start - offset
                      and _IN_PROJECT_NAME.fullmatch(text, c.end - offset, o.start - offset)), None)
        if state is not None and not any(e.country == state.country and e.kind == "organization" for e in out):
            out.append(_as_side(state))
    return out


_PLACED_GAP = re.compile(r"\s*(?:the\s+)?" + _PLACE_PREFIX + r"(?:[a-z][\w-]*\s+){0,2}")
# Between two companies of a list, each with its home: " of South Korea, ", " of the Philippines, and ".
_INITIALS_FORM = re.compile(r"(?:[A-Z]\.){2,}|S\.\s")
# (", and Asunción-based B", "and Spain's C": where the next one is based)
# ("with Nordhavn Bank ASA, which acted as coordinator and sustainability agent, Banque Maritime Lyonnaise S.A., ...": a
# lender's role in a relative clause between two lenders)
_PLAIN_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s+(?:which|who)\s+(?:acted|acts|served|serves)\s+as\s+[^,;()]{1,60})?"
                             r"(?:,\s+(?:and\s+)?|\s+and\s+)"
                             r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|registered|headquartered)\s+|[A-Z][\w-]*['’]s\s+)?")
_HOME_LIST_GAP = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+(?:and\s+)?")
_YARD_NAME = re.compile(r"\b(?:Shipbuilding|Shipyards?|Dockyards?|Heavy\s+Industr(?:y|ies)|Shipbuilders?)\b")
# Ships ordered: "a pair of 64,000 dwt ultramaxes", "four LNG carriers", "two VLCCs"
_COUNTED_SHIPS = re.compile(
    r"\b(?:ships?|vessels?|(?:container|box)ships?|tankers?|carriers?|newbuild(?:ing)?s?|bulkers?|VLCCs?|VLACs?|VLGCs?|"
    r"(?:ultra|kamsar|pana|supra|new)maxe?s?|capesizes?|aframaxe?s?|suezmaxe?s?|handysizes?|ferr(?:y|ies)|feeders?)\b",
    re.IGNORECASE)
_ORDERED_AT = re.compile(r"\bat\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+)?(?:the\s+)?$")


_DEAL_NOUN = re.compile(r"\b(?:merger|acquisition|deal|takeover|purchase|sale|transaction|agreement|venture)\b")


_COUNTRY_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _after_preposition(text: str, at: int) -> bool:
    """Whether a preposition ("in", "between the") stands right before offset `at`: a state there is a place
    or a side of something else, not one who signs."""
    return _PREPOSITION_BEFORE.search(text, max(0, at - 16), at) is not None


def _approver(before: str) -> bool:
    """Whether the name after `before` is who approves ("subject to approval by the X"), not a party of
    what was approved ("approved the merger of X and Y")."""
    cue = _APPROVER.search(before)
    return cue is not None and not _DEAL_NOUN.search(before, cue[0])


def _after_home_country(text: str, offset: int, objects: list[Entity], at: int) -> bool:
    """Whether the name at `at` follows the possessive of a country taken as a party ("with India's Indian Oil Corp")."""
    home = objects[-1] if objects else None
    return home is not None and home.kind == "country" and bool(_POSSESSIVE_GAP.fullmatch(text[home.end - offset : at]))
# "agreed to invest $1 billion in Brazilian fintech Nubank": the company invested in is a party.
_INVESTED_IN_THING = re.compile(r"\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|local|foreign)\s)[a-z][\w-]*(?:\s+[a-z][\w-]*)*"
                                r"\s*(?:[.,;]|since\b|over\b|during\b|in\s+recent\b|$)")
_FEW_WORDS = re.compile(r"\s*(?:[\w-]+\s+){0,5}")


def _countries(text: str, offset: int) -> list[Entity]:
    out: list[Entity] = []
    for c in find_countries(text):
        if any(e.country == c.code for e in out):
            continue
        if c.surface != country_name(c.code) and _IN_BEFORE.search(text, max(0, c.start - 4), c.start):
            continue  # "signed a free trade agreement in Riyadh": where, not who
        out.append(Entity(offset + c.start, offset + c.end, country_party_name(c.surface, c.code), "country", c.code))
    return out


_IN_BEFORE = re.compile(r"\b(?:in|at)\s+$")
_BLOC = re.compile(r"\b(?:Association|Union|Community|Council|Alliance|Area|Bloc|Mercosur|ASEAN|EFTA|GCC|EAEU|SADC|ECOWAS)\b")
_EU = re.compile(r"\b(?:European Union|EU)\b(?!-)")


def _authority_states(doc: Document, idx: int, known: list[Entity]) -> list[Entity]:
    """The states whose agencies a trade-agreement sentence names ("USTR and Japan concluded ..."): the US."""
    offset = doc.sentences[idx].start
    out: list[Entity] = []
    for a in doc.authorities(idx):
        if a.country and len(a.country) == 2 and a.country not in ("EU", "UN") and all(
                e.country != a.country for e in [*known, *out]):
            out.append(Entity(offset + a.start, offset + a.end, country_name(a.country), "country", a.country))
    return out


def _eu(text: str, offset: int) -> list[Entity]:
    m = _EU.search(text)
    return [Entity(offset + m.start(), offset + m.end(), "European Union", "country", "EU")] if m else []


_FIRM_WORDS = ORG_WORDS | LEGAL_FORMS | {"Banco", "Banca", "Banque", "Invest", "Bancorp", "Crédit", "Credit", "Caixa",
                                         "Caisse", "Sparkasse", "Kredit"}


def _drop_locations(text: str, offset: int, ents: list[Entity]) -> list[Entity]:
    """'General Dynamics Land Systems, Sterling Heights, Michigan, was awarded': the city and state go."""
    out: list[Entity] = []
    for e in ents:
        if out:
            gap = text[out[-1].end - offset : e.start - offset]
            if _COMMA_GAP.fullmatch(gap) and e.kind != "organization" and (out[-1].kind == "organization" or out[-1].name.endswith("LOC")):
                continue
            if _COMMA_GAP.fullmatch(gap) and e.kind != "organization" and getattr(out[-1], "_loc", False):
                continue
        out.append(e)
    # Second pass: a comma-chain after an organisation ("X, City, State,") is locations.
    result: list[Entity] = []
    chain_from_org = False
    prev_end = None
    for e in ents:
        gap = text[prev_end - offset : e.start - offset] if prev_end is not None else ""
        if (prev_end is not None and _COMMA_GAP.fullmatch(gap) and chain_from_org and e.kind not in ("organization",)
                # ("provided by BNP Paribas, Banco Santander and IDB Invest": a bank's name is no town)
                and not any(w in _FIRM_WORDS for w in e.name.split())):
            prev_end = e.end
            continue
        chain_from_org = e.kind in ("organization", "unknown")
        prev_end = e.end
        result.append(e)
    return result


# A sentence whose subject is one named before: "The company has signed ...", "The shipowner also agreed ...".
_COREF_SUBJECT = re.compile(
    # "The Piraeus-based company confirmed on Monday that it had signed": a descriptor may stand before the noun
    # ("The Chinese group signed": or the adjective of its country)
    r"\s*(?:The|This) (?:(?P<home>(?:[A-Z][\w.]* )?[\w-]+-(?:based|listed|owned|registered|controlled) |[A-Z][a-z]+(?:an|ese|ish|ian|i|ch) ))?"
    r"(?:company|firm|group|bank|lender|shipowner|owner|miner|carrier|operator|developer|buyer|"
    r"producer|manufacturer|shipyard|yard|insurer|fund|investor|carmaker|automaker|conglomerate|utility|chipmaker|refiner|startup|start-up|fintech|biotech|airline|retailer|trader|"
    r"drugmaker|pharmaceutical\s+company|drug\s+company|maker|supplier|distributor|provider|exporter|importer|telco)(?:,[^,.;]{1,60},)?\s+"
    r"(?:(?:has|have|had|also|then|later|now|will|would)\s+){0,2}"
    r"(?:[a-z]+ed|signed|agreed|won|took|made|struck|sealed|inked|bought|sold|set|led|paid|said|says|told)\b"
)


_THE_BUSINESS_AFTER = re.compile(r"\s+the\s+(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:business|company|firm|unit|operation|operator|group)\b")


def _other_organisation(doc: Document, idx: int, one: Entity) -> Entity | None:
    """The one organisation besides `one` named in the sentence that names `one` (among the two before `idx`)."""
    for j in range(idx - 1, max(-1, idx - 3), -1):
        ents = doc.entities(j)
        if any(e.start == one.start for e in ents):
            others = [e for e in ents if e.kind in ("organization", "unknown") and e.start != one.start]
            return others[0] if len(others) == 1 else None
    return None


# A body's name ("Terrorist Financing Targeting Center", "Financial Action Task Force"), not an agreement's
_BODY_NAME_END = re.compile(r"\b(?:Center|Centre|Council|Agency|Office|Authority|Committee|Commission|Unit|Department|"
                            r"Ministry|Task\s+Force|Directorate|Bureau|Service|Institute)$")


def _described_antecedent(doc: Document, idx: int, home: str | None) -> Entity | None:
    """The organisation of the one or two sentences before `idx` that the descriptor `home` ("Stavanger-based ",
    "Norwegian ") places: the one right after a mention of that state ("Norwegian engineering group X"), when exactly
    one is; None when the descriptor names no state or none or several fit."""
    if not home:
        return None
    word = home.strip().rsplit("-", 1)[0] if "-" in home else home.strip()
    code = BASED_CITIES.get(word) or country_code(word)
    if code is None:
        return None
    found: list[Entity] = []
    for j in range(idx - 1, max(-1, idx - 3), -1):
        ents = doc.entities(j)
        for k, ent in enumerate(ents):
            if ent.kind != "organization" or ent.alias_of is not None:
                continue
            before = ents[k - 1] if k else None
            near = before is not None and before.kind == "country" and before.country == code and (
                ent.start - before.end <= 40 and "," not in doc.text[before.end : ent.start])
            if near or ent.country == code:
                found.append(ent)
        if found:
            break
    return found[0] if len(found) == 1 else None


def _list_between(doc: Document, first: int, last: int) -> bool:
    """Whether what lies between sentences `first` and `last` is a list of terms and its heading (the bullets of a
    release's "Facility Highlights"), however long, and at most one sentence besides."""
    prose = 0
    for j in range(first + 1, last):
        line = doc.sentences[j].text
        if not (_LIST_ITEM.match(line) or len(line) <= 60 and not line.rstrip().endswith(".")):
            prose += 1
    return prose <= 1


_LIST_ITEM = re.compile(r"[-•*–]\s|\(?[a-z0-9]{1,2}[.)]\s")


def _has_party(deal: dict[str, Any], name: str) -> bool:
    return any(normalise_name(p["name"]) == normalise_name(name) for p in deal["parties"])


def _add_party(doc: Document, deal: dict[str, Any], ent: Entity) -> None:
    """A party a later sentence names for a deal recorded already ("The round was led by Johannesburg-based X"), with
    its country (not made one of the deal's: the dev sets' gold leaves out the homes of lenders and investors named
    after the deal, 15 documents worse with them and 4 better)."""
    name = doc.canonical(ent)
    # ("with participation from Lagos growth fund X": the town says where X is, it is no investor)
    if _MARKET_BODY.search(name) or ent.kind != "country" and name in BASED_CITIES:
        return
    if not _has_party(deal, name):
        code = ent.country or _party_country(doc, ent)
        deal["parties"].append({"name": name, "country": code})


def _record(doc: Document, idx: int, deal_type: str, parties: list[Entity], value_ahead: bool = True) -> dict[str, Any]:
    """The deal of sentence `idx`; without a value there, one the next sentences state of it (unless `value_ahead` is
    False: a line of a list of deals has its value on the line or none)."""
    sent = doc.sentences[idx]
    text = sent.text
    if deal_type == "acquisition" and ("stake" in text or "minority" in text):
        minority = _MINORITY_STAKE.search(text)
        if minority and (minority.group(1) is None or float(minority.group(1)) < 50):
            deal_type = "investment"  # "has agreed to buy a 19.9 per cent stake in X": a stake that controls nothing
    money = [m for m in find_money(text) if not _PER_UNIT.match(text, m.end)]  # "$25.50 per share": a price
    if money and ("valu" in text or "-money" in text or " in assets" in text or " of assets" in text):
        # "The round values X at $1.35 billion post-money, up from the $380 million valuation at which it raised a
        # $45 million Series B": what the company is worth, not what the round brought
        money = [m for m in money if not _VALUATION_AFTER.match(text, m.end)
                 and not (deal_type == "investment" and _VALUES_AT_BEFORE.search(text, max(0, m.start - 60), m.start))]
    end = sent.end
    if value_ahead:
        if not money and doc.sentences.has(idx + 1) and _FOLLOW_UP.search(doc.sentences[idx + 1].text):
            follow = doc.sentences[idx + 1].text
            # (not a per-share price, nor the share price a premium is measured against: "The offer price represents a
            # premium of 41% to X's unaffected closing share price of EUR 27.30")
            money = [m for m in find_money(follow) if not _PER_UNIT.match(follow, m.end)
                     and not _SHARE_PRICE_BEFORE.search(follow, max(0, m.start - 40), m.start)]
            if money:
                end = doc.sentences[idx + 1].end
        for later in range(idx + 1, idx + 4):
            # "Neither company disclosed the strike price, but X said the total value of the agreement is estimated at
            # about NOK 3.9bn": the value, stated a paragraph on
            if money or not doc.sentences.has(later):
                break
            later_text = doc.sentences[later].text
            # (every wording of the value cue holds one of these words: most sentences are ruled out without a search)
            cue = (("valu" in later_text or "worth" in later_text or "estimated" in later_text)
                   and _VALUE_OF_DEAL.search(later_text)) or _PARTNERS_PUT.match(later_text)
            if cue:
                # the amount the cue states (not the upfront payment before "bringing the total potential value of the
                # agreement to $565 million"; not "worth about $2.6 billion at list prices": airlines pay far less)
                money = [m for m in find_money(later_text)
                         if m.start >= cue.start() and not _LIST_PRICE_AFTER.match(later_text, m.end)]
    value = money[0].amount if money else None
    currency = money[0].currency if money else None
    date = deal_date(doc, idx)
    countries: list[str] = []
    # Not the dateline's place: "Luxembourg/Lisbon, 4 February 2025 – The EIB and ... signed"
    after_dateline = sent.start + dateline_end(sent.text, doc.published)
    for c in find_countries(doc.text[after_dateline : end]):
        if c.code not in countries:
            countries.append(c.code)
    # Each party's country once: both loops below need it.
    codes = [p.country or _party_country(doc, p) for p in parties]
    for code in codes:
        if code and code not in countries:
            countries.append(code)
    if _title_names_party(doc.title, [p.name for p in parties if p.kind != "country"]):
        for code in location_countries(doc.title):
            if code not in countries:
                countries.append(code)
    sector = _sector(text)
    seen: list[str] = []
    out_parties = []
    for p, code in zip(parties, codes, strict=True):
        name = doc.canonical(p)
        if normalise_name(name) in seen:
            continue
        seen.append(normalise_name(name))
        out_parties.append({"name": name, "country": code})
    confidence = 0.5 + (0.2 if len(out_parties) >= 2 else 0) + (0.1 if value else 0) + (0.1 if deal_type != "agreement" else 0)
    return {
        "parties": out_parties,
        "deal_type": deal_type,
        "sector": sector,
        "countries": countries,
        "value": value,
        "currency": currency,
        "value_usd": to_usd(value, currency, date or doc.published),
        "date": date.isoformat() if date else None,
        "evidence": doc.text[sent.start : end],
        "start": sent.start,
        "end": end,
        "confidence": round(min(confidence, 0.95), 2),
    }


def _sector(text: str) -> str | None:
    """The first sector whose words `text` uses (in the order of the lexicon)."""
    if _SECTOR_SCAN is not None and text.isascii():
        # A sector's gap form matches only where the scan stops (it finds every place where one of
        # them does: each stop consumes one character, so no place is skipped).
        padded = " " + text.lower()
        scan, gaps = _SECTOR_SCAN
        places = [m.start() for m in scan.finditer(padded)]
        if not places:
            return None
        return next((name for name, gap in gaps if any(gap.match(padded, p) for p in places)), None)
    lowered = text.lower() if text.isascii() else None
    return next((name for name, pat in _SECTORS_CASELESS if pat.search(text, lowered)), None)


def location_countries(text: str) -> list[str]:
    """Countries where something in `text` is located: after "in/at/near/across" or as "<demonym> <asset>".

    A country closing an organisation name ("a loan from the Export-Import Bank of Korea") is not a place.
    """
    out: list[str] = []
    for c in find_countries(text):
        before = _LOCATION_BEFORE.search(text, max(0, c.start - 60), c.start)
        if before:
            located = not any(w.strip(",") in ORG_WORDS or w.strip(",") in LEGAL_FORMS for w in before.group(1).split())
        else:
            located = c.surface != country_name(c.code) and bool(_ASSET_AFTER.match(text, c.end))
        if located and c.code not in out:
            out.append(c.code)
    return out


def _title_names_party(title: str, names: list[str]) -> bool:
    """The headline is about a deal when it names one of these parties of it by its first word."""
    words = set(normalise_name(title).split())
    for name in names:
        first = normalise_name(name).split()[:1]
        if first and len(first[0]) > 2 and first[0] in words:
            return True
    return False


def deal_date(doc: Document, idx: int) -> dt.date | None:
    """When the deal was made, as the text says: None rather than a guess.

    In order: a written date in the sentence, a relative one ("on Tuesday", "today") resolved
    against publication, a date in the title ("Contract Awards - August 10, 2020"), a written date
    in the previous sentence of the same paragraph ("met on June 5, 2019. ... signed a deal").
    Dates after publication are plans ("expected to close by June 30, 2027"), never the signing.
    """

    def made(found: list[DateMention]) -> list[DateMention]:
        return _made(doc, found)

    text = doc.sentences[idx].text
    found = made(action_dates(text, doc.published))
    absolute = [d for d in found if not d.relative]
    if found and found[0].start < dateline_end(text, doc.published):
        # "London, 12 November (Argus) — X has signed ... The deals were signed in Dar es Salaam on 11 November": the
        # dateline is the day of the report; the next sentence says when the deal was made
        signed = _signed_on(doc, idx)
        if signed is not None:
            return signed
    if absolute:
        if len(absolute) > 1 and (acted := [d for d in absolute if _ACT_AFTER_DATE.match(text, d.end)]):
            # "referred to the announcement released on 2 December 2025 and advised that X has on 19 January 2026
            # entered into an agreement": the date the act is told with, not an earlier one the sentence recalls
            return acted[0].date
        return absolute[0].date
    if found:
        return found[0].date
    in_title = made(find_dates(doc.title))
    if in_title:
        return in_title[0].date
    if idx > 0:
        prev = doc.sentences[idx - 1]
        if "\n" not in doc.text[prev.end : doc.sentences[idx].start]:
            earlier = made(find_dates(prev.text))
            if earlier:
                return earlier[-1].date
    # "27 March 2025 / Kalahari Copper Limited ... is pleased to announce that it has executed binding agreements":
    # a deal a dated release says has just been made is of the release's date
    if doc.header_date is not None and _JUST_MADE.search(doc.sentences[idx].text):
        return doc.header_date
    # "X agreed to buy Y for $4.2 billion. ... the companies said in a statement Monday": a deal the lead tells of
    # is of the day the lead says it was told or made
    if idx in doc.lead:
        return doc.lead_date
    return None


_ACT_AFTER_DATE = re.compile(r",?\s+(?:formally\s+|officially\s+)?(?:entered\s+into|signed|concluded|executed|agreed|completed)\b")


def _signed_on(doc: Document, idx: int) -> dt.date | None:
    """The written date on which the next sentence says the deal just reported was signed, if it says so."""
    if not doc.sentences.has(idx + 1):
        return None
    after = doc.sentences[idx + 1].text
    if not _SIGNED_FOLLOW_UP.match(after):
        return None
    found = _made(doc, find_dates(after, doc.published))
    return found[0].date if found else None


def _made(doc: Document, found: list[DateMention]) -> list[DateMention]:
    """The dates of `found` not after publication: a later one is a plan ("expected to close by June 30"), no signing."""
    return [d for d in found if doc.published is None or d.date <= doc.published]


_SIGNED_FOLLOW_UP = re.compile(
    r"(?:The|This|That|Both|These|Those) (?:[\w-]+ ){0,2}(?:deals?|agreements?|contracts?|transactions?|accords?|"
    r"SPAs?|memorand(?:um|a)(?: of understanding)?|MoUs?|loans?|facilit(?:y|ies)) (?:was|were|had been|has been|have been) "
    r"(?:formally |officially )?(?:signed|concluded|inked|executed|sealed|finali[sz]ed)\b"
)
_JUST_MADE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|today\s+|formally\s+|officially\s+)?(?:signed|executed|entered into|concluded|"
    r"awarded|agreed|completed|closed|secured|won|inked|sealed|finali[sz]ed)\b"
)


_NAMES_CFG = load_yaml("names.yaml")
_US_STATES = frozenset(_NAMES_CFG["us_states"])
_US_STATE = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in _NAMES_CFG["us_states"]) + r")$")
_PLACE_AFTER = re.compile(r",\*?\s+(?:[A-Z][\w.'-]*\s+){0,3}?[A-Z][\w.'-]*,\s+((?:[A-Z][\w.]*\s?){1,3})")
_BASED = re.compile(r"-based\s+(?:[a-z][\w-]*\s+){0,3}")
_OF_PLACE_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?,? of ((?:[A-Z][\w.'-]*\s?){1,3}?)(?=[,.;:)]|\s+(?:to|for|and|on|in|by|from|with|said|says|has|have|had|will|would|is|was|signed|agreed)\b|$)")

_STATE_AFTER = re.compile(r", ((?:[A-Z][\w.'-]*\s?){1,3}?)(?=, (?:for|to|which|in|on|under|as|with)\b|[.;]|$)")


def _country_named(words: str) -> str | None:
    """The country `words` name whole, by its lexicon name ("Sweden"), None otherwise (not "Swedish")."""
    code = country_code(words.strip())
    return code if code is not None and country_name(code) == words.strip() else None
_ADJECTIVE_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")
# a state's own ("Spain's", "Japan's biggest trading house"): not "China's ban on", "Russia's purchase of"
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?!(?:on|of|for|with|to|by|from|against|in|at|and|or|the|a|an|over)\s)[a-z][\w-]*\s+){0,3}")


def party_country(text: str, party: Entity) -> str | None:
    """Country of a deal party from its own words and the words around it, None when not said.

    "U.S. Army Contracting Command" (a country in the name), "Remotec Inc., Clinton, Tennessee,"
    (a US state after the name), "Russian telecom MTS" / "Singapore-based Meridian" (a country
    adjective or "-based" just before).
    """
    inside = find_countries(party.name)
    if inside:
        return inside[0].code
    after = _PLACE_AFTER.match(text, party.end)
    if after and _US_STATE.search(after.group(1).strip().rstrip(",")):
        return "US"
    # "Kiyomizu Electric Co., Ltd. of Osaka", "Groupe Rémondin SA ('Rémondin') of France": where it sits, after its name;
    # "Nordhavn Defence Systems AS, Norway, for the supply of": its state between commas
    seat = _OF_PLACE_AFTER.match(text, party.end)
    if seat and (code := _place_code(seat.group(1)) or _country_named(seat.group(1))):
        return code
    state = _STATE_AFTER.match(text, party.end)
    if state and (code := _country_named(state.group(1))):
        return code
    before = text[max(0, party.start - 40) : party.start]
    for c in reversed(find_countries(before)):
        gap = before[c.end :]
        if _BASED.fullmatch(gap) or _ADJECTIVE_GAP.fullmatch(gap) and c.surface != country_name(c.code):
            return c.code
        if _POSSESSIVE_GAP.fullmatch(gap):
            return c.code  # "Spain's Ondara Telecom", "Japan's biggest trading house Mitsuhama"
        break
    # "the Vancouver-based developer X", "ASX-listed Kingsmere Mining"
    placed = _PLACED_BEFORE.search(before)
    if placed and (code := _place_code(placed.group(1))):
        return code
    # "Lagos growth fund X", "Taipei's Y": a town (one a company may be based in) just before what the party is
    town = _TOWN_BEFORE.search(before)
    if town and (code := BASED_CITIES.get(town.group(1))):
        return code
    # "Halcyon Instruments Corporation (NYSE: HLCN)"
    ticker = _TICKER_AFTER.match(text, party.end)
    if ticker and (code := _EXCHANGES.get(ticker.group(1).strip())):
        return code
    # "Brightwater Flow Technologies Ltd, a UK-based maker of valves", "X (XETRA: HVI), a German supplier", "X, a
    # company headquartered in Frankfurt": what the appositive after the name says of it.
    aside = _APPOSITIVE_AFTER.match(text, party.end)
    if aside:
        words = aside.group(1)
        for c in find_countries(words):
            if (c.start == 0 and (c.surface != country_name(c.code) or words.startswith(("'s ", "’s "), c.end))
                    or words.startswith(("-based", "-registered"), c.end)
                    or _BASED_IN.search(words, 0, c.start)):
                return c.code
        # "X, a Delaware corporation", "X, the Denver-based royalty company", "X, the FTSE 250 engineering group",
        # "X, a company headquartered in Zurich"
        first = words.split(" ", 1)[0]
        if first in _US_STATES and len(words) > len(first):
            return "US"
        if (code := _EXCHANGES.get(first)) or ((placed := _PLACED_IN.search(words)) and (code := _place_code(placed.group(1) or placed.group(2)))):
            return code
    return None


_EXCHANGES: dict[str, str] = _NAMES_CFG["exchanges"]
# a place or an exchange before "-based"/"-listed", then up to three lower-case words: "Vancouver-based developer"
# a place of up to three capitalised words ("Vancouver", "Rio de Janeiro", "Ho Chi Minh") and how a company sits there
# ("Ho Chi Minh City-based": a fourth word)
_PLACE = r"((?:[A-Z][\w.']*|de) ?(?:[A-Z][\w.']*|de)? ?(?:[A-Z][\w.']*)? ?(?:[A-Z][\w.']*)?)"
_SEATED = r"(?:based|headquartered|registered|incorporated)"
_FIRM_FROM_BEFORE = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:firm|company|group|maker|manufacturer|business|supplier|producer|"
    r"operator|start-?up|lender|bank|trader|developer|shipyard|yard)\s+(?:from|in|based\s+in|of)\s+$")
_PLACED_BEFORE = re.compile(_PLACE + r"-(?:based|listed|headquartered)\s+(?:[a-z][\w-]*\s+){0,3}$")
# (what the party is, not a relation: "the New York branch of X" is no New York firm)
_TOWN_BEFORE = re.compile(r"(?<![\w-])" + _PLACE + r"(?:['’]s\s+|\s+(?:(?!(?:of|in|for|to|from|at|by|with|on|and|or|the|an?|"
                          r"said|says|told|and)\s)[a-z][\w-]*\s+){1,3})$")
_PLACED_IN = re.compile(
    r"^(?:[a-z][\w-]*\s+){0,4}?" + _PLACE + r"-(?:based|listed|headquartered)\b|\b" + _SEATED + " in " + _PLACE
)
# (an exchange's name ends in a word character and a ticker holds no separator: each piece matches one way, or a long
# run of pieces backtracks exponentially)
_TICKER_AFTER = re.compile(
    r"\s*\(([A-Z](?:[\w ]{0,13}\w)?)\s*:\s*[^()\s|;,]{1,12}(?:\s*[;,|]\s*[A-Z](?:[\w ]{0,13}\w)?\s*:\s*[^()\s|;,]{1,12})*\)"
)


def _place_code(place: str | None) -> str | None:
    """The country of a city or stock exchange named by `place` or by its last words ("Downtown Vancouver": CA)."""
    if not place:
        return None
    words = place.split()
    for n in range(len(words)):
        key = " ".join(words[n:])
        if key in BASED_CITIES:
            return BASED_CITIES[key]
        if key in _EXCHANGES:
            return _EXCHANGES[key]
        if key in _US_STATES and key != "Georgia":  # "Texas-based", "a company headquartered in Ohio"
            return "US"
    return None


def _party_country(doc: Document, party: Entity) -> str | None:
    """A deal party's country: what the words around this mention say (`party_country`), else what they say at
    another mention of it in the article ("Denmark-based Sonnvik A/S" in the first paragraph, "Sonnvik" in the
    deal's sentence), else what its legal form says ("Tessaro Reti S.p.A.", "PT Sawit Cahaya Nusantara")."""
    code = party_country(doc.text, party)
    if code or party.kind not in ("organization", "unknown"):
        return code
    text = doc.text
    canonical = doc.canonical(party)
    names = {party.name, canonical}
    for name in list(names):
        words = name.replace(",", " ").split()
        while len(words) > 1 and words[-1] in LEGAL_FORMS:
            words.pop()
        if words and len(" ".join(words)) >= 4 and " ".join(words) != name:
            names.add(" ".join(words))
    longest_first = sorted(names, key=len, reverse=True)
    for name in longest_first if doc.may_scan_text() else ():
        for at, end in _whole_mentions(text, name, 8):
            # at a mention other than this one
            if at != party.start and (code := party_country(text, Entity(at, end, name, party.kind))):
                return code
    # the headline's mention: "Vardhan Motors, Japan's Kiyomizu Electric form battery cell venture"
    for name in longest_first:
        for at, end in _whole_mentions(doc.title, name, 1):
            if code := party_country(doc.title, Entity(at, end, name, party.kind)):
                return code
    return form_country(canonical) or form_country(party.name)


def _whole_mentions(text: str, name: str, finds: int) -> Iterator[tuple[int, int]]:
    """Spans of `name` among its first `finds` occurrences in `text` that stand as a whole name (not "Sonnvik"
    inside "Sonnviken")."""
    at, seen = text.find(name), 0
    while at >= 0 and seen < finds:
        end = at + len(name)
        if not text[end : end + 1].isalnum() and not text[at - 1 : at].isalnum():
            yield at, end
        at, seen = text.find(name, end), seen + 1


_FORM_COUNTRIES = _NAMES_CFG["legal_form_countries"]


def form_country(name: str) -> str | None:
    """The country a company's legal form belongs to when only one country uses it: "Tessaro Reti S.p.A." IT,
    "Lumisense B.V." NL, "PT Sarana Baja Nusantara (Persero)" ID; None for "Inc.", "Ltd" or "S.A." (several)."""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return None
    for n in (3, 2, 1):
        if len(words) > n and (code := _FORM_COUNTRIES["suffix"].get(" ".join(words[-n:]))):
            return str(code)
    code = _FORM_COUNTRIES["prefix"].get(words[0])
    return str(code) if code else None


# (and "X (NDPR), one of Nigeria's largest indigenous oil producers": the state whose firm it is)
_APPOSITIVE_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\)){0,2},\s+(?:a|an|the|one\s+of)\s+([^,;.]{1,80})")
_BASED_IN = re.compile(r"\b" + _SEATED + r"\s+in\s+(?:the\s+)?$")


def _merge(deals: list[dict[str, Any]], title: str | None = None) -> list[dict[str, Any]]:
    """Records describing the same deal become one, with the fuller names.

    Same deal: the same type, and every party of one names a party of the other ("Nordhavn
    Logistics" in the headline, "Nordhavn Logistics A/S" in the body), unless both state different
    values (two contracts of one company are two deals). A headline's deal of no stated kind ("Vale signs
    LNG deal") is the body's deal of its parties ("Vale signed a $761 million agreement to buy LNG from X", a
    contract), and takes its kind.
    """
    headline = (title or "").strip()
    out: list[dict[str, Any]] = []
    # A deal is compared only with the records it can be the same as, not with every one before it (quadratic: hostile
    # probe 37 F1, 131 s for a page of 5,900 short deal sentences). Either every party of the deal names a party of the
    # record (found among the records naming its party named least often, `every`), or every party of the record names
    # one of the deal's, its rarest party among them (`rarest`); a record of no party is the same as any deal of its kind.
    every, rarest = PartyIndex(), PartyIndex()
    bare: list[int] = []
    counts = Counter(w for d in deals for p in d["parties"] for w in set(normalise_name(p["name"]).split()))

    def rarity(party: dict[str, Any]) -> int:
        return min((counts[w] for w in normalise_name(party["name"]).split()), default=0)

    def index(i: int) -> None:
        for p in out[i]["parties"]:
            every.add(p["name"], i)
        if out[i]["parties"]:
            rarest.add(min(out[i]["parties"], key=rarity)["name"], i)

    for deal in deals:
        if deal["parties"]:
            groups = [every.keys(p["name"]) for p in deal["parties"]]
            fewest = min(groups, key=lambda keys: sum(map(len, keys)))
            candidates: Iterable[int] = sorted(set().union(
                *fewest, *(keys for p in deal["parties"] for keys in rarest.keys(p["name"])), bare))
        else:
            candidates = range(len(out))
        for i in candidates:
            prev = out[i]
            if _same_deal(prev, deal) or (headline and _headline_of(prev, deal, headline)):
                if prev["deal_type"] == "agreement":
                    prev["deal_type"] = deal["deal_type"]
                _absorb(prev, deal)
                index(i)  # (its names may be longer now, and more)
                break
        else:
            out.append(deal)
            if not deal["parties"]:
                bare.append(len(out) - 1)
            index(len(out) - 1)
    return out


# "The agreement was signed in Cairo by X and Y's chief executive": the deal stated before, told again
_BACK_REFERENCE = re.compile(
    r"(?:The|This|That) (?:agreement|deal|contract|transaction) (?:was|were|is|has been|had been) "
    r"(?:signed|concluded|finali[sz]ed|inked|sealed|executed)\b"
)


def _same_deal(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["deal_type"] != b["deal_type"] and not (b["deal_type"] == "agreement" and _BACK_REFERENCE.match(b["evidence"])):
        return False
    if a["value"] and b["value"]:
        if a["currency"] != b["currency"] and a.get("value_usd") and b.get("value_usd"):
            # "EUR 1.2bn" in the headline, "$1.3 billion" in the body: one price in two currencies, compared in dollars
            # at the year's rate, give or take what rates and rounding move (two rows of one deal: hostile probe 20)
            if abs(a["value_usd"] - b["value_usd"]) > 0.15 * max(a["value_usd"], b["value_usd"]):
                return False
        elif abs(a["value"] - b["value"]) > 0.01 * max(a["value"], b["value"]):
            return False
    small, big = sorted((a["parties"], b["parties"]), key=len)
    return _all_named_in(small, big)


def _all_named_in(few: list[dict[str, Any]], many: list[dict[str, Any]]) -> bool:
    """Every party of `few` names a party of `many` ("Nordhavn Logistics" names "Nordhavn Logistics A/S")."""
    return all(any(same_party(p["name"], q["name"]) for q in many) for p in few)


def _headline_of(a: dict[str, Any], b: dict[str, Any], headline: str) -> bool:
    """One of the two is the headline's deal of no stated kind, and the other the body's deal of a kind naming
    every party it names."""
    for vague, told in ((a, b), (b, a)):
        if (vague["deal_type"] == "agreement" and told["deal_type"] != "agreement" and vague["evidence"].strip() == headline
                and told["evidence"].strip() != headline and not vague["value"]):
            return _all_named_in(vague["parties"], told["parties"])
    return False


_VALUE_KEYS = ("value", "currency", "value_usd")


def _absorb(prev: dict[str, Any], deal: dict[str, Any]) -> None:
    """Fold `deal` into `prev`: the longer name of each party, the union of parties and countries, and
    the evidence of the record naming more parties (the body sentence rather than the headline)."""
    richer = len(deal["parties"]) > len(prev["parties"]) or (
        len(deal["parties"]) == len(prev["parties"])
        and sum(len(p["name"]) for p in deal["parties"]) > sum(len(p["name"]) for p in prev["parties"])
    )
    parties = [dict(p) for p in prev["parties"]]
    for p in deal["parties"]:
        same = next((q for q in parties if same_party(p["name"], q["name"])), None)
        if same is None:
            parties.append(dict(p))
        elif len(p["name"]) > len(same["name"]):
            same["name"], same["country"] = p["name"], p["country"] or same["country"]
        elif same["country"] is None:
            same["country"] = p["country"]
    countries = list(dict.fromkeys([*prev["countries"], *deal["countries"]]))
    if richer:
        for key in ("evidence", "start", "end", "confidence"):
            prev[key] = deal[key]
    for key in ("value", "currency", "value_usd", "sector", "date"):
        if prev[key] is None or (richer and deal[key] is not None and not (key in _VALUE_KEYS and prev["value"] is not None)):
            prev[key] = deal[key]
    prev["parties"], prev["countries"] = parties, countries
