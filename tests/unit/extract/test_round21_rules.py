"""Unit tests for the round 21 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties


def _deal_with(recs: list[dict], name: str) -> dict:
    found = [d for d in recs if name in _parties(d)]
    assert found, f"no deal with {name}: {recs}"
    return found[0]


def test_a_deal_in_the_lead_takes_the_day_the_lead_says_it_was_announced():
    # published Wednesday 14 May 2031 (tests.support.records.DAY): "Monday" is the 12th
    text = (
        "Harwell Ridge Partners agreed to buy Cobalt Lane Software Inc. for about $2.1 billion in cash, taking the "
        "billing-software maker private.\n\n"
        "Cobalt Lane shareholders will receive $41 a share, the companies said in a statement Monday. That is a 22% "
        "premium to the stock's closing price on Friday.\n\n"
        "The deal is expected to close in the fourth quarter."
    )
    deal = _deal_with(_deals(text, "Harwell to take Cobalt Lane private"), "Cobalt Lane Software Inc.")
    assert deal["date"] == "2031-05-12"
    # the same lead without the sentence that dates it: no date, rather than a guess
    undated = text.replace("the companies said in a statement Monday", "according to the terms")
    deal = _deal_with(_deals(undated, "Harwell to take Cobalt Lane private"), "Cobalt Lane Software Inc.")
    assert deal["date"] is None


def test_a_round_ups_reporting_time_and_a_range_date_no_deal():
    roundup = (
        "May 14 - The following bids, mergers and acquisitions were reported by 1600 GMT on Tuesday:\n\n"
        "** Finnish grocer Pohjola Kauppa Oyj said it agreed to buy Estonian chain Tallinna Toidupood AS for "
        "120 million euros, expanding in the Baltics."
    )
    deal = _deal_with(_deals(roundup, "Deals of the day"), "Tallinna Toidupood AS")
    assert deal["date"] is None
    weekly = (
        "Our round-up of transactions announced between May 5 and May 9, as disclosed by the companies.\n\n"
        "Dutch payments group Vennhof Payments N.V. agreed to acquire Marlowe Billing Ltd for 90 million euros in "
        "cash and shares."
    )
    deal = _deal_with(_deals(weekly, "Deals of the week"), "Marlowe Billing Ltd")
    assert deal["date"] is None


def test_a_lead_date_older_than_a_week_is_background_and_later_deals_take_no_lead_date():
    old = (
        "Strandvik Energi ASA has signed a contract with Kelso Subsea Ltd to lay two export cables for its "
        "Nordhav wind farm.\n\nThe companies first said on April 2 that they were in talks about the work."
    )
    assert _deal_with(_deals(old, "Cable contract"), "Kelso Subsea Ltd")["date"] is None
    later = (
        "Strandvik Energi ASA posted higher quarterly profit, the company said on Tuesday, helped by higher power "
        "prices in southern Norway.\n\n"
        "Its chief executive told analysts that output rose 12% in the quarter and that costs fell.\n\n"
        "The company also repeated its guidance for the year and its plans for a new wind farm in the north.\n\n"
        "Analysts at two banks raised their price targets for the company's shares after the results.\n\n"
        "Separately, Strandvik has signed a contract with Kelso Subsea Ltd to lay two export cables."
    )
    deal = _deal_with(_deals(later, "Strandvik profit rises"), "Kelso Subsea Ltd")
    assert deal["date"] is None
