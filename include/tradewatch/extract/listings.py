"""Named lists after a listing cue: bullet lines after a colon, and semicolon-separated items."""

from __future__ import annotations

import dataclasses
import re

from tradewatch.extract.countries import country_code
from tradewatch.extract.document import Document
from tradewatch.extract.lexicon import NUMBER_WORDS, load_yaml
from tradewatch.extract.parties import (
    BASED_CITIES,
    LEGAL_FORMS,
    MEDIA_ROLES,
    NATIONALITY_NOUNS,
    ORG_WORDS,
    PERSON_TITLE_ALTERNATION,
    PERSON_TITLES,
    PLACE_DESCRIPTORS,
    VESSEL_CUES,
    Entity,
)

_CFG = load_yaml("triggers.yaml")["listings"]
# "The entities added today are:" / "... the following persons:" -> bullet lines follow.
# ("Additions, by destination:": an Entity List rule's additions, under country headings)
# ("3. The list of designated individuals, institution and vessels is as follows.": a full stop after "as follows")
# ("against the following U.S. companies:": an abbreviation's dots inside)
# ("designated the following three entities and one individual pursuant to Executive Order (E.O.) 14014, "Blocking
# Property with Respect to the Situation in Burma":": the authority and its title between the cue and the colon)
# ("Among those named in the Federal Register notice:")
_BULLET_CUE = re.compile(rf"\b(?:{_CFG['cue_words']}|additions|among\s+those\s+(?:named|listed|added|designated|sanctioned))\b"
                         r"(?:[^.;:]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s)){0,100}(?::|(?<=follows)\.)\s*$"
                         r"|\bthe\s+following\s+(?:\w+\s+){0,6}(?:entit(?:y|ies)|individuals?|persons?|companies|vessels|"
                         # ("close entry for the following 12 citizens of the United Kingdom, who ...:")
                         r"people|citizens|nationals|officials)\b(?:[^.;:]|(?<=\b[A-Z])\.|\.(?=\)))+:\s*$",
                         re.IGNORECASE)
# "Those sanctioned today are A, a judge; B, ...; and C." -> items separated by semicolons.
# ... or after a verb of listing and a colon: "The Council listed: A; B; and C"
# (the verb right before the colon, or a date: not a register entry's "Secondary sanctions risk: ...; Linked To: ...")
_LISTED_COLON = re.compile(r"(?<![(\[])\b(?:listed|designated|sanctioned|named|added|targeted)"
                           r"(?:\s+(?:today|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|yesterday))?:\s+(?=[A-Z])")
_INLINE_CUE = re.compile(rf"\b(?:{_CFG['cue_words']})\s+(?=\S)", re.IGNORECASE)
# A bullet, and the item's number in a numbered schedule ("- 207 Vladimir PAVLENKO (born ...)").
_BULLET = re.compile(rf"^\s*(?:{_CFG['bullets']})\s*(?:\d{{1,4}}\s+(?=[A-Z]))?")
# A schedule's item number without a bullet ("312 Pardis Sepehr Electronics Company", "287 Mehrdad Niknam (born ...)")
_SCHEDULE_NUMBER = re.compile(r"\s*\d{1,4}\s+(?=[A-Z])")
# An unmarked item line no longer than this (a name and a short description) continues a list.
_PLAIN_ITEM_CHARS = 120
# "The entities include A and B.", "Those designated today are A, B and C.", "Among those targeted were
# A and B": the group of the action stated just before, named.
_GROUP_INCLUDES = re.compile(
    # "According to the Council's announcement, those listed include A, ...": who says it first
    r"(?:according\s+to\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3},\s+)?"
    # "Also on the list is Viktor X, a senior official ...", "The ban also applies to A, a company based in ..., and B"
    # "Three journalists were also named: A, a correspondent for X, B and C"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+(?:were|are)\s+(?:also\s+)?"
    r"(?:named|listed|included|banned|sanctioned|designated)\s*:\s+(?=[A-Z])|"
    # "Two of the entities are subsidiaries of Huaxia Nuclear: A and the B": some of those counted, named after a colon
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+of\s+(?:the|them|those|these)\b(?:\s+[a-z-]+){0,2}\s+(?:are|were)\s+"
    r"[^:.;]{0,80}:\s+(?=[A-Z]|the\s+[A-Z])|"
    # "Three of them – A, B and C – are also on the unreliable entity list. The other four are D, E, F and G."
    # ("In a separate notice, the ministry said it had placed seven US entities on its export control list. The seven are
    # A, B, ... and G.")
    r"the\s+(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+[a-z-]+){0,2}\s+(?:are|were)\s+(?=[A-Z])|"
    r"the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:are|were)\s+(?=(?-i:[A-Z]))|"
    # ("Among them are the tankers A and B ... The others are the C, D and E": the rest of the group named)
    r"the\s+(?:others|rest)\s+(?:are|were|include|included)\s+(?:the\s+)?(?=(?-i:[A-Z]))|"
    # ("The Australian list was headed by X, deputy secretary ...", then "It also includes A, ..., and B")
    r"the\s+(?:[\w-]+\s+)?list\s+(?:was|is)\s+(?:headed|led|topped)\s+by\s+(?=[A-Z])|"
    r"it\s+also\s+(?:includes|included|names|named)\s+(?=[A-Z])|"
    r"also\s+on\s+the\s+list\s+(?:is|are|was|were)\s+(?=[A-Z])|the\s+(?:ban|freeze|asset\s+freeze|measures?)\s+also\s+"
    r"appl(?:y|ies)\s+to\s+(?=[A-Z])|"
    # "The Ministry of Foreign Affairs named the individuals as A, B, C and D": who they are, after the body naming them
    # ("It named them as Maj. Gen. A, ... and Col. C": a pronoun's sentence is read as the action's own)
    r"(?!(?:it|they|he|she)\s)(?:the\s+)?(?:[\w’'.-]+\s+){1,6}?(?:named|identified)\s+(?:them|those|these|the\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:individuals|persons|people|entities|companies|firms|men|women|officials|workers|vessels|tankers))\s+as\s+(?=(?-i:[A-Z]))|"
    r"among\s+them\s+(?:is|are|was|were)\s+|among\s+them\s*:\s+(?=[A-Z]|the\s+[A-Z])|"
    # "The Department of Foreign Affairs and Trade names A, a Rostov-based dealer, and B among them"
    r"(?:the\s+)?(?:[\w’'.-]+\s+){1,8}?(?:names|named|lists|listed|identifies|identified)\s+(?=[A-Z][^.;:]{3,300}\bamong\s+them\s*[.;]?\s*$)|(?:they|these)\s+include\s+(?=[A-Z])|(?:among\s+)?(?:the|those|these|that|this|other)\s+(?:(?:[a-z-]+(?:['’]s)?|[A-Z][a-z]+)\s+){0,3}(?:(?:entities|individuals|persons|people|companies|firms|"
    # ("Among the new entries are the Moscow lender X and its chairman, Y")
    # ("The two organizations are A, which ..., and B")
    r"banks|enterprises|organi[sz]ations|vessels|ships|tankers|listings|designations|designees|targets|additions|entries|businessmen|businesspeople|officials|"
    r"executives|oligarchs|traders|suppliers|refineries|refiners|terminals|operators|exporters|importers|men|women|foreigners|"
    r"nationals|(?:sanctions\s+)?list|outlets|channels|names)"
    r"|(?:listed|designated|sanctioned|targeted|added|named|banned|barred|blacklisted))"
    # "The companies concerned are", "The sanctions list includes, in particular, ..."
    r"(?:\s+(?:concerned|involved|named|listed|designated|added|sanctioned|targeted|hit|blacklisted|penali[sz]ed|banned))?"
    # "Those named in the government's announcement included", "The tankers named in the action included"
    # ("Among the Britons added to Russia's so-called "stop list" are A and B": where they were added)
    r"(?:\s+(?:in|by|under|on|to)\s+(?:[\w’'\"“”-]+\s+){0,3}?[\w’'\"“”-]+)?"
    # "The list, published on the ministry's website, names A, B and C"
    # ("The decision, adopted by the Council of the EU by written procedure, covers the television channel X, ...")
    r"(?:,\s+(?:published|posted|released|issued|adopted|announced)\b[^,;:]{1,80},)?"
    r"(?:\s+(?:today|this\s+week|on\s+\w+day))?\s+(?:also\s+)?(?:include|includes|included|are|were|is|was|take\s+in|takes\s+in|took\s+in|names|named|"
    r"cover|covers|covered|comprise|comprises|comprised|span|spans)\s*:?(?:,?\s+in\s+particular,)?\s+"
    # "The company, Ocean Star Shipping FZE, operates ...": the one described before, named
    r"|the\s+(?:company|firm|bank|vessel|tanker|ship|entity|businessman|individual)\s*,\s+(?=[A-Z])"
    # "The sanctioned entity is Rimyong Technology Trading Corp., a company under ...": the one of the action, named
    r"|(?:the|this)\s+(?:newly\s+)?(?:sanctioned|designated|listed|targeted|blacklisted)\s+"
    r"(?:entity|individual|company|firm|person|bank|vessel|tanker|organi[sz]ation)\s+(?:is|was)\s+(?=[A-Z])"
    # "A fourth individual, Aram Jalal Karim, is accused of ...": one more of the group counted before, named
    r"|(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\s+"
    # ("The fourth individual is Leonid Chernykh, a Russian national ...")
    r"(?:individual|person|man|woman|entity|company|firm)(?:\s*,|\s+(?:is|was))\s+(?=[A-Z]))",
    re.IGNORECASE,
)
_COUNTED_COLON = re.compile(r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several)\s+[^:;.]{1,40}:\s*")
_KINDS = (r"firms|companies|enterprises|legal entities|entities|banks|firm|company|bank|lender|trader|shipper|supplier|manufacturer|maker|group|broadcaster|producer|operator|provider|distributor|"
          r"airline|carrier|refiner|refinery|exporter|importer|conglomerate|plant|insurer|fund|agency|network|contractor|"
          # ("the Panama-flagged supertanker Stellar Orion", "the Comoros-flagged crude tanker Nova Grace")
          r"tanker|supertanker|freighter|bulker")
# A ship's IMO number in brackets after its name: " (IMO 9288730)", " (IMO No. 9288730)"
_IMO_NEXT = re.compile(r"\s*\(IMO(?: number| No\.?)?:? ?\d{7}\)")
# A ship's type before its name: "2006-built suezmax", "aframaxes", "LR2 tanker".
_VESSEL_TYPE = r"(?:\d{4}-built\s+)?(?:" + "|".join(re.escape(c) for c in sorted(VESSEL_CUES, key=len, reverse=True)) + r")\s+"
# Where a firm is based, before its name: "Dubai-based", "Marshall Islands-registered".
_HOME = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|registered|headquartered|incorporated|flagged)\s+"
# Between two names of such a row: commas, "and", a possessive's noun ("A's subsidiaries and B"),
# a nationality and a kind ("A and Indian firm B").
_ROW_GAP = re.compile(
    # "A (IMO 9218777) and B", "A (China), B": what the bracket says of the name before
    # ("A of Noida and B": the town the name before is in)
    r"^(?:[’']s(?:\s+[a-z]+){0,2})?(?:\s*\([^()]{1,40}\))?(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?=,|\s+and\s))?"
    r"[\s,]*(?:(?:and|as well as)\s+)?(?:the\s+)?"
    # "A and Indian firm B", "A and the Dubai-based trader B": a nationality or a home and a kind before the next name
    r"(?:(?:[A-Z][\w-]+\s+|[a-z][\w-]*\s+){0,2}(?:" + _KINDS + r")\s+"
    # "Norvik Prison director Ali K.": a role between an organisation and its person (the caller drops the
    # organisation as a descriptor)
    r"|(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+)?(?:[a-z-]+\s+)?(?:director|chief|head|commander|leader|official|owner|"
    r"chairman|founder|executive|governor|" + MEDIA_ROLES + r"|engineer|manager)\s+"
    # "A and the LR2 tanker B": a ship's type before the next name
    r"|" + _VESSEL_TYPE +
    # "A and Dubai-based B": the next name's home
    r"|" + _HOME + r")?$"
)
# What may stand between two names at the head of one item: "A and B, both in China".
_DESCRIBING_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:manager|operator|owner|agent|broker|supplier|subsidiary|affiliate|"
                                    r"unit|arm|parent|registered|flag|flagged|company|firm)\b")
# (and where the next is based: "; and Sharjah-based X, the ISM manager")
_JOINER = re.compile(
    r"^[\s,]*(?:(?:and|or|as well as)\s+)?(?:the\s+)?(?:" + _HOME + r")?$"
)


# "the following measures will be implemented:": a list of measures or steps, not of names
# A list's opening that ends with a full stop, the list on the lines below: "The following individuals and entities
# have been added to Schedule 1 of the Special Economic Measures (Russia) Regulations."
_FOLLOWING_ADDED = re.compile(
    # ("Asset freeze targets ADDED: The following entries have been added to the Consolidated List": a notice's part)
    r"\s*(?:[A-Z][^.:;\n]{0,50}:\s+)?"
    r"The\s+following\s+(?:individuals|persons|people|entities|entries|designations)\b[^.:;]{0,40}?\b(?:have|has)\s+been\s+"
    r"(?:added|listed|designated)\b"
)
# "Payments to ... the following 5 individuals and 6 entities shall be subject to the permission system under the Act."
# over "Individuals (5)" and numbered entries (Japan's Ministry of Finance), "Exports to the following 4 entities ...
# shall be prohibited." over "1. X (United Arab Emirates)": a sentence ending in a full stop that announces the list
# below it, when a list's heading or its first numbered or bulleted item opens the next line
_FOLLOWING_KIND = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+){0,6}?(?:entit(?:y|ies)|individuals?|persons?|companies|"
                             r"vessels|people|citizens|nationals|officials)\b")


def _list_opens_below(doc: Document, idx: int, headed: bool = False) -> int:
    """How many sentences below `idx` a list opens on a line of its own (a list's heading, a numbered or bulleted item,
    or a country's line over bullets): 1, or 2 past one more sentence of `idx`'s paragraph ("... determined to add the
    following entities. For each, BIS imposes a license requirement ..." over "China" and its bullets); 0 when none.
    `headed`: a heading in capitals over the bullets opens it too ("SHIP MANAGERS AND OPERATORS")."""
    for k in (idx + 1, idx + 2):
        if not doc.sentences.has(k):
            return 0
        nxt = doc.sentences[k]
        if "\n" not in doc.text[doc.sentences[k - 1].end : nxt.start]:
            continue
        if (GROUP_HEADER.fullmatch(nxt.text) is not None or _BULLET.match(nxt.text) is not None
                or _country_line(nxt.text) and doc.sentences.has(k + 1) and _BULLET.match(doc.sentences[k + 1].text)
                or headed and _capitals_heading_over_bullets(doc, k)):
            return k - idx
        return 0
    return 0


# "The entities and individuals below are being designated pursuant to E.O. 14024 ...", its bullets under headings
# in capitals ("SHIP MANAGERS AND OPERATORS", "INDIVIDUALS") on the lines below
_KIND_BELOW = re.compile(r"\b(?:entities|individuals|persons|companies|vessels|people)(?:\s+and\s+(?:entities|individuals|"
                         r"persons|companies|vessels))?\s+(?:(?:listed|named|identified|set\s+out)\s+)?below\s+"
                         r"(?:are|were|have\s+been|has\s+been)\s+(?:being\s+)?(?:designated|sanctioned|listed|added)\b")
_CAPITALS_HEADING = re.compile(r"[^\S\n]*[A-Z][A-Z&,'’ -]{2,60}[^\S\n]*")


def _capitals_heading_over_bullets(doc: Document, idx: int) -> bool:
    """Whether sentence `idx` is a line of capitals alone ("SHIP MANAGERS AND OPERATORS") over a bulleted line."""
    sent = doc.sentences[idx]
    return (_CAPITALS_HEADING.fullmatch(sent.text) is not None and _opens_line(doc.text, sent.start)
            and doc.sentences.has(idx + 1) and _BULLET.match(doc.sentences[idx + 1].text) is not None
            and "\n" in doc.text[sent.end : doc.sentences[idx + 1].start])


# ("(4) the entry concerning the following person is deleted from the list": an EU annex's part taking entries off)
_NEXT_PART = re.compile(r"\bThe\s+following\s+(?:[\w-]+\s+){1,4}(?:has|have)\s+been\s+[a-z]+ed\b"
                        r"|\b(?:is|are)\s+(?:hereby\s+)?(?:deleted|removed)\s+from\b")
_NOT_NAMES_CUE = re.compile(
    r"\bfollowing\s+(?:[a-z]+\s+)?(?:measures|steps|actions|conditions|restrictions|regulations|obligations|requirements|"
    r"prohibitions|exemptions|licen[cs]es|amendments|changes|criteria)\b",
    re.IGNORECASE,
)
# A heading of a list of designations: "Entities:", "Individuals (4):", "Designated persons:", "Legal persons,
# entities and bodies (asset freeze):", "Annex IV additions (export restrictions):" (a count or the measure in brackets).
# What a heading says was done to those it lists: "Individuals sanctioned (travel ban and asset freeze)"
_LISTED_PARTICIPLE = r"(?:sanctioned|designated|listed|added|targeted)"
GROUP_HEADER = re.compile(
    # "Newly listed natural persons", a heading line of its own, needs no colon
    r"\s*(?:(?:(?:Newly|Designated|Listed|Sanctioned|Specified|New|Natural|Legal|Additional)\s+){1,3}|Annex\s+[IVX\d]+\s+)?"
    r"(?:Entities|Individuals|Persons|People|Companies|Organi[sz]ations|Vessels|Ships|Aircraft|Designations|Additions|Entries)"
    r"(?:,?\s+(?:and\s+)?(?:entities|bodies|groups|organi[sz]ations|undertakings|companies))*"
    # ("Individuals added to the Russia Sanctions Register", "Entities listed on the Consolidated List": where to)
    # ("Legal entities subject to sanctions (Annex 1 to the NSDC decision):")
    r"(?:\s+subject\s+to\s+(?:the\s+)?(?:sanctions|restrictive\s+measures|special\s+economic\s+measures|an\s+asset\s+freeze))?"
    rf"(?:\s+{_LISTED_PARTICIPLE}(?:\s+(?:to|on|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:register|list|schedule|annex(?:\s+[IVX\d]+)?))?)?"
    r"\s*(?:\([^()]{1,60}\))?\s*:?\s*",
    re.IGNORECASE,
)
# Such a heading naming its measure: "Natural persons (asset freeze and travel ban):", a line of its own.
_MEASURE_HEADING_LINE = re.compile(r"[^\S\n]*[A-Z][^\n()]{2,60}\([^()\n]{3,60}\)[^\S\n]*:[^\S\n]*")


def measure_headings(text: str) -> list[int]:
    """Where the lines of `text` that look like "Natural persons (asset freeze and travel ban):" start
    (after their indent). Found from their "):" (a C-speed search: most articles have none)."""
    out: list[int] = []
    at = text.find("):")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _MEASURE_HEADING_LINE.fullmatch(text, start, end):
            out.append(start + len(text[start:end]) - len(text[start:end].lstrip()))
        at = text.find("):", end)
    return out


# "Technopromresurs LLC - Moscow-based importer of ...", "X, which stores jet fuel;": an item line of a name and
# its description, however long.
_NAME_THEN_DESCRIPTION = re.compile(r"\s*(?:[-–—(,])")
# A verb after an unmarked line's names: the line is a sentence, not one more item
_CLAUSE_AFTER_NAMES = re.compile(
    r"\s+(?:(?:also|already|now|had|have|has|was|were|is|are|will|would|previously|earlier)\s+)*"
    r"(?:ha(?:ve|s|d)|is|are|was|were|will|would|can|could|said|says|sanctioned|designated|listed|imposed|announced|"
    r"remains?|became|joined|took|added)\b"
)
# "Today's sanctions target the senior officers directing this campaign:": an action whose targets the lines name.
_ACTION_CUE = re.compile(
    # "OFAC is identifying the following vessels as property in which X Inc. or Y Ltd. has an interest:"
    r"\b(?:target|targets|targeted|targeting|designat(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|list(?:s|ed|ing)|add(?:s|ed|ing)|"
    # "the funds ... held by the following persons are frozen ..., pursuant to Articles L. 562-2 and L. 562-3 of the Code:"
    # ("for supplying U.S.-origin parts to the Burmese military:": an abbreviation's dots inside)
    # ("pursuant to Executive Order (E.O.) 14024 for their roles ...:": an abbreviation closing a bracket)
    # ("to impose visa restrictions on three Russian officials pursuant to section 212(a)(3)(C) of the Immigration and
    # Nationality Act for their involvement in ...:", its bullets below)
    r"identif(?:y|ies|ied|ying)|froze|frozen|impos(?:e|es|ed|ing))\b(?:[^.;:]|\.(?=,| [a-z0-9])|(?<=\b[A-Z])\.(?=[A-Z]\.|-|\s|\)))"
    r"{0,260}:\s*$",
    re.IGNORECASE,
)
def _opens_line(text: str, at: int) -> bool:
    """Whether `at` opens a line, maybe after its indentation ("  China" over "  – Shenzhen ..." in a newsletter)."""
    line = text.rfind("\n", 0, at)
    return (line >= 0 or at == 0) and not text[line + 1 : at].strip(" \t")


_NAME_DASH_HEADER = re.compile(r"\s*(?:Full\s+)?[Nn]ames?\s*[—–-]+\s*(?:Title|Description|Position|Role|Post|Details|"
                               r"Reasons?|Function|Location)s?\s*")
# A post in lower case opening an item, the person's name after its comma: "the bank's general manager, X", "its deputy
# general manager responsible for international banking, Y"
_ROLE_THEN_NAME = re.compile(
    r"\s*(?:the\s+(?:[\w-]+['’]s\s+)?|its\s+|their\s+|his\s+|her\s+)(?:[a-z-]+\s+){0,3}"
    r"(?:manager|director|officer|chairman|chairwoman|chair|president|owner|founder|executive|head|chief|deputy|partner|"
    r"shareholder|accountant|treasurer|secretary|controller|adviser|advisor|representative|agent)"
    r"(?:\s+[a-z-]+){0,5}\s*,\s+(?=[A-Z])")
# A person's rank or honorific before the name opening an item: "Lieutenant General X", "U Hla Myint Oo".
# "Panama-flagged crude oil tanker ", "the LNG carrier ": what a list item says a ship is before its name
_VESSEL_DESCRIPTION = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w’'.]*(?:[ -][A-Z][\w’'.]*)?-flagged\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:" + "|".join(re.escape(c) for c in sorted(VESSEL_CUES, key=len, reverse=True)) + r")\s+"
)
# "the association ", "the Dubai-based company ": what a list item says an organisation is before its name
_ORGANIZATION_DESCRIPTION = re.compile(
    r"(?:the\s+)?(?:[\w’'-]+-based\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:association|company|firm|entity|organi[sz]ation|foundation|charity|fund|group|bank|society|trust|network|"
    r"institute|centre|center|enterprise|partnership|cooperative|union)\s+(?=[A-Z])"
)
_ITEM_TITLES = re.compile(
    r"(?:(?:" + PERSON_TITLE_ALTERNATION + r"|U|Daw)\s+){1,3}"
)


_LISTING_HEADING = re.compile(
    r"\s*(?:Newly|Designated|Listed|Sanctioned|New|Additional)\b"
    rf"|\s*\w+(?:\s+and\s+\w+)?\s+{_LISTED_PARTICIPLE}\b",  # "Entities sanctioned (asset freeze)"
    re.IGNORECASE,
)


# "Backgrounder" on a line of its own: what follows is the release's list of those it lists (Global Affairs Canada)
# (and a UK release's "Full list of designations" over its "Individuals" and "Entities")
_BACKGROUNDER = re.compile(
    # ("Backgrounder: Individuals and entities subject to sanctions")
    r"\s*(?:Backgrounder(?:\s*[:–—-]\s*[^.\n]{1,80}?)?|(?:(?:The\s+)?(?:[Ff]ull|[Cc]omplete)\s+)?[Ll]ist\s+of\s+(?:(?:today['’]s\s+|new\s+)?designations|"
    r"(?:those|persons|individuals|entities)\s+(?:designated|sanctioned|listed)(?:\s+today)?))\s*:?\s*"
)


def _after_backgrounder(doc: Document, idx: int) -> bool:
    """A bare "Individuals" right under a "Backgrounder" line: the heading of the list a release ends with."""
    return idx > 0 and _BACKGROUNDER.fullmatch(doc.sentences[idx - 1].text) is not None


# A line in brackets that stands for entries not written out: "(Remaining 6 individuals are listed in the Annex)",
# "[3 further entities: see the annex]"
_PLACEHOLDER_LINE = re.compile(
    # ("(and 3 others; see the Annex)")
    r"\s*[(\[](?:and\s+)?(?:the\s+)?(?:remaining|other|others|further|additional|rest|see|full\s+list|list\s+continues|"
    r"\d{1,4}\s+(?:more|further|others?|additional))\b[^()\[\]\n]{0,120}[)\]]\.?\s*",
    re.IGNORECASE,
)
# An entry labelled with its kind, OFAC's "Individual: SURNAME, Given; DOB ...", "Entity: X; Address ...": an item
# ("INDIVIDUAL: X" in capitals too)
_ENTRY_KIND_LABEL = re.compile(r"\s*(?:Individual|Entity|Vessel|Aircraft|Person|Organi[sz]ation|Company|INDIVIDUAL|ENTITY|VESSEL|"
                               r"AIRCRAFT|PERSON|ORGANI[SZ]ATION|COMPANY)\s*:\s+(?=\S)")


def _over_labelled_entries(doc: Document, idx: int) -> bool:
    """Sentence `idx` ends its line and the next line is an entry labelled with its kind ("Individual: X"): whatever
    heads them ("IDENTIFYING INFORMATION", a cue, the action itself) opens their list."""
    sent = doc.sentences[idx]
    if _ENTRY_KIND_LABEL.match(sent.text) or not doc.sentences.has(idx + 1):
        return False
    if doc.text[sent.end : sent.end + 1] not in ("\n", "") and "\n" not in doc.text[sent.end : doc.sentences[idx + 1].start]:
        return False
    nxt = doc.sentences[idx + 1]
    return _opens_line(doc.text, nxt.start) and _ENTRY_KIND_LABEL.match(nxt.text) is not None


def _over_semicolon_lines(doc: Document, idx: int) -> bool:
    """Sentence `idx` ends its line and the next two lines are items ending in semicolons, each opening with a name
    ("Dmitri X (born 8 May 1976), presenter on a state channel;"): the sentence (a cue or the action) opens their list."""
    sent = doc.sentences[idx]
    if doc.text[sent.end : sent.end + 1] not in ("\n", "") or sent.text.rstrip().endswith(";"):
        return False
    for k in (idx + 1, idx + 2):
        if not doc.sentences.has(k):
            return False
        item = doc.sentences[k]
        if (not item.text.rstrip().endswith(";") or not _opens_line(doc.text, item.start) or _BULLET.match(item.text)
                or doc.text[item.end : item.end + 1] not in ("\n", "")
                or not any(e.start == item.start and e.kind not in ("country", "place") for e in doc.entities(k))):
            return False
    return True


# A part's number before its heading: "(1) ", "2. ", "B) "
_PART_NUMBER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[A-Z][.)])\s+")


_COUNT_TAIL = re.compile(r"\(\d{1,4}\)\s*:?\s*$")


def _heading_line(doc: Document, idx: int) -> bool:
    """"Newly listed natural persons" on a line of its own, without a colon, before numbered or bulleted items."""
    sent = doc.sentences[idx]
    # ("(1) Designated individuals (8)" over lettered items: the heading of a numbered part)
    bare = sent.text[number.end() :] if (number := _PART_NUMBER.match(sent.text)) else sent.text
    if number is None and idx > 0:
        number = _SECTION_NUMBER_ALONE.fullmatch(doc.sentences[idx - 1].text)  # "1." split off as a sentence of its own
    if (sent.text.rstrip().endswith(":") or len(sent.text) > 80
            # ("A. Individuals (4)": a lettered part of those it counts is a list's heading too)
            or not (_LISTING_HEADING.match(bare) or _after_backgrounder(doc, idx) or number and _COUNT_TAIL.search(bare))
            or not GROUP_HEADER.fullmatch(bare)):
        return False  # a bare "Individuals" divides a list that a cue or an annex heading opened
    if doc.text[sent.end : sent.end + 1] not in ("\n", "") or not doc.sentences.has(idx + 1):
        return False
    first = idx + 1
    nxt = doc.sentences[first].text
    if (country_code(nxt.strip()) or _SUBHEADING.fullmatch(nxt)) and doc.sentences.has(idx + 2):
        # "Russia" on its line, a heading over its bullets; "Banks" under "Sanctioned entities", a part by kind
        first += 1
        nxt = doc.sentences[first].text
    if _BULLET.match(nxt) is not None or _entry_block_at(doc, idx + 1):
        return True
    # ("(1) Designated individuals (3)" over plain lines "Aliaksei X (host of a programme)": a numbered part's heading
    # over name lines)
    item = doc.sentences[first]
    return (number is not None and len(nxt) <= _PLAIN_ITEM_CHARS and _opens_line(doc.text, item.start)
            and any(e.start == item.start and e.kind not in ("country", "place") and e.alias_of is None
                    for e in doc.entities(first)))


# "The new entries", "New listings" on a line of their own over a paragraph on the entries and then the entries
NEW_ENTRIES_HEADING = re.compile(r"\s*(?:The\s+)?(?:[Nn]ew|[Aa]dded)\s+(?:entries|listings|designations|entities)\s*")
_BELOW = re.compile(r"\b(?:below|as\s+follows|following\s+(?:entries|list))\b")


def _prose_under_heading(doc: Document, idx: int) -> int:
    """How many sentences of one paragraph stand between a heading such as "The new entries" (sentence `idx`, a line of
    its own) and the list it heads, when the paragraph's first sentence points below ("The entries below are reproduced
    in shortened form.") and the list opens with a bullet or a country's line over bullets; else 0."""
    sent = doc.sentences[idx]
    if len(sent.text) > 40 or not NEW_ENTRIES_HEADING.fullmatch(sent.text) or not doc.sentences.has(idx + 1):
        return 0
    if doc.text[sent.end : sent.end + 1] not in ("\n", "") or not _BELOW.search(doc.sentences[idx + 1].text):
        return 0
    for j in range(idx + 2, idx + 6):
        if not doc.sentences.has(j):
            return 0
        item = doc.sentences[j]
        if not _opens_line(doc.text, item.start):
            continue  # the paragraph going on
        if _BULLET.match(item.text) or _country_line(item.text) and doc.sentences.has(j + 1) and _BULLET.match(
                doc.sentences[j + 1].text):
            return j - idx - 1
        return 0
    return 0


# "One entity is added: X.", "Two entities are added: A and B.": a part by country with its names after the colon
_COUNTED_ADDED_INLINE = re.compile(
    r"\s*(?:\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?:entit(?:y|ies)|"
    r"individuals?|persons?|compan(?:y|ies)|firms?|organi[sz]ations?)\s+(?:is|are)\s+(?:being\s+)?added\s*:\s*(?=\S)")


def _country_part_lead(doc: Document, idx: int) -> int | None:
    """The last sentence of a Federal Register rule's part by country, when sentence `idx` opens it: "China." on a new
    line, sentences on why its entities are added, and bulleted entries on the next line ("China. Nine entities are
    added for acquiring ... - Beijing X Co., Ltd., ..."); else None."""
    sent = doc.sentences[idx]
    if not sent.text.rstrip().endswith(".") or len(sent.text) > 40 or not _opens_line(doc.text, sent.start):
        return None
    if not _country_line(sent.text.rstrip().rstrip(".")):
        return None
    for j in range(idx + 1, idx + 8):
        if not doc.sentences.has(j):
            return None
        if _opens_line(doc.text, doc.sentences[j].start):
            return j - 1 if j > idx + 1 and _BULLET.match(doc.sentences[j].text) else None
    return None


def _entry_block_at(doc: Document, idx: int) -> bool:
    """Whether sentence `idx` is the name line of an entry block: a short line, no full stop, and on the next line a
    field ("KROVLA HOSTING LLC (also known as: ...)" over "Address: ...", "Date of birth: ...")."""
    sent = doc.sentences[idx]
    if len(sent.text) > _PLAIN_ITEM_CHARS or sent.text.rstrip().endswith((".", ":")) or _FIELD_LINE.match(sent.text):
        return False
    return (doc.sentences.has(idx + 1) and _FIELD_LINE.match(doc.sentences[idx + 1].text) is not None
            and "\n" in doc.text[sent.end : doc.sentences[idx + 1].start + 1])


# "The association concerned is the "Association Bienfaisance Horizon", whose ...": the one the action names
_KIND_IS = re.compile(
    r"\s*The\s+(?:organi[sz]ation|entity|company|group|association|body|firm|bank)\s+(?:is|was)\s+(?:the\s+)?[\"“«]?(?=[A-Z])"
)
_THE_COUNTED_ARE = re.compile(
    r"\s*The\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:individuals|people|persons|men|women|"
    r"officials)\s+)?|(?:individuals|people|persons|men|women|officials)\s+)(?:are|were)\b"
)
CONCERNED_IS = re.compile(
    r"\s*The\s+(?:persons?|individuals?|entit(?:y|ies)|compan(?:y|ies)|associations?|organi[sz]ations?|bod(?:y|ies)|"
    # "The persons concerned are:" with the list below it
    r"vessels?|ships?|groups?)\s+concerned\s+(?:is|are)(?:\s*:|\s+)(?:the\s+)?[\"“«]?"
)


# A table written as text lines: "Name | Nationality / location | Reason for designation", then a row per designee
_NAME_COLUMNS = frozenset({"name", "names", "full name", "entity", "entity name", "individual", "individual/entity",
                           "name of individual or entity", "designee", "designated person", "vessel", "vessel name"})
_MAX_TABLE_ROWS = 200
_ROW_NUMBER = re.compile(r"['‘’\"“]?(?:\d{1,5}\.\s+)?")  # ("'2311. Name": an EU annex's running entry number, up to five digits)


_RULE_LINE = re.compile(r"[\s|+:=-]+")
_BRACKET_TAIL = re.compile(r"\s*\([^()]{1,30}\)$")


# A header cell naming what its column's cells are: "Entity", "Individual or company", "Designated party", "Vessel name"
_NAME_HEADER_WORD = re.compile(r"\b(?:names?|entit(?:y|ies)|individuals?|persons?|people|compan(?:y|ies)|firms?|part(?:y|ies)|"
                               r"designees?|targets?|vessels?|ships?|tankers?|organi[sz]ations?|bod(?:y|ies))\b")
# ... and one naming something else about them ("Name of country", "Entity type", "Person's role")
_OTHER_HEADER_WORD = re.compile(r"\b(?:country|countries|nationality|address|location|type|role|reason|basis|grounds|"
                                r"date|number|no|imo|flag|position|title|description|regime|measure)\b")


def _name_column(header: list[str]) -> int | None:
    """The column of a table's header cells (lower case) that holds the names: a known name column, else the first whose
    words say names and nothing else ("Individual or company", "Designated party")."""
    # ("Entity (English) | Entity (Chinese)": the first name column, its language in brackets)
    known = next((i for i, cell in enumerate(header) if cell in _NAME_COLUMNS or _BRACKET_TAIL.sub("", cell) in _NAME_COLUMNS),
                 None)
    if known is not None:
        return known
    if not _header_like(header):
        return None
    return next((i for i, cell in enumerate(header) if _NAME_HEADER_WORD.search(cell) and not _OTHER_HEADER_WORD.search(cell)),
                None)


def _header_like(cells: list[str]) -> bool:
    """Cells that may be a header's: a few words each, no figures (not a row such as "Ronin | IMO 9253296 | tanker")."""
    return any(cells) and all(len(c.split()) <= 4 and not any(ch.isdigit() for ch in c) for c in cells)


def _column_of_names(doc: Document, header: list[str], at: int) -> int | None:
    """The column whose cells open with names (not countries) in most of the rows from offset `at`, for a table whose
    header says no column holds names; None when no column does in more than half the rows."""
    hits = [0] * len(header)
    rows = 0
    for _ in range(_MAX_TABLE_ROWS):
        end = doc.text.find("\n", at)
        end = len(doc.text) if end < 0 else end
        line = doc.text[at:end]
        if _RULE_LINE.fullmatch(line) and "-" in line:
            at = end + 1
            continue
        if line.count("|") != len(header) - 1:
            break
        rows += 1
        offset = at
        for i, cell in enumerate(line.split("|")):
            begin = offset + len(cell) - len(cell.lstrip())
            j = doc.sentences.containing(begin)
            if j is not None and any(e.start == begin and e.kind not in ("country", "place") for e in doc.entities(j)):
                hits[i] += 1
            offset += len(cell) + 1
        at = end + 1
        if at >= len(doc.text):
            break
    best = max(range(len(hits)), key=lambda i: hits[i]) if hits else None
    return best if best is not None and rows and hits[best] * 2 > rows else None


def _table_names(doc: Document, idx: int) -> list[Entity] | None:
    """The names in the name column of a text table whose header line is sentence `idx`; None when it is none."""
    sent = doc.sentences[idx]
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    line_end = doc.text.find("\n", sent.start)
    line_end = len(doc.text) if line_end < 0 else line_end
    header = [cell.strip().lower() for cell in doc.text[line_start:line_end].split("|")]
    column = _name_column(header)
    # (the header's line opens the sentence: not a row's cell read after a field "Position:")
    if (column is None and idx > 0 and not doc.text[line_start : sent.start].strip(" |") and _header_like(header)
            and doc.sentences[idx - 1].text.rstrip().endswith(":")):
        column = _column_of_names(doc, header, line_end + 1)  # "They include:" over "| Destination | Grounds | ...|"
    if column is None or len(header) < 2:
        return None
    out: list[Entity] = []
    at = line_end + 1
    for _ in range(_MAX_TABLE_ROWS):
        end = doc.text.find("\n", at)
        end = len(doc.text) if end < 0 else end
        line = doc.text[at:end]
        if not line.strip() and at < len(doc.text) - 1:
            at = end + 1  # a blank line between rows (the Official Journal's layout)
            continue
        if _RULE_LINE.fullmatch(line) and "-" in line:
            at = end + 1  # "-----+------", "|---|---|": the rule under the header
            continue
        if line.count("|") != len(header) - 1:
            break  # the table ends where a line has other cells (or none)
        cells = line.split("|")
        cell = cells[column]
        offset = at + sum(len(c) + 1 for c in cells[:column])
        begin, cell_end = offset + len(cell) - len(cell.lstrip()), offset + len(cell.rstrip())
        number = _ROW_NUMBER.match(doc.text, begin, cell_end)
        if number:
            begin = number.end()  # "'22. Name": the row's quote mark and number
        j = doc.sentences.containing(begin)
        if j is not None:
            out.extend(_one_name_item(doc, j, _lead_entities(doc, j, begin, cell_end), begin, cell_end))
        at = end + 1
        if at >= len(doc.text):
            break
    return out


# " 3" to the end of an entry's line or before its IMO number, after a name in capitals: the number that ends a ship's
# name ("SONG BONG 3", "CHONG RYONG 5 IMO: 8817543")
# ("KUM SONG 12 (금성12호) / IMO 8514124": the name in its own script in brackets, then the fields after a slash)
_NAME_NUMBER = re.compile(r"[^\S\n]+\d{1,4}(?=[^\S\n]*(?:\(?IMO\b|$|\([^()\n]{1,30}\)[^\S\n]*/|/))")


def _numbered_name(doc: Document, lead: list[Entity], end: int) -> list[Entity]:
    """`lead`, with a registry entry's one name in capitals taking the number that ends its line ("Name: SONG BONG 3")."""
    if len(lead) != 1 or not lead[0].name.isupper() or not (m := _NAME_NUMBER.match(doc.text, lead[0].end, end)):
        return lead
    return [dataclasses.replace(lead[0], end=m.end(), name=doc.text[lead[0].start : m.end()])]


# A table written in aligned columns: a header line opening with "Name" (columns two or more spaces apart), then a line
# of dashes under each column, or rows aligned with the header's columns ("Vessel name   IMO number" over
# "ARKTIKA VEGA      9301427": a ship table often has no rule)
ALIGNED_HEADER = re.compile(r"\s*(?:Names?(?:\s+of\s+\w+)?|(?:Vessel|Ship|Tanker)s?(?:\s+names?)?)\s{2,}\S.*")
_ALIGNED_FIRST_WORDS = ("Name", "Vess", "Ship", "Tank")
_DASH_COLUMNS = re.compile(r"\s*-{3,}(?:\s{2,}-{3,})+\s*")
_SECOND_COLUMN = re.compile(r"\S[^\S\n]{2,}(?=\S)")
_SHIP_HEADER = re.compile(r"(?i)\b(?:vessels?|ships?|tankers?|IMO)\b")


def _unruled_table_names(doc: Document, idx: int) -> list[Entity] | None:
    """The names in the first column of an aligned table with no rule under its header (sentence `idx`): each row up
    to the header's second column, while rows are aligned with it (two spaces or more before that column, text on both
    sides); None when no row is."""
    text = doc.text
    line_start = text.rfind("\n", 0, doc.sentences[idx].start) + 1
    line_end = text.find("\n", line_start)
    if line_end < 0:
        return None
    header = text[line_start:line_end]
    second = _SECOND_COLUMN.search(header)
    if second is None:
        return None
    width = second.end()
    kind = "vessel" if _SHIP_HEADER.search(header) else "unknown"
    out: list[Entity] = []
    at = line_end
    while 0 <= at < len(text) - 1 and len(out) < _CFG["max_items"] * 4:
        row_start = at + 1
        row_end = text.find("\n", row_start)
        row_end = len(text) if row_end < 0 else row_end
        row = text[row_start:row_end]
        first = row[:width]
        if len(row) <= width or not first[-2:].isspace() or not first.strip() or row[width].isspace():
            break  # a blank line, or a line not aligned with the header, ends the table
        name = first.strip()
        lead = row_start + (len(first) - len(first.lstrip()))
        if not name.startswith("("):
            out.append(Entity(lead, lead + len(name), name, kind, None))
        at = row_end
    return out or None


def _aligned_table_names(doc: Document, idx: int) -> list[Entity] | None:
    """The names in the first column of an aligned table whose header line is sentence `idx` (None: it is none).
    A row whose first column is empty or opens with a bracket ("(also known as ...)") adds nothing; a first column
    going on under a name whose other columns are empty ("Co., Ltd.") is that name's end."""
    if not doc.sentences.has(idx + 1) or not _DASH_COLUMNS.fullmatch(doc.sentences[idx + 1].text):
        return _unruled_table_names(doc, idx)
    text = doc.text
    dash_line_start = text.rfind("\n", 0, doc.sentences[idx + 1].start) + 1
    dash_line = text[dash_line_start : text.find("\n", dash_line_start) if "\n" in text[dash_line_start:] else len(text)]
    second = re.search(r"-\s{2,}-", dash_line)
    if second is None:
        return None
    width = second.start() + 1 + (len(second.group()) - 2)  # where the second column starts in a line
    out: list[Entity] = []
    at = text.find("\n", dash_line_start)
    while 0 <= at < len(text) - 1:
        line_start = at + 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if not line.strip() or len(out) >= _CFG["max_items"] * 4:
            break  # a blank line ends the table
        first = line[:width].rstrip()
        rest = line[width:].strip()
        name = first.strip()
        if name and not name.startswith("("):
            lead = line_start + (len(first) - len(first.lstrip()))
            if out and not rest and not _NAME_ENDS.search(out[-1].name):
                prev = out.pop()  # "Zhejiang Sunrise Hengtai Electronics" over "Co., Ltd.": one name on two lines
                out.append(Entity(prev.start, lead + len(name), f"{prev.name} {name}", prev.kind, prev.country))
            else:
                out.append(Entity(lead, lead + len(name), name, "unknown", None))
        at = line_end
    return out


# A header line of an aligned table with a name column that is not its first: "No.   Name of vessel   IMO number   Flag"
NAME_COLUMN_HEADER = re.compile(r"[ \t]*\S+(?: \S+)*(?:[ \t]{2,}\S+(?: \S+)*)*[ \t]{2,}Names?(?: of \w+)?(?:[ \t]{2,}\S+(?: \S+)*)+[ \t]*")


def _name_column_names(doc: Document, idx: int) -> list[Entity] | None:
    """The names in the name column of an aligned table whose header line (sentence `idx`) has that column after
    another ("No.   Name of vessel   IMO number   Flag at time of listing" over "155   ARCTIC LYNX   9374947   Gabon"): each
    row's text under the header's "Name", up to the next column's start. None when it is no such table."""
    text = doc.text
    sent = doc.sentences[idx]
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.start)
    if line_end < 0:
        return None
    header = text[line_start:line_end]
    if NAME_COLUMN_HEADER.fullmatch(header) is None:
        return None
    name_at = re.search(r"(?<=\s\s)Names?\b", header)
    if name_at is None:
        return None
    begin = name_at.start()
    nxt = re.search(r"\s{2,}\S", header[begin:])
    end = begin + nxt.start() + len(nxt.group()) - 1 if nxt else None
    kind = "vessel" if re.search(r"(?i)\b(?:vessel|ship|tanker)", header) else "unknown"
    out: list[Entity] = []
    at = line_end
    while 0 <= at < len(text) - 1 and len(out) < _CFG["max_items"]:
        row_start = at + 1
        row_end = text.find("\n", row_start)
        row_end = len(text) if row_end < 0 else row_end
        row = text[row_start:row_end]
        if not row.strip():
            break  # a blank line ends the table
        cell = row[begin:end] if end is not None else row[begin:]
        # the cell's text may start a little before or after the header's column (hand-aligned rows)
        if begin and row[begin - 1 : begin].strip():
            break  # not aligned with the header: no row of this table
        name = cell.strip()
        if name:
            lead = row_start + begin + (len(cell) - len(cell.lstrip()))
            out.append(Entity(lead, lead + len(name), name, kind, None))
        at = row_end
    return out or None


# A name that is whole at its line's end: a legal form or a bracket closes it
_NAME_ENDS = re.compile(r"(?:\b(?:Ltd|Limited|LLC|LLP|JSC|PJSC|OJSC|AO|OOO|Inc|Corp|GmbH|FZE|FZCO|SA|S\.A|AG|plc|Co)\.?|\))$")


# A numbered section's heading in capitals, "3. AMENDED ENTRY", or its number alone on the line before it
_SECTION_HEADING = re.compile(r"\s*(\d{1,2})\.(?:\s+[A-Z][A-Z ,&()'’-]{2,80})?\s*")
_SECTION_NUMBER_ALONE = re.compile(r"\s*(\d{1,2})\.\s*")
# ("(a) Entities in the Russian Federation (5)" over numbered entries is a part's heading, no lettered item)
_LETTERED_ITEM = re.compile(r"\s*\([a-z]\)\s+(?!(?:Entities|Individuals|Persons|Companies|Vessels|Natural|Legal)\b)(?![^\n]*\(\d{1,4}\)\s*:?\s*$)")
# (a section's number alone on its line, or in brackets: not "1. JSC X" under "(a) Entities in the Russian Federation")
_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}\.\s*$|\(\d{1,2}\)\s)")


def _section_number(doc: Document, idx: int) -> int | None:
    """The number of the section sentence `idx` heads ("2. NEW ENTRIES", or "NEW ENTRIES" after a lone "2."), when it is
    a heading in capitals."""
    text = doc.sentences[idx].text
    own = _SECTION_HEADING.fullmatch(text)
    if own is not None and own.group().strip() != own.group(1) + ".":
        return int(own.group(1))
    if idx > 0 and text.strip().isupper() and (alone := _SECTION_NUMBER_ALONE.fullmatch(doc.sentences[idx - 1].text)):
        return int(alone.group(1))
    return None


def listed_entities(doc: Document, idx: int) -> list[Entity]:
    """Names listed by sentence `idx`: the bullets that follow it, its semicolon items, or the name it says
    the action concerns."""
    text = doc.sentences[idx].text
    if text[:6].lstrip()[:4] in _ALIGNED_FIRST_WORDS and ALIGNED_HEADER.fullmatch(text):
        rows = _aligned_table_names(doc, idx)
        if rows is not None:
            return rows
    if "|" in text:
        rows = _table_names(doc, idx)
        if rows is not None:
            return rows
    if "  Name" in text:
        rows = _name_column_names(doc, idx)
        if rows is not None:
            return rows
    concerned = CONCERNED_IS.match(text)
    if concerned is None and idx > 0 and _THE_COUNTED_ARE.match(doc.sentences[idx - 1].text):
        # "The three are A; B; and C. The organisation is the Lion Rock Democracy Project": the other kind counted
        concerned = _KIND_IS.match(text)
    if concerned and not text.rstrip().endswith(":"):
        sent = doc.sentences[idx]
        return _one_name_item(doc, idx, _lead_entities(doc, idx, sent.start + concerned.end(), sent.end),
                              sent.start + concerned.end(), sent.end)
    prose = _prose_under_heading(doc, idx)
    below = 0  # (where a list opens under "the following entities." and a sentence more of its paragraph)
    # The cue must end the sentence with a colon: most sentences are ruled out without a search.
    if ((text.rstrip().endswith(":") or text.rstrip().endswith("as follows."))
            and (_BULLET_CUE.search(text) or GROUP_HEADER.fullmatch(text) or _ACTION_CUE.search(text))
            and not _NOT_NAMES_CUE.search(text)) or annex_heading(doc, idx) or _heading_line(doc, idx) or prose or (
            _over_labelled_entries(doc, idx) or _over_semicolon_lines(doc, idx)) or (
            text.rstrip().endswith(".") and _FOLLOWING_ADDED.match(text)
            and doc.text[doc.sentences[idx].end : doc.sentences[idx].end + 2].strip(" ").startswith("\n")) or (
            text.rstrip().endswith(".") and "following" in text and _FOLLOWING_KIND.search(text) is not None
            and not _NOT_NAMES_CUE.search(text) and (below := _list_opens_below(doc, idx))) or (
            text.rstrip().endswith(".") and "below" in text and _KIND_BELOW.search(text) is not None
            and (below := _list_opens_below(doc, idx, headed=True))):
        out: list[Entity] = []
        number_alone = False  # "1." split off as a sentence of its own: the next one is its item
        marked = False  # the items have bullets or numbers
        last_number = 0  # the number of the last numbered item
        plain = 0  # items on unmarked lines
        # "2. NEW ENTRIES" over entries, then "3. AMENDED ENTRY", "4. REMOVAL": the notice's next numbered section
        section = _section_number(doc, idx)
        first = idx + 1 + prose + max(0, below - 1)  # (after the paragraph on the entries under "The new entries")
        headed = bool(below) and _KIND_BELOW.search(text) is not None  # (its parts under headings in capitals)
        skip_to = -1  # the last sentence of a country part's lead paragraph ("China. Nine entities are added for ...")
        lettered = False  # the items are lettered ("(a) X"): a number opens the next section
        for j in range(first, first + _CFG["max_items"]):
            if not doc.sentences.has(j):
                break
            if j <= skip_to:
                continue
            item = doc.sentences[j]
            if (lead_end := _country_part_lead(doc, j)) is not None:
                skip_to = lead_end
                continue
            if section is not None and (heading := _SECTION_HEADING.fullmatch(item.text)) is not None and (
                    int(heading.group(1)) == section + 1):
                break
            if _PLACEHOLDER_LINE.fullmatch(item.text):
                continue  # "(Remaining 6 individuals are listed in the Annex)": the list goes on, no name in it
            labelled = _ENTRY_KIND_LABEL.match(item.text) if _opens_line(doc.text, item.start) else None
            if (_SUBHEADING.fullmatch(item.text) or j == idx + 1 and _HEADING_GOES_ON.match(item.text)
                    or bracketed_country(item.text)):
                # "Natural persons", "Legal persons, entities and bodies": a part of the list; "of legal entities
                # subject to ...": the heading's second line
                continue
            if _NAME_DASH_HEADER.fullmatch(item.text):
                continue  # "Name — Title" over "X — Head of Branch 1, ..." lines: the columns' header
            if headed and _capitals_heading_over_bullets(doc, j):
                continue  # "INDIVIDUALS" over its bullets under "The entities and individuals below are ...": a part
            if GROUP_HEADER.fullmatch(item.text) or annex_heading(doc, j):
                break  # "Vessels (port access and services ban):", "(Annex 2) ...": the next list, of other measures
            if "|" in item.text and _name_column([cell.strip().lower() for cell in item.text.split("|")]) is not None:
                break  # "UN Ref. No. | Name | Identifying information": a table's header, the table read from it
            if plain and not marked and not labelled and _FIELD_LINE.match(item.text) and _opens_line(doc.text, item.start):
                continue  # "Address: ...", "Sanction: Travel ban": a field of the entry block above
            if marked and not number_alone and not labelled and (_entry_detail(doc, j) or _before_entry(doc, j, last_number + 1)):
                # "Nationality: North Korea; Date of birth: ...", "Operations manager, X", or the sentences describing
                # the entry before entry 2 opens: the entry's details
                continue
            if (marked or plain) and not number_alone and "\n" not in doc.text[max(0, item.start - 3) : item.start]:
                continue  # the next sentence of an entry's description, on its line
            if _NEXT_PART.search(item.text):
                break  # "3. Asset freeze target REMOVED: The following entry has been removed ...": a notice's next part
            bullet = _BULLET.match(item.text) or labelled
            if not bullet and not plain and (numbered := _SCHEDULE_NUMBER.match(item.text)):
                # "312 Pardis Sepehr Electronics Company": a schedule's item number, no bullet; "2 Part 2 of Schedule 1
                # is amended by adding the following:" opens the next list instead
                if item.text.rstrip().endswith(":") or not _opens_line(doc.text, item.start):
                    break
                bullet = numbered
            if bullet and (numbered_as := _ITEM_NUMBER.match(item.text)):
                last_number = int(numbered_as.group(1))
            if bullet and _LETTERED_ITEM.match(item.text):
                lettered = True
            elif bullet and lettered and _NUMBERED_ITEM.match(item.text):
                break  # "3." or "(1) Prohibition of exports" after "(a) X", "(b) Y": the release's next section
            if bullet and plain and not marked:
                break  # "(2) Prohibition of exports" after a list of plain name lines: the next section
            if bullet and (not item.text[bullet.end() :].strip() or _ENTRY_NUMBER_ONLY.fullmatch(item.text, bullet.end())):
                # ("27. SSID: 200-31003." with the name in the next sentence, "Name: X.": the entry's numbers only)
                number_alone = marked = True
                continue
            if bullet:
                marked = True
                begin = _after_name_label(doc.text, item.start + bullet.end(), item.end)
                lead = _lead_entities(doc, j, begin, item.end)
                if not lead and (after_title := _after_title(doc, j, begin, item.end)):  # "- Mr Yanis HADDAD, born"
                    begin, lead = after_title
                if not lead and (described := _VESSEL_DESCRIPTION.match(doc.text, begin, item.end)):
                    # "- Panama-flagged crude oil tanker AZURE HORIZON (IMO 9237415);": the ship after what it is
                    lead = [e for e in _lead_entities(doc, j, described.end(), item.end) if e.kind == "vessel"]
                    # ("- the crude oil tankers A (IMO 9288730), B (IMO 9301627) and C (IMO 9322475), which ...": each
                    # ship with its IMO number)
                    by_number = [e for e in doc.entities(j) if described.end() <= e.start < item.end
                                 and e.kind in ("vessel", "unknown") and _IMO_NEXT.match(doc.text, e.end)]
                    if len(by_number) > len(lead):
                        lead = by_number
                    begin = described.end() if lead else begin
                if not lead and (role := _ROLE_THEN_NAME.match(doc.text, begin, item.end)) is not None:
                    # "- the bank's general manager, Selim Oğuzhan Karataş, a Turkish national; and": the person after
                    # the post
                    lead = [e for e in _lead_entities(doc, j, role.end(), item.end) if e.kind in ("person", "unknown")]
                    begin = role.end() if lead else begin
                if not lead and (described := _ORGANIZATION_DESCRIPTION.match(doc.text, begin, item.end)):
                    # "- the association Nour al-Amal Solidarité, registered in Lyon;": the name after what it is
                    lead = [e for e in _lead_entities(doc, j, described.end(), item.end) if e.kind != "country"]
                    begin = described.end() if lead else begin
                out.extend(_one_name_item(doc, j, _numbered_name(doc, lead, item.end), begin, item.end))
                out.extend(_its_people(doc, j, begin, item.end))
                number_alone = False
                continue
            if number_alone:
                begin = _after_name_label(doc.text, item.start, item.end)
                lead = _lead_entities(doc, j, begin, item.end)
                if after_title := _after_title(doc, j, begin, item.end):  # "Major General Akot Deng MABIOR"
                    begin, lead = after_title
                lead = _numbered_name(doc, lead, item.end)
                out.extend(_one_name_item(doc, j, lead, begin, item.end))
                number_alone = False
                continue
            if (marked and item.text.rstrip().endswith(".") and _opens_line(doc.text, item.start)
                    and doc.sentences.has(j + 1) and (inline := _COUNTED_ADDED_INLINE.match(doc.sentences[j + 1].text))
                    and _country_line(item.text.rstrip().rstrip("."))):
                # "Iran." then "One entity is added: X." after China's bulleted entries: the next destination's part,
                # its names after the colon
                nxt = doc.sentences[j + 1]
                out.extend(e for e in doc.entities(j + 1) if nxt.start + inline.end() <= e.start < nxt.end
                           and e.kind not in ("country", "place"))
                skip_to = j + 1
                continue
            if marked and _country_line(item.text) and (item.text.rstrip().endswith(":") or (
                    _opens_line(doc.text, item.start) and doc.sentences.has(j + 1)
                    and _BULLET.match(doc.sentences[j + 1].text) is not None)):
                # "United Arab Emirates:" after China's bulleted entities, or "Russia" on a line of its own over its
                # bullets: the next destination's part
                continue
            if marked:
                break  # "DEPARTMENT OF STATE DESIGNATIONS" after bulleted vessels: not one more item
            # An unmarked line that is a name and little else ("Alpha Oil Ltd (Hong Kong)"), or a name and a
            # description after a dash: an item too.
            if not _opens_line(doc.text, item.start):
                break
            if _country_line(item.text) and "\n" in doc.text[item.end : item.end + 1]:
                continue  # "People's Republic of China" alone on its line: a heading over its entities
            if (vessel := _OFAC_VESSEL_LINE.match(doc.text, item.start, item.end)) is not None:
                # "SILVER DUNE Crude Oil Tanker Comoros flag; Vessel Registration Identification IMO 9197820 (vessel)":
                # OFAC's entry for a ship, its name in capitals before its type (the name finder joins the two)
                plain += 1
                out.append(Entity(vessel.start("name"), vessel.end("name"), vessel.group("name"), "vessel"))
                continue
            titled = _ITEM_TITLES.match(doc.text, item.start, item.end)
            begin = titled.end() if titled else item.start
            # The name after the title ("Lieutenant General X"), or one that holds it ("U Hla Myint Oo").
            names = [e for e in _lead_entities(doc, j, begin, item.end) or _lead_entities(doc, j, item.start, item.end)
                     if not _is_role(e)]
            if not names and (ship := _ship_line(doc, idx, item.start, item.start + len(item.text.rstrip()))) is not None:
                names = [ship]  # "Peony (IMO 9254483)", or "Peony" under "The vessels named by Canada are:"
            if not names or names[0].start not in (item.start, begin):
                break
            if len(item.text) > _PLAIN_ITEM_CHARS and not _NAME_THEN_DESCRIPTION.match(doc.text, names[-1].end):
                break
            if _CLAUSE_AFTER_NAMES.match(doc.text, names[-1].end, item.end):
                break  # "Australia and the United Kingdom have already sanctioned X.": a sentence after the list
            if len(names) == 1 and names[0].kind == "country" and _COUNTRY_HEADING_TAIL.fullmatch(
                    doc.text, names[0].end, item.start + len(item.text.rstrip())):
                continue  # "Venezuela", "China (including Hong Kong)" above the names of its officials: a heading
            plain += 1
            out.extend(names)
        else:  # (the list went on past them: hostile probe 37 F2 found 150 bullets cut to 60 unsaid)
            doc.notes.append(f"a list of more than {_CFG['max_items']:,} lines at offset {doc.sentences[idx].start:,}: "
                             "the lines after them not read (listings max_items)")
        return out
    group = _GROUP_INCLUDES.match(text)
    if group and _THE_ORGANISATIONS_ARE.fullmatch(group.group()) and not (idx > 0 and _BULLET.match(doc.sentences[idx - 1].text)):
        # "The two organisations are A and B" after the prose that named the individuals: the counted group's rule reads
        # both kinds; only after a list's items ("- X, born ...") does the list go on kind by kind here
        group = None
    if group and ";" in text:
        # "The entities are: A (Hong Kong); B (UAE); and C (China).": the head of each item names it.
        return _of_group_kind(group.group(), [e for e in _semicolon_items(doc, idx, group.end()) if e.kind != "country"])
    if group:
        sent = doc.sentences[idx]
        # "The individuals sanctioned include three Russian citizens: A, B and C": the row opens after the colon
        counted = _COUNTED_COLON.match(text, group.end())
        start = sent.start + (counted.end() if counted else group.end())
        return _of_group_kind(group.group(), [e for e in _group_row(doc, idx, start, sent.end) if e.kind != "country"])
    cue = _INLINE_CUE.search(text) if ";" in text else None  # items need a semicolon after the cue
    if cue is None and ";" in text and (listed := _LISTED_COLON.search(text)) is not None and ";" in text[listed.end() :]:
        # "The Council listed: A, a senior engineer; B, a supplier; and C": the action's own verb before the colon
        return _semicolon_items(doc, idx, listed.end())
    if not cue or ";" not in text[cue.end() :]:
        return []
    # "adds the following entities under the destination of China: A, of Shenzhen; B, ...": the items open after the colon
    colon = text.find(":", cue.end(), text.find(";", cue.end()))
    return _semicolon_items(doc, idx, colon + 1 if colon >= 0 else cue.end())


_THE_ORGANISATIONS_ARE = re.compile(r"\s*The\s+(?:[a-z-]+\s+)?organi[sz]ations\s+(?:are|were|include|included)\s+")


# "Under the destination of China:", "Destination: Iran", "Entities located in Türkiye:": the Entity List's parts by
# country, the country after what the heading says of it
_DESTINATION_OF = re.compile(
    r"(?:under\s+)?(?:the\s+)?destination(?:\s+of|:)\s+|(?:(?:entities|companies|persons|individuals)\s+)?"
    r"(?:located|based|registered)\s+in\s+", re.IGNORECASE)


def _country_line(text: str) -> bool:
    """A list line that is a country's name alone, maybe with a colon ("United Arab Emirates:"), or under the
    destination of a country ("Under the destination of Iran:"): a heading."""
    line = text.strip().rstrip(":").strip()
    if (destination := _DESTINATION_OF.match(line)) is not None:
        line = line[destination.end():].removeprefix("the ").strip()
    # ("Republic of Türkiye", "Kingdom of Thailand", "Hong Kong, China": a state's formal name, a territory and its state)
    return len(line) <= 40 and (country_code(line) is not None or country_code(_FORMAL_STATE.sub("", line.split(",")[0])) is not None)


# OFAC's vessel entry: "KAPELLA (f.k.a. PACIFIC GRACE) Crude Oil Tanker Cameroon flag; Vessel Registration
# Identification IMO 9305441 (vessel) [SDGT]": the name in capitals, former names, the ship's type, its flag
_OFAC_VESSEL_LINE = re.compile(
    r"\s*(?P<name>[A-Z0-9][A-Z0-9'’.-]*(?: [A-Z0-9][A-Z0-9'’.-]*){0,5})(?: \((?:[fa]\.k\.a\.?|formerly)[^()\n]{1,80}\))*"
    r" (?=[A-Z][a-z])[^;\n]{0,60}\bflag;[^\n]{0,80}?\b(?:Vessel Registration Identification|IMO \d{7})"
)
# A ship's name alone on a list line, maybe with its IMO number: "Aldebaran I (IMO 9301226)", "Peony"
_SHIP_LINE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,4})(?: \(IMO(?: number| No\.?)?:? ?\d{7}\))?"
)
_SHIPS_CUE = re.compile(r"\b(?:vessels|ships|tankers)\b", re.IGNORECASE)


def _ship_line(doc: Document, cue: int, start: int, end: int) -> Entity | None:
    """The ship a plain list line names, where the name finder found none: the line says it is one (its IMO number),
    or the list's cue says it lists ships."""
    m = _SHIP_LINE.fullmatch(doc.text, start, end)
    if m is None or not (m.end("name") < end or _SHIPS_CUE.search(doc.sentences[cue].text)):
        return None
    return Entity(start, m.end("name"), m.group("name"), "vessel")


# "Annex – persons and entities added to the list", "(Annex 1) Individuals and entities subject to asset freeze"
# (a heading line, then numbered entries)
_ANNEX_HEADING = re.compile(
    # ("Annex 1 (Art. 2 para. 1 and Art. 3 para. 1): new entries": the articles it goes with, in brackets)
    # ("Annex (excerpt): Entities in third countries subject to export prohibition": a part of the list)
    r"\s*\(?(?:Annex|Attachment|Appendix|Schedule|List)\b(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])\b)?(?:\s+\((?:Art|Article)s?\b[^()\n]{1,80}\))?"
    r"(?:\s+\((?:excerpt|extract|abridged|partial|summary)\))?"
    # ("Annex: Designations under the Russia Sanctions Amendment Regulations (No. 3) 2025": a number's abbreviation)
    r"(?:\s*[:–—-](?=\s))?(?:[^.:;]|(?<=\bNo)\.(?=\s\d)){0,150}"
    r"(?:,?\s+etc\.)?|[^.:;]{0,40}\b(?:persons|individuals|entities)\b[^.:;]{0,40}\b(?:added|listed|designated)\b[^.:;()]{0,30}"
    # ("Persons and entities added to the list (Annex I to Regulation (EC) No 765/2006)": the act, a bracket in its bracket)
    r"(?:\((?:[^().:;]|\([^()]{1,12}\)){1,80}\)\s*)?",
    re.IGNORECASE,
)
# "1. Name: Dmitri SAVCHENKO": an EU annex entry's label before its name; '(5) Joint Stock Company "Zelenograd Plant"':
# a spelled-out legal form before the quoted name (or an abbreviated one, and what the body is)
_NAME_LABEL = re.compile(
    r"\s*(?:(?:Name|Full name|Names?|Entity name|Name of (?:the )?(?:person|entity))\s*:\s*"
    r"|(?:(?:Joint|Stock|Company|Public|Closed|Open|Limited|Liability|Federal|State|Unitary|Enterprise|Private|Republican"
    r"|Municipal|Institution|Budgetary|Autonomous|Non-?commercial|Organi[sz]ation"
    # ('JSC Scientific Production Association "Kvant-Avtomatika"': an abbreviated form and what the body is)
    r"|[OPCZ]?JSC|LLC|OOO|[PZ]?AO|NPO|FSUE|Scientific|Research|Production|Industrial|Association|and)\s+)+[\"«“„'‘])",
    re.IGNORECASE,
)


def _after_name_label(text: str, start: int, end: int) -> int:
    label = _NAME_LABEL.match(text, start, end)
    return label.end() if label else start


# An entry's number field alone after its item number: "SSID: 200-31003." (SECO), its name in the next sentence
_ENTRY_NUMBER_ONLY = re.compile(r"\s*SSID:?\s*\d{3}-\d{3,6}\.?\s*")
_SUBHEADING = re.compile(
    # "A. Natural persons", "(b) Legal persons, entities and bodies": the parts of an EU annex
    # "Part 2: Entities (3 entities)": a part and its count
    # "(1) Individuals (5 individuals)": a numbered part
    # ("1. Designated individuals (8)", "(2) Sanctioned entities (11)": a numbered part, what was done to them first)
    r"\s*(?:[A-Z][.)]\s+|\((?:[a-z]|\d{1,2})\)\s+|\d{1,2}\.\s+|Part\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.–-]\s*)?"
    r"(?:(?:Newly\s+)?(?:Designated|Sanctioned|Listed|Specified|New|Additional)\s+(?=[A-Z]?[a-z]+\s*(?:\(|:|$)))?"
    # ("Additions – natural persons", "New entries - companies and organisations": an annex's part of added entries)
    r"(?:(?:Additions|New\s+entries|New\s+listings)\s+[–—-]\s+)?"
    # ("A. Entity": a part holding one; "(Individuals)", "< Vessels (3) >", "[Entities]": a part named in brackets)
    # ("Banks", "Insurers" under "Sanctioned entities": a release's parts by kind)
    r"(?P<bracket>\(|<\s*|\[)?(?:(?:Natural|Legal)\s+persons?|Individuals?|Persons?|Entit(?:y|ies)|Compan(?:y|ies)|Vessels?|Ships?|Organi[sz]ations?|Institutions?|"
    r"Banks|Insurers|(?:Financial|Credit)\s+institutions|Insurance\s+companies|Shipping\s+companies|Ship\s+managers)"
    # ("Individuals (4)": the count alone)
    r"(?:,?\s+(?:and\s+)?(?:entities|bodies|groups|organi[sz]ations|undertakings))*"
    # ("Entities subject to the measures (4 entities)": what they are subject to)
    r"(?:\s+subject\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:measures?|sanctions|freeze|ban))?"
    # ("Individuals (excerpt)": a release's selection from its annex)
    r"\s*(?:\((?:\d{1,4}(?:\s+[a-z]+)?|excerpt|extract|selected|partial\s+list)\))?(?(bracket)\s*[)>\]])\s*:?\s*"
    # ("Additions" alone over an annex's new entries)
    r"|\s*(?:Additions|New\s+entries|New\s+listings)\s*:?\s*",
    re.IGNORECASE,
)


# "Nationality: North Korea; Date of birth: 12 March 1978", "Location: Pyongyang": a field of an entry.
# ("A.k.a.: a) Namgang Shipping Co.; b) ...", "F.k.a.: na": a UN list entry's other names)
# ('a.k.a. "Krot"' on a line of its own under an EU annex entry's name)
_FIELD_LINE = re.compile(r"(?:[A-Z][A-Za-z]+(?: [a-z]+){0,3}:|[AFN]\.k\.a\.?:|[afn]\.k\.a\.?:?)\s")


_ITEM_NUMBER = re.compile(r"\s*\(?(\d{1,4})[.)]?(?:\s|$)")


def _before_entry(doc: Document, idx: int, number: int) -> bool:
    """Whether entry `number` ("2.", "(2)") opens within the three sentences after `idx`, a line of its own: what lies
    between is the description of the entry before it ("Head of the interrogation section ... Responsible for ...")."""
    for k in range(idx + 1, idx + 4):
        if not doc.sentences.has(k):
            return False
        if _SUBHEADING.fullmatch(doc.sentences[k].text) and not _BULLET.match(doc.sentences[idx].text):
            return True  # "Entities (3)": the list's next part, numbered afresh, after the last entry's description
        found = _ITEM_NUMBER.match(doc.sentences[k].text)
        if found and _BULLET.match(doc.sentences[k].text):
            return int(found.group(1)) == number
    return False


def _entry_detail(doc: Document, idx: int) -> bool:
    """A line of a numbered entry's details, after the line that names it: a field ("Nationality: ..."), or a
    short description without a full stop ("Representative of X in Shenyang, China") when the next entry's
    number comes within the next three sentences."""
    sent = doc.sentences[idx]
    if "\n" not in doc.text[max(0, sent.start - 1) : sent.start] or _BULLET.match(sent.text):
        return False
    if _FIELD_LINE.match(sent.text):
        return True
    if len(sent.text) > _PLAIN_ITEM_CHARS or sent.text.rstrip().endswith((".", ":", "!", "?")):
        return False
    return any(doc.sentences.has(k) and _BULLET.match(doc.sentences[k].text) for k in range(idx + 1, idx + 4))


def annex_headings(text: str) -> list[int]:
    """Where lines that open with "Annex", "(Annex", "Attachment" or "Appendix" start: possible headings of an annex's
    entries (Japan's ministries call their lists attachments: "Attachment 1: Entities in third countries ...")."""
    out: list[int] = []
    for word in ("Annex", "Attachment", "Appendix"):
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if not text[start:at].strip(" (\t"):
                out.append(at - 1 if text[at - 1 : at] == "(" else at)
            # only a line's first "Annex" can open it: on to the next line (one pass, however many a line holds)
            end = text.find("\n", at)
            at = text.find(word, end) if end >= 0 else -1
    # "Legal entities subject to sanctions (Annex 1 to the NSDC decision):": a heading that names its annex in brackets
    at = text.find("(Annex")
    while at >= 0:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        if BRACKETED_ANNEX_LINE.fullmatch(text, start, end if end >= 0 else len(text)):
            out.append(start)
        at = text.find("(Annex", end) if end >= 0 else -1
    return sorted(out)


BRACKETED_ANNEX_LINE = re.compile(
    # ("Persons and entities added to the list (Annex I to Regulation (EC) No 765/2006)": a bracket within the bracket)
    r"[ \t]*[A-Z][^\n()]{2,80}\((?:Annex|Attachment|Appendix)\b(?:\s+(\d{1,2}|[IVX]{1,4})\b)?"
    r"(?:[^()\n]|\([^()\n]{1,12}\)){0,60}\)[ \t]*:?[ \t]*")


_BRACKETED = re.compile(r"\s*\(([^()]{2,60})\)\s*:?\s*")


# "People's Republic of China (four):", "Türkiye (2):": a country and how many of the entries below are its own
# (a country's name, then a bracket opening with how many entries are its own)
_COUNTRY_AND_COUNT = rf"([^():\n]{{2,40}}?)\s*\((?:\d{{1,3}}|{'|'.join(NUMBER_WORDS)})"
_COUNTED_COUNTRY = re.compile(rf"\s*{_COUNTRY_AND_COUNT}(?:\s+[a-z]+)?\)\s*:\s*")


# "(1) People's Republic of China (5 entities)", "(5) Kyrgyz Republic (1 entity)": a numbered part of a list by country
_NUMBERED_COUNTRY = re.compile(
    rf"\s*(?:\(\d{{1,2}}\)|\d{{1,2}}\.)?\s*{_COUNTRY_AND_COUNT}\s+"
    r"(?:entit(?:y|ies)|individuals?|persons?|compan(?:y|ies)|organi[sz]ations?)\)\s*")


_FORMAL_STATE = re.compile(r"^(?:Republic|Kingdom|Sultanate|State|Principality|Grand Duchy) of (?:the )?| Republic$")


def bracketed_country(line: str) -> bool:
    """A line that is a country in brackets, maybe with a note ("(Russian Federation)", "(China, including Hong Kong)"),
    or a country with the count of its entries ("United Arab Emirates (three):"): the heading of the entries of that
    country in an annex."""
    m = _BRACKETED.fullmatch(line)
    if m is not None:
        return country_code(m.group(1).split(",")[0].strip()) is not None
    m = _COUNTED_COUNTRY.fullmatch(line) if line.rstrip().endswith(":") else _NUMBERED_COUNTRY.fullmatch(line)
    # ("Republic of Türkiye", "Kyrgyz Republic": a state's formal name)
    return m is not None and country_code(_FORMAL_STATE.sub("", m.group(1))) is not None


def annex_heading(doc: Document, idx: int) -> bool:
    """A heading line that names a list of additions, with a numbered or bulleted entry (maybe after a part's
    heading) on the next lines."""
    text = doc.sentences[idx].text
    ends = text.rstrip()
    # (but "Annex 1: Individuals and entities subject to asset-freezing measures, etc.")
    # ("Annex – Persons and entities added to the list (Council Decision (CFSP) 2019/797 and Council Regulation (EU)
    # 2019/796)": the acts it goes with)
    if (len(text) > 160 or ends.endswith((".", ":", ";", "?", "!")) and not ends.endswith(" etc.")
            or not _ANNEX_HEADING.fullmatch(text)):
        return False
    for j in (idx + 1, idx + 2, idx + 3):
        if not doc.sentences.has(j):
            return False
        nxt = doc.sentences[j].text
        if _BULLET.match(nxt):
            return True
        # ("LIST" / "of legal entities subject to ... (sanctions)": the heading's second line; "(Russian Federation)",
        # "Republic of Türkiye": the country of the entries below)
        if not (_SUBHEADING.fullmatch(nxt) or j == idx + 1 and _HEADING_GOES_ON.match(nxt) and len(nxt) <= 160
                or bracketed_country(nxt) or _country_line(nxt)):
            return False
    return False


_HEADING_GOES_ON = re.compile(r"(?:of|to|for)\s+(?:the\s+)?[a-z]")


# What may follow an item's name on its line: its country or number in brackets.
_ITEM_TAIL = re.compile(r"\s*(?:\([^()]*\)\s*)*[.;,]?\s*$")
# Capitalised words and "and" before an organisation's name: "Tumen River Logistics and ".
_WORD_AND = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4} and ")


def _one_name_item(doc: Document, idx: int, names: list[Entity], start: int, end: int) -> list[Entity]:
    """A numbered item that is one name only ("4. Arkhangelsk and Murmansk Stevedoring Company", "(4) Tumen River
    Logistics and Supply Co., Ltd."): capitalised words and an organisation's name joined by "and", with nothing
    after but brackets, are that one organisation when the words before "and" end in no legal form. (In a
    sentence "A and B Company" may be two parties; an item names one.) A single word before "and" may have
    been dropped as a sentence's first word, which the item's line makes it."""
    while start < end and doc.text[start] == " ":
        start += 1
    if len(names) > 2:
        return names
    if len(names) == 2:
        first, last = names
        if first.name.split()[-1] in LEGAL_FORMS or first.kind not in ("unknown", "place", "country", "organization"):
            return names
    else:  # the word was dropped, and with it the name after it ("Kola and" is no joiner)
        after = [e for e in doc.entities(idx) if start < e.start < end]
        if not after or names and names[0] is not after[0]:
            return names
        last = after[0]
    words = last.name.split()
    if (not _WORD_AND.fullmatch(doc.text, start, last.start)
            or not (words[-1] in LEGAL_FORMS or any(w in ORG_WORDS for w in words))
            or not _ITEM_TAIL.fullmatch(doc.text, last.end, end)):
        return names
    return [Entity(start, last.end, doc.text[start : last.end], "organization", last.country)]


# "X LLC, a Moscow-based importer, and its general director Y": the item names Y too.
_ITS_ROLE_BEFORE = re.compile(
    r"(?:,?\s+and\s+its|\bwhose)\s+(?:[a-z-]+\s+){0,2}(?:director|owner|founder|executive|chairman|chairwoman|president|"
    r"manager|shareholder|beneficiary|head)"
    # "and its director general, X", "and its deputy director for procurement, Y", "whose principal shareholder is Z"
    r"(?:\s+general|\s+for\s+[a-z]+)?(?:,|\s+is)?\s+$"
    # "X, a Moscow import company owned by Y": its owner, listed with it
    r"|\b(?:owned|controlled)\s+by\s+$"
)
# "- A, a company in China, and B, a company in Uzbekistan, both of which ...": a second entity in one item
_SECOND_ENTITY_BEFORE = re.compile(r",\s+and\s+$")


def _its_people(doc: Document, idx: int, start: int, end: int) -> list[Entity]:
    """People an item names after its entity's description as that entity's officers ("..., and its director Y"), and
    a second entity it names after the first one's description ("A, a company in China, and B LLC, ...")."""
    item = doc.text[start:end]
    if not any(word in item for word in ("and its ", "whose ", " by ", ", and ")):
        return []
    return [e for e in doc.entities(idx) if start < e.start < end and e.alias_of is None
            and (e.kind in ("person", "unknown") and _ITS_ROLE_BEFORE.search(doc.text, max(start, e.start - 60), e.start)
                 or e.kind == "organization" and e.name.split()[-1] in LEGAL_FORMS
                 and _SECOND_ENTITY_BEFORE.search(doc.text, max(start, e.start - 8), e.start))]


# First words of roles that open no name in running text but describe the one before them in a list item
# ("Simon Ashcroft, Commodore, Royal New Zealand Navy;", "X, Member of Parliament (Labour Party);", "Y, Managing Director,
# Z Ltd", "W, Senior Fellow, Centre for ..."): not titles before a name, so not among PERSON_TITLES
# ("Founder", "Owner": titles before a name too, among PERSON_TITLES)
_ITEM_ROLE_WORDS = frozenset({"Member", "Members", "Commodore", "Managing", "Senior", "Fellow", "Editor", "Head", "Executive",
                              "Partner", "Adviser", "Advisor", "Counsellor", "Counselor", "Rector"})


def _is_role(ent: Entity) -> bool:
    """"Commander-in-Chief", "Director General", "Member of Parliament": a role describing the name before it, not a
    name."""
    first = re.split(r"[\s-]", ent.name, maxsplit=1)[0]
    return first in PERSON_TITLES or first in _ITEM_ROLE_WORDS


def _after_title(doc: Document, idx: int, start: int, end: int) -> tuple[int, list[Entity]] | None:
    """Where the names after a person's title opening the text at `start` begin, and those names ("Major General
    Akot Deng MABIOR"); None when no title opens it or no name follows one."""
    titled = _ITEM_TITLES.match(doc.text, start, end)
    if titled and (after := _lead_entities(doc, idx, titled.end(), end)):
        return titled.end(), after
    return None


def _semicolon_items(doc: Document, idx: int, begin: int) -> list[Entity]:
    """The names heading each ';'-separated item of sentence `idx` from offset `begin` in it (a leading
    "and" is a joiner of `_lead_entities`)."""
    sent = doc.sentences[idx]
    out: list[Entity] = []
    pos = begin
    for part in sent.text[begin:].split(";"):
        lo, hi = sent.start + pos, sent.start + pos + len(part)
        lead = _lead_entities(doc, idx, lo, hi)
        opens = lo + len(part) - len(part.lstrip())  # where the part's first word is
        if not lead and (after_title := _after_title(doc, idx, opens, hi)):
            lead = after_title[1]  # "; Brigadier General Osman Enrique Tovar Lugo, ...;"
        if not lead and (role := _PART_LEAD.match(doc.text, lo, hi)) and role.end() > opens:
            lead = _lead_entities(doc, idx, role.end(), hi)  # "; and the businessman Ruslan Gabdullin, owner of ..."
        if not lead and (first := next((e for e in doc.entities(idx) if opens < e.start < hi), None)) is not None and (
                first.kind == "person" and _CAPITALISED_TITLE.fullmatch(doc.text, opens, first.start)):
            lead = _lead_entities(doc, idx, first.start, hi)  # "; Deputy Interior Minister Revaz Tsiklauri;"
        elif (len(lead) == 1 and lead[0].kind != "person" and (role := _PART_LEAD.match(doc.text, lo, hi))
              and role.end() > lead[0].end and _ROLE_IN_LOWER.search(doc.text, lead[0].end, role.end())):
            # "; Tbilisi police chief Nika Abashidze;": where the person serves, then the role, then the person
            lead = _lead_entities(doc, idx, role.end(), hi) or lead
        elif (lead and (role := _PART_LEAD.match(doc.text, lo, hi)) and lead[0].start < role.end() < lead[0].end
              and _ROLE_ENDS.search(doc.text, lead[0].start, role.end())):
            # "Labour MPs Fiona Larkspur and Owen Tredwell": a party and a role read into the first name
            lead = [dataclasses.replace(lead[0], start=role.end(), name=doc.text[role.end() : lead[0].end]), *lead[1:]]
        out.extend(lead)
        if (lead and doc.text.startswith(", ", lead[-1].end) and doc.text[lead[-1].end + 2 : lead[-1].end + 3].islower()
                and (more := _AND_NEXT_ITEM.search(doc.text, lead[-1].end, hi)) is not None):
            # "They include A, the director of a prison in Alborz province, and B, a judge of ...; the other two are
            # ...": a second name after the first one's description, in the same item
            out.extend(e for e in _lead_entities(doc, idx, more.end(), hi) if e.kind != "country" and e not in out)
        if lead and ", " in part and (group := _ALONG_WITH_GROUP.search(doc.text, lead[-1].end, hi)) is not None:
            # "; and businessman C, along with two companies, D and E": the counted group's names after the last item
            out.extend(e for e in _lead_entities(doc, idx, group.end(), hi) if e.kind != "country" and e not in out)
        pos += len(part) + 1
    return out


_AND_NEXT_ITEM = re.compile(r",\s+and\s+(?=[A-Z])")
_ALONG_WITH_GROUP = re.compile(
    r",\s+(?:along|together)\s+with\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+)?"
    r"(?:companies|entities|firms|vessels|ships|tankers|individuals|people|organi[sz]ations)\s*(?:,|:)\s+"
)


def _group_row(doc: Document, idx: int, start: int, end: int) -> list[Entity]:
    """The names of a row after "Those sanctioned include": each comma-separated part that opens with a
    name (after "and", "the", a title or a kind: "and Major B", "as well as the state-owned broadcaster C")
    gives the names chained from there; a part opening otherwise describes ("commander of Unit 29155",
    "judges and prosecutors responsible for ...") and gives none."""
    ents = doc.entities(idx)
    # Parts end at commas outside names ("Norvik Technology Co., Ltd." is one name).
    cuts = [i for i in range(start, end) if doc.text[i] == "," and not any(e.start <= i < e.end for e in ents)]
    out: list[Entity] = []
    places = False  # the parts go on with a series of places a describing part began
    for lo, hi in zip([start] + [c + 1 for c in cuts], cuts + [end], strict=True):
        if _PLACES_OF_END.search(doc.text, lo, hi):
            # "Russian-installed officials in the temporarily occupied regions of Zaporizhzhia, Kherson and Donetsk who
            # ...": where the officials serve, not more names
            places = True
            continue
        if places and _PLACE_PART.match(doc.text, lo, hi) and not any(
                e.kind in ("organization", "person") for e in ents if lo <= e.start < hi):
            continue  # (but "..., exporter that has shipped grain from occupied areas of Ukraine, and Arktika Logistik OOO")
        places = False
        lead = _PART_LEAD.match(doc.text, lo, hi)
        at = lead.end() if lead else lo
        if not any(e.start == at for e in ents):
            # ("Deputy Interior Minister Ioseb G.": a title of several capitalised words, then the person)
            titled = next((e for e in ents if lo < e.start < hi and e.kind in ("person", "unknown")
                           and _TITLED_LEAD.fullmatch(doc.text, lo, e.start)), None)
            at = titled.start if titled is not None else at
        if any(e.start == at and e.alias_of is None for e in ents):
            row = _lead_entities(doc, idx, at, hi, _ROW_GAP)
            if (row and (role := _ORG_THEN_ROLE.match(doc.text, row[0].end, hi)) is not None
                    and any(e.start == role.end() and e.kind in ("person", "unknown") for e in ents)):
                # "and GRU officers A and B", "Polar Bank executives C and D": the people after where they serve
                row = _lead_entities(doc, idx, role.end(), hi, _ROW_GAP)
            out.extend(e for e in row if e not in out)
    return out


# Where people serve, then their role in lower case, then their names: "GRU officers", "Polar Bank senior executives"
_ORG_THEN_ROLE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:officers?|officials?|agents?|operatives?|executives?|directors?|commanders?|members?|hackers?|"
    r"employees?|managers?|leaders?|businessm[ae]n|financiers?|brokers?|shareholders?|owners?|founders?|heads?|chiefs?)\s+(?=[A-Z])"
)


# A describing part ending in a series of places: "... officials in the occupied regions of Zaporizhzhia"; and a part
# going on with it ("Kherson and Donetsk who organized ...")
_PLACES_OF_END = re.compile(r"\b(?:regions?|provinces?|oblasts?|cities|towns|territories|areas|districts|republics|villages)"
                            r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*$")
_PLACE_PART = re.compile(r"\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                         r"(?:\s+(?:who|which|that|where)\b.*)?\s*$", re.DOTALL)


# A row of firms: "Among the Russian firms are A, B ...", "The foreign suppliers on the list are C, D ..."
_GROUP_OF_ORGANIZATIONS = re.compile(
    r"\b(?:firms|companies|enterprises|entities|banks|suppliers|traders|refineries|refiners|terminals|operators|exporters|"
    r"importers|outlets|channels)\b", re.IGNORECASE)


def _of_group_kind(head: str, names: list[Entity]) -> list[Entity]:
    """`names`, those of unknown kind in a row of firms (by the noun of its `head`) as organisations. (Not people in a
    row of "individuals": "Severolit general director Anatoly Rusakov" names his company too.)"""
    if not _GROUP_OF_ORGANIZATIONS.search(head):
        return names
    return [dataclasses.replace(e, kind="organization") if e.kind == "unknown" and e.alias_of is None else e for e in names]


# "Labour MPs X and Y", "Green peer Z": a lawmaker's party, then the role, then the person
_LAWMAKER_ROLES = r"MPs?|MEPs?|peers?|[Ss]enators?|lawmakers?"
# What may open a part before its first name: "and", "as well as", "the", a person's title, a kind, where it is based.
_TITLED_LEAD = re.compile(
    r"\s*(?:(?:and|as\s+well\s+as|including)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"(?:Minister|Director|Chief|Governor|Commander|Secretary|Prosecutor|Judge|Ambassador|Chairman|Head|Mayor)\s+"
)
# A role in lower case before a person's name ("judge X", "businessman Y", "and his wife Z")
_ROLE_NOUNS = (
    r"(?:judge|prosecutor|businessman|businesswoman|official|[Cc]ommander|general|colonel|[Gg]overnor|"
    r"[Mm]inister|[Dd]irector|chief|oligarch|" + MEDIA_ROLES + r"|" + _LAWMAKER_ROLES + r"|academic|"
    # ("and his deputy X", "and his wife Y")
    r"owner|engineer|manager|executive|chairman|founder|shareholder|accountant|deputy|secretary|aide|associate|wife|husband|son|"
    r"daughter|brother|sister|spouse|"
    # ("Iraqi nationals A and B, as well as Syrian national C")
    r"nationals?|citizens?)"
)
_NOT_ROLE_WORDS = (r"(?:a|an|for|of|in|at|to|with|by|from|on|under|after|over|other|another|either|whether|rather|later|"
                   r"who|whom|whose|which|that|where|when|while|is|was|are|were|been|being|said|also|both)\b")
_PART_LEAD = re.compile(
    # ("Hyderabad's Shreenath Microwave Components": the town, then the name)
    r"\s*(?:(?:and|as\s+well\s+as|including|along\s+with|together\s+with|among\s+them)\s+)?(?:the\s+)?(?:[A-Z][\w.’' -]{0,30}?-(?:based|registered|incorporated|headquartered)\s+"
    r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s\s+(?=[A-Z]))?"
    # ("and the bank is C": the kind, then "is")
    # ("the Saint Petersburg shipping operator A", "the Chinese electronics distributor B": where it is, then the kind)
    r"(?:(?:[A-Z][\w’'-]+\s+){0,2}(?:[a-z][\w-]*\s+){0,2}(?:" + _KINDS + r")\s+(?:(?:is|was)\s+)?|(?:(?:" + PERSON_TITLE_ALTERNATION + r")\s+){1,3}"
    # "judge X", "businessman Y": a role in lower case before the name ("freelance reporter and documentary maker Z": two)
    # "Conservative MP X", "Global Affairs Canada assistant deputy minister Y", "Toronto-based columnist Z": who the
    # person is, then the person
    # ("Department of Foreign Affairs and Trade deputy secretary Y": a ministry's whole name, its "and" too)
    r"|(?:(?:Department|Ministry|Office)\s+(?:of|for)\s+(?:(?:[A-Z][\w’'-]*|and|the)\s+){1,5}?)?"
    r"(?:[\w.’'-]+\s+){0,5}?(?:and\s+)?" + _ROLE_NOUNS + r"\s+"
    # ("former deputy defence minister X": words in lower case between two roles)
    r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:and\s+)?" + _ROLE_NOUNS + r"\s+)*"
    # "the 2006-built suezmax ORIENT VALOR", "the VLCCs X and Y": a ship's type before its name
    r"|" + _VESSEL_TYPE +
    # ("and his business partner X", "real estate developer Y", "officers A and B"): any role in lower case, an agent's
    # noun last, no word that opens a description ("a front company for Z", "which supplies W")
    r"|(?:(?:his|her|its|their)\s+)?(?:(?!" + _NOT_ROLE_WORDS + r")[a-z][a-z-]+\s+){0,2}(?!" + _NOT_ROLE_WORDS + r")"
    r"[a-z][a-z-]{2,}(?:er|or|ist|ant|ent|ian|man|men|woman|women|ee)s?\s+(?=[A-Z]))?"
)


_CAPITALISED_TITLE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,4}(?:Minister|Chief|Commander|Director|Governor|Head|Secretary|President|Prosecutor|"
    r"Judge|General|Colonel|Ambassador|Mayor)\s+"
)
# After a lawmaker's party, the role and the name: "(Liberal Democrat) peer Baroness B", "(Green) MP C"
_PARTY_THEN_ROLE = re.compile(r"\s+(?:" + _LAWMAKER_ROLES + r")\s+(?=[A-Z])")
_ROLE_ENDS = re.compile(r"\b(?:" + _LAWMAKER_ROLES + r"|" + MEDIA_ROLES + r")\s+$")
_ROLE_IN_LOWER = re.compile(r"\s[a-z][\w-]*\s")
_DESCRIBES_NEXT = re.compile(rf"-(?:{PLACE_DESCRIPTORS})\b")
_POSSESSOR_NEXT = re.compile(r"['’]s\s+(?=[A-Z])")
_PLACE_OWNER_GAP = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)['’]s\s+")
_NATIONALITY_NEXT = re.compile(rf"\s+(?:{NATIONALITY_NOUNS})\s+(?=[A-Z])")
_CLAUSE_END = re.compile(r"[.;:\n(]|\s[—–]\s|\s--\s")  # (" — registered manager of ...": a dash ends the address too)
_LINE_ENDS = re.compile(r"[ \t.;]*(?:and[ \t]*)?(?:\n|$)")
_TOWN_ENDS_LINE = re.compile(r",[ \t]+[A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?[ \t.;]*(?:and)?[ \t]*(?:\n|$)")


def _in_address(text: str, start: int, end: int) -> bool:
    """The words from `start` to the clause's end are a comma-separated place ending in a country ("Kowloon,
    Hong Kong SAR", "Sharjah Airport Free Zone, United Arab Emirates")."""
    if _ADDRESS_START.match(text, start, end):
        return True  # "Room 1207, Block B, ...", "No. 18 Xinhua Road", "Plot 42, KIADB Aerospace Park"
    stop = _CLAUSE_END.search(text, start, end)
    parts = [p.strip() for p in text[start : stop.start() if stop else end].split(",")]
    return len(parts) >= 2 and country_code(parts[-1]) is not None


_COUNTRY_HEADING_TAIL = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*:?")
_ADDRESS_START = re.compile(
    r"(?:Room|Rm\.?|Unit|Flat|Suite|Office|Plot|Block|Building|Bldg\.?|Floor|No\.?|P\.?\s?O\.?\s+Box|House|Lot)\s+[\w/-]*\d"
    r"|\d{1,5}[A-Za-z]?,?\s+[A-Z][\w-]*\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Lane|Drive|Way)\b"
)


# A register's entry for a person: surname in capitals, a comma, the given names ("QIAO, Zhenhai (a.k.a. ...)")
_REGISTER_PERSON = re.compile(
    # (a hyphen joins the words of a surname and is in none of them: "BB-BB-BB-..." matched in exponentially many ways)
    r"(?P<surname>(?:Mc|Mac)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+(?:-[A-ZÀ-ÖØ-Þ'’]+)*-?(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+(?:-[A-ZÀ-ÖØ-Þ'’]+)*-?){0,3}"
    r"|[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+),\s+"
    r"(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+){0,3})(?=\s*[(,;]|\s*$|\s+[–—-]\s)"
)
_CAPITALS_SURNAME = re.compile(r"(?:Mc|Mac)?[A-ZÀ-ÖØ-Þ'’ -]{2,}")
_DASH_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+[–—-]\s")
# ... and the details that show it is one: a date or place of birth, a nationality, "(individual)"
_REGISTER_PERSON_DETAIL = re.compile(r"\b(?:DOB|POB|[Dd]ate of birth|[Bb]orn|[Nn]ationality)\b|\(individual\)")


_NEXT_NAME_GAP = re.compile(r",|\band\b|;")
_WORKPLACE_GAP = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}")


_FORM_THEN_QUOTE = re.compile(
    r"\s*(?:(?:Public|Closed|Open|Non-Public)\s+)?(?:Joint[ -]Stock\s+Company|Limited\s+Liability\s+Company|JSC|PJSC|LLC|OOO|AO|"
    r"PAO|ZAO|OAO|TOO|FGUP|GUP|MUP)\s*[\"“«]")


def _lead_entities(doc: Document, idx: int, start: int, end: int, joiner: re.Pattern[str] = _JOINER) -> list[Entity]:
    """The names at the head of one list item (or row of names), before its description: names from
    `start` on, as long as only `joiner` stands between them."""
    register = _REGISTER_PERSON.match(doc.text, start, end)
    # (the details on the entry's line, or on the lines under it: "(1) Sokolenko, Arkadiy Petrovich\nDate of birth: ...")
    if register and (_REGISTER_PERSON_DETAIL.search(doc.text, register.end(), max(end, register.end() + 200))
                     # "BRAITHWAITE, Gordon Ellis – Senator for Tasmania": a surname in capitals before a dash
                     or _CAPITALS_SURNAME.fullmatch(register["surname"]) and _DASH_AFTER.match(doc.text, register.end())
                     # "- DEMIRCI, Kerem" alone on a notice's list line: a surname in capitals, then given names only
                     or _CAPITALS_SURNAME.fullmatch(register["surname"]) and not doc.text[register.end() : end].strip()
                     and not any(w in LEGAL_FORMS or w in ORG_WORDS for w in register["given"].split())):
        # "CARRASCO LEDESMA, Julio Armando (a.k.a. ...); DOB 14 Feb 1981": a register's person, surname first
        return [Entity(start, register.end(), f"{register['given']} {register['surname']}", "person")]
    out: list[Entity] = []
    pos = start
    workplace = False  # inside "of the Minsk City Court" after a person's name
    for ent in doc.entities(idx):
        if ent.start < start or ent.end > end or ent.alias_of is not None:
            continue
        if ent.kind == "country" and _DESCRIBES_NEXT.match(doc.text, ent.end):
            continue  # "the Sierra Leone-flagged NOOR AL FAJR": where the named one is flagged or based
        if ((ent.kind in ("country", "place") or ent.kind == "unknown" and (ent.name in BASED_CITIES or country_code(ent.name)))
                and (owner := _POSSESSOR_NEXT.match(doc.text, ent.end, end))
                and joiner.match(doc.text[pos : ent.start])
                and any(e.start == owner.end() and e.alias_of is None for e in doc.entities(idx))):
            # "St Petersburg's AO X", "Iran's Y Company" opening a part: where the named one is (or whose it is); not
            # "an officer of Iran's Ministry of Intelligence", which describes the name before
            pos = owner.end()
            continue
        if (ent.kind == "country" and doc.text[pos : ent.start].strip() in ("", "and")
                and (national := _NATIONALITY_NEXT.match(doc.text, ent.end))):
            pos = national.end()  # "Georgian national Gocha Beridze": where the named one is from
            continue
        gap = doc.text[pos : ent.start]
        if out and out[-1].kind == "person" and ent.kind != "person" and (
                _WORKPLACE_GAP.fullmatch(gap) or workplace and not _NEXT_NAME_GAP.search(gap)):
            # "Judge A of the Minsk City Court and B, deputy head of ...": where A works describes A
            workplace = True
            pos = ent.end
            continue
        workplace = False
        if out and gap.count("(") > gap.count(")"):
            continue  # "A (IMO 9218777) and B": a word inside the bracket after a name
        if out and joiner.match(gap) and (role := _PARTY_THEN_ROLE.match(doc.text, ent.end, end)):
            pos = role.end()  # "Labour MP A and Liberal Democrat peer Baroness B": the party, then the role, then the name
            continue
        if not out and _FORM_THEN_QUOTE.fullmatch(gap):
            gap = ""  # 'Joint Stock Company "Arctic Tanker Management"': the legal form spelled out before the quoted name
        if not out and (owner_gap := _PLACE_OWNER_GAP.fullmatch(gap)) and (
                owner_gap[1] in BASED_CITIES or country_code(owner_gap[1])):
            gap = ""  # "- Kazan's OOO X" (the town not found as a name at the line's start): where the named one is
        if not joiner.match(gap) or out and _is_role(ent):
            break  # "Levan Tsiklauri, Deputy Head of the ... Department": the role describes the name
        if out and gap.rstrip().endswith(("the", "a", "an")) and _DESCRIBING_NOUN_AFTER.match(doc.text, ent.end):
            break  # "X FZE, the ISM manager for five of the ships": a word describing the name before
        if out and "," in gap and (ent.kind == "country" or _in_address(doc.text, ent.start, end)):
            break  # "Orion Trade Link FZE, Sharjah Airport Free Zone, United Arab Emirates": where it is
        if (out and out[-1].kind in ("organization", "unknown") and ent.kind == "unknown" and gap.strip() == ","
                and len(ent.name.split()) <= 3 and (out[-1].kind == "organization" or len(out[-1].name.split()) >= 3)
                and (_LINE_ENDS.match(doc.text, ent.end) or _TOWN_ENDS_LINE.match(doc.text, ent.end))):
            # "- Kartal Teknik Dis Ticaret A.S., Istanbul; and", "- X FZ-LLC, Ras Al Khaimah.": the town the firm is in,
            # closing its line ("- Zamzam
            # Industrial Traders, Shahrah-e-Faisal, Karachi;": its street and town)
            break
        out.append(ent)
        pos = ent.end
    return out
