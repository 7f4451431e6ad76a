"""Run the report's named SQL files (`queries/*.sql`) with named parameters; rows come back as dicts."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")


@cache
def load_sql(name: str) -> str:
    """The text of `queries/<name>.sql` shipped with the library."""
    return (resources.files("tradewatch.report") / "queries" / f"{name}.sql").read_text(encoding="utf-8")


def run_query(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Execute a named query, passing only the `$parameters` it uses (DuckDB rejects unused ones)."""
    sql = load_sql(name)
    used = set(_PARAM.findall(sql))
    missing = used - params.keys()
    if missing:
        raise ValueError(f"query {name} needs parameters {sorted(missing)}")
    cursor = con.execute(sql, {key: params[key] for key in used})
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def relation_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """True when a table or view of that name exists in the main schema."""
    row = con.execute(
        "select count(*) from information_schema.tables where table_schema = 'main' and table_name = ?",
        [name],
    ).fetchone()
    return bool(row and row[0])


def table_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """(table, rows) for every base table; names come from the catalog, never from the user."""
    names = [row["table_name"] for row in run_query(con, "table_counts", {})]
    counts = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        row = con.execute(f"select count(*) from {quoted}").fetchone()
        counts.append((name, int(row[0]) if row else 0))
    return counts
