"""Unit tests for the cheaper forms of hot-path searches: each gives the answer of the plain form."""

from __future__ import annotations

import re

import pytest

from tradewatch.extract.authorities import names_word
from tradewatch.extract.countries import find_countries
from tradewatch.extract.parties import normalise_name

_CONTEXTS = [
    "",
    "EU",
    "The EU and the European Union",
    "EUROPEAN Council; non-EU states",
    "the Europeans met; European-wide",
    "xEU EUx _EU EU_ EU-",
    "Council of the European Union.\nEU",
]


@pytest.mark.parametrize("context", _CONTEXTS)
@pytest.mark.parametrize("word", ["EU", "European Union", "European", "U.S.", "-x", "Council"])
def test_names_word_is_a_word_bounded_search(context, word):
    expected = re.search(rf"\b{re.escape(word)}\b", context) is not None
    assert names_word(context, word) is expected


def test_find_countries_answers_are_fresh_lists_though_cached():
    first = find_countries("Sanctions on Iran and North Korea.")
    first.clear()
    again = find_countries("Sanctions on Iran and North Korea.")
    assert [c.code for c in again] == ["IR", "KP"]


def test_normalise_name_is_cached_and_unchanged():
    assert normalise_name("The Wells Fargo Bank, N.A.") == normalise_name("The Wells Fargo Bank, N.A.") == "wells fargo bank"
