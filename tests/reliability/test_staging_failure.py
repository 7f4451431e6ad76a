"""A crawl whose chunk cannot be written (here: a file-size limit, as a full disk would) records the failure in its
source run, stages no part of that chunk, and the next run fetches and loads every article exactly once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site, subprocess_env
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline

TESTS_DIR = Path(__file__).resolve().parents[1]

# The crawl task in a child process whose files may not grow past LIMIT bytes (RLIMIT_FSIZE; SIGXFSZ ignored, so a
# write past it fails with EFBIG as on a full disk): the chunk of article bodies and texts cannot be written,
# a chunk holding one source-run row can.
CRAWL = textwrap.dedent("""
    import resource, signal, sys
    limit = int(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from tradewatch import pipeline
    from tradewatch.settings import get_settings
    settings = get_settings()
    ids = pipeline.list_enabled_sources(sys.argv[1], sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    summary = pipeline.crawl_source(ids[0], sys.argv[1], sys.argv[1], settings=settings)
    print("STATUS", summary["status"])
""")
LIMIT = 8 * 1024


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_chunk_that_cannot_be_staged_is_a_failed_source_run_and_the_rerun_loads_all(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    pages = serve_site(srv, seed=23, indices=range(1, 25))
    assert sum(len(p) for p in pages.values()) > 4 * LIMIT  # the chunk of their texts cannot fit
    workspace.add_source("wire", srv.url("/feed.xml"))

    child = subprocess.run(
        [sys.executable, "-c", CRAWL, LOGICAL_DATE, str(LIMIT)], env=subprocess_env(workspace),
        capture_output=True, text=True, cwd=TESTS_DIR.parent, timeout=120,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    assert "STATUS failed" in child.stdout

    runs = pipeline.read_staged(LOGICAL_DATE, "crawl", "source_runs").to_pylist()
    assert [(r["source_id"], r["status"]) for r in runs] == [("wire", "failed")]
    assert "staging failed" in runs[0]["error"] and "24 article(s)" in runs[0]["error"]
    for table in ("articles", "fetches", "sanctions", "deals"):  # none of the chunk: no article without its records
        assert pipeline.list_parts(LOGICAL_DATE, "crawl", table) == [], table

    run_pipeline(workspace)  # the same run again, without the limit
    db = workspace.duckdb
    assert query(db, "select count(*), count(distinct url) from articles") == [(24, 24)]
    assert query(db, "select status from source_runs where source_id = 'wire'") == [("ok",)]
    assert query(db, "select count(*) from sanctions") == [(24,)]
