"""Versioned loading of one parsed list into DuckDB: swap the list's rows and record what changed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradewatch.lists.entities import ListEntity
from tradewatch.lists.normalise import normalised_name
from tradewatch.logs import get_logger

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

log = get_logger("lists.store")

ENTITIES_FILE = "entities.parquet"
NAMES_FILE = "names.parquet"


# A new version with this many percent fewer entities than the loaded one is refused (see load_version).
MAX_SHRINK_PERCENT = 50


def sql(name: str) -> str:
    return (resources.files("tradewatch.lists") / "sql" / name).read_text(encoding="utf-8")


# The longest names on official lists run to ~200 characters (a company's name with its legal forms and aliases).
MAX_NAME_CHARS = 400


def _capped(name: str) -> str:
    return name if len(name) <= MAX_NAME_CHARS else name[: MAX_NAME_CHARS - 1].rstrip() + "…"


# Control characters and the marks that reorder how text is shown (bidi embeddings, overrides, isolates): none belongs
# in a name, and "EVIL\u202eCORP" would print reversed in a screening result, the briefing or a CSV (hostile probe 13)
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_RUNS_OF_BLANKS = re.compile(r"\s{2,}")


def _shown(name: str) -> str:
    """A list's name without control characters or bidi controls (a line break or tab becomes a space)."""
    if name.isascii() and name.isprintable():
        return name
    return _RUNS_OF_BLANKS.sub(" ", _UNSHOWABLE.sub("", name.replace("\t", " ").replace("\n", " "))).strip()


def to_tables(list_id: str, version: str, entities: list[ListEntity]) -> tuple[pa.Table, pa.Table]:
    """Arrow tables shaped like `list_entities` and `list_names` (duplicate entity ids: first wins)."""
    import pyarrow as pa

    seen: dict[str, set[str]] = {}  # entity id -> the normalised names it has
    ent: dict[str, list[Any]] = {
        k: [] for k in ("entity_id", "kind", "primary_name", "countries", "programs", "listed_on", "name_missing")}
    names: dict[str, list[Any]] = {k: [] for k in ("entity_id", "name", "is_alias", "normalised_name", "surname")}
    duplicates: list[str] = []
    too_long: list[str] = []
    nameless: dict[str, None] = {}  # ids whose entry has no name (see `ListEntity.nameless`)
    for e in entities:
        if e.nameless:
            if e.entity_id not in seen:
                nameless.setdefault(e.entity_id)
            continue
        nameless.pop(e.entity_id, None)  # a repeat of the id with a name is the entry
        repeat = e.entity_id in seen
        if repeat:
            # An id listed twice: its first entry is kept, and the other entries' names become its aliases, so that
            # screening still finds them (red team round 6: the repeat's name was no longer screened at all)
            duplicates.append(e.entity_id)
        else:
            seen[e.entity_id] = set()
            ent["entity_id"].append(e.entity_id)
            ent["kind"].append(e.kind)
            ent["primary_name"].append(_capped(_shown(e.primary_name)))
            ent["countries"].append(e.countries)
            ent["programs"].append(e.programs)
            ent["listed_on"].append(e.listed_on)
            ent["name_missing"].append(False)
        for name, is_alias in e.names():
            surname = e.surname(name)
            name = _shown(name)
            if len(name) > MAX_NAME_CHARS:
                # no real name is this long; one of millions of words cost every later screen 750 MB (red team round 6)
                too_long.append(e.entity_id)
                if is_alias or repeat:
                    continue
                name = _capped(name)
            normalised = normalised_name(name)
            if normalised in seen[e.entity_id]:
                continue
            seen[e.entity_id].add(normalised)
            names["entity_id"].append(e.entity_id)
            names["name"].append(name)
            names["is_alias"].append(is_alias or repeat)
            names["normalised_name"].append(normalised)
            names["surname"].append(_shown(surname) if surname and len(name) <= MAX_NAME_CHARS else None)
    if duplicates:
        log.warning("list repeats entity ids: the first entry of each is kept, the others' names as its aliases",
                    extra={"kv": {"list_id": list_id, "repeated": len(duplicates), "first": duplicates[:5]}})
    if too_long:
        log.warning(f"names longer than {MAX_NAME_CHARS} characters: cut (primary names) or skipped (aliases)",
                    extra={"kv": {"list_id": list_id, "entities": len(too_long), "first": too_long[:5]}})
    for entity_id in nameless:
        # kept as a row of its own, so that the loader can keep what it loaded for the id (see load_version)
        for key, value in (("entity_id", entity_id), ("kind", "unknown"), ("primary_name", ""), ("countries", []),
                           ("programs", []), ("listed_on", None), ("name_missing", True)):
            ent[key].append(value)
    if nameless:
        log.warning("list entries with an id but no name: malformed, so the loaded version's entry is kept for each",
                    extra={"kv": {"list_id": list_id, "entries": len(nameless), "first": list(nameless)[:5]}})
    n_ent, n_names = len(ent["entity_id"]), len(names["entity_id"])
    entities_table = pa.table(
        {
            "list_id": pa.array([list_id] * n_ent, pa.string()),
            "entity_id": pa.array(ent["entity_id"], pa.string()),
            "kind": pa.array(ent["kind"], pa.string()),
            "primary_name": pa.array(ent["primary_name"], pa.string()),
            "countries": pa.array(ent["countries"], pa.list_(pa.string())),
            "programs": pa.array(ent["programs"], pa.list_(pa.string())),
            "listed_on": pa.array(ent["listed_on"], pa.date32()),
            "list_version": pa.array([version] * n_ent, pa.string()),
            "name_missing": pa.array(ent["name_missing"], pa.bool_()),
        }
    )
    names_table = pa.table(
        {
            "list_id": pa.array([list_id] * n_names, pa.string()),
            "entity_id": pa.array(names["entity_id"], pa.string()),
            "name": pa.array(names["name"], pa.string()),
            "is_alias": pa.array(names["is_alias"], pa.bool_()),
            "normalised_name": pa.array(names["normalised_name"], pa.string()),
            "surname": pa.array(names["surname"], pa.string()),
        }
    )
    return entities_table, names_table


def write_staged(folder: Path, entities_table: pa.Table, names_table: pa.Table) -> None:
    import pyarrow.parquet as pq

    from tradewatch.files import write_atomically

    # Each file whole or not at all: two refreshes at once write the same version's folder (red team round 6)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / ENTITIES_FILE, lambda tmp: pq.write_table(entities_table, tmp))
    write_atomically(folder / NAMES_FILE, lambda tmp: pq.write_table(names_table, tmp))


def read_staged(folder: Path) -> tuple[pa.Table, pa.Table]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = pq.read_table(folder / NAMES_FILE)
    if "surname" not in names.column_names:  # staged before the column existed: no name split
        names = names.append_column("surname", pa.nulls(names.num_rows, pa.string()))
    return pq.read_table(folder / ENTITIES_FILE), names


def current_version(con: duckdb.DuckDBPyConnection, list_id: str) -> str | None:
    # fetchall, not fetchone: DuckDB 2 refuses new work while a result is only partly fetched.
    rows = con.execute(
        "select list_version from list_versions where list_id = ? and is_current", [list_id]
    ).fetchall()
    return str(rows[0][0]) if rows else None


def current_parser_version(con: duckdb.DuckDBPyConnection, list_id: str) -> int | None:
    """The parser version that made the list's current rows (None: none loaded, or loaded before versions were kept)."""
    rows = con.execute(
        "select parser_version from list_versions where list_id = ? and is_current", [list_id]
    ).fetchall()
    return rows[0][0] if rows and rows[0][0] is not None else None


def parse_is_older(loaded: int | None, parser_version: int, again: bool = False) -> bool:
    """Whether rows a parser of version `loaded` made (None: unknown, counted as older) are to be made again by
    `parser_version`: when it is newer, or `again` (`lists refresh --reparse`) and it is the same. Never downwards:
    an older Tradewatch (a rollback) leaves a newer parser's rows as they are."""
    return loaded is None or loaded < parser_version or (again and loaded == parser_version)


def _keep_loaded_for_nameless(
    con: duckdb.DuckDBPyConnection, list_id: str, version: str, entities_table: pa.Table, names_table: pa.Table,
) -> tuple[pa.Table, pa.Table, int]:
    """The staged tables with each entry that has an id but no name replaced by that entry as loaded (a malformed entry
    is not a delisting: hostile probe 7 saw 500 of 1,000 SDN entries with an empty <lastName> load as "removed")."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if "name_missing" not in entities_table.column_names:  # staged before the column existed
        return entities_table, names_table, 0
    missing = pc.fill_null(entities_table["name_missing"], False)
    named = entities_table.filter(pc.invert(missing)).drop_columns(["name_missing"])
    ids = entities_table.filter(missing)["entity_id"].to_pylist()
    if not ids:
        return named, names_table, 0
    con.register("nameless_ids", pa.table({"entity_id": pa.array(ids, pa.string())}))
    try:
        kept = con.sql(
            "select list_id, entity_id, kind, primary_name, countries, programs, listed_on, ?::varchar as list_version "
            "from list_entities where list_id = ? and entity_id in (select entity_id from nameless_ids)",
            params=[version, list_id]).to_arrow_table()
        kept_names = con.sql(
            "select list_id, entity_id, name, is_alias, normalised_name, surname from list_names "
            "where list_id = ? and entity_id in (select entity_id from nameless_ids)", params=[list_id]).to_arrow_table()
    finally:
        con.unregister("nameless_ids")
    if kept.num_rows < len(ids):
        log.warning("list entries with an id but no name that were not loaded before: skipped",
                    extra={"kv": {"list_id": list_id, "entries": len(ids) - kept.num_rows}})
    return (pa.concat_tables([named, kept.cast(named.schema)]),
            pa.concat_tables([names_table, kept_names.cast(names_table.schema)]), kept.num_rows)


# The shrink guard compares a new version with the largest loaded in this many days, not only with the one before it:
# four refreshes that each kept 55% took a list from 1,000 entities to 91 (hostile probe 7).
SHRINK_BASELINE_DAYS = 30


def _entity_baseline(con: duckdb.DuckDBPyConnection, list_id: str, loaded: int, as_of: dt.datetime) -> int:
    """The entity count a new version is held against: the largest of the versions loaded in the last
    SHRINK_BASELINE_DAYS, counted from the last shrink a person accepted (a version far smaller than the ones before it
    loaded only with --accept-shrink, so it starts the count again), and the loaded version's."""
    rows = con.execute(
        "select entity_count from list_versions where list_id = ? and fetched_at >= ? and entity_count is not null "
        "order by fetched_at, list_version",
        [list_id, as_of - dt.timedelta(days=SHRINK_BASELINE_DAYS)]).fetchall()
    peak = 0
    for (count,) in rows:
        peak = count if _shrinks(count, peak) else max(peak, count)
    return max(peak, loaded)


def _shrinks(new_count: int, old_count: int) -> bool:
    return new_count * 100 < old_count * (100 - MAX_SHRINK_PERCENT)


class ListRefused(ValueError):
    """A new list version not loaded, with the reason and what to do (a much smaller version)."""


@dataclass
class LoadResult:
    list_id: str
    version: str
    status: str  # loaded | unchanged
    entities: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    nameless_kept: int = 0  # entries with an id but no name, kept as loaded before
    first: bool = False  # the list's first version: no changes recorded ("added" counts from the next version on)
    names: int = 0
    names_before: int | None = None  # (status reparsed) the names the older parser had made of the same download


def load_version(
    con: duckdb.DuckDBPyConnection,
    list_id: str,
    version: str,
    entities_table: pa.Table,
    names_table: pa.Table,
    source_url: str | None,
    as_of: dt.datetime,
    accept_shrink: bool = False,
    parser_version: int | None = None,
    reparse: bool = False,
) -> LoadResult:
    """Replace the list's rows with a new version in one transaction, recording the changes.

    The first version of a list records no changes: "added" means added since we started watching. A version with far
    fewer entities or names than the loaded one is refused unless `accept_shrink` (`tradewatch lists refresh
    --accept-shrink LIST_ID`, after a person checked it).

    The loaded version itself is replaced ("reparsed") when `parser_version`, the parser that made the staged rows, is
    newer than the one that made the loaded rows (or the same, with `reparse`): the publisher changed nothing, so no
    change is recorded, and the version keeps its fetch time.
    """
    from tradewatch.store.db import transaction

    old = current_version(con, list_id)
    reparsing = False
    if old == version:
        if parser_version is None or not parse_is_older(current_parser_version(con, list_id), parser_version, reparse):
            return LoadResult(list_id, version, "unchanged")
        reparsing = True
    (names_before,), = con.execute("select count(*) from list_names where list_id = ?", [list_id]).fetchall()
    # A version is never dated before the one it replaces (hostile probe 16: a run for an earlier logical date, a backfill
    # or an old run cleared late, dated today's download and its changes weeks back, so `lists changes --days 7` missed
    # them and the current version looked older than the one it replaced).
    (replaced_at,), = con.execute("select max(fetched_at) from list_versions where list_id = ?", [list_id]).fetchall()
    if replaced_at is not None and replaced_at >= as_of:
        as_of = replaced_at + dt.timedelta(microseconds=1)  # (just after it: the two stay in order)
    entities_table, names_table, nameless_kept = _keep_loaded_for_nameless(con, list_id, version, entities_table,
                                                                           names_table)
    if old is not None and not accept_shrink:
        loaded, names = con.execute(
            "select (select count(*) from list_entities where list_id = ?), (select count(*) from list_names where list_id = ?)",
            [list_id, list_id]).fetchall()[0]
        # A format change the parser half-reads looks like mass delisting: 7 of 8 entries "removed" and their matches
        # gone; a renamed alias tag drops every alias ("<aka>" read as nothing). Official lists lose neither half their
        # entries in a month nor half their names from one version to the next.
        baseline = _entity_baseline(con, list_id, loaded, as_of)
        for what, new_count, old_count in (("entities", entities_table.num_rows, baseline),
                                           ("names", names_table.num_rows, names)):
            if _shrinks(new_count, old_count):
                against = (f"{old_count} loaded" if old_count == loaded or what == "names" else
                           f"{old_count} in a version loaded in the last {SHRINK_BASELINE_DAYS} days ({loaded} now)")
                raise ListRefused(
                    f"the new version has {new_count} {what} against {against} (more than {MAX_SHRINK_PERCENT}% "
                    "fewer): the format may have changed or the file is cut; the loaded version is kept. Check the "
                    f"download under the list's folder; to load it anyway run `tradewatch lists refresh --accept-shrink "
                    f"{list_id}`"
                )
    con.register("staged_entities", entities_table)
    con.register("staged_names", names_table)
    try:
        with transaction(con):
            if old is not None and not reparsing:
                con.execute(
                    "insert into list_changes " + sql("list_changes.sql"),
                    {"list_id": list_id, "old_version": old, "new_version": version, "changed_at": as_of},
                )
            con.execute("delete from list_names where list_id = ?", [list_id])
            con.execute("delete from list_entities where list_id = ?", [list_id])
            con.execute(
                "insert into list_entities (list_id, entity_id, kind, primary_name, countries, programs, "
                "listed_on, list_version) select list_id, entity_id, kind, primary_name, countries, programs, "
                "listed_on, list_version from staged_entities"
            )
            con.execute(
                "insert into list_names (list_id, entity_id, name, is_alias, normalised_name, surname) "
                "select list_id, entity_id, name, is_alias, normalised_name, surname from staged_names"
            )
            if reparsing:
                con.execute("update list_versions set entity_count = ?, parser_version = ? where list_id = ? "
                            "and list_version = ?", [entities_table.num_rows, parser_version, list_id, version])
            else:
                con.execute("update list_versions set is_current = false where list_id = ?", [list_id])
                con.execute(
                    "insert into list_versions (list_id, list_version, source_url, fetched_at, entity_count, "
                    "is_current, parser_version) values (?, ?, ?, ?, ?, true, ?) on conflict (list_id, list_version) "
                    "do update set is_current = true, fetched_at = excluded.fetched_at, "
                    "entity_count = excluded.entity_count, parser_version = excluded.parser_version",
                    [list_id, version, source_url, as_of, entities_table.num_rows, parser_version],
                )
    finally:
        con.unregister("staged_entities")
        con.unregister("staged_names")
    if reparsing:
        result = LoadResult(list_id, version, "reparsed", entities_table.num_rows, nameless_kept=nameless_kept,
                            names=names_table.num_rows, names_before=names_before)
        log.warning("list version parsed again by a newer parser", extra={"kv": vars(result)})
        return result
    counts = dict(
        con.execute(
            "select change, count(*) from list_changes where list_id = ? and new_version = ? "
            "and changed_at = ? group by change",
            [list_id, version, as_of],
        ).fetchall()
    )
    result = LoadResult(
        list_id, version, "loaded", entities_table.num_rows,
        counts.get("added", 0), counts.get("removed", 0), counts.get("changed", 0), nameless_kept, first=old is None,
        names=names_table.num_rows,
    )
    log.info("list loaded", extra={"kv": vars(result)})
    return result
