"""Unit tests for the round 20 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets


def _by_state(recs: list[dict]) -> dict[tuple[str | None, str | None], set[str]]:
    return {(r["authority_country"], r["measure"]): {t["name"] for t in r["targets"]} for r in recs}


def test_states_that_act_together_each_have_a_record_with_the_counted_groups_names():
    text = (
        "OTTAWA (AP) — Australia and Britain on Thursday imposed sanctions on two Moldovan businessmen and an "
        "organization that the governments accuse of buying votes.\n\n"
        "The two governments named the businessmen as Radu Ciobanescu and Petru Vatamanu, and the organization as the "
        "Prut Civic Fund, which they said paid voters in cash.\n\n"
        "Britain said it had frozen the assets of all three and banned the two men from entering the United Kingdom."
    )
    recs = _by_state(_sanctions(text, "Australia and Britain sanction vote buyers"))
    names = {"Radu Ciobanescu", "Petru Vatamanu", "Prut Civic Fund"}
    assert recs[("GB", "asset_freeze")] == names
    assert recs[("GB", "travel_ban")] == {"Radu Ciobanescu", "Petru Vatamanu"}
    assert any(state == "AU" and got == names for (state, _m), got in recs.items())


def test_one_state_and_a_states_export_controls_are_no_joint_action():
    # "BIS's Russia and Belarus export controls": states that describe the measure, not two that act
    recs = _sanctions("Further guidance on BIS's Russia and Belarus export controls is published on its website.",
                      "BIS guidance")
    assert {r["authority_country"] for r in recs} <= {"US"}
    # one state that is the subject acts alone, as before
    recs = _sanctions("Canada on Monday imposed sanctions on Orlan Dorzhiev.", "Canada acts")
    assert [(r["authority_country"], {t["name"] for t in r["targets"]}) for r in recs] == [("CA", {"Orlan Dorzhiev"})]


def test_the_other_kind_a_count_names_after_the_three_are():
    text = (
        "Russia's foreign ministry on Monday announced sanctions on three former Canadian officials and a "
        "Toronto-based advocacy group.\n\n"
        "The three are Marcel Brodeur, a former ambassador; Lena Tkachuk, a former deputy minister; and Owen Pratt, "
        "a former adviser. The organisation is the Maple Ridge Freedom Institute, which publishes reports on "
        "political prisoners."
    )
    assert _targets(text, "Moscow sanctions Canadians") == {
        "Marcel Brodeur", "Lena Tkachuk", "Owen Pratt", "Maple Ridge Freedom Institute"}
    # without a list of the counted group before it, "The organisation is X" names nobody
    text = "Russia's foreign ministry on Monday announced sanctions on a Toronto-based group. The organisation is the Maple Ridge Freedom Institute, it said."
    assert "Maple Ridge Freedom Institute" not in _targets(text, "Moscow sanctions a group")


def test_ships_named_with_imo_numbers_after_an_action_on_counted_tankers():
    text = (
        "LONDON, May 13 (Reuters) - Britain on Tuesday imposed sanctions on 11 oil tankers it said belonged to a "
        "shadow fleet.\n\n"
        "The vessels named by the government include the Palau-flagged Silver Wren (IMO 9301122) and the "
        "Comoros-flagged Amber Gale (IMO 9288441). The other nine tankers were not named."
    )
    assert {"Silver Wren", "Amber Gale"} <= _targets(text, "UK sanctions 11 tankers")
    recs = _sanctions(text, "UK sanctions 11 tankers")
    assert any(t["kind"] == "vessel" for r in recs for t in r["targets"])


def test_a_free_zone_a_company_is_registered_in_is_no_target():
    text = ("Britain also froze the assets of Corvel Marine Management FZE, a company registered in Sharjah's Hamriyah "
            "Free Zone.")
    assert _targets(text) == {"Corvel Marine Management FZE"}


def test_names_between_dashes_after_a_counted_group():
    text = ("SEOUL, May 14 (Yonhap) -- South Korea on Wednesday imposed sanctions on three North Korean individuals and "
            "one organization. The newly blacklisted are the Hwasong Software Bureau and three of its operatives -- "
            "Ri Chol-jin, Han Yong-su and Kang Mi-ok -- according to the ministry.")
    assert _targets(text, "S. Korea sanctions IT workers") == {
        "Hwasong Software Bureau", "Ri Chol-jin", "Han Yong-su", "Kang Mi-ok"}


def test_a_body_whose_rules_were_broken_does_not_act_after():
    text = (
        "Seoul on Wednesday imposed sanctions on the Hwasong Software Bureau, the foreign ministry said.\n\n"
        "North Korea sends workers abroad in violation of U.N. Security Council resolutions.\n\n"
        "The sanctioned bureau's assets in South Korea are frozen."
    )
    recs = _sanctions(text, "S. Korea sanctions a bureau")
    assert {r["authority_country"] for r in recs} == {"KR"}


def test_tallies_settings_and_generic_talk_of_measures_state_no_action():
    assert _sanctions("Wednesday's measure is the 12th set of unilateral sanctions against North Korea this year.") == []
    assert _sanctions("The sanctions come as Western governments increase pressure on Belarus.") == []
    assert _sanctions("Freezing assets that do not exist achieves little.") == []
    assert _sanctions("Designating the central bank, critics argue, would hurt importers of medicine.") == []
    assert _sanctions("A designation would therefore bite less on the generals than on importers.") == []
    assert _targets("On the evidence so far, a blanket designation of the Bank of Norvik fails that test.") == set()
    assert _targets("Rather than designating the Bank of Norvik, the US could target its state lenders.") == set()
    assert _sanctions("Sanctions that merely reroute payments through Kunming would hand Beijing more leverage.") == []
    # ... while a participle before its subject, and an action, still state one
    assert _targets("Designating the Norvik network, the Treasury said it had frozen the assets of Orlan Dorzhiev.") >= {
        "Orlan Dorzhiev"}
    assert _targets("The Treasury announced a designation of Orlan Dorzhiev on Tuesday.") == {"Orlan Dorzhiev"}


def test_a_count_alone_referred_to_again_names_the_earlier_action_s_targets():
    text = (
        "Japan on Friday froze the assets of two people linked to an armed group in Haiti.\n\n"
        "The measure covers Jean-Baptiste Moreau, the leader of the armed group known as Ti Kolon, and his associate "
        "Lucienne Brevil, the Foreign Ministry said.\n\n"
        "The U.N. Security Council committee overseeing sanctions on Haiti added the two to its sanctions list on "
        "April 3, subjecting them to a global asset freeze and travel ban."
    )
    recs = _by_state(_sanctions(text, "Japan freezes assets of 2 Haitians"))
    assert recs[("JP", "asset_freeze")] == {"Jean-Baptiste Moreau", "Lucienne Brevil"}
    assert recs[("UN", "asset_freeze")] == {"Jean-Baptiste Moreau", "Lucienne Brevil"}


def test_export_control_questions_are_a_field_of_practice():
    assert _sanctions("Build sanctions and export control questions into M&A diligence checklists.") == []
    assert _sanctions("Firms are subject to U.S. sanctions recordkeeping requirements since March.") == []


def test_investors_along_with_an_existing_investor_take_part_in_the_round():
    text = ("Fernhollow Labs Inc. raised a $40 million Series B round led by Tallis Ventures. Brookline Capital and "
            "Ardent Fund also participated, along with existing investor Quarry Ventures, which led its seed round.")
    (deal,) = _deals(text, "Startup raises $40M")
    assert set(_parties(deal)) == {"Fernhollow Labs Inc.", "Tallis Ventures", "Brookline Capital", "Ardent Fund",
                                   "Quarry Ventures"}


def test_agreeing_to_combine_in_a_merger():
    (deal,) = _deals("SYDNEY, May 14 (Reuters) - Australian miners Kestrel Copper and Ridgeway Minerals said on Wednesday "
                     "they had agreed to combine in an all-share merger worth A$3.1 billion.", "Miners to merge")
    assert deal["deal_type"] == "acquisition"
    assert set(_parties(deal)) == {"Kestrel Copper", "Ridgeway Minerals"}


def test_a_venture_stranded_by_sanctions_is_no_sanction_and_a_law_title_no_party():
    text = ("Kurogane Trading and Hoshi Power have agreed to sell their stakes in the Arkta LNG project to Sever Invest, "
            "ending an effort to exit a venture stranded by Western sanctions.")
    assert _sanctions(text, "Japanese pair exits Arkta LNG") == []
    text = ("The measure was taken under the Act on Prohibition Against the Financing of Terrorism and Proliferation of "
            "Weapons of Mass Destruction.")
    assert all("Prohibition" not in _parties(d) for d in _deals(text, "Seoul acts"))
