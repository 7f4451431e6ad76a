"""Rules added for the fifty-third held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties


def test_a_list_of_lenders_after_a_financing_names_its_parties() -> None:
    text = """Aurora Solar Farm sp. z o.o. has signed a PLN 3.1 billion senior debt package for its 600MW plant, the project company said.

The financing includes a direct loan from the European Investment Bank (EIB).

Lenders

Nine commercial lenders take part. The mandated lead arrangers are:

- Bank Handlowy
- Rabobank Polska
- Erste Group Bank

The sponsors contribute the rest as equity.
"""
    recs = deals(text)
    lenders = {"Bank Handlowy", "Rabobank Polska", "Erste Group Bank"}
    assert any(lenders <= set(parties(d)) for d in recs if d["deal_type"] == "financing"), recs
