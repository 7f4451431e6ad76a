"""A small DuckDB with a few articles, sanctions, deals, runs and matches, built through `connect()`."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

# The moment every test renders at; records are placed relative to it.
GENERATED_AT = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
HOSTILE_TITLE = "<script>alert('x')</script> Sanctions & \"deals\""


def _ts(days_ago: float) -> datetime:
    return GENERATED_AT - timedelta(days=days_ago)


def build_report_db(path: Path) -> Path:
    """Create a DuckDB at `path` with known content; the tests compare the report against SQL on it.

    When the lead's pipeline can build a database from fixture sites, this function is the one place
    to switch over to it.
    """
    from tradewatch.store.db import connect

    con = connect(path)
    try:
        articles = [
            # article_id, source_id, url, title, published_at, first_seen_at
            ("a1", "ofac_news", "https://home.treasury.gov/news/press-releases/sb0001", "Treasury sanctions shipping network", _ts(2), _ts(1.5)),
            ("a2", "uk_ofsi", "https://www.gov.uk/government/news/uk-sanctions-1", HOSTILE_TITLE, _ts(3), _ts(3)),
            ("a3", "reuters_trade", "javascript:alert(1)", "Joint venture in Kazakhstan", _ts(5), _ts(4)),
            ("a4", "eu_council", "https://www.consilium.europa.eu/en/press/1", "EU adopts 20th package", _ts(40), _ts(40)),
            ("a5", "reuters_trade", "http://example.com/deal-5", "Acquisition of port operator", None, _ts(1)),
        ]
        con.executemany(
            "insert into articles (article_id, source_id, url, title, published_at, text, language, "
            "first_seen_at, last_seen_at) values (?, ?, ?, ?, ?, 'text', 'en', ?, ?)",
            [(a, s, u, t, p, f, f) for a, s, u, t, p, f in articles],
        )
        sanctions = [
            # sanction_id, article_id, authority, measure, date, amount_usd
            ("s1", "a1", "OFAC", "designation", date(2026, 3, 18), None),
            ("s2", "a1", "OFAC", "designation", date(2026, 3, 10), None),
            ("s3", "a2", "OFSI", "asset freeze", None, 1_500_000.0),
            ("s4", "a4", "EU Council", "designation", date(2026, 2, 8), None),
            ("s5", "a2", None, "fine", None, None),
        ]
        con.executemany(
            "insert into sanctions (sanction_id, article_id, authority, measure, date, amount_usd, evidence, "
            "confidence, extractor_version) values (?, ?, ?, ?, ?, ?, 'evidence', 0.9, 'test')",
            sanctions,
        )
        targets = [
            ("s1", 0, "a1", "Oceanic Star Shipping LLC", "organization", "AE"),
            ("s1", 1, "a1", "Ivan <b>Petrov</b>", "person", "RU"),
            ("s3", 0, "a2", "Volga Trading House", "organization", "RU"),
            ("s4", 0, "a4", "Oceanic Star Shipping LLC", "organization", "AE"),
        ]
        con.executemany(
            "insert into sanction_targets (sanction_id, target_idx, article_id, name, kind, country) "
            "values (?, ?, ?, ?, ?, ?)",
            targets,
        )
        deals = [
            # deal_id, article_id, deal_type, countries, value_usd, date
            ("d1", "a3", "joint_venture", ["KZ", "CN"], 250_000_000.0, date(2026, 3, 15)),
            ("d2", "a5", "acquisition", ["TR"], None, None),
            ("d3", "a5", "supply", [], 1_000_000.0, None),
        ]
        con.executemany(
            "insert into deals (deal_id, article_id, deal_type, countries, value_usd, date, evidence, "
            "confidence, extractor_version) values (?, ?, ?, ?, ?, ?, 'evidence', 0.8, 'test')",
            deals,
        )
        parties = [
            ("d1", 0, "a3", "KazMunayGas", "KZ"),
            ("d1", 1, "a3", "Volga Trading House", "RU"),
            ("d2", 0, "a5", "Port Holdings A.S.", "TR"),
        ]
        con.executemany(
            "insert into deal_parties (deal_id, party_idx, article_id, name, country) values (?, ?, ?, ?, ?)",
            parties,
        )
        con.execute(
            "insert into matches (subject_table, subject_key, article_id, subject_name, list_id, entity_id, "
            "matched_name, score, method, matched_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ["deal_parties", "d1:1", "a3", "Volga Trading House", "us_ofac_sdn", "us_ofac_sdn-123",
             "VOLGA TRADING HOUSE", 97.5, "fuzzy", _ts(1)],
        )
        runs = [
            # run_id, source_id, logical_date, status, fetched, new, error
            ("r1", "ofac_news", _ts(3), "ok", 10, 4, None),
            ("r2", "ofac_news", _ts(2), "ok", 10, 2, None),
            ("r1", "uk_ofsi", _ts(3), "ok", 5, 5, None),
            ("r2", "uk_ofsi", _ts(2), "failed", 0, 0, "HTTP 503 from www.gov.uk"),
            ("r3", "uk_ofsi", _ts(1.5), "skipped", 0, 0, None),
            ("r4", "uk_ofsi", _ts(1), "failed", 0, 0, "timeout <after 30s>"),
            ("r1", "reuters_trade", _ts(3), "partial", 8, 3, "2 pages failed"),
        ]
        con.executemany(
            "insert into source_runs (run_id, source_id, logical_date, status, fetched, new, error) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            runs,
        )
    finally:
        con.close()
    return path


@pytest.fixture()
def generated_at() -> datetime:
    return GENERATED_AT


@pytest.fixture()
def hostile_title() -> str:
    return HOSTILE_TITLE


@pytest.fixture()
def report_db(tmp_path: Path) -> Path:
    return build_report_db(tmp_path / "tradewatch.duckdb")


@pytest.fixture()
def report_con(report_db: Path):
    from tradewatch.store.db import connect

    con = connect(report_db, read_only=True)
    yield con
    con.close()
