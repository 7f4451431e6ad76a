"""Rules added from the seventieth held-out round (scored on arrival before them), on invented texts."""

from __future__ import annotations

import datetime as dt

from tests.support.records import sanctions, targets
from tradewatch.extract import extract_records


def test_an_annex_heading_whose_act_has_a_bracket_in_its_bracket_opens_the_list() -> None:
    text = ("The Council today adopted restrictive measures against an additional 2 individuals and 1 entity.\n\n"
            "Background\n\nThe EU has had restrictive measures in place since 2004.\n\n"
            "Persons and entities added to the list (Annex I to Regulation (EU) 2024/1865)\n\nNatural persons\n\n"
            "1. Aliaksei Piatrovich HRYNKEVICH (Alexei Petrovich GRINKEVICH). Position: judge. DOB: 4.2.1980.\n"
            "2. Tatsiana Ivanauna LUKASHOVA. Position: prosecutor.\n\nLegal persons, entities and bodies\n\n"
            "1. Baranavichy Avia Components OJSC. Address: Baranavichy, Belarus.\n")
    assert targets(text, "Belarus: Council lists 3 more") >= {
        "Aliaksei Piatrovich HRYNKEVICH", "Tatsiana Ivanauna LUKASHOVA", "Baranavichy Avia Components OJSC"}


def test_parts_named_in_square_brackets_divide_a_list() -> None:
    text = ("The Government has decided to designate two individuals and one entity as subjects of sanctions.\n\n"
            "The individuals and entities designated today are as follows:\n\n [Individuals]\n"
            " ① Han Chol Jin (born 2 May 1981): Director of the overseas office of Kumsong Trading Corporation\n"
            " ② Ri Yong Su (born 9 June 1979): Representative in Dandong\n\n [Entities]\n"
            " ① Mirim Software Exchange Company: a company that dispatches IT workers abroad\n")
    assert targets(text, "Independent sanctions on IT workers") >= {"Han Chol Jin", "Ri Yong Su",
                                                                    "Mirim Software Exchange Company"}


def test_already_sanctioned_by_two_states_is_a_record_for_each_and_the_page_keeps_its_actor() -> None:
    text = ("New Zealand has imposed a freeze on the assets of a Russian shipping company involved in moving military "
            "cargo.\n\nThe shipping company is Sakhalin Coastal Lines LLC. Sakhalin Coastal Lines has already been "
            "sanctioned by the United States and the United Kingdom.\n\nAll 4 individuals are subject to a travel ban, "
            "which prevents them from entering New Zealand.")
    recs = sanctions(text, "New Zealand sanctions shipping company")
    earlier = {r["authority_country"] for r in recs if any(t["name"].startswith("Sakhalin Coastal") for t in r["targets"])
               and "already" in r["evidence"]}
    assert {"US", "GB"} <= earlier, recs
    assert {r["authority_country"] for r in recs if r["measure"] == "travel_ban"} == {"NZ"}, recs


def test_a_duty_to_report_frozen_assets_is_no_action_and_its_recipient_no_target() -> None:
    text = ("New Zealand today imposed a freeze on the assets of Karim Haddad Exchange LLC. Reporting entities under the "
            "Anti-Money Laundering and Countering Financing of Terrorism Act 2009 must report any frozen assets to the "
            "New Zealand Police Financial Intelligence Unit.")
    found = targets(text, "New Zealand sanctions exchange house")
    assert "Karim Haddad Exchange LLC" in found
    assert not any("Intelligence Unit" in n for n in found), found


def test_a_security_council_resolution_a_law_implements_is_not_the_actor() -> None:
    text = ("The Australian Government has today imposed targeted financial sanctions and travel bans on Marwan Tahir "
            "Jaber. The targeted financial sanctions have been imposed by listing the individual under the Charter of the "
            "United Nations Act 1945, which implements Australia's obligations under United Nations Security Council "
            "Resolution 1373.")
    assert {r["authority_country"] for r in sanctions(text, "Australia sanctions financier")} == {"AU"}


def test_a_state_after_sanctions_that_imposed_them_is_no_target() -> None:
    text = ("The United Kingdom has imposed asset freezes on two financiers, among them Bashir Salem Odeh. Today's "
            "sanctions build on counter-terrorism sanctions Australia imposed on other financiers in 2024.")
    assert "Australia" not in targets(text, "UK sanctions financiers")


def test_a_series_of_places_in_a_describing_part_gives_no_targets() -> None:
    text = ("Today, the Minister of Foreign Affairs announced sanctions against 6 individuals. Those sanctioned today "
            "include officials in the temporarily occupied regions of Luhansk, Kherson and Zaporizhzhia who organized "
            "the removal of children, and Lidia Andreyevna Sorokina, a camp director.")
    found = targets(text, "Canada sanctions officials")
    assert "Lidia Andreyevna Sorokina" in found
    assert not {"Kherson", "Zaporizhzhia", "Luhansk"} & found, found


def test_a_company_after_a_description_ending_in_a_place_is_still_a_target() -> None:
    """Guard for the rule above: "... occupied areas of Ukraine, and X OOO" names X."""
    text = ("The European Union on Friday adopted sanctions on 4 companies. Among the companies targeted are Dniepr Grain "
            "House LLC, an exporter that officials say has shipped grain taken from occupied areas of Ukraine, and "
            "Pechora Logistik OOO, which operates tankers.")
    assert {"Dniepr Grain House LLC", "Pechora Logistik OOO"} <= targets(text, "EU sanctions round")


def test_an_earlier_dated_action_stays_a_record_of_its_own() -> None:
    text = ("Today, the Minister of Foreign Affairs announced sanctions under the Special Economic Measures (Russia) "
            "Regulations against 2 individuals and 1 entity.\n\nThe following individuals and entities have been added "
            "to Schedule 1:\n\n1. Oksana Petrovna Velikaya\n2. Gennady Ilyich Borzov\n3. Yunarmiya Camp Fund LLC\n\n"
            "Quick facts\n\n- On March 3, 2031, Canada sanctioned the charity Rodnik Children's Foundation and 5 "
            "individuals for their role in adoptions.\n")
    recs = extract_records(text, title="Canada sanctions officials", published=dt.date(2031, 9, 14))["sanctions"]
    by_date = {r["date"]: {t["name"] for t in r["targets"]} for r in recs}
    assert "Rodnik Children's Foundation" in by_date.get("2031-03-03", set()), recs
    assert all("Rodnik Children's Foundation" not in names for day, names in by_date.items() if day != "2031-03-03"), recs


def test_a_faith_between_a_demonym_and_a_charity_names_neither_a_country_nor_a_target() -> None:
    found = targets("On the same day, Canada sanctioned the Russian Orthodox charity Svet Nadezhdy Fund.", "Canada sanctions")
    assert "Svet Nadezhdy Fund" in found
    assert not {"Russia", "Orthodox"} & found, found


def test_a_new_entries_heading_over_a_paragraph_and_country_parts_names_the_rules_targets() -> None:
    text = ("On March 3, 2031, BIS published a final rule adding three entities to the Entity List.\n\nWhy they were added\n\n"
            "The End-User Review Committee determined that the entities acted contrary to national security.\n\n"
            "The new entries\n\nThe entries below are reproduced in shortened form. Each entry carries a license "
            "requirement for all items subject to the EAR.\n\nCHINA\n- Dalian Huaxing Photonics Co., Ltd., No. 8 Harbour "
            "Road, Dalian.\n\nTÜRKİYE\n- Ege Mikro Elektronik A.Ş., Izmir. [FN3]\n\nUNITED ARAB EMIRATES\n- Palm Crest "
            "General Trading FZE, Dubai. [FN3]\n")
    assert targets(text, "BIS adds three entities") >= {"Dalian Huaxing Photonics Co., Ltd.", "Ege Mikro Elektronik A.Ş.",
                                                        "Palm Crest General Trading FZE"}


def test_a_designation_with_a_footnote_is_no_action() -> None:
    assert sanctions("Entries marked [FN3] are also designated with footnote 3, which extends the foreign direct product "
                     "rule to them.", "Entity List additions") == []


def test_the_body_sanctions_were_developed_with_is_no_target() -> None:
    text = ("The UK has today sanctioned four individuals behind a smuggling network, among them Dler Aziz Hamad. The "
            "sanctions were developed with the National Crime Agency, which worked with French police.")
    found = targets(text, "UK sanctions smuggling gang")
    assert "Dler Aziz Hamad" in found
    assert "National Crime Agency" not in found, found


def test_the_channel_and_a_public_laws_abbreviation_are_no_targets() -> None:
    text = ("The UK has today sanctioned six individuals and three entities that make up one of the most prolific "
            "smuggling networks operating on the Channel route, among them Rebaz Omar Khalil.\n\nThe Department of State "
            "is designating Hugo Varela Montes under Section 7031(c) of the Appropriations Act, 2024 (Div. F, P.L. 118-47), "
            "as carried forward by the Continuing Appropriations Act, 2025 (Div. A, P.L. 118-83), which provides that "
            "officials involved in significant corruption and their immediate family members are ineligible for entry "
            "into the United States.")
    found = targets(text, "Sanctions update")
    assert {"Rebaz Omar Khalil", "Hugo Varela Montes"} <= found
    assert not {"Channel", "P.L."} & found, found
