"""One article whichever spelling of its URL led to it (hostile probe 35 F1, F2): a page corrected between two runs
and linked the second time under another spelling (a rotating tracking parameter, a trailing slash, the case of its
path, another host name of the site) or moved by a 301 is an update of the stored article, never a second article
beside it with the old records."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

D1 = "2026-02-01T06:00:00+00:00"
D2 = "2026-02-02T06:00:00+00:00"


def _page(edited: bool, canonical: str | None = None) -> bytes:
    body = syn.article_html(7, 5)
    if canonical is not None:
        body = body.replace(b"<head>", f'<head><link rel="canonical" href="{canonical}">'.encode())
    if edited:  # a correction: the deal's amount changes
        body = re.sub(rb"\$(\d+) million", b"$999 million", body, count=1)
    return body


def _feed(link: str, day: int) -> Reply:
    # (the item's date moves on with the correction: otherwise the run trusts the feed and fetches nothing)
    item = f"<item><title>T</title><link>{link}</link><pubDate>0{day} Feb 2026 05:00:00 GMT</pubDate></item>"
    return Reply(200, f"<rss version='2.0'><channel><title>x</title>{item}</channel></rss>".encode(),
                 content_type="application/rss+xml")


def _state(workspace: Workspace) -> tuple[list[tuple], list[tuple], list[tuple]]:
    db = workspace.duckdb
    return (query(db, "select article_id from articles"), query(db, "select article_id, value from deals order by 2"),
            query(db, "select new, updated from source_runs order by logical_date"))


def _stored_then_corrected(workspace: Workspace, srv: HostileServer, serve: Callable[[bool], None], first: str,
                           second: str) -> None:
    """The page stored on a first run, linked from the feed as `first`; corrected and linked as `second` on the next:
    one article, the correction's record in place of the old one, the source run counting it updated."""
    serve(False)
    srv.route("/feed.xml", _feed(first, 1))
    workspace.add_source("src1", srv.url("/feed.xml"))
    run_pipeline(workspace, D1, D1)
    (stored,), deals, _ = _state(workspace)
    assert [value for _, value in deals] == [248_000_000.0]

    serve(True)
    srv.route("/feed.xml", _feed(second, 2))
    run_pipeline(workspace, D2, D2)
    articles, deals, runs = _state(workspace)
    assert articles == [stored], "the corrected page is the stored article"
    assert deals == [(stored[0], 999_000_000.0)], "the correction replaced the old record"
    assert runs == [(1, 0), (0, 1)]


@pytest.mark.parametrize("first,second", [
    ("/news/a?CMP=rss1", "/news/a?CMP=rss2"),        # a campaign tag the feed rotates (the Guardian's)
    ("/news/a?WT.mc_id=rss1", "/news/a?WT.mc_id=rss2"),  # Webtrends
    ("/news/a", "/news/a/"),                          # a trailing slash
    ("/news/a", "/News/A"),                           # a server that ignores case
    ("ALIAS/news/a", "/news/a"),                      # another host name of the site (www. or not)
    ("/news/a", "/news/a"),                           # the same spelling
])
def test_a_page_corrected_and_linked_under_another_spelling_updates_its_article(
    workspace: Workspace, servers: list[HostileServer], first: str, second: str
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    alias = srv.base_url.replace("127.0.0.1", "localhost")

    def link(spelling: str) -> str:
        return alias + spelling.removeprefix("ALIAS") if spelling.startswith("ALIAS") else srv.base_url + spelling

    def serve(edited: bool) -> None:
        for path in ("/news/a", "/news/a/", "/News/A"):
            srv.route(path, Reply(200, _page(edited, canonical=srv.url("/news/a"))))

    _stored_then_corrected(workspace, srv, serve, link(first), link(second))


def test_a_canonical_link_naming_another_page_is_not_taken() -> None:
    from tradewatch.fetch.urls import same_page_canonical

    page = "https://www.example.gov/news/a/?CMP=rss&id=5"
    site = ["https://example.gov/feed.xml"]
    assert same_page_canonical(page, "https://example.gov/News/A?id=5", site) == "https://example.gov/News/A?id=5"
    assert same_page_canonical(page, "/news/a", site) == "https://www.example.gov/news/a"
    # the home page or the section (a broken template), another story, another site, another story's id: not this page
    for href in ("/", "https://example.gov/news/", "/news/b", "https://evil.example/news/a", "/news/a?id=6",
                 "javascript:x", "http://[::1"):
        assert same_page_canonical(page, href, site) is None, href


def test_a_stored_page_moved_by_a_301_with_a_correction_updates_its_article(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)

    def sitemap(lastmod: str) -> Reply:
        body = (f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{srv.url('/news/a')}</loc>"
                f"<lastmod>{lastmod}</lastmod></url></urlset>")
        return Reply(200, body.encode(), content_type="application/xml")

    srv.route("/sitemap.xml", sitemap("2026-01-01"))
    srv.route("/news/a", Reply(200, _page(edited=False)))
    workspace.add_source("moves", srv.url("/sitemap.xml"), kind="sitemap")
    run_pipeline(workspace, D1, D1)
    (stored,), _, _ = _state(workspace)

    srv.route("/sitemap.xml", sitemap("2026-02-01T12:00:00Z"))
    srv.route("/news/a", Reply(301, b"", headers={"Location": srv.url("/news/a-corrected")}))
    srv.route("/news/a-corrected", Reply(200, _page(edited=True)))
    run_pipeline(workspace, D2, D2)
    articles, deals, runs = _state(workspace)
    assert articles == [stored]
    assert deals == [(stored[0], 999_000_000.0)]
    assert runs == [(1, 0), (0, 1)]
    assert query(workspace.duckdb, "select url from articles") == [(srv.url("/news/a-corrected"),)]

    # the sitemap then names the new address, with a second correction: still the same article
    later = _page(edited=True).replace(b"$999 million", b"$777 million")
    srv.route("/sitemap.xml", Reply(200, (
        f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{srv.url('/news/a-corrected')}</loc>"
        "<lastmod>2026-02-02T12:00:00Z</lastmod></url></urlset>").encode(), content_type="application/xml"))
    srv.route("/news/a-corrected", Reply(200, later))
    run_pipeline(workspace, "2026-02-03T06:00:00+00:00", "2026-02-03T06:00:00+00:00")
    articles, deals, _ = _state(workspace)
    assert articles == [stored]
    assert deals == [(stored[0], 777_000_000.0)]


def test_an_article_stored_before_its_page_declared_a_canonical_link_keeps_its_id(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/News/A", Reply(200, _page(edited=False)))  # no canonical link yet: stored under "/News/A"
    srv.route("/feed.xml", _feed(srv.url("/News/A"), 1))
    workspace.add_source("src1", srv.url("/feed.xml"))
    run_pipeline(workspace, D1, D1)
    (stored,), _, _ = _state(workspace)

    srv.route("/News/A", Reply(200, _page(edited=True, canonical=srv.url("/news/a"))))
    srv.route("/feed.xml", _feed(srv.url("/News/A"), 2))
    run_pipeline(workspace, D2, D2)
    articles, deals, runs = _state(workspace)
    assert articles == [stored], "the URL stored before keeps its article id"
    assert deals == [(stored[0], 999_000_000.0)]
    assert runs == [(1, 0), (0, 1)]


@pytest.mark.parametrize("first,second", [
    ("http:/news/a", "https:/news/a"),    # the site moved to https (its feed's links with it)
    ("https:/news/a", "http:/news/a"),    # ... or a feed still links http
    ("http:/news/a", "http:/news/a/"),    # a trailing slash
    ("http:/news/a/", "http:/news/a"),
    ("http:/news/a", "https:/news/a/"),   # both
])
def test_a_page_without_a_canonical_link_corrected_under_another_spelling_updates_its_article(
    workspace: Workspace, servers: list[HostileServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    first: str, second: str,
) -> None:
    # (the same page under http and https, with or without a trailing slash, declaring no canonical URL: the second
    # spelling with a correction stored a second article beside the first, its old records kept)
    from tests.support.tls import make_certificate

    bundle, cert, key = make_certificate(tmp_path)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    srv = HostileServer(tls=(cert, key)).start()
    servers.append(srv)

    def link(spelling: str) -> str:
        scheme, path = spelling.split(":", 1)
        return srv.https_url(path) if scheme == "https" else srv.url(path)

    def serve(edited: bool) -> None:
        for path in ("/news/a", "/news/a/"):
            srv.route(path, Reply(200, _page(edited)))

    _stored_then_corrected(workspace, srv, serve, link(first), link(second))


def test_two_spellings_of_a_stored_page_in_one_listing_update_it_once(
    workspace: Workspace, servers: list[HostileServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.tls import make_certificate

    bundle, cert, key = make_certificate(tmp_path)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    srv = HostileServer(tls=(cert, key)).start()
    servers.append(srv)
    srv.route("/news/a", Reply(200, _page(edited=False)))
    srv.route("/feed.xml", _feed(srv.url("/news/a"), 1))
    workspace.add_source("src1", srv.url("/feed.xml"))
    run_pipeline(workspace, D1, D1)
    (stored,), _, _ = _state(workspace)

    srv.route("/news/a", Reply(200, _page(edited=True)))
    items = "".join(f"<item><title>T</title><link>{link}</link><pubDate>02 Feb 2026 05:00:00 GMT</pubDate></item>"
                    for link in (srv.https_url("/news/a"), srv.url("/news/a")))
    srv.route("/feed.xml", Reply(200, f"<rss version='2.0'><channel><title>x</title>{items}</channel></rss>".encode(),
                                 content_type="application/rss+xml"))
    run_pipeline(workspace, D2, D2)
    articles, deals, _ = _state(workspace)
    assert articles == [stored] and deals == [(stored[0], 999_000_000.0)]
    assert query(workspace.duckdb, "select new, updated, unchanged, skipped from source_runs order by logical_date") == [
        (1, 0, 0, 0), (0, 1, 0, 1)]
    errors = query(workspace.duckdb, "select error from fetches where fetched_at = ? and error is not null", [D2])
    assert len(errors) == 1 and "another spelling" in errors[0][0], errors
