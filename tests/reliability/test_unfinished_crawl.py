"""A crawl task that never finished (SIGKILL, out of memory, a lost worker) cannot record its own failure: the
validation records it as a failed source run, so `source_runs` and `tradewatch status` show it; a crawl rerun
before the validation counts instead."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, serve_site, subprocess_env
from tests.support.hostile_server import HostileServer, Reply
from tradewatch import pipeline

TESTS_DIR = Path(__file__).resolve().parents[1]

CRAWL = textwrap.dedent("""
    import sys
    from tradewatch import pipeline
    print("STARTED", flush=True)
    pipeline.crawl_source(sys.argv[1], sys.argv[2], sys.argv[2])
""")


def _crawl_killed_midway(ws: Workspace, source_id: str, server: HostileServer) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CRAWL, source_id, LOGICAL_DATE], env=subprocess_env(ws),
                            stdout=subprocess.PIPE, text=True, cwd=TESTS_DIR.parent)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "STARTED"
    # in the middle of its slow pages (0.3 s each, 2.4 s in all): once the first is asked for, not a fixed second after
    # the start, which on a loaded machine could still be in the crawl's imports
    deadline = time.monotonic() + 60
    while not any(server.hits(syn.article_path(i)) for i in range(10, 18)):
        assert proc.poll() is None and time.monotonic() < deadline, "the crawl never asked for a page"
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _slow_source(ws: Workspace, servers: list[HostileServer], seed: int) -> HostileServer:
    """The source "slow": a feed of 8 articles served 0.3 s each (2.4 s in all), by the server returned."""
    slow = HostileServer().start()
    servers.append(slow)
    slow.route("/feed.xml", Reply(200, syn.rss_feed(slow.base_url, list(range(10, 18))), content_type="application/rss+xml"))
    for i in range(10, 18):
        slow.route(syn.article_path(i), Reply(200, syn.article_html(seed, i), delay=0.3))
    ws.add_source("slow", slow.url("/feed.xml"))
    return slow


def test_a_killed_crawl_is_a_failed_source_run_and_the_others_load(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=5, indices=range(1, 4))
    workspace.add_source("good", srv.url("/feed.xml"))
    slow = _slow_source(workspace, servers, seed=5)

    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources) == ["good", "slow"]
    pipeline.crawl_source("good", LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
    _crawl_killed_midway(workspace, "slow", slow)
    summary = pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert summary["unfinished_crawls"] == ["slow"]
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)

    db = workspace.duckdb
    runs = dict(query(db, "select source_id, status from source_runs"))
    assert runs == {"good": "ok", "slow": "failed"}
    (error,) = query(db, "select error from source_runs where source_id = 'slow'")[0]
    assert "the crawl did not finish" in error and "Airflow task log" in error
    assert query(db, "select count(*) from articles where source_id = 'good'") == [(3,)]

    # the crawl retried before the validation: its own source run counts, not the failure
    pipeline.crawl_source("slow", LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
    assert pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)["unfinished_crawls"] == []
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert dict(query(db, "select source_id, status from source_runs")) == {"good": "ok", "slow": "ok"}
    assert query(db, "select count(*), count(distinct article_id) from articles") == [(11, 11)]


def test_a_killed_crawl_that_staged_chunks_counts_them_in_its_source_run(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 21: the chunks a crawl staged before it was killed are loaded, yet its source run said "fetched 0,
    # records 0" beside "new 2": counts that disagree with the articles the run loaded
    from tradewatch import staging

    _slow_source(workspace, servers, seed=6)
    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources) == ["slow"]
    script = CRAWL.replace("from tradewatch import pipeline", "from tradewatch import pipeline\npipeline.CHUNK_ARTICLES = 2")
    proc = subprocess.Popen([sys.executable, "-c", script, "slow", LOGICAL_DATE], env=subprocess_env(workspace),
                            stdout=subprocess.PIPE, text=True, cwd=TESTS_DIR.parent)
    key = pipeline._safe_key(LOGICAL_DATE)
    chunk = Path(str(staging.stage_path(key, "crawl", "articles", "slow-0000.parquet")))
    writing = Path(str(staging.stage_path(key, "crawl", pipeline._PENDING, "slow-0000.parquet")))
    deadline = time.monotonic() + 60
    while (not chunk.exists() or writing.exists()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # until the first chunk is whole (its marker removed)
    os.kill(proc.pid, signal.SIGKILL)  # its first chunk staged, the rest of its pages not
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)["unfinished_crawls"] == ["slow"]
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    db = workspace.duckdb
    ((loaded,),) = query(db, "select count(*) from articles")
    ((records,),) = query(db, "select (select count(*) from sanctions) + (select count(*) from deals)")
    assert 2 <= loaded < 8
    row = query(db, "select status, fetched, new, records, error from source_runs where source_id = 'slow'")[0]
    assert row[:4] == ("failed", loaded, loaded, records)
    assert f"the {loaded} pages it had staged are loaded" in row[4]
