"""Unit tests for the round 38 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import sanctions
from tests.support.records import targets_of as _targets_of


def test_a_backgrounder_heading_opens_the_list_of_those_the_release_lists():
    text = (
        "Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions under the Special Economic "
        "Measures (Belarus) Regulations on 2 individuals and 2 entities.\n\n"
        "Quick facts\n\n"
        "- Individuals listed under SEMA are also inadmissible to Canada under the Immigration and Refugee "
        "Protection Act.\n\n"
        "- Since 2020, Canada has imposed sanctions on more than 200 individuals and entities in Belarus.\n\n"
        "Associated links\n\n"
        "- Canadian sanctions related to Belarus\n\n"
        "Backgrounder\n\n"
        "Individuals\n\n"
        "1. Oleg Pavlovich VARENIK - Head of a penal colony in the Gomel region\n\n"
        "2. Tatsiana Ivanovna LUBETS - Judge of the Minsk Regional Court\n\n"
        "Entities\n\n"
        "1. Polessky Stroitel OJSC - Builder of detention facilities\n\n"
        "2. Minskvagon Repair LLC - Supplier of rail cars to the armed forces"
    )
    recs = sanctions(text, "Canada imposes sanctions on Belarusian officials")
    freeze = _targets_of(recs, "CA", "asset_freeze")
    assert {"Oleg Pavlovich VARENIK", "Tatsiana Ivanovna LUBETS", "Polessky Stroitel OJSC",
            "Minskvagon Repair LLC"} <= freeze
    assert {"Oleg Pavlovich VARENIK", "Tatsiana Ivanovna LUBETS"} <= _targets_of(recs, "CA", "travel_ban")
    # ("Canadian sanctions related to Belarus", under "Associated links": a link's title, no target)
    assert "Belarus" not in freeze


def test_additions_to_a_list_of_foreign_end_users_are_an_export_control():
    text = (
        "The trade ministry on Friday added 12 entities from five countries, including China and Iran, to a list of "
        "foreign end users of concern, requiring exporters to seek a licence before shipping goods to them.\n\n"
        "Among the newly listed are Wuhan Lanxing Optics Co. and Tehran Pardaz Electronics Co., the ministry said."
    )
    recs = sanctions(text, "Japan adds 12 entities to end-user list")
    assert {"Wuhan Lanxing Optics Co.", "Tehran Pardaz Electronics Co."} <= _targets_of(recs, "JP", "export_control")


def test_bar_them_from_entering_is_a_travel_ban():
    text = (
        "The State Department on Monday designated two prosecutors, Halvard Nyrud and Celestine Abara, under an "
        "executive order.\n\n"
        "The measures freeze any property the two hold in the United States and bar them and their spouses from "
        "entering the country."
    )
    recs = sanctions(text, "US sanctions two prosecutors")
    assert any(r["authority_country"] == "US" and r["measure"] == "travel_ban" for r in recs), recs


def test_a_share_price_after_the_news_is_no_profile_of_a_designee():
    text = (
        "Japan on Friday added 15 Chinese entities to its End User List, including Harbin Qingfeng Materials Co.\n\n"
        "Shares of chipmakers fell after the announcement. Kyoriku Semiconductor closed down 2.1%, while Marubeni "
        "Tools slipped 1.4%."
    )
    recs = sanctions(text, "Japan adds Chinese entities to list")
    targets = _targets_of(recs, "JP", "export_control")
    assert "Harbin Qingfeng Materials Co." in targets
    assert "Kyoriku Semiconductor" not in targets


def test_a_body_after_a_time_clause_does_not_act():
    text = (
        "China has added two American drone makers to its unreliable entity list and barred exports of dual-use "
        "items to five others, days after Washington approved an arms sale to Taiwan."
    )
    recs = sanctions(text, "China targets US drone makers")
    assert {r["authority_country"] for r in recs} == {"CN"}, recs


def test_owned_by_a_sanctioned_businessman_is_no_action():
    text = (
        "A 30 per cent stake in Dunmore Copper owned by sanctioned Russian businessman Arkady Velin has been sold to "
        "a Swiss fund for £90mn, after the UK Treasury granted a licence."
    )
    assert sanctions(text, "Sanctioned tycoon's stake sold") == []


def test_the_council_of_a_un_meeting_record_is_the_security_council():
    text = (
        "The Security Council Committee established pursuant to resolution 1718 (2006) has added the vessel SEA "
        "LANTERN 7 to its sanctions list.\n\n"
        "The representative of the Russian Federation criticized unilateral restrictive measures imposed outside the "
        "Council.\n\n"
        "The representative of Japan said her Government had imposed its own sanctions on Hwangsan Shipping Company "
        "in May."
    )
    recs = sanctions(text, "Security Council Committee adds vessel")
    assert "EU" not in {r["authority_country"] for r in recs}, recs
    assert "Hwangsan Shipping Company" in _targets_of(recs, "JP", None) | _targets_of(recs, "JP", "asset_freeze")


def test_reactions_to_and_reasons_about_the_designations_are_no_action():
    text = (
        "The Security Council Committee established pursuant to resolution 1718 (2006) added two vessels to its "
        "sanctions list on Tuesday.\n\n"
        "The representative of Norway said her Government had imposed its own sanctions on Pyolgang Trading "
        "Corporation in April.\n\n"
        "The representative of China said China had joined the consensus because the designations concerned specific "
        "vessels.\n\n"
        "The representative of the Democratic People's Republic of Korea rejected the designations as a violation of "
        "its sovereignty."
    )
    recs = sanctions(text, "Committee adds two vessels")
    assert {(r["authority_country"], r["measure"]) for r in recs} <= {("UN", "asset_freeze"), ("NO", None),
                                                                       ("NO", "asset_freeze")}, recs
