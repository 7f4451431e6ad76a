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


CRAWLER = textwrap.dedent("""
    import os, signal, sys
    from tradewatch import pipeline, staging

    pipeline.CHUNK_ARTICLES = 2  # chunks of two articles: the second is the one cut
    real = staging.write_parquet
    written = {"sanctions": 0}

    def cut(table, run_key, *parts):
        out = real(table, run_key, *parts)
        if parts[:2] == ("crawl", "sanctions"):
            written["sanctions"] += 1
            if written["sanctions"] == 2:  # the second chunk's sanctions are down, its targets not yet
                os.kill(os.getpid(), signal.SIGKILL)
        return out

    staging.write_parquet = cut
    pipeline.crawl_source(sys.argv[1], sys.argv[2], sys.argv[2], sources_dir=sys.argv[3])
""")


def test_a_crawl_killed_between_a_chunks_tables_loads_none_of_that_chunk(workspace: Workspace, servers, tmp_path: Path) -> None:
    # hostile probe 21: a chunk written table by table, the process killed in between (SIGKILL: no clean-up runs), loaded
    # sanctions without their targets and articles without their records
    from tests.support.harness import run_pipeline, serve_site
    from tests.support.hostile_server import HostileServer

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 61, range(6))
    workspace.add_source("cut", srv.url("/feed.xml"))
    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources) == ["cut"]
    script = tmp_path / "crawl.py"
    script.write_text(CRAWLER)
    done = subprocess.run([sys.executable, str(script), "cut", LOGICAL_DATE, str(workspace.sources)],
                          env=subprocess_env(workspace), capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    db = workspace.duckdb
    assert query(db, "select count(*) from articles")[0][0] == 2  # the first chunk only
    assert query(db, "select count(*) from sanctions s where not exists "
                     "(select 1 from sanction_targets t where t.sanction_id = s.sanction_id)")[0][0] == 0
    assert query(db, "select count(*) from articles a where not exists "
                     "(select 1 from http_cache h where h.article_id = a.article_id)")[0][0] == 0
    assert query(db, "select status, error like '%did not finish%' from source_runs") == [("failed", True)]
    rerun = run_pipeline(workspace, run_key="2026-02-02T06:00:00+00:00", logical_date="2026-02-02T06:00:00+00:00")
    assert rerun["crawled"]["cut"]["status"] == "ok"  # the next run fetches the chunk's pages again
    assert query(db, "select count(*) from articles")[0][0] == 6
