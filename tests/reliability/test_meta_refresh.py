"""Redirect pages: a page of a few words whose <meta http-equiv="refresh"> sends the reader on is followed as a 30x
would be (robots.txt, the internal-address guard, at most 5 hops, no loops); a page with text of its own is itself."""

from __future__ import annotations

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

FIRST, SECOND = "2026-02-01T06:00:00+00:00", "2026-02-02T06:00:00+00:00"


def _redirect_page(to: str, delay: int = 0) -> bytes:
    return (f'<html><head><meta http-equiv="Refresh" content="{delay}; URL=\'{to}\'"><title>Redirecting</title></head>'
            f'<body><p>Redirecting to <a href="{to}">the story</a>.</p></body></html>').encode()


def _feed(srv: HostileServer, paths: list[str]) -> Reply:
    items = "".join(f"<item><title>Item {k}</title><link>{srv.url(p)}</link></item>" for k, p in enumerate(paths))
    return Reply(200, f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml")


def test_a_redirect_page_is_followed_to_its_article_and_loops_and_guarded_targets_are_said(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    """Hostile probe 50 F4: a feed linking redirect pages ('Redirecting to the story') had every one a failed page ('its
    text is a few words only'), on every run, their articles never read."""
    srv = HostileServer(robots="User-agent: *\nDisallow: /news/\n").start()
    servers.append(srv)
    story = syn.article_html(51, 1)
    srv.route("/go/1", Reply(200, _redirect_page("/story/1")))
    srv.route("/story/1", Reply(200, story))
    srv.route("/loop/a", Reply(200, _redirect_page(srv.url("/loop/b"))))
    srv.route("/loop/b", Reply(200, _redirect_page("/loop/a")))
    srv.route("/private", Reply(200, _redirect_page("/news/secret")))
    srv.route("/later", Reply(200, _redirect_page("/story/1", delay=300)))  # a delayed refresh sends no one on
    srv.route("/expired", Reply(200, _redirect_page("/feed.xml")))  # back to the feed: no article made of its XML
    srv.route("/feed.xml", _feed(srv, ["/go/1", "/loop/a", "/private", "/later", "/expired"]))
    workspace.add_source("redir", srv.url("/feed.xml"))
    run = run_pipeline(workspace, FIRST, FIRST)["crawled"]["redir"]
    assert query(workspace.duckdb, "select url from articles") == [(srv.url("/story/1"),)]
    errors = dict(query(workspace.duckdb, "select url, error from fetches where error is not null"))
    assert errors[srv.url("/loop/a")].startswith(f"meta refresh loop: {srv.url('/loop/a')} -> {srv.url('/loop/b')} -> ")
    assert "robots.txt" in errors[srv.url("/private")] and not srv.hits("/news/secret")
    assert "a few words only" in errors[srv.url("/later")]
    assert "not an article page" in errors[srv.url("/expired")]
    assert run["failed"] == 4 and len(srv.hits("/loop/a")) == 1 and len(srv.hits("/loop/b")) == 1, run

    again = run_pipeline(workspace, SECOND, SECOND)["crawled"]["redir"]
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 1
    assert again["failed"] == 4 and again["fetched"] == 5, again
    assert query(workspace.duckdb, "select new, updated, unchanged from source_runs where run_id = ?", [SECOND]) == [(0, 0, 1)]


def test_a_page_with_text_of_its_own_that_reloads_itself_or_links_on_is_read_as_itself(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    live = syn.article_html(52, 1).replace(b"<head>", b'<head><meta http-equiv="refresh" content="0; url=/other">', 1)
    srv.route("/live", Reply(200, live))
    srv.route("/feed.xml", _feed(srv, ["/live"]))
    workspace.add_source("live", srv.url("/feed.xml"))
    run = run_pipeline(workspace, FIRST, FIRST)["crawled"]["live"]
    assert run["status"] == "ok" and not srv.hits("/other"), run
    assert query(workspace.duckdb, "select url from articles") == [(srv.url("/live"),)]


def test_a_listing_that_is_a_redirect_page_says_where_it_moved(workspace: Workspace, servers: list[HostileServer]) -> None:
    """A site that moved its feed and left a redirect page: 'no article links found (check the selector or feed)' did
    not say where it went; the registry's url is to be fixed, not followed without a word."""
    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/feed.xml", Reply(200, _redirect_page("/rss/news.xml")))
    workspace.add_source("moved", srv.url("/feed.xml"))
    run = run_pipeline(workspace, FIRST, FIRST)["crawled"]["moved"]
    assert run["status"] == "failed" and f"meta refresh to {srv.url('/rss/news.xml')}" in run["error"], run
    assert "moved.yml" in run["error"] and not srv.hits("/rss/news.xml")
