"""Hostile probe 38 F4 (extraction part): a loan stated as a verb, and a bank's glued name with its country (invented
texts)."""

from __future__ import annotations

from tests.support.records import deals, parties


def test_a_bank_that_agreed_to_lend_makes_a_financing_with_both_sides() -> None:
    (deal,) = deals("MOSCOW — Sberbank of Russia has agreed to lend $300 million to Steppe Rail Logistics LLP, a Kazakh "
                    "freight operator, to finance new rail terminals, the companies said on Friday.", "Loan")
    assert deal["deal_type"] == "financing", deal
    assert set(parties(deal)) == {"Sberbank of Russia", "Steppe Rail Logistics LLP"}, deal
    assert deal["value"] == 300_000_000


def test_lends_in_a_headline_style_sentence_is_a_financing() -> None:
    (deal,) = deals("Volga Credit Bank lends $100 million to Arctic Tanker Holdings Ltd to refinance export prepayments.",
                    "Loan")
    assert deal["deal_type"] == "financing" and set(parties(deal)) == {"Volga Credit Bank", "Arctic Tanker Holdings Ltd"}, deal
