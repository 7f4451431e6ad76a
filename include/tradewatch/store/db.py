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


class DatabaseUnavailable(RuntimeError):
    """The warehouse file cannot be opened now: held by another process, damaged, or not ours to read or write. The
    message names the file and says what to do."""


class DatabaseLocked(DatabaseUnavailable):
    """Another process kept the file open past the wait."""


class DatabaseDamaged(DatabaseUnavailable):
    """DuckDB cannot read the file: truncated, or a block whose checksum fails."""


class DatabasePermissionError(DatabaseUnavailable):
    """The file, or its folder, may not be read or written by this process."""


# "Conflicting lock is held in /usr/bin/python3.11 (PID 27191). However, you would be able to open this database in
# read-only mode, ..." (the "However" only when the holder has it open read-only)
_HOLDER = re.compile(r"conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)", re.IGNORECASE)


def lock_holder(exc: BaseException, read_only: bool) -> str:
    """Who holds the file, as DuckDB's lock error says: its PID and program, and whether it reads or writes.

    DuckDB keeps out a writer while any other process has the file open, read-only connections too (hostile probe 34
    F7: an analyst's notebook stopped every load, and the message blamed "a load or a list refresh" and cut off the
    PID)."""
    text = str(exc)
    match = _HOLDER.search(text)
    who = f"PID {match['pid']}, {match['program']}" if match else "a process DuckDB does not name"
    if read_only:  # (a read-only connection is kept out only by a writer)
        kind = "writing it: a load, a list refresh or `tradewatch reextract`"
    elif "read-only mode" in text:
        kind = "reading it: a read-only connection such as an analyst's notebook or a long `tradewatch sql`"
    else:
        kind = "a reader or a writer"
    return f"{who}, {kind}"


_DAMAGED_TEXTS = ("could not read enough bytes from file", "corrupt database file", "not a valid duckdb database file")


def is_damaged(exc: BaseException) -> bool:
    """Whether `exc` is DuckDB failing to read its own file: truncated, or a block whose checksum fails."""
    text = str(exc).lower()
    return any(t in text for t in _DAMAGED_TEXTS)


def damaged_advice(path: Path | str) -> str:
    """What to do about a damaged warehouse file (hostile probe 34 F6: a truncated file gave DuckDB's bare "Could not
    read enough bytes", and the crawls blamed a lock)."""
    path = Path(path)
    return (f"The DuckDB file {path} (TRADEWATCH_DUCKDB) is damaged (truncated, or a block that fails its checksum): "
            f"Tradewatch cannot read it. Pause the DAGs, keep the damaged file for inspection, and restore {path.name} "
            f"from your latest backup (move aside any {path.name}.wal beside it: it belongs to the damaged file); then "
            "clear the failed runs' load tasks so that they load again.")


def unusable_error(path: Path | str, exc: BaseException, read_only: bool) -> DatabaseUnavailable | None:
    """The clear error for a DuckDB failure to open `path` that is no lock (damage, permissions), or None."""
    said = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if is_damaged(exc):
        return DatabaseDamaged(f"{damaged_advice(path)} DuckDB said: {said}")
    if "permission denied" in str(exc).lower():
        return DatabasePermissionError(
            f"{path} (TRADEWATCH_DUCKDB) cannot be {'read' if read_only else 'written'} by this process: permission "
            f"denied. {_give_access(Path(path))} DuckDB said: {said}")
    return None


def _give_access(path: Path) -> str:
    import os

    return (f"Give the user the Airflow workers run as (uid {os.getuid()} here) read and write access to the file and "
            f"to its folder {path.parent} (DuckDB writes {path.name}.wal beside it), or point TRADEWATCH_DUCKDB at a "
            "file it may write.")


def unwritable_reason(path: Path | str) -> str | None:
    """Why this process could not write the warehouse at `path` (the file, the folder its write-ahead log goes to, or
    the folder it would be made in), or None. Cheap: no DuckDB, no file opened.

    A load found a read-only file only after the whole crawl, and a read-only folder only at its commit, when DuckDB
    makes `<file>.wal` (hostile probe 34 F14)."""
    import os

    path = Path(path)
    if path.exists():
        if not os.access(path, os.W_OK):
            return f"the DuckDB file {path} (TRADEWATCH_DUCKDB) is read-only for this process"
        folder, made = path.parent, f"{path.name}.wal, its write-ahead log,"
    else:
        folder = next((p for p in path.parents if p.exists()), path.parent)
        made = f"the DuckDB file {path} (TRADEWATCH_DUCKDB)"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is read-only for this process, so DuckDB cannot make {made} there"
    return None


def check_writable(path: Path | str) -> None:
    """Raise DatabasePermissionError, saying what to do, when this process could not write the warehouse."""
    reason = unwritable_reason(path)
    if reason:
        raise DatabasePermissionError(f"{reason}, and Tradewatch has to write it. {_give_access(Path(path))}")


def connect(path: Path | str, read_only: bool = False, wait_seconds: float = 120.0) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, waiting (with jittered backoff) while another process holds its write lock.

    DuckDB allows one writing process per file; two DAG runs at once or a CLI query during a load
    would otherwise fail at once with a lock error.
    """
    import duckdb

    path = Path(path)
    if not read_only:
        # (a read-only file was found only at the load's first write, a read-only folder only at its commit, when
        # DuckDB makes the .wal: hostile probe 34 F14)
        if str(path) != ":memory:":
            check_writable(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        from tradewatch.settings import first_run_hint

        raise FileNotFoundError(f"no DuckDB file at {path}: run {first_run_hint()} first")
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
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                clear = unusable_error(path, exc, read_only)
                if clear is None:
                    raise
                raise clear from exc
            holder = lock_holder(exc, read_only)
            if time.monotonic() > deadline:
                rule = ("DuckDB lets no process read a file another is writing: let that one finish" if read_only else
                        "DuckDB lets no process write a file another has open, even read-only: close that connection "
                        "(or let it finish)")
                raise DatabaseLocked(f"{path} is still open in another process after {wait_seconds:.0f} s ({holder}). "
                                     f"{rule}, then run this again.") from exc
            if not told and time.monotonic() - started >= WAIT_NOTICE_SECONDS:
                # (probe 8: `tradewatch status` sat silent for up to two minutes behind a load)
                told = True
                log.warning(f"waiting for {path}: another process has it open ({holder}); giving up after "
                            f"{wait_seconds:.0f} s", extra={"kv": {"file": str(path), "holder": holder}})
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
    `lock_only`, only that: a damaged or unreadable file is raised, not taken for a lock, hostile probe 34 F6).
    `unavailable`: what is logged then, with the error and `log_fields`."""
    import duckdb

    if not Path(path).exists():
        yield None
        return
    try:
        con = connect(path, read_only=True, wait_seconds=wait_seconds)
    except (duckdb.Error, DatabaseUnavailable) as exc:
        if lock_only and not isinstance(exc, DatabaseLocked):
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
