"""Unit tests for the round 33 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import DAY
from tests.support.records import targets_of as _targets_of
from tradewatch.extract import extract_records

# -- lists ----------------------------------------------------------------------------------------------------------------


def test_entity_list_additions_under_one_country_heading_after_another():
    text = (
        "Today, BIS added six entities in China, the United Arab Emirates and Armenia to the Entity List for supplying "
        "aircraft parts to Russian airlines.\n\n"
        "The final rule adds the following entities to the Entity List:\n\n"
        "China:\n- Harbin Qianlu Avionics Co., Ltd.\n- Lingang Skyway Trading Co., Ltd.\n\n"
        "United Arab Emirates:\n- Dune Crest Aero Parts FZE\n- Al Wafra Aviation Trading L.L.C.\n\n"
        "Armenia:\n- Ararat Aero Logistics LLC\n- Sevan Avia Supply CJSC\n\n"
        "These entities will be subject to a license requirement for all items subject to the EAR."
    )
    recs = extract_records(text, title="Commerce adds six entities to the Entity List", published=DAY)["sanctions"]
    assert _targets_of(recs, "US", "export_control") >= {
        "Harbin Qianlu Avionics Co., Ltd.", "Lingang Skyway Trading Co., Ltd.", "Dune Crest Aero Parts FZE",
        "Al Wafra Aviation Trading L.L.C.", "Ararat Aero Logistics LLC", "Sevan Avia Supply CJSC",
    }


# -- who acts -------------------------------------------------------------------------------------------------------------


def test_a_state_adopting_another_authoritys_listings_acts_itself():
    text = (
        "Bern, 14.05.2026 - On 14 May 2026, the Federal Department of Economic Affairs, Education and Research (EAER) "
        "decided to adopt the listings of persons, companies and organisations added by the European Union on "
        "6 May 2026.\n\n"
        "Financial sanctions (Annex 8)\n\n"
        "The persons and companies newly listed in Annex 8 are subject to financial sanctions. Their funds and economic "
        "resources in Switzerland are frozen, and it is prohibited to make funds available to them."
    )
    recs = extract_records(text, title="Switzerland adopts further EU sanctions listings", published=DAY)["sanctions"]
    assert any(r["authority_country"] == "CH" for r in recs)
    assert any(r["authority_country"] == "CH" and r["measure"] == "asset_freeze" for r in recs)
    assert not any(r["authority_country"] == "EU" and r["measure"] == "asset_freeze" for r in recs)


def test_the_state_in_a_reason_clause_after_the_action_does_not_act():
    text = ("China has added four US drone makers to its unreliable entity list and placed six American firms on its "
            "export control list, in retaliation for Washington's latest arms sale to Taiwan.")
    recs = extract_records(text, title="China blacklists US drone makers", published=DAY)["sanctions"]
    assert recs and all(r["authority_country"] == "CN" for r in recs)


def test_the_other_members_of_a_counted_group_named_after_some_of_them():
    text = (
        "In a separate notice, the commerce ministry added six US entities to its export control list, banning exports "
        "of dual-use items to them. Two of them – Brandt Optics and Calder Marine – are also on the unreliable entity "
        "list. The other four are Fenwick Guidance Systems, Harlow Composites, Ivers Dynamics and Jessop Avionics."
    )
    recs = extract_records(text, title="China adds US firms to export control list", published=DAY)["sanctions"]
    assert _targets_of(recs, "CN", "export_control") >= {
        "Fenwick Guidance Systems", "Harlow Composites", "Ivers Dynamics", "Jessop Avionics"}
