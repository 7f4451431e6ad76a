"""Sanction records: trigger sentences, their authority, measure, targets, amounts and dates."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from typing import Any

from tradewatch.extract.authorities import Authority, default_measure, find_authorities
from tradewatch.extract.countries import CountryMention, country_code, country_name, find_countries
from tradewatch.extract.dates import action_dates, dateline_end, period_excludes
from tradewatch.extract.document import Document
from tradewatch.extract.lexicon import NUMBER_WORDS, Caseless, load_yaml, number_value, required_literals
from tradewatch.extract.listings import (
    _SUBHEADING,
    ALIGNED_HEADER,
    BRACKETED_ANNEX_LINE,
    CONCERNED_IS,
    GROUP_HEADER,
    NAME_COLUMN_HEADER,
    NEW_ENTRIES_HEADING,
    _country_line,
    annex_heading,
    annex_headings,
    listed_entities,
    measure_headings,
)
from tradewatch.extract.money import find_money, to_usd
from tradewatch.extract.parties import (
    _DATELINE,
    BASED_CITIES,
    BRANCH_NAME,
    LAW_AFTER,
    LEGAL_FORMS,
    MEDIA_ROLES,
    NATIONALITY_NOUNS,
    ORG_WORDS,
    PERSON_TITLE_ALTERNATION,
    PLACE_DESCRIPTORS,
    TITLE_ON_BEFORE,
    Entity,
    PartySet,
    nationals,
    normalise_name,
    same_party,
)
from tradewatch.extract.sentences import MAX_SENTENCE_CHARS, Sentence
from tradewatch.extract.triggers import Trigger, is_hedged_measure, is_hedged_sanction

_CFG = load_yaml("triggers.yaml")
_UNNAMED = Caseless(_CFG["unnamed_targets"])
_PROGRAM = re.compile(_CFG["program"])
# Every program name holds one of these ("Executive Order", "-related", ...): most sentences hold none.
_PROGRAM_WORDS = required_literals(_CFG["program"])
_SUBJECT_SIDE = re.compile(rf"^(?:{_CFG['subject_side_triggers']})", re.IGNORECASE)
# Where the object of a trigger stops: a new clause, a speaker, a reason. Only where a match starts
# counts, so the word alternatives share one leading `\b` (tested once per position, not per word).
_CLAUSE_BREAK = re.compile(
    r"[;:–—]| -- |, (?:which|who|whom|whose|said|but|as(?! well as\b))\b|, (?:both|all|each) of (?:which|whom)\b|\bin which\b"
    # ", cutting off revenue for Putin's war machine": what the action does, not whom it targets
    r"|, (?!(?:including|naming)\b)[a-z]+ing\b"
    # "a Moscow importer that has shipped machine tools to Russian arms makers": what it did
    r"|\bthat (?:has|have|had|is|are|was|were)\b"
    # ("12 more tankers it says form part of Russia's shadow fleet": who says what the targets are, inside the object)
    r"|\b(?:(?:(?<!\bit )(?<!\bthey )|(?<=\bthat it )|(?<=\bwhat it )|(?<=\bwhich it )|(?<=\bthat they )|(?<=\bwhat they )|(?<=\bwhich they ))(?:said|says)\b|in (?:coordination|cooperation|a coordinated)\b|joined by\b|due to\b|because\b"
    r"|for (?:their|its|his|her)\b|after\b|, (?:though|although)\b"
    # "designated for having materially assisted X", "sanctioned for supplying X": X is the reason, not a target.
    r"|for (?:having|being|[a-z]+ing)\b)"
)
# A reason inside the object ("sanctioned 12 companies over Russia's war against Ukraine", "officials
# responsible for the deportation of Ukrainian children", "firms linked to Iran's drone program"): the
# names in it, up to the next comma, are not targets. Unlike a clause break it does not end the object:
# ", including A and B" after it still names targets. "over 100 entities" is a count, not a reason.
_REASON = re.compile(
    r"\b(?:over(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|hundred|the\s+(?:past|last|next|course)\b)))|"
    # ("froze assets linked to former president X": whose assets, the target)
    r"(?<!assets\s)(?<!funds\s)(?<!accounts\s)(?:linked|tied|connected)\s+to|"
    r"ties\s+(?:to|with)|links\s+(?:to|with)|close\s+to|"
    # ("five individuals and three entities associated with the terrorist organisations ISIS and AQAP")
    r"(?<=s\s)(?:associated|affiliated)\s+with|"
    r"responsible\s+for|involved\s+in|accused\s+of|"
    # "three shipping companies it accuses of helping Yemen's Houthi rebels"
    r"(?:it|they|which|that|whom)\s+(?:accuses|accuse|accused|suspects|suspect|says\s+helped)\s+(?:of\s+)?|"
    # "four companies it says laundered money for the Frente X, ...": what it says they did, up to the comma
    r"(?:it|they)\s+(?:says|said)\s+|"
    # "for breaches of the MAS (Sanctions and Freezing of Assets of Persons) Regulations": the rules broken
    r"(?:breach(?:es)?|violations?|contraventions?)\s+of|"
    r"suspected\s+of|in\s+connection\s+with|in\s+response\s+to|in\s+view\s+of|"
    # "calls the entry bans a response to Ottawa's sanctions", "in retaliation for the EU's listings"
    r"(?:a|as\s+a)\s+(?:response|retaliation|reply)\s+to|in\s+retaliation\s+(?:for|against|to)|"
    # ("in its latest retaliation against US arms sales to Taiwan")
    r"in\s+(?:its|their|a|an|the)\s+(?:(?:latest|newest|new|further|fresh|apparent|first)\s+)?"
    r"(?:retaliation|response|reprisal|countermeasure)\s+(?:for|against|to)|"
    # "under the FEFTA", "under IEEPA": the legal basis
    r"under\s+(?!\d)(?:the\s+)?(?=[A-Z])|"
    # ", the parent company of Kavir Turbine Systems Co.": whom the target is related to
    r"(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:parent|subsidiary|owner|affiliate|operator|manager|unit|arm|shareholder)\s+"
    r"(?:company\s+)?of)\b[^,;:]*"
    # ", including the 2023 attack on the British Library": an example of the reason, not a name after it
    r"(?:,\s*including\s+(?=(?:the\s+)?(?:\d|[a-z]))[^,;:]*)?"
    # "... for the Houthis, also known as Ansarallah": another name of what the reason names
    r"(?:,\s*(?:also\s+)?(?:known|referred\s+to)\s+as\s+[^,;:]*)?"
)
# "Hezbollah financier Ali Kassem", "Rosneft chief executive Igor Sechin": the organisation describes the
# person after it (the one sanctioned); it is no target of its own.
_ROLES = (r"financier|official|commander|operative|member|leader|facilitator|founder|executive|spokesman|envoy|"
          r"associate|agent|militant|treasurer|adviser|advisor|director|chairman|owner|"
          # "Radio-Canada correspondent X": the outlet a journalist works for
          + MEDIA_ROLES)
_ROLE_BEFORE_NAME = re.compile(
    rf"\s+(?:[a-z-]+\s+)?(?:{_ROLES}|chief|head|spokesperson|boss|president|ceo|financial\s+officer|"
    r"procurement\s+agent|money\s+launderer)\s+$"
)
_MEMBERS_OF = re.compile(
    r"\b(?:leaders|members|officials|commanders|operatives|financiers|executives|figures|militants|fighters|"
    r"wife|husband|sons?|daughters?|children|family(?:\s+members)?|relatives?|brothers?|sisters?|father|mother|"
    r"associates|partners"
    # "a senior commander of Sudan's paramilitary Rapid Support Forces": the person's post describes him
    r"|(?:a|an)\s+(?:[a-z-]+\s+)?(?:leader|member|official|commander|operative|financier|executive|militant|fighter))"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?(?:(?:[A-Z][a-z]+|[a-z-]+)\s+){0,2}$"
)
# (", an Iran-based Houthi financier": a place's "-based" among the words)
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:(?:[a-z-]+|[A-Z][\w.]*-(?:based|registered|linked|backed|aligned))\s+){0,2}$")
# ", a senior Hamas official,": the organisation describes the name before it.
_ROLE_AFTER = re.compile(
    rf"\s+(?:[a-z-]+\s+)?(?:{_ROLES}|businessman|company|firm|front|affiliate|subsidiary|supplier|customer|proxy|"
    r"shareholder)\b"
)
_POST_OF_BEFORE = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her)\s+)?(?:(?:former|deputy|acting|then|then-|senior|chief|general)\s+)*"
    r"(?:[A-Za-z-]+\s+){0,3}?(?:[Dd]irector(?:\s+[Gg]eneral)?|[Hh]ead|[Cc]hief|[Cc]hairman|[Cc]hair|[Pp]resident|[Mm]anager|"
    r"[Oo]fficer|[Oo]fficial|[Oo]wner|[Ff]ounder|[Cc]ommander|[Mm]inister|[Ss]ecretary|[Gg]overnor|CEO|[Dd]eputy|"
    r"[Ee]mployee|[Aa]dviser|[Aa]dvisor|[Pp]artner|[Ee]xecutive)\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?"
    # ("the former head of the Sughd regional directorate of Tajikistan's State Committee for National Security")
    r"(?:(?:[A-Za-z-]+\s+){1,3}(?:of|at|in)\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?)?$"
)
# A count of a few, in figures or words ("3", "three"): the counts of designees that patterns below read
_SMALL_COUNT = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_GROUP_OF = re.compile(
    r"\s+(?:senior\s+|top\s+)?(?:leaders|officials|members|commanders|operatives|financiers|figures|militants|"
    r"fighters|executives|managers|officers)\b"
)
# ("Zelaya's spouse, Martha ...": a relation set off by a comma too)
# A possessor and its relation before the next name: "Zelaya's spouse, ", "'s son " ("Corvina's Hong Kong affiliate, ":
# a place before the relation)
_POSSESSIVE_RELATION = r"['’]s\s+(?:(?:[A-Z][\w-]*\s+){1,2}[a-z-]+(?:\s+[a-z-]+)?,\s+|(?:[a-z-]+\s+){0,2}(?:[a-z-]+,\s+)?)"
_POSSESSOR_OF_NEXT = re.compile(_POSSESSIVE_RELATION)
_FACILITY_AFTER = re.compile(
    r"\s+(?:prison|prisons|camp|plant|port|airport|refinery|field|mine|terminal|facility|factory|base|university|"
    r"hospital|shipyard|complex)\b"
)
# Words before a country that make it the object of a measure ("sanctions on Iran", "imports from Iran").
# "the Ordinance on Measures against Belarus": a country closing a law's title
_LAW_TITLE_BEFORE = re.compile(r"\b(?:Ordinance|Regulations?|Act|Decree|Law|Order)\s+(?:on|concerning|regarding)\s+(?:[A-Z][\w-]*\s+){1,4}(?:against|on|concerning|in\s+respect\s+of)\s+(?:the\s+)?$")
_COUNTRY_TARGET_BEFORE = re.compile(
    r"(?:\bon|\bagainst|\btargeting|\bto|\bfrom|\bsanction(?:s|ed)?|\bembargo|\bof|,|\band)\s+(?:the\s+)?$", re.IGNORECASE
)
# "a travel ban on 226 individuals, a ban on exports to Iran": a measure on trade makes the country after
# "to"/"from" a target again, after targets named or counted.
_TRADE_MEASURE = re.compile(r"\b(?:bans?|banned|embargo\w*|restrict\w*|prohibit\w*|exports?|imports?|sales?|transfers?|controls?)\b",
                            re.IGNORECASE)
_BASED = re.compile(rf"-(?:{PLACE_DESCRIPTORS})\b")
_COUNTRY_LEVEL = {"import_ban", "export_control", "investment_ban", "arms_embargo", "sectoral"}
# Between a country and the trigger it imposes ("US sanctions", "Britain has imposed new sanctions"):
# auxiliaries and verbs of imposing only, so "Russian oil above the price cap" has no authority.
_AUTHORITY_GAP = re.compile(
    # ("Britain, for its part, froze the assets of X": an aside between the state and its act)
    r"^(?:’s|'s)?\s*(?:,\s*(?:for its part|for their part|in turn|meanwhile|too|in response|separately),\s*)?"
    r"(?:and (?:its|their) (?:allies|partners)\s+)?(?:(?:government|authorities|officials|has|have|"
    r"had|is|are|was|were|also|already|previously|earlier|today|then|so far|thus far|now|again|will|would|on \w+day|imposed|imposes|impose|imposing|announced|announces|"
    r"announcing|unveiled|slapped|slapping|placed|placing|introducing|"
    r"put|added|adopted|approved|targeted|targets|hit|hits|took|takes|tightened|tightens|expanded|expands|"
    r"broadened|new|further|additional|fresh|more|sweeping|unilateral|independent|autonomous|jointly|together|"
    # ("New Zealand announced a fresh round of travel bans")
    r"(?:round|package|wave|batch|set|series)\s+of|"
    # ("Australia has maintained an arms embargo on Myanmar since 1991")
    r"maintained|maintains|kept|keeps|extended|extends|renewed|renews|"
    r"tough|tougher|broad|punitive|financial|economic|its|their|own|said|says|it|they|decided to|decides to|has decided to|"
    # ("Britain imposed an asset freeze on the bank")
    r"cyber|targeted|thematic|parallel|human rights|counter-terrorism|anti-corruption|Magnitsky|Magnitsky-style|an|a)\s+)*$",
    re.IGNORECASE,
)
# How many sentences back a list's cue may be from the action it names ("... added eight entities.
# The entities supplied ... . The entities added today are:").
_LIST_REACH = 4
# "He is being designated ...": the person profiled in the sentences just before.
# ("imposed an asset freeze and travel ban on him in December": both measures' object)
_PERSON_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:and|,)\s+(?:an?\s+)?(?:[\w-]+\s+){1,2}(?:ban|freeze|bans|freezes)\s+)?(?:on\s+)?(?:him|her)\b")
_PERSON_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:being\s+)?(?:designated|sanctioned|listed)\b")
# "Both are being designated", "All three were designated": the subjects of the sentences just before.
_GROUP_SUBJECT = re.compile(r"^(?:Both|All (?P<count>two|three|four|five|six|seven|eight)|Each|They)\b[^.]{0,30}\b"
                            r"(?:designated|sanctioned|listed|subject\s+to)\b")
_GROUP_REACH = 3
_IN_ADDITION_TO = re.compile(r"(?:In addition to|Besides|Alongside|As well as)\s[^,;]{1,120},")
_PLACE_BEFORE = re.compile(r"\b(?:from|in|at|near)\s+$")
_THEIR_ASSETS = re.compile(r"Their (?:assets|funds|property|bank accounts)\b")
_GROUP_NAMED = re.compile(r"(?:The (?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?: [a-z]+)?|They|Those (?:listed|named|designated|sanctioned)) (?:are|were|include|included)\b")
# "Ri Chol Man, a DPRK national, managed ...": a sentence that opens with a name and its description.
# "Zaw Lin Oo, also known as Ko Zaw, is a broker ...", "Min Htet Naing heads procurement for ...": a name, then its
# other name or the role it plays.
# A profile's opening by the designee's post: "has served as the overall leader of", "is the head of"
# ("Wael Saleh Jaradat is a PIJ official", "X is a senior member of Hamas's financial apparatus")
_POST_OPENING = (r"(?:has\s+(?:served|acted)\s+as|serves\s+as|is\s+(?:the|a|an)\s+(?:(?:[a-z-]+|[A-Z]{2,6})\s+){0,3}(?:leader|head|"
                 r"commander|emir|chief|founder|official|financier|director|owner|deputy|spokesman|member|operative|"
                 r"facilitator|treasurer))\b")
_PROFILE_OPENING = re.compile(
    r",\s+(?:a|an|based|registered|located|headquartered|incorporated|operating|owned|also\s+known\s+as|a\.k\.a\.|known\s+(?:as|by))\b"
    r"|\s+(?:heads|runs|operates|owns|co-owns|directs|manages|leads|controls|chairs|founded|recruited|organised|organized|"
    r"coordinated|financed|procured|facilitated|oversaw|laundered|smuggled|brokered)\s"
    # "X, who operates online under the alias ...", "X administered the group's data-leak site": what the designee does
    r"|,\s+(?:\d{1,2},\s+)?who\s+(?!(?:said|says|told|added|spoke)\b)|\s+(?!(?:said|added|stated|noted|warned|welcomed|denied|declined|"
    r"responded|replied|argued|claimed|insisted|confirmed|announced|reported|called|urged|asked|"
    # ("Tokyo Electron closed down 2.3%": a share price after the news)
    r"closed|ended|traded|jumped|slipped|climbed|dropped|surged|plunged|tumbled|rallied|edged|gained)\s)[a-z]{3,}ed\s+(?=[a-z])"
    # OFAC's "Ismail Aden Gacal (Gacal) serves as a senior official": the name and the short name used after it
    r"|\s+\((?:(?:al|el|as|ad|ar)-)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\)(?=[\s,])"
    # "X has served as the overall leader of KFS since 2022", "Y is the head of KFS military operations": the designee's post
    r"|\s+" + _POST_OPENING
)
_PROFILE_SHAPE = re.compile(
    r"[A-Z][^;:!?\"“]{0,120}?,\s+(?:a|an|based|registered|located|headquartered|incorporated|operating|owned|also\s+known\s+as|a\.k\.a\.|"
    r"known\s+(?:as|by))\b"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4}\s+(?:heads|runs|operates|owns|co-owns|directs|manages|leads|controls|chairs|founded|"
    r"recruited|organised|organized|coordinated|financed|procured|facilitated|oversaw|laundered|smuggled|brokered)\s"
    r"|(?![A-Z][.)]\s)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4}(?:(?:,\s+\d{1,2})?,\s+who\s|\s+[a-z]{3,}ed\s+(?=[a-z]))"  # (not "A. Individuals ...")
    # ("Shenzhen Jiahang Precision Technology Co., Ltd. (Shenzhen Jiahang)": a legal form after a comma)
    r"|(?:In\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s+)?[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){1,6}\s+\([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\)[\s,]"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4}\s+" + _POST_OPENING
    # a backgrounder's line "Kamran Dehghanpour: Prosecutor of the Province of Isfahan. He has ..." (see _LINE_PROFILE)
    + r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,5}:\s+[A-Z]"
)
# A line opening with a name, a colon and what the designee is: a profile (the line's start checked apart)
_LINE_PROFILE = re.compile(r":\s+(?=[A-Z])")
_TITLES_RUN = re.compile(r"(?:(?:" + PERSON_TITLE_ALTERNATION + r")\s+){1,3}")
# "In Kampala, Hodan Faarax Jimcaale (Jimcaale), also known as ..., manages ...": where the profiled one works, first
# "The decree also covers X, 33, who ...": one more of those the act names
_COVERS_OPENING = re.compile(
    r"(?:The|This)\s+(?:decree|order|decision|regulation|designation|listing)\s+(?:also|further)\s+"
    r"(?:covers|concerns|names|targets|includes|lists)\s+(?=[A-Z])"
)
# "Omani national Salim bin Khalfan al-Hinai (al-Hinai) owns ...", "PRC national Zhou Weiming (Zhou), a sales manager"
_NATIONAL_OPENING = re.compile(rf"(?:[A-Z][a-z]+|[A-Z]{{2,4}})\s+(?:{NATIONALITY_NOUNS})\s+(?=[A-Z])")
_SHORT_AND = re.compile(r"\s+\([^()]{1,40}\)\s+and\s+(?=[A-Z])")
_PLACE_OPENING = re.compile(r"In\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s+(?=[A-Z])")
# A profile may open with where the designee is based: "Yemen-based Al-Bayan Trading Company has served as ...".
_BASED_OPENING = re.compile(r"[A-Z][\w .’'-]{0,40}?-(?:based|registered|headquartered|incorporated)\s+(?=[A-Z])")
# "Tobias Ermel, a director at consultancy Argus Risk, said ...": who is quoted, described
# ("Ileana Cruz Borge, who heads a press freedom group in exile, said ...")
_SPEAKER_PROFILE = re.compile(
    r"[^,.;]{2,60},\s+(?:a|an|the|who|which)\s[^.;]{0,160}?,\s+(?:said|says|told|added|noted|warned|wrote(?!\s+(?:the|a|an)\s)|"
    # "Nino Tsereteli, a leader of the opposition ..., welcomed the sanctions": a reaction
    r"welcomed|welcomes|critici[sz]ed|critici[sz]es|condemned|condemns|praised|praises|dismissed|dismisses|urged|urges|"
    r"called\s+(?:on|for|the)|calls\s+(?:on|for|the))\b"
)
# "The Treasury Department said Dongying Haoyuan Co., Ltd., a refinery ..., had purchased": the profile, attributed
_SAID_OPENING = re.compile(r"(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|alleged|alleges|stated)\s+(?:that\s+)?(?=[A-Z])")
_PROFILE_KINDS = ("organization", "person", "unknown", "vessel")
_PROFILE_MEASURES = ("asset_freeze", "export_control", None)
_PRONOUN_ACTS = re.compile(r"\b(?:it|they)\s+(?:(?:has|have|had|also|then|later|now)\s+)*$")
_ACTIVE_BEFORE = re.compile(r"\b(?:has|have|had|it|they|which|who|also)\s+$")
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
_COREF_NOUNS = "company|bank|firm|group|lender|operator|carrier"
_PAYER_COREF = re.compile(
    # ("In June 2014 the French lender pleaded guilty and agreed to pay", "the world's biggest crypto exchange agreed")
    r"(?:(?:In|On|By|Last|Earlier|Separately|Previously)\b[^,.;]{0,30}?(?:,\s+|\s+(?=the\s)))?(?:The|the|This|this)\s+"
    rf"(?:[A-Z][\w-]*-based\s+|[A-Z][a-z]+(?:an|ish|ese|ch|ian|i)\s+|[a-z'’-]+\s+){{0,3}}?"
    rf"(?:{_COREF_NOUNS}|insurer|exchange|trader|manufacturer|maker)\b"
)


def _payer(doc: Document, idx: int) -> Entity | None:
    """Whom "the bank" paying a penalty is: the organisation named just before, or else the first one of the article."""
    def firm(e: Entity) -> bool:
        return e.kind in ("organization", "unknown") and e.alias_of is None and not _GOVERNMENT_BODY.search(e.name)

    for j in [*range(idx - 1, max(-1, idx - 3), -1), *range(0, min(idx, 2))]:
        found = next((e for e in doc.entities(j) if firm(e)
                      and not any(a.start <= e.start - doc.sentences[j].start < a.end for a in doc.authorities(j))), None)
        if found is not None:
            return found
    return None
_COREF = re.compile(rf"^(?:The|the|This|this) (?:{_COREF_NOUNS})\b")
# "... announced parallel sanctions against the company": the company named before.
# ("Kaliska is no stranger to sanctions lists. The UK sanctioned the tanker in May": the ship named before)
# (the company named before, or the ship: "the company", "the tanker")
_COREF_OBJECTS = rf"{_COREF_NOUNS}|tanker|vessel|ship"
_COREF_AFTER = re.compile(rf"\s*(?:(?:on|against|targeting)\s+)?(?:the|this)\s+(?:{_COREF_OBJECTS}|provider)\b")
# "The US Commerce Department had added the company to its Entity List": the company named before, put on the list
_COREF_PUT_ON = re.compile(
    rf"\b(?:added|adds|placed|places|put|puts)\s+(?:the|this)\s+(?:{_COREF_OBJECTS})\s+(?:to|on)\s+"
    r"(?:its|the|their|his|her)\s+$")
_BY = re.compile(r"\bby\b")
_PUBLISHED_IN = re.compile(r"\b(?:published|printed|posted|consulted)\s+(?:in|on)\s+(?:the\s+)?$")
# (", the Kalinda Bay and the Marisol Venture, were": more names of a list, no description)
_APPOSITIVE = re.compile(r",\s+(?:a|an|the(?!\s+[A-Z])|described|who|which|whose|based|registered|said|believed)\b[^,;]{0,150},\s*")
_GOVERNMENT_OF = re.compile(r"\b(?:Government|government|Republic|Kingdom|State)\s+of\s+(?:the\s+)?$")
_OBJECT_PREPOSITION = re.compile(r"\b(?:on|against|in|to|from|of|for)\s+(?:the\s+)?$")
_PASSIVE = re.compile(
    # ("Kazeminejad and Salehi-Fard are also banned from entering")
    r"\b(?:was|were|been|be|is|are|being)\s+(?:(?:also|now|further|additionally|likewise)\s+)?"
    r"(?:(?:hit|targeted|slapped)\s+(?:with|by)\s+(?:the\s+)?"
    r"(?:(?:new|fresh|further|U\.S\.|US|EU|UK|British|American|European|Western|western)\s+)*"
    # "The Munitions Industry Department ... has been under U.N. Security Council sanctions since 2016"
    r"|(?:under|subject\s+to)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,4}"
    # "Igor Abramovich, a Russian businessman, is also subject to a travel ban"
    r"|subject\s+to\s+an?\s+)?$"
)
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$")
_MAKER_NOUNS = (
    # (but "sanctions on Russian banks": a sector of the country's economy, the country)
    r"manufacturers|makers|producers|suppliers|companies|firms|entities|individuals|officials|"
    r"businessmen|businesses|traders|nationals|citizens|operators|exporters|importers|intermediaries|brokers|"
    r"shipowners|refiners|refineries|oligarchs|lawmakers|journalists|executives|managers|presenters|propagandists|"
    r"commanders|officers|politicians|judges|prosecutors|bloggers|activists|hackers|generals|"
    # ("the cyber sanctions regime it has used against Russian criminals")
    r"criminals|cybercriminals|spies|soldiers|people|persons|men|women|"
    # ("a number of Russian public figures and journalists")
    r"figures|personalities|celebrities|academics|experts|diplomats|deputies|parliamentarians|senators|ministers"
)
_MAKERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:" + _MAKER_NOUNS + r")\b")
# A headline's demonym before capitalised words naming a kind of company or person: "Treasury Sanctions Iranian Oil
# Shipping Company", "... Sanctions Russian Oil Exporters and Logistics Firms" (the nationality, not the country)
_TITLED_MAKERS_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}(?i:" + _MAKER_NOUNS + r"|company|firm|network)\b")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:,\s+(?:and|while|but)|;)\s+$")
_BE_ONLY = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|now|further|likewise)\s+)?")
_TRAILING_THE = re.compile(r"\bthe\s*$")


def extract_sanctions(doc: Document) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    if not doc.trigger_sentences:
        return []  # before looking for an authority: without a trigger it is never used
    current: Authority | None = doc.title_authorities[-1] if doc.title_authorities else None
    if current is None:
        # a state acting in the headline ("New Zealand targets military suppliers ...") before the first body the text
        # names, which may be one it compares itself with in its last paragraph
        current = _title_actor(doc.title)
    if current is None:
        # an official page's own state, unless a body is named before its first action ("The Albanese Government has
        # today imposed ...", its partners named only at the end: the page's state acts, not the last partner named)
        site = _site_actor(doc.url)
        # (not a partner whose measures the page's state joins: "In coordination with the measures of the EU, ...")
        current = doc.first_authority(before=min(doc.trigger_sentences, default=None) if site else None,
                                      keep=lambda i, a: not _PARTNER_BEFORE.search(
                                          doc.sentences[i].text, max(0, a.start - 80), a.start)) or site
    if current is None:
        # "Order of the Ministry of Foreign Affairs of the People's Republic of China" over a decision whose body says
        # only "the Ministry of Foreign Affairs has decided": the issuer its heading names
        current = _issuer_in_heading(doc.text)
    releasing = current  # who the page is from: its notes to editors are about its own action
    headline_state = _title_actor(doc.title) if doc.title else None  # (read once, not per trigger)
    last = max(doc.trigger_sentences)
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    last_record = -_LIST_REACH - 1
    last_list: tuple[int, list[dict[str, Any]]] | None = None  # the last list attached: its cue sentence, its records
    links = False
    about = False  # in a section headed "About ..."
    bill_items = False  # the lines after a heading on a bill are its provisions
    # annexes an action may refer to ("the three entities listed in Annex 2"), however far below it
    # (a plain substring test first: the pattern, opening with an alternation of verbs, scans a page in ~0.25 ms)
    # (where the first reference to an annex ends: the sentences after it may open the annex it refers to; read once,
    # not once per annex line, which was quadratic on a page of "Annex I" lines, hostile probe 15)
    seen_annex = _first_annex_reference(doc)
    annex_referred_by = seen_annex.end() if seen_annex is not None else None
    annexes = annex_headings(doc.text) if seen_annex is not None else []
    # "Entities (OFAC):", "Individuals (OFAC):" in an annex far below the action: lists that say whose they are
    cues = [*_LIST_OF_BODY_LINE.finditer(doc.text)] if "):" in doc.text else []
    # (and the parts after them: "Identified property (vessels):")
    body_lists = [m.start() for m in cues] if any(_named_by(m.group().strip()) is not None for m in cues) else []
    if body_lists:
        annexes = sorted([*annexes, *body_lists])
    if "following" in doc.text and (instrument_cues := [m.end() for m in _INSTRUMENT_LIST_LINE.finditer(doc.text)]):
        annexes = sorted([*annexes, *instrument_cues])  # ("The TDO names the following parties:" far below the action)
    last_named: tuple[int, str] | None = None  # the last list cue that said whose it is: (its sentence, the state)
    for idx, sent in enumerate(doc.sentences):
        if idx > last and (idx - last_record >= _LONG_LIST_REACH
                           or idx - last_record >= _LIST_REACH and not _list_mark_ahead(doc.text, sent.start)
                           and not CONCERNED_IS.match(sent.text) and not _THE_LIST_NAMES.match(sent.text)
                           # ("The legal entities are A and B." under the individuals' bullets: the list goes on)
                           and not _KIND_GOES_ON.match(sent.text) and not _ITEM_OPENING.match(sent.text)
                           and not ALIGNED_HEADER.fullmatch(sent.text)) and (
                not annexes or annexes[-1] < sent.start) and not _tables_go_on(doc, idx):
            break  # past the last action and every list that may name its targets
        if idx <= last:
            auths = doc.authorities(idx)
            if auths and "with" in sent.text:
                # ("In coordination with the measures of the EU, Canada and others, the price cap will be lowered": the
                # partners whose measures the page's state joins do not act here)
                auths = [a for a in auths if not _PARTNER_MEASURES_BEFORE.search(sent.text, max(0, a.start - 80), a.start)]
            found_here: Authority | None = None
            stated: Authority | None = None  # who acts in this sentence, as an earlier trigger of it named
            actor: Authority | None = None  # who the sentence's first explicit trigger says acts (its main clause)
            heading = sent.text.strip(" :")
            code = country_code(heading) if len(heading) <= 40 and heading.isupper() else None
            if code and not (idx and _REGIME_HEADING.search(doc.sentences[idx - 1].text)):
                # "AUSTRALIA" heading a round-up's part: its state acts in what follows
                current = _state(sent.start, sent.end, code)
                continue
            if (part := _STATE_PART_HEADING.match(sent.text)) is not None and (
                    state := country_code(part.group(1))) is not None:
                # "AUSTRALIA: FINANCIAL SANCTIONS AND TRAVEL BANS ON MYANMAR FIGURES" over a round-up's part (its line
                # glued to the part's first sentence): that state acts in it, not the one of the part before
                current = _state(sent.start + part.start(1), sent.start + part.end(1), state)
            elif (len(sent.text) <= 80 and (part := _STATE_TITLE_HEADING.fullmatch(sent.text)) is not None
                  and _bare_line(doc, sent) and (state := country_code(part.group(1))) is not None):
                # "6. Australia: Myanmar aviation fuel", a client alert's part headed by its state on a line of its own
                current = _state(sent.start + part.start(1), sent.start + part.end(1), state)
            if releasing is not None and len(sent.text) <= 40 and _NOTES_HEADING.fullmatch(sent.text):
                # "Notes to editors" after a paragraph on another state's earlier action: the release's own again
                current = releasing
                continue
            if len(sent.text) <= 40 and _LINKS_HEADING.fullmatch(sent.text):
                links = True  # "Associated links": the lines after it are titles of other pages
            if links and _bare_line(doc, sent):
                continue
            if len(sent.text) <= 80 and _bare_line(doc, sent):
                # "About the targeted financial sanctions regime", "About MAS": a release's background on a regime or a
                # body, up to the next heading (its measures are the law it describes, not the release's action)
                about = _ABOUT_HEADING.fullmatch(sent.text) is not None
            if about:
                continue
            item = _ITEM_OPENING.match(sent.text) is not None
            if not item:
                # "What's in the bill" over "— Blocking sanctions on the four named companies": a bill's provisions
                bill_items = (len(sent.text) <= 60 and _bare_line(doc, sent)
                              and _PROPOSAL_HEADING.search(sent.text) is not None
                              # "the main elements under discussion include:" over the items of a proposal
                              or sent.text.rstrip().endswith(":") and _PROPOSED_ITEMS_CUE.search(sent.text) is not None)
            elif bill_items:
                continue
            for trig in doc.sanction_triggers(idx) if not _NO_ACTION_OPENING.match(sent.text) else ():
                if trig.label is None and is_hedged_sanction(sent.text, trig) or _in_quotation(doc, idx, trig):
                    continue
                if is_hedged_measure(sent.text, trig):
                    continue
                if trig.surface[:1].isupper() and _OFFICE_BEFORE.search(sent.text, max(0, trig.start - 60), trig.start):
                    continue  # "The Minister for Sanctions said": an office's title
                if _adjectival(sent.text, trig):
                    continue
                if (trig.label is None or trig.surface.lower() == "designations") and _talked_about(sent.text, trig):
                    continue
                if _gerund_subject(sent.text, trig):
                    continue
                if _law_title_only(sent.text, doc.sanction_triggers(idx)) or _DESCRIBES_PROCESS.search(sent.text):
                    continue  # ("The ERC ... makes decisions regarding additions to ... the Entity List": how it works)
                if trig.surface[:1].isupper() and _BODY_NAME_AFTER.match(sent.text, trig.end):
                    continue  # "the Counterintelligence and Export Control Section", "Sanctions Unit": a body's name
                if trig.label and _SUPPLEMENTED.search(sent.text, max(0, trig.start - 60), trig.start):
                    continue  # "These national measures supplement the asset freezes decided by the UN": measures in force
                if (trig.surface.lower().startswith("designat") and sent.text.startswith(" by ", trig.end)
                        and _BOARD_BEFORE.search(sent.text, max(0, trig.start - 30), trig.start)):
                    continue  # "nine directors, five designated by Calloway and four by Tessaline": a board seat
                if _OWN_PAST_AFTER_DEAL.search(sent.text, max(0, trig.start - 90), trig.start) and any(
                        d.start < trig.start for d in doc.deal_triggers(idx)):
                    continue  # "X agreed to buy Y for $1bn, days after it settled US allegations": the buyer's past
                if trig.label == "financial_penalty" and not doc.section_about_sanctions(sent.start):
                    continue  # "fined Meta for abusing its dominance": not a sanctions penalty (nor in a round-up's part)
                if any(a.start <= trig.start and trig.end <= a.end for a in auths):
                    continue  # "the Federal Office for Economic Affairs and Export Control (BAFA)": a body's own name
                authority, explicit = _authority_for(sent.text, trig, auths, current)
                if (not explicit and trig.label == "travel_ban" and (entered := _entry_state(sent, trig)) is not None
                        and (authority is None or authority.country != entered.country)):
                    # "a decision has been taken to close entry to the Russian Federation for ...", "the nine are
                    # inadmissible to Canada": the state whose borders close acts
                    authority, explicit = entered, True
                if (not explicit and trig.label == "asset_freeze" and (frozen := _frozen_state(sent, trig)) is not None
                        and (authority is None or authority.country != frozen.country)):
                    authority, explicit = frozen, True
                if (not explicit and (own := _STATES_MEASURES_OPENING.match(sent.text)) is not None
                        and (code := country_code(own.group(1))) is not None and code not in ("EU", "UN")
                        and (authority is None or authority.country != code)):
                    # "The UK sanctions mean that any assets the four officials hold in Britain are frozen": the
                    # measures' own state, whoever acted in the sentences before
                    authority, explicit = _state(sent.start + own.start(1), sent.start + own.end(1), code), True
                if (not explicit and headline_state is not None and headline_state.country not in ("EU", "UN")
                        and (authority is None or authority.country != headline_state.country)
                        and (sent.text.rstrip().endswith(":")
                             or _NATIONAL_BEFORE.search(sent.text, max(0, trig.start - 14), trig.start))):
                    # "The individuals subject to travel bans are:" at the end of a release headed "New Zealand imposes
                    # travel bans on ...", after paragraphs on partners' parallel actions: the headline state's list;
                    # "National export restriction on drone components", a part of a release headed "Switzerland adopts
                    # EU sanctions and restricts export of drone components": the state acting in the headline's measure
                    authority, explicit = headline_state, True
                if (not explicit and releasing is not None and releasing.country not in (None, "EU", "UN")
                        and (authority is None or authority.country != releasing.country)
                        and _THE_GOVERNMENT_ACTS.match(sent.text) and not find_countries(sent.text[: trig.start])):
                    # "In March 2025, the Government imposed cyber sanctions on X" on the Australian government's page,
                    # after a sentence on the UK and US: "the Government" is the page's own
                    authority = releasing
                if (not explicit and "specif" in trig.surface.lower() and releasing is not None and releasing.country == "GB"
                        and (authority is None or authority.country != "GB")):
                    # "Five oil tankers have also been specified today" on a UK page, after a sentence on a US action of
                    # 2023: ships are "specified" under the UK's regimes, by the page's own government
                    authority = releasing
                if not explicit and stated is not None:
                    # "Australia imposed financial sanctions and travel bans", "Canada announced sanctions
                    # under the Special Economic Measures Regulations": one actor for both measures.
                    authority, explicit = stated, True
                elif explicit and authority is not None:
                    stated = authority
                    if not _REFERRED_TO.search(sent.text, max(0, authority.start - 80), authority.start):
                        # ("Switzerland thus continues its policy of aligning with the EU's sanctions": the EU
                        # acts in no sentence after this one)
                        actor = actor or authority
                usual = default_measure(authority.name if authority else None)
                measure = trig.label or usual
                if trig.surface.lower().startswith("designat") and usual == "export_control":
                    measure = usual  # BIS "designates" onto its own lists: an export control

                # "worked with the United Kingdom and the United States, which today also announced sanctions
                # against A and B": those states act, each its own record.
                made = [_record(doc, idx, trig, state, trig.label, _targets(doc, idx, trig, state), True)
                        for state in _joint_states(sent.text, trig)]
                if not made:
                    made = [_record(doc, idx, trig, authority, measure, _targets(doc, idx, trig, authority), explicit)]
                if "(IMO" in sent.text or "-flagged " in sent.text:
                    _add_imo_vessels(doc, idx, trig, made)
                if " of th" in sent.text:
                    _some_of_the_group(doc, idx, trig, made, records)
                records.extend(made)
                by_sentence.setdefault(idx, []).extend(made)
                last_record = idx
                if (explicit and authority is not None and not auths
                        and not _REFERRED_TO.search(sent.text, max(0, authority.start - 80), authority.start)):
                    # "The UK has sanctioned ...": the UK acts in what follows (not the state of "..., a week after New
                    # Zealand imposed sanctions on X", an act answered)
                    found_here = authority
            if auths:
                # "Norway adopted the EU's sanctions": the state that acted, not the last body named; "Switzerland is
                # thereby aligning itself with a decision taken by the European Union": a body referred to, not acting
                named = [a for a in auths if not a.body  # a state's ministry acts in what follows only if it acted here
                         # "Global Affairs Canada assistant deputy minister X": where X works, not who acts
                         and not _workplace(sent.text, a)
                         # "Council Regulation (EU) No 269/2014": an act's title
                         and not _ACT_TITLE_BEFORE.search(sent.text, max(0, a.start - 30), a.start)
                         # "to fully implement the relevant United Nations Security Council resolutions": its texts,
                         # carried out by the one that acts
                         and not _RESOLUTIONS_AFTER.match(sent.text, a.end)
                         # "Norway stands together with the EU and our allies": a partner named, not the one acting
                         and not _PARTNER_BEFORE.search(sent.text, max(0, a.start - 80), a.start)
                         # "X, who according to the EU controls ...": the source of a claim
                         and not _ACCORDING_TO_BEFORE.search(sent.text, max(0, a.start - 20), a.start)
                         # "Ukraine will submit the full list to the European Union, the United Kingdom, Japan and
                         # Canada with a proposal to apply similar restrictions": those it is sent to
                         and not _SENT_TO_BEFORE.search(sent.text, max(0, a.start - 120), a.start)]
                if actor is not None:
                    current = actor
                elif named and not (current is not None and _REFERRED_TO.search(sent.text, max(0, named[-1].start - 80), named[-1].start)):
                    current = named[-1]
            elif found_here is not None:
                current = found_here
        gap = idx - last_record
        # A list may name the targets of an action up to _LIST_REACH sentences back, or further when it says it
        # names additions (`_list_reach`, asked only of a sentence that lists names: most hold none).
        # ("The vessels named by the UK are:" says whose record its list goes to, however far below it)
        named_by = _named_by(sent.text)
        if named_by is None and idx and "|" in sent.text:
            # "UK-specified tankers (selected), 20 May" over its table: the state whose list the table is
            named_by = _state_list_heading(doc.sentences[idx - 1].text)
        if named_by is not None:
            last_named = (idx, named_by)
        elif (last_named is not None and idx - last_named[0] <= _LIST_REACH * 3 and (part := _LIST_OF_BODY.fullmatch(sent.text))
              and not find_authorities(part.group(1))):
            named_by = last_named[1]  # "Identified property (vessels):" after "Individuals (OFAC):": the same annex's part
        # ("Annex 2: Entities in Russia added ...", after the fourteen entries of Annex 1: an annex an action referred to
        # ("the three entities listed in Annex 2"), however far below it)
        # ("Legal entities subject to sanctions (Annex 1 to the NSDC decision):": a heading naming its annex in brackets)
        referred_annex = (gap >= _LONG_LIST_REACH and named_by is None and records
                          and (_ANNEX_OPENING.match(sent.text) or BRACKETED_ANNEX_LINE.fullmatch(sent.text))
                          and annex_referred_by is not None and annex_referred_by <= sent.start)
        # ("The designated individuals are:" and its long numbered entries, then "The designated entities are:": the same
        # action's list going on, kind by kind, however many sentences the entries took)
        # ("Among the legal entities listed are:" with five numbered entries, then "The individuals include:": past the
        # reach of a list from the action, the same action's list)
        goes_on = (last_list is not None and gap >= _LIST_REACH and idx - last_list[0] <= _LIST_GOES_ON_REACH
                   and _KIND_GOES_ON.match(sent.text) is not None and sent.text.rstrip().endswith(":"))
        # ("The TDO names the following parties:": the list of the record whose statement named that instrument, however
        # far below it; "The defendants are A, B and C": those a court charges, no measure's targets)
        if records and sent.text.rstrip().endswith(":") and (inst := _INSTRUMENT_LISTS.match(sent.text)) is not None:
            if _attach_to_instrument(doc, idx, inst.group("inst"), records):
                continue
        if _NOT_TARGETS_LIST.match(sent.text):
            continue
        # (an annex's table of its second part, "[Entities]", below the table of its first: however far below the action)
        table_part = (gap >= _LONG_LIST_REACH and records and "|" in sent.text and sent.text.startswith("No")
                      and _annex_head_of_table(doc, idx) is not None)
        if ((gap < _LONG_LIST_REACH or named_by is not None or referred_annex or goes_on or table_part)
                and not _headed_by_measure(sent.text)
                and not _annex_of_measure(doc, idx)):
            listed = listed_entities(doc, idx)
            if listed and referred_annex:
                _attach_to_annex_references(doc, idx, listed, records)
            elif listed and goes_on and last_list is not None:
                for rec in last_list[1]:
                    _add_targets(doc, rec, listed)
                last_list = (idx, last_list[1])
            elif listed:
                reach = _list_reach(sent.text, doc.sentences[idx - 1].text if idx else "")
                table_of_annex = "|" in sent.text and idx > 0 and _annex_head_of_table(doc, idx) is not None
                if table_of_annex and gap >= reach and _attach_to_annex_references(doc, idx, listed, records):
                    pass  # a table under its annex's heading line, far below the action that refers to the annex
                elif (gap < reach or named_by is not None) and not _attach_to_annex_references(doc, idx, listed, records):
                    _attach_listed(doc, idx, listed, by_sentence, reach, named_by)
                    attached = [r for r in records if any(t["name"] in (listed[0].name, listed[0].alias_of)
                                                          for t in r["targets"])]
                    if attached:
                        last_list = (idx, attached)
    # where each authority's statements of the action begin: profiles may follow the first one, which may have been
    # a generic "imposed sanctions on three refineries" merged into a later specific record
    # and how many targets they count at most ("four individuals and three entities", then "Two further individuals")
    first: dict[str | None, int] = {}
    counts: dict[str | None, int] = {}
    for rec in records:
        first.setdefault(rec["authority_country"], rec["start"])
        counts[rec["authority_country"]] = max(counts.get(rec["authority_country"], 0), _counted(rec["unnamed_targets"]) or 0)
    _attach_annex_to_measure_lists(doc, records)
    _same_group_again(records)
    _attach_named_ships(doc, records)
    # Each action on a counted group of its own ("In Afghanistan, the Council is listing two Taliban officials ... X
    # heads ... Y is ..."): its names, before the merge joins the statements of one authority into one record
    _attach_counted_names(doc, records, own_section=True)
    _count_again(records)
    _annex_i_freezes(doc, records)
    _appendix_entries(doc, records)
    _visa_designations(doc, records)
    merged = _merge(doc, records)
    _attach_profiles(doc, merged, first, counts)
    _attach_group_measures(merged)  # after the profiles: "The individuals designated today are subject to a travel ban"
    _attach_annex_entries(doc, merged)
    _attach_uk_entries(doc, merged)
    _attach_field_entries(doc, merged)
    _attach_named_entries(doc, merged)
    _attach_vessel_entries(doc, merged)
    _identified_ships(doc, merged)
    _attach_measure_lists(doc, merged)
    # again, for a group's record still without names: "The designated individuals are also banned from travelling", whose
    # names come from an annex headed by the other measure ("Annex: Designations under ...")
    _attach_group_measures(merged)
    _attach_counted_names(doc, merged)  # last: only where no list or profile named them
    _adopted_listings(doc, merged)
    _group_named_before(merged)
    _measure_covers(doc, merged)
    _one_sentence_measures(merged)
    _which_also_listed(doc, merged)
    _ships_to_ship_measure(merged)
    _no_travelling_companies(merged)
    _no_fined_states(merged)
    _no_authority_short_names(doc, merged)
    if "Branch" in doc.text:
        # ("Straits Meridian Bank Limited, Singapore Branch | Composition penalty | S$3,150,000" in a table: the bank's
        # branch after its name, no party of its own)
        for rec in merged:
            rec["targets"] = [t for t in rec["targets"] if not (BRANCH_NAME.fullmatch(t["name"]) and f", {t['name']}" in doc.text)]
        merged = [r for r in merged if r["targets"] or r["measure"] is not None or r["unnamed_targets"]]
    merged = _no_delisted_background(doc, merged)
    for rec in merged:
        rec.pop("_past", None)
    return merged


# "OFAC today removed Pacific Star Shipping Co from the Specially Designated Nationals and Blocked Persons List": those
# taken off a list (the words between the verb and "from")
_DELISTED = re.compile(r"\b(?:removed|removes|removing|delisted|delists|de-listed|took|takes|taken)\b(?P<who>[^.;]{1,200}?)"
                       r"\b(?:from|off)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.’'()-]+\s+){0,9}?(?:[Ll]ists?|[Rr]egister|SDN)\b")


def _no_delisted_background(doc: Document, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An article on a delisting ("OFAC today removed X from the SDN List ... X was designated in 2023"): the earlier
    designation it recalls, undated or in the past, is no measure in force on X; X leaves such records (and a record
    left with no target, named or counted, goes)."""
    if not any(w in doc.text for w in ("remov", "delist", "de-list", " off ")):
        return records
    delisted: list[str] = []
    for idx, sent in enumerate(doc.sentences):
        for m in _DELISTED.finditer(sent.text):
            delisted += [e.name for e in doc.entities(idx)
                         if e.kind != "country" and sent.start + m.start("who") <= e.start < sent.start + m.end("who")]
    if not delisted:
        return records
    kept = []
    for rec in records:
        if rec["date"] is None or rec.get("_past"):
            left = [t for t in rec["targets"] if not any(same_party(t["name"], name) for name in delisted)]
            if len(left) < len(rec["targets"]) and not left and not rec["unnamed_targets"]:
                continue
            rec["targets"] = left
        kept.append(rec)
    return kept


# "The EU had frozen the assets of these individuals and entities", "Entry bans for the listed individuals are issued by
# the State Secretariat for Migration": the measure's wording, then the group it applies to, named before
_MEASURE_WORDING = {"asset_freeze": r"(?:froz|freez|assets|funds)", "travel_ban": r"(?:travel|entry|visa|enter)"}
_GROUP_AFTER_MEASURE = {
    measure: re.compile(
        rf"\b{wording}[^.;]{{0,40}}?\b(?:of|on|against|for|to)\s+(?:the|these|those|all\s+the)\s+"
        r"(?:(?:newly\s+)?(?:listed|designated|sanctioned)\s+)?(?P<group>individuals|persons|people|entities|companies)"
        r"(?:\s+and\s+(?P<more>entities|companies|individuals|persons))?\b"
        r"(?!\s+(?:who|that|which|in|from|of|with|linked|connected|involved|responsible|under)\b)",
        re.IGNORECASE)
    for measure, wording in _MEASURE_WORDING.items()
}


def _group_named_before(records: list[dict[str, Any]]) -> None:
    """A record without names whose measure applies to "these individuals and entities" (any authority's: "The EU had
    frozen the assets of these individuals and entities"): the names of those kinds of the nearest record before it."""
    for rec in records:
        pattern = _GROUP_AFTER_MEASURE.get(rec["measure"] or "")
        if rec["targets"] or rec["unnamed_targets"] or pattern is None:
            continue
        group = pattern.search(rec["evidence"])
        if group is None:
            continue
        kinds = {kind for word in (group["group"], group["more"]) if word
                 for kind in _GROUP_KINDS.get(word.lower(), ("organization", "unknown"))}
        earlier = [r for r in records if r["start"] <= rec["start"] and r is not rec
                   and any(t["kind"] in kinds for t in r["targets"])]
        if earlier:
            source = max(earlier, key=lambda r: r["start"])
            rec["targets"] = [dict(t) for t in source["targets"] if t["kind"] in kinds]


# "Switzerland is thus adopting the listings that the European Union decided on 15 December", "Norway aligns itself
# with the EU's designations"
_ADOPTS_LISTINGS = re.compile(
    r"\b(?:adopt(?:s|ed|ing)?|align(?:s|ed|ing)?\s+(?:itself\s+)?with|transpos(?:es|ed|ing))\s+(?:in\s+full\s+)?"
    r"(?:the|these|those|its|their|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}[’']s?)\s+(?:[\w-]+\s+){0,3}"
    r"(?:listings|designations|sanctions\s+listings|new\s+entries)\b"
)


def _adopted_listings(doc: Document, records: list[dict[str, Any]]) -> None:
    """One state adopting another's listings ("Switzerland is thus adopting the listings that the European Union
    decided"): the action that counted as many as the one with names, but named none, names the same."""
    if (len({r["authority_country"] for r in records}) < 2
            or not any(w in doc.text for w in ("adopt", "align", "transpos"))  # (C-speed tests before the scan)
            or not _ADOPTS_LISTINGS.search(doc.text)):
        return
    for rec in records:
        count = _counted(rec["unnamed_targets"])
        if rec["targets"] or not count:
            continue
        named = [r for r in records if r["authority_country"] != rec["authority_country"] and r["targets"]
                 and _counted(r["unnamed_targets"]) == count]
        if len({r["authority_country"] for r in named}) == 1:
            rec["targets"] = [dict(t) for t in named[0]["targets"]]
    # "Norway will align itself with the EU's most recent listings ... The listed individuals are also subject to an entry
    # ban": the adopting state's measures without names (and no count) take the names of the same measure of the state
    # whose listings it adopts
    adopters = {a.code for m in _ADOPTS_LISTINGS.finditer(doc.text)
                for a in find_countries(doc.text[max(0, m.start() - 40) : m.start()])[-1:]}
    for rec in records:
        if rec["targets"] or rec["unnamed_targets"] or rec["authority_country"] not in adopters:
            continue
        same = [r for r in records if r["authority_country"] not in (rec["authority_country"], None) and r["targets"]
                and r["measure"] == rec["measure"]]
        if len({r["authority_country"] for r in same}) == 1:
            rec["targets"] = [dict(t) for t in same[0]["targets"] if t["kind"] != "country"]


# "Besides the former head of state, the measure concerns his wife, X, his son Y and ...": more of the action's targets
_MEASURE_COVERS = re.compile(
    r"^(?:[^,;.]{0,80},\s+)?(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]he\s+new)\s+(?:measures?|freeze|asset\s+freeze|sanctions|"
    r"designations?|listings?|ban)\s+(?:also\s+)?(?:concerns?|covers?|targets?|applies\s+to|appl(?:y|ies)\s+(?:also\s+)?to|"
    r"affects?|extends?\s+to)\s"
)
# "One of them, Shenzhen Yuanhang Electronics Co, was accused of ...", "Among them is X": one of the group just counted
_ONE_OF_THEM = re.compile(r"^(?:(?:One|Two|Three|Four|Five)\s+of\s+(?:them|those|these)(?:\s+\w+)?,|Among\s+them(?:\s+(?:is|are|was|were)|:))\s")
# ", the leader of the armed group known as X": a description of the name before it
_DESCRIBING_BEFORE = re.compile(r",\s+(?:the|a|an)\s+[a-z][^,;]*$")
# where the names end: what one of them did ("X, was accused of"), a clause on one ("..., a businessman who headed ...")
_COVERS_END = re.compile(r",\s+(?:was|were|is|are|has|have|had)\b|,?\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:who|which|that|whose)\b|\s(?:who|which|whose|during|after|since|because)\b")


def _measure_covers(doc: Document, records: list[dict[str, Any]]) -> None:
    """A sentence saying whom the measure just reported also concerns ("the measure concerns his wife, X, his son
    Y and his brother-in-law Z"): its names are more targets of the record before it, within five sentences; one
    naming one of a group just counted ("One of them, X, was accused of"): of the record in the sentence before."""
    # only the sentences within reach after a record (asking for every sentence would split the whole page)
    opened = {doc.sentences.containing(r["start"]) for r in records if r["measure"] is not None}
    reach = sorted({k for j in opened if j is not None for k in range(j + 1, j + 6)})
    for idx in reach:
        if not doc.sentences.has(idx):
            break
        sent = doc.sentences[idx]
        one_of = _ONE_OF_THEM.match(sent.text)
        m = one_of or _MEASURE_COVERS.match(sent.text)
        if m is None:
            continue
        before = [r for r in records if r["start"] < sent.start and r["measure"] is not None]
        if not before:
            continue
        rec = max(before, key=lambda r: r["start"])
        near = doc.sentences.containing(rec["start"])
        count = _counted(rec["unnamed_targets"])
        if near is None or idx - near > (1 if one_of else 5) or count and len(rec["targets"]) >= count:
            continue  # (a count the names after it filled already)
        if one_of and not count:
            continue  # "One of them" refers to a counted group
        stop = _COVERS_END.search(sent.text, m.end())
        end = sent.start + (stop.start() if stop else len(sent.text))
        ents = [e for e in doc.entities(idx) if sent.start + m.end() <= e.start and e.end <= end
                and (e.kind in ("person", "organization") or e.kind == "unknown" and 2 <= len(e.name.split()) <= 4)
                and e.alias_of is None
                # "X, the leader of the armed group known as Ti Kolon, and ...": a description of the one before
                and not _DESCRIBING_BEFORE.search(sent.text, m.end(), e.start - sent.start)
                and not _SOURCE_BEFORE.search(sent.text, max(0, e.start - sent.start - 40), e.start - sent.start)]
        _add_targets(doc, rec, ents)


def _one_sentence_measures(records: list[dict[str, Any]]) -> None:
    """"The committee ... added a Malian militant commander and the armed group he is said to lead to its sanctions
    list, subjecting both to an assets freeze, a travel ban and an arms embargo", then the names: the measures one
    sentence states for one group have the names a record of that sentence was given."""
    for rec in records:
        if any(t["kind"] != "country" for t in rec["targets"]):
            continue
        named = next((r for r in records if r is not rec and r["start"] == rec["start"]
                      and r["authority_country"] == rec["authority_country"]
                      and any(t["kind"] != "country" for t in r["targets"])), None)
        if named is not None:
            rec["targets"] += [dict(t) for t in named["targets"] if t["kind"] != "country"]


def _no_travelling_companies(records: list[dict[str, Any]]) -> None:
    """A company or a ship does not travel: those a travel ban's sentence or list names with the people are subject
    to the same authority's asset freeze (they stay where the text states no freeze)."""
    for rec in records:
        if rec["measure"] != "travel_ban":
            continue
        freeze = next((r for r in records if r["measure"] == "asset_freeze"
                       and r["authority_country"] == rec["authority_country"]), None)
        if freeze is None:
            continue
        # ("Their funds ... are frozen. The natural persons concerned are also subject to the entry and transit ban",
        # then the list: the people banned from travel are among those whose funds are frozen)
        also = _ALSO_BANNED.search(rec["evidence"]) is not None and freeze["start"] < rec["start"]
        for t in rec["targets"]:
            if (also or t["kind"] in ("organization", "vessel", "aircraft")) and not any(
                    same_party(t["name"], f["name"]) for f in freeze["targets"]):
                freeze["targets"].append(dict(t))
        rec["targets"] = [t for t in rec["targets"] if t["kind"] not in ("organization", "vessel", "aircraft")]
        if not rec["targets"] and freeze["evidence"] == rec["evidence"] and _FOR_THE_PEOPLE.search(rec["evidence"]):
            # "The restrictions include the blocking of assets and, for the individuals, a ban on entering Ukraine": the
            # people among those whose assets are blocked
            rec["targets"] = [dict(t) for t in freeze["targets"] if t["kind"] == "person"]


_FOR_THE_PEOPLE = re.compile(r"\b(?:for|on)\s+the\s+(?:individuals|persons|natural\s+persons|people)\b")
_ALSO_BANNED = re.compile(r"\b(?:persons|individuals|people)\s+(?:concerned\s+|listed\s+|designated\s+)?(?:are|were|will\s+be)\s+"
                          r"also\s+(?:subject|banned|barred|prohibited)\b")


def _no_authority_short_names(doc: Document, records: list[dict[str, Any]]) -> None:
    """A short name the text defines for an authority ("the Netherlands Public Prosecution Service (Openbaar
    Ministerie, "OM")", then "Settlement with the OM") is the one acting, no target."""
    for rec in records:
        kept = []
        for t in rec["targets"]:
            name = t["name"]
            if len(name) <= 6 and name.isupper() and name.isalpha():
                quoted = re.search(rf"[\"“]{re.escape(name)}[\"”]\)", doc.text)
                if quoted is not None and any(a.end >= len(doc.text[max(0, quoted.start() - 120) : quoted.start()]) - 100
                                              for a in find_authorities(doc.text[max(0, quoted.start() - 120) : quoted.start()])):
                    continue
            kept.append(t)
        rec["targets"] = kept


def _no_fined_states(records: list[dict[str, Any]]) -> None:
    """A penalty is paid by those who broke the rules, not by the state their goods went to ("agreed to pay $2.8 million
    to settle allegations that it sent machine-tool parts to Russia"): a country beside the ones fined is no target."""
    for rec in records:
        if rec["measure"] == "financial_penalty" and any(t["kind"] != "country" for t in rec["targets"]):
            rec["targets"] = [t for t in rec["targets"] if t["kind"] != "country"]


# "FINANCIAL SANCTIONS NOTICE" over "RUSSIA": the heading names the regime, not a state acting in what follows
_STATE_PART_HEADING = re.compile(r"\s*([A-Z][A-Z.' -]{1,28}[A-Z.]):\s+[A-Z0-9£$€][A-Z0-9 ,.'’&$£€%/-]{8,}(?:\s|$)")
_STATE_TITLE_HEADING = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?([A-Z][\w.'’ -]{1,30}?):\s+\S[^.!?]*")
_REGIME_HEADING = re.compile(r"^[A-Z ]*\b(?:SANCTIONS|NOTICE|REGIME)\b[A-Z :]*$")
_ABOUT_HEADING = re.compile(r"\s*About\s+[\w“\"‘'][^.!?:;]{0,70}")
_NOTES_HEADING = re.compile(r"\s*(?:Notes?\s+(?:to|for)\s+editors|Editors['’]?\s+notes?)\s*:?\s*", re.IGNORECASE)
_RESOLUTIONS_AFTER = re.compile(r"\s+[Rr]esolutions?\b")  # ("United Nations Security Council Resolution 1373")
_REFERRED_GROUP = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|same)\s+$")


# "The U.N. Security Council committee ... added the three to its sanctions list": a count alone, referred to again
_THE_COUNT_AGAIN = re.compile(
    r"\b(?:added|designated|sanctioned|listed|targeted|blacklisted|froze\s+the\s+assets\s+of)\s+(?:all\s+)?the\s+"
    r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?=\s+(?:to|on|in|under|as|from|for)\b|[,.;])"
)


def _count_again(records: list[dict[str, Any]]) -> None:
    """"Japan froze the assets of three people ... The U.N. Security Council committee ... added the three to its
    sanctions list": a count alone, referred to again, names those the earlier action on as many named."""
    for i, rec in enumerate(records):
        if rec["targets"] or rec["unnamed_targets"] or not (again := _THE_COUNT_AGAIN.search(rec["evidence"])):
            continue
        count = number_value(again.group(1))
        earlier = next((r for r in reversed(records[:i]) if _counted(r["unnamed_targets"]) == count
                        and len([t for t in r["targets"] if t["kind"] != "country"]) == count), None)
        if earlier is not None:
            rec["targets"] = [dict(t) for t in earlier["targets"] if t["kind"] != "country"]


_THE_SAME_GROUP = re.compile(
    # ("designated the same seven targets ..., along with one additional person: X": and one more)
    # ("the same two BlackMarrow leaders": described by what they lead)
    r"\bthe\s+same\s+((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:[A-Z][\w-]+\s+)?(?:men|women|individuals|"
    r"people|persons|officials|entities|companies|targets|designees|leaders|vessels|tankers|ships|firms))\b"
)


# "listed Kurnikov and the three companies": a name, then a counted group the article named before
_AND_THE_COUNTED = re.compile(
    r"\band\s+(?:all\s+)?the\s+((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:companies|entities|firms|"
    r"individuals|people|persons|vessels|tankers|ships))\b"
)


def _others_of_kind(earlier: dict[str, Any], rec: dict[str, Any], kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    """The targets of `earlier` of the counted kinds that `rec` does not name ("Montaño, Salcido, Barajas and the four
    companies named by Washington": the other record's four companies)."""
    return [t for t in earlier["targets"] if t["kind"] in kinds
            and not any(same_party(t["name"], u["name"]) for u in rec["targets"])]


def _same_group_again(records: list[dict[str, Any]]) -> None:
    """A record whose only targets are a counted group that an earlier record counted the same and named ("OFAC
    designated five individuals and eight companies ... Mexico's Financial Intelligence Unit said it had also added the
    five individuals and eight companies to its own list"): that record's names, referred to again."""
    for i, rec in enumerate(records):
        group = rec["unnamed_targets"]
        if (same := _THE_SAME_GROUP.search(rec["evidence"])) is not None and (
                not rec["targets"] or same.start() < rec["evidence"].find(rec["targets"][0]["name"])):
            # "Ottawa on Thursday listed the same four men under its Sergei Magnitsky law": the group another
            # authority counted as many, or named as many, and named (and the names after it: more of them)
            count = _counted(same.group(1))
            people = same.group(1).endswith(("men", "individuals", "people", "persons", "officials", "leaders"))
            earlier = next((r for r in reversed(records[:i]) if r["targets"]
                            and count in (_counted(r["unnamed_targets"]) if r["unnamed_targets"] else 0, len(r["targets"]))
                            and r["authority_country"] != rec["authority_country"]
                            # ("the same two leaders": people, not the group they lead)
                            and not (people and any(t["kind"] not in ("person", "unknown") for t in r["targets"]))), None)
            if earlier is not None:
                own = rec["targets"]
                rec["targets"] = [dict(t) for t in earlier["targets"]]
                rec["targets"] += [t for t in own if not any(same_party(t["name"], u["name"]) for u in rec["targets"])]
                continue
        if rec["targets"] and (rest := _AND_THE_COUNTED.search(rec["evidence"])) is not None:
            # "The European Union listed Kurnikov and the three companies on Feb. 24", after the names of the three in
            # another authority's record: those names, referred to again
            count = _counted(rest.group(1))
            counted_kinds: tuple[str, ...] = _GROUP_KINDS.get(rest.group(1).split()[-1].lower(), ("organization",))
            earlier = next((r for r in reversed(records[:i]) if r["authority_country"] != rec["authority_country"]
                            and all(any(same_party(t["name"], u["name"]) for u in r["targets"]) for t in rec["targets"])
                            and (len(r["targets"]) - len(rec["targets"]) == count
                                 or len(_others_of_kind(r, rec, counted_kinds)) == count)), None)
            if earlier is not None:
                if len(earlier["targets"]) - len(rec["targets"]) == count:
                    rec["targets"] = [dict(t) for t in earlier["targets"] if t["kind"] != "country"]
                else:
                    rec["targets"] += [dict(t) for t in _others_of_kind(earlier, rec, counted_kinds)]
                continue
        if rec["targets"] or not group:
            continue
        at = rec["evidence"].find(group)
        if at < 0 or not _REFERRED_GROUP.search(rec["evidence"], max(0, at - 10), at):
            continue  # not a group referred to ("sanctioned the five individuals")
        earlier = next((r for r in records[:i] if r["unnamed_targets"] == group and r["targets"]), None)
        if earlier is not None:
            rec["targets"] = [dict(t) for t in earlier["targets"]]
            continue
        # the first part of an earlier count ("three individuals" of "three individuals and one organisation"): its
        # names of that kind, when it named as many
        kinds = _GROUP_KINDS.get(group.split()[-1].lower())
        if kinds is None:
            continue
        for r in records[:i]:
            if r["unnamed_targets"] and r["unnamed_targets"].startswith(group + " and "):
                named = [t for t in r["targets"] if t["kind"] in kinds]
                if len(named) == _counted(group):
                    rec["targets"] = [dict(t) for t in named]
                    break


def _visa_designations(doc: Document, records: list[dict[str, Any]]) -> None:
    """Designations under Section 7031(c) make officials and their families ineligible for entry into the United
    States; they block no property: the State Department's designation is a travel ban (before the merge, so that
    OFAC's designations in the same release stay an asset freeze of their own)."""
    if "7031(c)" not in doc.text:
        return
    for rec in records:
        if rec["measure"] == "asset_freeze" and rec["authority_country"] == "US" and "State" in (rec["authority"] or ""):
            rec["measure"] = "travel_ban"


# "Vessels (port access and services ban):": a list's heading naming what its names are subject to (not a count)
# (not "(Annex 1 to the NSDC decision):", the annex the heading's list is)
# (nor "(Schedule 7):", "(Schedule 1, Part 1):": where the list stands in the regulations)
_BRACKETED_MEASURE = re.compile(r"\((?!\d+\))(?!(?:Annex|Attachment|Appendix|Schedule|Part|Article)\b)[^()]+\)\s*:\s*$")


# "the Panama-flagged Sea Orchid", "the Comoros-flagged crude tanker Aurelia Star": a ship named after its flag
_FLAGGED_BEFORE = re.compile(r"-flagged\s+(?:(?:crude|oil|product|products|chemical|LPG|LNG|gas)\s+)?(?:(?:tanker|vessel|ship|carrier|bulker)\s+)?$")
_IMO_AFTER = re.compile(r"\s*\(IMO(?:\s+(?:number|no\.?))?\s*:?\s*\d{7}\)")


def _add_imo_vessels(doc: Document, idx: int, trig: Trigger, records: list[dict[str, Any]]) -> None:
    """"identifying as blocked property the following vessels: the Panama-flagged tanker SEA LANTERN (IMO 9236418);
    the Comoros-flagged KESTREL (IMO 9257702); ...": a name with its IMO number or its flag after the trigger is a
    vessel the action names, however the sentence strings them together ("sanctioned two tankers it said carried
    Iranian crude, the Panama-flagged Sea Orchid and the Comoros-flagged Aurelia Star")."""
    sent = doc.sentences[idx]
    for ent in doc.entities(idx):
        if ent.kind == "country" or ent.start - sent.start <= trig.end:
            continue
        if _IMO_AFTER.match(doc.text, ent.end) or _FLAGGED_BEFORE.search(doc.text, max(sent.start, ent.start - 40), ent.start):
            for rec in records:
                _add_vessel(doc, rec, ent)


def _add_vessel(doc: Document, rec: dict[str, Any], ent: Entity) -> None:
    """`ent`, a ship, as one more target of `rec` (unless it is one already)."""
    if not any(same_party(doc.canonical(ent), t["name"]) for t in rec["targets"]):
        rec["targets"].append({**_target_dict(doc, ent), "kind": "vessel"})


# A vessel's entry line: "BRIGHT CORAL, IMO number: 9312846", "Sea Lantern (IMO 9236418)", "KESTREL – IMO No. 9257702"
# (the name, its number, and nothing else on the line)
# A UN list's vessel entry, one field a line: "Name: CHOL YANG 8" over "IMO: 8703062"
_VESSEL_FIELDS = re.compile(
    r"^[^\S\n]*(?:\d{1,3}[.)][^\S\n]*)?Name:[^\S\n]*(?P<name>[A-Z0-9][^\n]{1,60}?)[^\S\n]*\n[^\S\n]*IMO(?:[^\S\n]+(?:number|No\.?))?[^\S\n]*:"
    r"[^\S\n]*\d{7}[^\S\n]*$",
    re.MULTILINE,
)
_VESSEL_ENTRY = re.compile(
    r"^[^\S\n]*(?:[-•*][^\S\n]+)?(?P<name>[A-Z0-9][^\n,()]{1,60}?)(?:,[^\S\n]*|[^\S\n]+\(|[^\S\n]+[-–—][^\S\n]+)"
    # ("ARGO SPIRIT, IMO 9256054, crude oil tanker, flag: Gabon": the ship's type and flag after its number)
    r"IMO(?:[^\S\n]+(?:number|No\.?))?[^\S\n]*:?[^\S\n]*\d{7}\)?(?:[^\S\n]*,[^\n]{0,80})?[^\S\n]*$",
    re.MULTILINE,
)
_SHIPS_WORD = re.compile(r"\b(?:ships|vessels|tankers)\b", re.IGNORECASE)


def _attach_vessel_entries(doc: Document, records: list[dict[str, Any]]) -> None:
    """Entry lines of ships ("BRIGHT CORAL, IMO number: 9312846") after an action: ships that action names (the
    record stated last before the line)."""
    if "IMO" not in doc.text or not records:
        return
    entries = [*_VESSEL_ENTRY.finditer(doc.text), *_VESSEL_FIELDS.finditer(doc.text)]
    for m in sorted(entries, key=lambda m: m.start()):
        before = [rec for rec in records if rec["start"] < m.start()]
        if not before:
            continue
        idx = doc.sentences.containing(m.start("name"))
        if idx is None:
            continue
        cue = _cue_line_before(doc.text, m.start())
        if _BRACKETED_HEADING.fullmatch(cue):
            continue  # "Vessels (port access ban):": a list of its own measure (`_attach_measure_lists`)
        found = any(e.start == m.start("name") and e.kind != "country" for e in doc.entities(idx))
        # the whole name of the line: "HUA RONG 6", whose number the name finder leaves out; "Peony", "Aldebaran I",
        # which it does not take for names at all (the line's IMO number says what they are)
        name, start = m.group("name").rstrip(), m.start("name")
        if not found and sum(w[:1].islower() for w in name.split()) >= 2:
            continue  # "The ships are the tankers Volga Star (IMO ...), B (IMO ...) and C": a sentence, not an entry line
        if not found and (numbered := _ENTRY_NUMBER.match(name)):
            name, start = name[numbered.end() :], start + numbered.end()  # "1. NORD HARMONY": the entry's number
        ent = Entity(start, start + len(name), name, "vessel", None)
        code = _named_by(cue)
        # "The vessels named by the UK are:" over the lines: that state's record, whichever was stated last
        own = [rec for rec in before if rec["authority_country"] == code] if code else []
        if not own and _SHIPS_WORD.search(cue):
            # "Specified ships" over the lines, after the penalty paragraph: the action on ships, not the last one
            own = [rec for rec in before if _SHIPS_WORD.search(rec["evidence"])]
        _add_vessel(doc, max(own or before, key=lambda rec: rec["start"]), ent)


_BRACKETED_HEADING = re.compile(r"[A-Z][^()\n]{2,60}\([^()\n]{3,60}\)\s*:")
_ENTRY_NUMBER = re.compile(r"\(?\d{1,3}[.)]\s+")


def _cue_line_before(text: str, at: int) -> str:
    """The last line before `at` that is neither blank nor a ship's entry line (the cue over a list of ships)."""
    end = at
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end].strip()
        if line and not _VESSEL_ENTRY.fullmatch(text[start : end].rstrip("\n")):
            return line
        end = start
    return ""


# "OFAC is also identifying four vessels as property in which blocked persons have an interest"
_SHIPS_IDENTIFIED = re.compile(
    r"\bidentif(?:y|ies|ied|ying)\s+(?:the\s+following\s+)?(?P<n>\w+)\s+(?:vessels|tankers|ships)\s+as\s+"
    r"(?:blocked\s+)?property\b")


def _identified_ships(doc: Document, records: list[dict[str, Any]]) -> None:
    """A counted group of ships identified as blocked property, named with their IMO numbers in the paragraphs that
    describe the network however far below ("is the commercial manager of the ASTRA NOVA (IMO 9253741)"): when the
    page names exactly that many ships so, they are the action's."""
    if "(IMO" not in doc.text or "identif" not in doc.text or not records:
        return
    said = _SHIPS_IDENTIFIED.search(doc.text)
    if said is None or not (count := number_value(said.group("n"))):
        return
    before = [rec for rec in records if rec["start"] <= said.start()]
    if not before:
        return
    start = doc.sentences.containing(said.start())
    ships: dict[str, Entity] = {}
    for j in range(start + 1 if start is not None else 0, len(doc.sentences)):
        if "(IMO" not in doc.sentences[j].text:
            continue
        for ent in doc.entities(j):
            if ent.kind != "country" and _IMO_AFTER.match(doc.text, ent.end):
                ships.setdefault(doc.canonical(ent), ent)
    if len(ships) == count:
        rec = max(before, key=lambda r: r["start"])
        for ent in ships.values():
            _add_vessel(doc, rec, ent)


_SHIP_NAMES_REACH = 3  # sentences after an action on a counted group of ships


def _attach_named_ships(doc: Document, records: list[dict[str, Any]]) -> None:
    """An action on a counted group of ships ("imposed sanctions on 18 oil tankers") and, in the next sentences, ships
    named with their IMO numbers ("The vessels named by the government include the Gabon-flagged Kestrel Bay (IMO
    9231470), ..."): those ships are its targets."""
    if "(IMO" not in doc.text:
        return
    for rec in records:
        if not rec["unnamed_targets"] or not _SHIP_GROUP.search(rec["unnamed_targets"]):
            continue
        start = doc.sentences.containing(rec["start"])
        if start is None:
            continue
        for j in range(start + 1, start + 1 + _SHIP_NAMES_REACH):
            if not doc.sentences.has(j):
                break
            sent = doc.sentences[j]
            if "(IMO" not in sent.text:
                continue
            for ent in doc.entities(j):
                if ent.kind != "country" and _IMO_AFTER.match(doc.text, ent.end):
                    _add_vessel(doc, rec, ent)


def _ships_to_ship_measure(records: list[dict[str, Any]]) -> None:
    """Ships listed with an action's persons ("The ships are the tankers A (IMO ...), B and C") when the same state's
    statement specified ships apart ("specified three vessels", "added 41 vessels to the list of ships denied access to
    its ports"): the ships are that measure's targets, not the asset freeze's (a state that blocks ships as property
    states no measure on ships of their own), and the freeze's persons are not the ship measure's."""
    for ships in records:
        if ships["measure"] != "other" or not _SHIPS_WORD.search(ships["evidence"]):
            continue
        for rec in records:
            if rec["measure"] != "asset_freeze" or rec["authority_country"] != ships["authority_country"]:
                continue
            moved = [t for t in rec["targets"] if t["kind"] == "vessel"]
            if len(moved) == len(rec["targets"]):
                continue
            rec["targets"] = [t for t in rec["targets"] if t["kind"] != "vessel"]
            # (one look-up a name, `PartySet`: a page may list thousands)
            frozen = PartySet()
            for t in rec["targets"]:
                frozen.add(t["name"])
            ships["targets"] = [t for t in ships["targets"] if t["kind"] == "vessel" or not frozen.has(t["name"])]
            held = PartySet()
            for t in ships["targets"]:
                held.add(t["name"])
            for t in moved:
                if not held.has(t["name"]):
                    ships["targets"].append(t)
                    held.add(t["name"])


def _headed_by_measure(text: str) -> bool:
    """A list heading that names its names' measure: its names go to a record of that measure
    (`_attach_measure_lists`), not to whatever action came last."""
    # (not "Entities (OFAC):": the body whose list it is, `_named_by`)
    return (text.endswith(":") and _BRACKETED_MEASURE.search(text) is not None and GROUP_HEADER.fullmatch(text) is not None
            and _named_by(text) is None)


def _annex_of_measure(doc: Document, idx: int) -> bool:
    """"(Annex 1) Individuals and entities subject to asset freeze": an annex heading naming its measure."""
    text = doc.sentences[idx].text
    return ("Annex" in text or "Attachment" in text) and annex_heading(doc, idx) and any(t.label for t in doc.sanction_triggers(idx))


def _attach_measure_lists(doc: Document, records: list[dict[str, Any]]) -> None:
    """A list headed by the measure its names are subject to ("Natural persons (asset freeze and travel ban):",
    "Annex IV additions (export restrictions):", "(Annex 1) Individuals and entities subject to asset freeze"),
    however far below the action (an annex at the end of a press release), names the targets of the last record
    before it with that measure."""
    if not records:
        return
    headings = [(at, False) for at in measure_headings(doc.text)] + [(at, True) for at in annex_headings(doc.text)]
    for start, annex in sorted(headings):
        doc.sentences.split_through(start)
        idx = doc.sentences.containing(start)
        if idx is None or not (_annex_of_measure(doc, idx) if annex else GROUP_HEADER.fullmatch(doc.sentences[idx].text)):
            continue
        measures = {t.label for t in doc.sanction_triggers(idx) if t.label}
        listed = listed_entities(doc, idx) if measures else []
        for measure in sorted(measures):
            before = [r for r in records if r["measure"] == measure and r["start"] < start]
            if not before:
                continue
            _add_targets(doc, before[-1], listed)


# "payments on behalf of sanctioned Russian oligarchs", "trade with sanctioned entities": the word
# describes someone sanctioned before, it reports no action ("was sanctioned by" still does).
_DETERMINER_BEFORE = re.compile(
    # ("owned by sanctioned Russian businessman X": whose, not an action)
    r"\b(?:a|an|the|of|for|with|to|from|by|involving|other|those|these|any|all|its|their|his|her|several|many)\s+$", re.IGNORECASE
)


_BOARD_BEFORE = re.compile(
    r"\b(?:directors?|board|nominees?|members?|seats?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$"
)
_WHICH_ALSO = re.compile(
    r",?\s+(?:which|who)\s+(?:(?:today|also|have|has|had|on\s+\w+day|separately|(?P<be>are|is|were|was))\s+){0,3}"
    # ("which have today also imposed sanctions on X": the verb may open the trigger)
    r"(?:(?P<verb>announced|imposed|unveiled|issued|designated|sanctioned)\s+(?:(?:their|its|own|new|parallel|similar)\s+)*)?$"
)
# (and with their formal names: "the Kingdom of Saudi Arabia, the Kingdom of Bahrain, the State of Kuwait and the United States")
_STATE_JOINER = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:(?:Kingdom|State|Sultanate|Republic|Emirate|Principality|"
                           r"Commonwealth|Federation|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?$")
# A state as the subject of a relative clause after "sanctions": "sanctions Australia imposed on X in 2024"
_STATE_ACTS_AFTER = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:already\s+|previously\s+|also\s+|earlier\s+)?"
                               r"(?:imposed|announced|adopted|introduced|applied|levied)\b")
_BY_STATES = re.compile(r"\s+by\s+(?:both\s+)?(?:the\s+)?")
# "Canada and Britain on Wednesday imposed sanctions on": states that are the subject of the trigger together
_JOINT_SUBJECT = re.compile(
    # ("the member states of the TFTC — A, B and C — today jointly designated": the list's closing dash)
    r"(?:\s+of\s+America)?(?:\s*[—–]|\s+--)?"
    r"\s+(?:(?:on\s+\w+day|today|jointly|together|also|on\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)\s+){0,3}"
    r"(?:(?:have|has|had|(?P<be>are|were))\s+)?(?:(?:also|today|jointly)\s+)?(?:(?P<verb>announced|imposed|unveiled|issued|placed|slapped)\s+(?:(?:new|joint|coordinated|parallel|similar)\s+)*)?$"
)
_PAST_VERB = re.compile(r"[a-z]+ed\b|froze\b")
_BE_IN_GAP = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:(?:also|now|further|likewise|today|then|all|newly)\s+)*$")
_PROGRESSIVE = re.compile(r"[a-z]+ing\b")
_BE_OPENING = re.compile(r"(?:is|are|was|were|been|being)\s", re.IGNORECASE)


def _acting_verb(clause: re.Match[str], trig: Trigger) -> bool:
    """Whether the states' clause has its verb: before the trigger, the trigger itself ("Canada and Britain
    sanctioned"), or after "are" ("which are also sanctioning X today")."""
    # (not "Nine other entities in China, Hong Kong and Turkey were also designated": a passive, the states are where
    # the targets are)
    return bool(clause.group("verb") or _PAST_VERB.match(trig.surface) and not clause.group("be")
                or clause.group("be") and _PROGRESSIVE.match(trig.surface))


def _joint_states(text: str, trig: Trigger) -> list[Authority]:
    """The states named right before ", which today also announced" the trigger, in order; two or more states that are
    its subject together ("Canada and Britain on Wednesday imposed sanctions"), or its agents ("sanctioned by A and B")."""
    if (by := _BY_STATES.match(text, trig.end)) is not None and trig.surface[-2:].lower() == "ed":
        # "Kolguev Marine Transport has already been sanctioned by the United States and the United Kingdom": each acts
        chain: list[CountryMention] = []
        for c in find_countries(text[by.end() : by.end() + 200]):
            joined = c.start == 0 if not chain else _STATE_JOINER.fullmatch(text, by.end() + chain[-1].end, by.end() + c.start)
            if not joined:
                break
            chain.append(c)
        if len(chain) >= 2:
            return [_state(by.end() + c.start, by.end() + c.end, c.code) for c in chain]
    countries = find_countries(text[: trig.start])
    if not countries:
        return []
    which_also = _WHICH_ALSO.fullmatch(text, countries[-1].end, trig.start)
    if which_also and not _acting_verb(which_also, trig):
        which_also = None
    if not which_also:
        subject = _JOINT_SUBJECT.fullmatch(text, countries[-1].end, trig.start)
        # the states' verb: before the trigger, or the trigger itself ("Canada and Britain sanctioned"); not "BIS's
        # Russia and Belarus export controls"
        if subject is None or not _acting_verb(subject, trig):
            return []
    chain = [countries[-1]]
    for c in reversed(countries[:-1]):
        if not _STATE_JOINER.fullmatch(text, c.end, chain[0].start):
            break
        chain.insert(0, c)
    if not which_also and len(chain) < 2:
        return []
    return [_state(c.start, c.end, c.code) for c in chain]


# "New Zealand sanctions Russian military suppliers", "Japan freezes assets of ...": a state acting in the headline.
_TITLE_ACT = re.compile(
    r"\s+(?:sanctions|sanctioned|imposes|imposed|freezes|froze|bans|banned|adds|added|designates|designated|targets|"
    r"blacklists|lists|penalises|penalizes|fines|fined|hits|slaps|punishes|"
    # ("Iran: Switzerland adopts EU sanctions and restricts export of drone components")
    r"adopts|restricts|prohibits|"
    # "China puts 5 US defence firms on unreliable entity list", "Japan places 3 banks under asset freeze"
    r"(?:puts|put|places|placed)\b(?=[^.;:]{1,80}\s(?:on|under)\s[^.;:]{0,40}(?:list|sanctions|freeze|ban)\b))\b"
)


def _title_actor(title: str) -> Authority | None:
    # (not "Iran sanctions: new designations", "Russia sanctions – latest updates": the state they are about)
    found = [c for c in find_countries(title) if (act := _TITLE_ACT.match(title, c.end))
             and not (act.group().strip() == "sanctions" and (
                 _TOPIC_AFTER.match(title, act.end()) or _CASE_TOPIC_AFTER.match(title, act.end())
                 and c.surface == country_name(c.code) and len(c.surface) > 3))]
    if not found:
        return None
    c = found[0]
    return _state(c.start, c.end, c.code)


# The state whose official site publishes the page: who acts when the text names only an office ("the Foreign
# Minister today announced sanctions" on dfat.gov.au): the page's host is one of these domains or under one.
_OFFICIAL_SITES = (
    ("gov.uk", "GB"), ("gc.ca", "CA"), ("canada.ca", "CA"), ("gov.au", "AU"), ("govt.nz", "NZ"),
    ("go.jp", "JP"), ("go.kr", "KR"), ("gov.ua", "UA"), ("gov.sg", "SG"), ("admin.ch", "CH"),
    ("regjeringen.no", "NO"), ("gov.cn", "CN"), ("europa.eu", "EU"), ("un.org", "UN"),
    ("treasury.gov", "US"), ("state.gov", "US"), ("commerce.gov", "US"), ("doc.gov", "US"), ("justice.gov", "US"),
    ("whitehouse.gov", "US"), ("gouv.fr", "FR"), ("bund.de", "DE"), ("gov.tw", "TW"), ("gov.hk", "HK"), ("gov.in", "IN"),
    ("gov.il", "IL"), ("gob.es", "ES"), ("gov.it", "IT"), ("gov.pl", "PL"), ("gob.do", "DO"),
)


# A state's ministry or government named in full by a page's opening lines
_BODY_OF_STATE = re.compile(
    r"\b(?:Ministry|Department|Office|Government|Cabinet)\s+(?:(?:of|for)\s+(?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,4})?"
    r"of\s+(?:the\s+)?([A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of))*)"
)


def _issuer_in_heading(text: str) -> Authority | None:
    head = text[:400]
    if "of" not in head and "OF" not in head:
        return None
    for m in _BODY_OF_STATE.finditer(head):
        code = country_code(m.group(1))
        if code is not None and code not in ("EU", "UN"):
            return _state(m.start(), m.end(), code)
    # "IN THE STATE COURTS OF THE REPUBLIC OF SINGAPORE" heading a judgment: the state whose courts decide
    court = _COURTS_OF_STATE.search(head)
    if court is not None and (code := country_code(court.group(1).title())) is not None and code not in ("EU", "UN"):
        return _state(court.start(1), court.end(1), code)
    return None


_COURTS_OF_STATE = re.compile(r"\b(?:STATE |SUPREME |HIGH |DISTRICT )?COURTS? OF (?:THE )?(?:REPUBLIC OF )?([A-Z][A-Z ]{2,30}?)\s*$",
                              re.MULTILINE)


def _site_actor(url: str | None) -> Authority | None:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if url else ""
    for suffix, code in _OFFICIAL_SITES:
        if host == suffix or host.endswith("." + suffix):
            return _state(0, 0, code)
    return None


# "Build sanctions and export control questions into M&A diligence checklists": the field, not a measure taken
_FIELD_NOUN_AFTER = re.compile(
    r"\s+(?:questions?|compliance|programs?|programmes?|experts?|lawyers?|teams?|risks?|screening|obligations?|matters|"
    r"issues|diligence|counsel|practice|classifications?|specialists?|advice|training|checklists?|expertise|"
    # "a member of three multilateral export control regimes, including the Wassenaar Arrangement": clubs of states
    r"regimes)\b"
)


# "the sanctions showed that Washington ...", "The United States has used sanctions for years to pressure X": sanctions
# judged or named as a tool, no action on anyone
_JUDGED_AFTER = re.compile(
    r"\s+(?:(?:showed|shows|show|proved|proves|demonstrat(?:e|es|ed)|reflect(?:s|ed)?|mean(?:s|t)?|amount(?:s|ed)?\s+to"
    # "Analysts said the designations were likely to have limited direct impact": what they may do, judged
    # "the sanctions would change little on the ground" (not "would take effect on Monday", when the action is stated)
    r"|(?:were|are|was|is)\s+(?:un)?likely\s+to|(?:would|could|might|may)\s+(?:only\s+|not\s+|also\s+)?"
    r"(?!take\b|come\b|enter\b|apply\b|be\b|also\b)[a-z]+)\b"
    # "wrote on social media that the sanctions were "a badge of honour"": a quoted verdict
    r"|(?:were|are|was|is)\s+(?:merely\s+|just\s+|simply\s+)?[\"“‘'](?=\w))"
)
_USED_BEFORE = re.compile(r"\b(?:use[sd]?|using)\s+(?:[a-z]+\s+)?$")
# "China had joined the consensus because the designations concerned specific vessels": the reason, of an action told
_REASON_THE_BEFORE = re.compile(r"\b(?:because|although|though)\s+the\s+$"
                                # ("rejected the designations as a violation of its sovereignty": a reaction)
                                r"|\b(?:rejected|condemned|critici[sz]ed|denounced|welcomed|opposed)\s+the\s+$"
                                # ("The Central Bank of Iraq said it was reviewing the designations": a reaction too)
                                r"|\b(?:reviewing|studying|examining|assessing|analy[sz]ing|looking\s+into)\s+the\s+$")


def _talked_about(text: str, trig: Trigger) -> bool:
    """A generic trigger ("sanctions") that a sentence judges or names as a tool, not an action."""
    if trig.surface.lower() not in ("sanctions", "sanction", "designations"):
        return False
    return bool(_JUDGED_AFTER.match(text, trig.end) or _USED_BEFORE.search(text, max(0, trig.start - 30), trig.start)
                or _REASON_THE_BEFORE.search(text, max(0, trig.start - 20), trig.start)
                or _OWN_PROGRAMME_BEFORE.search(text, max(0, trig.start - 40), trig.start))


# "the total number of listings under its Russia sanctions": the actor's programme on a state, named as such
_OWN_PROGRAMME_BEFORE = re.compile(r"\b(?:under|in|of|to)\s+(?:its|their|our|the\s+(?:bloc|EU|UK|US)['’]s)\s+(?:[A-Z][\w-]*\s+){1,2}$")


# "Some will argue that sanctioning individual traders is whack-a-mole", "because designating people who can afford
# the best lawyers means years of court challenges": the act as a topic (a gerund subject), no action taken
_GERUND_SUBJECT_BEFORE = re.compile(r"(?:^|\b(?:that|because|since|while|whether|but|if)\s+)$")
_GERUND_SUBJECT_AFTER = re.compile(
    r"\s+(?:[\w’'-]+,?\s+){1,9}?(?:is|was|means|meant|makes|made|would|will|can|could|has|costs|risks|requires|remains)\s"
)


def _gerund_subject(text: str, trig: Trigger) -> bool:
    word = trig.surface.lower()
    return (word.endswith("ing") and " " not in word
            and _GERUND_SUBJECT_BEFORE.search(text, max(0, trig.start - 10), trig.start) is not None
            and _GERUND_SUBJECT_AFTER.match(text, trig.end) is not None)


def _adjectival(text: str, trig: Trigger) -> bool:
    word = trig.surface.lower()
    if word.startswith("export control") and _FIELD_NOUN_AFTER.match(text, trig.end):
        return True
    if word == "sanctioned" and _PLACES_NOUN_AFTER.match(text, trig.end):
        return True  # "to block users in sanctioned regions", "customers in sanctioned jurisdictions": which places
    if (trig.label == "asset_freeze" and _WHOSE_BEFORE.search(text, max(0, trig.start - 8), trig.start)
            and not _INCLUDE_AFTER.match(text, trig.end)):
        # "a register of all the people and entities whose assets are frozen in France": which ones, not an action
        # (but "those whose assets are frozen include X": who they are)
        return True
    # "subordinate to entities designated by the United States and the United Nations": who they are
    return (word == "sanctioned"
            and _DETERMINER_BEFORE.search(text, max(0, trig.start - 20), trig.start) is not None
            and not text.startswith(" by ", trig.end)
            # "the designated buyers", "the 11 designated companies were part of a network": which ones, already named
            or word == "designated" and _THE_COUNT_BEFORE.search(text, max(0, trig.start - 24), trig.start) is not None
            and _PLURAL_NOUN_AFTER.match(text, trig.end) is not None
            # "sanctions risk now reaches well beyond designated persons": a kind of party, after a preposition
            or word in ("designated", "sanctioned") and _PREPOSITION_BEFORE.search(text, max(0, trig.start - 12), trig.start)
            is not None and _PLURAL_NOUN_AFTER.match(text, trig.end) is not None
            # "lists of persons designated under Singapore's sanctions regulations": which persons, not an action
            or word in ("designated", "sanctioned", "listed") and text.startswith((" by ", " under "), trig.end)
            and _GROUP_NOUN_BEFORE.search(text, max(0, trig.start - 20), trig.start) is not None)


_WHOSE_BEFORE = re.compile(r"\bwhose\s+$")
_PLACES_NOUN_AFTER = re.compile(r"\s+(?:regions|jurisdictions|countries|territories|areas|destinations|locations)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:beyond|with|to|for|from|among|against|involving|including)\s+$")
_THE_COUNT_BEFORE = re.compile(r"\b[Tt]he\s+(?:" + _SMALL_COUNT + r"\s+)?$")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:buyers|companies|firms|entities|individuals|persons|people|vessels|ships|tankers|banks|"
                                r"owners|operators|traders|officials|men|women)\b(?!\s+(?:are|were|include|included|is)\s+[A-Z])")
_INCLUDE_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:include|includes|included|are|were)\b")


# A word of a title-cased name of a statute or instrument, and the words that end one: "Special Economic Measures Act",
# "Autonomous Sanctions (Designated Persons and Entities - Significant Cyber Incidents) Amendment (No. 1) Instrument
# 2025". (The regulations made under a statute, "Special Economic Measures (Haiti) Regulations", name the measures of
# one programme: "measures taken under" them are the action's.)
_TITLE_WORD = re.compile(r"\s*(?:\([^()]{0,160}\)|\)|[A-Z0-9][\w.’'/-]*|of|and|the|for|on|in|to|[-–—])")
_STATUTE_WORDS = frozenset({"Act", "ACT", "Law", "LAW", "Instrument", "INSTRUMENT"})


def _in_statute_title(text: str, trig: Trigger) -> bool:
    """Whether a capitalised trigger is a word of a statute's title that goes on after it."""
    if not trig.surface[:1].isupper():
        return False
    pos = trig.end
    for _ in range(30):
        word = _TITLE_WORD.match(text, pos)
        if word is None or word.end() == pos:
            return False
        if word.group().strip().rstrip(".,;:") in _STATUTE_WORDS:
            return True
        pos = word.end()
    return False


_DESCRIBES_PROCESS = re.compile(
    r"\bmakes?\s+(?:all\s+)?decisions?\s+(?:regarding|on|about|concerning)\b"
    # "The ERC makes all decisions to add an entry to the Entity List by majority vote": how a body decides, in general
    r"|\bmakes?\s+(?:all\s+)?(?:the\s+)?decisions?\s+to\s+(?:add|remove|list|delist|designate|modify)\s+(?:an?|any)\s+"
    # a decree's closing duties: "The Cabinet of Ministers ... shall ensure the implementation and monitoring of the
    # ... restrictive measures", "shall inform the competent authorities of the European Union ... about the sanctions"
    r"|\bshall\s+(?:ensure\s+the\s+implementation|inform\s+the\s+competent)\b"
    # "SECO is responsible for implementing the sanctions and, together with the FOCBS, for monitoring ..."
    r"|\b(?:is|are)\s+responsible\s+for\s+(?:implementing|enforcing|monitoring|administering)\b"
    # "Under the law, decisions to freeze assets are taken by the president upon the proposal of a joint commission"
    r"|\bdecisions?\s+to\s+(?:freeze|impose|designate|list|ban|sanction)\b[^.;]{0,60}?\b(?:are|is)\s+(?:taken|made|adopted)\s+by\b"
    # "The sanctions regime established by the UN Security Council in resolution 2653 (2022) imposes an asset freeze,
    # travel ban and targeted arms embargo on individuals and entities designated by its Committee": what it does
    # "adopted resolution 2653 (2022), establishing a sanctions regime for Haiti that includes an asset freeze, a travel
    # ban and a targeted arms embargo": what a regime set up consists of
    r"|\bestablish(?:es|ed|ing)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}(?:sanctions?\s+)?(?:regime|framework)\b[^.;]{0,80}?"
    r"\b(?:that|which)\s+(?:includes?|imposes?|provides?\s+for|consists?\s+of)\b"
    r"|^\W*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:sanctions?\s+)?(?:regime|framework|programme|program)\s+"
    r"(?:\([^()]{1,40}\)\s+)?(?:established|created|set\s+up)\b[^.;]{0,200}?\b(?:imposes|provides\s+for|consists\s+of|includes)\b"
)
_BODY_NAME_AFTER = re.compile(
    r"\s+(?:Section|Division|Office|Bureau|Unit|Directorate|Department|Committee|Commission|Service|Administration|"
    r"Team|Task\s+Force|Coordinator|Officer|Policy)\b"
)


def _law_title_only(text: str, triggers: list[Trigger]) -> bool:
    """"enforcing the Special Economic Measures Act", "SPECIAL ECONOMIC MEASURES ACT", "the Autonomous Sanctions
    (Designated Persons ...) Amendment (No. 1) Instrument 2025": every trigger of the sentence in a statute's title:
    a law named, no action."""
    return all(_in_statute_title(text, t) for t in triggers)


_GROUP_NOUN_BEFORE = re.compile(
    r"\b(?:entities|individuals|persons|people|companies|firms|banks|vessels|parties|organi[sz]ations|networks)\s+$"
)


# A UN list entry: "QDi.452 Name: 1: ABU BAKR 2: SALIM 3: AL-HAWRANI 4: na. Title: ..." or
# "QDe.187 Name: AL-SAFA EXCHANGE COMPANY. Address: ...".
# The entry may also end with its line ("HTi.008 Name: 1: JEAN-ROBERT 2: MONDESIR 3: na 4: na").
_ANNEX_NAME = re.compile(
    r"(?m)^\s*(?:[A-Z]{2,4}[ie]\.\d+\s+)?Name:\s*(.+?)(?:\.(?=\s+[A-Z][\w ]{0,30}:|\s*$)|[ \t]*$"
    # "... 4: na Title: Major General": the next field's label ends the name
    r"|(?=\s+(?:Title|A\.k\.a\.|F\.k\.a\.|Designation|DOB|POB|Address|Listed on|Nationality|Other information)\s*:))"
)
_NAME_PART_NO = re.compile(r"\b\d:\s*")
# The paragraph before an entry says it is taken off the list (no "Name:" between: not the entry before it)
_REMOVED_ENTRY_BEFORE = re.compile(r"\b(?:removal|removed|remove|delist(?:ed|ing)?|de-list(?:ed|ing)?)\b(?:(?!Name:)[\s\S])*$",
                                   re.IGNORECASE)


def _unaccented(text: str) -> str:
    """`text` with each letter's accents dropped, one character for one (offsets stay valid)."""
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", c)[0] if not c.isascii() else c for c in text)


def _attach_annex_entries(doc: Document, records: list[dict[str, Any]]) -> None:
    """UN Security Council notes list their entries by field; each 'Name:' is a target of the UN
    measures the note states. Written in the text's own spelling when it repeats the name."""
    un = [r for r in records if r["authority_country"] == "UN"]
    if not un or "Name:" not in doc.text:
        return
    for m in _ANNEX_NAME.finditer(doc.text):
        if _REMOVED_ENTRY_BEFORE.search(doc.text, max(0, m.start() - 400), m.start()):
            continue  # "4. REMOVAL ... approved the removal of the following entry from its Sanctions List": delisted
        parts = [p.strip(" ,") for p in _NAME_PART_NO.split(m.group(1))]
        name = " ".join(p for p in parts if p and p.lower() != "na")
        if not name or len(name) > 120:
            continue
        # The narrative's spelling, accents and all ("JEAN-ROBERT MONDESIR" is "Jean-Robert Mondésir" there).
        rest = doc.text[m.end() :]
        spelled = re.search(re.escape(_unaccented(name)).replace("\\ ", r"\s+"), _unaccented(rest), re.IGNORECASE)
        if spelled and not rest[spelled.start() : spelled.end()].isupper():
            name = rest[spelled.start() : spelled.end()]
        kind = "person" if re.search(r"\b\d:", m.group(1)) else "organization"
        for rec in un:
            same = next((t for t in rec["targets"] if same_party(name, t["name"])), None)
            if same is None:
                rec["targets"].append({"name": name, "kind": kind, "country": None})
            elif len(name) > len(same["name"]):
                same.update(name=name, kind=kind)  # "Omar Farid" from the narrative: the entry is complete


# The UK's list of a release's designations, one field a line: "Name: OSMONOV, Aibek Toktosunovich" ... "UK Sanctions
# List Ref: RUS2316"
_UK_ENTRY = re.compile(
    r"(?m)^[^\S\n]*Name:[^\S\n]*(?P<name>[^\n:]{2,120}?)[^\S\n]*\n"
    r"(?P<fields>(?:[^\S\n]*[A-Z][\w ().-]{1,40}:[^\n]*\n){0,12}?)[^\S\n]*UK Sanctions List Ref(?:erence)?:"
)
_PERSON_FIELDS = re.compile(r"(?m)^[^\S\n]*(?:DOB|Date of birth|Nationality|Passport|Position|Gender)\s*:")


# An instrument's schedule item, one field a line: "Name of individual: Hossein Ali TAHERKHANI", "Name of entity: X"
_FIELD_ENTRY = re.compile(r"(?m)^[^\S\n]*Name of (?P<kind>individual|person|entity|organi[sz]ation)[^\S\n]*:[^\S\n]*"
                          r"(?P<name>[^\n;]{2,120}?)[^\S\n]*$")


def _attach_field_entries(doc: Document, records: list[dict[str, Any]]) -> None:
    """The schedule items of a listing instrument ("Item 121 / Name of individual: X / Date of birth: ...") are the
    targets of the page's one state's asset freeze, its individuals those of its travel ban too (Australia's
    instruments designate for targeted financial sanctions and declare individuals for travel bans)."""
    if "Name of " not in doc.text or len({r["authority_country"] for r in records}) != 1:
        return
    freeze = next((r for r in records if r["measure"] == "asset_freeze"), None)
    if freeze is None:
        return
    ban = next((r for r in records if r["measure"] == "travel_ban"), None)
    for m in _FIELD_ENTRY.finditer(doc.text):
        name = m.group("name").strip()
        person = m.group("kind") in ("individual", "person")
        for rec in (freeze, ban) if person else (freeze,):
            if rec is not None:
                _add_listed_name(rec, name, person)


# An annex entry whose name line is followed by a listing's fields: "Name: Abdul Qahir NURISTANI (a.k.a. ...)" over
# "Identifying information: Position: ... DOB: ..." and "Reasons for listing: ..." (not a contact's "Name:" over "Email:")
_NAMED_ENTRY = re.compile(
    r"(?m)^[^\S\n]*Name[^\S\n]*:[^\S\n]*(?P<name>[^\n:;]{2,120}?)[^\S\n]*(?:\((?:a\.k\.a\.|also known as|alias)[^\n]*)?\n"
    r"(?P<field>[^\S\n]*(?:Identifying information|Reasons? for (?:the )?listing|Statement of reasons|Date of listing|"
    r"Designation|Position|Title|DOB|Date of birth|Place of birth|Nationality|Gender|Passport(?: number| no\.?)?|"
    r"Address|Location|Headquarters|Registered (?:office|address)|Country of registration|Type of entity|"
    r"Registration (?:number|no\.?)|Place of registration|Also known as|a\.k\.a\.)[^\S\n]*:[^\n]*)"
)
_PERSON_ENTRY_FIELD = re.compile(r"\b(?:DOB|Date of birth|Place of birth|POB|Gender|Passport|Nationality)\b")
_ENTITY_ENTRY_FIELD = re.compile(r"\b(?:Type of entity|Registration (?:number|no)|Place of registration|Address|Location|"
                                 r"Headquarters|Registered (?:office|address)|Country of registration)\b")
_PART_LINE = re.compile(r"(?m)^[^\S\n]*(?:[A-Z]\.|\d{1,2}\.|\[|\()?[^\S\n]*(?P<kind>Natural persons?|Individuals?|Persons|"
                        r"Legal persons|Entities|Organi[sz]ations|Vessels)\b[^\n]{0,60}$")


def _attach_named_entries(doc: Document, records: list[dict[str, Any]]) -> None:
    """The entries of an annex in blocks ("Name: X (a.k.a. ...)" over "Identifying information: ..." and "Reasons for
    listing: ...", the EU Council's layout) are the targets of the page's one state's asset freeze, its persons (under
    "A. Natural persons", or with a date of birth) those of its travel ban too."""
    if "Name" not in doc.text or len({r["authority_country"] for r in records}) != 1:
        return
    freeze = next((r for r in records if r["measure"] == "asset_freeze"), None)
    if freeze is None:
        return
    ban = next((r for r in records if r["measure"] == "travel_ban"), None)
    parts = [(m.start(), m.group("kind").lower()) for m in _PART_LINE.finditer(doc.text)]
    for m in _NAMED_ENTRY.finditer(doc.text):
        if "UK Sanctions List Ref" in doc.text[m.end() : m.end() + 800]:
            continue  # (a UK release's entries: _attach_uk_entries)
        name = m.group("name").strip().rstrip(",.")
        part = next((kind for at, kind in reversed(parts) if at < m.start()), None)
        block = doc.text[m.end("name") : m.end("name") + 600]
        if part is not None:
            person = part.startswith(("natural", "individual", "persons"))
        else:
            person = _PERSON_ENTRY_FIELD.search(block) is not None and _ENTITY_ENTRY_FIELD.search(block) is None
        for rec in (freeze, ban) if person else (freeze,):
            if rec is not None:
                _add_listed_name(rec, name, person)


def _add_listed_name(rec: dict[str, Any], name: str, person: bool) -> None:
    """`name`, read from a list entry, as a target of `rec` unless one of its targets names that party already."""
    if not any(same_party(name, t["name"]) for t in rec["targets"]):
        rec["targets"].append({"name": name, "kind": "person" if person else "organization", "country": None})


def _attach_uk_entries(doc: Document, records: list[dict[str, Any]]) -> None:
    """Each entry of a UK release's list of designations is a target of the UK's asset freeze (its names as the
    release's text spells them where it repeats them: "YILDIRIM, Murat Kaan" is "Murat Kaan Yıldırım" there)."""
    if "UK Sanctions List Ref" not in doc.text:
        return
    uk = [r for r in records if r["authority_country"] == "GB" and r["measure"] in ("asset_freeze", None)]
    if not uk:
        return
    rec = next((r for r in uk if r["measure"] == "asset_freeze"), uk[0])
    plain = _unaccented(doc.text)
    for m in _UK_ENTRY.finditer(doc.text):
        name = m.group("name").strip()
        person = _PERSON_FIELDS.search(m.group("fields")) is not None
        if person and name.count(",") == 1:
            surname, given = (p.strip() for p in name.split(","))
            name = f"{given} {surname}"
        pattern = re.escape(_unaccented(name)).replace("\\ ", r"\s+")
        spelled = next((x for x in re.finditer(pattern, plain, re.IGNORECASE) if not doc.text[x.start() : x.end()].isupper()), None)
        if spelled is not None:
            name = doc.text[spelled.start() : spelled.end()]
        _add_listed_name(rec, name, person)


# A table written as text, as the EU's Official Journal prints its annexes: "Name | Identifying information | Reasons |
# Date of listing", then one row a line (its names are read as a list: listings.listed_entities).
_TABLE_HEADER = re.compile(r"(?m)^[ \t]*Names?\s*\|[^\n]*\|[^\n]*$")
# "(1) the following entries are added to the list under the heading 'Natural persons':", then numbered entries
_ENTRIES_ADDED = re.compile(r"(?m)^[ \t]*(?:\(\d{1,2}\)\s*)?[Tt]he\s+following\s+entr(?:y|ies)\s+(?:is|are)\s+(?:hereby\s+)?added\s+to\b")
# An EU regulation's Annex I lists whose funds are frozen (travel bans are in the Council's decisions)
_REGULATION_ANNEX = re.compile(r"\bAnnex I to (?:Council )?Regulation \((?:EU|EC)\)")


# "The following entries are added:" alone on its line, under an appendix's part ("A. Natural persons")
_FOLLOWING_ENTRIES_LINE = re.compile(r"(?m)^[ \t]*[Tt]he\s+following\s+entr(?:y|ies)\s+(?:is|are)\s+(?:hereby\s+)?added\s*:[ \t]*$")
_PERSONS_PART = re.compile(r"\b(?:[Nn]atural\s+persons?|[Ii]ndividuals?)\b")


def _appendix_entries(doc: Document, records: list[dict[str, Any]]) -> None:
    """An amending ordinance printed under its release ("Annex 7 is amended in accordance with the appendix", then "A.
    Natural persons / The following entries are added: / 232. SSID: 200-14851. Name: X."): its added entries are the
    targets of the release's first action, which counted them ("added five individuals and two entities"); the persons
    among them are its travel ban's too."""
    if "following entr" not in doc.text:
        return  # (a substring test first)
    parts = [m for m in _FOLLOWING_ENTRIES_LINE.finditer(doc.text)]
    if not parts:
        return
    first = next((r for r in records if r["start"] < parts[0].start() and r["measure"] in ("asset_freeze", None)), None)
    if first is None or not first["unnamed_targets"]:
        return
    # (names the rules found already, in the release or in a part of the appendix, stay: each is added once)
    bans = [r for r in records if r["measure"] == "travel_ban" and r["authority_country"] == first["authority_country"]
            and r["start"] < parts[0].start()]
    for part in parts:
        idx = doc.sentences.containing(part.end() - 1)
        if idx is None:
            continue
        persons = idx > 0 and _PERSONS_PART.search(doc.sentences[idx - 1].text) is not None
        for ent in listed_entities(doc, idx):
            _add_listed_name(first, doc.canonical(ent), persons or ent.kind == "person")
            for ban in bans if persons or ent.kind == "person" else ():
                _add_listed_name(ban, doc.canonical(ent), True)


def _annex_i_freezes(doc: Document, records: list[dict[str, Any]]) -> None:
    """The EU action stated last before a table of names (or "the following entries are added to the list"), with no
    measure of its own, is an asset freeze when the text amends Annex I to a regulation (the list of those whose funds
    are frozen)."""
    if "Annex I to " not in doc.text or not _REGULATION_ANNEX.search(doc.text):
        return  # (a substring test first: the pattern, opening with a word boundary, scans the page slowly)
    heads = [*_TABLE_HEADER.finditer(doc.text)] if "|" in doc.text else []
    heads += _ENTRIES_ADDED.finditer(doc.text) if "entr" in doc.text else []
    for header in heads:
        before = [r for r in records if r["start"] < header.start()]
        if before and before[-1]["measure"] is None and before[-1]["authority_country"] == "EU":
            before[-1]["measure"] = "asset_freeze"


# "under the heading 'A. Natural persons'": a list's heading, no name
_HEADING_BEFORE = re.compile(r"\bheading\s+['‘“\"]?$")


def _in_quotation(doc: Document, idx: int, trig: Trigger) -> bool:
    """A trigger inside quoted speech ("... must stop when a counterparty becomes subject to an asset
    freeze," the minister said) comments on sanctions; the action itself is stated outside quotes."""
    sent = doc.sentences[idx]
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    before = doc.text[line_start : sent.start + trig.start]
    if not _quote_open(before):
        return False
    # ('added 37 entities to the "Entity List of Strategic High-Tech Commodities Exports"': a list's name in quotes,
    # not speech)
    opened = max(before.rfind("“"), before.rfind('"'))
    return not (_NAME_IN_QUOTES_BEFORE.search(before, 0, opened) and _TITLE_WORDS.fullmatch(before, opened + 1))


_NAME_IN_QUOTES_BEFORE = re.compile(r"\b(?:the|its|their|his|her|so-called)\s+$", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|for|and|the|on|in|to)(?:\s+(?:[A-Z][\w.’'-]*|of|for|and|the|on|in|to)){0,12})?\s*")


def _quote_open(before: str) -> bool:
    """Whether a quotation opened in `before` is still open at its end."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_AND_ONE = re.compile(r"\band\s+an?\s", re.IGNORECASE)


def _counted(phrase: str | None) -> int | None:
    """How many targets 'four entities and two individuals' counts (None: 'several', 'dozens of')."""
    if not phrase:
        return None
    total = len(_AND_ONE.findall(phrase))  # "three settlers and an organization"
    for word in re.findall(r"\b(?:\d+|[a-z]+)\b", phrase.lower()):
        if word.isdigit():
            total += int(word)
        elif word in NUMBER_WORDS:
            total += NUMBER_WORDS[word]
        elif word in ("several", "dozens", "hundreds"):
            return None
    return total or None


_NOT_AMONG_THEM = re.compile(r"\b(?:was|is|were|are|has|have)\s+not\s+(?:been\s+)?(?:among\s+(?:the|those)\b|designated|"
                             r"sanctioned|listed|targeted|named)")


_CREDIT_LINE = re.compile(r"\bcontributed\s+(?:(?:additional|further)\s+)?(?:reporting|research|to\s+(?:this|the)\s+"
                          r"(?:report|story|article))\b")


_CAPS_HEADING_WORDS = re.compile(r"\b(?:SANCTIONS|REGULATIONS|NOTICE|ANNEX|REGIME|ORDER|DECISION)\b")


def _profiled_names(doc: Document, after: int) -> list[Entity]:
    """Names opening a sentence with their description ("X, based in Y, supplied ..."), after offset `after`."""
    out: list[Entity] = []
    for idx, sent in enumerate(doc.sentences):
        # A cheap look at the opening first: entities are costly and most sentences open otherwise.
        if sent.start <= after:
            continue
        based = _BASED_OPENING.match(sent.text) or _COVERS_OPENING.match(sent.text)
        national = _NATIONAL_OPENING.match(sent.text) if not based else None
        if not (based or national or _PROFILE_SHAPE.match(sent.text)) or _SPEAKER_PROFILE.match(sent.text):
            continue
        if based and doc.deal_triggers(idx) and not doc.sanction_triggers(idx):
            continue  # "Mumbai-based Kaveri agreed in September to buy Holmefield": a deal's buyer, not a profile
        if " not " in sent.text and _NOT_AMONG_THEM.search(sent.text):
            continue  # "X, a Mumbai-based firm listed as the ships' manager, was not among the entities designated"
        if "contributed" in sent.text and _CREDIT_LINE.search(sent.text):
            continue  # "Jakob Lindqvist contributed reporting.": a reporter's credit at the story's foot
        said = (_SAID_OPENING.match(sent.text) or _PLACE_OPENING.match(sent.text) or national) if not based else None
        ents = doc.entities(idx)
        opens_at = sent.start + (based.end() if based else said.end() if said else 0)
        titled = _TITLES_RUN.match(doc.text, opens_at)  # "Treasury said Maj. Gen. X, known by ...": X
        if titled:
            opens_at = titled.end()
        ents = [e for e in ents if e.start >= opens_at]
        if not ents or ents[0].start != opens_at or ents[0].kind not in _PROFILE_KINDS:
            continue
        head = ents[0]
        if sent.text.isupper() and _CAPS_HEADING_WORDS.search(sent.text):
            continue  # "FINANCIAL SANCTIONS: CYBER", "THE CYBER (SANCTIONS) (EU EXIT) REGULATIONS 2020": an annex's heading
        line_profile = (_LINE_PROFILE.match(doc.text, head.end) is not None and head.start == sent.start
                        and doc.text[sent.start - 1 : sent.start] in ("\n", ""))
        if (based or line_profile or _PROFILE_OPENING.match(doc.text, head.end)) and not any(
                same_party(doc.canonical(head), doc.canonical(o)) for o in out):
            out.append(head)
            # "A Co., Ltd. (A) and B Co., Ltd. (B) have supplied ...": both profiled
            joined = _SHORT_AND.match(doc.text, head.end)
            nxt = next((e for e in ents if joined and e.start == joined.end()), None)
            if nxt is not None and nxt.kind in _PROFILE_KINDS and not any(
                    same_party(doc.canonical(nxt), doc.canonical(o)) for o in out):
                out.append(nxt)
    return out


# "three people and five companies": how many of each kind an action counts
# A story's byline, a line of its own: "Tamar Ellison in Tbilisi and Rowan Pike", "By Anna Petrova and Li Wei"
_BYLINE_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
_BYLINE = re.compile(rf"\s*(?:By\s+)?{_BYLINE_NAME}(?:(?:,|\s+and)\s+{_BYLINE_NAME})*\s*")
# Before a name that does not fill a counted group: a place ("the siege of El Fasher"), a body ("the Sudanese Armed Forces")
_PLACE_OR_PART_BEFORE = re.compile(r"\b(?:in|at|near|from|of|across|around)\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?$")
_COUNTED_KINDS = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<=and )an?)\s+(?:other\s+|more\s+|further\s+)?"
    r"(?:[A-Za-z-]+\s+)?(?:(people|persons|individuals|men|women|nationals|businessmen|officials|settlers|commanders|"
    r"officers|leaders|financiers|executives|oligarchs)|"
    r"(companies|entities|firms|businesses|organi[sz]ations|(?<=an )organi[sz]ation|(?<=an )entity|(?<=a )company|(?<=a )firm))\b"
)
# Who is named near the designees but is none: "a lawyer for X, Y", "Deputy Assistant Secretary Z"
_NOT_DESIGNEE_BEFORE = re.compile(
    r"\b(?:lawyer|attorney|counsel|spokes(?:man|woman|person)|official|minister|secretary|ambassador|analyst|researcher|"
    r"economist|professor|Minister|Secretary|Ambassador|Spokesperson|Spokesman)\b[^.;]{0,30}$"
)
# "according to the EU's Official Journal": a source, not one more name of the group
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Ss]ources?\s+(?:at|in))\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$")
_ALIAS_BEFORE = re.compile(r"\b(?:also\s+known\s+as|a\.k\.a\.?|aka|alias|formerly)\s+[“\"]?$")
_NOT_ACCUSED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:not|never)\s+(?:been\s+)?(?:accused|aware|named|designated|sanctioned|targeted|charged)\b")
_COUNTED_NAMES_REACH = 6  # sentences after the action
# "The two organisations are X, ... and the Y", "the individuals – A, B and C – had": the kind of the names that follow
_KIND_CUE = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:(individuals|people|persons|men|women|settlers|officials)|(organi[sz]ations|entities|companies|groups|firms))"
    r"\s*(?:(?:are|were|include)\b|[–—:]|-\s)"
)
_FIELD_OR_ITEM = re.compile(r"\s*(?:[A-Z0-9][.)]\s|[-•*–]\s|\(\w{1,3}\)\s)")
_FIELD_LABEL = re.compile(r"\b[A-Z][A-Za-z]+(?: [a-z]+){0,2}: ")


def _kind_counts(phrase: str | None) -> dict[str, int] | None:
    """{"person": 3, "organization": 5} for "three people and five companies"; None when the phrase counts
    anything else too ("two vessels") or nothing."""
    if not phrase:
        return None
    counts = {"person": 0, "organization": 0}
    found = list(_COUNTED_KINDS.finditer(phrase))
    if not found or _counted(phrase) != sum(number_value(m.group(1)) or 1 for m in found):
        return None
    for m in found:
        counts["person" if m.group(2) else "organization"] += number_value(m.group(1)) or 1  # ("and an organization")
    return counts


def _attach_counted_names(doc: Document, records: list[dict[str, Any]], own_section: bool = False) -> None:
    """An action on a counted group ("imposed sanctions on three people and five companies") whose names follow in
    the next sentences ("the network was directed by X ... two companies, A and B ... His associate Y ..."): the
    names of each kind, in order, when they fill the count exactly; speakers, officials, lawyers and those said not
    to be accused are skipped. `own_section`: the records are one statement each (before the merge), and one's names
    end where the next statement begins, whoever makes it."""
    for rec in records:
        counts = _kind_counts(rec["unnamed_targets"])
        if counts is None or rec["measure"] not in (*_PROFILE_MEASURES, "travel_ban"):
            continue
        have = {"person": 0, "organization": 0}
        for t in rec["targets"]:
            have["organization" if t["kind"] == "organization" else "person"] += 1
        # ("The two organisations are A and B" read as a list: the individuals named in the sentences before are still
        # to be found, "the individuals – C, D and E –")
        one_kind = sorted(have.values())[0] == 0 and any(0 < have[k] == counts[k] for k in counts)
        if len(rec["targets"]) > 1 and not one_kind or any(have[k] > counts[k] for k in counts) or have == counts:
            continue  # (names found already: those the rules read where the action states them)
        start = doc.sentences.containing(rec["start"])
        if start is None:
            continue
        # where another state's action begins: its own names follow it
        later = min((r["start"] for r in records if r["start"] > rec["start"]
                     and (own_section or r["authority_country"] != rec["authority_country"])), default=len(doc.text))
        added: list[tuple[Entity, str]] = []  # each name taken, and the kind it was counted as
        for j in range(start + 1, start + 1 + _COUNTED_NAMES_REACH):
            if not doc.sentences.has(j) or have == counts:
                break
            sent = doc.sentences[j]
            if sent.start >= later:
                break
            if _FIELD_OR_ITEM.match(sent.text) or ": " in sent.text and _FIELD_LABEL.search(sent.text):
                break  # entries with fields or items: the list rules read them, not this one
            if sent.text[:1] in "\"“":
                continue  # a quotation
            if _BYLINE.fullmatch(sent.text) and doc.text[sent.end : sent.end + 1] in ("\n", ""):
                continue  # "Tamar Ellison in Tbilisi and Rowan Pike": who wrote the story
            cue = _KIND_CUE.search(sent.text)
            for ent in doc.entities(j):
                rel = ent.start - sent.start
                cued = ent.kind == "unknown" and cue is not None and cue.end() <= rel
                # a person, or a name of two to four words that is no company's; a company by its legal form or word;
                # a name of neither shape after "The two organisations are": of the kind the sentence says
                kind = ("organization" if ent.kind == "organization" and not _GOVERNMENT_BODY.search(ent.name)
                        else "person" if ent.kind == "person"
                        else ("person" if cue[1] else "organization") if cued and cue is not None
                        else "person" if ent.kind == "unknown" and 2 <= len(ent.name.split()) <= 4
                        else None)
                if _within_authority(doc, j, ent):
                    continue  # an authority named by its shape
                if (kind is None or ent.alias_of is not None or have[kind] >= counts[kind]
                        or any(same_party(doc.canonical(ent), t["name"]) for t in rec["targets"])
                        or any(same_party(doc.canonical(ent), doc.canonical(o)) for o, _kind in added)
                        or _speaker(sent.text, rel, ent.end - sent.start)
                        or _NOT_DESIGNEE_BEFORE.search(sent.text, max(0, rel - 40), rel)
                        or _SOURCE_BEFORE.search(sent.text, max(0, rel - 40), rel)
                        or _ALIAS_BEFORE.search(sent.text, max(0, rel - 20), rel)
                        # "during the months-long siege of El Fasher": a place; "the Sudanese Armed Forces": a body; a
                        # title in quotes ('E.O. 14098, "Imposing Sanctions on Certain Persons Destabilizing Sudan"')
                        # ("The two organisations are A and the B Fellowship": "the" before a name of the kind said)
                        or ent.kind == "unknown" and (_PLACE_OR_PART_BEFORE.search(sent.text, max(0, rel - 12), rel)
                                                      or not cued and _THE_BEFORE.search(sent.text, max(0, rel - 20), rel)
                                                      or _quote_open(sent.text[:rel]))
                        or _DESCRIBED_AS_PART_OF.search(sent.text, max(0, rel - 90), rel)
                        or _NOT_ACCUSED_AFTER.match(sent.text, ent.end - sent.start)):
                    continue
                added.append((ent, kind))
                have[kind] += 1
        if have != counts and not rec["targets"]:
            added, have = _named_just_before(doc, start, counts), dict(counts)
        if have == counts:
            for ent, kind in added:
                target = _target_dict(doc, ent)
                if target["kind"] == "unknown":  # its kind is the one it was counted as
                    target["kind"] = kind
                rec["targets"].append(target)


def _within_authority(doc: Document, idx: int, ent: Entity) -> bool:
    """Whether `ent`, of sentence `idx`, overlaps an authority the sentence names (an authority found by its shape)."""
    start = doc.sentences[idx].start
    return any(a.start < ent.end - start and ent.start - start < a.end for a in doc.authorities(idx))


# "All three companies are now subject to an asset freeze", "The two men were also barred from entering": a group the
# sentence before named
_DEFINITE_COUNTED = re.compile(
    rf"\b(?:[Aa]ll|[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)\s+(?:of\s+the\s+)?(?:{'|'.join(w for w in NUMBER_WORDS if w not in ('a', 'an', 'one'))}|\d{{1,2}})"
    r"\s+(?:[a-z-]+\s+)?(?:companies|firms|entities|individuals|people|persons|men|women)\b"
)


def _named_just_before(doc: Document, idx: int, counts: dict[str, int]) -> list[tuple[Entity, str]]:
    """The names a definite counted group of one kind ("All three companies ...", in sentence `idx`) refers back to: the
    names of that kind in one of the two sentences before it, when there are exactly as many; else none."""
    kinds = [k for k, n in counts.items() if n]
    if len(kinds) != 1 or counts[kinds[0]] < 2 or not _DEFINITE_COUNTED.search(doc.sentences[idx].text):
        return []
    kind = kinds[0]
    for j in range(idx - 1, max(-1, idx - 3), -1):
        found: list[Entity] = []
        for ent in doc.entities(j):
            if (ent.kind != kind or ent.alias_of is not None or _within_authority(doc, j, ent)
                    or _GOVERNMENT_BODY.search(ent.name)
                    or any(same_party(doc.canonical(ent), doc.canonical(o)) for o in found)):
                continue
            found.append(ent)
        if len(found) == counts[kind]:
            return [(ent, kind) for ent in found]
        if found:
            return []  # named there, but not as many: not the group
    return []


# "The individuals are subject to an asset freeze and a travel ban.": measures of the designees named elsewhere.
_GROUP_MEASURES = re.compile(
    # "the three natural persons listed are prohibited from entering"
    r"(?:^(?:[-•*]\s+)?|.*?,\s+(?:and\s+)?)(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll(?:\s+of\s+the)?)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    # ("The newly listed individuals are also subject to an entry and transit ban")
    r"(?:(?:newly|designated|listed|sanctioned|named|natural)\s+){0,2}|(?:[Dd]esignated|[Ll]isted|[Ss]anctioned|[Nn]atural)\s+)?"
    r"(?P<group>[Ii]ndividuals|[Pp]ersons|[Pp]eople|[Ee]ntities|[Cc]ompanies|[Oo]rgani[sz]ations|men|women|executives|officials|"
    # "Foreign citizens on the list are also banned from entering Ukraine"
    r"(?:[Ff]oreign\s+)?(?:citizens|nationals)|[Ff]oreigners)"
    # "Individuals listed under the regulations are also rendered inadmissible to Canada"
    r"(?:\s+(?:listed|designated|sanctioned|named|concerned|on\s+the\s+list)\b[^.;:]{0,60}?)?"
    r"\s+(?:are|were|will\s+(?:also\s+)?be|shall\s+(?:also\s+)?be|have\s+been|become)(?:\s*,\s*(?:in\s+addition|moreover|further|also),)?\s+"
    # ("Designated individuals are also excluded persons for the purposes of section 8B of the Immigration Act 1971 and
    # are therefore subject to a travel ban")
    r"(?:[^.;:]{1,140}?\band\s+(?:are|is)\s+(?:therefore\s+|thus\s+|also\s+)?(?=subject\s+to\b))?"
    r"(?:(?:also|additionally|likewise|further|generally|now|thereby)\s+)?"
    r"(?:rendered\s+|made\s+)?"
    # "all of the individuals named above are generally ineligible for entry into the United States"
    r"(?:subject\s+to|barred|banned|prohibited|refused|denied|inadmissible|ineligible)\b"
)
# A name without an organisation word or legal form ("unknown") is most often a person's.
_GROUP_KINDS = {group: ("person", "unknown") for group in ("individuals", "persons", "people", "men", "women", "executives", "officials",
                                                           "citizens", "nationals", "foreigners")}


# "Britain ... banned the three men from entering the United Kingdom": a travel ban on the people of a group named before
_THE_COUNTED_SUBJECT = re.compile(r"\s*(?:The|These|All)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:are|were|will\s+be)\s+"
                                  r"(?:also\s+|now\s+)?(?:subject\s+to|barred|banned)\b")
_GROUP_BARRED = re.compile(
    r"\b(?:banned|barred|prohibited)\s+(?:the|these|those|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?P<group>men|women|individuals|people|persons)\s+from\s+(?:entering|travel)"
)

# "- prohibition on entry into the territory of Ukraine (for individuals)": a measure of a list, for the people of the group
_FOR_GROUP = re.compile(r"\((?:for|applies\s+to|applicable\s+to|only\s+for)\s+(?:natural\s+)?(?P<group>individuals|persons|people)(?:\s+only)?\)")


def _attach_group_measures(records: list[dict[str, Any]]) -> None:
    """A record stated of "the individuals" or "the entities" has the named targets of that kind of the
    same authority's other records."""
    for rec in records:
        # at the start or after a comma ("Under the Act, the listed ..."); a travel ban's object
        group = _GROUP_MEASURES.match(rec["evidence"]) or (
            (_GROUP_BARRED.search(rec["evidence"]) or _FOR_GROUP.search(rec["evidence"])) if rec["measure"] == "travel_ban" else None)
        if group is None and not rec["targets"] and rec["measure"] == "travel_ban" and (
                counted := _THE_COUNTED_SUBJECT.match(rec["evidence"])):
            # "The three individuals are A; B; and C. The three are subject to travel bans and asset freezes.": the
            # people of the same authority's action, when there are as many
            people = [t for other in records if other is not rec and other["authority_country"] == rec["authority_country"]
                      and not other.get("_past") for t in other["targets"] if t["kind"] == "person"]
            people = [t for i, t in enumerate(people) if not any(same_party(t["name"], o["name"]) for o in people[:i])]
            if len(people) == number_value(counted.group(1)):
                rec["targets"].extend(dict(t) for t in people)
            continue
        if group is None or rec["targets"]:
            continue
        kinds = _GROUP_KINDS.get(group["group"].lower(), ("organization", "unknown"))
        for other in records:
            if other is rec or other["authority_country"] != rec["authority_country"] or other.get("_past"):
                continue  # (not those of an earlier action: "In June last year it sanctioned two ministers")
            for target in other["targets"]:
                if target["kind"] in kinds and not any(same_party(target["name"], t["name"]) for t in rec["targets"]):
                    rec["targets"].append(dict(target))


def _attach_profiles(doc: Document, records: list[dict[str, Any]], first: dict[str | None, int],
                     counts: dict[str | None, int]) -> None:
    """An action on a counted group ("designated four entities and two individuals") followed by one
    paragraph per designee ("Silverline Trading FZE, a company registered in ..."): those names are
    its targets. Only when the profiles are no more than the count, so that background companies
    described the same way do not become targets."""
    for rec in records:
        count = _counted(rec["unnamed_targets"])
        if count is None or rec["measure"] not in _PROFILE_MEASURES:
            continue
        count = max(count, counts.get(rec["authority_country"], 0))
        profiled = _profiled_names(doc, min(rec["start"], first.get(rec["authority_country"], rec["start"])))
        if not profiled or len(profiled) > count:
            continue
        for ent in profiled:
            name = doc.canonical(ent)
            same = next((t for t in rec["targets"] if same_party(name, t["name"])), None)
            if same is None:
                rec["targets"].append(_target_dict(doc, ent))
            elif len(name) > len(same["name"]):
                same.update(_target_dict(doc, ent))


# "Under the rule, BIS adds the following entities: A, of Shenzhen; B, ...", "The entities added under the
# destination of the UAE are A; B; ...": a list that says it names the additions belongs to the action stated
# before it, even after a quotation and a paragraph on when the rule takes effect.
_LISTING_ACTION = re.compile(
    r"\b(?:add(?:s|ed|ing|itions)?|designat(?:ed|es|ing)|listed|sanctioned|targeted|blacklisted|hit)\b"
    # "The companies named include A, ...; B, ...; and C"
    r"|\bnamed\s+(?:include|includes|included|are|were)\b"
    # "Among those named in the Federal Register notice:"
    r"|\bamong\s+those\s+named\b"
    # "Three journalists were also named: A, B and C"
    r"|\b(?:were|was|are|is|been)\s+(?:also\s+)?named\s*:"
    # "The foreign suppliers on the list are A, B and C": the action's list, told of before
    r"|\bon\s+the\s+(?:new\s+)?list\s+(?:are|were|include|includes|included)\s+(?=(?-i:[A-Z])|[\w-]+-(?:based|registered)\s)"
    # "The new entries read as follows:": a UN committee's additions, below its release
    r"|\bnew\s+entr(?:y|ies)\s+(?:reads?|are|is)\b",
    re.IGNORECASE,
)
_LONG_LIST_REACH = 16
# How far below the list before it a list of the next kind ("The designated entities are:") may go on with its action
_LIST_GOES_ON_REACH = 60


_ITEM_MARK = re.compile(r"\n[^\S\n]*(?:\d{1,3}[.)]|\(\d{1,3}\)|[-•*])[^\S\n]")


_ALIGNED_TABLE_AHEAD = re.compile(r"\n[^\S\n]*Names?[^\S\n]{2,}\S[^\n]*\n[^\S\n]*-{3,}")


def _list_mark_ahead(text: str, at: int) -> bool:
    """Whether a ':' or ';' (a list's cue or items hold one) or a numbered or bulleted line (a list under a heading
    without a colon) comes in the next 4,000 characters."""
    return (text.find(":", at, at + 4000) >= 0 or text.find(";", at, at + 4000) >= 0
            or _ITEM_MARK.search(text, at, at + 4000) is not None
            # (a table in aligned columns: "Name   Location" over a line of dashes)
            or text.find("---", at, at + 4000) >= 0 and _ALIGNED_TABLE_AHEAD.search(text, at, at + 4000) is not None)


def _list_reach(text: str, before: str = "") -> int:
    """How many sentences back a list in this sentence may find the action whose targets it names (`before`: the
    sentence before it: "The persons newly listed include judges ... Among them are A and B" names additions)."""
    if (_LISTING_ACTION.search(text) or GROUP_HEADER.fullmatch(text) or CONCERNED_IS.match(text) or _ANNEX_OPENING.match(text)
            # ("The new entries" over a paragraph on them and the entries: a law firm's alert on an Entity List rule)
            or NEW_ENTRIES_HEADING.fullmatch(text)
            # ("No.   Name of vessel   IMO number   Flag" over its rows, under the action's paragraph)
            or "  Name" in text and NAME_COLUMN_HEADER.fullmatch(text)
            # (a table in aligned columns under its action: each row a line, so a second table is many lines below)
            or ALIGNED_HEADER.fullmatch(text)
            # ("Entities" over "UN Ref. No. | Name | ...", below the individuals' table: a part of the same list)
            # ("B. Legal persons, entities and bodies" over the second table of an EU annex)
            or "|" in text and before.strip() and (GROUP_HEADER.fullmatch(before) or _SUBHEADING.fullmatch(before))
            # ("The sanctions list includes, in particular:" over its numbered entries, a quote after the action)
            or text.rstrip().endswith(":") and _THE_LIST_NAMES.match(text)):
        return _LONG_LIST_REACH
    # ("Among them are A and B. The list also includes C": a list going on from the one before)
    # ("Among them are A, a judge, and B. The three entities are C, D and E": the other kind the action counted)
    if _KIND_GOES_ON.match(text) and (_ITEM_OPENING.match(before) or _KIND_GOES_ON.match(before) or _COUNT_COVERS.search(before)):
        # "Among the entities on the list are:" and its items, then "The individuals include A and B.", "The tankers under
        # sanctions are C and D.": the same action's list going on, kind by kind
        return _LONG_LIST_REACH
    return (_LONG_LIST_REACH if (_AMONG_THEM.match(text) or _THE_LIST_NAMES.match(text) or _THE_COUNTED_KIND.match(text))
            and (_LISTING_ACTION.search(before) or _LIST_NAMES.search(before) or _AMONG_THEM.match(before)
                 or _THE_LIST_NAMES.match(before)) else _LIST_REACH)


# "The entries cover four companies and two individuals, together with the three ships": what the lists below hold
_COUNT_COVERS = re.compile(
    r"\b(?:cover|covers|covered|comprise|comprises|comprised|consist\s+of|consists\s+of|break\s+down\s+as|breaks\s+down\s+as)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?"
    r"(?:companies|entities|individuals|persons|people|vessels|ships|firms|organi[sz]ations)\b")
_KIND_GOES_ON = re.compile(
    # ("The legal entities are A (Sharjah), B (Dubai) and C" under the individuals' bullets)
    # ("The designated entities are:")
    # ("The two organizations are A, which ..., and B", "The two entities named in the annex are C and D", "The companies
    # included E, F and G": a count, where they are named and the past tense too)
    r"\s*The\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:(?:legal|natural|designated|listed|sanctioned)\s+)?"
    r"(?:individuals|persons|people|entities|companies|firms|organi[sz]ations|tankers|vessels|ships)\s+"
    r"(?:(?:under\s+sanctions|sanctioned|listed|designated|concerned|named)\s+"
    r"(?:in\s+the\s+(?:annex|list|decision|order|notice|regulation)\s+)?)?(?:include|includes|included|are|were)\b"
    # ("The individual is X, the director of ...": the one of that kind)
    r"|\s*The\s+(?:(?:designated|listed|sanctioned)\s+)?(?:individual|person|entity|company|firm|vessel|ship|tanker)\s+"
    r"(?:is|was)\s+(?=[A-Z])"
)


# "Annex: Individuals and entities subject to the measures": the list a release's action refers to, at its end
# ("Attached List 2: Entities (4)": Japan's attached lists)
_ANNEX_OPENING = re.compile(r"\s*\(?(?:Annex|ANNEX|Attachment|Appendix|LIST|Attached\s+List)\b")
# "The British list names seven people. Among them is X": the list of the action stated before
_LIST_NAMES = re.compile(r"\blist\s+(?:names|includes|contains|comprises|covers)\b")
_THE_COUNTED_KIND = re.compile(
    r"\s*The\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+)?"
    r"(?:entities|individuals|persons|people|companies|vessels|ships|organi[sz]ations)\s+(?:are|were|include)\b"
)
_AMONG_THEM = re.compile(r"\s*among\s+(?:them|those)\b", re.IGNORECASE)
# "The ministry said those added to its so-called stop list were ... The list includes X, Y and Z": the list just told of
_THE_LIST_NAMES = re.compile(
    # ("The bloc's list covers Ben-Ari and Hadar, the X Association and a fourth settler, Y")
    r"\s*(?:(?:The|Its|This|That)\s+(?:[\w-]+(?:['’]s)?\s+)?list\s+(?:also\s+)?(?:includes|included|names|named|contains|covers)"
    r"|Also\s+on\s+the\s+list\s+(?:is|are|was|were)"
    # ("The Australian list was headed by X", "It also includes A and B": the list just told of)
    r"|The\s+(?:[\w-]+\s+)?list\s+(?:was|is)\s+(?:headed|led|topped)\s+by|It\s+also\s+(?:includes|included|names|named))\b"
)


# "the 4 individuals and 3 entities listed in the Annex", "the 3 entities listed in Part 2 of the Annex"
# ("... of 4 individuals and 6 entities (see Annex 1)": Japan's releases; "have been added to Annex 23": SECO's)
_ANNEX_REFERENCE = re.compile(r"(?:\b(?:listed|set\s+out|named|specified|included)\s+in|\badded\s+to|\((?:see|refer\s+to))\s+(?:(?:Part|Section)\s+(\d{1,2}|[IVX]{1,4})\s+of\s+)?(?:the\s+)?(?:[Aa]nnex|[Aa]ttachment|Attached\s+List)\b"
                              r"(?:\s+(\d{1,2}|[IVX]{1,4})\b)?")
# "Annex 2: ...": an annex's number
_ANNEX_NUMBER = re.compile(r"\s*\(?(?:Annex|Attachment|Appendix|Attached\s+List)\s+(\d{1,2}|[IVX]{1,4})\b")
_PART_HEADING = re.compile(r"(?m)^[^\S\n]*Part\s+(\d{1,2}|[IVX]{1,4})\b")
# "... against four entities and three individuals involved in ... (see Annex)": the action's sentence, where it is
# not the record's evidence (the measure is stated elsewhere: "By not granting such permission, the assets ... will
# in effect be frozen")
_SEE_ANNEX = re.compile(_ANNEX_REFERENCE.pattern + r"|\((?:see|refer\s+to)\s+(?:the\s+)?(?:Annex|Attachment)\)")


def _first_annex_reference(doc: Document) -> re.Match[str] | None:
    """The first `_SEE_ANNEX` match of the page (searched once a page)."""
    return doc.per_sentence("first_annex_reference", -1,
                            lambda: _SEE_ANNEX.search(doc.text) if _may_see_annex(doc.text) else None)


def _may_see_annex(text: str) -> bool:
    """False when `_SEE_ANNEX` surely finds nothing in `text`: it names no annex or attachment."""
    return "nnex" in text or "ttachment" in text


# "Restrictive measures (sanctions) applied to each of the legal entities listed in items 1–6:", then the measures
_APPLIED_TO_LISTED = re.compile(
    r"\bapplied\s+to\s+(?:each\s+of\s+)?(?:all\s+)?the\s+(?:legal\s+entities|entities|individuals|persons|natural\s+persons)"
    r"\s+(?:listed|named|specified)\s+in\b"
)


def _attach_annex_to_measure_lists(doc: Document, records: list[dict[str, Any]]) -> None:
    """A decree's list of entities, then "Restrictive measures applied to each of the legal entities listed in items 1–6:"
    and the measures one per line ("1) blocking of assets ...", "2) restriction of trade operations"): the entities
    are the targets of each of those measures' records."""
    if "applied to" not in doc.text:
        return
    lists = [at for at in annex_headings(doc.text)]
    lists += [m.start() for m in re.finditer(r"(?m)^LIST\b", doc.text)]
    if not lists:
        return
    for m in _APPLIED_TO_LISTED.finditer(doc.text):
        heads = [at for at in lists if at < m.start()]
        if not heads:
            continue
        doc.sentences.split_through(heads[-1])
        idx = doc.sentences.containing(heads[-1])
        listed = listed_entities(doc, idx) if idx is not None else []
        if not listed:
            continue
        stop = doc.text.find("\n\n", m.end() + 400)  # the measure lines that follow, up to the paragraph after them
        stop = len(doc.text) if stop < 0 else stop
        for rec in records:
            # (the measures on the lines after it, or after its colon on the same line: "... listed in items 1–5:
            # blocking of assets ...; restriction of trade operations")
            if rec["start"] < stop and rec["end"] > m.end() and rec["measure"] is not None:
                _add_targets(doc, rec, listed)


# "The TDO names the following parties:", "The order lists the following entities:": an instrument's list, by its name
_INSTRUMENT_LISTS = re.compile(
    r"\s*The\s+(?P<inst>TDO|[Tt]emporary\s+[Dd]enial\s+[Oo]rder|[Dd]enial\s+[Oo]rder|[Oo]rder|[Rr]ule|[Nn]otice|[Dd]ecision|"
    r"[Rr]egulation|[Dd]ecree|[Oo]rdinance|[Rr]esolution|[Dd]etermination)\s+(?:also\s+)?"
    r"(?:names|lists|covers|identifies|designates|applies\s+to)\s+(?:the\s+)?following\b[^.;:]{0,60}:\s*$")
_INSTRUMENT_LIST_LINE = re.compile(r"(?m)^" + _INSTRUMENT_LISTS.pattern.replace(r"\s*$", r"[^\S\n]*$"))
_INSTRUMENT_REACH = 60
# "The defendants are A, B and C": those charged in a court case, no sanction's targets
_NOT_TARGETS_LIST = re.compile(r"\s*The\s+(?:(?:four|three|two|five|six|other)\s+)?(?:defendants|accused|suspects|plaintiffs|"
                               r"claimants|victims|witnesses)\s+(?:are|were|include|included)\b")


def _attach_to_instrument(doc: Document, idx: int, word: str, records: list[dict[str, Any]]) -> bool:
    """The list under "The TDO names the following parties:" goes to the latest record above it whose statement names
    that instrument ("issued a Temporary Denial Order (TDO) suspending ..."); False when none does or nothing is listed."""
    start = doc.sentences[idx].start
    floor = doc.sentences[max(0, idx - _INSTRUMENT_REACH)].start
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    owner = next((rec for rec in reversed(records) if floor <= rec["start"] < start and rec["measure"] is not None
                  and pattern.search(rec["evidence"])), None)
    if owner is None:
        return False
    listed = listed_entities(doc, idx)
    if not listed:
        return False
    _add_targets(doc, owner, listed)
    return True


# a part of an annex on a line of its own: "[Individuals]", "Entities:", "B. Legal persons"
_ANNEX_PART_LINE = re.compile(r"\s*[\[(]?(?:[A-Z]\.\s*|\d{1,2}\.\s*)?(?:Individuals|Entities|Persons|Natural\s+persons|"
                              r"Legal\s+persons|Organi[sz]ations|Vessels|Ships|Aircraft)(?:\s+\(\d{1,4}\))?[\])]?:?\s*")
_TABLE_REACH = 60


def _annex_head_of_table(doc: Document, idx: int) -> int | None:
    """The sentence of the annex heading ("(Attachment 1) Individuals and entities subject to ...") that a table at `idx`
    ("No. | Name | Alias | ...") lies under: just above it, or above its part headings and the tables of earlier parts."""
    if "|" not in doc.sentences[idx].text:
        return None
    j = idx - 1
    while j >= 0 and idx - j <= _TABLE_REACH:
        text = doc.sentences[j].text
        if _ANNEX_OPENING.match(text):
            return j
        if ("|" not in text and not _ANNEX_PART_LINE.fullmatch(text) and not _bracketed_country_part(text)
                and not _TABLE_REMARK.match(text)):
            return None
        j -= 1
    return None


def _tables_go_on(doc: Document, idx: int) -> bool:
    """Whether sentence `idx` goes on with an attachment's tables: a table's row, or a part's '[Kyrgyz Republic]' line,
    right after a row ("[United Arab Emirates]" and its table after the table of "[China (including Hong Kong)]")."""
    if idx < 1:
        return False
    text, before = doc.sentences[idx].text, doc.sentences[idx - 1].text
    if _TABLE_REMARK.match(text) or _ANNEX_PART_LINE.fullmatch(text):
        # ("Remarks:", "No. 4: Director-General of X (Entity No. 4)", "Entities (4)" between an attached list's tables)
        return "|" in before or bool(_TABLE_REMARK.match(before))
    if "|" in text and _ANNEX_PART_LINE.fullmatch(before):
        return True
    if "|" in text and _bracketed_country_part(before):
        # (the part's table, under its '[Kyrgyz Republic]' line)
        return idx > 1 and "|" in doc.sentences[idx - 2].text
    return "|" in before and ("|" in text or _bracketed_country_part(text))


# "Remarks:", "No. 1: Representative in Russia of ...": notes under an attached list's table, before its next part
_TABLE_REMARK = re.compile(r"\s*(?:Remarks?|Notes?)\s*:|\s*No\.\s*\d{1,3}\s*:\s")


def _bracketed_country_part(text: str) -> bool:
    """'[United Arab Emirates]', '[China (including Hong Kong)]': an attachment's part by country, over its table (the
    country read as a list's country line is: "Republic of Türkiye" a state's formal name)."""
    line = text.strip()
    return (line[:1] == "[" and line[-1:] == "]" and len(line) <= 60
            and _country_line(re.sub(r"\s*\(.*\)", "", line[1:-1])))


def _attach_to_annex_references(doc: Document, idx: int, listed: list[Entity], records: list[dict[str, Any]]) -> bool:
    """An annex's names go to the records whose sentences refer to it ("the 4 individuals and 3 entities listed in the
    Annex": all of them; "the 3 entities listed in Part 2 of the Annex": those under its "Part 2" heading). False when
    `idx` opens no annex or no record refers to one."""
    head = idx
    bracketed = BRACKETED_ANNEX_LINE.fullmatch(doc.sentences[idx].text)
    if not _ANNEX_OPENING.match(doc.sentences[idx].text) and bracketed is None:
        # ("Attached List 2: Entities (4)" on its line, then its table "No. | Name | Alias | Address"; or its parts'
        # tables under "[Individuals]" and "[Entities]")
        above = _annex_head_of_table(doc, idx)
        if above is None:
            return False
        head = above
    # ("listed in Annex 1" is not a reference to "Annex 2: Entities in Russia added ...")
    number = _ANNEX_NUMBER.match(doc.sentences[head].text) if bracketed is None else bracketed
    referring = [(rec, m) for rec in records if (m := next((
        ref for ref in _ANNEX_REFERENCE.finditer(rec["evidence"])
        if number is None or number.group(1) is None or ref.group(2) is None or ref.group(2) == number.group(1)), None))]
    start = doc.sentences[idx].start
    if not referring and number is not None and number.group(1) is not None:
        # ("(1) Asset freeze ..." as the record's evidence, then "Measures ... to the 5 individuals listed in Attached
        # List 1": the record told of just before the sentence that refers to this annex by its number)
        for numbered in _ANNEX_REFERENCE.finditer(doc.text, 0, start):
            if numbered.group(2) == number.group(1):
                before = [rec for rec in records if rec["start"] <= numbered.start()]
                if before and not any(rec is before[-1] for rec, _ in referring):
                    referring.append((before[-1], numbered))
    if not referring and len({rec["authority_country"] for rec in records}) == 1:
        # one state's action, whose sentence before the annex refers to it, its measure stated in another
        first = _first_annex_reference(doc)
        if first is not None and first.end() <= start:
            referring = [(rec, first) for rec in records if rec["measure"] is not None]
    named_measures = {t.label for t in doc.sanction_triggers(head) if t.label}
    if named_measures and referring:
        # "Attachment: Specified entities in third countries subject to the export ban (14 entities)": the records of the
        # measure the heading names, not the asset freeze the page also reports
        referring = [(rec, ref) for rec, ref in referring if rec["measure"] in named_measures] or referring
    if not referring:
        return False
    end = max(e.end for e in listed)
    parts = [(m.start(), m.group(1)) for m in _PART_HEADING.finditer(doc.text, start, end)]

    def part_of(ent: Entity) -> str | None:
        before = [name for at, name in parts if at < ent.start]
        return before[-1] if before else None

    for rec, ref in referring:
        for ent in listed:
            if ref.group(1) is not None and part_of(ent) != ref.group(1):
                continue
            if not any(same_party(doc.canonical(ent), t["name"]) for t in rec["targets"]):
                rec["targets"].append(_target_dict(doc, ent))
    return True


# "named by both governments", "sanctioned by all three countries": a list of the targets several states share
_BY_EACH = re.compile(
    r"\bby\s+(?:both|all(?:\s+(?:two|three|four|five|\d))?|each\s+of\s+the)\s+(?:\w+\s+)?"
    r"(?:governments|countries|states|authorities|jurisdictions|partners|allies)\b"
)


# "The vessels named by the UK are:", "Those listed by Canada include:": a list that says whose it is
_LIST_NAMED_BY = re.compile(
    r"\b(?:named|listed|sanctioned|designated|targeted|added)\s+by\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
    r"\s+(?:are|were|is|was|include|includes|included)\b[^.;]{0,40}:\s*$"
)
_NAMED_BY_REACH = 30


# "Entities (OFAC):", "Individuals (Department of State):": an annex's part, the body whose designations it lists in brackets
_LIST_OF_BODY = re.compile(r"\s*[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+\(([^()]{1,40})\)\s*:\s*")


_LIST_OF_BODY_LINE = re.compile(r"(?m)^[^\S\n]*[A-Z][\w-]*(?:[^\S\n]+[\w-]+){0,3}[^\S\n]+\([^()\n]{1,40}\)[^\S\n]*:[^\S\n]*$")


# "UK-specified tankers (selected), 20 May", "EU-listed vessels": a table's heading that says whose list it is
_STATE_LIST_HEADING = re.compile(r"\s*(?:The\s+)?([A-Z][\w.]{1,12})[-\s](?:specified|listed|sanctioned|designated|blacklisted)\s+"
                                 r"(?:tankers|vessels|ships|entities|individuals|persons|companies)\b")


def _state_list_heading(text: str) -> str | None:
    """The state a short heading line over a table names as the list's owner ("UK-specified tankers"), or None."""
    if len(text) > 80 or (m := _STATE_LIST_HEADING.match(text)) is None:
        return None
    return country_code(m.group(1))


def _named_by(text: str) -> str | None:
    """The state or body whose list a cue line says follows ("The vessels named by the UK are:"), or None."""
    if not text.rstrip().endswith(":"):
        return None
    if (m := _LIST_OF_BODY.fullmatch(text)) is not None:
        found = find_authorities(m.group(1))
        return found[0].country if found and found[0].start == 0 else None
    if " by " not in text or (m := _LIST_NAMED_BY.search(text)) is None:
        return None
    code = country_code(m.group(1))
    if code is None and (found := find_authorities(m.group(1))):
        code = found[0].country
    return code


def _attach_listed(
    doc: Document, idx: int, listed: list[Entity], by_sentence: dict[int, list[dict[str, Any]]], reach: int = _LIST_REACH,
    named_by: str | None = None,
) -> None:
    """A list names the targets of the action stated in its cue sentence or just before it (`named_by`: the state
    whose list the cue says it is, `_named_by`)."""
    # "Norvik Prison director Ali K.": the person, not the organisation that describes him.
    listed = [e for e, after in zip(listed, [*listed[1:], None], strict=True)
              if after is None or after.kind not in ("person", "unknown")
              or not _ROLE_BEFORE_NAME.fullmatch(doc.text, e.end, after.start)]
    if named_by is not None:
        # "The vessels named by the UK are:", then "The vessels named by Canada are:": each list is its own state's
        own = [r for k in range(idx, max(-1, idx - _NAMED_BY_REACH), -1) for r in by_sentence.get(k, ())
               if r["authority_country"] == named_by]
        if own and idx and _SHIPS_WORD.search(doc.sentences[idx - 1].text + doc.sentences[idx].text[:80]):
            # ("UK-specified tankers (selected), 20 May" over a table: the state's measure on ships, not its freeze)
            own = ([r for r in own if r["measure"] == "other" and _SHIPS_WORD.search(r["evidence"])]
                   or [r for r in own if _SHIPS_WORD.search(r["evidence"])] or own)
        if own:
            _add_targets(doc, own[0], listed)
            return
    window = [j for j in range(idx, max(-1, idx - reach), -1) if j in by_sentence]
    # ("The Commerce Department said it added the entities to its Entity List ... The list includes A, B and C": the
    # action of the list's own paragraph, not a counted one of another state before it)
    same_paragraph = bool(window) and window[0] != idx and not GROUP_HEADER.fullmatch(doc.sentences[idx].text) and (
        "\n\n" not in doc.text[doc.sentences[window[0]].start : doc.sentences[idx].start])
    if reach > _LIST_REACH and not same_paragraph:
        # A list far from its action ("Annex – persons and entities added to the list") names the targets the
        # action counted ("on an additional 10 individuals and 2 entities"), not those of a background sentence.
        # Under a heading of its own ("Newly listed natural persons") that action may lie before the paragraphs on
        # the listing's consequences, each a record of its own.
        counted = range(idx, -1, -1) if GROUP_HEADER.fullmatch(doc.sentences[idx].text) else window
        with_count = [j for j in counted if j in by_sentence and any(r["unnamed_targets"] for r in by_sentence[j])]
        # the action that counted as many as the list names ("six individuals and five entities" for 11 names), not a
        # later statement about some of them ("The six individuals are also banned from travelling")
        fits = [j for j in with_count if any(_counted(r["unnamed_targets"]) == len(listed) for r in by_sentence[j])]
        window = (fits or with_count)[:1] + window
    if not window:
        return
    j = window[0]
    if (annex := _ANNEX_NAMED.search(doc.sentences[idx].text)) is not None:
        # "Among those added to Annex 8 are:", the Swiss action's paragraph naming its "Annex 8", a sentence after
        # the EU's own listing that the Swiss one adopts: the action on that annex
        j = next((k for k in window if _annex_named_as(annex.group(1)).search(_paragraph_of(doc, k))), j)
    recs = by_sentence[j]
    if _BY_EACH.search(doc.sentences[idx].text):
        # "The six named by both governments are:": every action in reach that counted as many as the list names
        sharing = [r for k in range(idx, max(-1, idx - _LONG_LIST_REACH), -1) for r in by_sentence.get(k, ())
                   if _counted(r["unnamed_targets"]) == len(listed)]
        if len({r["authority_country"] for r in sharing}) > 1:
            recs, j = sharing, -1
    if j != idx and len(recs) > 1 and any(not r["targets"] for r in recs):
        # "Moscow banned 14 New Zealand citizens from entering Russia, a week after New Zealand imposed sanctions on
        # Velikan Bank. ... Among those named were A; B; and C": the action that named no one yet
        recs = [r for r in recs if not r["targets"]]
    for rec in recs:
        if j == idx:  # the list is more precise than the names after the trigger (but for ships named by IMO number)
            rec["targets"] = [t for t in rec["targets"] if t["kind"] in ("country", "vessel")]
        _add_targets(doc, rec, listed)


# "added to Annex 8", "Among those listed in Annex II": an annex the list cue names
_ANNEX_NAMED = re.compile(r"\bAnnex\s+([IVX]{1,5}|\d{1,2}[A-Z]?)\b(?!\s+(?:to|of)\s+(?:the\s+)?(?:Council|Regulation|Decision))")


@functools.lru_cache(maxsize=64)
def _annex_named_as(number: str) -> re.Pattern[str]:
    """The annex a list cue names ("Annex 8", "Annex II"), as a whole word."""
    return re.compile(rf"\bAnnex\s+{re.escape(number)}\b")


def _paragraph_of(doc: Document, idx: int) -> str:
    """The paragraph (between blank lines) holding sentence `idx`."""
    at = doc.sentences[idx].start
    begin = doc.text.rfind("\n\n", 0, at) + 1
    end = doc.text.find("\n\n", at)
    return doc.text[begin : len(doc.text) if end < 0 else end]


# "Daw Khin Myat Noe, a director of Royal Sky Fuel Distribution Co., Ltd., which was also listed": the company too
_WHICH_ALSO_LISTED = re.compile(r",\s+which\s+(?:was|is|has\s+been)\s+also\s+(?:listed|designated|sanctioned|added)\b")


def _which_also_listed(doc: Document, records: list[dict[str, Any]]) -> None:
    """An organisation a relative clause says was also listed is a target of the action stated last before it (its
    authority's) when that action's sentence or the one after names it."""
    if ", which " not in doc.text:
        return
    for m in _WHICH_ALSO_LISTED.finditer(doc.text):
        idx = doc.sentences.containing(m.start())
        if idx is None:
            continue
        org = next((e for e in doc.entities(idx) if e.end == m.start() and e.kind in ("organization", "unknown")), None)
        before = [r for r in records if r["start"] <= m.start() and r["targets"]]
        if org is None or not before:
            continue
        rec = max(before, key=lambda r: r["start"])
        if doc.sentences.containing(rec["start"]) in (idx, idx - 1):
            _add_targets(doc, rec, [org])


def _add_targets(doc: Document, rec: dict[str, Any], ents: list[Entity]) -> None:
    """`ents` as more targets of `rec`, but those it names already (one look-up a name, `PartySet`: a list of 3,000
    bullets read whole compared each name with every one before it, hostile probe 37 F2)."""
    named = PartySet()
    for t in rec["targets"]:
        named.add(t["name"])
    for ent in ents:
        name = doc.canonical(ent)
        if not (normalise_name(name) and named.has(name)):  # (a name of legal forms only names none: same_party)
            rec["targets"].append(_target_dict(doc, ent))
            named.add(rec["targets"][-1]["name"])


_REFUSED_ENTRY = re.compile(r"\b(?:refused|denied|barred\s+from)\s+(?:entry|entering)\s+(?:(?:into|to)\s+)?"
                            r"(?:(?:and|or)\s+transit\s+(?:through|via|across)\s+)?(?:the\s+)?")
_INTO = re.compile(r"\s*(?:(?:to|into|in|for)\s+)?(?:(?:and|or)\s+transit\s+(?:through|via|across)\s+)?(?:the\s+)?")
# "The funds ... of the 25 individuals newly listed are frozen in Switzerland": the state where they are frozen
_IN_STATE_FROZEN = re.compile(
    r"\b(?:funds|assets|resources|property|accounts|holdings)\s+in\s+(?:the\s+)?([A-Z][\w ]{2,40}?)\s+"
    r"(?:are|is|were|was|will\s+be|have\s+been|has\s+been)\s+(?:now\s+|also\s+)?$"
)
_IN_STATE_OPENING = re.compile(r"\s*In\s+((?:the\s+)?[A-Z][\w ]{2,40}?),\s")
_FROZEN_IN = re.compile(r"\b(?:are|is|were|was|will\s+be|have\s+been|has\s+been)\s+(?:now\s+|also\s+)?frozen\s+in\s+(?:the\s+)?")


def _entry_state(sent: Sentence, trig: Trigger) -> Authority | None:
    """The state a travel ban closes ("entry to the Russian Federation", "ineligible for entry into the United
    States", "inadmissible to Canada"), named right after the trigger."""
    into = _INTO.match(sent.text, trig.end)
    state = _state_named_at(sent, into.end() if into else trig.end)
    if state is None and (refused := _REFUSED_ENTRY.search(sent.text, trig.end)) is not None:
        # "an entry ban, which means that they will be refused entry into or transit through Norway"
        return _state_named_at(sent, refused.end())
    if state is not None and into is not None and "for" in into.group().split():
        # "an entry and transit ban for Switzerland." (but "a travel ban for Russian officials": whom it bans)
        after = sent.text[state.end - sent.start : state.end - sent.start + 1]
        return state if after in ("", ".", ",", ";", ")") else None
    return state


def _frozen_state(sent: Sentence, trig: Trigger) -> Authority | None:
    """The state named in "... are frozen in Switzerland" after an asset freeze's trigger."""
    m = _FROZEN_IN.search(sent.text, trig.start)
    if m is not None:
        return _state_named_at(sent, m.end())
    # "Their funds and economic resources in Switzerland are frozen": the state named before the trigger
    m = _IN_STATE_FROZEN.search(sent.text, max(0, trig.start - 90), trig.start)
    if m is not None:
        return _state_named_at(sent, m.start(1))
    # "In Switzerland, the funds and economic resources of the newly listed persons ... are frozen": the state opening it
    m = _IN_STATE_OPENING.match(sent.text)
    return _state_named_at(sent, m.start(1)) if m and m.end() <= trig.start else None


def _state_named_at(sent: Sentence, at: int) -> Authority | None:
    """The state (not the EU or the UN) whose name opens the sentence's text at `at`."""
    found = find_countries(sent.text[at : at + 40])
    if not found or found[0].start != 0 or found[0].code in ("EU", "UN"):
        return None
    return _state(sent.start + at, sent.start + at + found[0].end, found[0].code)


def _state(start: int, end: int, code: str) -> Authority:
    """A state acting through its government ("Britain imposed", "the Government of Japan approved")."""
    return Authority(start, end, f"{country_name(code)} government", code)


_PARTNERS_BEFORE = re.compile(
    r"\b(?:coordination|cooperation|consultation|concert|partnership|step|tandem)\s+with\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*,?\s+(?:and\s+)?(?:the\s+)?){0,6}$")
# "In coordination with the measures of the EU, the United Kingdom and others": the partners whose measures a state joins
_JOINS_MEASURES_OF = (r"[Ii]n\s+(?:close\s+)?(?:coordination|cooperation|line|step)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?"
                      r"(?:measures|sanctions|actions|decisions|steps)\s+(?:of|by|taken\s+by)")
# (any of them: the list goes on after the first)
_PARTNER_MEASURES_BEFORE = re.compile(
    rf"\b{_JOINS_MEASURES_OF}\s+(?:the\s+)?(?:[\w.-]+(?:\s+[\w.-]+){{0,3}},\s+(?:the\s+)?){{0,4}}$")
_SENT_TO_BEFORE = re.compile(r"\b(?:submit|send|transmit|forward|present|hand\s+over)\w*\b[^.;]{0,40}?\bto\s+(?:the\s+)?"
                             r"(?:(?:[A-Z][\w.'’-]*|of|the|and|,)\s*)*$")
_PARTNER_BEFORE = re.compile(r"\b(?:together\s+with|alongside|in\s+(?:close\s+)?(?:coordination|cooperation)\s+with|"
                             rf"{_JOINS_MEASURES_OF}|"
                             r"stands?\s+(?:shoulder\s+to\s+shoulder\s+)?with|in\s+step\s+with|(?:as|than)\s+in)\s+(?:the\s+)?$")
_TAKES_OVER_LISTINGS = re.compile(r"(?:align|adopt)\w*\s[^.;]*\blistings\b", re.IGNORECASE)
_RELATIVE_ASIDE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:which|who)\s[^,;.()]{1,120},")


_LISTED_ONE_AFTER = re.compile(r"\s+(?:part(?:y|ies)|entit(?:y|ies)|members?|designees?|compan(?:y|ies)|entr(?:y|ies))\b")


# A UN meeting record's "The representative of X said her Government had ...": X's government acts
_DELEGATE_SAID = re.compile(
    r"\s*The\s+(?:[Pp]ermanent\s+)?(?:representative|[Rr]epresentative|delegate|[Aa]mbassador)\s+of\s+((?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})\s+said\s+(?:that\s+)?(?:her|his|its)\s+(?:Government|government|country)\s"
)
# ... "had imposed its own independent " before the trigger: what the government did (not "had never recognized ...")
_DELEGATE_ACTED = re.compile(r"(?:had|has|have|would|will)\s+(?!never\b|not\b)[^,;]{0,50}")


_BODYS_LIST_BEFORE = re.compile(r"\b(?:added|put|placed|named|included)\s+(?:to|on|in)\s+(?:a|the)\s+"
                                r"(United\s+Nations|U\.N\.|UN|European\s+Union|EU)\s+(?:sanctions\s+)?(?:list|blacklist)\b")
# ("adds 19 individuals and 23 entities to the Norwegian freeze list")
_NATIONAL_LIST = re.compile(r"[^.;]{0,160}?\bto\s+(?:the|its)\s+([A-Z][a-z]+)\s+(?:national\s+|autonomous\s+)?(?:sanctions|"
                            r"(?:asset\s+)?freeze|freezing)\s+list\b")


_NATIONAL_LIST_BEFORE = re.compile(r"\bto\s+(?:the|its)\s+([A-Z][a-z]+)\s+(?:national\s+|autonomous\s+)?$")
_LIST_NAME_AFTER = re.compile(r"\s+(?:[Ss]anctions|[Cc]onsolidated|[Ee]ntity|[Dd]enied\s+[Pp]ersons)\s+[Ll]ist\b")
# "Britain followed hours later, freezing ...", "Canada went further on Monday, listing ...": the state acts
_IN_PLACE_OPENING = re.compile(r"\s*In\s+")
# "..., while New Zealand", "; Canada", ", and Britain": a clause opening before a state
_CLAUSE_BEFORE_STATE = re.compile(r"(?:,\s*(?:while|whereas|and)|;|\bwhile)\s+(?:the\s+)?$")
_FOLLOWED_GAP = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:followed|went\s+further|joined\s+in|moved\s+too)"
    r"(?:\s+(?:suit|later|hours|days|shortly|soon|after(?:wards)?|on\s+[A-Z]\w+|the\s+same\s+day|within\s+hours))*\s*,\s+"
)


def _in_authoritys_brackets(doc: Document, idx: int, e: Entity) -> bool:
    """Whether `e` stands in the brackets right after an authority of sentence `idx` ("Court (Landgericht ... am Main)")."""
    sent = doc.sentences[idx]
    rel = e.start - sent.start
    for a in doc.authorities(idx):
        gap = sent.text[a.end : rel]
        if a.end <= rel and gap.lstrip().startswith("(") and gap.count("(") == 1 and ")" not in gap:
            return True
    return False


_BROKEN_BEFORE = re.compile(r"\b(?:in\s+(?:breach|violation)\s+of|violating|breaching|circumventing|(?:breach|breaches|"
                            r"violation|violations|circumvention)\s+of)\s+(?:the\s+)?$")


_TOPIC_AFTER = re.compile(r"\s*(?:$|[–—:|,.)]|-\s|(?:regime|regimes|list|lists|program|programme|programmes|package|"
                          r"packages|policy|law|laws|act|regulations|update|updates|news|tracker|compliance|expert|experts|"
                          r"lawyer|lawyers|desk|team|relief|evasion)\b)", re.IGNORECASE)
# "to settle Russia sanctions case": a case about the state's sanctions, named in full ("US sanctions breaches" are the US's)
_CASE_TOPIC_AFTER = re.compile(r"\s+(?:case|cases|breach|breaches|violations?|probe|investigation|charges?|trial|"
                               r"busting|enforcement)\b", re.IGNORECASE)


def _authority_for(
    text: str, trig: Trigger, auths: list[Authority], current: Authority | None
) -> tuple[Authority | None, bool]:
    if any(_RESOLUTIONS_AFTER.match(text, a.end) for a in auths):
        # "the annual cap set by UN Security Council resolution 2397": a resolution's author, no actor here
        auths = [a for a in auths if not _RESOLUTIONS_AFTER.match(text, a.end)]
    if _TAKES_OVER_LISTINGS.match(trig.surface):
        # "Norway will align itself with the EU's most recent listings": the body whose listings are taken over does not
        # act here
        auths = [a for a in auths if not trig.start <= a.start < trig.end]
    before = [a for a in auths if a.end <= trig.start]
    if len(before) > 1 and ("brea" in text or "violat" in text or "circumvent" in text):
        # "The Frankfurt Regional Court ... sentenced X for exporting lathes to Russia in breach of the EU embargo, and
        # fined his company": the measures broken are another's, not the one acting
        before = [a for a in before if not _BROKEN_BEFORE.search(text, max(0, a.start - 30), a.start)] or before
    if len(before) > 1 and ", wh" in text:
        # "Mexico's Financial Intelligence Unit (UIF), which worked with Treasury on the investigation, said it had added
        # ...": a body in a relative clause about the one before it does not act
        asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, before[0].end, trig.start)]
        before = [a for a in before if not any(x <= a.start and a.end <= y for x, y in asides)] or before
    if (not before and (delegate := _DELEGATE_SAID.match(text)) is not None and delegate.end() <= trig.start
            and _DELEGATE_ACTED.fullmatch(text, delegate.end(), trig.start)):
        # "The representative of the Republic of Korea said her Government had imposed its own sanctions on X": the
        # delegate's state (a UN meeting's record names no other body for it)
        code = country_code(delegate.group(1))
        if code is not None:
            return _state(delegate.start(1), delegate.end(1), code), True
    if before:
        # "Switzerland on Wednesday adopted the European Union's latest round of sanctions": Switzerland acts.
        adopters = [c for c in find_countries(text[: before[-1].start]) if _ADOPTED.fullmatch(text, c.end, before[-1].start)]
        if adopters and adopters[-1].code != before[-1].country:
            c = adopters[-1]
            return _state(c.start, c.end, c.code), True
        # "Japan froze the assets of ..., while New Zealand announced a fresh round of travel bans": a state in a clause
        # of its own, acting between the body named before and the trigger
        if trig.start - before[-1].end > 8:
            for c in reversed(find_countries(text[before[-1].end : trig.start])):
                begin, end = before[-1].end + c.start, before[-1].end + c.end
                if (c.code != before[-1].country and trig.start - end <= 45 and _AUTHORITY_GAP.match(text[end : trig.start])
                        and _CLAUSE_BEFORE_STATE.search(text, max(0, begin - 12), begin)):
                    return _state(begin, end, c.code), True
        return before[-1], True
    # "was also added to the U.S. Treasury's list of Specially Designated Nationals": the body named in the trigger
    inside = [a for a in auths if trig.start <= a.start and a.end <= trig.end]
    if inside:
        return inside[0], True
    # "added 11 individuals and six entities to the Norwegian sanctions list, aligning Norway with listings adopted by
    # the EU": the state whose list it is acts (the EU's listings are only what it follows)
    whose = _NATIONAL_LIST.match(text, trig.end)
    if whose is None and trig.surface.lower().endswith("list"):
        # ("adds 12 individuals to the Norwegian freeze list": the trigger is the list, its state just before it)
        whose = _NATIONAL_LIST_BEFORE.search(text, max(0, trig.start - 40), trig.start)
    # (not "its Russia sanctions list": a regime named by the state it is about, the country's own name, not its adjective)
    if whose is not None and (found := find_countries(whose.group(1))) and found[0].code not in ("EU", "UN") and not (
            whose.group(1) == country_name(found[0].code) and " its " in text[trig.end : trig.end + whose.start(1) - trig.end + 1]):
        return _state(trig.end + whose.start(1) - trig.end, trig.end + whose.end(1) - trig.end, found[0].code), True
    after = [a for a in auths if a.start >= trig.end]
    if after and _BY.search(text[trig.end : after[0].start]):
        return after[0], True
    # "... were added to a United Nations sanctions list on Friday, subjecting them to a global asset freeze": the body
    # whose list they were put on imposes what follows from it
    if "list" in text and (listed := _BODYS_LIST_BEFORE.search(text, 0, trig.start)) is not None:
        union = listed.group(1).startswith("E")
        return Authority(listed.start(1), listed.end(1), "European Union" if union else "UN Security Council",
                         "EU" if union else "UN"), True
    # "US sanction", "U.S. Sanctions", "Britain imposed sanctions": a country just before the trigger.
    prior = find_countries(text[: trig.start])
    countries = [
        c for c in prior
        if trig.start - c.end <= 45 and _AUTHORITY_GAP.match(text[c.end : trig.start])
        or trig.start - c.end <= 100 and _HIT_WITH.match(text[c.end : trig.start])
        or trig.start - c.end <= 60 and _FOLLOWED_GAP.fullmatch(text, c.end, trig.start)
    ]
    # "the ministry said 14 Americans would be denied entry": people counted, not their state
    countries = [c for c in countries if not _PEOPLE_COUNTED_BEFORE.search(text, max(0, c.start - 30), c.start)]
    # "The three countries have lined up their North Korea designations": whose designations is "their", the country
    # is whom they are about
    countries = [c for c in countries if not _OWNER_BEFORE_COUNTRY.search(text, max(0, c.start - 8), c.start)]
    if countries and trig.surface.endswith("List") and _LISTED_ONE_AFTER.match(text, trig.end):
        countries = []  # "shipping modules to a Russian Entity List party": the country describes the party
    if (countries and trig.surface.lower() in ("sanctions", "sanction") and not text[countries[-1].end : trig.start].strip()
            and countries[-1].surface == country_name(countries[-1].code) and len(countries[-1].surface) > 3
            and _TOPIC_AFTER.match(text, trig.end)):
        # "Russia sanctions – latest updates", "the Iran sanctions regime": the state the sanctions are about, named as
        # their topic (not "Japan sanctions on Russia", nor "US sanctions", "British sanctions": who imposes them)
        countries = countries[:-1]
    if countries and (_PAST_VERB.match(trig.surface) and _BE_IN_GAP.search(text[countries[-1].end : trig.start])
                      or _BE_OPENING.match(trig.surface)):
        # "entities in Turkey and the United Arab Emirates were also designated", "nine companies in China and
        # Kyrgyzstan were added to the list": acted on, not acting
        countries = []
    if countries and (not _OBJECT_PREPOSITION.search(text[: countries[-1].start])
                      # "the Government of the Republic of Korea has also designated"
                      or _GOVERNMENT_OF.search(text, max(0, countries[-1].start - 30), countries[-1].start)):
        c = countries[-1]
        return _state(c.start, c.end, c.code), True
    # "the Government of Japan today (May 27) approved ... measures to freeze the assets": a state's government
    # anywhere before the trigger acts.
    governments = [c for c in prior if _GOVERNMENT_OF.search(text, max(0, c.start - 30), c.start)]
    if governments:
        c = governments[-1]
        return _state(c.start, c.end, c.code), True
    # "Beijing has placed dozens of US defence firms on the list": a capital opening the sentence, for its government
    capital = _CAPITAL_ACTS.match(text)
    if capital and capital.end(1) <= trig.start:
        return _state(capital.start(1), capital.end(1), _CAPITALS[capital.group(1)]), True
    # "China on Friday put four U.S. defence companies on its list and banned exports ... to six others, retaliating
    # for Washington's approval ...": the state opening the sentence with its act acts, not a body named after the
    # trigger
    dateline = _DATELINE.match(text) if text[:1].isupper() else None  # ("BEIJING, June 27 (Reuters) - China on ...")
    opening = _STATE_ACTS.match(text, dateline.end() if dateline else 0)
    if opening and opening.end(1) <= trig.start and not _ANOTHER_CLAUSE.search(text, opening.end(), trig.start):
        found = find_countries(opening.group(1))
        if found and found[0].start == 0 and found[0].end == len(opening.group(1)) and found[0].code not in ("EU", "UN"):
            return _state(opening.start(1), opening.end(1), found[0].code), True
    if after and not _CLAUSE_OPENS.search(text, trig.end, after[0].start):
        return after[0], True
    # "Sovcomflot was sanctioned by the United Kingdom": a country acting in the passive.
    by_country = _BY_COUNTRY.match(text, trig.end)
    if by_country:
        found = find_countries(by_country.group(1))
        if found and found[0].start == 0 and (found[0].surface == country_name(found[0].code)
                                              or found[0].surface in ("UK", "U.K.", "US", "U.S.", "USA", "EU")):
            c = found[0]
            start = by_country.start(1)
            return _state(start, start + len(c.surface), c.code), True
    # "Canada went further, listing nine individuals under its Special Economic Measures (Venezuela) Regulations": a
    # state's own sanctions law names the state
    state = _LAW_STATES.get(trig.surface.lower())
    if state and (current is None or current.country != state):
        return _state(trig.start, trig.start, state), True
    # "Lockheed Martin and Raytheon were added to the unreliable entity list in 2023": a state's own list names it
    # (not whichever state the text named last)
    state = next((code for name, code in _OWN_LISTS if name in text[trig.start : trig.end + 170].lower()), None)
    if state and (current is None or current.country != state):
        return _state(trig.start, trig.start, state), True
    return current, False


# Capitals that stand for their governments in the news
# (the capitals that act in a sanctions text; their states from the country lexicon, which names most capitals as
# aliases: not the two that would read as country mentions everywhere there)
_CAPITALS_APART = {"Brussels": "EU", "Wellington": "NZ"}
_CAPITALS = {
    capital: _CAPITALS_APART.get(capital) or country_code(capital) or ""
    for capital in ("Beijing", "Moscow", "Tokyo", "Seoul", "Pyongyang", "Tehran", "Kyiv", "Ottawa", "Canberra", "London",
                    "Brussels", "New Delhi", "Ankara", "Minsk", "Caracas", "Wellington", "Bern", "Berlin", "Paris")
}
_CAPITAL_ACTS = re.compile(
    rf"\s*({'|'.join(_CAPITALS)})\s+(?:(?:has|have|had|also|now|then|on\s+\w+|last\s+\w+)\s+)*"
    r"(?:placed|places|put|puts|added|adds|imposed|imposes|sanctioned|sanctions|banned|bans|barred|bars|blacklisted|"
    r"blacklists|designated|designates|froze|freezes|slapped|slaps|hit|hits|targeted|targets|listed|lists)\b"
)


# A state's name opening a sentence, then its act ("China on Friday put", "Britain has also barred"); past forms only
# ("Russia sanctions – latest updates" is a topic, not an act)
_STATE_ACTS = re.compile(
    r"\s*((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?:(?:has|have|had|also|now|then|on\s+[A-Z]\w+|last\s+\w+)\s+)*"
    r"(?:placed|put|added|imposed|sanctioned|banned|barred|blacklisted|designated|froze|slapped|targeted|listed)\b"
)


# A clause with a subject of its own (", while New Zealand announced"): the state opening the sentence does not act there
_ANOTHER_CLAUSE = re.compile(r"(?:[,;]|\s[-–—])\s+(?:while|whereas|and|but|as|when)\s+(?:the\s+)?[A-Z]|;\s+[A-Z]")


# A clause of its own between the trigger and a body after it: "bans exports ... to 8 American entities, as Washington
# accuses Beijing of ...": the body of that clause does not act
# ("... on its export control list, in retaliation for Washington's latest arms sale": the reason's state does not act)
_CLAUSE_OPENS = re.compile(
    r",\"?\s+(?:as|while|whereas|even\s+as|although|though|in\s+(?:retaliation|response)\s+(?:for|to)|in\s+reprisal\s+for|"
    r"retaliating\s+(?:for|against)|responding\s+to)\s"
    # ("added the 14 to its stop list in response to Wellington's unfriendly steps": without the comma too)
    # ('to its stop list "in response to ..."': the reason quoted)
    r"|\s[\"“]?(?:in\s+(?:retaliation|response)\s+(?:for|to)|in\s+reprisal\s+for)\s"
    # a time clause right before the body ("and barred exports ... to seven others, a week after Washington approved
    # ..."): the body acts in it, not in the trigger's clause (`$`: the end of the gap searched, where the body begins)
    r"|\b(?:after|before|since|following|until)\s+(?:the\s+)?$"
    # ("..., among them X, who according to the EU controls a network ...": the source of a claim does not act)
    r"|\baccording\s+to\s+(?:the\s+)?$"
    # ("The government designated X ..., citing their involvement in evading U.N. Security Council sanctions": the
    # body whose measures were evaded does not act)
    r"|\b(?:evading|circumventing|violating|breaching|in\s+(?:violation|breach|defiance)\s+of)\s+(?:the\s+)?$"
)


# Sanctions laws of one state each, by the trigger that names them
_LAW_STATES = {"special economic measures": "CA"}
_OWNER_BEFORE_COUNTRY = re.compile(r"\b(?:their|its|our)\s+$")
_OWN_LISTS = (("unreliable entity list", "CN"),)


# A deal's own sentence going on to its buyer's past: "..., less than a week after it settled US allegations that it
# shipped chips to a blacklisted company" (what the sanctions paragraphs tell in full)
_OWN_PAST_AFTER_DEAL = re.compile(
    r",\s+(?:[\w-]+\s+){0,4}(?:after|since|following)\s+(?:it|they|the\s+(?:company|group|firm|bank|buyer))\s+[^,;]{0,80}$",
    re.IGNORECASE,
)


# Before measures already in force that a text adds to: "These national measures supplement the asset freezes ...".
_SUPPLEMENTED = re.compile(r"\b(?:supplement(?:s|ed|ing)?|complement(?:s|ed|ing)?|in\s+addition\s+to)\s+(?:the\s+|existing\s+)*$")
# Before a body that is referred to, not acting: "in line with the EU", "aligning itself with a decision taken by".
_ACT_TITLE_BEFORE = re.compile(r"\b(?:Regulation|Decision|Directive)\s*\($")
_REFERRED_TO = re.compile(
    # ("Switzerland is thus adopting the listings decided by the European Union": the body followed)
    r"\b(?:in\s+line\s+with|align(?:s|ed|ing)?\s+(?:itself\s+|themselves\s+)?with|taken\s+by|adopted\s+by|decided\s+by|"
    # "The amendments follow the adoption by the European Union of its 18th package": the decision followed
    r"(?:adoption|decision|listings?)\s+by|follow(?:s|ed|ing)?\s+(?:those\s+of|the\s+(?:lead|example)\s+of)|"
    # "Singapore's own sanctions are largely limited to those mandated by the United Nations Security Council"
    r"mandated\s+by|"
    # "Kolguev Marine Transport has already been sanctioned by the United States and the United Kingdom": earlier actions
    r"\b(?:already|previously|earlier)\s+been\s+(?:sanctioned|designated|listed|targeted)\s+by\b|"
    # "decided to take over the new listings of individuals, companies and organisations that the Council of the European
    # Union adopted": the body whose listings are taken over
    r"(?:listings|designations|entries|package)\b[^.;]{0,60}?\s(?:that|which)\s+(?:the\s+)?$|"
    # "The new entries correspond to those in Annex I of Council Regulation (EU) No 269/2014": the act matched
    r"correspond(?:s|ed|ing)?\s+to|"
    # "retaliating against Washington's latest arms package": the body answered, not the one acting
    r"retaliat(?:e|es|ed|ing)\s+against|in\s+retaliation\s+(?:for|against)|in\s+(?:a\s+)?response\s+to|"
    # "sent workers abroad in violation of U.N. Security Council resolutions": the rules broken, not who acts
    r"in\s+(?:violation|breach|defiance)\s+of|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|"
    # ("added nine Australian citizens to its stop list, accusing Canberra of \"blindly following\" Washington's line":
    # the states it blames do not act)
    r"blindly\s+follow(?:s|ed|ing)?|accus(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){1,3}of|"
    # ("designated X ..., citing their involvement in evading U.N. Security Council sanctions": the rules evaded)
    r"evad(?:e|es|ed|ing)|evasion\s+of|circumvent(?:s|ed|ing)?|circumvention\s+of|"
    # "banned 14 New Zealand citizens ..., a week after New Zealand imposed sanctions on X": the earlier act answered
    # ("The move comes weeks after Britain imposed sanctions on ...": no count)
    r"(?:(?:a|one|two|three|four|five|six|\d{1,2}|several|some)\s+(?:days?|weeks?|months?)|days|weeks|months)\s+after|"
    # "has pressed for an end to the sale of fuel at the UN Security Council": where it argued, not who acts
    r"(?:pressed|pushed|argued|called|lobbied)\s+for\b[^.;]{0,80}\bat\s+the|"
    # "businesspeople who support the Russian government": the body they back, not one that acts
    r"(?:who|which|that)\s+(?:support|supports|supported|back|backs|backed|fund|funds|funded|serve|serves|served)\s+the)"
    r"\b[^.;]{0,60}$"
)
_ADOPTED = re.compile(
    r"\s+(?:(?:on|this|last)\s+\w+\s+)?(?:has\s+|have\s+|had\s+|is\s+|are\s+)?(?:also\s+|now\s+)?(?:adopted|adopts|adopting|"
    r"implemented|implements|implementing|"
    r"mirrored|mirrors|followed|follows|following|joined|joins|aligned\s+(?:itself\s+)?with|took\s+over|takes\s+over|"
    r"taking\s+over|applied|applies|transposed|matched|matches|incorporated|incorporates)\s+"
    # ("Switzerland is adopting most of the European Union's 17th package")
    r"(?:(?:most|much|all|parts?|the\s+bulk|the\s+rest)\s+of\s+)?(?:the\s+)?"
)


# One person or firm described by nationality before the name: "Iranian national X", "Chinese drone maker
# Y". (Plurals stay: "sanctions on Russian banks" is aimed at the country's banks.)
# A nationality, then one to three lower-case words, then a name: "Iranian national X", "Chinese refinery
# Y", "Israeli settlers A and B" describe who X, Y, A and B are.
# ("the Russian Orthodox charity Pokrov Children's Mission": a faith between them)
_WHO_AFTER_DEMONYM = re.compile(r"\s+(?:(?:Orthodox|Catholic|Protestant|Evangelical|Sunni|Shia|Shiite|Muslim|Christian|Jewish|"
                                r"Buddhist)\s+)?(?:[A-Z]{2,5}\s+)?(?:[a-z-]+\s+){1,3}[A-Z]")  # ("the Iranian UAV manufacturer X")
# "the United States hit Norvik Shipping with sanctions": the country acts on whom it hits.
_HIT_WITH = re.compile(
    # "Moscow has regularly answered Western sanctions with entry bans on ...": the subject acts
    r"^\s+(?:on\s+\w+day\s+)?(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:hit|hits|slapped|slaps|targeted|targets|answered|answers|met|meets|countered|counters|responded\s+to|responds\s+to)"
    r"\s+[^.;]{1,80}?\s+with\s+"
    r"(?:(?:new|fresh|further|more|additional|sweeping)\s+)*$"
)
# An act's recitals state what it rests on, not what it does: "Having regard to Council Regulation (EU) No
# 269/2014 of 17 March 2014 concerning restrictive measures ...", "Whereas: ...".
# ... and an example or a condition states no action: "For example, if Kessel Holdings ... owns 60 percent
# of Norvik Trading, Norvik Trading is blocked." (an OFAC FAQ).
# ("For example, OFAC designated X on March 4" is an earlier action stated as a fact: it is one.)
_NO_ACTION_OPENING = re.compile(
    r"\s*(?:Having regard to|Whereas\b|(?:For (?:example|instance)|E\.g\.),?\s+(?:if|when|where|suppose|assume|a|an|any)\b|"
    r"Suppose\b|Assume\b|If\b"
    # "For more information on Afghanistan-related sanctions ..., please see OFAC's ...": where to read more
    r"|For\s+(?:more|further|additional)\s+information\b"
    # "Any person who believes they have been wrongly placed on the SDN List ... may submit a petition": anyone, no one
    r"|Any\s+(?:person|individual|entity|company|party)\s+(?:who|that|which)\b"
    # "Canada also implements the sanctions imposed by the United Nations Security Council in relation to Haiti,
    # including an asset freeze ...": another body's measures in force, carried out at home
    r"|(?:[-•*]\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}(?:also\s+)?(?:implements|enforces|gives\s+effect\s+to)\s+(?:the\s+)?"
    r"(?:sanctions|measures|restrictive\s+measures)\s+(?:imposed|adopted|decided)\s+by\b"
    # "Under the sanctions, any foreign exchange ... require prior approval from the Bank of Korea": what they do
    r"|Under\s+(?:the|these|those|this)\s+(?:new\s+)?(?:sanctions|measures|designations?|restrictions)\s*,"
    # "It is the latest in a series of unilateral sanctions that the Yoon Suk Yeol government has imposed on North
    # Korean individuals": the news placed in a history, whose own record the sentences before it gave
    r"|(?:It|This|The\s+(?:move|action|measure|step|decision))\s+(?:is|was|marks|marked)\s+the\s+latest\s+in\s+a\s+"
    r"(?:series|string|line|long\s+line|raft|wave)\s+of\b"
    # "Entry bans on Western journalists have become a regular part of Moscow's response": what such measures are
    r"|(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?(?:[Bb]ans|[Ss]anctions|[Rr]estrictions|[Mm]easures|[Pp]enalties|[Aa]sset freezes)\b"
    r"[^,.;]{0,60}?\s+"
    r"(?:have|has)\s+(?:become|long\s+been\s+(?:a|an|the))\b"
    # "Freezing assets that do not exist achieves little": a measure named as a gerund subject is talked about, not
    # taken ("Designating the network, the Treasury said ..." is a participle: a comma comes before its verb)
    r"|(?:Freezing|Sanctioning|Imposing|Banning|Blacklisting|Designating|Listing|Barring|Penali[sz]ing)\s+[^,;:()]{1,80}?"
    # ("Designating the central bank, advocates say, would force ...")
    r"(?:,\s+(?:[A-Za-z]+\s+){1,3}(?:say|says|said|argue|argues|argued|believe|believes|contend|contends|warn|warns),)?\s+"
    r"(?:would|could|might|may|can|cannot|will|is|was|are|were|achieves?|does|did|remains?|seems?|makes?|means?|"
    r"risks?|costs?|works?)\b"
    # "Sanctions that merely reroute the regime's money through Kunming would hand Beijing more leverage": conditional
    r"|(?:Any\s+|Such\s+|New\s+|Further\s+|Tougher\s+)?(?:[Ss]anctions|[Mm]easures|[Dd]esignations)\s+(?:that|which)\b[^.;]{0,120}?\s+"
    r"(?:would|could|might)\b"
    # "Thursday's measure is the 14th set of unilateral sanctions against North Korea": a tally of actions
    r"|(?:[A-Z][\w'’]*\s+){0,3}(?:measures?|actions?|moves?|package|designations?|sanctions|listings?)\s+(?:is|are|was|were|marks?|marked)\s+"
    r"the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\s+(?:set|round|package|batch|tranche)\b"
    # "Since Russia's full-scale invasion in February 2022, Australia has imposed sanctions on more than 1,400
    # individuals and entities": a running total since a date, not an action of the day
    r"|Since\s[^;]{1,120}?,\s+[^;]{0,60}?\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:imposed|introduced|adopted|"
    r"sanctioned|designated|listed|targeted)\b[^;]{0,60}?\b(?:more\s+than|over|nearly|almost|some|about|around)\s+\d{1,3}(?:,\d{3}|\d{2,})"
    # ("Including Friday's measures, Japan has frozen the assets of more than 1,100 individuals ... since ...")
    r"|[^;]{0,80}?\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:imposed|sanctioned|designated|listed|frozen|banned|"
    r"targeted)\b[^;]{0,60}?\b(?:more\s+than|over|nearly|almost)\s+\d{1,3}(?:,\d{3}|\d{2,})\b[^;]{0,120}?\bsince\b"
    # "The sanctions come as Western governments increase pressure on Israel": the setting of the action just stated
    r"|(?:The|These|Those|Today's)\s+(?:new\s+|latest\s+)?(?:sanctions|measures|designations|listings|penalties|restrictions)\s+"
    r"(?:come|came)\s+(?:as|after|amid|days|weeks|a\s+(?:day|week|month)|just|shortly|only|at\s+a\s+time)\b"
    # "Additional information on the Russia and Belarus export controls is available on ...", "The full list of
    # individuals and entities sanctioned today is available on ...": where to read more
    r"|(?:Additional|More|Further)\s+information\s+(?:on|about|regarding)\b"
    r"|(?:The\s+)?(?:full|complete)\s+list\s+of\b[^.;]{0,120}?\s+(?:is|are)\s+(?:available|published|posted)\b"
    # "A TDO is one of the most significant civil sanctions BIS can issue": what such a measure is
    r"|An?\s+(?:[A-Z][\w-]*\s+){1,4}(?:is|are)\s+(?:one\s+of|among|a|an)\s)"
)
# A body named as where the person after it works ("Global Affairs Canada assistant deputy minister X", "Treasury
# official Y"): it does not act.
# (the posts of people who work for a body)
_STAFF_POSTS = (r"minister|official|spokes(?:man|woman|person)|director|secretary|officer|adviser|advisor|staffer|employee|"
                r"analyst|lawyer|economist|negotiator|envoy")
_STAFF_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,3}}(?:{_STAFF_POSTS}|chief|head)\s+(?:[A-Z][\w’'-]*\s+)*[A-Z]")
_PEOPLE_COUNTED_BEFORE = re.compile(
    rf"(?:\b\d[\d,]*|\b(?:{'|'.join(NUMBER_WORDS)})|\b(?:dozens|hundreds|scores|thousands)\s+of|\bseveral|\bmany)\s+$",
    re.IGNORECASE)
_ONE_STAFF_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?:senior|former|junior|retired|deputy|veteran|longtime|long-time)\s+)?$")
_STAFF_NOUN_AFTER = re.compile(
    r"\s+(?:official|spokes(?:man|woman|person)|staffer|employee|officer|lawyer|economist|analyst|diplomat|adviser|advisor)\b")
_WORKS_AT_BEFORE = re.compile(rf"\b(?:{_STAFF_POSTS}|fellow|correspondent|researcher)\s+(?:at|with)\s+(?:the\s+)?$")


def _workplace(text: str, body: Authority) -> bool:
    """`body` named as where someone works ("Global Affairs Canada assistant deputy minister X", "Philippa Crane, a
    senior Foreign Office official", "a deputy assistant secretary at the U.S. Treasury Department"): it does not act."""
    return bool(_STAFF_AFTER.match(text, body.end)
                or _ONE_STAFF_BEFORE.search(text, max(0, body.start - 40), body.start) and _STAFF_NOUN_AFTER.match(text, body.end)
                or _WORKS_AT_BEFORE.search(text, max(0, body.start - 60), body.start))
_GOVERNMENT_AFTER = re.compile(r"\s+(?:Government|Administration|government|administration)\b")
_ONE_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
# A bracket closing a sentence: "... related to Russia (Ministry of Foreign Affairs, Ministry of Finance)"
_IMPLEMENTERS = re.compile(r"\((?=[^()]*\b(?:Ministry|Department|Office|Agency)\b)[^()]{4,160}\)\s*$")
_GOVERNMENT_BODY = re.compile(
    r"\b(?:Ministry|Department|Council|Commission|Bureau|Treasury|Government|Parliament|Mechanism|Committee|Cabinet|"
    r"Directorate|Agency|Office)\b"
)
_BY_COUNTRY = re.compile(r"\s+by\s+(?:the\s+)?([A-Z][^,.;:]{2,40})")


_OFFICE_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|Office|Department|Directorate|Director|Head|Commissioner|Unit|Division)\s+(?:of|for)\s+"
    r"(?:[A-Z][\w&,-]*\s+){0,3}$"
)
_LINKS_HEADING = re.compile(
    r"\s*(?:(?:Associated|Related|Useful|Further|More)\s+(?:links|content|articles|news|information|reading|stories)|See also|"
    r"Related|Read more|More on this story)\s*:?\s*",
    re.IGNORECASE,
)
_WHICH_AFTER = re.compile(r",?\s+(?:which|who)\b")  # "the Munitions Industry Department, which was designated in 2010"
_A_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
_ATTACKED_BEFORE = re.compile(
    r"\b(?:war|aggression|attacks?|invasion|assault|offensive|strikes?)\s+(?:of\s+aggression\s+)?(?:against|on|of|in)\s+"
    r"(?:the\s+)?$"
    # ("items that could be used as weapons against Ukraine", "drones used against Ukrainian cities")
    r"|\b(?:weapons?|used|deployed|fired|launched)\s+(?:in\s+the\s+war\s+)?against\s+(?:the\s+)?$"
)
_GEOGRAPHIC_FEATURE = re.compile(
    r"^(?:Gulf|Bay|Sea|Strait|Straits)\s+of\s|^(?:Lake|Mount|Cape)\s|"
    r"\s(?:Peninsula|Sea|Strait|Straits|Ocean|River|Desert|Basin|Canal|Lake|Island|Islands|Coast|Valley|Mountains)$"
    # "the Hong Kong Special Administrative Region": a territory entered, no target
    r"|^(?:Special\s+)?Administrative\s+Region$|\sSpecial\s+Administrative\s+Region$"
)
_VICTIM_BEFORE = re.compile(
    r"\b(?:death|deaths|killing|murder|assassination|poisoning|torture|abduction|kidnapping|disappearance|"
    r"imprisonment|jailing)\s+(?:in\s+(?:custody|detention|prison)\s+)?of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")
_MAKER_DETERMINER = re.compile(r"\b(?:the|its|their)\s+$")
_MADE_PRODUCT_AFTER = re.compile(
    r"\s+(?:aircraft|airliners?|jets?|planes?|helicopters?|engines?|chips?|processors?|semiconductors?|drones?|"
    r"vehicles?|cars?|trucks?|smartphones?|phones?|handsets?|software|equipment|components?|parts)\b"
)
_LOWER_AFTER = re.compile(r"\s+(?!and\b|or\b|of\b|in\b|on\b|for\b|to\b|at\b|with\b|by\b|from\b|as\b|is\b|was\b|has\b|had\b|were\b|are\b)[a-z][a-z-]+\b")
_REGIME_OF = re.compile(
    # ("the committee that oversees sanctions against ISIL (Da'esh) and al-Qaeda": the regime, by whom it targets)
    r"\b(?:[Cc]ommittee|[Rr]esolutions?\s+\d{3,4}(?:\s*\(\d{4}\))?)(?:[^.;]{0,80}?\s)?(?:concerning|regarding|on|against)\s+"
    r"(?:the\s+)?"
    # "... concerning ISIL (Da'esh), Al-Qaida and associated individuals": each name the regime is called by
    r"(?:[^.;]{1,60}?(?:,|\band)\s+)?$"
)


_REGIME_AFTER = re.compile(
    r"(?:\s+(?:and|in|of|on|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*(?:\s+\([A-Z]{2,}\))?\s+(?:\([\w ]+\)\s+)?"
    r"(?:(?:autonomous|thematic|global|cyber|human\s+rights)\s+)?(?:sanctions\s+)?[Rr]egimes?\b"
)


def _names_regime(text: str, at: int) -> bool:
    """Whether the name at `at` names a UN regime ("the committee overseeing sanctions on Haiti", "resolution 2653
    (2022) concerning Haiti")."""
    return ("ommittee" in text or "esolution" in text) and _REGIME_OF.search(text, max(0, at - 120), at) is not None


def _candidates(doc: Document, idx: int) -> list[tuple[Entity, bool]]:
    """The names of sentence `idx` that may be targets of any of its triggers, each with whether it is a
    speaker ("..., Foreign Minister X said"); computed once per sentence, whatever its number of triggers."""
    return doc.per_sentence("target_candidates", idx, lambda: _find_candidates(doc, idx))


_APPROVER_BEFORE = re.compile(
    r"\b(?:approval|permission|authori[sz]ation|consent|licen[cs]es?)\s+(?:(?:is\s+)?(?:granted\s+)?(?:from|by|of)\s+)"
    # ("the Bank of Korea or the Financial Services Commission": a name with "of" in it)
    r"(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|of|for)\s+){0,6}?(?:(?:or|and)\s+(?:from\s+)?(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|of|for)\s+){0,6}?)?$"
)


_END_USERS = re.compile(r"\bEnd[- ]Users?$")
# An entry's street address after its name (the Entity List's idiom: "X, located at Unit 17, 9th Floor, Kwai Cheong
# Centre, Kwai Chung, and Y, located at ..."), up to the next item (", and Y", ";") or the sentence's end.
_ADDRESS = re.compile(
    r",\s+(?:(?:located|situated|registered)\s+at|with\s+(?:an?\s+)?(?:registered\s+)?address(?:es)?\s+at)\s+"
    r"[^;]*?(?=,?\s+and\s+(?:the\s+)?[A-Z]|;|$)"
    # The address written straight after the name: "X, Office 704, Al Shafar Tower, Barsha Heights, Dubai, and Y",
    # "X, Halkali Merkez Mahallesi, Kucukcekmece, Istanbul, and Y", "X, Jebel Ali Free Zone, for diverting ...": it
    # opens with a room, unit or house number, or a building, quarter or zone, and runs to the next item, a clause
    # (a lower-case word after a comma) or the sentence's end
    r"|,\s+(?:(?:Room|Rm\.|Unit|Office|Suite|Flat|Floor|Block|Building|Bldg\.|Plot|No\.|P\.\s?O\.\s+Box)\s+[\w/-]+,"
    r"|(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?(?:/F)?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,"
    r"|(?:[A-Z][\w’'-]*\s+){1,4}(?:Mahallesi|Caddesi|Sokak|Tower|Towers|Plaza|Centre|Center|Heights|Free\s+Zone|"
    r"(?:Industrial|Business|Technology|Science)\s+(?:Park|Zone|Estate)|Street|Road|Avenue)\b)"
    r"[^;()]*?(?=,?\s+and\s+(?:the\s+)?[A-Z]|;|,\s+[a-z(]|\)|$)"
)
# A place after the aliases in a name's brackets: "X (also known as X HK; Kwun Tong, Kowloon, Hong Kong)"
_BRACKET_PLACE = re.compile(r";\s+((?:[A-Z][\w’'-]*\s?)+(?:,\s+(?:[A-Z][\w’'-]*\s?)+)+)\)")


_ENFORCERS_BEFORE = re.compile(r"\b(?:enforced|administered|implemented|policed|monitored|overseen)\s+by\s+(?:the\s+)?"
                               r"(?:[^.;:]{0,80}?\s(?:and|or)\s+(?:the\s+)?)?(?:[A-Z][\w-]*\s+){0,3}$")
_TITLE_WORD_BEFORE = re.compile(r"\b(?:Regulations?|Rules|Act|Law|Decree|Ordinance|Measures)\s+$")


def _find_candidates(doc: Document, idx: int) -> list[tuple[Entity, bool]]:
    sent = doc.sentences[idx]
    text = sent.text
    ents = [e for e in doc.entities(idx) if e.alias_of is None or e.alias_of and e.name in ("",)]
    ents = [e for e in ents if not text[max(0, e.start - sent.start - 2) : e.start - sent.start].endswith(("(", "(“", '("'))]
    if doc.is_title_case(idx):
        ents = [
            e for e in ents
            if e.kind == "country" or (" " not in e.name or e.name.split()[-1] in LEGAL_FORMS) and doc.mentions(e.name) >= 2
            or e.kind == "organization" and doc.mentions(e.name) >= 2
        ]
    ents = _without_descriptors(text, sent.start, ents)
    # "In Wellington, Foreign Minister X announced ...": where the sentence happens, opening it
    ents = [e for e in ents if not (e.kind in ("unknown", "place") and len(e.name.split()) <= 2
                                    and _IN_PLACE_OPENING.fullmatch(text, 0, e.start - sent.start)
                                    and text.startswith(",", e.end - sent.start))]
    # "a Novosibirsk tooling plant", "a Gazprom subsidiary": the name describes what the article is about
    ents = [e for e in ents if not (_A_BEFORE.search(text, max(0, e.start - sent.start - 4), e.start - sent.start)
                                    and _LOWER_AFTER.match(text, e.end - sent.start))]
    # "those supporting Russia's war of aggression against Ukraine", "since the invasion of Ukraine": the one attacked
    ents = [e for e in ents if not (e.kind == "country" and _ATTACKED_BEFORE.search(
        text, max(0, e.start - sent.start - 40), e.start - sent.start))]
    # "the denuclearization of the Korean Peninsula", "tankers loading in the Gulf of Laconia": a place, no party
    ents = [e for e in ents if not _GEOGRAPHIC_FEATURE.search(e.name)]
    if " of " in text:
        # "Following the death in custody of Mahsa Amini, the Council froze the assets of ...": whom the deeds befell
        ents = [e for e in ents if not (e.kind in ("person", "unknown") and _VICTIM_BEFORE.search(
            text, max(0, e.start - sent.start - 50), e.start - sent.start))]
    # "designated with a footnote 3 on the Entity List as Russia/Belarus-Military End Users": a class of listed parties
    ents = [e for e in ents if not _END_USERS.search(e.name)]
    # "replacement parts for the Boeing aircraft": a maker's name on its product, not a party to the action
    ents = [e for e in ents if not (_MADE_PRODUCT_AFTER.match(text, e.end - sent.start)
                                    and _MAKER_DETERMINER.search(text, max(0, e.start - sent.start - 6), e.start - sent.start))]
    # "the Security Council Committee established pursuant to resolution 2653 (2022) concerning Haiti": the
    # regime's name, not a target.
    ents = [e for e in ents if not _names_regime(text, e.start - sent.start)]
    if "egime" in text:
        # "under the Global Irregular Migration and Trafficking in Persons sanctions regime": the regime's own name
        ents = [e for e in ents if not _REGIME_AFTER.match(text, e.end - sent.start)]
    if "by" in text and ("enforced" in text or "administered" in text or "implemented" in text):
        # "Canada's sanctions are enforced by the Royal Canadian Mounted Police and the Canada Border Services Agency":
        # who enforces them, no target
        ents = [e for e in ents if not _ENFORCERS_BEFORE.search(text, max(0, e.start - sent.start - 120), e.start - sent.start)]
    if "approval" in text or "permission" in text or "licen" in text:
        # "requires prior approval from the Bank of Korea or the Financial Services Commission": who must approve
        ents = [e for e in ents if not _APPROVER_BEFORE.search(text, max(0, e.start - sent.start - 60), e.start - sent.start)]
    # "X, located at Room 1208, Block B, Tianan Cyber Park, Shenzhen, and Y": an entry's address, no target
    spans = [m.span() for m in _ADDRESS.finditer(text)]
    if ";" in text:
        spans += [m.span(1) for m in _BRACKET_PLACE.finditer(text) if country_code(m.group(1).rsplit(",", 1)[1].strip())]
    if spans:
        ents = [e for e in ents if not any(a <= e.start - sent.start < b for a, b in spans)]
    if " on " in text:
        # "taken under the bloc's Supplementary Protocol on Democracy and Good Governance": the words of a title
        ents = [e for e in ents if not TITLE_ON_BEFORE.search(text, max(0, e.start - sent.start - 80), e.start - sent.start)]
    if "overning " in text:
        # ("Governing Export", cut from "the Regulations Governing Export and Import of ...": a title's words)
        ents = [e for e in ents if not (e.name.startswith("Governing ") and _TITLE_WORD_BEFORE.search(
            text, max(0, e.start - sent.start - 20), e.start - sent.start))]
    # Words of a trigger are no names ("designated him a Specially Designated National"); a state's ministry found by
    # its shape acts ("the Dominican Republic's Ministry of Foreign Affairs said X had been barred"), it is no target.
    spans = [span for other in doc.sanction_triggers(idx) for span in _word_spans(other)]
    spans += [(a.start, a.end) for a in doc.authorities(idx) if a.body]
    ents = [e for e in ents if not any(a < e.end - sent.start and e.start - sent.start < b for a, b in spans)]
    # "the Unreliable Entity List": a word cut off the front of a list's name is no name
    ents = [e for e in ents if " " in e.name or not any(a == e.end - sent.start + 1 and text[a - 1] == " " for a, _b in spans)]
    if (any(w in text for w in _INVESTIGATION_WORDS) and (work := _INVESTIGATORS.search(text))
            and not any(a >= work.end() for a, _b in spans)):
        # "the result of a joint investigation by the Australian Signals Directorate and the Australian Federal Police",
        # "follow close work between the FCDO, the Home Office and the National Crime Agency": who worked on the case
        ents = [e for e in ents if e.start - sent.start < work.end()]
    return [(e, _speaker(text, e.start - sent.start, e.end - sent.start)) for e in ents]


# (substrings first, at C speed: most sentences hold none of them)
_INVESTIGATION_WORDS = ("nvestigat", "nquir", "probe", "work ", "operation ", "ollaborat", "oordinat", "onsultat", "ssistance",
                        "eferral", "review ")
_INVESTIGATORS = re.compile(
    r"\b(?:investigations?|inquir(?:y|ies)|probes?|work|cooperation|co-operation|collaboration|coordination|consultations?|"
    r"assistance|referrals?|review)\s+(?:[a-z-]+\s+){0,2}?(?:by|between|with|from)\s"
)


_STATES_MEASURES_OPENING = re.compile(
    r"(?:The|These|Those)\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:sanctions|measures|designations|asset\s+freezes|listings)\s+"
    r"(?:mean|means|require|requires|apply|applies|will|also|take|took|came|come|freeze|freezes|ban|bans)\b"
)
# "it had frozen the assets of, and imposed travel bans on, four officials": both verbs share the object after the second
_SHARED_OBJECT = re.compile(r"(?:\s+(?:of|on|against|to))?,\s+and\s+(?:[a-z]+\s+){1,4}(?:on|against|of|to),\s+")


# "..., with New Zealand announcing travel bans of its own on the same day": a second actor's measure, on no one named
# here (it had the first actor's targets)
_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their|his|her)\s+own\b")


_DEFINITE_OBJECT = re.compile(
    r"\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:buyer|seller|purchaser|company|firm|owner|operator|manager|lender|bank|"
    r"network|vessel|tanker|ship|trader|broker|supplier|businessman|tycoon|oligarch)s?\b(?!\s+(?:of|in|at|based|named)\b)"
)


def _targets(doc: Document, idx: int, trig: Trigger, authority: Authority | None) -> list[Entity]:
    sent = doc.sentences[idx]
    text = sent.text
    if " own" in text and _OF_ITS_OWN.match(text, trig.end):
        return []
    if (shared := _SHARED_OBJECT.match(text, trig.end)) is not None:
        trig = Trigger(trig.start, shared.end() - 1, trig.label, trig.surface)
    auth_country = authority.country if authority else None
    subject_first = bool(_SUBJECT_SIDE.match(trig.surface)) or bool(
        _PASSIVE.search(text[: trig.start])
    )
    # "it sanctioned ...", "they have fined ...": a pronoun acts (read once, for the voice here and the subject below)
    pronoun_acts = _PRONOUN_ACTS.search(text, max(0, trig.start - 24), trig.start) is not None
    if subject_first and trig.surface in ("fined", "sanctioned") and _ACTIVE_BEFORE.search(
            text, max(0, trig.start - 12), trig.start) and (_NAME_NEXT.match(text, trig.end) or pronoun_acts):
        # "the DFS said it had fined Rijnhaven $95 million", "on the same day it sanctioned a Russian metals tycoon": the
        # active voice, whoever is acted on comes after
        subject_first = False
    # "..., Foreign Minister Penny Wong said.", "..., said Treasury Secretary X": who speaks is no target.
    # "The Albanese Government is imposing ...": a government named after its leader acts, it is no target.
    ents = [e for e, speaks in _candidates(doc, idx) if (e.start - sent.start < trig.end or not speaks)
            and not _HEADING_BEFORE.search(text, max(0, e.start - sent.start - 12), e.start - sent.start)
            and not _GOVERNMENT_AFTER.match(text, e.end - sent.start)
            # "are published in the Official Compilation of Federal Legislation": where the list is published
            and not _PUBLISHED_IN.search(text, max(0, e.start - sent.start - 24), e.start - sent.start)
            # "the member states of the Terrorist Financing Targeting Center (TFTC) — A, B and C — designated": whose
            # members act
            and not _MEMBERS_OF_BEFORE.search(text, max(0, e.start - sent.start - 40), e.start - sent.start)
            # "Tarquin Vale said on Monday that Britain had sanctioned X": who speaks before the news is no target either
            and not _speaks_before(doc, sent.start, trig, e)]
    if ents and (implementers := _IMPLEMENTERS.search(text)) is not None:
        # "(1) Asset freeze against ... (Ministry of Foreign Affairs, Ministry of Finance)": the bodies that carry the
        # measure out, in brackets closing its heading, are no targets
        inside = [e for e in ents if e.start - sent.start >= implementers.start()]
        if inside and all(_GOVERNMENT_BODY.search(e.name) for e in inside):
            ents = [e for e in ents if e not in inside]
    opener = _IN_ADDITION_TO.match(text)
    if opener and opener.end() <= trig.start:
        # "In addition to Zelaya and Lanuza, the Department is designating X's spouse, A, ...": those designated before
        ents = [e for e in ents if e.start - sent.start >= opener.end()]
    obj = _object_targets(text, sent.start, ents, trig, auth_country)
    if obj and (held := _post_holders(text, sent.start, doc.entities(idx), obj)):
        obj = [e for e in obj if not any(e.end + 1 == p.start for p in held)] + [p for p in held if p not in obj]
    subj = _subject_targets(text, sent.start, ents, trig)
    if "(" in text:
        # "The Hamburg Regional Court (Landgericht Hamburg) on Tuesday fined X": the acting court's own-language name
        subj = [e for e in subj if not _in_authoritys_brackets(doc, idx, e)]
    # "imposed sanctions on A and B, alongside travel bans on senior officials": A and B are the object of
    # the earlier trigger, not the subject of the later one.
    first = min((t.start for t in doc.sanction_triggers(idx)), default=trig.start)
    subj = [e for e in subj if e.start - sent.start < first or _WHICH_AFTER.match(text, e.end - sent.start)
            # "The British measures freeze any assets the three hold in the UK, and Raeesi-Tabar is banned from
            # travelling": the subject of a clause of its own
            or _CLAUSE_OPENS_BEFORE.search(text, max(0, e.start - sent.start - 8), e.start - sent.start)
            and _BE_ONLY.fullmatch(text, e.end - sent.start, trig.start)]
    if not _PASSIVE.search(text[: trig.start]):
        # "China's Ministry of Commerce added 12 companies to its list": the acting body is no target.
        subj = [e for e in subj if not _GOVERNMENT_BODY.search(e.name)]
    before = [a for a in doc.authorities(idx) if a.end <= trig.start]
    if not subject_first and len(before) >= 2:
        # "The Minister for the Economy, Finance and Industrial and Digital Sovereignty and the Minister of the
        # Interior have decided to freeze the funds of three persons": words between two acting bodies are the
        # rest of the first one's title, no targets
        subj = [e for e in subj if not before[0].end <= e.start - sent.start < before[-1].start]
    if subj and _UNNAMED_ANTECEDENT.search(text, 0, trig.start):
        # "... are now operated by a ship manager that the UK has hit with sanctions": the one acted on is the
        # unnamed manager, not a name before it
        subj = []
    if subject_first and trig.label == "financial_penalty" and (
            payer := _PAYER_COREF.match(text)) is not None and payer.end() <= trig.start:
        # "The Rotterdam-based lender agreed to pay $148.6 million to OFAC", "In 2021, the bank paid 120 million euros
        # to the Dutch Public Prosecution Service to settle ...": the firm the article is about pays (not the payee)
        found = _payer(doc, idx)
        if found is not None:
            subj, obj = [found], []
    if not obj and _DEFINITE_OBJECT.match(text, trig.end) and (not subject_first or any(
            0 <= trig.start - a.end <= 20 for a in doc.authorities(idx))):
        # "X sold three tankers to a Dubai company weeks before Washington and London sanctioned the buyer": the one
        # acted on is named elsewhere or not at all, not the sentence's subject
        subj = []
    if not subject_first and not obj and pronoun_acts:
        # "ordered a review of X's takeover of Y, on the same day it sanctioned a Russian metals tycoon": the pronoun
        # acts, on someone unnamed; the names of the clause before are no targets
        subj = []
    chosen = (subj or obj) if subject_first else (obj or subj)
    if chosen and subject_first and (along := _ALONG_WITH.search(text, trig.end)):
        # "X was designated on Thursday along with its chief executive Y and finance director Z": they too
        clause_end = _CLAUSE_END.search(text, along.end())
        stop = clause_end.start() if clause_end else len(text)
        chosen = chosen + [e for e in ents if along.end() <= e.start - sent.start < stop and e.kind != "country"
                           and e not in chosen]
    if not chosen and (whom := _WHOM_BEFORE.search(text, 0, trig.start)):
        # "... owned by Gennady Lavrentyev, a shipping investor whom the British government designated ...": the one
        # the relative clause is about
        named = [e for e in ents if e.end - sent.start <= whom.start() and e.kind in ("person", "unknown", "organization")]
        chosen = named[-1:]
    if (which := _WHICH_ACTOR_BEFORE.search(text, max(0, trig.start - 60), trig.start)) is not None:
        # "does not lift sanctions on PDVSA, which Washington blacklisted in January 2019 ... to oust President X": the
        # name the relative clause is about, not the names after its verb
        named = [e for e in ents if e.end - sent.start == which.start() and e.kind in ("person", "unknown", "organization")]
        if named:
            chosen = named
    if not chosen and (group := _GROUP_SUBJECT.match(text)):
        # ("All five are subject to an asset freeze": the five named in the sentences before, when exactly five are)
        chosen = (group.group("count") and _counted_before(doc, idx, _WORD_COUNTS[group.group("count")])) or (
            _previous_subjects(doc, idx) if "subject" not in group.group(0) else [])
    if not chosen and (_COREF.search(text) or _COREF_AFTER.match(text, trig.end)
                       or _COREF_PUT_ON.search(text, max(0, trig.start - 60), trig.start)):
        prev = doc.earlier_organisation(idx)
        chosen = [prev] if prev else []
    if not chosen and (described := _NOUN_SUBJECT.match(text)):
        # "Min Htet Naing heads procurement for Myitnge Works, a state-linked workshop ... The workshop itself is also
        # designated": the one described so before
        found = _described_as(doc, idx, described.group(1).lower())
        chosen = [found] if found else []
    if not chosen and _PERSON_PRONOUN_OBJECT.match(text, trig.end):
        # "The cartel was founded by X, the father of A and B. OFAC designated him under the Kingpin Act in 2017"
        prev = doc.earlier_organisation(idx, kinds=("person", "unknown"))
        chosen = [prev] if prev else []
    if not chosen and _THEIR_ASSETS.match(text):
        # "The three are A, a former official; his wife, B; and C, a developer from Sousse. [...] Their assets in the 27
        # member states are now frozen": the group named a few sentences before (not the towns they are from)
        for j in range(idx - 1, max(-1, idx - 4), -1):
            if _GROUP_NAMED.match(doc.sentences[j].text):
                head = doc.sentences[j]
                chosen = [e for e in doc.entities(j) if e.kind in ("person", "unknown", "organization")
                          and not _PLACE_BEFORE.search(head.text, max(0, e.start - head.start - 12), e.start - head.start)
                          and not _works_at(head.text, e.start - head.start)]
                break
    if not chosen and _PERSON_PRONOUN_SUBJECT.match(text):
        # "X (a.k.a. Y; DOB ...) is the managing director of Z. He is being designated ...": the person before
        prev = doc.earlier_organisation(idx, kinds=("person", "unknown"))
        chosen = [prev] if prev else []
    if chosen and "which" in text and (owned := _WHICH_OWNS_VESSELS.search(text, trig.end)) is not None:
        # "designated X, which it said owns or operates the tankers A, B and C": the ships, identified as its
        # property, are designated with it (the names of the list the cue opens, up to its end)
        fleet = [e for e in doc.entities(idx) if e.start - sent.start >= owned.end() and e.kind in ("vessel", "unknown")
                 and not any(c in text[owned.end() : e.start - sent.start] for c in ".;:(")]
        kept: list[Entity] = []
        for e in fleet:
            if kept and not re.fullmatch(r",?\s*(?:and\s+|or\s+)?(?:the\s+)?", doc.text[kept[-1].end : e.start]):
                break
            kept.append(e)
        chosen = [*chosen, *(e for e in kept if not any(same_party(doc.canonical(e), doc.canonical(c)) for c in chosen))]
    if chosen and "itself" in text and (itself := _AS_WELL_AS_ITSELF.search(text, trig.end)) is not None:
        # "designated X, commander of the Dawna Range Security Force, an armed group ..., as well as the militia
        # itself": the group named as what its member commands is a target too
        named = [e for e in doc.entities(idx) if e.kind == "organization" and trig.end <= e.start - sent.start < itself.start()]
        if named and not any(same_party(doc.canonical(named[-1]), doc.canonical(e)) for e in chosen):
            chosen = [*chosen, named[-1]]
    # "listed an investigator of the Investigative Committee of the Russian Federation": the unnamed person is meant,
    # not where they work (nor the state closing that body's name)
    # (names of other sentences, read by the rules above, were checked in their own: the offsets reach this one only)
    chosen = [e for e in chosen if not (sent.start <= e.start and _works_at(text, e.start - sent.start, e.kind == "country"))]
    responsible = _COUNTED_RESPONSIBLE.match(text, trig.end)
    if responsible:
        # "sanctioned three individuals responsible for the arbitrary detention of human rights defender X": the
        # group's deeds name their victims and places, not more designees (unless "including X" names its members)
        cut = responsible.end()
        chosen = [e for e in chosen if e.start - sent.start < cut or _MEMBERS_NAMED.search(text, cut, e.start - sent.start)]
    # "from the UVL": a list's short name ("the Unverified List (UVL)"), no target; "for supporting Russia's military": a
    # state that owns what the sentence is about
    return [e for e in chosen if not doc.canonical(e).endswith((" List", " list")) and not e.name.startswith(("Lista ", "List of "))
            and not (e.name.isupper() and f"List ({e.name})" in doc.text)
            and not (e.kind == "country" and doc.text.startswith(("'s ", "’s "), e.end))
            # "The US has used Biden's executive order several times this year, sanctioning ...": whose order
            and not _WHOSE_INSTRUMENT_AFTER.match(doc.text, e.end) and not _LAW_NAMED_AFTER.match(doc.text, e.end)
            and not (e.kind != "country" and _DESTINATIONS_BEFORE.search(doc.text, max(0, e.start - 120), e.start))
            # "One of Mwinda's five non-executive directors, businessman X, was placed under EU sanctions": where the
            # designee sits, not a designee
            and not (e.kind != "country" and doc.text.startswith(("'s ", "’s "), e.end)
                     and _STAFF_OF_AFTER.match(doc.text, e.end + 3))
            and not (e.kind in ("person", "unknown") and (_WHOSE_OFFICE_AFTER.match(doc.text, e.end)
                                                          or _SIGNED_BY_BEFORE.search(doc.text, max(0, e.start - 60), e.start)))
            # "A, the host of Polyus TV's nightly talk show, B, ...": whose show the designee hosts
            and not (doc.text.startswith(("'s ", "’s "), e.end)
                     and _DESCRIBED_BY_WORK.search(doc.text, max(0, e.start - 50), e.start))]


_WHICH_OWNS_VESSELS = re.compile(
    r",\s+which\s+(?:(?:it|OFAC|Treasury|the\s+(?:department|ministry|agency|Treasury))\s+(?:said|says)\s+)?(?:allegedly\s+)?"
    r"(?:owns|operates|manages|controls)(?:\s+(?:or|and)\s+(?:owns|operates|manages|controls))?\s+the\s+"
    r"(?:[\w-]+\s+)?(?:tankers?|vessels?|ships?|carriers?)\s+(?=[A-Z])"
)
_STAFF_OF_AFTER = re.compile(r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|[a-z]+-executive|executive|senior|former|"
                          r"top|board)\s+){0,3}(?:directors|executives|board\s+members|shareholders|managers|employees)\b")
_DESCRIBED_BY_WORK = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:of|at|on|for|with)\s+$")
# "under its Sergei Magnitsky law": whom the law is named after
_LAW_NAMED_AFTER = re.compile(r"\s+(?:law|laws|act)\b")
# ("a package targeting \"the industrial backbone of Putin's war machine\"": whose war)
_WHOSE_INSTRUMENT_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:order|decree|law|act|regulations?|administration|government|"
                                     r"war|wars|regime|invasion|aggression|machine|military|army|forces|"
                                     # ("during Donald Trump's first term"): whose time in office
                                     r"term|presidency|tenure|cabinet|premiership)\b")
# "if Donald Trump, whose first administration declared ..., wins": a head of government, described by their office
# ("a campaign to oust Maduro, whose 2018 reelection was ...")
_WHOSE_OFFICE_AFTER = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}(?:administration|government|presidency|term|cabinet|"
                                 r"premiership|reelection|re-election|election|rule)\b")
# "has flown U.S.-origin aircraft on routes to and from Antalya, Dubai and Urumqi": places travelled to, no targets
_DESTINATIONS_BEFORE = re.compile(r"\b(?:routes?|flights?|flown|flew|fly|flying|voyages?|sailed|sailing|calls?|calling)\s+"
                                  r"(?:(?:to\s+and\s+from|to|from|between|into)\s+)(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+"
                                  r"(?:and\s+|or\s+)?){0,5}$")
# "under an executive order signed by President Joe Biden": who signed the instrument
_SIGNED_BY_BEFORE = re.compile(r"\b(?:signed|issued|decreed|ordered|approved|enacted)\s+(?:into\s+law\s+)?by\s+(?:(?:then|former|"
                               r"the|US|U\.S\.|French|British|Russian)[\s-]+)?(?:President|Prime\s+Minister|Chancellor|King|"
                               r"Governor|Secretary|Minister)\s+$")
_AS_WELL_AS_ITSELF = re.compile(r",?\s+(?:as\s+well\s+as|and)\s+the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+itself\b")


_ROLE_OF = (
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?:former|senior|deputy|chief|acting|lead|regional)\s+)?"
    # ("a procurement official for the IRGC Aerospace Force")
    r"(?:(?:procurement|finance|financial|security|intelligence|military|logistics|technical)\s+)?"
    r"(?:investigator|judge|prosecutor|officer|official|commander|employee|member|interrogator|guard|warden|agent|"
    r"director|director-general|director general|manager|head|chief)\s+"
    r"(?:of|at|in|with|from|for)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
)
_ROLE_OF_BEFORE = re.compile(_ROLE_OF + "$")
# "... an investigator of the Investigative Committee of the Russian Federation": the state closing the body's name
_ROLE_OF_BODY_OF = re.compile(_ROLE_OF + r"(?:[A-Z][\w’'-]*\s+){1,5}of\s+(?:the\s+)?$")


def _works_at(text: str, rel: int, country: bool = False) -> bool:
    """Whether the name at `rel` in `text` is where an unnamed designee works ("an investigator of the X"), or, for a
    `country`, the state closing that body's name ("... of the Investigative Committee of the Russian Federation")."""
    return bool(_ROLE_OF_BEFORE.search(text, max(0, rel - 60), rel)
                or country and _ROLE_OF_BODY_OF.search(text, max(0, rel - 140), rel))
# An action on a counted group described by its deeds: "three individuals responsible for", "two entities involved in"
_COUNTED_RESPONSIBLE = re.compile(
    r"\s+(?:(?:on|against)\s+)?(?:a\s+further\s+|another\s+|an\s+additional\s+)?"
    + _SMALL_COUNT + r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?:individuals|persons|people|entities|officials|companies|firms|members|officers|nationals|criminals|hackers|"
    r"operatives|suspects|militants|commanders|businessmen)\s+"
    r"(?:(?:who|that)\s+(?:are|were)\s+|(?:they|it|officials|investigators)\s+)?"
    r"(?:responsible\s+for|involved\s+in|accused?\s+of|implicated\s+in|complicit\s+in)\b"
    # "four Russian nationals who the National Cyber Security Centre (NCSC) has assessed are members of ...": who says so
    r"|\s+(?:on\s+|against\s+)?" + _SMALL_COUNT + r"\s+(?:[\w-]+\s+){0,3}?(?:individuals|persons|people|nationals|men|women)\s+"
    r"(?=(?:who|whom)\s+(?:the\s+)?[A-Z])"
)
_MEMBERS_NAMED = re.compile(r"\b(?:including|namely|such\s+as|among\s+them)\b|:")


# An attribution clause after the news: ", Foreign Minister Penny Wong said", ", Interfax reported",
# ", said Treasury Secretary Janet Yellen", ", according to the company".
_SPEECH = r"(?:said|says|told|added|noted|stated|wrote|announced|reported|reports|tweeted|posted)"
_SPEAKER_BEFORE = re.compile(r",\s*(?:the\s+)?(?:[A-Za-z’'.-]+\s+){0,4}$")
_SPEECH_AFTER = re.compile(rf"\s+{_SPEECH}\b")
_SPEECH_BEFORE = re.compile(rf",\s*(?:{_SPEECH}|according\s+to)\s+(?:the\s+)?(?:[A-Za-z’'.-]+\s+){{0,4}}$")


def _speaker(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    if bool(_SPEAKER_BEFORE.search(before) and _SPEECH_AFTER.match(text, end)):
        return True
    said = _SPEECH_BEFORE.search(before)
    # "..., added the NAM PO STAR and the SEA LOTUS to its sanctions list": added to a list, not said
    if said is None:
        return False
    return not (said.group(0).lstrip(", ").startswith("added") and _TO_A_LIST.search(text, end))


_TO_A_LIST = re.compile(r"\bto\s+(?:its|the|their)\s+(?:[\w'’.-]+\s+){0,4}list\b")


_WORKPLACE_OF = re.compile(r"\s+(?:of|at)\s+the\s+(?:[A-Z][\w-]*\s+){0,3}")


def _without_descriptors(text: str, offset: int, ents: list[Entity]) -> list[Entity]:
    """The entities less those that only describe the next one or name a place: "Hezbollah financier X",
    "Rosneft chief executive Y", "Kim Jong Un's sister Z", "Lockheed Martin's Skunk Works unit", "the head
    of Evin prison"."""
    named = [e for e in ents if e.kind != "country"]
    dropped: set[int] = set()
    for i, e in enumerate(named):
        after = named[i + 1] if i + 1 < len(named) else None
        gap = (e.end - offset, after.start - offset) if after is not None else None
        if gap and after is not None and after.kind in ("person", "unknown") and _ROLE_BEFORE_NAME.fullmatch(text, *gap):
            dropped.add(id(e))
        elif gap and _POSSESSOR_OF_NEXT.fullmatch(text, *gap):
            dropped.add(id(e))
        elif i > 0 and named[i - 1].kind == "person" and e.kind in ("organization", "unknown") and (
                _WORKPLACE_OF.fullmatch(text, named[i - 1].end - offset, e.start - offset)):
            dropped.add(id(e))  # "Judge A of the Minsk City Court": where A works
        elif e.kind == "unknown" and " " not in e.name and _FACILITY_AFTER.match(text, e.end - offset):
            dropped.add(id(e))
        elif _GROUP_OF.match(text, e.end - offset) or _MEMBERS_OF.search(text, max(0, e.start - offset - 60), e.start - offset):
            dropped.add(id(e))  # "four Hamas leaders", "five leaders of the Sinaloa Cartel": the people are meant
        elif _APPOSITIVE_BEFORE.search(text, max(0, e.start - offset - 30), e.start - offset) and _ROLE_AFTER.match(
                text, e.end - offset):
            dropped.add(id(e))  # "Kessel Ali, a Hizballah financier, and ...": describes the name before
        elif i > 0 and (role := _POST_OF_BEFORE.search(text, max(0, e.start - offset - 90), e.start - offset)) and (
                holder := next((n for n in reversed(named[:i]) if n.end - offset <= role.start()), None)) is not None and (
                holder.kind in ("person", "unknown") and not text[holder.end - offset : role.start()].strip()):
            # "X, former Director General of Paraguay's National Directorate of Customs, for ...", "Y, a customs
            # official at the Port of Villeta": where the person named before works, not a target of its own (names
            # inside the post are passed over: "Z, the former head of the Sughd regional directorate of ...")
            dropped.add(id(e))
    return [e for e in ents if id(e) not in dropped]


_AS_IS = re.compile(r", as (?:is|are|was|were)\s+(?:the\s+)?(?=[A-Z])")
_RELATIVE_BETWEEN = re.compile(r",\s+wh(?:o|ich|ose|ere)\b|\swhere\b")
_SERIES_GOES_ON = re.compile(
    r",\s+(?:and|as\s+well\s+as|along\s+with(?:\s+th(?:ose|at)\s+of)?)\s+(?P<group>(?:of\s+|on\s+)?(?:(?:two|three|four|five|six|\d)\s+of\s+)?(?:his|her|their|its)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z]+s,\s+)?"
    # ", as well as its managing director Hossein Nakhaei Parsa": one more, after the role
    r"(?:(?:his|her|their|its)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])"
    # ", along with those of the company's president, Alcides Ramon Villegas Pino"
    r"|the\s+(?:company|firm|bank|group|network)['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+,\s+(?=[A-Z])"
    # ", and on Ravin Andishan Pardaz Company, a ...": the measure's preposition again; ", and of its managing
    # director, Azerbaijani national X": a role, then the person
    r"|(?:of|on|against)\s+(?:the\s+)?(?=[A-Z])"
    r"|(?:of|on|against)\s+(?:his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+,\s+(?:[A-Z][a-z]+\s+nationals?\s+)?(?=[A-Z]))?"
    # (", which makes engines, and Istanbul-registered X": where the next one is based, then its name)
    r"(?:[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?-(?:based|registered|incorporated|headquartered)\s+)?"
    r"(?=[A-Z])"
)
_PREPOSITION_AGAIN = re.compile(r",\s+(?:and|as\s+well\s+as)\s+(?:of|on|against)\s")
_COUNTED_BEFORE_COLON = re.compile(
    r"\b" + _SMALL_COUNT + r"\s+(?:[\w-]+\s+){0,2}"
    r"(?:companies|entities|firms|individuals|persons|people|vessels|tankers|ships|banks|associates|relatives|members|"
    r"officials|officers|commanders|leaders|executives)\b[^.;:]{0,90}$"
)
# (a rank before the name: "four other members of the junta: Colonel A, Major B")
# The object right after a trigger, counted ("added two entities for ...", "sanctioned three individuals who ...")
_COUNTED_OBJECT = re.compile(
    r"\s+(?:also\s+)?" + _SMALL_COUNT + r"\s+(?:[\w-]+\s+){0,2}"
    r"(?:companies|entities|firms|individuals|persons|people|vessels|tankers|ships|banks|associates|members|officials)\b"
)
_PART_OPENS_BEFORE = re.compile(
    # ("...: Dubai-based A, Seychelles-registered B and C": where a part's firm is based, before its name)
    r"(?::|,|;|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?-(?:based|registered|incorporated|headquartered)\s+)?"
    r"(?:" + _TITLES_RUN.pattern + r")?$"
)
# "X, a company that ..., as well as its general director, A, and B", "..., together with its beneficial owner, C":
# the people a target's description leads on to, named after their role
# "the general director of LLC Volgotron Sergei Anatolyevich Lobanov, the beneficial owner of JSC X Marat Y, and the
# director of OJSC Z Aliaksandr W": each person after the post they hold in a company (the company names the post)
_POST_IN = r"(?:[a-z-]+\s+){0,2}(?:director|owner|head|chairman|chairwoman|founder|president|shareholder|manager|executive|co-owner)\s+of\s+"
_POST_IN_BEFORE = re.compile(r"\b" + _POST_IN + r"$")
_NEXT_POST_IN = re.compile(r",?\s+(?:and\s+)?(?:the|its|a)\s+" + _POST_IN + r"(?=[A-Z])")
_AND_ANOTHER_DESCRIBED = re.compile(r",\s+and\s+(?=[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){1,3},\s+(?:a|an|the)\s)")
_SAYS_AFTER = re.compile(r",\s+(?:a|an|the)\s[^,.;]{1,80},\s+(?:said|says|told|added|noted|warned|wrote)\b")
_WITH_ITS_ROLE = re.compile(
    # (", and its Kazakhstan-registered trading arm, X" too)
    r",\s+(?:as\s+well\s+as|together\s+with|along\s+with|and)\s+(?:his|her|its|their)\s+(?:(?:[A-Z][a-z]+-)?[a-z-]+\s+){0,3}[a-z-]+,\s+(?=[A-Z])"
)


# What joins one name of a series to the next: "A, B", "A and B", "A, as well as B", "X's spouse, A, and his adult
# son, B" (the relative's possessor is a name of the series too, dropped as a descriptor).
_SERIES_LINK = re.compile(
    r"(?:,\s+|,?\s+(?:and|as\s+well\s+as)\s+)(?:(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?"
    r"|" + _POSSESSIVE_RELATION
)


def _series_end(text: str, offset: int, ents: list[Entity], begin: int, reach: int) -> int:
    """`reach`, or where the series of names running through it ends: names joined one to the next by commas,
    "and" or "as well as" belong to the action however long the series."""
    inside = [e.end - offset for e in ents if e.kind != "country" and begin <= e.start - offset < reach]
    if not inside:
        return reach
    joined = _joined_names(text, offset, ents, max(inside))
    return max(reach, joined[-1].end - offset if joined else max(inside))


def _joined_names(text: str, offset: int, ents: list[Entity], last: int, first: Entity | None = None) -> list[Entity]:
    """The names (no countries) that go on a series ending at `last` (an offset in `text`), each joined to the one
    before by `_SERIES_LINK`; `first`, a name starting at `last`, opens the series."""
    out: list[Entity] = []
    for e in ents:
        if e.start - offset < last or e.kind == "country":
            continue
        if e is not first and not _SERIES_LINK.fullmatch(text, last, e.start - offset):
            break
        out.append(e)
        last = e.end - offset
    return out


_NAMELY = re.compile(r",\s+namely\s+(?:the\s+)?")
_COUNTED_GROUP_BEFORE = re.compile(r"\b" + _SMALL_COUNT + r"\s+(?:[\w-]+\s+){0,2}(?:individuals|persons|people|entities|"
                                   r"companies|firms|officials|vessels|organi[sz]ations)\b")
_DASH = re.compile(r" (?:--|—|–) ")
_INTEREST_CLAUSE = re.compile(r"\bin\s+which\s+[^:;]{1,160}?\s+(?:has|have|had)\s+(?:an\s+)?interests?\s*$")
# "froze the assets of three armed factions it held responsible for the killing of civilians in March — the A, the B
# and the C —": a counted group, a clause on what they did, then their names between dashes
_COUNTED_THEN_CLAUSE = re.compile(
    r"\s+(?:the\s+assets\s+of\s+|of\s+|on\s+|sanctions\s+on\s+)?(?:" + _SMALL_COUNT + r")\s+(?:[\w.-]+\s+){0,2}[\w-]+s\s+"
    r"(?:it|they|that|which|who|whom)\s+[^—–:;]{1,160}?\s*$"
)
_COUNTED_BEFORE_DASH = re.compile(r"\b" + _SMALL_COUNT + r"\s+(?:[\w.-]+\s+){0,2}[\w-]+s\s+$")  # ("three U.S. companies — A, B and C —")


# "barring Idris Sendiq and his immediate family from entering": the trigger holds its object
_BARRED_WHOM = re.compile(r"(?:(?:bann|barr)(?:ed|ing)|bars?|prevent(?:s|ed|ing)?) (.+?) from (?:entering|travel|visiting)",
                          re.IGNORECASE)


def _word_spans(trig: Trigger) -> list[tuple[int, int]]:
    """The parts of a sentence a trigger's own words take: all of it, but the object some hold ("barred X from entering")."""
    whom = _BARRED_WHOM.match(trig.surface)
    if whom is None:
        return [(trig.start, trig.end)]
    return [(trig.start, trig.start + whom.start(1)), (trig.start + whom.end(1), trig.end)]


_DESCRIBED_PLACE = re.compile(r",\s+an?\s+[^,;:()]{0,80}?\s(?:from|in|near)\s+(?=[A-Z])[^,;:()]+")
_DESCRIBING_CLAUSE = re.compile(r",\s+an?\s+[^,;:()]{0,60}?\b(?:that|which|whose|who)\s[^,;:()]+"
                                # "listed X, the St Petersburg-based manager of the general cargo vessel Y, which ...": what X
                                # manages
                                r"|,\s+the\s+[^,;:()]{0,40}?\b(?:manager|owner|operator|charterer)\s+of\s+the\s+[^,;:()]{0,60}"
                                # "listing X, chief judge of Branch 2 of the Revolutionary Court of Tabriz, who ...": where
                                # X serves
                                r"|,\s+(?:(?:chief|presiding|deputy|senior|former|acting|first)\s+){0,2}(?:judge|director|head|"
                                r"chairman|governor|prosecutor|warden)\s+(?:of|at)\s+[^,;:()]{1,80}")
# "signed a Temporary Denial Order (TDO) on September 8, 2025, suspending the export privileges of X": whom the order hits
_PRIVILEGES_OF = re.compile(
    r",\s+(?:suspending|denying|revoking|withdrawing)\s+(?:the\s+|all\s+)?(?:U\.S\.\s+)?(?:export|trade|trading)\s+"
    r"privileges\s+of\s+"
)


def _post_holders(text: str, offset: int, ents: list[Entity], out: list[Entity]) -> list[Entity]:
    """The people named right after their post in a company ("the director of OJSC X Aliaksandr Y"), from the first of
    `out` so written, then one post after another ("..., the beneficial owner of JSC Z Marat W, and the director of ...")."""
    by_start = {e.start - offset: e for e in ents}
    held: list[Entity] = []
    org = next((e for e in out if e.kind != "country"
                and _POST_IN_BEFORE.search(text, max(0, e.start - offset - 60), e.start - offset)), None)
    while org is not None:
        person = by_start.get(org.end - offset + 1)
        if person is None or person.kind not in ("person", "unknown") or text[org.end - offset : org.end - offset + 1] != " ":
            break
        held.append(person)
        more = _NEXT_POST_IN.match(text, person.end - offset)
        org = by_start.get(more.end()) if more else None
    return held


_COUNTED_GROUP = re.compile(r"\b" + _SMALL_COUNT + r"\s+(?:[a-z-]+\s+){0,2}"
                            r"(?:entities|companies|individuals|persons|people|firms|vessels|tankers|ships|banks|"
                            r"organi[sz]ations)\b")


def _object_targets(text: str, offset: int, ents: list[Entity], trig: Trigger, auth_country: str | None) -> list[Entity]:
    whose = _PRIVILEGES_OF.search(text, trig.end, trig.end + 120) if "privileges of" in text else None
    if whose is not None:
        held = [e for e in ents if e.start - offset == whose.end() and e.kind != "country"]
        if held:
            return held
    whom = _BARRED_WHOM.match(trig.surface)
    if whom:
        # (not "several hundred Australians": people of a nationality are counted, not named)
        inside = [e for e in ents if trig.start + whom.start(1) <= e.start - offset < trig.start + whom.end(1)
                  and e.kind != "country" and not nationals(e.name)]
        if inside:
            return inside
    window_end = len(text)
    reach = trig.end + 160
    begin = trig.end  # where the objects' names begin
    m = _CLAUSE_BREAK.search(text, trig.end)
    # ("identifying the following vessels as property in which A, B or C has an interest: D, E and F": the owners named
    # in the clause before the colon, the ships after it)
    interest = False
    if (m is not None and m.group().startswith(("for ", "due to", "because")) and (colon := text.find(":", m.end(), m.end() + 160)) >= 0
            and not any(c in text[m.end() : colon] for c in ".;") and _COUNTED_GROUP.search(text, max(0, trig.start - 60), colon)):
        # "adding three entities to the Entity List for supplying microelectronics that ended up in Russian drones: A and
        # B, both in China, and C": the reason, then the counted group's names after the colon
        m = _CLAUSE_BREAK.search(text, colon)
    if m is not None and m.group() == "in which" and (colon := text.find(":", m.end(), m.end() + 200)) >= 0 and (
            _INTEREST_CLAUSE.match(text, m.start(), colon)):
        m, interest = _CLAUSE_BREAK.search(text, colon), True
    if m and m.group() in (":", "—", "–", " -- ") and (m.start() - trig.end <= 80 or (interest or m.group() != ":" and _COUNTED_THEN_CLAUSE.match(
            text, trig.end, m.start())) and m.start() - trig.end <= 200) and (interest or not any(
        trig.end <= e.start - offset < m.start() and e.kind != "country" for e in ents
    )) and (m.group() == ":" or _COUNTED_BEFORE_DASH.search(text, trig.end, m.start() + int(m.group() == " -- "))
           or _COUNTED_THEN_CLAUSE.match(text, trig.end, m.start())):
        # "sanctioned three Russian oil traders: A, B and C": a colon after a described group opens its names (as
        # does a dash: "identified four tankers — the A, B and C — as blocked property", to the closing one).
        reach = m.end() + 160
        begin = m.end()
        m = _CLAUSE_BREAK.search(text, m.end())
    series: list[Entity] = []
    semicolon = text.find(";", begin) if m is not None else -1
    # (a clause inside a part's description too: "designated A, a Turkey-based official who the department said
    # oversees ...; B, a money changer; and C")
    if m is not None and semicolon >= 0 and (m.group() == ";" or _DESCRIBED.match(text, m.start()) or semicolon - begin < 240):
        # "determined to add A; B; and C, all under the destination of China", "added to the register: A, who
        # heads X; B, director of Y; and C, an official": names separated by semicolons
        series = _semicolon_series(text, offset, ents, begin, semicolon)
        if series and (tail := _AFTER_DASHED_SERIES.match(text, series[-1].end - offset)) is not None:
            # "three firms — A; B; and C — and two businessmen, X and Y, who ...": the names after the closing dash too
            brk = _CLAUSE_BREAK.search(text, tail.end())
            stop_at = brk.start() if brk is not None else len(text)
            series += [e for e in ents if tail.end() <= e.start - offset < stop_at and e.kind != "country"
                       and e.alias_of is None]
        if series:
            reach = window_end = series[-1].end - offset
            m = None
    if m:
        window_end = m.start()
    if window_end > reach:
        reach = _series_end(text, offset, ents, trig.end, reach)
    window_end = min(window_end, reach)
    # (a reason before a colon or dash that opens the names ends there: "three factions it held responsible for the
    # killing of civilians — the A, the B and the C": it does not reach into the names)
    reasons = [(r.start(), min(r.end(), begin) if r.start() < begin else r.end())
               for r in _REASON.finditer(text, trig.end, window_end)]
    if ", a" in text or ", the" in text or " of " in text[trig.end : window_end]:
        # "sanctioned X, a Sharjah-based company that shares directors with Y, in January": what X is, not a target
        reasons += [r.span() for r in _DESCRIBING_CLAUSE.finditer(text, trig.end, window_end)]
        # "fined X GmbH, a family-owned maker of CNC lathes from Nürtingen near Stuttgart, €2.9 million": where it is from
        reasons += [r.span() for r in _DESCRIBED_PLACE.finditer(text, trig.end, window_end)]

    def in_reason(rel: int) -> bool:
        return any(s <= rel < e for s, e in reasons)

    out = series or [e for e in ents if e.kind != "country" and trig.end <= e.start - offset < window_end
                     and not in_reason(e.start - offset)
                     and not _DESTINATION_BEFORE.search(text, max(0, e.start - offset - 30), e.start - offset)]
    if out and not series and m is not None and m.group().startswith(", "):
        # "listed A, a former member of X, who recruited ..., and B, who organised ...", "sanctioned C and D, who ...,
        # as well as E, the owner of ...": the names that go on the series after a relative clause
        # ("listing A, presiding judge of X, who sentenced ..., and B, director of Y": the clause after his role)
        for more in _SERIES_GOES_ON.finditer(text, m.end()):
            # (the measure's preposition said again, ", and of its managing director, X", goes on the series whatever
            # the description between)
            if ("wh" not in m.group() and not _RELATIVE_BETWEEN.search(text, m.start(), more.start())
                    and not _PREPOSITION_AGAIN.match(more.group())):
                continue
            nxt = next((e for e in ents if e.start - offset == more.end()), None)
            if nxt is not None and nxt.kind in ("person", "organization", "unknown") and nxt not in out:
                out.append(nxt)
                if more.group("group"):
                    # ", and of two of his alleged lieutenants, A and B": the group's names, joined
                    out += [e for e in _joined_names(text, offset, ents, more.end(), nxt)[1:] if e not in out]

    if m is not None and (also := _AS_IS.match(text, m.start())) is not None:
        # "The brigade itself is also listed, as is Al-Wafa Maritime Services, a company ...": one more target
        # (and those joined to it)
        first = next((e for e in ents if e.start - offset == also.end() and e.kind != "country"), None)
        out += [e for e in _joined_names(text, offset, ents, also.end(), first) if e not in out]

    if not out and (counted := _COUNTED_OBJECT.match(text, trig.end)) is not None:
        colon = text.find(":", counted.end(), trig.end + 300)
        if colon >= 0 and ";" not in text[counted.end() : colon]:
            # "BIS also added two entities for procuring U.S.-origin items ... found in Shahed-series drones: A, located
            # at ..., and B": a counted object whose names follow a colon, after what they did
            out = [e for e in ents if e.start - offset > colon and e.kind != "country"
                   and _PART_OPENS_BEFORE.search(text, colon, e.start - offset)]
    dash = _DASH.search(text, out[-1].end - offset, trig.end + 300) if out else None
    if dash and _COUNTED_BEFORE_DASH.search(text, out[-1].end - offset, dash.start() + 1):
        # "are the Sokdo Information Technology Company and four of its operatives -- A, B, C and D --": the names
        # between the dashes after a counted group
        close = text.find(dash.group(), dash.end())
        close = close if close >= 0 else len(text)
        out += [e for e in ents if dash.end() <= e.start - offset < close and e.kind != "country" and e not in out]
    if ", namely " in text and (namely := _NAMELY.search(text, trig.end, trig.end + 400)) is not None and _COUNTED_GROUP_BEFORE.search(
            text, trig.end, namely.start()):
        # "restrictive measures against five individuals and one entity responsible for ..., namely A, B and the C": the
        # counted group's names, after its description
        first = next((e for e in ents if e.start - offset == namely.end() and e.kind != "country"), None)
        if first is not None:
            out += [e for e in _joined_names(text, offset, ents, namely.end(), first) if e not in out]
    colon = text.find(":", trig.end, trig.end + 300) if out else -1
    if colon >= 0 and _COUNTED_BEFORE_COLON.search(text, trig.end, colon):
        # "designated X, together with two companies he is said to control: A, a real estate firm, and B, a trader":
        # the names that open the parts after the colon
        out += [e for e in ents if e.start - offset > colon and e.kind != "country" and e not in out
                and _PART_OPENS_BEFORE.search(text, colon, e.start - offset)]
    if out:
        for more in _WITH_ITS_ROLE.finditer(text, window_end):
            first = next((e for e in ents if e.start - offset == more.end() and e.kind != "country"), None)
            out += [e for e in _joined_names(text, offset, ents, more.end(), first) if e not in out]
        if len(out) == 1 and _DESCRIBED.match(text, out[0].end - offset):
            # "listing A, director of Ward 209 of Evin prison, where detainees have been ..., and B, a deputy prosecutor
            # in Tehran": one more described person after the first one's long description
            for more in _AND_ANOTHER_DESCRIBED.finditer(text, window_end, min(len(text), window_end + 300)):
                person = next((e for e in ents if e.start - offset == more.end() and e.kind in ("person", "unknown")), None)
                if person is not None and not _SAYS_AFTER.match(text, person.end - offset):
                    out.append(person)
                    break

    def group_before(rel: int) -> bool:
        """Targets named or counted before `rel`, with no measure on trade between them and it."""
        named = [o.end - offset for o in out if o.start - offset < rel]
        group = _UNNAMED.search(text[trig.end : rel])
        ends = named + ([trig.end + group[1]] if group else [])
        return bool(ends) and not _TRADE_MEASURE.search(text, max(ends), rel)
    # Countries are targets only as the object of the measure ("on North Korea", "of Russian oil").
    last_target_end = None
    for c in find_countries(text[trig.end : window_end]):
        start = trig.end + c.start
        before = text[max(0, start - 30) : start]
        if c.code == auth_country or in_reason(start) or not _COUNTRY_TARGET_BEFORE.search(before) or (
                _LAW_TITLE_BEFORE.search(text, max(0, start - 80), start)):
            continue
        if _names_regime(text, start):
            continue  # "the committee overseeing sanctions on Haiti": the regime's name
        if _PARTNERS_BEFORE.search(text, max(0, start - 70), start):
            continue  # "carried out in close coordination with the United States and Japan": partners, not targets
        if _ATTACKED_BEFORE.search(before):
            continue  # "measures against those supporting Russia's war of aggression against Ukraine": the one attacked
        if _BASED.match(text, trig.end + c.end):  # "UAE-based X": where X is based
            continue
        if _STATE_ACTS_AFTER.match(text, trig.end + c.end):
            continue  # "build on counter-terrorism financing sanctions Australia imposed on ...": the state that acted
        if _TARGETS_THEN_CLAUSE.search(text, trig.end, start):
            continue  # "action against a network of ship managers that together have moved Iranian crude": what they did
        if LAW_AFTER.match(text, trig.end + c.end):  # "under the Russia (Sanctions) (EU Exit) Regulations 2019"
            continue
        if text.startswith(("'s ", "’s "), trig.end + c.end) and any(
                o.kind != "country" and o.start - offset > start for o in out):
            continue  # "sanctions on Russia's two largest oil companies, Rosneft and Lukoil": whose they are
        word_before = _WORD_BEFORE.search(before)
        adjective = c.surface != country_name(c.code) and not c.surface.isupper() and "." not in c.surface
        if word_before and word_before.group(1).lower() == "of" and not adjective:
            continue
        if word_before and word_before.group(1).lower() in _SUPPORT_VERBS:
            continue  # "target the companies and individuals supplying Russia's defence industry": what they did
        if word_before and word_before.group(1).lower() in ("to", "from") and group_before(start):
            # "sanctioned 25 individuals and entities, including suppliers of equipment to Russia": the
            # targets are named or counted first; the country describes what they did.
            continue
        if not adjective and _MAKERS_AFTER.match(text, trig.end + c.end) and text[trig.end + c.end : trig.end + c.end + 1] == " " \
                and text[trig.end + c.end + 1 : trig.end + c.end + 2].islower():
            continue  # "imposed sanctions on Myanmar military officers": the name as a modifier, as "Burmese" would be
        if adjective and (_WHO_AFTER_DEMONYM.match(text, trig.end + c.end) or _ONE_BEFORE.search(before)
                          or _MAKERS_AFTER.match(text, trig.end + c.end)
                          or _TITLED_MAKERS_AFTER.match(text, trig.end + c.end)):
            # "Iranian national X", "a Chinese 'teapot' refinery", "sanctions on Iranian drone manufacturers": a
            # nationality, not the target
            continue
        if _TRAILING_THE.sub("", before).rstrip().endswith((",", "and")) and last_target_end is None:
            continue
        if any(o.kind == "country" and o.country == c.code for o in out):
            continue
        out.append(Entity(offset + start, offset + start + len(c.surface), country_name(c.code), "country", c.code))
        last_target_end = start
    return sorted(out, key=lambda e: e.start)


_AFTER_DASHED_SERIES = re.compile(r"\s*[—–]\s+and\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+")


def _semicolon_series(text: str, offset: int, ents: list[Entity], begin: int, first_break: int) -> list[Entity]:
    """The names of "A; B; C; and D" right after a trigger (at `begin`), when the part before the first semicolon
    (at `first_break`) is one name, maybe with its description ("A, who heads X;"): each part is then one name
    ("Xi'an Boyuan Materials and Coatings Co., Ltd." too: the parts are separated by semicolons, not by "and").
    [] when it is no such series."""
    names = {e.start - offset: e for e in ents if e.kind != "country" and e.alias_of is None}
    out: list[Entity] = []
    pos, stop = begin, first_break  # stop: the semicolon ending this part; -1 for the last part
    while True:
        while text[pos : pos + 1] == " ":
            pos += 1
        if out and text.startswith("and ", pos):
            pos += 4
        ent = names.get(pos)
        if ent is None and (titled := _TITLES_RUN.match(text, pos)):
            ent = names.get(titled.end())  # "; Brigadier General Osman Enrique Tovar Lugo, commander of ...;": after the title
        if ent is None and (national := _NATIONAL_OPENING.match(text, pos)):
            ent = names.get(national.end())  # "; and Georgian national Gocha Beridze, captain of ...": the nationality first
        if ent is None and (role := _ROLE_BEFORE_PART.match(text, pos, stop if stop >= 0 else len(text))):
            # "; its board chairman and main shareholder, Talant Asanbekov;", "designated the faction's secretary-general,
            # Hamid Jassim al-Mousawi, ...;": the role first
            ent = names.get(role.end())
        if ent is None:
            return out if len(out) > 1 else []
        end = ent.end - offset
        joined = _SERIES_AND.match(text, end, stop if stop >= 0 else len(text))
        other = names.get(joined.end()) if joined else None
        if other is not None and other.name.split()[-1] in LEGAL_FORMS and ent.name.split()[-1] not in LEGAL_FORMS:
            ent = Entity(ent.start, other.end, text[pos : other.end - offset], "organization", other.country)
            end = ent.end - offset
        if stop >= 0 and text[end:stop].strip() and not _DESCRIBED.match(text, end):
            return []  # a part of more than one name, or of a name and more than its description: no series
        out.append(ent)
        if stop < 0:  # the last part: its name, then whatever follows ("all under the destination of China")
            return out if len(out) > 1 else []
        pos = stop + 1
        stop = text.find(";", pos)


_SERIES_AND = re.compile(r" and (?=[A-Z])")
_ROLE_BEFORE_PART = re.compile(r"(?:its|his|her|their|the\s+[a-z]+['’]s)\s+[a-z][a-z -]{2,60}?,\s+")
# A part's name and then its description: "A, who heads X", "B, director of Y", "C (China)".
_DESCRIBED = re.compile(r",\s+(?:who|which|a|an|the|director|head|chief|owner|based|[a-z]+ed|alias|(?:also\s+|better\s+)?known\s+as|a\.k\.a\.)(?!\w)|\s*\("
                        r"|,\s+(?!(?:and|or|as|along|plus|together|all|both|each)\b)[a-z]{3,}\s+of\b")  # ", commander of ..."
# "adds the following entities under the destination of Ruritania:": where the entities are, not one of them
_DESTINATION_BEFORE = re.compile(r"\bdestinations? of (?:the )?$")


# Targets described as a group, then a relative clause on what they did: a country inside it is not the target.
_TARGETS_THEN_CLAUSE = re.compile(
    r"\b(?:networks?|compan(?:y|ies)|entit(?:y|ies)|individuals?|persons?|people|firms?|vessels?|ships?|tankers?|brokers?|"
    r"managers?|owners?|operators?|suppliers?|traders?|facilitators?|banks?|officials?|businessm[ae]n)\b[^.;]{0,120}?"
    r"\s(?:that|which|who)\s"
)


_SUPPORT_VERBS = frozenset({
    "supplying", "supply", "supplied", "helping", "help", "helped", "supporting", "support", "supported", "aiding",
    "funding", "financing", "equipping", "arming", "assisting", "backing", "serving", "servicing", "enabling",
})


_UNNAMED_ANTECEDENT = re.compile(r"(?<!,)\s(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:that|which)\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,4}$")
# (", a trader that Britain sanctioned in May": the name the description after it is about)
_WHICH_ACTOR_BEFORE = re.compile(r",\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:that|which)|which)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
                                 r"(?:(?:has|have|had|also)\s+)?$")
_WHOM_BEFORE = re.compile(r"\bwhom\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$")
_SHIP_GROUP = re.compile(r"\b(?:tankers|vessels|ships|carriers|bulkers)\b", re.IGNORECASE)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\b")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:said|says|announced|reported)\b")


def _subject_targets(text: str, offset: int, ents: list[Entity], trig: Trigger) -> list[Entity]:
    # A person before the trigger is who speaks or acts ("Foreign Minister X announced sanctions"), but the one
    # acted on in the passive ("Yelena Markina, who oversees ..., is sanctioned for her role").
    passive = _PASSIVE.search(text[: trig.start]) is not None or trig.surface.lower().startswith(
        ("is ", "are ", "was ", "were ", "been "))
    if _LED_TO_BEFORE.search(text, max(0, trig.start - 60), trig.start):
        # "The Australian Federal Police supported the investigation that led to these designations": who helped
        return []
    # ("VANCOUVER, Aug. 14, 2025 /CNW/ - ...": the dateline's place and wire are no names, hostile probe 33 F11)
    lead = dateline_end(text) if text[:1].isupper() and "," in text[:40] else 0
    out = [e for e in ents if lead <= e.start - offset < trig.start and e.kind != "country" and (passive or e.kind != "person")
           # "Zelensky has signed dozens of sanctions decrees": the name before the verb acts
           and (passive or not _SIGNS_AFTER.match(text, e.end - offset))]
    if out and passive and (group := _GROUP_RELATIVE.search(text, 0, trig.start)) is not None:
        # "Two UAE companies that bought aframaxes from Greek owner X have been hit with UK sanctions": the group
        # is acted on; the names in the clause on what it did are not
        out = [e for e in out if e.start - offset < group.start()]
    if out:
        # "X, described by officials as a financier of Y, is also named": Y describes X, the one acted on
        aside = _APPOSITIVE.match(text, out[0].end - offset)
        if aside and aside.end() <= trig.start:
            out = [e for e in out if not out[0].end <= e.start < offset + aside.end()]
    return out


_MEMBERS_OF_BEFORE = re.compile(r"\bmember\s+(?:states|countries|nations|governments)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$")
_LED_TO_BEFORE = re.compile(r"\b(?:led|leading|contributed|contributing|paved\s+the\s+way)\s+to\s+(?:these|those|the|this|today['’]s)\s+"
                            r"(?:[\w-]+\s+)?$")
_GROUP_RELATIVE = re.compile(r"\b(?:companies|firms|entities|buyers|sellers|people|individuals|persons|vessels|tankers|ships|banks|"
                             r"traders|owners|operators)\s+(?:that|which|who)\s+(?!(?:are|were|is|was|have|has|had)\b)[a-z]")
_SIGNS_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:signed|signs|issued|issues|imposed|imposes|announced|announces|approved|"
    r"approves|enacted|enacts|introduced|introduces|ordered|orders|decreed)\b"
)
_NOUN_SUBJECT = re.compile(
    r"(?:The|This)\s+([a-z]{3,20})(?:\s+itself)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:being\s+)?"
    r"(?:designated|sanctioned|listed|targeted)\b"
)


def _described_as(doc: Document, idx: int, noun: str) -> Entity | None:
    """The last name described as a `noun` ("X, a state-linked workshop near Y") in the two sentences before `idx`."""
    described = re.compile(rf",\s+(?:a|an|the)\s+[^,.;]{{0,60}}?\b{re.escape(noun)}\b")
    for j in range(idx - 1, max(-1, idx - 3), -1):
        found = [e for e in doc.entities(j) if e.kind != "country" and described.match(doc.text, e.end)]
        if found:
            return found[-1]
    return None


_WORD_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


_GROUP_NAMED_THERE = re.compile(r"\b[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|\d)\s+)?(?:individuals|organi[sz]ations|"
                                r"entities|companies|persons|people|firms)\b")


def _counted_before(doc: Document, idx: int, count: int) -> list[Entity]:
    """The `count` organisations and people named in the sentences just before `idx` (up to _GROUP_REACH + 1 back), when
    a run of those sentences names exactly that many; else none."""
    found: dict[str, Entity] = {}
    for j in range(idx - 1, max(-1, idx - _GROUP_REACH - 2), -1):
        if _GROUP_NAMED_THERE.search(doc.sentences[j].text):
            # ("The two organisations are A and B. All five are ...", "the individuals – A, B and C –": the counted
            # group's names, given to its action already)
            return []
        here = [e for e in doc.entities(j) if e.kind in ("person", "organization", "unknown") and e.alias_of is None
                and not find_authorities(e.name)]
        for e in reversed(here):
            found.setdefault(e.name, e)
        if len(found) == count:
            return sorted(found.values(), key=lambda e: e.start)
        if len(found) > count:
            return []
    return []


def _previous_subjects(doc: Document, idx: int) -> list[Entity]:
    """'A, based in X, did this. B did that. Both are being designated': the subjects of the sentences before."""
    out: list[Entity] = []
    for j in range(idx - 1, max(-1, idx - _GROUP_REACH - 1), -1):
        head = [e for e in doc.entities(j) if e.start - doc.sentences[j].start < 3 and e.kind != "country"]
        if not head:
            break
        out.insert(0, head[0])
    return out


def _bare_line(doc: Document, sent: Sentence) -> bool:
    """Whether the sentence is a line of its own that no full stop, "!" or "?" ends: a heading, a link's title."""
    return doc.text[sent.end : sent.end + 1] in ("\n", "") and not sent.text.rstrip().endswith((".", "!", "?"))


_ITEM_OPENING = re.compile(r"\s*[—–•*-]\s")
_PROPOSED_ITEMS_CUE = re.compile(r"\b(?:under\s+discussion|being\s+discussed|(?:is|are)\s+(?:being\s+)?(?:proposed|considered)|"
                                 r"(?:would|could|may|might)\s+(?:include|cover|contain)|(?:the\s+)?draft\s+(?:includes|contains|"
                                 r"would)|proposals?\s+(?:include|includes|would))\b[^.;]{0,80}:\s*$")
_PROPOSAL_HEADING = re.compile(r"\b(?:[Bb]ills?|[Ll]egislation|[Dd]raft|[Pp]roposals?|[Pp]roposed|[Ww]ould)\b")
# "by adding a new address in Ras Al Khaimah": a town the text places something in, no target
_TOWN_PREP_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$")
_OCCUPIED_BEFORE = re.compile(r"\b(?:in|from|of)\s+(?:the\s+)?(?:Russian-|temporarily\s+)?occupied\s+$")


def _action_period(text: str, trig: Trigger, published: dt.date | None) -> bool:
    """A period the publication date is not in, said of the action: in its clause after the trigger
    ("sanctioned by OFAC in 2022"), or opening the sentence ("In 2022, OFAC sanctioned"); not in a clause
    about something else ("X, which was founded in 1998")."""
    comma = text.find(",", trig.end)
    after = text[trig.end : comma if comma >= 0 else len(text)]
    if comma >= 0 and not after.strip():
        # "The EU's 14th package of sanctions, adopted in June 2024, targeted ...": the clause set off after it
        following = text.find(",", comma + 1)
        after = text[comma + 1 : following if following >= 0 else len(text)]
    head = text[: trig.start].lstrip()
    opening = head if head.lower().startswith(("in ", "last ", "since ")) or _AGO_OPENING.search(head.split(",", 1)[0]) else ""
    return period_excludes(after, published) or period_excludes(opening.split(",", 1)[0], published)


# "last week", "earlier this month", "on the 28th", "in the first week of March", "in FY2024": a time the rules do not
# resolve to a day; the record was dated as the publication (hostile probe 33 F4), now none
_VAGUE_WHEN = re.compile(
    r"\b(?:(?:late\s+|early\s+)?last\s+(?:week|month)|earlier\s+(?:this|last)\s+(?:week|month)|in\s+recent\s+(?:days|weeks|months)|"
    r"on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|(?:first|second|third|fourth|last)\s+week\s+of|FY\s?\d{2,4}|Q[1-4]\s+(?:19|20)\d\d|"
    r"fiscal\s+(?:year\s+)?(?:19|20)\d\d)", re.IGNORECASE)
def _vague_when(text: str, trig: Trigger) -> bool:
    """Whether the action's own clause says when only vaguely (`_VAGUE_WHEN`): after the trigger up to the next comma or
    semicolon, or opening the sentence ("Last week, OFAC designated ...")."""
    stop = min((i for i in (text.find(",", trig.end), text.find(";", trig.end)) if i >= 0), default=len(text))
    # ("Britain last month imposed ...", "OFAC last week designated ...": between the one acting and the act)
    return _VAGUE_WHEN.search(text, trig.end, stop) is not None or _VAGUE_WHEN.match(text, 0) is not None or (
        _VAGUE_WHEN.search(text, max(0, trig.start - 30), trig.start) is not None) or (
        (found := _VAGUE_WHEN.search(text, 0, min(trig.start, 40))) is not None and text.find(",", 0, trig.start) > found.end())


_REGIME_NAME_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*\([^()\n]{1,20}\))?)?"
    r"\s+[Ss]anctions\s+(?:[Ll]ist|[Rr]egime|[Cc]ommittee)\b")


_HELPED_BY_WORDS = re.compile(r"\b(?:(?:through|thanks\s+to)\s+the\s+(?:work|efforts?|investigations?|cooperation)|"
                              r"with\s+the\s+(?:support|help|assistance|cooperation))\s+of\b"
                              # "The sanctions were developed with the National Crime Agency"
                              r"|\b(?:were|was|been)\s+(?:developed|prepared|drawn\s+up)\s+(?:in\s+(?:close\s+)?"
                              r"(?:partnership|cooperation|collaboration)\s+)?with\b")
_HELPED_BY = re.compile(_HELPED_BY_WORDS.pattern + r"[^.;]*$")
# "the Government imposed", "In March 2025, the Government imposed": the page's own government as the subject
_NATIONAL_BEFORE = re.compile(r"\b[Nn]ational\s+(?:[a-z-]+\s+)?$")
_THE_GOVERNMENT_ACTS = re.compile(r"(?:[A-Z][^,;.]{0,40},\s+)?[Tt]he\s+Government\s+(?:has\s+|had\s+|also\s+|today\s+)*"
                                  r"(?:imposed|imposes|sanctioned|sanctions|designated|designates|listed|lists|announced|"
                                  r"announces|placed|places|froze|freezes)\b")


# "Three years after the United States imposed sanctions on Russia, ...": the action is long past.
_AGO_OPENING = re.compile(r"(?:\w+|\d+) (?:years?|months?|decades?) (?:after|ago|earlier)\b", re.IGNORECASE)


def _record(doc, idx, trig, authority, measure, targets, explicit) -> dict[str, Any]:
    sent = doc.sentences[idx]
    # "Full details of this designation are published on the UK Sanctions List": a list's name, no country acted on
    targets = [e for e in targets if not (e.kind == "country" and _LIST_NAME_AFTER.match(doc.text, e.end))]
    if "inistr" in sent.text or "epartment" in sent.text:
        # "..., with the Ministry of Commerce (MOFCOM) adding three firms ... and the Ministry of Foreign Affairs announcing
        # sanctions on ...": bodies acting, wherever they stand in the sentence
        targets = [e for e in targets if not (_SPEAKING_BODY.search(e.name) and _BODY_ACTS_AFTER.match(doc.text, e.end))]
    if (" of " in sent.text or " with " in sent.text) and _HELPED_BY_WORDS.search(sent.text):
        # "The sanctions were identified through the work of the Australian Signals Directorate and the Australian
        # Federal Police": the bodies that helped, no targets
        targets = [e for e in targets if not _HELPED_BY.search(doc.text, sent.start, e.start)]
    if "anctions" in sent.text:
        # "to its ISIL (Da'esh) and Al-Qaida sanctions list": the groups a regime is named after, no targets of its listing
        targets = [e for e in targets if not _REGIME_NAME_AFTER.match(doc.text, e.end)]
    money = [m for m in find_money(sent.text)] if measure == "financial_penalty" else []
    amount = currency = None
    if money:
        best = min(money, key=lambda m: abs(m.start - trig.start))
        amount, currency = best.amount, best.currency
    found = action_dates(sent.text, doc.published)
    dates = [d for d in found if not d.relative]
    rel = [d for d in found if d.relative]
    date = dates[0].date if dates else rel[0].date if rel else doc.header_date or doc.published
    past = not found and _action_period(sent.text, trig, doc.published)
    if past or not found and _vague_when(sent.text, trig):
        date = None  # "was sanctioned by OFAC in 2022", "OFAC last week designated": not on the day of the article
    unnamed, program = _sentence_facts(doc, idx)
    # "against individuals and entities related to the Russian Federation": the country describes them; "To support
    # the proposals of the Cabinet of Ministers and the Security Service on the application of ... sanctions": who asked
    targets = [e for e in targets if not (
        (e.kind == "country" or _SO_CALLED.search(doc.text, max(0, e.start - 90), e.start))
        and (_RELATED_TO_BEFORE.search(doc.text, max(0, e.start - 120), e.start)
                                 or _BARRED_FROM_BEFORE.search(doc.text, max(0, e.start - 40), e.start))
        or _PROPOSED_BY_BEFORE.search(doc.text, max(0, e.start - 120), e.start)
        or _DESCRIBED_AS_PART_OF.search(doc.text, max(0, e.start - 90), e.start)
        # "staff of so-called recreation camps in occupied Crimea": where they work, a place
        or e.kind in ("country", "unknown") and _OCCUPIED_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
        # ("Geneva is one of the world's main hubs ... since Switzerland began adopting EU sanctions": a city, however
        # it stands, is no target; "sanctions on Moscow" name its state, a country)
        # ("the Hefei company": the company the article named, referred to by its town, is one)
        or e.kind == "unknown" and e.name in BASED_CITIES and doc.canonical(e) in BASED_CITIES
        # "The Frankfurt Regional Court (Landgericht Frankfurt am Main)": an authority's name in its own language
        or "(" in sent.text and _in_authoritys_brackets(doc, idx, e)
        # ('the "Entity List of Strategic High-Tech Commodities Exports"': the rest of a list's name)
        or doc.text[max(0, e.start - 8) : e.start] == "List of "
        or _speaks_before(doc, sent.start, trig, e))]
    if unnamed:
        # "on 19 Russian government officials and members of the Russian armed forces": whose they are, not a target
        targets = [e for e in targets if not (e.kind == "country" and doc.text[e.start : e.end] != e.name
                                              and _ADJECTIVE_USE.match(doc.text, e.end))]
    confidence = 0.45 + (0.2 if explicit else 0) + (0.15 if targets else 0) + (0.1 if measure else 0)
    target_dicts = [_target_dict(doc, e) for e in targets]
    if unnamed and _SHIP_GROUP.search(unnamed):
        # "Fourteen tankers, among them the Serenne Star and the Kalinda Bay, were sanctioned": the names are ships
        for t in target_dicts:
            if t["kind"] == "unknown":
                t["kind"] = "vessel"
    return {
        "authority": authority.name if authority else None,
        "authority_country": authority.country if authority else None,
        "targets": target_dicts,
        "unnamed_targets": unnamed.replace('"', "").replace("”", "") if unnamed and '"' in unnamed or unnamed and "”" in unnamed else unnamed,
        "measure": measure,
        "program": program,
        "date": date,
        "_dated": bool(found),  # the sentence says when (not the publication's date by default); dropped after the merge
        "_past": past,  # ... or that it was in a period before the publication ("in June last year"); dropped too
        "amount": amount,
        "currency": currency,
        "amount_usd": None,
        "evidence": sent.text,
        "start": sent.start,
        "end": sent.end,
        "confidence": round(min(confidence, 0.95), 2),
    }


# "the so-called "Luhansk People's Republic"": a state not recognised, as a country is
_SO_CALLED = re.compile(r"\bso-called\s+(?:[\"“][^\"”]{1,60}[\"”]\s+(?:and|or)\s+)?[\"“']?$")
_RELATED_TO_BEFORE = re.compile(
    # ("related to the Russian Federation, Belarus and the so-called "Donetsk People's Republic"": each in the series)
    r"\b(?:related|linked|connected|tied)\s+to\s+(?:the\s+)?(?:[^.;:]{0,80}?(?:,|\band)\s+(?:the\s+)?)?"
    r"(?:so-called\s+)?[\"“']?$|"
    # "under Executive Order 14024, the main U.S. sanctions programme targeting Russia": the programme's country
    r"\b(?:programme|program|regime)\s+(?:targeting|against|on)\s+(?:the\s+)?$|\b(?:associated\s+with|in\s+connection\s+with|concerning|regarding)\s+(?:the\s+)?$"
    # "added eight entities under the destinations of China, India, Türkiye, and the UAE": where they are listed
    r"|\bdestinations?\s+of\s+(?:[^.;:]{0,80},\s+(?:and\s+)?)?(?:the\s+)?$"
    # "Prohibition of exports to specified entities in Russia": where the listed are, not a state acted on
    r"|\b(?:entities|individuals|persons|companies|firms|organi[sz]ations|end[- ]users)\s+(?:(?:located|based|registered|"
    r"incorporated)\s+)?in\s+(?:the\s+)?$"
)
# "the nine are inadmissible to Canada", "barred from entering the UK": where they may not go
_BARRED_FROM_BEFORE = re.compile(
    r"\b(?:inadmissible|admission|entry|entering|enter|travel(?:ling|ing)?|transit(?:ing)?|barred|banned)\s+(?:to|into|through|from\s+entering)?\s*(?:the\s+)?$"
)
# "spokesman X called the sanctions ...", "activist Y, whose group compiled ..., said the sanctions were ...": who speaks
_SPEAKS_ABOUT = re.compile(
    r"(?:,[^;.\n]{1,200}?,)?\s+(?:said|says|called|calls|told|urged|argued|warned|described|dismissed|welcomed)\b"
    # "A security analyst in Guadalajara, Rodrigo Elizondo, said the sanctions would ..." (not ", described by officials as")
    r"|,\s+(?:said|says|told)\b"
)


def _speaks_before(doc: Document, offset: int, trig: Trigger, e: Entity) -> bool:
    """A person named before the trigger who speaks about the news ("X said on Monday that Britain had sanctioned
    Y", "X, the bloc's envoy, welcomed the sanctions"): no target."""
    # ("The Ministry of Commerce said A and B were prohibited from ...": a government body speaking, too)
    if e.start - offset >= trig.start:
        return False
    body = _SPEAKING_BODY.search(e.name) is not None
    # ("with the Ministry of Commerce (MOFCOM) adding three firms to its unreliable entity list", "the Ministry of Foreign
    # Affairs announcing sanctions on ...": a government body acting, no target of the act)
    return ((e.kind in ("person", "unknown") or body) and _SPEAKS_ABOUT.match(doc.text, e.end) is not None
            or body and _BODY_ACTS_AFTER.match(doc.text, e.end) is not None)


_BODY_ACTS_AFTER = re.compile(r"(?:\s*\([A-Z][\w.&-]{1,12}\))?,?\s+(?:also\s+)?(?:announc(?:ed|es|ing)|add(?:ed|s|ing)|said|says|"
                              r"stated|told|"
                              r"issu(?:ed|es|ing)|impos(?:ed|es|ing)|decid(?:ed|es|ing)|put(?:s|ting)?|plac(?:ed|es|ing)|"
                              r"list(?:ed|s|ing)|sanction(?:ed|s|ing)|designat(?:ed|es|ing))\b")
_SPEAKING_BODY = re.compile(r"^(?:Ministry|Department|Office|Bureau|Agency)\s+(?:of|for)\b|\b(?:Ministry|Department)$")
# "money for al-Shabaab, the Somalia-based affiliate of al-Qa'ida": what the one named is part of, describing it
# "Marina Lupu, a former member of the People's Assembly of Gagauzia", "X, the owner of Y": a body a designee belongs to
_DESCRIBED_AS_PART_OF = re.compile(
    r",\s+(?:the|a|an|its)\s+[^,;()]{0,60}?\b(?:affiliate|subsidiary|branch|wing|arm|unit|front|offshoot|franchise|ally|"
    r"member|parent|owner|director|head|chief|chairman|chairwoman|officer|employee|manager|founder|co-founder|deputy|"
    r"leader|official|representative|shareholder|adviser|advisor)s?\s+of\s+(?:the\s+)?"
    # "the leader of the armed group known as Fos Nodwes"
    r"(?:(?:[a-z-]+\s+){1,3}?(?:known\s+as|called|named)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$"
    # "as well as two senior officers of the Law Enforcement Command (FARAJA)": where the counted, unnamed ones serve
    rf"|\b(?:{_SMALL_COUNT}|several|some)\s+(?:[a-z-]+\s+){{0,2}}(?:officers|officials|members|commanders|employees|"
    r"personnel|agents|executives|managers|leaders)\s+of\s+(?:the\s+)?$"
)
_PROPOSED_BY_BEFORE = re.compile(
    r"\b(?:proposals?|requests?|recommendations?|initiatives?|submissions?|motions?)\s+(?:of|from|by)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+(?:of|and|the|[A-Z][\w’'-]*))*\s+and\s+(?:the\s+)?)?$"
)
_ADJECTIVE_USE = re.compile(r"(?<=[a-z]) (?!and\b|or\b)[a-z]")


_IN_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,;()]*$")


def _sentence_facts(doc: Document, idx: int) -> tuple[str | None, str | None]:
    """(unnamed targets, program) stated in sentence `idx`, once per sentence however many triggers it has."""
    def find() -> tuple[str | None, str | None]:
        text = doc.sentences[idx].text
        unnamed = _UNNAMED.search(text)
        if unnamed and ", wh" in text and _IN_RELATIVE.search(text, 0, unnamed[0]):
            unnamed = None  # "X, Y and Z, which between them manage the five ships": what the named do, no count
        program = (
            _PROGRAM.search(text) if _PROGRAM_WORDS is None or any(w in text for w in _PROGRAM_WORDS) else None
        )
        return text[unnamed[0] : unnamed[1]] if unnamed else None, program.group(0).strip() if program else None

    return doc.per_sentence("sentence_facts", idx, find)


# "imposed its own sanctions on six of the seven on the same day - all except Ryabov -": a part of the group the
# article listed for an earlier action, less those excepted
_SOME_OF_THE = re.compile(
    r"[^.;:]{0,30}?\b(?:" + _SMALL_COUNT + r"|all)\s+of\s+(?:the|these|those)\s+(?P<m>" + _SMALL_COUNT + r")\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:of|in|at|from)\b)"
)
_EXCEPT = re.compile(r"\b(?:except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|excluding|save\s+for)\s+(?=[A-Z])")


def _some_of_the_group(doc: Document, idx: int, trig: Trigger, made: list[dict[str, Any]],
                       records: list[dict[str, Any]]) -> None:
    sent = doc.sentences[idx]
    text = sent.text
    m = _SOME_OF_THE.match(text, trig.end)
    if m is None:
        return
    size = number_value(m.group("m"))
    group = next((r["targets"] for r in reversed(records) if len(r["targets"]) == size), None)
    if group is None:
        return
    ends = {x.end() for x in _EXCEPT.finditer(text, m.end())}  # (once: a set, not a scan per name)
    excepted = [doc.canonical(e) for e in doc.entities(idx) if e.kind != "country" and e.start - sent.start in ends]
    for rec in made:
        # (what was read as its object: the excepted names, or none)
        if all(any(same_party(t["name"], x) for x in excepted) for t in rec["targets"]):
            rec["targets"] = [dict(t) for t in group if not any(same_party(t["name"], x) for x in excepted)]


def _target_dict(doc: Document, e: Entity) -> dict[str, Any]:
    # a name followed by its IMO number is a ship's, wherever it is listed ("KESTREL SPIRIT (IMO 9281734)")
    kind = "vessel" if e.kind == "unknown" and _IMO_AFTER.match(doc.text, e.end) else e.kind
    return {"name": doc.canonical(e), "kind": kind, "country": e.country}


_SERIES_GAP = re.compile(r"[\s,;]*(?:(?:and|&)\s+)?")  # between the names of a series: "A, B and C", "A and B and C"
_SERIES_END = re.compile(r"[\s,;.]*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def read_on_past_cuts(doc: Document, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A series of names running on past the sentence cap (MAX_SENTENCE_CHARS: "OFAC on Tuesday sanctioned A, B, ...
    and Z." with hundreds of names) goes on naming the targets of the record its first piece made: each piece after the
    cut that holds names and the commas or "and"s between them only. Only the first ~140 names were read (hostile probe
    37 F2), the others never screened."""
    for rec in records:
        j = doc.sentences.containing(rec["end"] - 1)
        names = {t["name"] for t in rec["targets"]}
        while j is not None and _cut_for_length(doc, j):
            piece = doc.sentences[j + 1]
            found, at = doc.entities(j + 1), piece.start
            for ent in found:
                if not _SERIES_GAP.fullmatch(doc.text, at, ent.start):
                    break
                at = ent.end
            else:
                if found and _SERIES_END.fullmatch(doc.text, at, piece.end):
                    for ent in found:
                        target = _target_dict(doc, ent)
                        if target["name"] not in names:
                            names.add(target["name"])
                            rec["targets"].append(target)
                    j += 1
                    continue
            break
    return records


def _cut_for_length(doc: Document, idx: int) -> bool:
    """Whether sentence `idx` is a piece of a longer one, cut where it reached MAX_SENTENCE_CHARS (the next piece goes
    on on its line, and no full stop ends it)."""
    sent = doc.sentences[idx]
    if len(sent.text) <= MAX_SENTENCE_CHARS // 2 or not doc.sentences.has(idx + 1):
        return False
    return "\n" not in doc.text[sent.end : doc.sentences[idx + 1].start] and not _SENTENCE_END.search(sent.text)


def _merge(doc: Document, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per (authority country, measure); generic 'sanctions' join a specific record."""
    merged: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    names_of: dict[tuple[str | None, str | None], PartySet] = {}  # the names of each merged record's targets
    # "In June last year it sanctioned two ministers, A and B": an earlier action of no stated measure, on named
    # targets, is a record of its own, not more targets of today's (one per authority country); "has adopted packages of
    # sanctions against Russia since March 2014": a standing policy, joined as before
    past: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    past_names: dict[tuple[str | None, str | None], PartySet] = {}
    # today's names and statements under each (authority country, measure), gathered once: a past record is checked
    # against them in one look-up per name (`PartySet`), not against every record and name of today in turn
    today_names: dict[tuple[str | None, str | None], PartySet] = {}
    today_text: dict[tuple[str | None, str | None], list[str]] = {}
    for o in [r for r in records if not r.get("_past")][:200]:
        key = (o["authority_country"], o["measure"])
        named = today_names.setdefault(key, PartySet())
        for n in o["targets"][:50]:
            named.add(n["name"])
        today_text.setdefault(key, []).append(o["evidence"])
    for rec in records:
        key = (rec["authority_country"], rec["measure"])
        if rec.get("_past") and rec["targets"] and key in today_names:
            # a past action's sentence that also names one of today's targets ("A is an official who works under B, who
            # was designated in 2024", then "A is being designated", by surname) tells of today's action too: it is not
            # kept apart
            words = [w for t in rec["targets"][:50] if t["kind"] in ("person", "unknown")
                     and (w := t["name"].split()[-1].strip(".,")) and len(w) > 3 and w not in LEGAL_FORMS
                     and w not in ORG_WORDS and not w.isupper()]
            said = "\n".join(today_text[key])
            rec["_named_today"] = (any(today_names[key].has(t["name"]) for t in rec["targets"][:50])
                                   or any(re.search(rf"\b{re.escape(w)}\b", said) for w in words))
    for rec in records:
        key = (rec["authority_country"], rec["measure"])
        if rec.get("_past") and rec["measure"] is None and any(t["kind"] != "country" for t in rec["targets"]):
            _fold(doc, past, past_names, key, rec)
        else:
            _fold(doc, merged, names_of, _own_key(merged, key, rec), rec)
    for key in [k for k in merged if k[1] is None]:
        generic = merged[key]
        names = {normalise_name(t["name"]) for t in generic["targets"]}
        specific = [k for k in merged if k[0] == key[0] and k[1] is not None]
        known = {k: {normalise_name(t["name"]) for t in merged[k]["targets"]} for k in specific}
        # "The UK has today sanctioned A, B and C ... subject to an asset freeze": one action. "Today's sanctions
        # target A, B and C" after an asset freeze and a travel ban: the freeze's targets.
        # (A travel ban cannot hold companies: names that include one go to the asset freeze.)
        people_only = all(t["kind"] == "person" for t in generic["targets"])
        into = (next((k for k in specific if known[k] and names <= known[k]), None)
                or next((k for k in specific if not known[k] and (people_only or k[1] != "travel_ban")), None)
                # (people only go to the freeze too when the authority states no travel ban they might be the targets of)
                or next((k for k in specific if k[1] == "asset_freeze"
                         and (not people_only or not any(o[1] == "travel_ban" for o in specific))), None)
                # "Russia bars 21 Canadians ... The list names A and B ... Also named were X and Y": more names of no known
                # kind, and the travel ban is the only measure, or the only one that has none yet
                or next((k for k in specific if k[1] == "travel_ban" and (not known[k] or len(specific) == 1)
                         and generic["targets"] and all(t["kind"] in ("person", "unknown") for t in generic["targets"])), None))
        if into is not None and not _dated_apart(merged[into], generic):
            # ("On July 25, 2025, Canada sanctioned the charity X and 7 individuals" in a release of January 2026: an
            # earlier action, months apart, stays a record of its own)
            _absorb(doc, merged[into], generic, names_of[into], keep_evidence=True)
            del merged[key]
    out = []
    # ("the Sonbong Pioneer, was designated by the U.N. Security Council sanctions committee in 2018": the statement read
    # as a designation, and its "sanctions" as an earlier action of no measure: one record of that statement)
    stated: dict[tuple[str | None, int], PartySet] = {}
    for r in merged.values():
        if r["measure"] is not None and r["targets"]:
            held = stated.setdefault((r["authority_country"], r["start"]), PartySet())
            for t in r["targets"]:
                held.add(t["name"])
    for rec in [*merged.values(), *(r for r in past.values() if not (
            (same := stated.get((r["authority_country"], r["start"]))) is not None
            and all(same.has(t["name"]) for t in r["targets"])))]:
        # (A UN note's entries, read after the merge, name the targets of its measures: no country then.)
        if (not rec["targets"] and rec["measure"] in _COUNTRY_LEVEL and not rec["unnamed_targets"]
                and not (rec["authority_country"] == "UN" and _ANNEX_NAME.search(doc.text))):
            target = _main_foreign_country(doc, rec["authority_country"])
            if target:
                rec["targets"].append({"name": country_name(target), "kind": "country", "country": target})
        if not rec["targets"] and rec["measure"] is None and (not rec["unnamed_targets"] or rec["date"] is None):
            # "sanctions" with nobody named and no measure: too vague to be a record; "The United States has sanctioned
            # dozens of Venezuelan officials over the past decade": background, not dated, nobody named
            continue
        date = rec["date"]
        rec.pop("_dated", None)
        rec.pop("_named_today", None)
        rec["amount_usd"] = to_usd(rec["amount"], rec["currency"], date)
        rec["date"] = date.isoformat() if date else None
        out.append(rec)
    return out


def _own_key(merged: dict[Any, dict[str, Any]], key: tuple[Any, ...], rec: dict[str, Any]) -> tuple[Any, ...]:
    """The merge key of `rec`: its authority and measure, unless the record under them is another fine of theirs ("fined
    A $968 million and B $5 million": the second amount was lost, hostile probe 20)."""
    n = 0
    while (other := merged.get(key if not n else (*key, n))) is not None:
        # (a second amount on the same company, "of which $1.5 million is suspended", is the same fine)
        fine_apart = (rec["measure"] == "financial_penalty" and other["amount"] is not None and rec["amount"] is not None
                      and abs(other["amount"] - rec["amount"]) > 0.005 * max(other["amount"], rec["amount"])
                      and rec["targets"] and other["targets"] and not any(same_party(t["name"], o["name"]) for t in rec["targets"]
                                                     for o in other["targets"]))
        if not fine_apart and not _apart_in_time(other, rec):
            break
        n += 1
    return key if not n else (*key, n)


# Two statements of one authority's measure more than this many days apart are two actions, not one
_SAME_ACTION_DAYS = 14


def _apart_in_time(other: dict[str, Any], rec: dict[str, Any]) -> bool:
    """Whether `rec` states another action than the record `other` it would join: "On Tuesday, OFAC designated A ... In
    January, OFAC designated B" (hostile probe 33 F2b: B was dated Tuesday, as one of today's targets). Each must say
    when, on days weeks apart or one in a period before the article and the other not, and they name nobody in common
    (the same name twice is one action told twice, or a target listed again)."""
    if not (rec["targets"] and other["targets"]):
        return False
    if rec.get("_dated") and other.get("_dated") and rec["date"] is not None and other["date"] is not None:
        apart = abs((rec["date"] - other["date"]).days) > _SAME_ACTION_DAYS
    else:
        past, now = (rec, other) if rec.get("_past") else (other, rec)
        apart = (bool(past.get("_past")) and not now.get("_past") and bool(now.get("_dated"))
                 and not past.get("_named_today"))
    return apart and not any(same_party(t["name"], o["name"]) for t in rec["targets"] for o in other["targets"])


def _dated_apart(specific: dict[str, Any], generic: dict[str, Any]) -> bool:
    """Whether a generic statement of "sanctions" tells of an action weeks before the specific record's (both days
    stated in their sentences), naming somebody, and nobody in common."""
    return (bool(generic.get("_dated")) and bool(specific.get("_dated")) and generic["date"] is not None
            and specific["date"] is not None and (specific["date"] - generic["date"]).days > _SAME_ACTION_DAYS
            and any(t["kind"] != "country" for t in generic["targets"])
            and not any(same_party(t["name"], o["name"]) for t in generic["targets"]
                                                     for o in specific["targets"]))


def _fold(doc: Document, merged: dict[Any, dict[str, Any]], names_of: dict[Any, PartySet], key: Any,
          rec: dict[str, Any]) -> None:
    """Fold `rec` into the record merged under `key`, or make it that record."""
    if key in merged and merged[key].get("_past") and not merged[key]["targets"] and not rec.get("_past"):
        # "Since February 2022, Japan has designated a total of 1,044 individuals and 327 entities ...", then today's
        # freeze of the five individuals listed below: today's statement is the record (its day, evidence and count),
        # the standing total, which names nobody, joins it
        earlier = merged.pop(key)
        names_of.pop(key)
        _fold(doc, merged, names_of, key, rec)
        _absorb(doc, merged[key], earlier, names_of[key], keep_evidence=True)
    elif key in merged:
        _absorb(doc, merged[key], rec, names_of[key])
    else:
        targets, rec["targets"] = rec["targets"], []
        names_of[key] = PartySet()
        _absorb(doc, rec, {**rec, "targets": targets}, names_of[key], keep_evidence=True)
        merged[key] = rec


MAX_EVIDENCE_CHARS = 1500


def _absorb(doc: Document, into: dict[str, Any], rec: dict[str, Any], into_names: PartySet, keep_evidence: bool = False) -> None:
    """Fold `rec` into `into`; `into_names` holds the names of `into`'s targets and is kept up to date."""
    for t in rec["targets"]:
        if not into_names.has(t["name"]):
            into["targets"].append(t)
            into_names.add(t["name"])
    for field in ("unnamed_targets", "program", "amount", "currency", "authority"):
        if into[field] is None and rec[field] is not None:
            into[field] = rec[field]
            if field == "amount":
                into["currency"] = rec["currency"]
    # Adjacent statements of one action join its evidence, up to a paragraph's length: 600 designation sentences in a
    # row made one record whose evidence was the whole article
    if (not keep_evidence and rec["start"] > into["end"] and rec["start"] - into["end"] < 400
            and rec["end"] - into["start"] <= MAX_EVIDENCE_CHARS):
        into["end"] = rec["end"]
        into["evidence"] = doc.text[into["start"] : into["end"]]
    into["confidence"] = max(into["confidence"], rec["confidence"])
    if (not into.get("_dated") and rec.get("_dated") and rec["date"] is not None and doc.published is not None
            and 0 <= (doc.published - rec["date"]).days <= 7):
        # "Washington has added another seven tankers ...", then "OFAC on Tuesday designated ...": the day stated
        into["date"], into["_dated"] = rec["date"], True


def _main_foreign_country(doc: Document, authority_country: str | None) -> str | None:
    for code, _n in doc.country_counts.most_common():
        if code != authority_country and code not in ("EU", "UN"):
            return code
    return None


def kind_of_country(name: str) -> str | None:
    return country_code(name)
