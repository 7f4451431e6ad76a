"""Records of a hand-written text, as the extraction rule tests read them (one publication day for all)."""

from __future__ import annotations

import datetime as dt

from tradewatch.extract import extract_records

DAY = dt.date(2031, 5, 14)  # a Wednesday


def sanctions(text: str, title: str = "Update", url: str | None = None) -> list[dict]:
    """`url`: the page's address, when a rule reads whose site it is."""
    return extract_records(text, title=title, published=DAY, url=url)["sanctions"]


def targets(text: str, title: str = "Update") -> set[str]:
    return {t["name"] for rec in sanctions(text, title) for t in rec["targets"]}


def targets_by_country(text: str, title: str = "Update") -> dict[str | None, set[str]]:
    """The names of the targets of `text`'s records, by the state that imposed the measure."""
    out: dict[str | None, set[str]] = {}
    for record in sanctions(text, title):
        out.setdefault(record["authority_country"], set()).update(t["name"] for t in record["targets"])
    return out


def targets_of(recs: list[dict], country: str, measure: str | None) -> set[str]:
    """The names of the targets of `recs` that `country` imposed `measure` on."""
    return {t["name"] for r in recs if r["authority_country"] == country and r["measure"] == measure for t in r["targets"]}


def deals(text: str, title: str = "Markets", published: dt.date | None = DAY) -> list[dict]:
    return extract_records(text, title=title, published=published)["deals"]


def parties(deal: dict) -> list[str]:
    return [p["name"] for p in deal["parties"]]


def deal_with(recs: list[dict], name: str) -> dict:
    """The first of `recs` that `name` is a party of (failing the test when none is)."""
    found = [d for d in recs if name in parties(d)]
    assert found, f"no deal with {name}: {recs}"
    return found[0]
