"""Rules added for the sixty-fifth held-out round (after it was scored on arrival), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions


def test_a_department_taking_over_another_unions_listings_acts_and_additions_to_an_annex_are_its_freeze() -> None:
    text = ("Bern, 12.05.2026 - The Federal Department of Economic Affairs, Education and Research (EAER) today decided to "
            "take over the new listings of individuals and entities that the Council of the European Union adopted on "
            "2 May 2026 as part of its sanctions package.\n\nWith this decision, 12 individuals and 9 entities are added to "
            "Annex 8 of the Ordinance. The individuals concerned are also subject to an entry ban.")
    found = sanctions(text, "Switzerland adopts new listings")
    assert ("CH", "asset_freeze") in {(r["authority_country"], r["measure"]) for r in found}, found
    assert "EU" not in {r["authority_country"] for r in found}, found


def test_a_rules_lettered_parts_are_no_names_and_military_end_users_are_an_export_control() -> None:
    text = ("The Bureau of Industry and Security (BIS) amends the Export Administration Regulations by adding three "
            "entities to the Entity List.\n\nA. Additions to the Entity List\n\nThe ERC determined to add Kama Radio "
            "Components LLC and Volga Instrument Supply LLC under the destination of Russia. These two entities are also "
            "designated as Russian or Belarusian military end users with a footnote 3 designation.\n\nB. Revision of an "
            "Entry\n\nThe ERC determined to revise one entry.")
    found = sanctions(text, "Additions to the Entity List")
    names = {t["name"] for r in found for t in r["targets"]}
    assert not names & {"A. Additions", "B. Revision"}, found
    assert {r["measure"] for r in found} == {"export_control"}, found


def test_a_table_headed_by_its_states_specified_ships_goes_to_that_states_ship_measure() -> None:
    text = """The UK Foreign, Commonwealth & Development Office (FCDO) on 3 June specified 9 tankers under the Russia (Sanctions) (EU Exit) Regulations 2019.

The FCDO also designated two ship managers that it said had taken over the management of vessels linked to sanctioned operators: Coral Bay Ship Management FZE and Harbour Star Shipping Co., Ltd.

On 5 June, the EU Council added 20 vessels to its list of ships subject to a port-access ban. The bloc also imposed an asset freeze on Tidewater Tanker Management LLC.

UK-specified tankers (selected), 3 June
Name | Flag | IMO | Built
NORTHERN LARK | Cameroon | 9301111 | 2004
AMBER TIDE | Gabon | 9182222 | 1999
"""
    found = {(r["authority_country"], r["measure"], t["name"]) for r in sanctions(text, "Shadow fleet listings") for t in r["targets"]}
    assert {("GB", "other", "NORTHERN LARK"), ("GB", "other", "AMBER TIDE")} <= found, found
    assert not any(country == "EU" and name in ("NORTHERN LARK", "AMBER TIDE") for country, _, name in found), found


def test_other_entities_on_a_list_include_names_the_actions_targets() -> None:
    text = ("OFAC on Thursday designated five companies in the United Arab Emirates. Other entities on the new list "
            "include Gulf Crest Trading LLC and Red Lotus Shipping Ltd.")
    names = {t["name"] for r in sanctions(text, "Treasury targets traders") for t in r["targets"]}
    assert {"Gulf Crest Trading LLC", "Red Lotus Shipping Ltd."} <= names, names


def test_the_government_of_an_official_page_acts_and_those_who_helped_are_no_targets() -> None:
    text = ("Today the Albanese Government has imposed targeted financial sanctions on Russian national Pavel Igorevich "
            "Sokov for his role in ransomware attacks.\n\nThe sanctions were identified through the work of the "
            "Australian Signals Directorate and the Australian Federal Police, as part of a joint operation.\n\nThe "
            "United Kingdom and the United States have today imposed parallel sanctions on Mr Sokov.\n\nIn March 2025, "
            "the Government imposed cyber sanctions on Russian national Oleg Andreyevich Zhukov.")
    found = sanctions(text, "Cyber sanctions on a ransomware operator", url="https://www.foreignminister.gov.au/x")
    pairs = {(r["authority_country"], t["name"]) for r in found for t in r["targets"]}
    assert ("AU", "Oleg Andreyevich Zhukov") in pairs, pairs
    assert not any("Signals" in name or "Police" in name for _, name in pairs), pairs


def test_a_banks_branch_is_no_target_of_its_own_and_tfs_regulations_breached_are_no_freeze() -> None:
    text = ("The Monetary Authority of Singapore (MAS) has imposed a composition penalty of S$1,200,000 on Harbourline "
            "Bank Limited, Singapore Branch (HBL) for breaches of Singapore's targeted financial sanctions regulations.")
    found = sanctions(text, "MAS imposes composition penalty")
    assert [r["measure"] for r in found] == ["financial_penalty"], found
    assert [t["name"] for t in found[0]["targets"]] == ["Harbourline Bank Limited"], found


def test_a_ministry_that_says_in_brackets_is_no_target() -> None:
    text = ("The Ministry of Commerce (MOFCOM) said Pinecrest Avionics Inc. and Harlow Rotor Systems LLC had been added to "
            "its export control list.")
    names = {t["name"] for r in sanctions(text, "China curbs exports to US firms") for t in r["targets"]}
    assert {"Pinecrest Avionics Inc.", "Harlow Rotor Systems LLC"} <= names and "Ministry of Commerce" not in names, names
