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


def test_an_implausible_feed_date_is_no_date_for_an_undated_page(workspace: Workspace) -> None:  # noqa: F811
    # hostile probe 16: an undated page took its feed item's date (2035, 1900), and validation quarantined the article
    # and its records on every run; the feed's date is only a hint, dropped when implausible
    body = ("<html><head><title>Treasury designates Echo Shipping LLC</title></head><body><article>"
            "<h1>Treasury designates Echo Shipping LLC</h1><p>" + "The Office of Foreign Assets Control today designated "
            "Echo Shipping LLC, a Dubai-based tanker operator, for moving Iranian oil. " * 6 + "</p></article></body></html>").encode()
    with HostileServer() as srv:
        items = "".join(f"<item><title>Item {k}</title><link>{srv.base_url}/news/item-{k}.html</link>"
                        f"<pubDate>{date}</pubDate></item>"
                        for k, date in ((1, "Mon, 01 Jan 2035 00:00:00 GMT"), (2, "Mon, 01 Jan 1900 00:00:00 GMT"),
                                        (3, "Sat, 31 Jan 2026 08:00:00 GMT")))
        srv.route("/feed.xml", Reply(200, f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml"))
        for k in (1, 2, 3):
            srv.route(f"/news/item-{k}.html", Reply(200, body.replace(b"Echo", f"Echo{k}".encode())))
        workspace.add_source("odd_dates", srv.url("/feed.xml"))
        out = run_pipeline(workspace)
        assert out["validated"]["quarantined"] == 0, out["validated"]
        dates = dict(query(workspace.duckdb, "select url, published_at from articles"))
        assert len(dates) == 3
        assert dates[srv.url("/news/item-1.html")] is None and dates[srv.url("/news/item-2.html")] is None
        assert dates[srv.url("/news/item-3.html")] is not None  # a plausible hint is still taken
