"""The validated tables' columns come from the migrations: packaged for the committed ones, else worked out
once and kept under their hash."""

from __future__ import annotations

import pytest

from tradewatch.quality import schema


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A new data folder, and no packaged answer: the data folder's cache is what is tested."""
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(schema, "PACKAGED", tmp_path / "no-packaged-answer.json")
    schema.table_columns.cache_clear()
    yield tmp_path / "cache"
    schema.table_columns.cache_clear()


def test_the_packaged_answer_is_the_committed_migrations():
    import json

    from tradewatch.store.db import migrations

    applied = migrations()
    packaged = json.loads(schema.PACKAGED.read_text(encoding="utf-8"))
    regenerate = 'run: python -c "from tradewatch.quality.schema import write_packaged; write_packaged()"'
    assert packaged["migrations"] == schema.migrations_digest(applied), f"the migrations changed: {regenerate}"
    validated = [row for row in schema._columns_from_migrations(applied) if row[0] in schema.KEYS]
    assert [tuple(r) for r in packaged["columns"]] == validated, regenerate


def test_the_packaged_answer_is_used_on_a_new_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path))

    def no_duckdb(_applied):
        raise AssertionError("the packaged answer was not used")

    monkeypatch.setattr(schema, "_columns_from_migrations", no_duckdb)
    schema.table_columns.cache_clear()
    try:
        columns = schema.table_columns()
    finally:
        schema.table_columns.cache_clear()
    assert [c.name for c in columns["articles"]][:3] == ["article_id", "source_id", "url"]
    assert not (tmp_path / "cache").exists()


def test_the_packaged_answer_is_not_used_for_other_migrations(tmp_path, monkeypatch):
    from tradewatch.store import db

    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path))
    real = db.migrations()
    changed = [*real, (real[-1][0] + 1, "extra", "alter table articles add column extra_note varchar;")]
    monkeypatch.setattr(db, "migrations", lambda: changed)
    schema.table_columns.cache_clear()
    try:
        columns = schema.table_columns()
    finally:
        schema.table_columns.cache_clear()
    assert columns["articles"][-1] == schema.Column("extra_note", "VARCHAR")


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
