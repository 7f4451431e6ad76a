"""Unit tests for the round 35 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import DAY, sanctions
from tradewatch.extract import extract_records

# -- sanctions ------------------------------------------------------------------------------------------------------------


def test_naming_after_the_object_names_its_members():
    text = (
        "The regional bloc on Saturday imposed a travel ban on members of the ruling council and their relatives, "
        "naming the council's chairman, General Oumar Sékou-Dembélé, and his chief of staff Colonel Issa Garba-Tandja."
    )
    recs = extract_records(text, title="Bloc sanctions coup leaders", published=DAY)["sanctions"]
    found = {t["name"] for r in recs if r["measure"] == "travel_ban" for t in r["targets"]}
    assert {"Oumar Sékou-Dembélé", "Issa Garba-Tandja"} <= found


def test_a_participle_after_the_object_still_ends_it():
    text = (
        "The Treasury Department on Monday sanctioned Halvard Maritime Services, cutting off Kestrel Bank from the "
        "proceeds of the oil trade."
    )
    found = {t["name"] for r in sanctions(text) for t in r["targets"]}
    assert "Halvard Maritime Services" in found
    assert "Kestrel Bank" not in found
