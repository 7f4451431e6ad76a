"""Unit tests for the round 12 extraction rules, on hand-written sentences.

Travel bans and the state whose entry closes, Section 7031(c) designations, register lines with the surname in
capitals, where a person named before works, laws' titles in parts, towns before "-based", remit words in names,
stock indexes, instruments' titles, witnesses, contracts to buy, sale agreements, deals told again, numbered
headings, court sanction of a scheme, financing lined up; dates a later sentence states, lists that "take in" names,
"its own sanctions", clauses after "though", honorifics and "Said" in names, North Korean counts, drafts, stalled
pushes and refusals; businesses sold, plans of the setting, brands, "Shariah-compliant" and parties by their role in
a filing. Every person, company, vessel and place named here is invented; the sentences were written for these tests,
not taken from the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets


def _bans(recs: list[dict]) -> list[dict]:
    return [r for r in recs if r["measure"] == "travel_ban"]


# --- Travel bans: the state whose entry closes ----------------------------------------------------------------------

def test_closing_entry_to_the_russian_federation_is_russias_ban_though_australias_sanctions_come_first():
    text = ("Responding to Australia's latest sanctions on Russian oil traders, the Ministry of Foreign Affairs said on "
            "Tuesday that it had closed entry to the Russian Federation for 31 Australian citizens.")
    (ban,) = _bans(_sanctions(text, "Statement"))
    assert ban["authority_country"] == "RU"
    assert ban["unnamed_targets"] == "31 Australian citizens"


def test_denied_entry_into_china_is_chinas_ban():
    text = ("Following the United States' sanctions on Chinese officials, five U.S. lawmakers have been denied entry "
            "into China, Beijing said on Tuesday.")
    (ban,) = _bans(_sanctions(text, "Beijing hits back"))
    assert (ban["authority_country"], ban["date"]) == ("CN", "2031-05-13")


def test_inadmissible_to_or_ineligible_for_entry_into_a_state_is_that_states_ban():
    recs = _sanctions("Canada said the nine Iranian officials it sanctioned on Tuesday are inadmissible to Canada.")
    assert [r["authority_country"] for r in _bans(recs)] == ["CA"]
    (ban,) = _sanctions("The two judges and their spouses are ineligible for entry into the United States.", "Visa")
    assert (ban["measure"], ban["authority_country"], ban["unnamed_targets"]) == ("travel_ban", "US", "two judges")


def test_entry_into_the_european_union_keeps_the_union_as_the_actor():
    # guard: the Union is no state whose border closes; the EU stays the authority
    (ban,) = _sanctions("The EU imposed a travel ban on Sergei Volkodav, denying him entry into the European Union.")
    assert (ban["authority_country"], ban["measure"]) == ("EU", "travel_ban")
    assert [t["name"] for t in ban["targets"]] == ["Sergei Volkodav"]


# --- Section 7031(c) designations -----------------------------------------------------------------------------------

def test_a_7031c_designation_is_a_travel_ban_and_neither_the_post_nor_the_laws_title_is_a_target():
    text = ("Today the State Department designated Hernán Ruiz Olmedo, former Director General of Bolivia's "
            "National Customs Service, for his role in a bribery ring, under Section 7031(c) of the Department of State, "
            "Foreign Operations, and Related Programs Appropriations Act.")
    (rec,) = _sanctions(text, "Department of State")
    assert (rec["authority_country"], rec["measure"]) == ("US", "travel_ban")
    assert [t["name"] for t in rec["targets"]] == ["Hernán Ruiz Olmedo"]


def test_a_7031c_designation_joins_the_visa_restrictions_of_the_same_release():
    text = ("The Department of State is designating Oscar Benegas Ruiz, former Minister of Public Works, under Section "
            "7031(c) for his involvement in significant corruption.\n\n"
            "The Department is also imposing visa restrictions on Néstor Cano Medina, a former judge.")
    recs = _sanctions(text, "Department of State")
    assert [r["measure"] for r in recs] == ["travel_ban"]
    assert {t["name"] for t in recs[0]["targets"]} == {"Oscar Benegas Ruiz", "Néstor Cano Medina"}


def test_a_state_department_designation_without_7031c_stays_an_asset_freeze():
    # guard: only Section 7031(c) makes the State Department's designation a visa measure
    (rec,) = _sanctions("The State Department today designated Ostrava Metals JSC under E.O. 14024 for supplying "
                        "Russia's defence sector.")
    assert rec["measure"] == "asset_freeze"


def test_all_of_the_individuals_named_above_are_ineligible_names_the_listed():
    text = ("The Department of State is designating Oscar Benegas Ruiz and Néstor Cano Medina under Section 7031(c) "
            "for their involvement in significant corruption. The Department is also publicly designating their "
            "spouses. All of the individuals named above are now ineligible for entry into the United States.")
    (ban,) = _sanctions(text, "State Department designates officials")
    assert ban["measure"] == "travel_ban"
    assert {t["name"] for t in ban["targets"]} == {"Oscar Benegas Ruiz", "Néstor Cano Medina"}
    text = ("Canada imposed sanctions on three Iranian officials.\n\nThe following individuals were listed:\n"
            "Reza Ghorbani Nejad\nMehdi Shirazi Fard\nAli Akbar Tavana\n\n"
            "All of the individuals named above are also subject to a travel ban.")
    (ban,) = _bans(_sanctions(text))
    assert {t["name"] for t in ban["targets"]} == {"Reza Ghorbani Nejad", "Mehdi Shirazi Fard", "Ali Akbar Tavana"}


# --- Names in registers and in sentences ----------------------------------------------------------------------------

def test_numbered_register_lines_with_the_surname_in_capitals_before_a_dash_name_one_person_each():
    text = ("Australia has today listed the following persons for targeted financial sanctions:\n\n"
            "1. McCORMACK, Aidan Joseph – Chief Executive of Brasswell Defence Supplies\n"
            "2. O'NEILL-PRYCE, Gemma Louise – Financier\n"
            "3. VOROBYEV, Stanislav Igorevich (also known as Stas Vorobyev) – Director of Krasnaya Zvezda Trading\n")
    assert _targets(text, "Australia sanctions") == {
        "Aidan Joseph McCORMACK", "Gemma Louise O'NEILL-PRYCE", "Stanislav Igorevich VOROBYEV"}


def test_where_a_person_named_before_works_is_no_target():
    for post in ("a customs official at the Port of Manzanillo", "a senior manager at Lumbre Cargo S.A.",
                 "the former head of the National Customs Directorate", "the founder of Rioseco Freight LLC",
                 "a procurement officer at the Ministry of Health"):
        text = f"OFAC today designated Marco Ibarra Solis, {post}, for laundering cartel proceeds."
        assert _targets(text) == {"Marco Ibarra Solis"}, post


def test_a_company_designated_after_a_persons_post_is_still_a_target():
    text = "OFAC today designated Marco Ibarra Solis, a director at Lumbre Cargo S.A., and Rioseco Freight LLC."
    assert _targets(text) == {"Marco Ibarra Solis", "Rioseco Freight LLC"}


def test_honorifics_in_plain_name_lines_are_no_part_of_the_name():
    text = ("Britain today sanctioned the following individuals:\n"
            "Maryam Adel Qassem\nEng. Tariq Nabil Sharif\nProf. Darian Ostovar\n")
    assert _targets(text) == {"Maryam Adel Qassem", "Tariq Nabil Sharif", "Darian Ostovar"}
    text = "OFAC today designated the following individuals:\nYusuf Kamal Haddad\nHajj Rami Adnan Khatib\n"
    assert _targets(text) == {"Yusuf Kamal Haddad", "Rami Adnan Khatib"}
    assert _targets("Britain sanctioned Sheikha Noor Salem al-Dhaheri on Tuesday.") == {"Noor Salem al-Dhaheri"}


def test_said_inside_an_arabic_name_is_part_of_the_name():
    assert _targets("The Treasury designated Faisal Said Al-Mahri and Yasmin Said Qasim for moving funds.") == {
        "Faisal Said Al-Mahri", "Yasmin Said Qasim"}
    assert _targets("OFAC today designated Omar Said Bakri Ba-Salem, a Yemen-based financier.") == {
        "Omar Said Bakri Ba-Salem"}


# --- Lists and counts -----------------------------------------------------------------------------------------------

def test_the_corporate_designations_take_in_a_list_ending_with_a_based_company_and_its_role():
    text = ("The corporate designations take in Qamar Marine Services LLC; Halcyon Shipmanagement FZE; and Ajman-based "
            "Azure Keel Ship Management FZE, the ISM manager for three of the tankers.")
    assert _targets(text, "Tankers") == {
        "Qamar Marine Services LLC", "Halcyon Shipmanagement FZE", "Azure Keel Ship Management FZE"}


def test_the_two_foreigners_are_names_them():
    text = "Britain sanctioned four people linked to the scheme. The two foreigners are Lev Antipov and Darius Kovač."
    (rec,) = _sanctions(text, "Sanctions")
    assert rec["authority_country"] == "GB"
    assert {t["name"] for t in rec["targets"]} == {"Lev Antipov", "Darius Kovač"}


def test_a_count_of_north_korean_individuals_is_kept_whole():
    (rec,) = _sanctions("Japan sanctioned 11 North Korean individuals and four entities.")
    assert rec["unnamed_targets"] == "11 North Korean individuals and four entities"
    (rec,) = _sanctions("South Korea on Tuesday sanctioned eight North Korean individuals over illicit IT worker "
                        "schemes.")
    assert (rec["authority_country"], rec["unnamed_targets"]) == ("KR", "eight North Korean individuals")


# --- Authorities, dates and clauses ---------------------------------------------------------------------------------

def test_its_own_sanctions_and_so_far_keep_the_state_acting():
    (rec,) = _sanctions("Japan imposed its own sanctions on Pemberly Sound Shipping Ltd on Tuesday.")
    assert rec["authority_country"] == "JP" and [t["name"] for t in rec["targets"]] == ["Pemberly Sound Shipping Ltd"]
    (rec,) = _sanctions("Singapore has so far imposed sanctions on Kallang Meru Trading Pte. Ltd. over arms sales.")
    assert rec["authority_country"] == "SG"


def test_an_action_reported_undated_takes_the_day_a_later_sentence_states():
    text = ("The U.S. has added nine more tankers to its sanctions list.\n\n"
            "OFAC on Monday designated the tankers, which ship Iranian oil.")
    (rec,) = _sanctions(text, "US blacklists tankers")
    assert (rec["authority_country"], rec["date"]) == ("US", "2031-05-12")


def test_an_earlier_designation_told_as_background_does_not_redate_the_action():
    # guard: only a day within the week before publication dates the action
    text = ("The U.S. has added Arrow Tankers Ltd to its sanctions list.\n\n"
            "OFAC first designated the company's owner, Pavel Zinchenko, on March 3, 2030.")
    assert [r["date"] for r in _sanctions(text)] == ["2031-05-14"]


def test_names_in_a_clause_after_though_are_no_targets():
    assert _targets("Britain on Tuesday sanctioned Halden Freight Ltd, though Marrick Logistics Ltd, its sister "
                    "company, was left off the list.") == {"Halden Freight Ltd"}
    assert _targets("OFAC today designated Varna Petroleum FZE, though Castellan Oil DMCC was not named.") == {
        "Varna Petroleum FZE"}


# --- No action: drafts, stalled pushes, refusals, opposition, a court's sanction ------------------------------------

def test_what_a_draft_would_do_is_no_action_however_far_the_measure():
    assert _sanctions("It would also ban transactions with Sevastopol Ferry Lines and impose an asset freeze on two "
                      "banks.", "EU talks") == []


def test_a_stalled_push_a_refusal_to_sign_off_and_opposition_are_no_action():
    for text in ("A push by Baltic states to sanction Rostov Grain Holding ran aground last month.",
                 "Slovakia refused to sign off on sanctions against Pyotr Ilyich Zabelin.",
                 "Malta and Greece refused to approve sanctions on Tessaly Shipping SA.",
                 "Hungary and Slovakia opposed the EU's sanctions on Zabelin Gas Holding at Monday's meeting."):
        assert _sanctions(text, "EU talks") == [], text


def test_a_courts_sanction_of_a_scheme_of_arrangement_is_no_sanction():
    assert _sanctions("The Court sanctioned the Scheme at a hearing on Tuesday, Tenterden Plc said.",
                      "Announcement") == []
    text = ("Tenterden Plc announced that the High Court sanctioned the scheme of arrangement under which Polden "
            "Capital will acquire the company.")
    assert _sanctions(text, title="Announcement") == []


# --- Deals: names and what is no party -------------------------------------------------------------------------------

def test_a_town_before_its_state_based_and_remit_words_closing_a_name():
    (deal,) = _deals("Bexley Ridge Pumps, a Houston, Texas-based manufacturer, agreed to buy Calloway Seals Ltd for "
                     "$48 million.")
    assert _parties(deal) == ["Bexley Ridge Pumps", "Calloway Seals Ltd"]
    (deal,) = _deals("Tallgrass Grain signed a contract with Tunisia's Ministry of Industry and Foreign Trade to supply "
                     "90,000 tonnes of maize.")
    assert _parties(deal) == ["Tallgrass Grain", "Ministry of Industry and Foreign Trade"]
    (deal,) = _deals("Al Wadi Commerce and Trade Co. signed a contract with Gulfline Foods to supply 50,000 tonnes "
                     "of rice.")
    assert _parties(deal) == ["Al Wadi Commerce and Trade Co.", "Gulfline Foods"]


def test_a_stock_index_describing_a_party_is_no_party():
    (deal,) = _deals("Thornbury Precision, the FTSE 250 maker of aircraft seals, agreed to buy Dunmore Castings for "
                     "£90 million.")
    assert _parties(deal) == ["Thornbury Precision", "Dunmore Castings"]
    (deal,) = _deals("Oakridge Minerals, an ASX 200 miner, agreed to buy Tallis Gold Ltd for A$310 million.")
    assert _parties(deal) == ["Oakridge Minerals", "Tallis Gold Ltd"]


def test_an_instruments_title_is_no_party_and_share_or_royalty_sale_agreements_are_acquisitions():
    (deal,) = _deals("Orrin Royalties signed a binding Royalty Sale Agreement with Birchfield Mining Ltd worth "
                     "US$25 million.")
    assert deal["deal_type"] == "acquisition" and _parties(deal) == ["Orrin Royalties", "Birchfield Mining Ltd"]
    (deal,) = _deals("On 12 May 2031, Silverbay Assets Limited entered into the Share Purchase Agreement with Golden "
                     "Reed Ventures Limited to acquire Harbour Lantern Limited for HK$96 million.", "Announcement")
    assert _parties(deal) == ["Silverbay Assets Limited", "Golden Reed Ventures Limited", "Harbour Lantern Limited"]


def test_a_long_heading_in_capitals_is_no_party():
    text = ("MAJOR TRANSACTION IN RELATION TO THE ACQUISITION OF THE ENTIRE EQUITY INTEREST IN QINGSHAN COLD CHAIN "
            "CO LTD\n\nOn 12 May 2031, Silverbay Assets Limited signed an agreement with Golden Reed Ventures Limited.")
    deals = _deals(text, "Announcement")
    assert not any(name.startswith("MAJOR TRANSACTION") for d in deals for name in _parties(d))
    assert [_parties(d) for d in deals] == [["Silverbay Assets Limited", "Golden Reed Ventures Limited"]]


def test_parties_by_their_role_in_a_filing_are_no_parties():
    (deal,) = _deals("Silverbay Assets Limited (the \"Purchaser\") entered into an agreement with Golden Reed Ventures "
                     "Limited (the \"Vendor\") under which the Purchaser will acquire Harbour Lantern Limited from the "
                     "Vendor for HK$96 million.", "Announcement")
    assert _parties(deal) == ["Silverbay Assets Limited", "Golden Reed Ventures Limited", "Harbour Lantern Limited"]
    (deal,) = _deals("Under the agreement, the Vendor will sell and the Purchaser will acquire all shares in Harbour "
                     "Lantern Limited for HK$96 million.", "Announcement")
    assert _parties(deal) == ["Harbour Lantern Limited"]


def test_brands_chains_and_shariah_compliant_are_no_parties():
    (deal,) = _deals("Vila Nova Capital agreed to buy Grupo Serrano, the operator behind the Casa Pitanga and Doce "
                     "Araçá chains, for 600 million reais.")
    assert _parties(deal) == ["Vila Nova Capital", "Grupo Serrano"]
    (deal,) = _deals("Ravenmoor Foods, owner of the Tillbury and Oakhollow brands, agreed to buy Fenwick Bakeries for "
                     "£55 million.")
    assert _parties(deal) == ["Ravenmoor Foods", "Fenwick Bakeries"]
    (deal,) = _deals("Al Safwa Islamic Bank extended a Shariah-compliant Ijara financing of SAR 250 million to Najd "
                     "Logistics Co.", "Finance")
    assert deal["deal_type"] == "financing" and _parties(deal) == ["Al Safwa Islamic Bank", "Najd Logistics Co."]


def test_who_witnessed_the_signing_is_no_party():
    (deal,) = _deals("Arabian Cement Holding signed a supply agreement with Qassim Gypsum Co. on Sunday in the "
                     "presence of officials from the Ministry of Industry.")
    assert _parties(deal) == ["Arabian Cement Holding", "Qassim Gypsum Co."]
    (deal,) = _deals("The agreement between Arabian Cement Holding and Qassim Gypsum Co. was signed under the auspices "
                     "of the Riyadh Chamber of Commerce.")
    assert _parties(deal) == ["Arabian Cement Holding", "Qassim Gypsum Co."]


# --- Deals: types, acts and records ---------------------------------------------------------------------------------

def test_signing_a_contract_to_buy_or_acquire_is_a_contract():
    (deal,) = _deals("Kessler Rail signed a contract to buy 40 locomotives from Varda Motive Power for $210 million.")
    assert deal["deal_type"] == "contract" and deal["value"] == 210_000_000
    assert _parties(deal) == ["Kessler Rail", "Varda Motive Power"]
    (deal,) = _deals("Port authority Dunmore Harbour Board signed a contract to acquire two tugboats from Halvard "
                     "Yards.")
    assert deal["deal_type"] == "contract"


def test_the_agreement_was_signed_by_restates_the_deal():
    text = ("Pelican Energy agreed to buy the Tiber gas field from Oresund Petroleum for $140 million.\n\n"
            "The agreement was signed in Oslo by Pelican chief executive Maren Holt and Oresund Petroleum.")
    (deal,) = _deals(text)
    assert deal["deal_type"] == "acquisition" and deal["value"] == 140_000_000
    (deal,) = _deals("Salverne Logistics agreed to buy Greyhaven Couriers for $35 million. The deal was signed by "
                     "Salverne Logistics and Greyhaven Couriers on Monday.")
    assert deal["deal_type"] == "acquisition"


def test_a_separate_agreement_of_the_same_party_is_a_second_deal():
    # guard: only "The agreement was signed ..." tells the deal again
    text = ("Pelican Energy agreed to buy the Tiber gas field from Oresund Petroleum for $140 million.\n\n"
            "Separately, Oresund Petroleum signed a supply agreement with Norrland Gas.")
    assert [(d["deal_type"], _parties(d)) for d in _deals(text)] == [
        ("acquisition", ["Pelican Energy", "Oresund Petroleum"]), ("agreement", ["Oresund Petroleum", "Norrland Gas"])]


def test_numbered_section_headings_are_no_deals():
    text = ("The Company has agreed to buy a stake in Tolland Engineering.\n\n"
            "3. Shares to be Acquired from Rennick Holdings and Acquisition Price\n\n"
            "The price is $4 per share.")
    assert [_parties(d) for d in _deals(text, "Announcement")] == [["Tolland Engineering"]]
    assert _deals("(2) Merger Agreement with Castlebrook Foods\n\nThe merger will close in June.", "Announcement") == []


def test_financing_lined_up_obtained_or_taken_out_is_a_financing():
    (deal,) = _deals("Solvana Wind has lined up a $320 million loan from Nordbank Capital and Baltic Infrastructure "
                     "Bank for its offshore project.", "Finance")
    assert deal["deal_type"] == "financing" and deal["value"] == 320_000_000
    assert _parties(deal) == ["Solvana Wind", "Nordbank Capital", "Baltic Infrastructure Bank"]
    (deal,) = _deals("Tarrant Solar obtained a 150 million euro loan from Europa Green Bank to build two plants in "
                     "Sicily.", "Finance")
    assert (deal["value"], deal["currency"]) == (150_000_000, "EUR")
    assert _parties(deal) == ["Tarrant Solar", "Europa Green Bank"]
    (deal,) = _deals("Meridia Ports took out a $90 million loan from Coastal Commerce Bank.", "Finance")
    assert _parties(deal) == ["Meridia Ports", "Coastal Commerce Bank"]


def test_a_business_sold_is_a_party_and_the_settings_plan_hedges_no_deal():
    (deal,) = _deals("Dunfield Industries agreed to sell its Petrel Flow Controls valves business to Ashby "
                     "Engineering for $75 million.")
    assert _parties(deal) == ["Dunfield Industries", "Petrel Flow Controls", "Ashby Engineering"]
    (deal,) = _deals("Dunfield Industries has agreed to sell its Petrel Flow Controls business to Ashby Engineering "
                     "for $75 million, as chief executive Helen Marsh presses ahead with her plan to simplify the "
                     "group.")
    assert deal["deal_type"] == "acquisition" and deal["value"] == 75_000_000
    assert _parties(deal) == ["Dunfield Industries", "Petrel Flow Controls", "Ashby Engineering"]


def test_an_instruments_title_joined_by_and_is_no_party():
    (deal,) = _deals(
        "On 3 March 2031, Tolworth Estates Limited entered into the Sale and Purchase Agreement with Quayside Crest "
        "Holdings Limited to acquire Marlow Yard Limited for HK$84 million."
    )
    assert "Sale" not in _parties(deal)
    assert "Tolworth Estates Limited" in _parties(deal)


def test_a_section_heading_numbered_without_a_full_stop_is_no_deal():
    assert _deals("3.2 Details of the Share Purchase Agreement with Penrose Foods Holdings\n\nThe price is payable in cash.") == []
