"""Unit tests for the round 35 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import DAY, sanctions
from tests.support.records import targets_of as _targets_of
from tradewatch.extract import extract_records

# -- sanctions ------------------------------------------------------------------------------------------------------------


def test_naming_after_the_object_names_its_members():
    text = (
        "The regional bloc on Saturday imposed a travel ban on members of the ruling council and their relatives, "
        "naming the council's chairman, General Oumar Sékou-Dembélé, and his chief of staff Colonel Issa Garba-Tandja."
    )
    recs = extract_records(text, title="Bloc sanctions coup leaders", published=DAY)["sanctions"]
    found = {t["name"] for r in recs if r["measure"] == "travel_ban" for t in r["targets"]}
    assert {"Oumar Sékou-Dembélé", "Issa Garba-Tandja"} <= found


def test_a_participle_after_the_object_still_ends_it():
    text = (
        "The Treasury Department on Monday sanctioned Halvard Maritime Services, cutting off Kestrel Bank from the "
        "proceeds of the oil trade."
    )
    found = {t["name"] for r in sanctions(text) for t in r["targets"]}
    assert "Halvard Maritime Services" in found
    assert "Kestrel Bank" not in found


def test_a_national_freeze_order_lists_its_persons_and_an_association_after_a_long_lead():
    text = (
        "By a joint order of the Minister of the Economy and the Minister of the Interior dated 3 March 2026, the funds "
        "and economic resources held by the following natural and legal persons are frozen for a period of six months, "
        "pursuant to Articles L. 562-2 and L. 562-3 of the Monetary and Financial Code:\n\n"
        "- Mr Karim Idriss BENALI, born on 14 February 1993 in Lille, French national;\n"
        "- the association Rahma Entraide Solidaire, registered in Lyon.\n\n"
        "By a second order of the same date, the freezing measures adopted on 2 September 2025 against Mr Samir Yanis "
        "OUARDI are renewed for a further period of six months."
    )
    recs = extract_records(text, title="National asset freeze measures", published=DAY)["sanctions"]
    found = {t["name"] for r in recs if r["measure"] == "asset_freeze" for t in r["targets"]}
    assert {"Karim Idriss BENALI", "Rahma Entraide Solidaire", "Samir Yanis OUARDI"} <= found


def test_chinas_lists_name_china_and_the_counted_group_is_named_after():
    text = (
        "In a separate notice, China's commerce ministry said it had placed five US entities on its export control list, "
        "banning the export of dual-use items to them.\n\n"
        "The five are Harrow Avionics, Keel Ridge Robotics, Tallis Ordnance Systems, Brenner Optics and Quarry Point "
        "Machining.\n\n"
        "Beijing set up the unreliable entity list in 2020 during Kevin Marsh's term as envoy, and has turned to it, "
        "along with its export control law, to retaliate.\n\n"
        "Westbrook Dynamics and Calder Missile Systems were added to the unreliable entity list in March 2024."
    )
    recs = extract_records(text, title="China curbs exports to US defence firms", published=DAY)["sanctions"]
    china = {t["name"] for r in recs if r["authority_country"] == "CN" for t in r["targets"]}
    assert {"Harrow Avionics", "Quarry Point Machining", "Westbrook Dynamics", "Calder Missile Systems"} <= china
    assert not [r for r in recs if r["authority_country"] != "CN"]
    assert "Kevin Marsh" not in {t["name"] for r in recs for t in r["targets"]}


def test_ofac_named_and_his_deputy_are_targets():
    text = (
        "The US Treasury on Thursday announced sanctions against three companies shipping Iranian oil.\n\n"
        "Treasury's Office of Foreign Assets Control (OFAC) named Zagros Marine Shipping Company and Parvin Tanker "
        "Management, both based in Tehran, and a Dubai-based front company, Amber Finch Shipping LLC.\n\n"
        "The UK has today sanctioned four Iranian individuals. Those sanctioned include Reza Karimzadeh, a senior "
        "officer who oversees operations in Europe, and his deputy Hamid Farrokhi-Nejad, who recruits intermediaries."
    )
    recs = extract_records(text, title="Sanctions on Iran", published=DAY)["sanctions"]
    us = {t["name"] for r in recs if r["authority_country"] == "US" for t in r["targets"]}
    gb = {t["name"] for r in recs if r["authority_country"] == "GB" for t in r["targets"]}
    assert {"Zagros Marine Shipping Company", "Parvin Tanker Management", "Amber Finch Shipping LLC"} <= us
    assert {"Reza Karimzadeh", "Hamid Farrokhi-Nejad"} <= gb


def test_their_country_designations_are_not_that_country_acting():
    text = (
        "Japan on Friday froze the assets of Hanbit Trading Corp. over North Korea's missile programme.\n\n"
        "The three countries have increasingly lined up their North Korea designations since 2023."
    )
    recs = extract_records(text, title="Japan sanctions North Korean firms", published=DAY)["sanctions"]
    assert "KP" not in {r["authority_country"] for r in recs}
    assert "Hanbit Trading Corp." in _targets_of(recs, "JP", "asset_freeze")


def test_merging_its_unit_with_a_company_is_a_deal_with_both():
    text = ("Kivu Telecom, the Kigali-listed operator, will merge its tower subsidiary with Mauritius-registered "
            "Baobab Tower Holdings, creating the region's largest tower company.")
    recs = extract_records(text, title="Kivu Telecom to merge tower arm", published=DAY)["deals"]
    assert any({"Kivu Telecom", "Baobab Tower Holdings"} <= {p["name"] for p in d["parties"]} for d in recs)
