"""Issue 8.2: a loader killed with SIGKILL mid-write leaves no partial run; the rerun loads it exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, query, stage_bulk_run, subprocess_env
from tradewatch import pipeline
from tradewatch.store.db import connect

N = 10_000
TESTS_DIR = Path(__file__).resolve().parents[1]

# The loader in a child process. With HOOK set, the transaction pauses just before COMMIT (every
# statement has run) and says so through a marker file: the parent kills it there, deterministically.
LOADER = textwrap.dedent("""
    import contextlib, os, sys, time
    from tradewatch.store import db

    marker = os.environ.get("CRASH_MARKER")
    if os.environ.get("CRASH_HOOK"):
        real = db.transaction

        @contextlib.contextmanager
        def paused(con):
            with real(con):
                yield con
                con.execute("select count(*) from articles").fetchone()
                open(marker, "w").write("in transaction, before commit")
                time.sleep(60)

        db.transaction = paused
    elif marker:
        open(marker, "w").write("started")
    from tradewatch.pipeline import load_run

    load_run(sys.argv[1], sys.argv[2])
    print("LOADED")
""")


def _start_loader(ws: Workspace, marker: Path, hook: bool) -> subprocess.Popen[str]:
    env = subprocess_env(ws) | {"CRASH_MARKER": str(marker)}
    if hook:
        env["CRASH_HOOK"] = "1"
    return subprocess.Popen(
        [sys.executable, "-c", LOADER, LOGICAL_DATE, LOGICAL_DATE],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=TESTS_DIR.parent,
    )


def _wait_for(path: Path, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"loader exited early: {proc.communicate()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("loader never reached the point to kill it")
        time.sleep(0.02)


def _assert_loaded_exactly_once(ws: Workspace) -> None:
    db = ws.duckdb
    assert query(db, "select count(*), count(distinct article_id) from articles") == [(N, N)]
    assert query(db, "select count(*), count(distinct sanction_id) from sanctions") == [(N, N)]
    assert query(db, "select count(*) from fetches where run_id = ?", [LOGICAL_DATE]) == [(N,)]
    assert query(db, "select count(*) from http_cache") == [(N,)]
    assert query(db, "select count(*) from source_runs") == [(1,)]


@pytest.fixture
def staged(workspace: Workspace) -> Workspace:
    connect(workspace.duckdb).close()  # migrated beforehand: the child's only writes are the load
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, N)
    return workspace


def test_sigkill_inside_transaction_leaves_nothing_then_rerun_loads_once(staged: Workspace, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    proc = _start_loader(staged, marker, hook=True)
    _wait_for(marker, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    # every statement had run, none was committed: the file shows no trace of the run
    for table in ("articles", "sanctions", "fetches", "http_cache", "source_runs"):
        assert query(staged.duckdb, f"select count(*) from {table}") == [(0,)], table  # noqa: S608

    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    _assert_loaded_exactly_once(staged)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)  # and once more: still no duplicate
    _assert_loaded_exactly_once(staged)


@pytest.mark.parametrize("after", [0.3, 1.2])
def test_sigkill_at_any_moment_is_all_or_nothing(staged: Workspace, tmp_path: Path, after: float) -> None:
    marker = tmp_path / "marker"
    proc = _start_loader(staged, marker, hook=False)
    _wait_for(marker, proc)
    wal = Path(str(staged.duckdb) + ".wal")
    deadline = time.monotonic() + 1.0 + after  # the child needs ~1 s to import before it writes
    while time.monotonic() < deadline and not wal.exists() and proc.poll() is None:
        time.sleep(0.005)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()

    counts = {t: query(staged.duckdb, f"select count(*) from {t}")[0][0]  # noqa: S608
              for t in ("articles", "sanctions", "fetches", "http_cache")}
    assert set(counts.values()) in ({0}, {N}), f"partial load after SIGKILL: {counts}"

    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    _assert_loaded_exactly_once(staged)


def test_load_beyond_its_memory_limit_says_what_to_do_and_writes_nothing(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = 3_000  # ~24 MB of article text in one transaction
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, n, text_bytes=8000)
    monkeypatch.setenv("TRADEWATCH_LOAD_MEMORY", "16MB")
    with pytest.raises(RuntimeError) as failure:
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    assert "TRADEWATCH_LOAD_MEMORY" in message and "Nothing was written" in message
    for table in ("articles", "sanctions", "fetches", "http_cache", "source_runs"):
        assert query(workspace.duckdb, f"select count(*) from {table}") == [(0,)], table  # noqa: S608

    monkeypatch.setenv("TRADEWATCH_LOAD_MEMORY", "512MB")  # what the message says to do
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*), count(distinct article_id) from articles") == [(n, n)]


def test_rerunning_the_load_of_a_run_already_stored_fits_the_same_memory(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # hostile probe 16: the rerun of a 100,000-article load, every row stored already, ran out of the 128 MB its first
    # load fitted in (upserts hold every conflicting row in memory; `not in` over the staged-and-stored join)
    n = 40_000
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, n, text_bytes=200)
    monkeypatch.setenv("TRADEWATCH_LOAD_MEMORY", "64MB")
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    before = query(workspace.duckdb, "select count(*) from http_cache")
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)  # the rerun: same budget
    assert query(workspace.duckdb, "select count(*), count(distinct article_id) from articles") == [(n, n)]
    assert query(workspace.duckdb, "select count(*) from sanctions") == [(n,)]
    assert query(workspace.duckdb, "select count(*) from http_cache") == before
