"""The tables validated here, read from the store's migrations: columns, value types and record keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

# Python value types accepted per DuckDB column type. Integers may arrive as floats because
# Parquet/Arrow turns nullable integer columns into float64; bools are ints to Python, so BOOLEAN is
# checked separately. datetime is a subclass of date (and pd.Timestamp of datetime).
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "VARCHAR": (str,),
    "INTEGER": (int, float),
    "BIGINT": (int, float),
    "DOUBLE": (int, float),
    "BOOLEAN": (bool,),
    "DATE": (date,),
    "TIMESTAMP WITH TIME ZONE": (datetime,),
    "TIMESTAMP": (datetime,),
    "VARCHAR[]": (list,),
}

# Columns that identify a record, in the form other tables use (matches.subject_key: "sanction_id:target_idx").
KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "sanctions": ("sanction_id",),
    "sanction_targets": ("sanction_id", "target_idx"),
    "deals": ("deal_id",),
    "deal_parties": ("deal_id", "party_idx"),
    "list_entities": ("list_id", "entity_id"),
    "list_names": ("list_id", "entity_id", "name"),
}
VALIDATED_TABLES = tuple(KEYS)

# Columns the load fills in, not the crawl (migration 0016: which run stored an article first, when it arrived, when
# its records were last updated): a staged batch has none of them.
LOAD_COLUMNS: dict[str, frozenset[str]] = {"articles": frozenset({"first_run_id", "arrived_for", "updated_for"})}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str

    @property
    def python_types(self) -> tuple[type, ...]:
        return _PYTHON_TYPES[self.sql_type]

    @property
    def is_bool(self) -> bool:
        return self.sql_type == "BOOLEAN"

    @property
    def is_date(self) -> bool:
        return self.sql_type == "DATE"

    @property
    def is_timestamp(self) -> bool:
        return self.sql_type.startswith("TIMESTAMP")

    @property
    def is_list(self) -> bool:
        return self.sql_type.endswith("[]")


# The answer for the migrations as committed, under a digest of their text (a test keeps it current;
# `python -c "from tradewatch.quality.schema import write_packaged; write_packaged()"` rewrites it).
# Applying the migrations costs ~0.1 s, which every validate task (a process of its own) on a new data
# folder would otherwise pay.
PACKAGED = Path(__file__).parent / "data" / "table_columns.json"


@lru_cache(maxsize=1)
def table_columns() -> dict[str, tuple[Column, ...]]:
    """Columns of every validated table, in table order, as the migrations define them.

    From the packaged answer when the migrations are the ones it was made from; otherwise worked out
    by applying them to an in-memory DuckDB and kept in `<data_dir>/cache/` under a digest of their
    text, so it is worked out again only when they change."""
    import json

    from tradewatch.settings import get_settings
    from tradewatch.store.db import migrations

    applied = migrations()
    digest = migrations_digest(applied)
    rows = _packaged_rows(digest)
    if rows is None:
        cached = get_settings().data_dir / "cache" / f"table_columns-{digest}.json"
        try:
            rows = _rows(json.loads(cached.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):  # none yet, or not what we write: work it out again
            rows = _columns_from_migrations(applied)
            _keep(cached, json.dumps(rows))
    found: dict[str, list[Column]] = {}
    for table, column, sql_type in rows:
        if table in KEYS and column not in LOAD_COLUMNS.get(table, ()):
            found.setdefault(table, []).append(Column(column, sql_type))
    missing = set(KEYS) - set(found)
    if missing:
        raise RuntimeError(f"the migrations no longer define {sorted(missing)}; update tradewatch.quality.schema")
    return {table: tuple(cols) for table, cols in found.items()}


def migrations_digest(applied: list[tuple[int, str, str]]) -> str:
    import hashlib

    return hashlib.sha256("\0".join(sql for _v, _n, sql in applied).encode("utf-8")).hexdigest()[:16]


def _packaged_rows(digest: str) -> list[tuple[str, str, str]] | None:
    import json

    try:
        packaged = json.loads(PACKAGED.read_text(encoding="utf-8"))
        if packaged["migrations"] != digest:
            return None
        return _rows(packaged["columns"])
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _rows(stored: list[list[str]]) -> list[tuple[str, str, str]]:
    """(table, column, type) rows as stored in JSON; ValueError/TypeError when they are not that."""
    return [(str(t), str(c), str(k)) for t, c, k in stored]


def write_packaged() -> Path:
    """Write the packaged answer (the validated tables' columns) for the migrations as they are now."""
    import json

    from tradewatch.store.db import migrations

    applied = migrations()
    rows = [row for row in _columns_from_migrations(applied) if row[0] in KEYS]
    lines = ",\n".join(f"  {json.dumps(list(row))}" for row in rows)
    PACKAGED.write_text(f'{{"migrations": "{migrations_digest(applied)}", "columns": [\n{lines}\n]}}\n', encoding="utf-8")
    return PACKAGED


def _columns_from_migrations(applied: list[tuple[int, str, str]]) -> list[tuple[str, str, str]]:
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        for _version, _name, sql in applied:
            con.execute(sql)
        return [tuple(row) for row in con.execute(
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_schema = 'main' order by table_name, ordinal_position"
        ).fetchall()]
    finally:
        con.close()


def _keep(path: Path, text: str) -> None:
    """Write atomically (a reader sees all or nothing); a read-only data folder just means no cache."""
    import contextlib

    from tradewatch.files import write_atomically

    with contextlib.suppress(OSError):
        write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def column_names(table: str) -> list[str]:
    return [c.name for c in table_columns()[table]]
