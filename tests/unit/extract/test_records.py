"""extract_records on hand-written mini-articles: shape, evidence offsets, empty results."""

from __future__ import annotations

import datetime as dt

from tradewatch.extract import EXTRACTOR_VERSION, extract_records

SANCTION_TEXT = (
    "The Office of Foreign Assets Control today sanctioned Kestrel Trading LLC and the tanker Grey Heron "
    "for shipping oil to North Korea. Three other entities and two individuals were also designated.\n"
    "Separately, the UK's Office of Financial Sanctions Implementation fined Marlow Bank plc £1.5 million."
)

DEAL_TEXT = (
    "Orion Metals Corp. agreed to acquire Vela Mining Ltd. for $850 million on Monday, the companies said. "
    "Analysts expect the price to rise."
)


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_sanctions_records():
    out = extract_records(SANCTION_TEXT, title="Sanctions", published=dt.date(2024, 3, 5))
    by_country = {(s["authority_country"], s["measure"]): s for s in out["sanctions"]}
    ofac = by_country[("US", "asset_freeze")]
    names = {t["name"]: t["kind"] for t in ofac["targets"]}
    assert names.get("Kestrel Trading LLC") == "organization"
    assert names.get("Grey Heron") == "vessel"
    assert ofac["date"] == "2024-03-05"
    penalty = by_country[("GB", "financial_penalty")]
    assert penalty["amount"] == 1_500_000 and penalty["currency"] == "GBP"
    assert penalty["amount_usd"] and penalty["amount_usd"] > 1_500_000
    for rec in out["sanctions"]:
        assert SANCTION_TEXT[rec["start"] : rec["end"]] == rec["evidence"]
        assert 0 <= rec["confidence"] <= 1


def test_deal_record():
    out = extract_records(DEAL_TEXT, published=dt.date(2024, 3, 6))
    (deal,) = out["deals"]
    assert deal["deal_type"] == "acquisition"
    assert [p["name"] for p in deal["parties"]] == ["Orion Metals Corp.", "Vela Mining Ltd."]
    assert deal["value"] == 850_000_000 and deal["currency"] == "USD"
    assert DEAL_TEXT[deal["start"] : deal["end"]] == deal["evidence"]
    assert out["sanctions"] == []


def test_article_about_neither_is_empty():
    text = "The city council opened a new park on Saturday. Residents said the weather was fine."
    assert extract_records(text, published=dt.date(2024, 1, 1)) == {"sanctions": [], "deals": []}


def test_talks_are_not_deals():
    text = "Orion Metals Corp. is in talks to acquire Vela Mining Ltd., people familiar said."
    assert extract_records(text)["deals"] == []


def _non_strings(value, where: str) -> list[str]:
    """Where in a loaded YAML tree a list holds something other than a string, a dict or a list."""
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            out += _non_strings(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                out += _non_strings(item, where)
            elif not isinstance(item, str):
                out.append(f"{where} holds {item!r}")
    return out


def test_word_lists_of_the_rule_data_hold_only_strings():
    # YAML reads an unquoted On, No, Yes, Off, True or False as a boolean: such a word would silently leave its list.
    from tradewatch.extract.lexicon import load_yaml

    for name in ("names.yaml", "triggers.yaml", "authorities.yaml", "currencies.yaml"):
        assert _non_strings(load_yaml(name), name) == [], "quote these words"
