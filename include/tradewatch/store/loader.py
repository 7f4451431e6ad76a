"""The single DuckDB writer: one run's staged and validated Parquet into the tables, all or nothing."""

from __future__ import annotations

import re
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from tradewatch.dagrun import clear_command
from tradewatch.diskspace import (
    DiskFullError,
    error_code,
    is_disk_full,
    is_file_too_large,
    make_room,
    what_filled,
)
from tradewatch.logs import get_logger
from tradewatch.settings import Settings, get_settings
from tradewatch.store.db import stop_if_interrupted

log = get_logger("store.loader")
_PARAM = re.compile(r"\$([a-z_]+)")

# Staged by the crawl tasks (no row-level validation needed) and by the validate task.
CRAWL_TABLES = ("fetches", "seen", "http_cache", "source_runs")
VALIDATED_TABLES = ("articles", "sanctions", "sanction_targets", "deals", "deal_parties", "quarantine", "dq_results",
                    "copies")


_STAGED = re.compile(r"\bs_([a-z_]+)\b")


def load_statements() -> list[tuple[str, str]]:
    """(file name, statement) for each statement of `sql/load/*.sql`, in order."""
    folder = resources.files("tradewatch.store") / "sql" / "load"
    out: list[tuple[str, str]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            text = "\n".join(line for line in entry.read_text(encoding="utf-8").splitlines() if not line.strip().startswith("--"))
            out.extend((entry.name, stmt.strip()) for stmt in text.split(";") if stmt.strip())
    return out


def idle_files(statements: list[tuple[str, str]], empty: set[str]) -> set[str]:
    """Load files with nothing to do: every staged table they read is empty and they take no parameter.

    Such a file only inserts, updates or deletes rows matched against those staged rows, so with none it
    changes nothing; skipping it spares a no-change run a dozen statements. A file with a parameter
    (`$run_id`: replacing an earlier attempt of the run) always runs."""
    reads: dict[str, set[str]] = {}
    parameters: set[str] = set()
    for file_name, stmt in statements:
        reads.setdefault(file_name, set()).update(_STAGED.findall(stmt))
        if _PARAM.search(stmt):
            parameters.add(file_name)
    return {f for f, tables in reads.items() if tables and tables <= empty and f not in parameters}


def _columns(table: str) -> list[str]:
    from tradewatch.pipeline import COLUMNS

    return COLUMNS[table]


# Columns of staged tables added by a later release (with the migration that added them): a run staged before the
# upgrade and loaded after it reads them as null.
_ADDED_LATER: dict[str, frozenset[str]] = {"copies": frozenset({"source_id"})}  # 0012


def where_it_writes(con: Any) -> tuple[Path | None, Path | None]:
    """The DuckDB file `con` writes (None in memory) and the folder its spill files go to."""
    row = con.execute("select (select path from duckdb_databases() where database_name = current_database()), "
                      "current_setting('temp_directory')").fetchone()
    database, spill = row if row else (None, None)
    return (Path(database).resolve() if database else None), (Path(spill).resolve() if spill else None)


_NOT_LOADED = "Nothing was loaded: the load's transaction was not committed."


def disk_full_error(step: str, exc: BaseException, where: tuple[Path | None, Path | None], logical_date: datetime,
                    outcome: str = _NOT_LOADED) -> DiskFullError:
    """A full disk under the load (`where`: see `where_it_writes`), said for a person with `outcome`, what is in the
    file now (hostile probe 25 F1: DuckDB's "failed to offload" was read as a memory limit, and its failed checkpoint
    was passed on raw)."""
    database, spill = where
    folder = database.parent if database else spill
    files = [f"the DuckDB file {database.name} (TRADEWATCH_DUCKDB)"] if database else []
    if spill:
        files.append(f"its spill folder {spill.name if database and spill.parent == folder else spill}")
    # (DuckDB's first line only: what it adds under a full spill disk, "Possible solutions", is about memory)
    said = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    full = "A file there can grow no more" if is_file_too_large(exc) else "The disk is full"
    return DiskFullError(
        f"{step}: {what_filled(exc)} in {folder}, which holds {' and '.join(files)}. {full}; memory is not "
        f"the problem. {outcome} {make_room(exc)}, or move the DuckDB file to a disk with room (no task running) "
        "and point TRADEWATCH_DUCKDB at it; then clear the run's load task so that it runs again "
        f"({clear_command(logical_date, 'load')}). DuckDB said: {said}", folder or "", error_code(exc))


def _execute(con: Any, file_name: str, stmt: str, params: dict[str, Any], settings: Settings,
             where: tuple[Path | None, Path | None]) -> None:
    used = {k: params[k] for k in sorted(set(_PARAM.findall(stmt)))}
    try:
        con.execute(stmt, used) if used else con.execute(stmt)
    except Exception as exc:
        stop_if_interrupted(exc)
        if is_disk_full(exc):  # before "out of memory": DuckDB says a full spill disk in those words
            raise disk_full_error(f"load step {file_name}", exc, where, params["logical_date"]) from exc
        if "out of memory" in str(exc).lower():
            raise RuntimeError(
                f"load step {file_name} ran out of memory under DuckDB's limit of {settings.load_memory_limit} "
                "for loads. Nothing was written; raise TRADEWATCH_LOAD_MEMORY (e.g. 512MB) and rerun the load "
                f"task. DuckDB said: {exc}"
            ) from exc
        raise RuntimeError(f"load step {file_name} failed: {exc}") from exc


def _restore_limits(con: Any, settings: Settings) -> None:
    import duckdb

    try:
        con.execute("set memory_limit = ?", [settings.duckdb_memory_limit])
        con.execute("reset threads")
    except duckdb.FatalException:
        pass  # the database was invalidated by the failure on its way up (which says why); nothing is left to restore


def load_frames(con: Any, frames: dict[str, Any], run_key: str, logical_date: datetime,
                settings: Settings | None = None) -> dict[str, int]:
    """Write one run's frames (Arrow tables or pandas frames keyed `s_<table>` names without prefix)
    through `con`, an open writable connection (left open for the caller).

    Everything happens in one transaction: a crash leaves the previous state, a rerun replaces the run."""
    from tradewatch.store.db import transaction

    settings = settings or get_settings()
    try:
        for name, frame in frames.items():
            files = getattr(frame, "files", None)
            if files is not None:
                # Staged chunk files: DuckDB streams them, the run never sits in Python memory.
                relation = con.read_parquet(files)
                have = set(relation.columns)
                # (a column added since the run was staged, by an upgrade between its validate and load tasks, is read
                # as null: the load of such a run failed on "column not found")
                columns = ", ".join(f'"{c}"' if c in have or c not in _ADDED_LATER.get(frame.table, ()) else f'null as "{c}"'
                                    for c in _columns(frame.table))
                relation = relation.project(columns)
                con.register(f"s_{name}", relation)
            else:
                con.register(f"s_{name}", frame)
        from tradewatch.extract import EXTRACTOR_VERSION
        from tradewatch.reextract import newer_versions

        # (stored versions newer than the installed one: their articles are kept as they are, sql/load/02b)
        params = {"run_id": run_key, "logical_date": logical_date, "extractor_version": EXTRACTOR_VERSION,
                  "newer_versions": newer_versions(con)}
        # The load gets its own, smaller budget on one thread: its statements stream and spill (see
        # sql/load/03_articles.sql), so the memory a load needs does not grow with the run, and one
        # thread keeps DuckDB's per-thread buffers out of it.
        con.execute("set memory_limit = ?", [settings.load_memory_limit])
        con.execute("set threads = 1")
        where = where_it_writes(con)
        try:
            statements = load_statements()
            # Row counts of staged Parquet come from the files' footers: no data is read.
            empty = {name for name in frames  # names of our own tables, not input
                     if not con.execute(f"select count(*) from s_{name}").fetchall()[0][0]}
            idle = idle_files(statements, empty)
            try:
                with transaction(con):
                    for file_name, stmt in statements:
                        if file_name not in idle:
                            _execute(con, file_name, stmt, params, settings, where)
            except DiskFullError:
                raise
            except Exception as exc:
                # The commit writes the transaction into the file (a checkpoint): a full disk there invalidates the
                # database, and DuckDB keeps the file as it was before the load
                if is_disk_full(exc):
                    raise disk_full_error("the load's commit", exc, where, logical_date) from exc
                raise
        finally:
            _restore_limits(con, settings)
        counts = {
            table: con.execute(f"select count(*) from {table}").fetchall()[0][0]  # fixed table names, not input
            for table in ("fetches", "articles", "sanctions", "sanction_targets", "deals", "deal_parties",
                          "quarantine", "dq_results", "source_runs")
        }
    finally:
        try:
            con.execute("drop table if exists tw_load_newer")
        except Exception:  # noqa: S110 - the database was invalidated by the failure on its way up
            pass
        for name in frames:
            try:
                con.unregister(f"s_{name}")
            except Exception:  # noqa: S110 - never registered (the failure is already on its way up)
                pass
    log.info("run loaded", extra={"kv": {"run": run_key, **counts}})
    return counts
