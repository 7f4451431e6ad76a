"""Unit tests for the round 30 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _of

# -- places --------------------------------------------------------------------------------------------------------------


def test_every_town_of_a_series_after_based_in_is_a_place():
    text = ("The Commerce Department added Tarbela Machine Works and Kohat Avionics Ltd to the Entity List on "
            "Friday, both based in Peshawar, Mardan or Swabi, for supplying drone parts to a missile programme.")
    names = _of(text, title="US adds two firms to Entity List")
    assert {"Tarbela Machine Works", "Kohat Avionics Ltd"} <= set(names)
    assert not {"Mardan", "Swabi"} & set(names)


def test_a_bare_in_before_a_place_leaves_the_names_after_it():
    text = "In Almaty, Steppe Grain Holdings and Kazyna Millers signed a deal to merge their flour businesses."
    deal = _deals(text, title="Kazakh millers to merge")
    assert any({"Steppe Grain Holdings", "Kazyna Millers"} <= set(_parties(d)) for d in deal)


def test_a_town_followed_by_its_us_state_is_no_party():
    text = ("The Toledo, Ohio, company said on Monday it had agreed to acquire Brennick Valve Corp., a maker of "
            "industrial valves, for $180 million in cash.")
    names = {n for d in _deals(text, title="Valve maker buys rival") for n in _parties(d)}
    assert "Brennick Valve Corp." in names
    assert "Toledo" not in names


# -- no action -----------------------------------------------------------------------------------------------------------


def test_sanctions_after_an_ampersand_are_a_names_word():
    text = ("According to the institute's Trade & Sanctions tracker, Halvorsen Marine shipped 40 engines to Russia "
            "last year.")
    assert _sanctions(text, title="Engines still reach Russia") == []


def test_goods_left_out_of_sanctions_or_exempt_from_a_ban_are_no_targets():
    for text in (
        "Pharmaceuticals have largely been left out of EU sanctions, and Morvane Labs, like its rivals, kept selling "
        "in Russia.",
        "Used tractors, which are exempt from the export ban, made up most of Kestrel Agritech's shipments.",
        "Tankers moving crude outside the price cap earned Ostrava Shipping record profits.",
    ):
        assert _sanctions(text, title="Trade carries on") == [], text
