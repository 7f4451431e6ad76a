"""Hostile probe 41 F1: a name given again in its original script, in guillemets after its legal form, is that name's
other form, never a second target (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.records import targets
from tradewatch.extract.parties import find_entities


@pytest.mark.parametrize("text, expected", [
    ("The US Treasury on Thursday sanctioned Uralsib Leasing (АО «Уралсиб Лизинг») and Tomsk Neft Service (ООО «Томск нефть "
     "сервис»).", {"Uralsib Leasing", "Tomsk Neft Service"}),
    ("OFAC today designated Novator Bank (ПАО «Новатор») under Executive Order 14024.", {"Novator Bank"}),
])
def test_the_original_form_in_guillemets_is_no_second_target(text: str, expected: set[str]) -> None:
    assert targets(text, "Treasury sanctions") == expected


def test_an_employers_original_form_is_no_target() -> None:
    found = targets("The US Treasury on Thursday sanctioned Oleg Rudnev, the director of Kama Freight Logistics (ООО «Кама "
                    "Фрейт Логистика»).", "Treasury sanctions")
    assert found == {"Oleg Rudnev"}, found


def test_the_original_form_is_kept_as_the_names_alias() -> None:
    ents = find_entities("The bank Novator Bank (ПАО «Новатор Банк») was named.")
    named = [e for e in ents if e.name == "Novator Bank"]
    assert named and "Новатор Банк" in named[0].aliases, ents
    assert all(e.alias_of == "Novator Bank" for e in ents if e.name != "Novator Bank"), ents


def test_a_group_named_in_a_based_description_is_no_target() -> None:
    """Hostile probe 41 F11: ", an Iran-based Houthi financier," describes the name before it."""
    found = targets("The US Treasury on Thursday sanctioned Nabil Qasem al-Wazir, an Iran-based Houthi financier, and "
                    "Sirat Exchange LLC.", "Treasury sanctions")
    assert found == {"Nabil Qasem al-Wazir", "Sirat Exchange LLC"}, found
