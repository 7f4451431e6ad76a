"""Reference code lists (ISO 3166 countries, ISO 4217 currencies) and the controlled vocabularies."""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

MEASURES = (
    "asset_freeze", "export_control", "import_ban", "travel_ban", "financial_penalty",
    "investment_ban", "arms_embargo", "sectoral", "other",
)
DEAL_TYPES = (
    "agreement", "contract", "joint_venture", "acquisition", "investment", "trade_agreement",
    "financing", "other",
)
KINDS = ("organization", "person", "vessel", "aircraft", "country", "unknown")


def _codes(filename: str) -> tuple[str, ...]:
    text = (resources.files("tradewatch.quality") / "data" / filename).read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("".join(line for line in text.splitlines(True) if not line.startswith("#"))))
    return tuple(sorted(row["code"] for row in rows))


@lru_cache(maxsize=1)
def country_codes() -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 codes plus EU and UN (data/countries.csv)."""
    return _codes("countries.csv")


@lru_cache(maxsize=1)
def currency_codes() -> tuple[str, ...]:
    """Active ISO 4217 alphabetic codes (data/currencies.csv)."""
    return _codes("currencies.csv")
