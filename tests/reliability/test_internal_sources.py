"""TRADEWATCH_ALLOW_INTERNAL_SOURCES says what it does (hostile probe 42 F4: documented "default no", it refused nothing,
and a source on 127.0.0.1 was crawled in full with no word in its run): unset, an internal source is crawled and its
source run says so (`status`, the briefing); no refuses it, with an error naming the variable, and the other sources
go on; yes crawls it without a word (the demo's and the tests' 127.0.0.1 sites)."""

from __future__ import annotations

import pytest

from tests.support.harness import (
    NO_SUCH_HOST,
    Workspace,
    query,
    resolver_says_no_such_name,
    run_pipeline,
    serve_site,
)
from tests.support.hostile_server import HostileServer


@pytest.mark.parametrize("setting", [None, "yes"])
def test_an_internal_source_is_crawled_and_said_to_be_internal_unless_meant(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, setting: str | None) -> None:
    if setting is None:
        monkeypatch.delenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", raising=False)
    else:
        monkeypatch.setenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", setting)
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 7, range(2))
    # 2130706433 is 127.0.0.1 written as one decimal number, as a connection accepts it
    workspace.add_source("mirror", srv.url("/feed.xml").replace("127.0.0.1", "2130706433"))

    run = run_pipeline(workspace)["crawled"]["mirror"]

    assert run["status"] == "ok" and run["fetched"] == 2, run
    last_error = query(workspace.duckdb, "select last_error from v_source_health where source_id = 'mirror'")[0][0]
    if setting is None:
        assert last_error == run["error"]
        assert "the source's host is internal (it is an internal address (127.0.0.1))" in last_error, last_error
        assert "TRADEWATCH_ALLOW_INTERNAL_SOURCES is unset; set it to yes" in last_error
    else:
        assert run["error"] is None and last_error is None


def test_no_refuses_an_internal_source_and_the_other_sources_go_on(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", "no")
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 8, range(2))
    workspace.add_source("mirror", srv.url("/feed.xml"))
    workspace.add_source("octal", srv.url("/feed.xml").replace("127.0.0.1", "0177.0.0.1"))
    workspace.add_source("by_name", srv.url("/feed.xml").replace("127.0.0.1", "localhost"))
    # a source on the internet (its name resolves nowhere here: it fails on its own, after the refused ones)
    workspace.add_source("public", f"http://{NO_SUCH_HOST}/feed.xml")

    ran = run_pipeline(workspace)

    assert srv.requests == []  # not even a robots.txt
    for source_id in ("mirror", "octal", "by_name"):
        run = ran["crawled"][source_id]
        assert run["status"] == "config_error", run
        assert run["error"].startswith("refused http://") and "its host is internal (" in run["error"], run
        assert "TRADEWATCH_ALLOW_INTERNAL_SOURCES=no refuses" in run["error"] and f"{source_id}.yml" in run["error"]
    assert "(it is an internal address (127.0.0.1))" in ran["crawled"]["octal"]["error"]
    assert ran["crawled"]["public"]["status"] == "failed" and "refused" not in ran["crawled"]["public"]["error"]
    stored = dict(query(workspace.duckdb, "select source_id, status from source_runs"))
    assert stored == {"mirror": "config_error", "octal": "config_error", "by_name": "config_error", "public": "failed"}


pytestmark = pytest.mark.skipif(not resolver_says_no_such_name(),
                                reason="this resolver answers for names that do not exist (a captive DNS)")
