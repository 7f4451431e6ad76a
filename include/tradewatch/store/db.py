"""DuckDB connections and forward-only numbered migrations (`sql/migrations/NNNN_name.sql`)."""

from __future__ import annotations

import contextlib
import random
import re
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from tradewatch.logs import get_logger

if TYPE_CHECKING:
    import duckdb

log = get_logger("store.db")
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped with the library, in order."""
    folder = resources.files("tradewatch.store") / "sql" / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    """The migrations the file has applied (none when it has no `schema_migrations` table yet)."""
    present = con.execute(
        "select count(*) from information_schema.tables where table_schema = 'main' and table_name = 'schema_migrations'"
    ).fetchone()
    if not (present and present[0]):
        return set()
    return {row[0] for row in con.execute("select version from schema_migrations").fetchall()}


class NewerSchemaError(RuntimeError):
    """The file holds migrations this Tradewatch does not ship: a newer release wrote it."""


class ForeignDatabaseError(RuntimeError):
    """The file holds tables but no `schema_migrations`: another application's database, not Tradewatch's."""


def refuse_foreign(con: duckdb.DuckDBPyConnection) -> None:
    """Raise ForeignDatabaseError, before anything is written, for a DuckDB file that has tables of its own but was
    never migrated by Tradewatch (hostile probe 14: `tradewatch status` pointed at another application's file wrote
    16 tables into it, then failed on its own `articles` table, leaving that file half-migrated)."""
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = 'main' order by table_name limit 4"
    ).fetchall()
    if rows and not applied_versions(con):
        names = ", ".join(r[0] for r in rows[:3]) + (", ..." if len(rows) > 3 else "")
        raise ForeignDatabaseError(
            f"the DuckDB file holds tables ({names}) but no Tradewatch schema: it is another application's database, "
            "and Tradewatch leaves it untouched. Set TRADEWATCH_DUCKDB to a new file (or to Tradewatch's own)."
        )


def _refuse_newer(done: set[int], known: list[tuple[int, str, str]]) -> None:
    newest = max((version for version, _, _ in known), default=0)
    unknown = sorted(version for version in done if version > newest)
    if unknown:
        raise NewerSchemaError(
            f"the file was written by a newer Tradewatch (schema version {unknown[-1]}; this one knows up to "
            f"{newest}): upgrade Tradewatch, or set TRADEWATCH_DUCKDB to another file"
        )


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations this file has not seen yet, each in its own transaction. Returns those applied.

    Refuses (NewerSchemaError, nothing changed) a file that has a migration newer than any shipped here:
    its tables may have columns this code would misread or miss.
    """
    refuse_foreign(con)
    con.execute(
        "create table if not exists schema_migrations (version integer primary key, name varchar not null, "
        "applied_at timestamptz not null default current_timestamp)"
    )
    done = applied_versions(con)
    known = migrations()
    _refuse_newer(done, known)
    applied = []
    for version, name, sql in known:
        if version in done:
            continue
        con.execute("begin transaction")
        try:
            con.execute(sql)
            con.execute("insert into schema_migrations (version, name) values (?, ?)", [version, name])
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        applied.append(version)
        log.info("migration applied", extra={"kv": {"version": version, "name": name}})
    return applied


# How long a connection waits for another process's write lock before it says that it is waiting.
WAIT_NOTICE_SECONDS = 2.0


def stop_if_interrupted(exc: BaseException) -> None:
    """Raise KeyboardInterrupt when `exc` is, or was raised from, DuckDB's answer to Ctrl-C.

    DuckDB turns a SIGINT that lands during a query into an error ("Query interrupted", a plain RuntimeError or
    duckdb.InterruptException), which a handler for one list's or one source's failure would record as that failure
    and go on with the next (hostile probe 9: the refresh went on, then blamed the list's URL, though the new version
    was loaded). Whoever pressed Ctrl-C wants the command stopped."""
    import duckdb

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, duckdb.InterruptException) or (
            type(current) is RuntimeError and str(current) == "Query interrupted"
        ):
            raise KeyboardInterrupt from exc
        current = current.__cause__ or current.__context__


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set lock" in text or "database is locked" in text)


def connect(path: Path | str, read_only: bool = False, wait_seconds: float = 120.0) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, waiting (with jittered backoff) while another process holds its write lock.

    DuckDB allows one writing process per file; two DAG runs at once or a CLI query during a load
    would otherwise fail at once with a lock error.
    """
    import duckdb

    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(f"no DuckDB file at {path}: run `make demo` or the news_ingest DAG first")
    from tradewatch.settings import not_a_duckdb_file

    try:
        what = not_a_duckdb_file(path)
    except OSError:
        what = None  # (unreadable: DuckDB's own error says so)
    if what is not None and not (what == "an empty file" and not read_only):
        # (`--db` at a CSV file said "Cannot launch in-memory database in read-only mode!", at a folder a raw IO error:
        # hostile probe 22)
        raise ValueError(f"{path} cannot be opened as the Tradewatch database ({what}): point --db or TRADEWATCH_DUCKDB "
                         "at the DuckDB file (by default data/tradewatch.duckdb)")
    started = time.monotonic()
    deadline = started + wait_seconds
    delay = 0.05
    told = False
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() > deadline:
                raise
            if not told and time.monotonic() - started >= WAIT_NOTICE_SECONDS:
                # (probe 8: `tradewatch status` sat silent for up to two minutes behind a load)
                told = True
                log.warning(f"waiting for {path}: another process is writing it (a load or a list refresh?); giving up after "
                            f"{wait_seconds:.0f} s", extra={"kv": {"file": str(path), "holder": str(exc)[-160:]}})
            time.sleep(delay + random.uniform(0, delay))
            delay = min(delay * 2, 2.0)
    from tradewatch.settings import get_settings

    # A bounded buffer pool keeps the loader's memory flat however large the run (DuckDB spills to disk).
    con.execute("set memory_limit = ?", [get_settings().duckdb_memory_limit])
    # never download an extension (probe 8: Airflow's SQLite file named as the database had DuckDB fetch
    # sqlite_scanner from the internet); the ones we use are built into the wheel
    con.execute("set autoinstall_known_extensions = false")
    # Timestamps are stored in UTC and the views take their days from them (`published_at::date`): in the machine's own
    # zone, a record first seen at 06:00 UTC on the 1st fell on the 31st west of UTC and moved to the month before
    # (hostile probe 12). One zone for every reader: the Airflow workers' and an analyst's laptop agree.
    con.execute("set TimeZone = 'UTC'")
    try:
        if not read_only:
            migrate(con)
        else:
            refuse_foreign(con)
            _refuse_newer(applied_versions(con), migrations())
    except (NewerSchemaError, ForeignDatabaseError) as exc:
        con.close()
        raise type(exc)(f"{path}: {exc}") from None
    return con


@contextlib.contextmanager
def open_db(path: Path | str, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def read_if_available(path: Path | str, wait_seconds: float, unavailable: str | None = None,
                      lock_only: bool = False, **log_fields: object) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """A read-only connection to the warehouse for a figure the caller can go without, or None: when the file does not
    exist yet, or cannot be opened within `wait_seconds` (another process's long load holds its write lock; with
    `lock_only`, only that: other failures are raised). `unavailable`: what is logged then, with the error and
    `log_fields`."""
    import duckdb

    if not Path(path).exists():
        yield None
        return
    try:
        con = connect(path, read_only=True, wait_seconds=wait_seconds)
    except duckdb.Error as exc:
        if lock_only and not isinstance(exc, duckdb.IOException):
            raise
        if unavailable:
            log.warning(unavailable, extra={"kv": {**log_fields, "error": str(exc)}})
        yield None
        return
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: a crash or an exception inside leaves the tables as they were."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        import duckdb

        try:
            con.execute("rollback")
        except duckdb.FatalException:
            pass  # the failure invalidated the database (e.g. a full disk): DuckDB drops the transaction; it says why
        raise
    con.execute("commit")
