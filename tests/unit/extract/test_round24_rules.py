"""Unit tests for the round 24 extraction rules, on hand-written texts.

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


def test_a_rules_additions_far_below_under_headings_that_count_each_countrys_entries():
    text = (
        "WASHINGTON, D.C. - Today, the Bureau of Industry and Security (BIS) published a final rule adding five "
        "entities in Malaysia and Kazakhstan to the Entity List for supplying helicopter parts to Russian operators.\n\n"
        "\"These firms relabel parts to hide where they go,\" said an official of the Bureau.\n\n"
        "Entity List Additions\n\n"
        "The entities were identified through end-use checks. Several used false end-user statements. One of them "
        "shipped parts within days of receipt. Another asked a distributor to remove serial numbers. The checks took "
        "months. Officials declined to say which distributor reported the order.\n\n"
        "The additions are:\n\n"
        "Malaysia (three):\n"
        "- Kinabalu Rotor Supply Sdn. Bhd.\n"
        "- Penang Avionics Trading Sdn. Bhd.\n"
        "- Straits Heli Parts Sdn. Bhd.\n\n"
        "Kazakhstan (2):\n"
        "- Steppe Aero Components LLP\n"
        "- Irtysh Technical Supply LLP\n"
    )
    assert _of(_sanctions(text), "US", "export_control") >= {
        "Kinabalu Rotor Supply Sdn. Bhd.", "Penang Avionics Trading Sdn. Bhd.", "Straits Heli Parts Sdn. Bhd.",
        "Steppe Aero Components LLP", "Irtysh Technical Supply LLP"}


def test_a_denial_order_suspending_export_privileges_and_a_maker_before_its_product():
    text = (
        "The Bureau of Industry and Security (BIS) said the Assistant Secretary for Export Enforcement signed a "
        "Temporary Denial Order on May 12, 2031, suspending "
        "the export privileges of Volkhov Regional Air, a carrier based in Syktyvkar, for 180 days.\n\n"
        "Investigators found that the carrier obtained spare parts for the Airbus aircraft through two of the "
        "entities added to the Entity List today."
    )
    names = _of(_sanctions(text), "US", "export_control")
    assert "Volkhov Regional Air" in names
    assert "Airbus" not in names


def test_a_measure_defined_or_pointed_to_is_no_action():
    text = (
        "A TDO is one of the most significant civil sanctions BIS can issue.\n\n"
        "Additional information on the export controls on Belarus is available on the BIS website.\n\n"
        "The full list of individuals and entities sanctioned today is available on the Consolidated Autonomous "
        "Sanctions List."
    )
    assert _sanctions(text) == []


def test_lists_that_say_whose_they_are_and_ship_lines_the_name_finder_misses():
    text = (
        "Britain and Australia on Thursday sanctioned seven tankers that carry Russian crude.\n\n"
        "Britain froze the assets of Marlowe Ship Services FZE, which manages the ships. Australia listed Marlowe "
        "Ship Services FZE and four tankers under its autonomous sanctions.\n\n"
        "Two ships appear on both lists. The move followed a meeting of ministers last month. \"Every ship counts,\" "
        "the Foreign Office said. Canberra said it acted with partners. Officials gave no further detail.\n\n"
        "The vessels named by Britain are:\n\n"
        "Tamarind (IMO 9211001)\n"
        "Coral Dawn II (IMO 9211002)\n"
        "Heron (IMO 9211003)\n\n"
        "The vessels named by Australia are:\n\n"
        "Tamarind\n"
        "Heron\n"
        "Saffron Bay (IMO 9211004)\n"
        "Juniper (IMO 9211005)\n"
    )
    recs = _sanctions(text)
    assert _of(recs, "GB", "asset_freeze") >= {"Tamarind", "Coral Dawn II", "Heron"}
    australia = {t["name"] for r in recs if r["authority_country"] == "AU" for t in r["targets"]}
    assert {"Tamarind", "Heron", "Saffron Bay", "Juniper"} <= australia
    assert "Coral Dawn II" not in australia


def test_item_people_after_a_role_with_a_comma_an_owner_and_a_second_entity():
    text = (
        "Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions under the Special Economic "
        "Measures (Russia) Regulations on 6 individuals and 6 entities. Among them are:\n\n"
        "- Vyatka Gyro Systems JSC, a maker of gyroscopes, and its director general, Pyotr Semyonovich Lavrov;\n"
        "- Okhta Import LLC, a trading house owned by Yulia Andreevna Breslova;\n"
        "- Ural Fibre Parts LLC, whose principal shareholder is Gleb Igorevich Tamarin; and\n"
        "- Harbin Lixin Optics Co., Ltd., a company in China, and Samarkand Components LLC, a company in Uzbekistan, "
        "both of which shipped controlled items.\n"
    )
    assert _of(_sanctions(text), "CA", "asset_freeze") >= {
        "Vyatka Gyro Systems JSC", "Pyotr Semyonovich Lavrov", "Okhta Import LLC", "Yulia Andreevna Breslova",
        "Ural Fibre Parts LLC", "Gleb Igorevich Tamarin", "Harbin Lixin Optics Co., Ltd.", "Samarkand Components LLC"}


def test_a_listed_persons_bullet_gives_the_travel_ban_its_people():
    text = (
        "Canada today imposed sanctions on Fyodor Ilyich Garin and Arktika Drive LLC.\n\n"
        "Quick facts\n\n"
        "- Listed individuals are also inadmissible to Canada under the Immigration and Refugee Protection Act.\n"
    )
    assert _of(_sanctions(text), "CA", "travel_ban") == {"Fyodor Ilyich Garin"}


def test_a_plural_possessive_stays_inside_a_name_and_a_country_attacked_is_no_target():
    assert [e.name for e in find_entities("The Council listed the Dubrava Children's Rehabilitation Centre.")] == [
        "Dubrava Children's Rehabilitation Centre"]
    assert [e.name for e in find_entities("The People's Bank of Kalmar raised rates.")] == ["People's Bank of Kalmar"]
    text = ("The Council today imposed restrictive measures on Rostam Avto LLC and on those supporting Russia's war of "
            "aggression against Ukraine from Belarusian territory.")
    names = _targets(text)
    assert "Rostam Avto LLC" in names and "Ukraine" not in names


def test_a_freeze_with_its_period_between_verb_and_object_and_profiles_with_ages():
    text = (
        "The French government has frozen, for a renewable period of six months, the funds and economic resources of "
        "four people suspected of financing terrorism, according to a decree published on Wednesday.\n\n"
        "Among those targeted is Karim Belhadj, 36, who is believed to be in Syria.\n\n"
        "The decree also covers Yanis Ouali, 31, who is currently in prison.\n\n"
        "Leila Amrani, 44, who lives near Lyon, is accused of running online fundraising appeals.\n\n"
        "The register of all the people whose assets are frozen in France is managed by the Treasury Directorate."
    )
    recs = _sanctions(text)
    assert {r["authority_country"] for r in recs} == {"FR"}
    assert _of(recs, "FR", "asset_freeze") >= {"Karim Belhadj", "Yanis Ouali", "Leila Amrani"}


def test_an_approved_addition_names_the_targets_of_every_measure_its_lead_states():
    text = (
        "The United Nations Security Council committee that oversees sanctions against ISIL (Da'esh) and al-Qaeda on "
        "Tuesday added a militant commander and the group he leads to its sanctions list, subjecting both to an "
        "assets freeze, a travel ban and an arms embargo.\n\n"
        "In a statement, the committee said it had approved the addition of Oumar Tidiane Sangaré, also known as Abu "
        "Hafs al-Sahili, and of Katibat al-Wadi."
    )
    recs = _sanctions(text)
    named = {"Oumar Tidiane Sangaré", "Katibat al-Wadi"}
    for measure in ("asset_freeze", "travel_ban", "arms_embargo"):
        assert named <= _of(recs, "UN", measure), measure
    assert not {"ISIL", "al-Qaeda"} & _targets(text)


def test_the_measures_freeze_what_the_counted_hold_and_bar_them_from_entering():
    text = (
        "The European Union on Monday imposed sanctions on three settlers.\n\n"
        "The measures freeze any assets the three hold in the EU and bar the three individuals from entering its "
        "member countries.\n\n"
        "The individuals are Avner Golan, Tamar Shiloh and Yehuda Raz."
    )
    recs = _sanctions(text)
    assert _of(recs, "EU", "asset_freeze") >= {"Avner Golan", "Tamar Shiloh", "Yehuda Raz"}
    assert _of(recs, "EU", "travel_ban") >= {"Avner Golan", "Tamar Shiloh", "Yehuda Raz"}


def test_a_description_clause_an_earlier_clause_and_judged_designations_name_no_target():
    text = (
        "The US Treasury sanctioned Redwater Maritime FZE, a Fujairah-based company that shares directors with "
        "Oxbow Shipping, in January.\n\n"
        "The United States had imposed its own sanctions on dozens of settlers, but President Morgan Hale revoked "
        "the order behind them.\n\n"
        "Analysts said the designations were likely to have limited direct impact on Lantern Bank."
    )
    names = _targets(text)
    assert "Redwater Maritime FZE" in names
    assert not {"Oxbow Shipping", "Morgan Hale", "Lantern Bank"} & names


def test_places_and_a_resolutions_body_are_no_targets_or_actors():
    text = (
        "From the viewpoint of contributing to the denuclearization of the Korean Peninsula, the Government of Japan "
        "today approved the freezing of assets of persons and entities related to North Korea.\n\n"
        "Japan will continue to fully implement the relevant United Nations Security Council resolutions.\n\n"
        "With today's measures, the number of persons subject to asset-freezing measures will be 150 individuals."
    )
    recs = _sanctions(text)
    assert {r["authority_country"] for r in recs} == {"JP"}
    assert "Korean Peninsula" not in _targets(text)


def test_a_sanctions_register_addition_is_a_listing():
    recs = _sanctions("New Zealand has added 9 individuals and 3 entities to the Russia Sanctions Register.")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("NZ", "asset_freeze")]


# -- deals ---------------------------------------------------------------------------------------------------------


def test_a_rounds_investors_three_sentences_on_alongside_a_backer():
    text = (
        "Quillon Labs, a Bristol-based developer of chip design software, has raised $240mn in a funding round led by "
        "Gulf Horizon Capital.\n\n"
        "The Series B round values the company at $1.9bn, according to people familiar with the terms.\n\n"
        "Gulf Horizon Capital invested about $120mn, the people said.\n\n"
        "US venture firm Ridgeback Ventures and Leeds-based Aire Capital also took part, alongside the company's "
        "existing backer Tamsin Growth Partners."
    )
    deal = _deal_with(_deals(text), "Quillon Labs")
    assert {"Gulf Horizon Capital", "Ridgeback Ventures", "Aire Capital", "Tamsin Growth Partners"} <= set(_parties(deal))
