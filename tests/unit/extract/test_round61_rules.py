"""Rules added for the sixty-first held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def test_a_list_cue_holding_an_executive_orders_abbreviation_in_brackets() -> None:
    text = """The Department of State is designating two individuals and one entity pursuant to Executive Order (E.O.) 14024 for their roles in these transfers:

- Pavel Igorevich Zorin, the so-called "commissioner" of the occupation authorities in Kherson region.
- Marina Olegovna Lenskaya, head of a camp in occupied Crimea.
- Yug-Avto Transport LLC, a bus operator.
"""
    names = {t["name"] for r in sanctions(text, "Imposing sanctions on those responsible") for t in r["targets"]}
    assert {"Pavel Igorevich Zorin", "Marina Olegovna Lenskaya", "Yug-Avto Transport LLC"} <= names, names
