"""Rules added from the eighty-third and eighty-fourth held-out rounds (scored on arrival before them), on invented
texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets_by_country, targets_of


def test_turkiyes_treasury_and_finance_ministry_is_turkiyes_not_the_us_treasury() -> None:
    text = ("ISTANBUL - A decision of the Ministry of Treasury and Finance printed in the Official Gazette on Tuesday froze "
            "the assets of Anatolia Sarraf Kuyumculuk Ltd. Şti. and of Kerem Doğanay, whom investigators accuse of "
            "moving money for an armed group.")
    by_country = targets_by_country(text, "Ankara freezes assets of a gold trader")
    assert {"Anatolia Sarraf Kuyumculuk Ltd. Şti.", "Kerem Doğanay"} <= by_country.get("TR", set()), by_country
    assert "US" not in by_country, by_country


def test_a_law_cited_by_its_number_before_its_title_names_no_target() -> None:
    text = ("Türkiye's Ministry of Treasury and Finance froze the assets of Pelin Sarıkaya under Article 6 of Law No. 7262 on "
            "the Prevention of the Financing of Weapons of Mass Destruction, the decision said.")
    names = targets_of(sanctions(text, "Türkiye freezes assets"), "TR", "asset_freeze")
    assert "Pelin Sarıkaya" in names, names
    assert not names & {"Law", "Prevention of the Financing of Weapons of Mass Destruction", "Weapons of Mass Destruction"}, names


def test_indias_directorate_general_of_foreign_trade_acts_for_india() -> None:
    text = ("NEW DELHI: The Directorate General of Foreign Trade has placed Surat-based Navkar Polymers Pvt Ltd on the "
            "Denied Entity List for three years for shipping controlled items without an export authorisation.")
    recs = sanctions(text, "Exporter barred")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("IN", "export_control")], recs
    assert targets_of(recs, "IN", "export_control") == {"Navkar Polymers Pvt Ltd"}, recs


def test_saudi_arabias_presidency_of_state_security_is_an_authority_not_a_target() -> None:
    text = ("RIYADH - The Presidency of State Security on Sunday designated Qamar Al-Sahel Trading Co. and froze its "
            "assets in the kingdom.")
    by_country = targets_by_country(text, "Riyadh lists a trading firm")
    assert by_country.get("SA") == {"Qamar Al-Sahel Trading Co."}, by_country


def test_south_africas_financial_intelligence_centre_fines_with_an_administrative_sanction() -> None:
    text = ("PRETORIA - The Financial Intelligence Centre has imposed an administrative sanction of R2.4 million on "
            "Highveld Remittances (Pty) Ltd for failing to report suspicious transactions.")
    recs = sanctions(text, "Money remitter fined")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("ZA", "financial_penalty")], recs
    assert targets_of(recs, "ZA", "financial_penalty") == {"Highveld Remittances (Pty) Ltd"}, recs


def test_a_financial_intelligence_centre_outside_south_africa_is_not_south_africas() -> None:
    text = ("WINDHOEK - The Financial Intelligence Centre has imposed an administrative sanction of N$300,000 on "
            "Etosha Forex CC, the Bank of Namibia said.")
    assert all(r["authority_country"] != "ZA" for r in sanctions(text, "Namibian forex bureau fined"))


def test_administrative_penalties_a_law_threatens_are_no_penalty() -> None:
    text = ("The Export Control Board on Monday added Borealis Optics LLC to its list. Breaches can lead to administrative "
            "penalties of up to $250,000 per shipment.")
    recs = sanctions(text, "Optics firm listed")
    assert all(r["measure"] != "financial_penalty" for r in recs), recs


def test_lists_a_firm_screens_its_clients_against_take_no_action() -> None:
    text = ("The Financial Intelligence Centre of South Africa has imposed an administrative sanction of R900,000 on "
            "Umhlanga Payments (Pty) Ltd, which did not screen its customers against the UN Security Council's targeted "
            "financial sanctions lists.")
    recs = sanctions(text, "Payments firm fined")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("ZA", "financial_penalty")], recs


def test_the_financial_action_task_force_is_no_target() -> None:
    text = ("Since Ruritania was put on the Financial Action Task Force's grey list, its regulator has stepped up inspections "
            "and sanctions across sectors.")
    assert "Financial Action Task Force" not in {t["name"] for r in sanctions(text) for t in r["targets"]}


def test_a_town_or_state_owning_the_name_in_an_item_is_where_it_is() -> None:
    text = ("Taiwan's Ministry of Economic Affairs on Monday added four foreign firms to its entity list.\n\n"
            "The new entries are:\n\n"
            "- Kazan's OOO Volga Priborstroy and Minsk-based Tekhsnab Trading LLC, which bought lathes;\n"
            "- Iran's Saba Electronic Industries Company, a maker of drone engines.\n")
    names = targets_of(sanctions(text, "Entity list grows"), "TW", "export_control")
    assert {"OOO Volga Priborstroy", "Tekhsnab Trading LLC", "Saba Electronic Industries Company"} <= names, names
    assert not names & {"Kazan", "Iran"}, names


def test_an_officer_of_a_states_ministry_in_an_item_names_no_ministry() -> None:
    text = ("Britain on Monday froze the assets of two men.\n\n"
            "The individuals are:\n\n"
            "- Dariush Farahani, an officer of Iran's Ministry of Intelligence;\n"
            "- Kamran Rostami, a financier.\n")
    names = targets_of(sanctions(text, "UK sanctions"), "GB", "asset_freeze")
    assert {"Dariush Farahani", "Kamran Rostami"} <= names, names
    assert "Ministry of Intelligence" not in names, names


def test_a_firm_incorporated_somewhere_closing_a_series() -> None:
    text = ("OFAC designated three firms on Tuesday. Among the companies sanctioned are Oman-registered Sohar Bulk "
            "Carriers LLC, which chartered the ships, and Liberia-incorporated Harbourline Maritime Inc.")
    names = targets_of(sanctions(text, "Treasury sanctions shipping firms"), "US", "asset_freeze")
    assert {"Sohar Bulk Carriers LLC", "Harbourline Maritime Inc."} <= names, names


def test_the_companies_included_after_the_individuals_bullets() -> None:
    text = ("The UAE Cabinet on Monday designated three individuals and three companies as terrorist financiers.\n\n"
            "Among the individuals listed were:\n\n"
            "- Salem Rashid Al-Nuaimi, born 1969;\n"
            "- Tariq Anwar Haddad, born 1985.\n\n"
            "The companies included Amman-based Levant Bridge Exchange Co., Sana'a's Marib Oil Services Co., and "
            "Crescent Line General Trading LLC, registered in Ajman.")
    names = targets_of(sanctions(text, "UAE lists financiers"), "AE", "asset_freeze")
    assert {"Salem Rashid Al-Nuaimi", "Tariq Anwar Haddad", "Levant Bridge Exchange Co.", "Marib Oil Services Co.",
            "Crescent Line General Trading LLC"} <= names, names
    assert "Sana'a" not in names, names


def test_the_two_organizations_after_the_individuals_bullets() -> None:
    text = ("Seoul on Thursday imposed its own sanctions on two North Koreans and two organizations.\n\n"
            "The individuals named are:\n\n"
            "- Ri Chol Ung, born 2 May 1982, a banker in Dandong;\n"
            "- Kim Yong Sik, born 9 October 1990.\n\n"
            "The two organizations are Korea Myohyang Trading Corporation, which sends workers abroad, and Dandong "
            "Xinhai Software Co., Ltd., a Chinese-registered front.")
    names = {t["name"] for r in sanctions(text, "South Korea sanctions IT workers") for t in r["targets"]}
    assert {"Ri Chol Ung", "Kim Yong Sik", "Korea Myohyang Trading Corporation", "Dandong Xinhai Software Co., Ltd."} <= names, names


def test_the_entities_named_in_the_annex_after_the_individuals_bullets() -> None:
    text = ("Norway's Ministry of Foreign Affairs said on Monday it had frozen the assets of two individuals and two "
            "entities.\n\n"
            "According to the annex, the individuals include:\n\n"
            "- PETRASHKA, Uladzimir Ivanavich, born 01.02.1970; a prison governor.\n"
            "- SAVITSKAYA, Alena Piatrouna, born 03.04.1981; a judge.\n\n"
            "The two entities named in the annex are Baranavichy Optics OJSC, a maker of sights, and Brest Agromash "
            "Trading LLC, which imported parts.")
    names = targets_of(sanctions(text, "Norway freezes assets"), "NO", "asset_freeze")
    assert {"Baranavichy Optics OJSC", "Brest Agromash Trading LLC"} <= names, names


def test_a_counted_groups_other_kind_named_after_the_first_is_found() -> None:
    text = ("The Foreign Office designated two individuals and two entities on Tuesday for supplying drone parts. "
            "The named persons are Pavel Andreevich Sorokin and Ilona Viktorovna Guseva; the entities are Lyra Components "
            "Ltd (Hong Kong) and Orbita-Tekh LLC (Moscow).")
    names = targets_of(sanctions(text, "UK sanctions drone suppliers"), "GB", "asset_freeze")
    assert {"Lyra Components Ltd", "Orbita-Tekh LLC", "Pavel Andreevich Sorokin", "Ilona Viktorovna Guseva"} <= names, names


def test_the_two_organisations_after_individuals_named_in_prose_keep_both_kinds() -> None:
    text = ("The UK has imposed sanctions on two settlers and two organisations. The Foreign Office said the individuals "
            "– Yoav Kedem and Elad Mizrahi – had led attacks on herders. The two organisations are Givat Oren Farm, an "
            "outpost, and the Har Tzur Fund, which raises money for outposts. All four are subject to an asset freeze.")
    names = targets_of(sanctions(text, "UK sanctions settlers"), "GB", "asset_freeze")
    assert {"Yoav Kedem", "Elad Mizrahi", "Givat Oren Farm", "Har Tzur Fund"} <= names, names


def test_the_erc_adding_names_under_destination_without_the_of() -> None:
    text = ("SUMMARY: In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations "
            "by adding five entities to the Entity List.\n\n"
            "The End-User Review Committee (ERC), composed of representatives of several departments, makes all decisions "
            "regarding additions to the Entity List.\n\n"
            "The ERC determined to add Zhuhai Feilong Optics Co., Ltd.; and Ningbo Haitian Sensor Co., Ltd., under "
            "destination China, to the Entity List for supporting military programmes.\n\n"
            "The ERC determined to add Silverline Components Limited and Eastgate Sourcing (HK) Limited, under destination "
            "Hong Kong, for procuring U.S.-origin parts for end users in Russia.\n\n"
            "The ERC determined to add Ege Teknik Tedarik Ltd. Şti., under destination Türkiye, for diverting avionics.")
    names = targets_of(sanctions(text, "Additions to the Entity List"), "US", "export_control")
    assert {"Zhuhai Feilong Optics Co., Ltd.", "Ningbo Haitian Sensor Co., Ltd.", "Silverline Components Limited",
            "Eastgate Sourcing (HK) Limited", "Ege Teknik Tedarik Ltd. Şti."} <= names, names
    assert not names & {"ERC", "End-User Review Committee"}, names


def test_names_below_under_headings_in_capitals() -> None:
    text = ("Today, the Office of Foreign Assets Control (OFAC) designated two companies and one individual that run "
            "tankers for a sanctions-evasion network.\n\n"
            "The entities and individuals below are being designated pursuant to E.O. 14024 for operating in the marine "
            "sector of the Russian Federation economy.\n\n"
            "OPERATORS AND INSURERS\n\n"
            "- SEVERNAYA ZVEZDA SHIPPING FZE (a.k.a. SZS FZE), an Ajman-based company that manages three tankers.\n"
            "- HARBOUR MUTUAL P&I LTD, a Belize-registered company that sells cover to the fleet.\n\n"
            "INDIVIDUALS\n\n"
            "- Grigory Pavlovich LEBEDEV, a Russian national who directs Severnaya Zvezda Shipping FZE.\n\n"
            "DEPARTMENT OF STATE ACTION\n\n"
            "The Department of State is also restricting visas for two ship masters.")
    names = targets_of(sanctions(text, "Treasury targets tanker operators"), "US", "asset_freeze")
    assert {"SEVERNAYA ZVEZDA SHIPPING FZE", "HARBOUR MUTUAL P&I LTD", "Grigory Pavlovich LEBEDEV"} <= names, names
    assert not names & {"DEPARTMENT OF STATE ACTION", "INDIVIDUALS"}, names


def test_a_price_cap_broken_is_no_sectoral_measure_and_its_coalition_no_target() -> None:
    text = ("OFAC on Monday designated Caspian Breeze Shipping LLC, which runs tankers carrying Russian oil sold above the "
            "price cap agreed by the Price Cap Coalition.")
    recs = sanctions(text, "Treasury sanctions ship manager")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("US", "asset_freeze")], recs
    assert targets_of(recs, "US", "asset_freeze") == {"Caspian Breeze Shipping LLC"}, recs


def test_an_eu_annexs_second_table_under_its_lettered_part() -> None:
    rows_a = "".join(f"| {n}. | {name} | DOB: 1.1.1970 | A senior official of the Ruritanian administration who supports the war. | 2.3.2031 |\n"
                     for n, name in ((3101, "Pavel Igorevich MELNIKOV"), (3102, "Olga Sergeevna TARASOVA"),
                                     (3103, "Kirill Antonovich ZUBOV"), (3104, "Inna Petrovna LAPINA")))
    rows_b = "".join(f"| {n}. | {name} | Address: Samara, Russian Federation | Maker of drone parts used against Ukraine. | 2.3.2031 |\n"
                     for n, name in ((701, "Volga Avionika LLC"), (702, "Samara Composite Works JSC")))
    header = "| | Name | Identifying information | Reasons | Date of listing |\n|---|---|---|---|---|\n"
    text = ("THE COUNCIL OF THE EUROPEAN UNION has adopted this Regulation.\n\nANNEX\n\n"
            "The following persons and entities are added to the list set out in Annex I to Regulation (EU) No 269/2014:\n\n"
            "A. Natural persons\n\n" + header + rows_a + "\nB. Legal persons, entities and bodies\n\n" + header + rows_b)
    names = {t["name"] for r in sanctions(text, "Council Implementing Regulation") for t in r["targets"]}
    assert {"Volga Avionika LLC", "Samara Composite Works JSC", "Pavel Igorevich MELNIKOV"} <= names, names


def test_japans_excerpted_parts_and_its_next_numbered_section() -> None:
    text = ("2. Measures by the Ministry of Foreign Affairs and the Ministry of Finance\n\n"
            "(1) Asset freeze\n\n"
            "The Government of Japan will implement measures to designate the following 2 individuals and 2 entities as "
            "subject to payment restrictions and capital transaction restrictions (asset freeze):\n\n"
            "Individuals (excerpt)\n"
            "(a) Boris Yurievich LAPTEV — General Director, Permskiy Kabelny Zavod JSC\n"
            "(b) Arslan Timurovich GAZIEV — Deputy Head, occupied Donetsk region\n\n"
            "Entities (excerpt)\n"
            "(a) Permskiy Kabelny Zavod JSC (Russia)\n"
            "(b) Bursa Endustri Dis Ticaret Ltd. Şti. (Türkiye)\n\n"
            "3. Measures by the Ministry of Economy, Trade and Industry\n\n"
            "(1) Prohibition of exports to specific entities in third countries\n\n"
            "METI will add 9 entities located in third countries (China, Hong Kong, India, Kazakhstan, Kyrgyzstan, Türkiye, "
            "Armenia and the United Arab Emirates) that have supplied goods to Russian military-related entities to the "
            "list of entities to which exports from Japan are prohibited. Designated entities include the following:\n\n"
            "(a) Foshan Kaida Microelectronics Trading Co., Ltd. (China)\n"
            "(b) Yerevan Tech Supply LLC (Armenia)\n")
    recs = sanctions(text, "Measures against Russia")
    freeze, exports = targets_of(recs, "JP", "asset_freeze"), targets_of(recs, "JP", "export_control")
    assert {"Boris Yurievich LAPTEV", "Arslan Timurovich GAZIEV", "Permskiy Kabelny Zavod JSC",
            "Bursa Endustri Dis Ticaret Ltd. Şti."} == freeze, recs
    assert {"Foshan Kaida Microelectronics Trading Co., Ltd.", "Yerevan Tech Supply LLC"} == exports, recs


def test_frozen_assets_a_bank_must_report_take_no_action() -> None:
    text = ("Iceland's foreign ministry on Monday froze the assets of Hrafn Logistics ehf. Banks that find frozen funds "
            "must report them to the Financial Supervisory Authority, the European Union's rules say.")
    recs = sanctions(text, "Iceland freezes assets")
    assert {(r["authority_country"], r["measure"]) for r in recs} == {("IS", "asset_freeze")}, recs


def test_names_that_already_appear_on_another_states_list_take_no_action() -> None:
    text = ("Taiwan's Ministry of Economic Affairs on Tuesday added Minsk Optron OJSC to its entity list, noting that "
            "several of the companies already appear on the U.S. Commerce Department's Entity List.")
    recs = sanctions(text, "Taiwan lists a Belarusian firm")
    assert {r["authority_country"] for r in recs} == {"TW"}, recs


def test_a_list_of_entities_barred_from_receiving_strategic_goods_is_an_export_control() -> None:
    text = ("Taiwan's Ministry of Economic Affairs on Friday added six foreign companies to its list of entities barred "
            "from receiving strategic high-technology commodities without a permit.")
    recs = sanctions(text, "Taiwan expands its entity list")
    assert {(r["authority_country"], r["measure"]) for r in recs} == {("TW", "export_control")}, recs


def test_an_export_control_lists_formal_title_names_no_target() -> None:
    text = ("Taiwan's Ministry of Economic Affairs on Friday added Volgograd Radiotekhnika JSC to its entity list, "
            "formally the \"Entity List of Export Control on Strategic High-Tech Commodities\".")
    names = {t["name"] for r in sanctions(text, "Taiwan lists a Russian firm") for t in r["targets"]}
    assert "Volgograd Radiotekhnika JSC" in names, names
    assert not any("Commodities" in n for n in names), names


def test_denied_export_privileges_and_a_director_barred_from_applying_for_licences() -> None:
    text = ("In a separate order, BIS denied export privileges for one year to Tarsus Aero Supply FZE, a company in the "
            "Sharjah Airport Freezone, and to its owner, Nikhil Varma Shetty, an Indian national.")
    names = targets_of(sanctions(text, "BIS issues denial order"), "US", "export_control")
    assert names == {"Tarsus Aero Supply FZE", "Nikhil Varma Shetty"}, names
    text = ("The Directorate General of Foreign Trade placed Rajkot Valves Pvt Ltd on its denied entity list. Its director, "
            "Mahesh Kantilal Joshi, has been barred from applying for any export licence for three years.")
    names = targets_of(sanctions(text, "Exporter barred"), "IN", "export_control")
    assert {"Rajkot Valves Pvt Ltd", "Mahesh Kantilal Joshi"} <= names, names


def test_a_series_going_on_after_a_relative_clause_with_where_the_next_one_is_based() -> None:
    text = ("The Treasury Department said it had imposed sanctions on three companies, among them Macau-based Lotus Gate "
            "Trading Ltd, Qingdao Haixing Engine Co, which makes marine engines, and Izmir-registered Ege Motor Parca AS.")
    names = targets_of(sanctions(text, "US sanctions engine suppliers"), "US", "asset_freeze")
    assert {"Lotus Gate Trading Ltd", "Qingdao Haixing Engine Co", "Ege Motor Parca AS"} <= names, names


def test_the_designations_following_earlier_actions_of_others_take_none_of_theirs() -> None:
    text = ("Qatar on Monday designated Doha Crescent Exchange W.L.L. as a terrorist financier and froze its assets. The "
            "designations follow previous joint actions by Gulf states and the U.S. Treasury against Hezbollah financiers.")
    recs = sanctions(text, "Qatar lists an exchange house")
    assert {r["authority_country"] for r in recs} == {"QA"}, recs


def test_a_product_designated_by_its_name_is_no_designation() -> None:
    text = ("The army said the new launcher, designated Grom-K, is based on a truck chassis already in service, which would "
            "simplify training.")
    assert sanctions(text, "Army picks a launcher") == []


def test_voyages_that_complied_with_a_cap_and_plans_for_designations_take_no_action() -> None:
    text = ("The tanker Nordic Halcyon is not on any list, and its manager said all its voyages complied with the price cap. "
            "In Washington, the administration has signalled that it has no immediate plans for new maritime designations.")
    assert sanctions(text, "Shadow fleet analysis") == []


def test_the_g7_is_no_target() -> None:
    text = ("Canada today imposed sanctions on the following entities under the Special Economic Measures (Russia) "
            "Regulations:\n\n"
            "- Volga Precision Castings JSC\n"
            "- Ural Bearing Works LLC\n\n"
            "Quick facts\n\n"
            "- Canada works closely with its G7 partners to coordinate sanctions.\n")
    names = {t["name"] for r in sanctions(text, "Canada sanctions a foundry") for t in r["targets"]}
    assert "Volga Precision Castings JSC" in names and "G7" not in names, names


def test_sanctions_regulations_broken_and_users_in_sanctioned_regions_take_no_action() -> None:
    text = ("The Office of Foreign Assets Control said Lumen Pay Inc. would pay $2.1 million to settle its potential civil "
            "liability for 900 apparent violations of the Iranian Transactions and Sanctions Regulations and the "
            "Syria-related sanctions regulations between 2020 and 2023.\n\n"
            "The case is the latest of several OFAC enforcement actions against fintech companies over failures to use IP "
            "address and other location data to block users in sanctioned regions.")
    recs = sanctions(text, "Payments firm settles with OFAC")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("US", "financial_penalty")], recs


def test_the_counted_three_under_a_travel_ban_are_the_people_named_before() -> None:
    text = ("New Zealand is imposing sanctions on two vessels of the shadow fleet and on three individuals who spread "
            "disinformation, the Minister of Foreign Affairs announced today.\n\n"
            "The vessels include the tankers NORTHERN GLORY (IMO 9234567) and SILVER FJORD (IMO 9345678). Sanctioned "
            "vessels are subject to an asset freeze and are prohibited from entering New Zealand's ports.\n\n"
            "The three individuals are Oksana Petrovna Lukina, an editor; Gennady Ivanovich Rybin, who runs a network of "
            "channels; and Timofei Olegovich Sazonov, a producer. The three are subject to travel bans and asset freezes.")
    recs = sanctions(text, "New Zealand sanctions disinformation actors")
    assert targets_of(recs, "NZ", "travel_ban") == {"Oksana Petrovna Lukina", "Gennady Ivanovich Rybin",
                                                     "Timofei Olegovich Sazonov"}, recs
