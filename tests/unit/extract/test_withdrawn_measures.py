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
