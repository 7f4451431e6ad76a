"""A measure taken back later in the article is no restatement of the action (hostile probe 15, F6), on invented texts."""

from __future__ import annotations

import pytest

from tests.support.records import sanctions


@pytest.mark.parametrize("withdrawal", [
    "On Thursday the Treasury withdrew the designation of Borealis Tanker Corp after its owners sold the vessels.",
    "The sanctions on Borealis Tanker Corp were lifted on Thursday after its owners sold the vessels.",
    "The asset freeze on Borealis Tanker Corp has been revoked following a change of ownership.",
    "The ministry cancelled the listing of Borealis Tanker Corp a week later.",
])
def test_a_withdrawal_is_not_folded_into_the_action_it_ends(withdrawal: str) -> None:
    action = "The U.S. Treasury on Monday sanctioned Borealis Tanker Corp for shipping Iranian crude."
    records = sanctions(f"{action} {withdrawal}", "Treasury acts on tanker operator")
    assert records, "the action itself is still a record"
    for rec in records:
        assert withdrawal not in rec["evidence"], rec["evidence"]


def test_a_designation_beside_a_revoked_licence_is_still_an_action() -> None:
    text = ("OFAC designated Marlin Bunkering FZE, whose export licence was revoked in March, for supplying fuel to "
            "sanctioned tankers.")
    names = {t["name"] for r in sanctions(text, "Treasury targets fuel supplier") for t in r["targets"]}
    assert "Marlin Bunkering FZE" in names, names


def test_a_correction_of_a_release_stated_in_error_is_no_action() -> None:
    text = ("CORRECTION: Commerce release on Halden Optics GmbH withdrawn\n\nThis release, issued in error, has been "
            "withdrawn. An earlier version of this page erroneously reported that BIS had added Halden Optics GmbH to the "
            "Entity List.")
    assert sanctions(text, "CORRECTION") == []


def test_a_designation_recalled_in_an_article_on_its_delisting_is_no_measure_in_force() -> None:
    text = ("The Office of Foreign Assets Control today removed Marisol Bunkering SA and its director from the SDN List "
            "after a change of ownership. Marisol Bunkering SA was designated in 2022 pursuant to E.O. 14024. Separately, "
            "OFAC today designated Corvid Logistics LLC.")
    recs = sanctions(text, "OFAC removes Marisol Bunkering from SDN List")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert "Marisol Bunkering SA" not in names, recs
    assert "Corvid Logistics LLC" in names, recs  # today's designation stays
