"""Amounts in the formats real reports use (hostile probe 20: several loaded as a piece of their number, "$1.2-1.5
billion" as $1.20 and "Rs 1,00,000 crore" as one rupee)."""

from __future__ import annotations

import pytest

from tradewatch.extract.money import find_money


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("a deal worth $1.2-1.5 billion", 1.2e9, "USD"),
    ("US$ 300 to 350 million", 3.0e8, "USD"),
    ("an outlay of Rs 1,00,000 crore", 1.0e12, "INR"),
    ("₹12,34,567 in fees", 1234567.0, "INR"),
    ("für €1,2 Mrd. übernommen", 1.2e9, "EUR"),
    ("€ 1,5 Milliarden", 1.5e9, "EUR"),
    ("EUR 450 Mio.", 4.5e8, "EUR"),
    ("£2,5m", 2.5e6, "GBP"),
    ("€1.234.567", 1234567.0, "EUR"),
    ("1 234 567 euros", 1234567.0, "EUR"),
    ("$1,234,567.50", 1234567.5, "USD"),
    ("EUR 1.2bn", 1.2e9, "EUR"),
])
def test_an_amount_is_read_whole(text: str, amount: float, currency: str) -> None:
    found = find_money(text)
    assert [(m.amount, m.currency) for m in found] == [(amount, currency)], found


@pytest.mark.parametrize("text", ["$1,2,3 was typed", "€2,50.5 a share"])
def test_digits_that_do_not_group_give_no_amount_rather_than_a_piece(text: str) -> None:
    assert find_money(text) == []
