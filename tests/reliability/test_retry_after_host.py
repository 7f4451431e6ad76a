"""A host that answers "429 Retry-After: 3600" is not asked for its next page a pacing interval later (hostile probe 36
F3): a Retry-After past TRADEWATCH_MAX_RETRY_AFTER ends the source's requests to that host for the run, as a robots.txt
429 does, rather than spending TRADEWATCH_MAX_FAILURES_IN_A_ROW on it, one request a page."""

from __future__ import annotations

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply


def test_a_retry_after_of_an_hour_stops_the_hosts_pages_after_one_request(workspace: Workspace, servers) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, range(6)), content_type="application/rss+xml"))
    for i in range(6):
        srv.route(syn.article_path(i), Reply(429, b"slow down", headers={"Retry-After": "3600"}))
    workspace.add_source("busy", srv.url("/feed.xml"))
    crawled = run_pipeline(workspace)["crawled"]["busy"]
    asked = [r.path for r in srv.requests if r.path.startswith("/news/")]
    assert len(asked) == 1, asked
    assert (crawled["failed"], crawled["skipped"]) == (1, 5)
    errors = [e for (e,) in query(workspace.duckdb, "select error from fetches where url like '%/news/%' order by url")]
    assert sum("Retry-After of 3600 s" in e and "not asked again this run" in e for e in errors) == 5, errors
