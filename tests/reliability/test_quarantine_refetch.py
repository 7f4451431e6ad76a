"""An article quarantined by validation is fetched whole again by the next run, not taken as "unchanged" for ever."""

from __future__ import annotations

import re

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site, workspace  # noqa: F401
from tests.support.hostile_server import HostileServer, Reply

LATER = "2026-02-02T06:00:00+00:00"


def test_a_quarantined_article_keeps_no_validators_and_is_fetched_again(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        pages = serve_site(srv, seed=11, indices=[1, 2])
        # article 2 claims to be published in 2062: validation quarantines it (a date in the future)
        future = re.sub(rb'published_time" content="[^"]+"', b'published_time" content="2062-01-01T00:00:00+00:00"', pages[2])
        srv.route(syn.article_path(2), Reply(200, future, etag=syn.etag(future)))
        workspace.add_source("fut", srv.url("/feed.xml"))
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
