"""Which of a listing's links are articles, and which of them a run takes (hostile probe 12): articles named by their
query ("/?p=101", "/news.php?id=5") were dropped as "the listing itself" or "the home page" with the run reported ok;
a sitemap written oldest first gave every run the same first `max_articles` known links, so later articles were never
fetched."""

from __future__ import annotations

import time
from email.utils import format_datetime

import pytest

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply


def _wordpress_feed(base: str, posts: list[int]) -> bytes:
    items = "".join(f"<item><title>Post {p}</title><link>{base}/?p={p}</link>"
                    f"<pubDate>{format_datetime(syn.published(p))}</pubDate></item>" for p in posts)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Blog</title>'
            f"<link>{base}/</link>{items}</channel></rss>").encode()


def test_articles_named_by_their_query_are_fetched_and_paging_links_are_not(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    # a WordPress site with plain permalinks: its feed and its posts on the site's root path
    srv.route("/?feed=rss2", Reply(200, _wordpress_feed(srv.base_url, [101, 102]), content_type="application/rss+xml"))
    for p in (101, 102):
        srv.route(f"/?p={p}", Reply(200, syn.article_html(31, p)))
    # a PHP listing whose stories are the listing's own script with an id, and a link to its second page
    stories = "".join(f'<li><a class="story" href="/news.php?id={i}">Story {i}</a></li>' for i in (1, 2, 3))
    listing = (f'<html><body><ul>{stories}</ul><a class="story" href="/news.php?page=2">Older</a>'
               f'<a class="story" href="/">Home</a></body></html>').encode()
    srv.route("/news.php", Reply(200, listing))
    for i in (1, 2, 3):
        srv.route(f"/news.php?id={i}", Reply(200, syn.article_html(32, i)))
    workspace.add_source("blog", srv.url("/?feed=rss2"))
    workspace.add_source("php", srv.url("/news.php"), kind="html", link_selector="a.story")

    out = run_pipeline(workspace)

    assert {s: (c["status"], c["fetched"]) for s, c in out["crawled"].items()} == {"blog": ("ok", 2), "php": ("ok", 3)}
    fetched = {seen.path for seen in srv.requests}
    assert {"/?p=101", "/?p=102", "/news.php?id=1", "/news.php?id=2", "/news.php?id=3"} <= fetched
    assert "/news.php?page=2" not in fetched and "/" not in fetched  # another page of the listing, the home page
    assert query(workspace.duckdb, "select source_id, count(*) from articles group by 1 order by 1") == [
        ("blog", 2), ("php", 3)]


def test_a_listing_whose_links_all_lead_back_to_it_fails_saying_so(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    listing = b'<html><body><a class="x" href="/news?page=2">Next</a><a class="x" href="/">Home</a></body></html>'
    srv.route("/news", Reply(200, listing))
    workspace.add_source("loop", srv.url("/news"), kind="html", link_selector="a.x")
    crawled = run_pipeline(workspace)["crawled"]["loop"]
    assert crawled["status"] == "failed" and "lead back to the listing" in crawled["error"]


def _sitemap(base: str, indices: list[int]) -> bytes:
    urls = "".join(f"<url><loc>{base}{syn.article_path(i)}</loc></url>" for i in indices)  # oldest first
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def test_an_oldest_first_sitemap_gives_each_run_its_new_links_first(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    for i in range(1, 31):
        page = syn.article_html(33, i)
        srv.route(syn.article_path(i), Reply(200, page, etag=syn.etag(page)))
    srv.route("/sitemap.xml", Reply(200, _sitemap(srv.base_url, list(range(1, 26))), content_type="application/xml"))
    workspace.add_source("sm", srv.url("/sitemap.xml"), kind="sitemap", max_articles=10)

    days = [f"2026-02-0{d}T06:00:00+00:00" for d in (1, 2, 3)]
    assert days[0] == LOGICAL_DATE
    first = run_pipeline(workspace, days[0], days[0])["crawled"]["sm"]
    assert first["fetched"] == 10 and "15 more new links" in (first["error"] or "")
    second = run_pipeline(workspace, days[1], days[1])["crawled"]["sm"]
    assert second["fetched"] == 10 and second["unchanged"] == 0  # 11-20, not 1-10 again
    # five more articles appended at the end, as such a sitemap grows
    srv.route("/sitemap.xml", Reply(200, _sitemap(srv.base_url, list(range(1, 31))), content_type="application/xml"))
    third = run_pipeline(workspace, days[2], days[2])["crawled"]["sm"]
    assert third["fetched"] == 10 and third["unchanged"] == 0  # 21-30
    assert query(workspace.duckdb, "select count(*) from articles") == [(30,)]
    for i in range(1, 31):
        assert len(srv.hits(syn.article_path(i))) == 1, i


def _index(base: str, months: list[int], nested: int | None = None) -> bytes:
    entries = "".join(f"<sitemap><loc>{base}/sitemap-{m}.xml</loc><lastmod>2026-{1 + m // 28:02d}-{1 + m % 28:02d}</lastmod>"
                      f"</sitemap>" for m in months)  # oldest first
    if nested is not None:
        entries += f"<sitemap><loc>{base}/sitemap-index-{nested}.xml</loc></sitemap>"
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'.encode()


def test_a_sitemap_index_of_many_sitemaps_reads_the_last_modified_and_says_what_it_left(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    months = list(range(1, 26))  # 25 sitemaps, one article each, the newest last
    for m in months:
        srv.route(f"/sitemap-{m}.xml", Reply(200, _sitemap(srv.base_url, [m]), content_type="application/xml"))
        page = syn.article_html(34, m)
        srv.route(syn.article_path(m), Reply(200, page, etag=syn.etag(page)))
    srv.route("/sitemap-index-2.xml", Reply(200, _index(srv.base_url, [1]), content_type="application/xml"))
    srv.route("/sitemap_index.xml", Reply(200, _index(srv.base_url, months, nested=2), content_type="application/xml"))
    workspace.add_source("idx", srv.url("/sitemap_index.xml"), kind="sitemap", max_articles=50)

    crawled = run_pipeline(workspace)["crawled"]["idx"]

    assert crawled["fetched"] == 20
    read = {m for m in months if srv.hits(f"/sitemap-{m}.xml")}
    assert read == set(range(6, 26))  # the 20 last modified: the five oldest are left
    notes = crawled["error"] or ""
    assert "lists 26 sitemaps" in notes and "last modified" in notes


def test_an_index_inside_a_sitemap_index_is_not_followed_but_said(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/sitemap-1.xml", Reply(200, _sitemap(srv.base_url, [1]), content_type="application/xml"))
    page = syn.article_html(35, 1)
    srv.route(syn.article_path(1), Reply(200, page, etag=syn.etag(page)))
    srv.route("/sitemap-index-2.xml", Reply(200, _index(srv.base_url, [1]), content_type="application/xml"))
    srv.route("/sitemap_index.xml", Reply(200, _index(srv.base_url, [1], nested=2), content_type="application/xml"))
    workspace.add_source("idx", srv.url("/sitemap_index.xml"), kind="sitemap")
    crawled = run_pipeline(workspace)["crawled"]["idx"]
    assert crawled["fetched"] == 1 and "sitemap-index-2.xml is itself a sitemap index" in (crawled["error"] or "")


def test_a_feed_item_linking_to_another_feed_is_skipped_once_not_failed_every_run(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    page = syn.article_html(37, 1)
    srv.route(syn.article_path(1), Reply(200, page, etag=syn.etag(page)))
    other = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Comments</title></channel></rss>'
    srv.route("/comments/feed/", Reply(200, other, content_type="text/xml", etag='"c1"'))
    srv.route("/feed.xml", Reply(200, (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Story</title><link>{srv.base_url}{syn.article_path(1)}</link></item>"
        f"<item><title>Comments</title><link>{srv.base_url}/comments/feed/</link></item></channel></rss>").encode(),
        content_type="application/rss+xml"))
    workspace.add_source("blog", srv.url("/feed.xml"))
    first = run_pipeline(workspace)["crawled"]["blog"]
    assert (first["status"], first["fetched"], first["skipped"], first["failed"]) == ("ok", 2, 1, 0)
    later = "2026-02-02T06:00:00+00:00"
    second = run_pipeline(workspace, later, later)["crawled"]["blog"]
    assert (second["status"], second["failed"]) == ("ok", 0)
    assert query(workspace.duckdb, "select count(*) from articles") == [(1,)]


def test_a_json_feed_source_is_crawled(workspace: Workspace, servers: list[HostileServer]) -> None:
    import json

    srv = HostileServer().start()
    servers.append(srv)
    items = []
    for i in (1, 2):
        page = syn.article_html(38, i)
        srv.route(syn.article_path(i), Reply(200, page, etag=syn.etag(page)))
        items.append({"id": str(i), "url": srv.url(syn.article_path(i)), "title": f"Story {i}",
                      "date_published": syn.published(i).isoformat()})
    feed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": items}).encode()
    srv.route("/feed.json", Reply(200, feed, content_type="application/feed+json"))
    workspace.add_source("jsonwire", srv.url("/feed.json"))
    crawled = run_pipeline(workspace)["crawled"]["jsonwire"]
    assert (crawled["status"], crawled["fetched"]) == ("ok", 2)
    assert query(workspace.duckdb, "select count(*) from articles") == [(2,)]


def test_a_listings_other_pages_archives_tags_and_searches_are_no_articles(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 17: "/news/page/2/" was stored as an article titled "Next page" whose teasers gave a second copy of
    # an article's sanction record; archive, tag and search pages the same on a real site
    srv = HostileServer().start()
    servers.append(srv)
    others = ["/news/page/2/", "/news/archive/2026/01/", "/2026/01/", "/news/?tag=sanctions", "/news/?q=ofac&sort=date",
              "/tag/sanctions/", "/category/trade/", "/?s=ofac"]
    stories = "".join(f'<li><a href="/news/2026/01/story-{i}">Story {i}</a></li>' for i in (1, 2))
    pager = "".join(f'<a href="{path}">more</a>' for path in others)
    listing = f"<html><body><main><ul>{stories}</ul>{pager}</main></body></html>".encode()
    srv.route("/news/", Reply(200, listing))
    for path in others:
        srv.route(path, Reply(200, listing))
    for i in (1, 2):
        srv.route(f"/news/2026/01/story-{i}", Reply(200, syn.article_html(33, i)))
    workspace.add_source("pager", srv.url("/news/"), kind="html", link_selector="main a")

    out = run_pipeline(workspace)

    assert (out["crawled"]["pager"]["status"], out["crawled"]["pager"]["fetched"]) == ("ok", 2)
    fetched = {seen.path for seen in srv.requests}
    assert not fetched & set(others), fetched & set(others)
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 2


def test_a_listings_pdfs_and_images_are_skipped_unread_and_asked_again_only_conditionally(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 17: read whole (up to 10 MB each) and counted failed on every run, so the source stayed partial
    srv = HostileServer().start()
    servers.append(srv)
    stories = "".join(f'<li><a href="/news/story-{i}">Story {i}</a></li>' for i in (1, 2))
    files = '<a href="/files/report.pdf">Annual report (PDF)</a><a href="/img/chart.png">Chart</a>'
    srv.route("/news/", Reply(200, f"<html><body><main><ul>{stories}</ul>{files}</main></body></html>".encode()))
    for i in (1, 2):
        srv.route(f"/news/story-{i}", Reply(200, syn.article_html(34, i)))
    srv.route("/files/report.pdf", Reply(200, b"%PDF-1.7 " + b"0" * 300_000, content_type="application/pdf", etag='"pdf1"'))
    srv.route("/img/chart.png", Reply(200, b"\x89PNG\r\n\x1a\n" + b"0" * 50_000, content_type="image/png", etag='"png1"'))
    workspace.add_source("reports", srv.url("/news/"), kind="html", link_selector="main a")

    first = run_pipeline(workspace)["crawled"]["reports"]
    assert (first["status"], first["fetched"], first["skipped"], first["failed"]) == ("ok", 2, 2, 0), first
    errors = dict(query(workspace.duckdb, "select url, error from fetches where url like '%/files/%' or url like '%/img/%'"))
    assert all("not a text page" in e and "not read" in e for e in errors.values()), errors
    assert query(workspace.duckdb, "select count(*) from http_cache where article_id is null")[0][0] == 2

    second = run_pipeline(workspace, run_key="2026-02-02T06:00:00+00:00", logical_date="2026-02-02T06:00:00+00:00")
    assert second["crawled"]["reports"]["status"] == "ok", second["crawled"]["reports"]
    asked = [seen for seen in srv.requests if seen.path == "/files/report.pdf"]
    assert len(asked) == 2 and asked[1].headers.get("if-none-match") == '"pdf1"'
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 2


def test_a_partial_runs_error_names_a_page_that_failed_not_a_copy_stored_once(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 17: "first: same article text as ...: stored once" while the failed pages were others
    srv = HostileServer().start()
    servers.append(srv)
    paths = ["/news/story-1", "/news/story-1-print", "/news/story-2", "/news/story-3"]
    srv.route("/news/", Reply(200, ("<html><body><main>" + "".join(f'<a href="{p}">x</a>' for p in paths)
                                    + "</main></body></html>").encode()))
    srv.route("/news/story-1", Reply(200, syn.article_html(35, 1)))
    srv.route("/news/story-1-print", Reply(200, syn.article_html(35, 1)))  # the same page: a copy, stored once
    srv.route("/news/story-2", Reply(500, b"oops"))
    srv.route("/news/story-3", Reply(200, syn.article_html(35, 3)))
    workspace.add_source("copies", srv.url("/news/"), kind="html", link_selector="main a")

    run = run_pipeline(workspace)["crawled"]["copies"]

    assert run["status"] == "partial" and run["failed"] == 1, run
    assert "HTTP 500" in run["error"] and "story-2" in run["error"] and "same article text" not in run["error"], run


def _dated_sitemap(base: str, indices: list[int]) -> bytes:
    urls = "".join(f"<url><loc>{base}{syn.article_path(i)}</loc><lastmod>{syn.published(i):%Y-%m-%d}</lastmod></url>"
                   for i in indices)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def test_a_sitemap_of_50000_urls_is_read_under_the_listing_cap_not_the_page_cap(
    workspace: Workspace, servers: list[HostileServer], monkeypatch
) -> None:
    # hostile probe 25: a sitemap within the sitemaps.org limits (50,000 URLs) failed its source against the page cap
    # (TRADEWATCH_MAX_BYTES, 2 MB in these tests), and the error named no setting
    srv = HostileServer().start()
    servers.append(srv)
    sitemap = _dated_sitemap(srv.base_url, list(range(1, 50_001)))
    assert 2 * 1024 * 1024 < len(sitemap) < 50 * 1024 * 1024
    srv.route("/sitemap.xml", Reply(200, sitemap, content_type="application/xml"))
    for i in range(1, 6):
        page = syn.article_html(36, i)
        srv.route(syn.article_path(i), Reply(200, page, etag=syn.etag(page)))
    workspace.add_source("big", srv.url("/sitemap.xml"), kind="sitemap", max_articles=5)

    monkeypatch.setenv("TRADEWATCH_MAX_LISTING_BYTES", str(len(sitemap) - 1))
    day1, day2 = LOGICAL_DATE, "2026-02-02T06:00:00+00:00"
    capped = run_pipeline(workspace, day1, day1)["crawled"]["big"]
    assert capped["status"] == "failed" and "TRADEWATCH_MAX_LISTING_BYTES" in capped["error"], capped

    monkeypatch.delenv("TRADEWATCH_MAX_LISTING_BYTES")  # the default, 50 MB
    crawled = run_pipeline(workspace, day2, day2)["crawled"]["big"]
    assert crawled["status"] == "ok" and crawled["fetched"] == 5, crawled
    # every one of the 49,995 new links left is counted, not only those among the first few hundred read
    assert "49995 more new links than max_articles (5)" in crawled["error"] and "at least" not in crawled["error"]


def test_the_backlog_note_counts_every_new_link_left_and_not_the_known_ones(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 25: the note counted the new links among the first `reach` read only ("200 more" of 49,950)
    srv = HostileServer().start()
    servers.append(srv)
    for i in range(1, 1001):
        page = syn.article_html(37, i)
        srv.route(syn.article_path(i), Reply(200, page, etag=syn.etag(page)))
    srv.route("/sitemap.xml", Reply(200, _sitemap(srv.base_url, list(range(1, 1001))), content_type="application/xml"))
    workspace.add_source("sm", srv.url("/sitemap.xml"), kind="sitemap", max_articles=10)
    day1, day2 = LOGICAL_DATE, "2026-02-02T06:00:00+00:00"

    first = run_pipeline(workspace, day1, day1)["crawled"]["sm"]
    assert first["fetched"] == 10 and "990 more new links" in first["error"], first
    # written newest first now: the ten links fetched yesterday (1-10) are the last, far past what is read in full
    srv.route("/sitemap.xml", Reply(200, _sitemap(srv.base_url, list(range(1000, 0, -1))), content_type="application/xml"))
    second = run_pipeline(workspace, day2, day2)["crawled"]["sm"]
    assert second["fetched"] == 10 and second["unchanged"] == 0, second
    assert "980 more new links than max_articles (10) allows" in second["error"], second  # 1,000 - 10 known - 10 now
    assert "98 at 10 a run" in second["error"], second


def test_the_backlog_note_of_a_sitemap_index_says_at_least_when_sitemaps_were_left_unread(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    for m in (1, 2, 3):  # three sitemaps of 200 articles each
        srv.route(f"/sitemap-{m}.xml", Reply(200, _sitemap(srv.base_url, list(range(m * 1000, m * 1000 + 200))),
                                              content_type="application/xml"))
    for i in range(1000, 1010):
        page = syn.article_html(38, i)
        srv.route(syn.article_path(i), Reply(200, page, etag=syn.etag(page)))
    srv.route("/sitemap_index.xml", Reply(200, _index(srv.base_url, [1, 2, 3]), content_type="application/xml"))
    workspace.add_source("idx", srv.url("/sitemap_index.xml"), kind="sitemap", max_articles=10)

    crawled = run_pipeline(workspace)["crawled"]["idx"]

    # the first sitemap (the index's last modified) is read to its end; the two others are not fetched for a count
    assert crawled["fetched"] == 10 and len([m for m in (1, 2, 3) if srv.hits(f"/sitemap-{m}.xml")]) == 1, crawled
    assert "at least 190 more new links than max_articles (10)" in crawled["error"], crawled
    assert "2 sitemap(s) of the index, not fetched this run" in crawled["error"], crawled


def test_links_written_with_backslashes_are_read_as_browsers_read_them(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    host = srv.base_url.removeprefix("http://")
    for n in (3, 4):
        srv.route(f"/news/{n}.html", Reply(200, syn.article_html(1, n)))
    # (hostile probe 35 F4: urljoin asked for "/%5C%5C127.0.0.1:P%5Cnews%5Cd.html", a 404 on every run)
    hrefs = [f"http:\\\\{host}\\news\\3.html", f"\\\\{host}\\news\\4.html?x=a\\b"]
    listing = "<html><body><ul class='l'>" + "".join(f"<li><a href='{h}'>x</a></li>" for h in hrefs) + "</ul></body></html>"
    srv.route("/list.html", Reply(200, listing.encode()))
    workspace.add_source("slashes", srv.url("/list.html"), kind="html", link_selector="'.l a'")
    run_pipeline(workspace, LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select status, error from source_runs") == [("ok", None)]
    assert [r.path for r in srv.requests if r.path.startswith("/news/")] == ["/news/3.html", "/news/4.html?x=a%5Cb"]


def test_the_source_budget_bounds_matching_link_pattern_over_a_listings_links(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEWATCH_SOURCE_BUDGET", "2")
    srv = HostileServer().start()
    servers.append(srv)
    # 400 links of ~1,990 characters: each costs "/news/.*/.*\.html$" ~0.1 s, under the 1 s a link may take
    locs = [srv.base_url + (f"/news/{i}" + "/news/-" * 280)[:1990 - len(srv.base_url)] for i in range(400)]
    body = ("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>")
    srv.route("/sitemap.xml", Reply(200, body.encode(), content_type="application/xml"))
    workspace.add_source("slowpat", srv.url("/sitemap.xml"), kind="sitemap", link_pattern="'/news/.*/.*\\.html$'")
    started = time.monotonic()
    run_pipeline(workspace, LOGICAL_DATE, LOGICAL_DATE)
    assert time.monotonic() - started < 20  # (36 s for a 5 s budget before: hostile probe 35 F3)
    (status, error), = query(workspace.duckdb, "select status, error from source_runs")
    assert status == "failed"
    assert "link_pattern '/news/.*/.*\\\\.html$' of slowpat.yml matched none of the" in error
    assert "TRADEWATCH_SOURCE_BUDGET=2 s" in error


def test_a_feed_source_whose_url_is_the_sites_page_fails_naming_the_feed_the_page_names(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 51 F4: the source failed as "not a feed or sitemap: root element is <html>", not saying where the
    # feed was, though the page names it; beside it, a source whose feed has a PHP notice printed before it (F2) and
    # items whose guid is an id, not a URL (F1), runs ok
    srv = HostileServer().start()
    servers.append(srv)
    home = (b'<!DOCTYPE html><html><head><title>Home</title><link rel="stylesheet" href="/s.css">'
            b'<link rel="alternate" type="application/rss+xml; charset=utf-8" title="News" href="/news/rss.xml">'
            b'<link rel="alternate" type="application/atom+xml" href="/news/atom.xml"></head>'
            b'<body><p>Welcome to our news site.</p></body></html>')
    srv.route("/", Reply(200, home))
    items = "".join(f"<item><guid>post-{i}</guid></item><item><link>{srv.base_url}{syn.article_path(i)}</link></item>"
                    for i in (1, 2))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    srv.route("/blog/feed", Reply(200, b"<br />\n<b>Notice</b>: Undefined index: q in <b>/srv/wp.php</b><br />\n" + feed,
                                  content_type="application/rss+xml"))
    for i in (1, 2):
        srv.route(syn.article_path(i), Reply(200, syn.article_html(51, i)))
    workspace.add_source("homepage", srv.url("/"))
    workspace.add_source("blog", srv.url("/blog/feed"))

    crawled = run_pipeline(workspace)["crawled"]

    assert crawled["homepage"]["status"] == "failed"
    assert crawled["homepage"]["error"] == (
        f"listing {srv.url('/')}: it is a web page, not a feed; the page names its feed at {srv.url('/news/rss.xml')} "
        "(and 1 other(s)): set the url of homepage.yml to that address")
    assert (crawled["blog"]["status"], crawled["blog"]["fetched"], crawled["blog"]["failed"]) == ("ok", 2, 0)
    assert not any("post-" in seen.path for seen in srv.requests)


def test_an_html_source_whose_url_is_a_feed_or_sitemap_fails_naming_the_kind_to_set(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 51 F8: it failed as "no article links found (check the selector or feed)"
    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [1, 2]), content_type="text/html"))
    srv.route("/atom", Reply(200, b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                                  b'<link href="/a/1"/></entry></feed>', content_type="application/atom+xml"))
    srv.route("/sitemap.xml", Reply(200, _sitemap(srv.base_url, [1]), content_type="application/xml"))
    for source_id, path in (("rss", "/feed.xml"), ("atom", "/atom"), ("sitemap", "/sitemap.xml")):
        workspace.add_source(f"{source_id}_as_html", srv.url(path), kind="html", link_selector="a.story")

    crawled = run_pipeline(workspace)["crawled"]

    for source_id, path, what in (("rss", "/feed.xml", "a feed"), ("atom", "/atom", "a feed"),
                                  ("sitemap", "/sitemap.xml", "a sitemap")):
        assert crawled[f"{source_id}_as_html"]["error"] == (
            f"listing {srv.url(path)}: it is {what}, not an HTML listing page; set kind: {source_id} in "
            f"{source_id}_as_html.yml and drop its link_selector")
    assert not any(seen.path.startswith("/news/") for seen in srv.requests)
