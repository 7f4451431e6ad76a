"""Unit tests for the round 25 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deal_with as _deal_with
from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets
from tests.support.records import targets_of as _of
from tradewatch.extract.parties import find_entities

# -- sanctions -----------------------------------------------------------------------------------------------------


def test_removals_from_a_list_and_updated_entries_are_no_listing():
    text = (
        "The Office of Foreign Assets Control (OFAC) has removed one individual and two entities from the Specially "
        "Designated Nationals and Blocked Persons List (SDN List) after a petition for reconsideration.\n\n"
        "Removals from OFAC's SDN List do not affect any other person who remains on the SDN List, and persons who "
        "remain designated stay subject to the prohibitions.\n\n"
        "The following entry has been updated on OFAC's SDN List:\n\n"
        "TALLOW HARBOUR TRADING LTD., Limassol, Cyprus [RUSSIA-EO14024].\n"
    )
    assert _sanctions(text, title="Recent Actions") == []
    # a listing is still one
    assert _targets("OFAC added Norvik Bunkering Ltd. to the Specially Designated Nationals and Blocked Persons List "
                    "(SDN List) on Tuesday.") == {"Norvik Bunkering Ltd."}


def test_the_long_name_of_the_sdn_list_is_no_name():
    text = "It does not remove any person from the Specially Designated Nationals and Blocked Persons List (SDN List)."
    assert not {e.name for e in find_entities(text, doc_text=text)} & {"Specially", "Nationals", "Blocked Persons"}


def test_states_which_are_also_sanctioning_the_target_each_act():
    text = ("Today, OFAC sanctioned Russian national Arkady Voskresensky for running the Nightjar ransomware scheme. "
            "The action is coordinated with Canada and New Zealand, which are also sanctioning Voskresensky today.")
    out = _sanctions(text)
    assert {r["authority_country"] for r in out} == {"US", "CA", "NZ"}
    assert _of(out, "CA", None) == _of(out, "NZ", None) == {"Arkady Voskresensky"}
    # the subject of the sentence, not a relative clause
    out = _sanctions("Canada and New Zealand are also sanctioning Arkady Voskresensky today.")
    assert {r["authority_country"] for r in out} == {"CA", "NZ"}


def test_a_named_body_designating_after_which_something_happened_is_a_fact():
    out = _sanctions("Volumes at the exchange rose after OFAC designated the Riga-based exchange Kortex in May 2023.")
    assert _of(out, "US", "asset_freeze") == {"Kortex"}
    # an unnamed designation in such a clause is still no action
    assert _sanctions("Banks must check again after a supplier's owner was designated.") == []


def test_the_newly_listed_individuals_take_the_listed_people():
    text = (
        "Bern, 03.04.2025 - The Federal Department of Economic Affairs, Education and Research (EAER) decided to add "
        "12 individuals to the sanctions lists in connection with the situation in Ukraine.\n\n"
        "Among those newly listed are Oleg Tarasovich Minin, a regional official; Vera Ilyinichna Sokova, who runs a "
        "camp programme; and the businessman Timur Rashidovich Valeev, owner of the Kazan-based Volga Line Shipping "
        "LLC.\n\n"
        "The newly listed individuals are also subject to an entry and transit ban for Switzerland."
    )
    out = _sanctions(text, title="Switzerland adopts sanctions")
    people = {"Oleg Tarasovich Minin", "Vera Ilyinichna Sokova", "Timur Rashidovich Valeev"}
    assert _of(out, "CH", "asset_freeze") >= people
    assert _of(out, "CH", "travel_ban") == people


def test_a_ban_for_a_state_names_the_state_but_not_for_its_nationals():
    out = _sanctions("The EU listed Oleg Minin on Monday. He is also subject to an entry and transit ban for Norway.")
    assert any(r["authority_country"] == "NO" and r["measure"] == "travel_ban" for r in out)
    out = _sanctions("Canada on Monday imposed a travel ban for Russian officials involved in the deportations.",
                     title="Canada bans entry")
    assert {r["authority_country"] for r in out} == {"CA"}


def test_the_state_department_designation_is_a_travel_ban_and_ofacs_a_freeze():
    text = (
        "The Department of State is designating Rustam Nazarovich Olimov, the former head of the Khatlon regional "
        "directorate of Tajikistan's State Committee for National Security, pursuant to Section 7031(c) of the "
        "Department of State, Foreign Operations, and Related Programs Appropriations Act, due to his involvement in "
        "gross violations of human rights.\n\n"
        "Concurrently, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating Vakhsh "
        "Stroy Group LLC pursuant to Executive Order 13818."
    )
    out = _sanctions(text, title="Designation of a Tajik official")
    assert _of(out, "US", "travel_ban") == {"Rustam Nazarovich Olimov"}
    assert _of(out, "US", "asset_freeze") == {"Vakhsh Stroy Group LLC"}


def test_a_subject_that_signs_sanctions_decrees_is_no_target():
    assert _targets("Zelensky has signed dozens of sanctions decrees since the invasion, targeting defence firms.") == set()


def test_the_list_of_a_named_treasury_is_a_listing_with_its_owner():
    out = _sanctions("Kama Rotor Works had already been added to the U.S. Treasury's sanctions list in 2024, the decree says.")
    assert _of(out, "US", "asset_freeze") == {"Kama Rotor Works"}


def test_one_more_of_a_counted_group_named_on_its_own():
    text = ("The UK on Tuesday imposed sanctions on the Harbour Crossing Group and three individuals. Also designated "
            "were Deniz Kaya and his company, Kaya Marine Supplies. A third individual, Rashid Omar Salih, is accused "
            "of moving the gang's money.")
    assert "Rashid Omar Salih" in _of(_sanctions(text), "GB", None) | _of(_sanctions(text), "GB", "asset_freeze")


def test_the_sanctioned_entity_is_named_and_under_the_sanctions_states_no_target():
    text = (
        "SEOUL -- South Korea on Tuesday imposed unilateral sanctions on four North Korean individuals and an "
        "organization over IT worker schemes.\n\n"
        "The sanctioned entity is Pyolbit Software Trading Corp., a company under the North's Munitions Industry "
        "Department.\n\n"
        "Under the sanctions, any financial transactions with the designated individuals require prior approval "
        "from the Bank of Korea governor or the Financial Services Commission."
    )
    targets = {t["name"] for r in _sanctions(text) for t in r["targets"]}
    assert "Pyolbit Software Trading Corp." in targets
    assert not targets & {"Bank of Korea", "Financial Services Commission"}


def test_a_body_under_un_sanctions_is_their_target():
    out = _sanctions("The Second Economic Committee, which oversees arms production, has been under U.N. Security "
                     "Council sanctions since 2010.")
    assert _of(out, "UN", None) == {"Second Economic Committee"}


def test_the_latest_in_a_series_states_no_new_target():
    assert _sanctions("It is the latest in a series of unilateral sanctions that the Yoon government has imposed on "
                      "North Korean individuals.") == []


def test_export_control_classification_numbers_are_no_names():
    text = ("BIS said Qarlux Photonics Inc. exported lasers, classified under Export Control Classification Numbers "
            "(ECCNs) 6A005 and 3A090.c, and modules classified under ECCN 5A992 to customers in China.")
    names = {e.name for e in find_entities(text, doc_text=text)}
    assert not {n for n in names if any(c.isdigit() for c in n)}
    assert "Qarlux Photonics Inc." in names


def test_a_post_for_a_force_and_a_post_inside_a_post_are_workplaces():
    text = ("The EU listed two individuals. The two individuals are Kaveh Rostami, managing director of Tabriz Rotor "
            "Works, and Davoud Mir-Sadeghi, who the Council described as a procurement official for the Ghadir "
            "Aerospace Command. Their assets in the EU will be frozen.")
    assert "Ghadir Aerospace Command" not in _of(_sanctions(text), "EU", "asset_freeze")
    text = ("The Department of State is designating Farid Nazarov, the former head of the Sughd branch of Tajikistan's "
            "State Customs Service, for gross violations of human rights.")
    assert "State Customs Service" not in {t["name"] for r in _sanctions(text) for t in r["targets"]}


def test_a_surname_opening_a_sentence_and_a_clause_of_its_own_are_targets():
    text = ("The EU imposed sanctions on Mehran Golbahar and Sina Farrokhzad on Monday. Golbahar and Farrokhzad are "
            "also banned from entering EU territory. The British measures freeze the assets the pair hold in the UK, "
            "and Farrokhzad is banned from travelling to the country.")
    out = _sanctions(text)
    assert {"Mehran Golbahar", "Sina Farrokhzad"} <= _of(out, "EU", "travel_ban")


def test_a_nationality_of_makers_is_no_country_target():
    assert "Iran" not in _targets("The EU on Monday imposed sanctions on Iranian drone manufacturers and their "
                                  "executives.")
    assert "Russia" in _targets("The UK imposed sanctions on Russian banks.")


def test_a_quoted_verdict_on_the_sanctions_names_no_target():
    text = ("China on Friday sanctioned Paula Ashdown, a former US diplomat.\n"
            "The move came after the US State Department imposed sanctions on six Chinese officials last month.\n"
            "Paula Ashdown wrote on social media that the sanctions were \"a badge of honour\".")
    out = _sanctions(text, title="China sanctions")
    assert _of(out, "CN", None) == {"Paula Ashdown"}
    assert _of(out, "US", "asset_freeze") == set()


def test_new_zealanders_are_no_target():
    assert "New Zealanders" not in _targets(
        "The assets of all those designated are frozen, and New Zealanders are prohibited from dealing with them.")


# -- deals ---------------------------------------------------------------------------------------------------------


def test_a_loan_to_a_state_has_the_state_as_borrower_and_a_board_acts_for_its_bank():
    recs = _deals("The Board of Directors of the West African Infrastructure Bank approved on 4 May 2025 a loan of "
                  "€95 million to Côte d'Ivoire to finance the Project to Modernise Rural Water Networks (PMRWN).")
    assert _parties(_deal_with(recs, "West African Infrastructure Bank")) == [
        "West African Infrastructure Bank", "Côte d'Ivoire"]
    # a state's word before a noun is no borrower
    recs = _deals("Norvik Bank agreed on Monday to provide financing for Russian seaborne crude cargoes to Kessel "
                  "Trading, the companies said.")
    assert "Russia" not in {p for d in recs for p in _parties(d)}


def test_banks_named_by_their_roles_in_a_syndicate_join_the_loan():
    text = ("Mumbai-based Kalindi Ports Ltd. secured a ₹9,000 crore loan from a group of lenders on Monday. The "
            "12-year facility was signed with a consortium led by Deccan Federal Bank Ltd., with Sahyadri Bank and "
            "Coromandel Capital Bank Ltd. as co-lead arrangers, the company said.")
    recs = _deals(text)
    assert set(_parties(_deal_with(recs, "Kalindi Ports Ltd."))) == {
        "Kalindi Ports Ltd.", "Deccan Federal Bank Ltd.", "Sahyadri Bank", "Coromandel Capital Bank Ltd."}


def test_a_post_responsible_for_contracts_is_no_deal():
    assert _deals("- Ivan Petrovich Lazarev, head of a procurement directorate of the Ministry of Defence responsible "
                  "for contracts for imported ammunition") == []


def test_an_elided_de_joins_a_capitalised_name():
    names = {e.name for e in find_entities("The bank lent to Côte d'Ivoire and to Banque d'Escompte du Sahel.")}
    assert "Côte d'Ivoire" in names
    assert "Banque d'Escompte du Sahel" in names
