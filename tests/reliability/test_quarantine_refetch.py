"""An article quarantined by validation is fetched whole again by the next run, not taken as "unchanged" for ever."""

from __future__ import annotations

from tests.support import synthetic as syn
from tests.support.harness import (  # noqa: F401
    LOGICAL_DATE,
    Workspace,
    query,
    run_pipeline,
    serve_future_dated_article,
    serve_site,
    workspace,
)
from tests.support.hostile_server import HostileServer, Reply

LATER = "2026-02-02T06:00:00+00:00"


def test_a_quarantined_article_keeps_no_validators_and_is_fetched_again(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        # article 2 claims to be published in 2062: validation quarantines it (a date in the future)
        pages = serve_future_dated_article(srv, workspace)
        first = run_pipeline(workspace)
        assert first["validated"]["quarantined"] >= 1
        bad_url = srv.url(syn.article_path(2))
        assert query(workspace.duckdb, "select count(*) from http_cache where url = ?", [bad_url]) == [(0,)]
        good = query(workspace.duckdb, "select count(*) from http_cache where url = ?", [srv.url(syn.article_path(1))])
        assert good == [(1,)]
        # the site fixes the date: the next run fetches the page whole (no If-None-Match) and loads it
        srv.route(syn.article_path(2), Reply(200, pages[2], etag=syn.etag(pages[2])))
        before = len(srv.hits(syn.article_path(2)))
        second = run_pipeline(workspace, LATER, LATER)
        hits = srv.hits(syn.article_path(2))[before:]
        assert hits and "if-none-match" not in hits[-1].headers
        assert second["crawled"]["fut"]["unchanged"] == 1  # article 1 only
        loaded = query(workspace.duckdb, "select count(*) from articles where url = ?", [bad_url])
        assert loaded == [(1,)]
