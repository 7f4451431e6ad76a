"""Unit tests for sanction rules (designee profiles, reason clauses), on hand-written sentences."""

from __future__ import annotations

import datetime as dt

from tradewatch.extract import extract_records

DAY = dt.date(2031, 5, 14)


def _targets(text: str, title: str = "Update") -> set[str]:
    out = extract_records(text, title=title, published=DAY)
    return {t["name"] for rec in out["sanctions"] for t in rec["targets"]}


PROFILES = (
    "Today, OFAC designated two entities and one individual for supplying drones.\n"
    "Harrow Lane Trading LLC, based in Dubai, bought engines. Kelso Parts Limited, a Hong Kong company, shipped them.\n"
    "Dmitri Ivanovich Sorokin, a Russian national, owns Harrow Lane Trading LLC.\n"
    "\"We will keep acting,\" said an official."
)


def test_paragraphs_profiling_a_counted_group_name_its_targets():
    assert {"Harrow Lane Trading LLC", "Kelso Parts Limited", "Dmitri Ivanovich Sorokin"} <= _targets(PROFILES)


def test_more_profiles_than_the_count_are_not_taken_as_targets():
    text = PROFILES.replace("two entities and one individual", "one entity")
    assert not {"Kelso Parts Limited", "Dmitri Ivanovich Sorokin"} & _targets(text)


def test_profiles_need_a_counted_action():
    text = (
        "OFAC today sanctioned Harrow Lane Trading LLC.\n"
        "Kelso Parts Limited, a Hong Kong company, was its main customer."
    )
    assert "Kelso Parts Limited" not in _targets(text)


def test_the_reason_for_a_designation_names_no_target():
    text = "OFAC designated Harrow Lane Trading LLC for having materially assisted the Ministry of Arms Production."
    targets = _targets(text)
    assert "Harrow Lane Trading LLC" in targets
    assert not any("Ministry" in t for t in targets)


def test_a_singular_second_count_belongs_to_the_unnamed_targets():
    out = extract_records("Today, OFAC designated two entities and one individual.", title="Update", published=DAY)
    assert out["sanctions"][0]["unnamed_targets"] == "two entities and one individual"
