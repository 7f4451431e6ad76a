"""Rules added for the forty-third held-out round and its reading of round 42's misses, on invented texts (none of
the rounds' sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _measures(text: str, title: str = "Sanctions announced") -> list[str | None]:
    return [r["measure"] for r in sanctions(text, title)]


def test_a_measure_named_after_despite_is_background_not_an_action() -> None:
    background = ("Investigators say Western-made chips are still found in drones shot down over Kharkiv, despite export "
                  "restrictions in the countries where they are made.")
    assert _measures(background, "Drone parts") == []
    assert _measures("Shipments of the parts continued in spite of sanctions imposed by Washington last year.",
                     "Drone parts") == []
    # an action reported beside a "despite" clause is still read
    acted = ("Despite objections from Budapest, the Council on Monday imposed an asset freeze on Orlan Trading LLC, "
             "a Minsk-based supplier of machine tools.")
    assert "asset_freeze" in _measures(acted, "EU sanctions Belarusian supplier")
