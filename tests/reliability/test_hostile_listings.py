"""A hostile listing or its links cost a source bounded time, memory and rows: its budget holds, robots.txt
included; junk links are counted, not stored one row each; only the links a source needs are read."""

from __future__ import annotations

import time

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace
from tests.support.hostile_server import HostileServer, Reply


def _crawl(workspace: Workspace, source_id: str) -> dict:
    from tradewatch import pipeline
    from tradewatch.settings import get_settings

    return pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources,
                                 settings=get_settings())


def _staged_run(source_id: str) -> dict:
    from tradewatch import pipeline

    rows = pipeline.read_staged(LOGICAL_DATE, "crawl", "source_runs").to_pylist()
    return next(r for r in rows if r["source_id"] == source_id)


def test_the_source_budget_bounds_robots_txt_of_new_hosts(workspace: Workspace, servers: list[HostileServer],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed linking to eight hosts whose robots.txt dribbles: each robots.txt was fetched before the budget was
    checked, so the source ran 28 times over its budget. Now the budget is checked first and bounds robots.txt."""
    monkeypatch.setenv("TRADEWATCH_TIMEOUT_TOTAL", "1")
    monkeypatch.setenv("TRADEWATCH_SOURCE_BUDGET", "1")

    def dribble():
        for _ in range(100):
            time.sleep(0.05)
            yield b"# still coming\n"

    main = HostileServer().start()
    servers.append(main)
    hosts = []
    for _ in range(8):
        host = HostileServer().start()
        servers.append(host)
        host.route("/robots.txt", Reply(200, dribble, content_length=False, content_type="text/plain"))
        hosts.append(host)
    items = "".join(f"<item><title>A{i}</title><link>{h.url('/news/a.html')}</link></item>" for i, h in enumerate(hosts))
    main.route("/feed.xml", Reply(200, f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml"))
    workspace.add_source("many_hosts", main.url("/feed.xml"))
    started = time.monotonic()
    run = _crawl(workspace, "many_hosts")
    took = time.monotonic() - started
    assert took < 4, f"a source with a 1 s budget took {took:.1f} s"
    assert sum(len(h.hits("/robots.txt")) for h in hosts) <= 2
    assert run["status"] == "failed" and "TRADEWATCH_SOURCE_BUDGET" in run["error"] and run["skipped"] == 8, run
    assert _staged_run("many_hosts")["status"] == "failed"  # recorded, not lost with a killed task
