"""Hostile probe 38 F4: who a sanction is on, in a headline run into its release's first line and in "X, a ..., is
also subject to a travel ban" (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.records import sanctions, targets


@pytest.mark.parametrize("headline", [
    "Treasury Sanctions Venezuelan Gold Trading Companies",
    "Treasury Sanctions Syrian Chemical Weapons Network",
    "US Sanctions Chinese Drone Component Suppliers and Logistics Firms",
])
def test_a_headlines_demonym_before_a_kind_of_company_is_no_country_target(headline: str) -> None:
    text = (f"Press Release\n{headline}\nWASHINGTON — Today, OFAC designated Orinoco Metales C.A. and Vantage Cargo "
            "Ltd pursuant to Executive Order 13850.")
    found = targets(text, headline)
    assert {"Orinoco Metales C.A.", "Vantage Cargo Ltd"} <= found, found
    assert not {"Venezuela", "Syria", "China"} & found, found


def test_a_sanction_on_a_country_named_in_a_headline_is_kept() -> None:
    """Guard for the other direction: a country the headline sanctions by name stays a target."""
    found = targets("Press Release\nCouncil Extends Sanctions on Belarus\nBRUSSELS — The Council today prolonged its "
                    "restrictive measures against Belarus until 28 February.")
    assert "Belarus" in found, found


@pytest.mark.parametrize("measure, sentence", [
    ("travel_ban", "Pavel Dragunovich, a Chechen businessman, is also subject to a travel ban."),
    ("asset_freeze", "Pavel Dragunovich is subject to an asset freeze."),
    ("travel_ban", "Pavel Dragunovich, who chairs the board, will also be subject to a travel ban."),
])
def test_a_named_subject_of_subject_to_a_measure_is_its_target(measure: str, sentence: str) -> None:
    recs = sanctions("The UK government has today sanctioned Terek Logistics LLC, Argun Freight OOO and Pavel Dragunovich "
                     f"under the Russia sanctions regime. {sentence}")
    on_him = [r for r in recs if any(t["name"] == "Pavel Dragunovich" for t in r["targets"])]
    assert any(r["measure"] == measure for r in on_him), recs
    assert all(r["targets"] for r in recs), recs  # no travel ban on nobody
