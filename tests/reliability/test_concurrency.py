"""Issue 8.2: two runs loading at once, and a crawl reading the cache meanwhile, finish without a lock error."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support.harness import Workspace, query, serve_site, stage_bulk_run, subprocess_env
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline
from tradewatch.store.db import connect

RUNS = ("2026-02-01T00:00:00+00:00", "2026-02-01T06:00:00+00:00")
N = 8_000
LOADER = textwrap.dedent("""
    import json, sys, time
    from tradewatch.pipeline import load_run

    started = time.time()
    out = load_run(sys.argv[1], sys.argv[1])
    print(json.dumps({"started": started, "ended": time.time(), "articles": out["articles_loaded"]}))
""")


def test_two_loads_at_once_and_a_crawl_meanwhile(workspace: Workspace, servers: list[HostileServer]) -> None:
    import json

    connect(workspace.duckdb).close()
    for i, run in enumerate(RUNS):
        stage_bulk_run(run, run, N, source_id=f"bulk{i}", prefix=f"http://127.0.0.1:9/bulk{i}")
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 5, range(3))
    workspace.add_source("good_a", srv.url("/feed.xml"))

    procs = [
        subprocess.Popen([sys.executable, "-c", LOADER, run], env=subprocess_env(workspace), cwd=Path(__file__).parents[2],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for run in RUNS
    ]
    # meanwhile a third run crawls, which reads http_cache from the same file
    crawl = pipeline.crawl_source("good_a", "2026-02-02T00:00:00+00:00", "2026-02-02T00:00:00+00:00",
                                  sources_dir=workspace.sources)
    outputs = [p.communicate(timeout=150) for p in procs]

    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-2000:]
        assert "lock" not in err.lower(), err[-2000:]
    a, b = (json.loads(out.strip().splitlines()[-1]) for out, _ in outputs)
    assert a["articles"] == b["articles"] == N
    assert a["started"] < b["ended"] and b["started"] < a["ended"], "the two loads did not overlap"
    assert crawl["status"] == "ok" and crawl["fetched"] == 3

    assert query(workspace.duckdb, "select count(*), count(distinct article_id) from articles") == [(2 * N, 2 * N)]
    assert query(workspace.duckdb, "select run_id, count(*) from fetches group by 1 order by 1") == [(r, N) for r in RUNS]
    assert query(workspace.duckdb, "select count(*) from source_runs") == [(2,)]
