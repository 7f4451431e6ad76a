"""The validated tables' columns come from the migrations, worked out once and kept under their hash."""

from __future__ import annotations

import pytest

from tradewatch.quality import schema


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path))
    schema.table_columns.cache_clear()
    yield tmp_path / "cache"
    schema.table_columns.cache_clear()


def test_columns_are_the_migrations_and_are_kept(fresh, monkeypatch):
    first = schema.table_columns()
    assert [c.name for c in first["articles"]][:3] == ["article_id", "source_id", "url"]
    assert {c.sql_type for c in first["deals"]} >= {"VARCHAR", "VARCHAR[]", "DOUBLE", "DATE"}
    kept = list(fresh.glob("table_columns-*.json"))
    assert len(kept) == 1

    def no_duckdb(_applied):
        raise AssertionError("the kept answer was not used")

    monkeypatch.setattr(schema, "_columns_from_migrations", no_duckdb)
    schema.table_columns.cache_clear()
    assert schema.table_columns() == first


def test_a_damaged_cache_is_worked_out_again(fresh):
    expected = schema.table_columns()
    (kept,) = fresh.glob("table_columns-*.json")
    for damage in ("{not json", '[["articles", "article_id"]]', "[1, 2]"):
        kept.write_text(damage, encoding="utf-8")
        schema.table_columns.cache_clear()
        assert schema.table_columns() == expected


def test_other_migrations_get_their_own_entry(fresh, monkeypatch):
    schema.table_columns()
    from tradewatch.store import db

    real = db.migrations()
    changed = [*real[:-1], (real[-1][0], real[-1][1], real[-1][2] + "\n-- changed\n")]
    monkeypatch.setattr(db, "migrations", lambda: changed)
    schema.table_columns.cache_clear()
    schema.table_columns()
    assert len(list(fresh.glob("table_columns-*.json"))) == 2
