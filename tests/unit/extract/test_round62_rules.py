"""Rules added for the sixty-second held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _targets(text: str, title: str = "Sanctions update") -> set[tuple[str | None, str]]:
    return {(r["authority_country"], t["name"]) for r in sanctions(text, title) for t in r["targets"]}


def test_a_description_closed_by_a_comma_before_and_is_no_series_of_places() -> None:
    # "based in Laos, and Pyotr Ilyin": the comma closes the first target's description; Ilyin is the next target
    found = _targets("The Treasury designated Mekong Star Logistics, a freight company based in Laos, and Pyotr Ilyin, "
                     "a Belarusian national.")
    assert ("US", "Pyotr Ilyin") in found and ("US", "Mekong Star Logistics") in found, found


def test_a_series_of_places_after_based_in_still_reads_as_places() -> None:
    """(a guard for the rule above: it passed before it too)"""
    found = _targets("The EU listed Karakoram Traders, a network of shops based in Gilgit, Skardu, and Hunza.")
    assert not {name for _, name in found} & {"Skardu", "Hunza"}, found


def test_the_state_opening_the_sentence_acts_not_the_state_it_retaliates_against() -> None:
    text = ("TOKYO, March 3 (Harbour Wire) – Japan on Monday put three Korean chemical companies on its end-user list "
            "and banned exports of photoresists to two others, retaliating for Seoul's decision to curb fluorine "
            "shipments.")
    recs = sanctions(text, "Japan curbs exports")
    assert recs and {r["authority_country"] for r in recs} == {"JP"}, recs


def test_a_ministry_that_speaks_is_no_target() -> None:
    text = ("China on Tuesday put two US drone makers on its unreliable entity list. The Ministry of Commerce said "
            "Skyhawk Robotics Inc. and Pelican Unmanned LLC were added to the unreliable entity list.")
    found = _targets(text, "China blacklists drone makers")
    names = {name for _, name in found}
    assert "Ministry of Commerce" not in names and {"Skyhawk Robotics Inc.", "Pelican Unmanned LLC"} <= names, found


def test_makers_counted_after_a_country_are_counted_targets_not_the_country() -> None:
    recs = sanctions("China on Tuesday put two US drone makers on its unreliable entity list.", "China acts")
    assert recs and recs[0]["unnamed_targets"] == "two US drone makers", recs
    assert not any(t["kind"] == "country" for r in recs for t in r["targets"]), recs
