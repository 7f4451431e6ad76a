"""Record extraction: sanctions and deals stated in an article's text, with evidence offsets."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache
from typing import Any

EXTRACTOR_VERSION = "0.1.181"  # 0.1.181: enumerated targets by their shape, not a cue's words: a pipe table's name column by its header or its cells, numbered counted parts over lettered items, bracketed placeholder lines skipped, "Individual: SURNAME, Given; DOB" labels, roles in lower case before names, semicolon items under the action; 0.1.180: rounds 83-84 deal rules: the buyer after "sold the vessel to", issuers of bonds and IPOs, investors named after a round, counted sides, the date told with the act, party countries from towns and "one of Nigeria's"; 0.1.179: rounds 83-84: Türkiye's Ministry of Treasury and Finance (MASAK), India's DGFT, Saudi Arabia's Presidency of State Security and South Africa's Financial Intelligence Centre (in a South African text) as authorities; "an administrative sanction of R10.5 million" is a penalty; "Law No. 6415 on the Prevention of ..." names no target; lists a firm screens clients against take no action; a place owning an item's name ("St Petersburg's AO X", "Iran's Y") is where it is; "-incorporated" before a name; "The companies included A, B and C", "The two organizations are A and B" and "The two entities named in the annex are" after the individuals' bullets go on with the action; a counted group's other kind named after the first; "The ERC determined to add A and B, under destination Hong Kong" (the End-User Review Committee acts for BIS, no target); "The entities and individuals below are being designated" over bullets under headings in capitals; a price cap broken and the Price Cap Coalition are no measure or target; "P&I" glued initials one word; an EU annex's second table under "B. Legal persons, entities and bodies"; Japan's "Individuals (excerpt)" parts, a numbered section after lettered items ends the list, countries in brackets before "to which exports ... are prohibited"; frozen assets banks must report and names that "already appear on" a list take no action; a list of entities barred from receiving strategic goods is an export control, its formal title no name; "denied export privileges to X", "barred from applying for any export licence"; "a company in the Dubai Airport Freezone" a place; ", which makes engines, and Istanbul-registered X" goes on the series; "The designations follow previous joint actions by ...", voyages that "complied with" a cap, "plans for new designations" and "the system, designated Rak-G," take no action; the G7 and G20 are no targets; "sanctions regulations" broken and "users in sanctioned regions" take no action; "The three are subject to travel bans" names the people of the action; 0.1.178: rounds 81-82: "determined to add the following entities." with one more sentence of its paragraph before the parts by country; a pipe table's name column with its language in brackets ("Entity (English)"); a list cue whose kinds run up to 100 characters before its colon; 0.1.177: round 80: a state's parliament acting ("Latvia's parliament on Thursday extended the country's ban on imports") is that state; 0.1.176: round 79: a Markdown lenders' table ("| Lender | Role | Commitment |") names each lender; "X (XY), the Indonesian nickel processor controlled by China's Y, has signed": X signs, not its owner; 0.1.175: rounds 79-80: a rule's parts by country with names after a colon ("Iran. One entity is added: X."); "Name: X" entries over a "Location:" field; items opening with an em dash; "The individuals include:" after a numbered list goes on with its action past a list's reach; 0.1.174: rounds 79-80: an aligned table with no rule under its header ("Vessel name   IMO number" over aligned rows) names its rows; ships under a port ban ("subject to a port access and services ban", "prohibited from entering Australian ports", "banned from entering UK ports") are the measure `other`, not a sectoral measure on Russia, unless the sentence freezes them too or tells a standing total or what specified ships undergo; 0.1.173: round 76: a pipe table's rule line ("-----+-----") under its header is skipped; EU annex entries in "Name: X" blocks over listing fields are the asset freeze's targets, persons the travel ban's too; 0.1.172: round 73: a lenders' table under a financing ("Lender | Facility | Commitment") names each lender; 0.1.171: round 73: parts by kind ("Banks", "Insurers") under a "Sanctioned entities" heading; an aligned table whose name column is not its first ("No.   Name of vessel   IMO number   Flag"); 0.1.170: hostile probe 41 F11: ", an Iran-based Houthi financier," describes the name before it (Houthi no target); 0.1.169: round 72: "Backgrounder: Individuals and entities subject to sanctions" (a backgrounder heading with its title) opens the release's list; 0.1.168: round 72: a Federal Register rule's parts by country ("China. Nine entities are added for ...", then bullets); a list cue ending in a colon that names no authority is the headline state's, after paragraphs on partners' actions; "Industrial Zone" no name; 0.1.167: round 71: "New Zealand previously sanctioned X in May 2024", "Britain had already sanctioned the company" are earlier actions of that state (no hedge); "the Iranian UAV manufacturer X" names no country; 0.1.166: hostile probe 41 F2/F3: articles not in English give no records (the pipeline, reextract and tradewatch extract say so); 0.1.165: round 71: lettered annex entries ("a. Name"); an "a.k.a." line is an entry's field; the partners a list is sent to do not act in what follows; a "senior secured facility" is a financing, its lenders listed past one lender's role; 0.1.164: round 70: "The new entries" over a paragraph pointing below and the entries by country; "TÜRKİYE" a country line; "designated with footnote 3" no action; the body sanctions "were developed with" no target; "P.L.", "Channel", "Deletion" no names; 0.1.163: hostile probe 41 F1: a name's original form in guillemets after its legal form ("Sberbank (ПАО «Сбербанк»)") is its alias, not a second target; 0.1.162: round 70: annex headings with a bracket in their bracket ("(Annex I to Regulation (EC) No 765/2006)"); "[Individuals]" parts; "already been sanctioned by A and B" is a record for each and does not become the page's actor; duties to report frozen assets are no actions; "Security Council Resolution 1373"; "sanctions Australia imposed"; places in a describing part; an earlier dated generic action stays apart; faiths ("Russian Orthodox charity"); 0.1.161: hostile probe 38 F4: a short page keeps its paragraphs (its dateline city was a party); a headline's demonym before a kind of company ("Sanctions Iranian Oil Shipping Company") is no country target; "X, a ..., is also subject to a travel ban" is on X; 0.1.160: round 69: "The list of legal entities, by country of registration:" opens a list; "raised the round led by X" is an investment; a round's name ("Series A.") is no party; 0.1.159: round 69: the bodies sanctions are "enforced by" are no targets; Dutch Customs (Douane) fines; a list heading "(Schedule 7):" names where it stands, not a measure; 0.1.158: round 68: an indented list by country ("  China" over "  – X") is read whole, each country line a part; 0.1.157: round 68: an EU annex table's running entry numbers of four digits ("'2311. Name | ..."); an attached list's later tables after "Remarks:" and "No. 1: ..." notes; 0.1.156: hostile probe 38 F4: a loan stated as a verb ("has agreed to lend $300 million to X", "X lends $100 million to Y") is a financing; a bank's glued name keeps its country ("Sberbank of Russia"); 0.1.155: round 68: a "Name — Title" header over a backgrounder's name lines; "The sanctions list includes, in particular:" reaches back past a quote to its action; 0.1.154: round 67: "decided to prohibit the sale, supply, export and transit to X of" is an export control; a headline's state that "adopts" or "restricts" acts; a "National ..." measure heading is the headline state's; 0.1.153: hostile probe 37 F1/F2/F6: deals merged through a party index (same records, linear), at most 2,000 records an article; lists read up to 5,000 lines and a long series of names past the sentence cap; what is not read is noted; 0.1.152: hostile probe 37 F4/F5/F7: every text the rules read gets the pipeline's character cleaning (raw text, `tradewatch extract` on .txt, eval), more invisible characters removed, look-alike letters folded for recognition only; 0.1.151: round 67: bullets that open with a post in lower case name the person after its comma ("- the bank's general manager, X, a Turkish national"); 0.1.150: round 67: "the EU Council announced its own listings", "The bloc's list covers A and B"; "described the sanctions as an attack on ..." is no action; 0.1.149: round 67: signatories named with their posts ("X, Chief Executive Officer of Y") are no parties; lenders' commitment letters are a financing; a project company's initials before its legal form ("PGTC"); a placing with investors named after a colon is an investment, its bookrunner no party; 0.1.148: round 67: a state a ministry accuses of "blindly following" another does not act; "The Australian list was headed by X", "It also includes"; "UN Ref. No." no sentence end, a table header ends a cue's items, a part's table under "Entities" reaches back to the action; 0.1.147: round 67: partners' lists a review "took into account" are no action of theirs; "Regulations Governing X" is a title, no names; an attachment's tables by country ("[Kyrgyz Republic]") go on under its heading and to the measure it names; "Kyrgyz Republic" is Kyrgyzstan; 0.1.146: round 66: what lists and regulators do in general ("a designation usually takes effect", "can impose civil penalties", "the SDN List maintained by") is no action; a past record of no measure goes only when a specific record of its statement holds its names (0.1.143 dropped "The EU did, however, sanction X's partner Y in 2023"); 0.1.145: hostile probe 37 F3: actions declined, refused, no longer in force, asked about, claimed or make-believe, "after the sanctions", and deals not agreed, denied or with "no truth to reports" are no records; 0.1.144: round 66: "added four individuals to the EU's Iran human-rights sanctions regime" is a listing; "They include A, the director of ..., and B, a judge ...; the other two ..." keeps B; "Among the new entries are"; names after the colon that ends a counted listing's reason ("for supplying ...: A, B and C"); 0.1.143: round 66: the body whose sanctions the targets evaded or breached does not act ("citing their involvement in evading U.N. Security Council sanctions"); a past statement read both as a designation and as an action of no measure is one record; 0.1.142: round 66: a sentence ending in a full stop that announces "the following N individuals" opens the list on the next line; Japan's "shall be subject to the permission system" is a freeze; today's action replaces a standing total as its record's statement; headings "Individuals added to the X Register" and "Legal entities subject to sanctions (Annex 1 to ...)"; "to impose visa restrictions on ...:" opens bullets; a surname designated after the full name opened a sentence; 0.1.141: round 65: a ministry that speaks with its abbreviation in brackets ("The Ministry of Commerce (MOFCOM) said A and B had been added") is no target; 0.1.140: 0.1.140: round 65: a bank's branch after its name ("X Bank Limited, Singapore Branch") is no target of its own; "targeted financial sanctions regulations" (rules, requirements, laws) breached are no asset freeze; 0.1.139: 0.1.139: round 65: "the Government imposed ..." with no state named is the page's own state (its first actor), not another named just before; the bodies through whose work the sanctions were identified are no targets; 0.1.138: 0.1.138: round 65: a table under "UK-specified tankers (selected), 20 May" is that state's list, its ships those of the state's measure on ships; "Other entities on the new list include A and B" names the action's targets; 0.1.137: 0.1.137: round 65: a rule's lettered parts ("A. Additions to the Entity List", "B. Revision") are no names; entities "designated as Russian or Belarusian military end users" are under an export control (and "a footnote 3 designation" is no asset freeze); 0.1.136: 0.1.136: round 65: a department that "decided to take over the new listings ... that the Council of the European Union adopted" acts (the union is referred to); "are added to Annex 8 of the Ordinance" is its asset freeze; 0.1.135: 0.1.135: round 64: a headline's "Russia sanctions case" (breach, probe, charges ...: the state named in full) is the topic, not Russia acting; 0.1.134: 0.1.134: round 64: "The Treasury Department said it was targeting X" names X; the items under "the main elements under discussion include:" (a proposal's) take no action; 0.1.133: 0.1.133: round 64: a ministry acting in the sentence ("with the Ministry of Commerce (MOFCOM) adding three firms", "the Ministry of Foreign Affairs announcing sanctions on ...") is no target, wherever it stands; 0.1.132: 0.1.132: round 64: "raised $200 million in January in a round led by X" is an investment; what an arrangement "would allow" a party to buy is no deal; 0.1.131: 0.1.131: round 64: a financing "provided by a consortium of four commercial lenders: A, acting as ... (US$96 million); B, as lender ...; and C" has each lender after the colon as a party; "the Project Company" (and "Operating Company") is the name it is defined as; 0.1.130: 0.1.130: round 64: the groups a regime is named after ("its ISIL (Da'esh) and Al-Qaida sanctions list") are no targets; "to prevent X from entering or transiting through their territory" is a travel ban on X; 0.1.129: 0.1.129: round 64: "is prohibiting the export, sale, supply or shipment to Russia of 37 goods" (and "to prohibit", "will ban" the same) is an export control, not the regulations described ("and prohibit the export, sale ... of goods"); "Two of these intermediaries are also being listed today: A and B" names them; "Management Board" and other boards are no names; 0.1.128: 0.1.128: round 64: ships the UK "specified" apart from its designations ("specified three vessels", "designated as \"specified ships\"") are that measure's (other) targets, not the asset freeze's, and the freeze's persons not the ships' measure's; "The companies are:" after "The entries cover four companies and two individuals" reaches back to the action; "The individual is X" goes on a list kind by kind; a sentence naming ships with IMO numbers is no ship entry line; 0.1.127: 0.1.127: round 64: "The TDO names the following parties:" far below goes to the record whose statement named that instrument (order, rule, notice, decision, decree ...); "The defendants are A, B and C" (those charged in court) are no targets; 0.1.126: 0.1.126: round 64: "Among them: A, a ...; B; and C", "Among the new names are A and B", "The department names A and B among them" name the action's targets; a count in quotes ("sanctioning \"almost 100\" individuals") is the action's group; "No Japanese designations today" is none; 0.1.125: 0.1.125: round 64: "one individual designated on March 3, 2022 (Mr. X) will be removed from the list" is a delisting, no designation; an annex's tables under part headings ("(Attachment 1) ...", "[Individuals]", its table, "[Entities]", its table) go to the measure that refers to the annex, however far below; 0.1.124: 0.1.124: hostile probe 33 F2b: an earlier action of the same authority and measure ("In January, OFAC designated B", "On 3 March 2025, ...") is a record of its own with its own date, not one more target of today's, unless its sentence names one of today's targets; 0.1.123: 0.1.123: round 63: an address after a listed firm ends at a dash before its description ("X FZE, Hamriyah Free Zone, Sharjah, United Arab Emirates — a trading house that ..."): no place is a target; 0.1.122: round 63: a part headed by its state in title case on a line of its own ("6. Australia: Myanmar aviation fuel") is that state's; 0.1.121: round 63: a state that "incorporated the latest EU listings" acts; "the Norwegian freeze list" names its state and an asset freeze; 0.1.120: round 63: "identifying the following vessels as property in which A or B has an interest: C, D and E" names the ships after the colon; 0.1.119: round 63: Japan's "Attached List N" (a heading line over a table) is an annex: its names go to the measure told just before the sentence that refers to it by number, however far below; a table cell's 'Joint Stock Company "X"' names X; 0.1.118: round 63: "The designated entities are:" after the individuals' long numbered entries goes on with the same action (up to 60 sentences below the list before it), for every state acting together; the body whose member states act ("the member states of the TFTC") is no target; 0.1.117: round 63: states named formally in a dashed list ("the member states of the TFTC — the Kingdom of Saudi Arabia, ..., and the United States of America — today jointly designated") each act; a body's name holding "Financing" ("Terrorist Financing Targeting Center") makes no deal; the groups a counted group is "associated with" are no targets; 0.1.116: hostile probe 33 (dates): a day to come without its year ("takes effect on 1 July", "by 30 April", "expected to close on 30 September") no longer dates the action last year; "On Friday, Feb. 28," is dated by the day written after the weekday; a vague time in the action's clause ("last week", "earlier this month", "on the 28th", "FY2024") leaves it undated rather than dated as the article; the day a law was "signed into law" or "enacted" dates no designation under it; a dateline's place and wire ("VANCOUVER, ... /CNW/ -", "OTTAWA, Ontario, ...") are no targets; 0.1.115: round 62: "its Russia sanctions list" is the regime, not Russia acting; "X, a trader that Britain sanctioned in May" makes X the target, not the name the sentence opens with; 0.1.114: round 62: a sale of ships named by their size class ("has sold four Aframaxes ... to X"); "The Stavanger-based company" is the one the sentences before place there ("Norwegian engineering group X"), and "the Aberdeen business" it buys the other company of that sentence; 0.1.113: round 62: "In March, the office added more than 300 entities, including A and B" is a listing (no measure); names between dashes after a counted group and a clause on what it did ("three militias it held responsible for ... — the A, the B and the C —"), a reason before the dash not reaching into them; 0.1.112: round 62: the source of a claim ("who according to the EU runs ...") does not act; "All five are subject to an asset freeze" names the five of the sentences before when exactly five are named there; a measure the targets acted "to avoid" is none taken; 0.1.111: round 62: "added four U.S. firms — A, B and C —" names them; a list under "Among those named in the rule:" goes to the action a few sentences up; a deal "unlikely to proceed" is none; entry blocks (a name line over "Address:", "Date of birth:", "Sanction:" fields) under a heading such as "Sanctioned persons" name the action's targets, lists under a heading reach 16 sentences back (was 12); those who supported "the investigation that led to these designations" are no targets; 0.1.110: round 62: "X, a company based in Myanmar, and Y": the comma closes the description (Y is no place of a series); the state opening a sentence with its act ("China on Friday put ...", after a dateline) acts, not a body named after the trigger, nor one it retaliates against ("retaliating for Washington's approval"); a ministry that speaks ("The Ministry of Commerce said A and B were ...") is no target; "two US drone makers" are counted targets; 0.1.109: "not subject to any UK, EU or U.S. sanctions" takes no action; 0.1.108: a round-up's part headed "AUSTRALIA: FINANCIAL SANCTIONS AND ..." is that state's, its heading glued to its first sentence; 0.1.107: round 61: a list cue holding "Executive Order (E.O.) 14024" reads its bullets; 0.1.106: "X identified the purchaser as Y" names a deal's buyer introduced by role; 0.1.105: a list's name ("the UK Sanctions List") is no country target; 0.1.104: "Owner", "Founder" before a name are titles ("Owner Levan Gelashvili faces a travel ban"); 0.1.103: a line linking another story ("READ MORE: ...", "Also read: ...", "Related coverage - ...") makes no record; 0.1.102: a merger filing's defined terms ("Parent", "Merger", "Merger Sub", "Plan of Merger", "Commitment Parties") are no parties; 0.1.101: a release's "About X" section (the company's history, repeated in every release) holds no deal; 0.1.100: "Switzerland is adopting most of the European Union's package" is Switzerland's act; "the Russian defence contractor X" names X; 0.1.99: a filing's definition giving the name in its own script first and in English in brackets ("Purchaser" 金海...(深圳)有限公司 (Jinhai ... (Shenzhen) Co., Ltd.*)); "Business Days", "Sale Interest" are no names; 0.1.98: round 60: "has reached financial close on US$700 million of senior debt" is a financing; lenders named in the items under "The senior debt package comprises:" ("- a US$300 million direct loan from X"); "Nippon Export and Investment Insurance" one name; a unit ("900 MW") opens no name; "off the coast of Fife" is a place; 0.1.97: "announced sanctions of its own on three Haitians ...: A, B and C"; 0.1.96: "The consortium is made up of A (60%) and B (40%)" names the deal's parties; lenders listed under "The senior facility is provided as follows:" below the financing's terms in bullets; a filing's "Disclosure Requirements" is no name; 0.1.95: sanctions in general ("Economic sanctions take years to ...", "tend to", not "take effect"), a study's question ("how quickly restrictions on exports ...") and "months after a package of export restrictions" take no action; those "added to a United Nations sanctions list" are the UN's targets, whatever the dateline; 0.1.94: round 59: "Among them are the Panama-flagged supertanker A and the Comoros-flagged B", "The others are the C, D and E" name the action's ships; an ordinance's appendix under its release ("The following entries are added:", "232. SSID: 200-14851. Name: X.") names the release's counted targets, its persons its travel ban's; "Iran-related Designations" is no name; 0.1.93: "Heads of State", "Governments" and a treaty's title ("Reciprocal Protection of Investments") are no parties; 0.1.92: Estonian "OÜ" and Latvian "SIA" legal forms; an EU instrument's title ("COUNCIL IMPLEMENTING REGULATION") is no name; 0.1.91: "..., while New Zealand announced a fresh round of travel bans" is New Zealand's act, not the body named before; "In Wellington," opening a sentence is where it happens, no target; 0.1.90: a fine in a round-up's section that does not speak of sanctions is no sanctions penalty (another section's "FIFA SANCTIONS CLUB" no longer makes the whole page about sanctions); syndicate roles ("Sustainability Coordinators", "Bookrunners") and a bank's branch ("– Milan Branch") are no lenders; "Corporate and Investment Bank", "Cassa Depositi e Prestiti" are one name; 0.1.89: round 58: Entity List parts "Under the destination of China:" are headings; a town closing an item after its firm ("..., Istanbul; and", "..., Ras Al Khaimah.") is no target; Turkish "San. ve Tic. Ltd. Şti." keeps a name whole; "The legal entities are A and B" under the individuals' bullets goes on the same action; roles after a listed name ("Member of Parliament", "Commodore", "Managing Director", "Senior Fellow") are no targets; "Additional Information" is no name; 0.1.88: a first line repeating the headline (an <h1> inside the article, kept by trafilatura) is no sentence of the body: it glued the headline to the first sentence's evidence and lent its countries to the body's deals; 0.1.87: a denied report of a deal ("denied a report ... that it had agreed to sell") is no deal; the agency a dateline names ("(Meridian Wire) -") is no party or target; "Senior debt of R4.1 billion has been provided by A and B" is a financing; 0.1.86: 0.1.86: a deal's investors or consortium members listed in bullets after it ("The cornerstone investors ... are:") are its parties; 0.1.85: 0.1.85: round 57: an instrument's schedule items ("Name of individual: X", "Name of entity: Y") are its state's freeze targets, its individuals its travel ban's; SECO's annex entries ("SSID 200-17214" over the name) under "Additions – natural persons" or "Additions"; "added to Annex 23" refers to that annex; assets "must be frozen"; 0.1.84: 0.1.84: ships added to a list of ships under a port-access ban ("decided to add 14 vessels to the list of ships") and ships "specified" by the UK ("have been specified", "were \"specified\" under") are the measure `other` (was null); 0.1.83: 0.1.83: "The Central Bank of Kenya" acts for its state; a body "reviewing the designations" reacts, takes none; 0.1.82: 0.1.82: round 56: a ship's name ends with its number ("OCEAN PIONEER I (IMO ...)"); a syndicate's banks by their roles ("acted as coordinators and bookrunning mandated lead arrangers", "participated as", "joined the Facility as") are the financing's parties; a ticker closing a bracket ("(\"X\" or the \"Company\", OSE: KVIT)") is no name; 0.1.81: 0.1.81: a program's name keeps its joining words ("Iranian Transactions and Sanctions Regulations", not "Sanctions Regulations"); 0.1.80: 0.1.80: "has agreed a US$1.1 billion prepayment with X" is a financing; a capitals subheading ("SANCTIONS BACKGROUND") is not the company a later sentence refers to; 0.1.79: 0.1.79: a release's "About the ... regime" section takes no action; a minister's portfolio ("– Minister of Foreign Affairs") is no name; 0.1.78: 0.1.78: round 55: "(see Annex 1)" refers to that annex; "(4) Cancellation of the designation of", "will be cancelled" end a measure; a partner "in coordination with the measures of the EU, ..." does not act; "(3) Lowering of the price cap" is no name; an EU annex's running entry numbers ("2491.") and 'single-quoted' names, its "deleted from the list" part ends a list, "the following entries are added" to Annex I is an asset freeze; "blocked the property of X"; "All three companies are now subject to ..." names the three of the sentence before; 0.1.77: 0.1.77: a list named in quotes ("added 37 entities to the \"Entity List of ...\"") is no speech, the rest of its name no target; "Situation" is no name; 0.1.76: "Britain, for its part, froze ..." (an aside between a state and its act); "Every", "Any" open no name; 0.1.75: "The list includes A, B and C" in its action's paragraph names that action's targets, not an earlier counted one's; 0.1.74: round 54: Japan's "entities to which exports ... are prohibited" (its "will add", "will designate"), an "Annex (excerpt):" heading; 0.1.73: "three firms — A; B; and C — and two businessmen, X and Y": the names after the closing dash too; 0.1.72: the fields of an OFAC entry ("POB Tabriz", "Website ...", "Subject to Secondary Sanctions") and a date's month ("DOB 02 Mar 1980") are no targets; 0.1.71: a judgment headed "IN THE STATE COURTS OF THE REPUBLIC OF SINGAPORE" is that state's; 0.1.70: a notice's next numbered section in capitals ("3. AMENDED ENTRY") ends its list; a UN entry under "the removal of the following entry" is no target; 0.1.69: "imposed an asset freeze and travel ban on him" goes to the man named before; 0.1.68: ship sales of the sale-and-purchase press ("paid $27.5m for the 82,000 dwt X", "sold the 58,000 dwt X"), "The seller is"/"The buyer was named by brokers as" X, the ships and their yards no parties; 0.1.67: Mexico's ", S. de R.L. de C.V." closes a name; "X, Y and the four companies named by Washington" takes those companies from the other authority's record; 0.1.66: "Iran sanctions: ...", "Russia sanctions – latest updates": the state they are about, not who imposes them; a consultation on options and what companies "can be fined" are no measures; 0.1.65: "The Secretary of State" in a UK notice (FCDO, OFSI, EU Exit regulations named) is the UK's; an annex's capitals heading ("FINANCIAL SANCTIONS: CYBER") is no profile; "Designated individuals are also excluded persons ... and are therefore subject to a travel ban"; 0.1.64: a list of lenders a few lines after its financing ("Lenders", "the mandated lead arrangers are:"); 0.1.63: a measure a target "would challenge" (contest, appeal, dispute) is no action; 0.1.62: "In June 2014 the French lender", "the world's biggest crypto exchange" pay as the firm named before; "British American Tobacco" is a name where the article also writes "tobacco"; 0.1.61: a tanker size class ("three Aframaxes and one Suezmax") is no deal party; 0.1.60: reference rates for every currency the rules read (HKD, SEK and 61 more had no amount_usd / value_usd); 0.1.59: an annex "subject to the prohibition of exports" names the export ban's targets; a city's court ("The Frankfurt Regional Court") acts for its state, not the union whose embargo was broken, and its own-language name in brackets is no target; 0.1.58: round 52 (part 2): "British American Tobacco" (two states' words and a word) is a name, an earlier penalty recalled by its amount "imposed on" X, and what a penalty was for ("over loans to") is no deal; 0.1.57: a correction ("incorrectly stated that OFAC had designated X") is no action; a designation recalled in an article on its delisting is no measure in force; 0.1.56: round 52: lists of "the following N citizens", "expanded its sanctions list, adding", a "Full list of designations", what a measure "means ... can be", towns among places and cities are no targets, names added to a Swiss annex, "X and the three companies" again; 0.1.55: "Once", currency codes before amounts, "5G" and "Departments of Justice" are no names; 0.1.54: a denied report of a measure is no action, "weapons against Ukraine" no target, "transactions with designated Russian banks" describes; 0.1.53: a state's court ("Estonia's Harju County Court fined") acts for the state; "sanctioned construction equipment" is goods, no action; 0.1.52: the Dutch Public Prosecution Service and Germany's BAFA as authorities, a short name defined for an authority no target, ("X" or "the Company") aliases, no trigger inside an authority's own name; 0.1.51: a list going on kind by kind ("The individuals include", "The tankers under sanctions are") after bullet items, a travel ban "for the individuals" beside the freeze; 0.1.50: a hedge in a clause after a semicolon leaves the deal stated before it; 0.1.49: round 51 (part 2): "sanctions on Myanmar military officers" no country target, a counted group after a list's last item, ", which was also listed", entities "barred from buying dual-use goods", "was also targeted."; 0.1.48: round 51: an OFAC annex's parts "Entities (OFAC):" far below the action and its vessel lines, a UK release's "Name: ... UK Sanctions List Ref" entries and specified ships, "Britain followed, freezing ...", "sanctioned the buyer" no subject target; 0.1.47: round 50 (part 2): newsroom "sanctions desk/talk" no action, "it says" inside the object, "Among them:", dual-use sale/supply bans, persons "also subject to" a travel ban keep the freeze, names opening with "Sun", a national sanctions list names its state; 0.1.46: a measure withdrawn, lifted or revoked later in the article is not folded into its action; round 48

__all__ = ["EXTRACTOR_VERSION", "MAX_TEXT_CHARS", "RECORD_LANGUAGES", "extract_records", "read_for_records"]

# Records are looked for in at most this much of an article (~30,000 words; a long press release is
# ~5,000): the text of a hostile or broken page beyond it is stored but not read by the rules, whose
# cost grows faster than the text's length.
MAX_TEXT_CHARS = 200_000

# The languages the rules read: their triggers, authorities, measures and names are English words and patterns. A text
# in another language gave no records (a Ukrainian or Chinese decision naming 22 persons) or junk ones (a French
# release: the country "Russie" and two people glued by "et de" as targets: hostile probe 41 F2, F3), so it is not read
# at all, and the run says so.
RECORD_LANGUAGES = frozenset({"en"})


def read_for_records(language: str | None) -> bool:
    """Whether the rules read an article in `language` (its text's language, `article.metadata.text_language`); an
    unknown language is read."""
    return not language or language.lower() in RECORD_LANGUAGES


def extract_records(
    text: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Sanction and deal records in `text` (the article body; offsets index it).

    `title` gives context (authority, main country); `published` resolves "today" and weekdays.
    Returns {"sanctions": [...], "deals": [...]} in the shape of `tradewatch extract`, and "notes" (a list of what was
    not read: a long text's end, records past MAX_RECORDS) when there is any. Only the first MAX_TEXT_CHARS characters
    are read (up to a line break when there is one in their second half).

    The text's characters are read as a run stores them (`article.parse.clean_characters`; a page's text from
    `parse_article` is so already), whoever calls: `tradewatch extract` on a .txt file and `tradewatch eval` gave other
    records than a run for the same text (hostile probe 37 F7). A text that cleaning changes (raw text, or one stored by
    a version that cleaned less) keeps its offsets and evidence in `text` itself, so a stored article's spans still
    match it.
    """
    from tradewatch.article.parse import clean_characters_with_offsets, clean_text

    text = text or ""
    cleaned = clean_characters_with_offsets(text)
    read = text if cleaned is None else cleaned[0]
    title = clean_text(title) if title else title
    latin = _as_latin(read)
    found = _records(latin, _as_latin(title) if title else title, published, url)
    if latin is not read:
        _unfold(found, read, latin)
    if cleaned is not None:
        where = cleaned[1]
        for rec in (*found["sanctions"], *found["deals"]):
            rec["start"], rec["end"] = where[rec["start"]], where[rec["end"]]
            rec["evidence"] = text[rec["start"] : rec["end"]]
    return found


def _records(text: str, title: str | None, published: dt.date | None, url: str | None) -> dict[str, Any]:
    """`extract_records` on a clean text (offsets index `text`)."""
    from tradewatch.extract.deals import extract_deals
    from tradewatch.extract.document import MAX_RECORDS, Document
    from tradewatch.extract.sanctions import extract_sanctions, read_on_past_cuts

    body = _headline_end(text, title)
    notes: list[str] = []
    doc = Document(_bounded(text[body:], url, notes), title, published, url)
    found: dict[str, Any] = {"sanctions": read_on_past_cuts(doc, extract_sanctions(doc)), "deals": extract_deals(doc)}
    notes += doc.notes
    if len(found["sanctions"]) > MAX_RECORDS:
        notes.append(f"sanctions: {len(found['sanctions']):,} records found, the first {MAX_RECORDS:,} kept (MAX_RECORDS)")
        found["sanctions"] = found["sanctions"][:MAX_RECORDS]
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
    if notes:
        found["notes"] = notes
    return found


# Fullwidth Latin letters and digits ("ＯＦＡＣ", as Japanese and Chinese text writes them) and mathematical ones: each is
# one ASCII character in NFKC (NFKC at large changes lengths: "ﬀ" is "ff")
_COMPATIBLE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff]")


def _as_latin(text: str) -> str:
    """`text` with look-alike letters read as the Latin they stand for, one character for one (offsets stay): fullwidth
    and mathematical letters and digits, and the Cyrillic and Greek letters drawn like Latin ones in a word otherwise
    Latin ("ОFAC" with a Cyrillic О, "ΕU" with a Greek Epsilon: hostile probe 37 F4 read "ОFAC" as the target, not the
    authority, and lost the real target). A word in Cyrillic or Greek is left as written."""
    if text.isascii():
        return text
    if _COMPATIBLE.search(text):
        text = _COMPATIBLE.sub(_compatible_letter, text)
    junction = _junction()
    if not junction.search(text):
        return text
    # Each word holding a junction, read once (a regex for the whole word backtracked over a long one: 5 s for 20,000
    # letters)
    parts: list[str] = []
    last = 0
    for m in junction.finditer(text):
        if m.start() < last:
            continue
        start, end = m.start(), m.end()
        while start > last and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        parts += (text[last:start], _latin_word(text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _compatible_letter(m: re.Match[str]) -> str:
    folded = unicodedata.normalize("NFKC", m.group())
    return folded if len(folded) == 1 and folded.isascii() else m.group()


@cache
def _junction() -> re.Pattern[str]:
    """A Latin letter beside a Cyrillic or Greek letter drawn like a Latin one: where a word may mix them."""
    from tradewatch.lists.normalise import LOOKALIKES

    latin, lookalike = "A-Za-z\u00c0-\u024f\u1e00-\u1eff", "".join(map(chr, LOOKALIKES))
    return re.compile(f"[{latin}][{lookalike}]|[{lookalike}][{latin}]")


def _latin_word(word: str) -> str:
    from tradewatch.lists.normalise import LOOKALIKES

    if any(c.isascii() for c in word) and all(c.isascii() or ord(c) in LOOKALIKES or _is_latin(c) for c in word):
        return word.translate(LOOKALIKES)
    return word


def _is_latin(c: str) -> bool:
    """Whether `c` is a Latin letter beyond ASCII ("é", "ł", "ő")."""
    return "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff"


def _unfold(found: dict[str, Any], read: str, latin: str) -> None:
    """The records of `latin` (see `_as_latin`) with their evidence and names as `read` writes them: the letters were
    folded to be recognised, not to be changed (a name written "Rоsneft" is stored so; screening folds it too)."""
    for rec in (*found["sanctions"], *found["deals"]):
        start, end = rec["start"], rec["end"]
        folded, written = latin[start:end], read[start:end]
        if folded == written:
            continue
        rec["evidence"] = written
        for entry in (*(rec.get("targets") or ()), *(rec.get("parties") or ())):
            at = folded.find(entry["name"]) if entry.get("name") else -1
            if at >= 0:
                entry["name"] = written[at : at + len(entry["name"])]
        at = folded.find(rec["program"]) if rec.get("program") else -1
        if at >= 0:
            rec["program"] = written[at : at + len(rec["program"])]


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


def _bounded(text: str, url: str | None, notes: list[str]) -> str:
    """`text`, or its first MAX_TEXT_CHARS characters (a prefix: offsets into it index `text` too), the cut said in
    `notes` (hostile probe 37 F6: only a log line said it, and the records past the cut were missing unseen)."""
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
    notes.append(f"text of {len(text):,} characters: records looked for in its first {cut:,} only (MAX_TEXT_CHARS)")
    return text[:cut]
