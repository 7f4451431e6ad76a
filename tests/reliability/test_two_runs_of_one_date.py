"""Two runs of one logical date at once refuse each other clearly (hostile probe 34 F9): their tasks wrote one staging
folder, and the second run's validation recorded a source as "the crawl did not finish: its task was killed ...",
then its load refused files "not validated", while nothing had been killed. Each task now holds a lease in the run's
folder; a task of another run of the date refuses before it touches a file, and a lease left by a run that crashed
never blocks the next."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support import synthetic as syn
from tests.support.harness import (
    LOGICAL_DATE,
    Workspace,
    assert_clears_one_run,
    query,
    run_pipeline,
    serve_site,
)
from tests.support.hostile_server import HostileServer, Reply
from tradewatch import pipeline, run_leases
from tradewatch.run_leases import AnotherRunInProgress, holding
from tradewatch.staging import stage_path

WHEN = datetime.fromisoformat(LOGICAL_DATE)
# The first run's list and crawl, in a process of their own (another `tradewatch run`, another Airflow worker)
FIRST_RUN = (
    "import sys; from tradewatch import pipeline; "
    "ids = pipeline.list_enabled_sources(sys.argv[1], sys.argv[1], None); "
    "[pipeline.crawl_source(s, sys.argv[1], sys.argv[1]) for s in ids]"
)


def _slow_site(srv: HostileServer, ws: Workspace) -> None:
    """A source of three articles, each answering after three seconds: its crawl takes ~9 s, in which the other run's
    three tasks must be refused (with ~3 s, a loaded machine could let the crawl end, and its lease go, first)."""
    serve_site(srv, seed=34, indices=[0, 1, 2])
    for i in range(3):
        body = syn.article_html(34, i)
        srv.route(syn.article_path(i), Reply(200, body, etag=syn.etag(body), delay=3.0))
    ws.add_source("syn", srv.url("/feed.xml"))


def _first_run_crawling(ws: Workspace) -> tuple[subprocess.Popen[bytes], Path]:
    env = {**os.environ, **ws.env(), "TRADEWATCH_TIMEOUT_READ": "10"}
    proc = subprocess.Popen([sys.executable, "-c", FIRST_RUN, LOGICAL_DATE], env=env)
    lease = stage_path(LOGICAL_DATE) / run_leases.LEASES / "crawl-syn.json"
    deadline = time.monotonic() + 60
    while not lease.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the first run's crawl did not start"
        time.sleep(0.05)
    return proc, lease


def test_a_second_run_of_the_date_refuses_while_the_first_is_at_work_and_the_first_loads(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    _slow_site(srv, workspace)
    first, lease = _first_run_crawling(workspace)
    try:
        staged = {p.relative_to(lease.parent.parent) for p in lease.parent.parent.rglob("*.parquet")}
        # the second run: its list task, and its validation and load (as if its crawls had been refused too)
        for task, call in (("list", lambda: pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)),
                           ("validate", lambda: pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)),
                           ("load", lambda: pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE))):
            with pytest.raises(AnotherRunInProgress) as refused:
                call()
            message = " ".join(str(refused.value).split())
            assert f"another run of {WHEN.isoformat()} is in progress: its crawl-syn task (started " in message
            assert f"pid {first.pid} on {socket.gethostname()}" in message
            assert f"This {task} task did nothing" in message and "killed" not in message
            assert_clears_one_run(message, LOGICAL_DATE, None)
        # ... and touched nothing of the first run's files
        assert {p.relative_to(lease.parent.parent) for p in lease.parent.parent.rglob("*.parquet")} >= staged
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            first.kill()
    assert not lease.exists()  # released at the end of the crawl
    # the first run goes on: its validation and load, green, with the source's three articles
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select status, fetched from source_runs") == [("ok", 3)]
    assert query(workspace.duckdb, "select count(*) from articles") == [(3,)]
    assert not list((lease.parent).glob("*.json"))


def test_a_run_killed_mid_crawl_does_not_block_the_next_run_of_its_date(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEWATCH_TIMEOUT_READ", "10")
    srv = HostileServer().start()
    servers.append(srv)
    _slow_site(srv, workspace)
    first, lease = _first_run_crawling(workspace)
    first.send_signal(signal.SIGKILL)  # (kill -9: its lease stays behind)
    first.wait(timeout=30)
    assert lease.exists()
    started = time.monotonic()
    out = run_pipeline(workspace)  # its process is gone: the lease is taken over at once, not after STALE_SECONDS
    assert time.monotonic() - started < run_leases.STALE_SECONDS
    assert out["crawled"]["syn"]["status"] == "ok"
    assert query(workspace.duckdb, "select status, fetched from source_runs") == [("ok", 3)]


def _lease_of_another_host(run_key: str, task: str, heard_seconds_ago: float) -> Path:
    folder = stage_path(run_key) / run_leases.LEASES
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{task}.json"
    path.write_text(json.dumps({
        "task": task, "token": "x", "pid": 1, "host": "worker-7.example", "started": "2026-02-01T06:00:05+00:00",
        "heartbeat": datetime.now(UTC).timestamp() - heard_seconds_ago, "airflow_run": "scheduled__2026-02-01",
    }), encoding="utf-8")
    return path


def test_a_lease_of_another_machine_counts_until_it_goes_stale(workspace: Workspace) -> None:
    # (its pid cannot be checked from here: its heartbeat says whether its task is alive)
    path = _lease_of_another_host(LOGICAL_DATE, "load", heard_seconds_ago=20)
    with pytest.raises(AnotherRunInProgress) as refused, holding(LOGICAL_DATE, WHEN, "crawl-syn"):
        pass
    message = " ".join(str(refused.value).split())
    assert "its load task (started 2026-02-01 06:00:05 UTC, pid 1 on worker-7.example, Airflow run " \
           "scheduled__2026-02-01; last heard from 20 s ago)" in message
    assert f"{path} was left by a task that died: it is taken over {run_leases.STALE_SECONDS:.0f} s after" in message
    _lease_of_another_host(LOGICAL_DATE, "load", heard_seconds_ago=run_leases.STALE_SECONDS + 1)
    with holding(LOGICAL_DATE, WHEN, "load"):  # stale: taken over
        assert json.loads(path.read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert not path.exists()


def test_crawls_of_different_sources_share_a_run_and_nothing_else_does(workspace: Workspace) -> None:
    with holding(LOGICAL_DATE, WHEN, "crawl-a"), holding(LOGICAL_DATE, WHEN, "crawl-b"):
        for task in ("crawl-a", "list", "validate", "load"):
            with pytest.raises(AnotherRunInProgress), holding(LOGICAL_DATE, WHEN, task):
                pass
        with holding("2026-02-02T06:00:00+00:00", WHEN, "load"):  # (another date: another folder)
            pass
    with holding(LOGICAL_DATE, WHEN, "validate"):
        pass
