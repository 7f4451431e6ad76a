"""Unit tests for the round 29 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import targets as _of

# -- legal forms ---------------------------------------------------------------------------------------------------------


def test_a_turkish_sirketi_ends_the_name_before_its_town():
    text = ("The Commerce Department added Koralp Makina Sanayi ve Ticaret Limited Sirketi of Izmir to the Entity "
            "List on Tuesday for supplying machine tools to Russian arms makers.")
    names = _of(text, title="US adds Turkish firm to Entity List")
    assert "Koralp Makina Sanayi ve Ticaret Limited Sirketi" in names
    assert not any(n.endswith("Izmir") for n in names)


def test_a_mexican_sociedad_civil_keeps_its_legal_form():
    text = ("OFAC designated the customs broker Servicios Aduanales Ortega y Asociados, S.C., which moved cartel "
            "cash through border crossings, under E.O. 14059.")
    names = _of(text, title="Treasury sanctions customs broker")
    assert "Servicios Aduanales Ortega y Asociados, S.C." in names
    assert "S.C." not in names
