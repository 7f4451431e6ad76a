"""A full disk under the validate and load tasks (hostile probe 25 F1, F2): the error says that the disk is full, which
folder, and what to do; nothing is half-staged or half-loaded, and once there is room the same tasks load everything.

A small file system needs root, so each test fills the disk at the lowest layer instead: DuckDB's own bound on its
spill files (`max_temp_directory_size`, by default the free space of the spill folder's disk: a full disk reads exactly
so), pyarrow's writer failing with ENOSPC part-way into a file, and DuckDB's commit failing as it does on a full disk.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, assert_clears_one_run, query, stage_bulk_run
from tradewatch import pipeline, staging
from tradewatch.diskspace import DiskFullError
from tradewatch.store import db

TABLES = ("articles", "sanctions", "fetches", "http_cache", "source_runs")


def _nothing_loaded(database: Path) -> None:
    for table in TABLES:
        assert query(database, f"select count(*) from {table}") == [(0,)], table  # noqa: S608


def _assert_says_disk_full(message: str, folder: Path, variable: str) -> None:
    assert "no space left on device" in message.lower()
    assert str(folder) in message and variable in message and "Free space" in message
    assert "clear" in message and "memory" not in message.replace("memory is not the problem", "")


def test_a_full_spill_disk_during_the_load_names_the_database_folder_not_memory(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = 3_000  # ~24 MB of article text: past a 32 MB budget the load spills
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, n, text_bytes=8000)
    monkeypatch.setenv("TRADEWATCH_LOAD_MEMORY", "32MB")
    real = db.connect

    def one_megabyte_left(*args: Any, **kwargs: Any) -> Any:
        con = real(*args, **kwargs)
        con.execute("set max_temp_directory_size = '1MB'")  # what DuckDB sets from the disk's free space
        return con

    monkeypatch.setattr(db, "connect", one_megabyte_left)
    with pytest.raises(DiskFullError) as failure:
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    _assert_says_disk_full(message, workspace.duckdb.resolve().parent, "TRADEWATCH_DUCKDB")
    assert "TRADEWATCH_LOAD_MEMORY" not in message and "Nothing was loaded" in message
    assert f"spill folder {workspace.duckdb.name}.tmp" in message
    assert_clears_one_run(message, LOGICAL_DATE, "load")
    _nothing_loaded(workspace.duckdb)

    monkeypatch.setattr(db, "connect", real)  # room again
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*), count(distinct article_id) from articles") == [(n, n)]


class _FullAtCommit:
    """A DuckDB connection whose disk fills as the load commits: DuckDB then invalidates the database and the file
    keeps what it held before the transaction (hostile probe 25 F1, on a 20 MB tmpfs), so the commit is rolled back
    here, and every later call fails as DuckDB's do."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self._invalid: str | None = None

    def execute(self, sql: str, *args: Any) -> Any:
        import duckdb

        if self._invalid:
            raise duckdb.FatalException(f"FATAL Error: Failed: database has been invalidated because of a previous "
                                        f"fatal error. Original error: \"{self._invalid}\"")
        if sql.strip().lower() == "commit":
            self._con.execute("rollback")
            self._invalid = (f'Failed to create checkpoint because of error: Could not write file '
                             f'"{self._path}": No space left on device')
            raise duckdb.FatalException(f"FATAL Error: {self._invalid}")
        return self._con.execute(sql, *args)

    @property
    def _path(self) -> str:
        return str(self._con.execute("select path from duckdb_databases() where database_name = current_database()")
                   .fetchone()[0])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def test_a_full_disk_at_the_loads_commit_says_so_and_loads_nothing(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, 50)
    real = db.connect
    monkeypatch.setattr(db, "connect", lambda *a, **k: _FullAtCommit(real(*a, **k)))
    with pytest.raises(DiskFullError) as failure:
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    _assert_says_disk_full(message, workspace.duckdb.resolve().parent, "TRADEWATCH_DUCKDB")
    assert "the load's commit" in message and "Nothing was loaded" in message
    assert_clears_one_run(message, LOGICAL_DATE, "load")
    assert "invalidated" not in message  # DuckDB's first error, not its later "database has been invalidated"
    _nothing_loaded(workspace.duckdb)

    monkeypatch.setattr(db, "connect", real)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*) from articles") == [(50,)]


def test_a_full_staging_disk_during_validate_names_the_folder_and_keeps_no_half(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    n = 2_500  # three crawl chunks
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, n, validated=False)
    crawled = pipeline.list_parts(LOGICAL_DATE, "crawl", "articles")
    real = pq.write_table
    written = []

    def disk_fills(table: Any, where: Any, **kwargs: Any) -> None:
        if "validated" in Path(str(where)).parts:
            written.append(where)
            if len(written) > 2:  # two of the validation's files fit; of the third, what fits, then pyarrow's error
                Path(where).write_bytes(b"PAR1" + bytes(4096))
                raise OSError(errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device")
        real(table, where, **kwargs)

    monkeypatch.setattr(pq, "write_table", disk_fills)
    with pytest.raises(DiskFullError) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    storage = workspace.data / "staging"
    _assert_says_disk_full(message, storage, "TRADEWATCH_STORAGE")
    assert "validate" in message and "Nothing of this validation was kept" in message
    assert_clears_one_run(message, LOGICAL_DATE, "validate", downstream=True)
    assert len(written) == 3
    assert not staging.stage_path(LOGICAL_DATE, "validated").exists()  # no half of it for the load; its space freed
    assert pipeline.list_parts(LOGICAL_DATE, "crawl", "articles") == crawled
    with pytest.raises(pipeline.StagingMismatch):  # refused before the database is opened
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)

    monkeypatch.setattr(pq, "write_table", real)  # room again: the task cleared and rerun
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*), count(distinct article_id) from articles") == [(n, n)]
