"""Rules added for the sixty-fifth held-out round (after it was scored on arrival), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions


def test_a_department_taking_over_another_unions_listings_acts_and_additions_to_an_annex_are_its_freeze() -> None:
    text = ("Bern, 12.05.2026 - The Federal Department of Economic Affairs, Education and Research (EAER) today decided to "
            "take over the new listings of individuals and entities that the Council of the European Union adopted on "
            "2 May 2026 as part of its sanctions package.\n\nWith this decision, 12 individuals and 9 entities are added to "
            "Annex 8 of the Ordinance. The individuals concerned are also subject to an entry ban.")
    found = sanctions(text, "Switzerland adopts new listings")
    assert ("CH", "asset_freeze") in {(r["authority_country"], r["measure"]) for r in found}, found
    assert "EU" not in {r["authority_country"] for r in found}, found
