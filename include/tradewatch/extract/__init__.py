"""Record extraction: sanctions and deals stated in an article's text, with evidence offsets."""

from __future__ import annotations

import datetime as dt
from typing import Any

EXTRACTOR_VERSION = "0.1.115"  # 0.1.115: round 62: "its Russia sanctions list" is the regime, not Russia acting; "X, a trader that Britain sanctioned in May" makes X the target, not the name the sentence opens with; 0.1.114: round 62: a sale of ships named by their size class ("has sold four Aframaxes ... to X"); "The Stavanger-based company" is the one the sentences before place there ("Norwegian engineering group X"), and "the Aberdeen business" it buys the other company of that sentence; 0.1.113: round 62: "In March, the office added more than 300 entities, including A and B" is a listing (no measure); names between dashes after a counted group and a clause on what it did ("three militias it held responsible for ... — the A, the B and the C —"), a reason before the dash not reaching into them; 0.1.112: round 62: the source of a claim ("who according to the EU runs ...") does not act; "All five are subject to an asset freeze" names the five of the sentences before when exactly five are named there; a measure the targets acted "to avoid" is none taken; 0.1.111: round 62: "added four U.S. firms — A, B and C —" names them; a list under "Among those named in the rule:" goes to the action a few sentences up; a deal "unlikely to proceed" is none; entry blocks (a name line over "Address:", "Date of birth:", "Sanction:" fields) under a heading such as "Sanctioned persons" name the action's targets, lists under a heading reach 16 sentences back (was 12); those who supported "the investigation that led to these designations" are no targets; 0.1.110: round 62: "X, a company based in Myanmar, and Y": the comma closes the description (Y is no place of a series); the state opening a sentence with its act ("China on Friday put ...", after a dateline) acts, not a body named after the trigger, nor one it retaliates against ("retaliating for Washington's approval"); a ministry that speaks ("The Ministry of Commerce said A and B were ...") is no target; "two US drone makers" are counted targets; 0.1.109: "not subject to any UK, EU or U.S. sanctions" takes no action; 0.1.108: a round-up's part headed "AUSTRALIA: FINANCIAL SANCTIONS AND ..." is that state's, its heading glued to its first sentence; 0.1.107: round 61: a list cue holding "Executive Order (E.O.) 14024" reads its bullets; 0.1.106: "X identified the purchaser as Y" names a deal's buyer introduced by role; 0.1.105: a list's name ("the UK Sanctions List") is no country target; 0.1.104: "Owner", "Founder" before a name are titles ("Owner Levan Gelashvili faces a travel ban"); 0.1.103: a line linking another story ("READ MORE: ...", "Also read: ...", "Related coverage - ...") makes no record; 0.1.102: a merger filing's defined terms ("Parent", "Merger", "Merger Sub", "Plan of Merger", "Commitment Parties") are no parties; 0.1.101: a release's "About X" section (the company's history, repeated in every release) holds no deal; 0.1.100: "Switzerland is adopting most of the European Union's package" is Switzerland's act; "the Russian defence contractor X" names X; 0.1.99: a filing's definition giving the name in its own script first and in English in brackets ("Purchaser" 金海...(深圳)有限公司 (Jinhai ... (Shenzhen) Co., Ltd.*)); "Business Days", "Sale Interest" are no names; 0.1.98: round 60: "has reached financial close on US$700 million of senior debt" is a financing; lenders named in the items under "The senior debt package comprises:" ("- a US$300 million direct loan from X"); "Nippon Export and Investment Insurance" one name; a unit ("900 MW") opens no name; "off the coast of Fife" is a place; 0.1.97: "announced sanctions of its own on three Haitians ...: A, B and C"; 0.1.96: "The consortium is made up of A (60%) and B (40%)" names the deal's parties; lenders listed under "The senior facility is provided as follows:" below the financing's terms in bullets; a filing's "Disclosure Requirements" is no name; 0.1.95: sanctions in general ("Economic sanctions take years to ...", "tend to", not "take effect"), a study's question ("how quickly restrictions on exports ...") and "months after a package of export restrictions" take no action; those "added to a United Nations sanctions list" are the UN's targets, whatever the dateline; 0.1.94: round 59: "Among them are the Panama-flagged supertanker A and the Comoros-flagged B", "The others are the C, D and E" name the action's ships; an ordinance's appendix under its release ("The following entries are added:", "232. SSID: 200-14851. Name: X.") names the release's counted targets, its persons its travel ban's; "Iran-related Designations" is no name; 0.1.93: "Heads of State", "Governments" and a treaty's title ("Reciprocal Protection of Investments") are no parties; 0.1.92: Estonian "OÜ" and Latvian "SIA" legal forms; an EU instrument's title ("COUNCIL IMPLEMENTING REGULATION") is no name; 0.1.91: "..., while New Zealand announced a fresh round of travel bans" is New Zealand's act, not the body named before; "In Wellington," opening a sentence is where it happens, no target; 0.1.90: a fine in a round-up's section that does not speak of sanctions is no sanctions penalty (another section's "FIFA SANCTIONS CLUB" no longer makes the whole page about sanctions); syndicate roles ("Sustainability Coordinators", "Bookrunners") and a bank's branch ("– Milan Branch") are no lenders; "Corporate and Investment Bank", "Cassa Depositi e Prestiti" are one name; 0.1.89: round 58: Entity List parts "Under the destination of China:" are headings; a town closing an item after its firm ("..., Istanbul; and", "..., Ras Al Khaimah.") is no target; Turkish "San. ve Tic. Ltd. Şti." keeps a name whole; "The legal entities are A and B" under the individuals' bullets goes on the same action; roles after a listed name ("Member of Parliament", "Commodore", "Managing Director", "Senior Fellow") are no targets; "Additional Information" is no name; 0.1.88: a first line repeating the headline (an <h1> inside the article, kept by trafilatura) is no sentence of the body: it glued the headline to the first sentence's evidence and lent its countries to the body's deals; 0.1.87: a denied report of a deal ("denied a report ... that it had agreed to sell") is no deal; the agency a dateline names ("(Meridian Wire) -") is no party or target; "Senior debt of R4.1 billion has been provided by A and B" is a financing; 0.1.86: 0.1.86: a deal's investors or consortium members listed in bullets after it ("The cornerstone investors ... are:") are its parties; 0.1.85: 0.1.85: round 57: an instrument's schedule items ("Name of individual: X", "Name of entity: Y") are its state's freeze targets, its individuals its travel ban's; SECO's annex entries ("SSID 200-17214" over the name) under "Additions – natural persons" or "Additions"; "added to Annex 23" refers to that annex; assets "must be frozen"; 0.1.84: 0.1.84: ships added to a list of ships under a port-access ban ("decided to add 14 vessels to the list of ships") and ships "specified" by the UK ("have been specified", "were \"specified\" under") are the measure `other` (was null); 0.1.83: 0.1.83: "The Central Bank of Kenya" acts for its state; a body "reviewing the designations" reacts, takes none; 0.1.82: 0.1.82: round 56: a ship's name ends with its number ("OCEAN PIONEER I (IMO ...)"); a syndicate's banks by their roles ("acted as coordinators and bookrunning mandated lead arrangers", "participated as", "joined the Facility as") are the financing's parties; a ticker closing a bracket ("(\"X\" or the \"Company\", OSE: KVIT)") is no name; 0.1.81: 0.1.81: a program's name keeps its joining words ("Iranian Transactions and Sanctions Regulations", not "Sanctions Regulations"); 0.1.80: 0.1.80: "has agreed a US$1.1 billion prepayment with X" is a financing; a capitals subheading ("SANCTIONS BACKGROUND") is not the company a later sentence refers to; 0.1.79: 0.1.79: a release's "About the ... regime" section takes no action; a minister's portfolio ("– Minister of Foreign Affairs") is no name; 0.1.78: 0.1.78: round 55: "(see Annex 1)" refers to that annex; "(4) Cancellation of the designation of", "will be cancelled" end a measure; a partner "in coordination with the measures of the EU, ..." does not act; "(3) Lowering of the price cap" is no name; an EU annex's running entry numbers ("2491.") and 'single-quoted' names, its "deleted from the list" part ends a list, "the following entries are added" to Annex I is an asset freeze; "blocked the property of X"; "All three companies are now subject to ..." names the three of the sentence before; 0.1.77: 0.1.77: a list named in quotes ("added 37 entities to the \"Entity List of ...\"") is no speech, the rest of its name no target; "Situation" is no name; 0.1.76: "Britain, for its part, froze ..." (an aside between a state and its act); "Every", "Any" open no name; 0.1.75: "The list includes A, B and C" in its action's paragraph names that action's targets, not an earlier counted one's; 0.1.74: round 54: Japan's "entities to which exports ... are prohibited" (its "will add", "will designate"), an "Annex (excerpt):" heading; 0.1.73: "three firms — A; B; and C — and two businessmen, X and Y": the names after the closing dash too; 0.1.72: the fields of an OFAC entry ("POB Tabriz", "Website ...", "Subject to Secondary Sanctions") and a date's month ("DOB 02 Mar 1980") are no targets; 0.1.71: a judgment headed "IN THE STATE COURTS OF THE REPUBLIC OF SINGAPORE" is that state's; 0.1.70: a notice's next numbered section in capitals ("3. AMENDED ENTRY") ends its list; a UN entry under "the removal of the following entry" is no target; 0.1.69: "imposed an asset freeze and travel ban on him" goes to the man named before; 0.1.68: ship sales of the sale-and-purchase press ("paid $27.5m for the 82,000 dwt X", "sold the 58,000 dwt X"), "The seller is"/"The buyer was named by brokers as" X, the ships and their yards no parties; 0.1.67: Mexico's ", S. de R.L. de C.V." closes a name; "X, Y and the four companies named by Washington" takes those companies from the other authority's record; 0.1.66: "Iran sanctions: ...", "Russia sanctions – latest updates": the state they are about, not who imposes them; a consultation on options and what companies "can be fined" are no measures; 0.1.65: "The Secretary of State" in a UK notice (FCDO, OFSI, EU Exit regulations named) is the UK's; an annex's capitals heading ("FINANCIAL SANCTIONS: CYBER") is no profile; "Designated individuals are also excluded persons ... and are therefore subject to a travel ban"; 0.1.64: a list of lenders a few lines after its financing ("Lenders", "the mandated lead arrangers are:"); 0.1.63: a measure a target "would challenge" (contest, appeal, dispute) is no action; 0.1.62: "In June 2014 the French lender", "the world's biggest crypto exchange" pay as the firm named before; "British American Tobacco" is a name where the article also writes "tobacco"; 0.1.61: a tanker size class ("three Aframaxes and one Suezmax") is no deal party; 0.1.60: reference rates for every currency the rules read (HKD, SEK and 61 more had no amount_usd / value_usd); 0.1.59: an annex "subject to the prohibition of exports" names the export ban's targets; a city's court ("The Frankfurt Regional Court") acts for its state, not the union whose embargo was broken, and its own-language name in brackets is no target; 0.1.58: round 52 (part 2): "British American Tobacco" (two states' words and a word) is a name, an earlier penalty recalled by its amount "imposed on" X, and what a penalty was for ("over loans to") is no deal; 0.1.57: a correction ("incorrectly stated that OFAC had designated X") is no action; a designation recalled in an article on its delisting is no measure in force; 0.1.56: round 52: lists of "the following N citizens", "expanded its sanctions list, adding", a "Full list of designations", what a measure "means ... can be", towns among places and cities are no targets, names added to a Swiss annex, "X and the three companies" again; 0.1.55: "Once", currency codes before amounts, "5G" and "Departments of Justice" are no names; 0.1.54: a denied report of a measure is no action, "weapons against Ukraine" no target, "transactions with designated Russian banks" describes; 0.1.53: a state's court ("Estonia's Harju County Court fined") acts for the state; "sanctioned construction equipment" is goods, no action; 0.1.52: the Dutch Public Prosecution Service and Germany's BAFA as authorities, a short name defined for an authority no target, ("X" or "the Company") aliases, no trigger inside an authority's own name; 0.1.51: a list going on kind by kind ("The individuals include", "The tankers under sanctions are") after bullet items, a travel ban "for the individuals" beside the freeze; 0.1.50: a hedge in a clause after a semicolon leaves the deal stated before it; 0.1.49: round 51 (part 2): "sanctions on Myanmar military officers" no country target, a counted group after a list's last item, ", which was also listed", entities "barred from buying dual-use goods", "was also targeted."; 0.1.48: round 51: an OFAC annex's parts "Entities (OFAC):" far below the action and its vessel lines, a UK release's "Name: ... UK Sanctions List Ref" entries and specified ships, "Britain followed, freezing ...", "sanctioned the buyer" no subject target; 0.1.47: round 50 (part 2): newsroom "sanctions desk/talk" no action, "it says" inside the object, "Among them:", dual-use sale/supply bans, persons "also subject to" a travel ban keep the freeze, names opening with "Sun", a national sanctions list names its state; 0.1.46: a measure withdrawn, lifted or revoked later in the article is not folded into its action; round 48

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

    text = text or ""
    body = _headline_end(text, title)
    doc = Document(_bounded(text[body:], url), title, published, url)
    found = {"sanctions": extract_sanctions(doc), "deals": extract_deals(doc)}
    if body:
        for rec in (*found["sanctions"], *found["deals"]):  # offsets index `text`, headline included
            rec["start"] += body
            rec["end"] += body
    if published is not None and published < dt.date.max:
        # A date after the article's day is when a measure takes effect or a deal closes ("The EU will impose an asset
        # freeze on X on 1 June 2026"), not when it was decided: no date, rather than a record quarantined as dated in
        # the future, with whatever else that record held (hostile probe 20)
        latest = (published + dt.timedelta(days=1)).isoformat()
        for rec in (*found["sanctions"], *found["deals"]):
            if rec.get("date") and str(rec["date"]) > latest:  # (ISO dates compare as text)
                rec["date"] = None
    return found


# Separators between a headline and the site's name in a page's <title> ("Headline | Site", "Headline - Site").
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
_HEADLINE_MAX_CHARS = 1_000


def _headline_end(text: str, title: str | None) -> int:
    """Where the body starts when `text` opens with a line repeating the headline `title`, else 0.

    trafilatura keeps an <h1> inside the <article> element as the text's first line. The headline is context
    (`title`), as in the gold corpus, not a sentence: read as one, it ran into the first sentence (a headline has
    no full stop), which then carried it as evidence, and its countries ("X sanctioned over Syria links; Y signs
    deal") became the deal's."""
    if not title:
        return 0
    end = text.find("\n", 0, _HEADLINE_MAX_CHARS)
    first = " ".join(text[:end].split()).casefold() if end > 0 else ""
    if not first:
        return 0
    head = " ".join(title.split()).casefold()
    if first == head or any(head.startswith(first + sep) for sep in _SITE_SEPARATORS):
        return end + 1
    return 0


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
