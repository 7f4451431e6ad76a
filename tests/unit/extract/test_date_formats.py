"""Numeric dates and dates that are not the action's (hostile probe 20: "on 14.03.2025" gave the publication date, "which
was founded on June 1, 2010" dated the designation 2010)."""

from __future__ import annotations

import datetime as dt

import pytest

from tradewatch.extract.dates import action_dates

PUBLISHED = dt.date(2025, 3, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry froze the accounts on 14.03.2025.", [dt.date(2025, 3, 14)]),
    ("The order was signed on 12/25/2024.", [dt.date(2024, 12, 25)]),
    ("The order was signed on 25/12/2024.", [dt.date(2024, 12, 25)]),
    ("The order was signed on 3/4/2025.", []),  # March the 4th or 3 April: the text does not say
])
def test_numeric_dates_are_read_when_they_are_unambiguous(text: str, expected: list[dt.date]) -> None:
    assert [d.date for d in action_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text", [
    "OFAC on Friday designated Orion Star Trading LLC, which was founded on June 1, 2010.",
    "OFAC on Friday designated Ali Karimi (DOB: 04.02.1968).",
])
def test_when_the_one_acted_on_began_is_no_date_of_the_action(text: str) -> None:
    assert [d.date for d in action_dates(text, PUBLISHED)] == [dt.date(2025, 3, 21)]
