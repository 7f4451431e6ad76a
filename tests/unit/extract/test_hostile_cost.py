"""Hostile probe 15: shapes of text whose cost grew faster than their length. Each test counts the work done (patterns
compiled, whole-text searches), not seconds: the counts are what grew with the square of the page."""

from __future__ import annotations

import itertools
from typing import Any

from tradewatch.extract import extract_records


def _distinct_names(count: int) -> list[str]:
    letters = itertools.product("bcdfgklmnprstvz", "aeiou", "bcdfgklmnprstvz", "aeiou", "bcdfgklmnprstvz")
    return ["".join(p).capitalize() for p in itertools.islice(letters, count)]


def test_a_page_of_thousands_of_distinct_one_word_names_compiles_no_pattern_per_name() -> None:
    from tradewatch.extract import document

    names = _distinct_names(3000)
    text = "".join("OFAC sanctioned " + ", ".join(names[k : k + 250]) + ".\n" for k in range(0, len(names), 250))
    document._full_name_pattern.cache_clear()
    found = extract_records(text)
    assert sum(len(r["targets"]) for r in found["sanctions"]) > 2000  # the names are still read
    assert document._full_name_pattern.cache_info().misses < 50


class _Counting:
    """A compiled pattern's stand-in that counts the calls of `search`."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args: Any) -> Any:
        self.searches += 1
        return self.pattern.search(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_lines_opening_with_annex_below_an_action_search_the_page_for_a_reference_once(monkeypatch) -> None:
    from tradewatch.extract import sanctions

    counting = _Counting(sanctions._SEE_ANNEX)
    monkeypatch.setattr(sanctions, "_SEE_ANNEX", counting)
    text = ("OFAC sanctioned Acme Trading Ltd.\n" + "Annex I\n" * 50) * 20
    extract_records(text)
    assert counting.searches <= 2


def test_a_deal_sentence_of_hundreds_of_parties_looks_for_the_end_of_its_objects_once_a_trigger(monkeypatch) -> None:
    from tradewatch.extract import deals

    counting = _Counting(deals._GAP_BREAK)
    monkeypatch.setattr(deals, "_GAP_BREAK", counting)
    names = _distinct_names(400)
    found = extract_records("Acme Corp agreed to acquire " + " and ".join(names) + ".")
    assert found["deals"] and len(found["deals"][0]["parties"]) > 100
    assert counting.searches <= 4
