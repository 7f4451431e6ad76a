"""Record extraction: sanctions and deals stated in an article's text, with evidence offsets."""

from __future__ import annotations

import datetime as dt
from typing import Any

EXTRACTOR_VERSION = "0.1.11"  # 0.1.11: round 13 (32 new articles in the corpus's styles): names that follow an action on a counted group fill it kind by kind when they fill it exactly, "Those named in X included", "Among those named were", banned N from entering, investigators are no targets, profiles by what the designee did, a list after several records names those that named no one; contracts signed as "the contract", concessions, the contracting activity anywhere in an award's paragraph, sides counted first and named in the next sentence, witnesses, states that say where companies come from, Sh amounts, acronyms of lower-case terms, two subjects around a relative clause, lists of memoranda one per line, a legal form ends a sentence before an opening word; 0.1.10: round 12 (16 new articles): a travel ban's state is the one whose entry closes, "ineligible for entry", Section 7031(c) designations are travel bans, register lines "SURNAME, Given – role", where a person named before works is no target, law titles in parts, towns of "X-based", "Commerce and Trade", stock indexes, instrument titles, capital headings, witnesses and filing roles ("the Vendor") are no parties, contracts to buy, share sale agreements, restated deals, numbered headings, a scheme's court sanction, a later weekday dates an action, "take in" lists, "The two foreigners are", honorifics and "Said" in names, drafts and stalled proposals, businesses sold, brands; 0.1.9: round 11 (16 new articles): addresses after a listed name (rooms, blocks, plots, streets, districts, a town before its country) are no names, country headings with a note, Entity List destinations, lists' short names, Ukrainian decree appendices and "applied to each of the legal entities listed in items", proposers, "the UK measures also hit", a state's own sanctions law, where the listed may not go, speakers about sanctions, "UK Treasury", "added to the U.S. Treasury's list", "whom the British government designated", "banned from travelling", an office alone is no name, a list to the action that counted as many, hyphenated scales, crore and lakh, currency codes, secretaries as offices, sales of projects, denied deals, OFAC profiles with a short name in brackets or a town first, what a name is described as part of, profiles that say what the designee did, a sentence after an unmarked list is no item, a speaker before reported news, "Rs." amounts, 24 more currency codes, short scales on the number ("91bn yen"), "The price ... is" and "values the share capital of X at" a deal's value; 0.1.8: round 10 (12 new articles): "Annex:" headings with parts ("Part 1: Individuals (4 individuals)") and entries described in sentences until the next number, an annex's names to the records that refer to it ("listed in Part 2 of the Annex"), register entries with details on the next lines, "designated along with its chief executive X", ships in a counted group of tankers, denied or purported listings, 40 more countries, subject lists with partners' countries, consortia far after an award, total potential values, relative clauses; 0.1.7: round 9 (16 new articles): schedules numbered without bullets, statutes' and instruments' titles and bodies' names are no action, registers' "SURNAME, Given; DOB" entries, profiles attributed to the authority or by role, the group named later ("the other two refineries hit were"), ships by their flag, "the workshop itself is also designated", tallies, adjectival countries beside counts; ship orders at a yard and charters fixed to a charterer, licences granted in a deal, co-investors who also took part, power purchase agreements, values a paragraph on, "Under the deal", defined terms, singular currency words; 0.1.6: a named state's ministry or government that acts, found by its shape; Swiss, French, Taiwanese and Singaporean bodies; lists under headings without colons and EU annexes with lettered parts and "Name:" labels; surnames for the full name given before; "The association concerned is X"; syndicate banks; formal state names; purposes, participles and scenarios hedged; 0.1.5: lists headed by their measure and annexes naming it, however far below the action; entries with detail lines; one name per numbered entry or semicolon part ("X and Y Co., Ltd."); the Entity List's "determined to add A; B; and C, under the destination of"; field labels; bodies referred to ("aligning itself with a decision taken by the EU"); "Among them are" after those newly listed; lower-case roles; ships ordered at a yard; "The company has signed" after a named company; charters for vessels with; JV/MoU alone; project phases; 0.1.4: rules checked on 48 new articles written apart from the rules: datelines give way to the sentence's weekday, lists that name additions reach back, headed lists of name and description, measures of "the individuals", offices and law titles with parentheses, states adopting EU sanctions, proposals/bills/negations of named measures, removals, Japanese and Ukrainian official styles, lines after an action and a colon, ranks and honorifics, headline states, governments of states, passive persons, appositives, joint states ("which also announced"), UN entries ending with their line, 58 more countries, deal subjects around aliases, name particles, towns after legal forms, asset names, orders/offtakes/concessions/subcontracts/rounds/facilities/arrangers, customers by kind, quoted names, full names for short mentions, trade agreement states, capitals where signed; 0.1.3: speakers, one actor per sentence, "X's government said it", sanctions violations, currency prefixes end names, the EU in trade agreements, orders from, counted products, line starts after a headline, 32 triggers a sentence, acting separately, reactions to sanctions, "a Chinese refinery", the Council of restrictive measures, "in view of" ends a count, "the additions include", named after described people, works and plants, ban exports to, counts with thousands, providing a loan, headline acts, will invest, possessives mid-sentence, rows with titles and descriptions, military ranks, examples of a reason, unreliable entity list, violating sanctions, removals, stakes sold, funding rounds, capital surnames only in lists, X-based profiles, also known as, cyber and parallel sanctions, against the company, roles before people, country and bloc agreements, penalties only about sanctions, would acquire, orders for counted jets and makers before models, agreed to supply, whose targets, the businessmen are, the company X, will merge with, takeover by, rounds in, the project of, hit with sanctions, Ukraine NSDC, Japan MOF, law titles, appositive roles, whose clauses, years after, weighed and possible sanctions, header dates, since a period, is investing, will pay for a stake, governments beside companies, development deals between states, semicolon rows after are:, roles in rows, X-based in rows, members of, S.A. de C.V., clauses after the trigger, tickers, prices per share, licensed in a deal, takeover offers, al- particles, appositive roles with adjectives, datelines, family of, counted nationals, entity lists of other states, EU implementing regulations (recitals, annex lists, act title dates), port bans, UN committee additions, governments named after leaders, closed entry, counted US citizens, in response to X's sanctions, their operations, oil embargoes, leaders signing for their states, lists consulted, examples and conditions, denial orders, revoked licences, USTR, weighing only before, X-led, subject lists, Ltd. full stops, identified as property, action targets, terms agreed for a merger, sale of towers, lone names before a deal or sanction verb; 0.1.2: reason clauses, organisations describing a person, country-led company names, stakes in, counted models, X-based prefixes, decimal values in contract triggers, sanctioning, package lists, adjectival sanctioned, among those targeted, Al/De particles, Import and Export, sectoral measures, schedules amended by adding, contracts worth, after-clauses, own assets, countermeasures, possessors and facilities, earlier periods undated, modal hedges, jointly, lifted, trigger words, nationality descriptors, approved mergers, stakes sold, more currencies, legal form ends a name, completion of merger; 0.1.1: headlines vs short sentences of names, bare legal forms, list additions, froze, orders, purchases

__all__ = ["EXTRACTOR_VERSION", "MAX_TEXT_CHARS", "extract_records"]

# Records are looked for in at most this much of an article (~30,000 words; a long press release is
# ~5,000): the text of a hostile or broken page beyond it is stored but not read by the rules, whose
# cost grows faster than the text's length.
MAX_TEXT_CHARS = 200_000


def extract_records(
    text: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Sanction and deal records in `text` (the article body; offsets index it).

    `title` gives context (authority, main country); `published` resolves "today" and weekdays.
    Returns {"sanctions": [...], "deals": [...]} in the shape of `tradewatch extract`. Only the first
    MAX_TEXT_CHARS characters are read (up to a line break when there is one in their second half).
    """
    from tradewatch.extract.deals import extract_deals
    from tradewatch.extract.document import Document
    from tradewatch.extract.sanctions import extract_sanctions

    doc = Document(_bounded(text or "", url), title, published, url)
    return {"sanctions": extract_sanctions(doc), "deals": extract_deals(doc)}


def _bounded(text: str, url: str | None) -> str:
    """`text`, or its first MAX_TEXT_CHARS characters (a prefix: offsets into it index `text` too)."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    cut = text.rfind("\n", 0, MAX_TEXT_CHARS + 1)
    if cut < MAX_TEXT_CHARS // 2:
        cut = MAX_TEXT_CHARS
    from tradewatch.logs import get_logger

    get_logger(__name__).warning(
        "article text too long: records looked for in its first part only",
        extra={"kv": {"url": url, "chars": len(text), "read": cut}},
    )
    return text[:cut]
