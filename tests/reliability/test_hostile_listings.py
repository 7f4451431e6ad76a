"""A hostile listing or its links cost a source bounded time, memory and rows: its budget holds, robots.txt
included; junk links are counted, not stored one row each; only the links a source needs are read."""

from __future__ import annotations

import time

import pytest

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site
from tests.support.hostile_server import HostileServer, Reply, dripping


def _crawl(workspace: Workspace, source_id: str) -> dict:
    from tradewatch import pipeline
    from tradewatch.settings import get_settings

    return pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources,
                                 settings=get_settings())


def _staged_run(source_id: str) -> dict:
    from tradewatch import pipeline

    rows = pipeline.read_staged(LOGICAL_DATE, "crawl", "source_runs").to_pylist()
    return next(r for r in rows if r["source_id"] == source_id)


def test_the_source_budget_bounds_robots_txt_of_new_hosts(workspace: Workspace, servers: list[HostileServer],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed linking to eight hosts whose robots.txt dribbles: each robots.txt was fetched before the budget was
    checked, so the source ran 28 times over its budget. Now the budget is checked first and bounds robots.txt."""
    monkeypatch.setenv("TRADEWATCH_TIMEOUT_TOTAL", "1")
    monkeypatch.setenv("TRADEWATCH_SOURCE_BUDGET", "1")

    dribble = dripping(b"# still coming\n", 100, 0.05)
    main = HostileServer().start()
    servers.append(main)
    hosts = []
    for _ in range(8):
        host = HostileServer().start()
        servers.append(host)
        host.route("/robots.txt", Reply(200, dribble, content_length=False, content_type="text/plain"))
        hosts.append(host)
    items = "".join(f"<item><title>A{i}</title><link>{h.url('/news/a.html')}</link></item>" for i, h in enumerate(hosts))
    main.route("/feed.xml", Reply(200, f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml"))
    workspace.add_source("many_hosts", main.url("/feed.xml"))
    started = time.monotonic()
    run = _crawl(workspace, "many_hosts")
    took = time.monotonic() - started
    assert took < 4, f"a source with a 1 s budget took {took:.1f} s"
    assert sum(len(h.hits("/robots.txt")) for h in hosts) <= 2
    assert run["status"] == "failed" and "TRADEWATCH_SOURCE_BUDGET" in run["error"] and run["skipped"] == 8, run
    assert _staged_run("many_hosts")["status"] == "failed"  # recorded, not lost with a killed task


def test_junk_links_are_counted_not_stored_one_row_each(workspace: Workspace, servers: list[HostileServer]) -> None:
    """A feed of 2,000 "javascript:" links and one data: URL of 200 KB: every link was a fetches row of every run
    (200,004 rows for 200,000 links), and the data: URL was stored whole. Now a few examples are kept, the
    rest counted in the source run, and no stored URL is longer than 2,000 characters."""
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 41, range(2))
    real = "".join(f"<item><title>A{i}</title><link>{srv.base_url}{syn.article_path(i)}</link></item>" for i in range(2))
    junk = "".join(f"<item><link>javascript:void({i})</link></item>" for i in range(2000))
    huge = f"<item><link>data:text/html,{'A' * 200_000}</link></item>"
    srv.route("/feed.xml", Reply(200, f"<rss><channel>{huge}{junk}{real}</channel></rss>".encode(),
                                 content_type="application/rss+xml"))
    workspace.add_source("junk", srv.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["junk"]
    assert run["fetched"] == 2 and run["skipped"] == 2001 and run["status"] == "ok", run
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 2
    rows = query(workspace.duckdb, "select count(*), max(length(url)) from fetches")[0]
    assert rows[0] <= 10 and rows[1] <= 2000, rows
    cut = query(workspace.duckdb, "select url from fetches where url like 'data:%'")
    assert len(cut) == 1 and cut[0][0].endswith("[cut: 200015 characters]"), cut[0][0][-60:]
    error = query(workspace.duckdb, "select error from source_runs where source_id = 'junk'")[0][0]
    assert "2001 links of the listing skipped (2001 not an http(s) link)" in error, error


SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def test_a_sitemap_index_is_read_only_as_far_as_the_source_needs(workspace: Workspace,
                                                                 servers: list[HostileServer]) -> None:
    """An index of 20 sitemaps of which the first has the 3 articles wanted: all 20 were fetched and parsed
    (6.2 million links, 83 s and 1.4 GB when each held 311,000); now the reading stops with the first."""
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 43, range(3))
    index = f'<sitemapindex xmlns="{SITEMAPS}">' + "".join(
        f"<sitemap><loc>{srv.base_url}/sm{k}.xml</loc></sitemap>" for k in range(20)) + "</sitemapindex>"
    srv.route("/index.xml", Reply(200, index.encode(), content_type="application/xml"))
    first = "".join(f"<url><loc>{srv.base_url}{syn.article_path(i)}</loc></url>" for i in range(3))
    more = "".join(f"<url><loc>{srv.base_url}/l/{i}</loc></url>" for i in range(2000))
    for k in range(20):
        body = f'<urlset xmlns="{SITEMAPS}">{first if k == 0 else more}</urlset>'
        srv.route(f"/sm{k}.xml", Reply(200, body.encode(), content_type="application/xml"))
    workspace.add_source("index", srv.url("/index.xml"), kind="sitemap", max_articles=3)
    run = _crawl(workspace, "index")
    assert run["fetched"] == 3 and run["status"] == "ok", run
    assert [k for k in range(20) if srv.hits(f"/sm{k}.xml")] == [0]


def test_the_links_read_from_one_listing_are_capped_and_the_cap_is_reported(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch) -> None:
    """Links past MAX_LINKS_PER_DOCUMENT (the sitemaps protocol's 50,000; 300 here) are not read, and the source
    run says so instead of dropping them silently."""
    from tradewatch.fetch import feeds

    monkeypatch.setattr(feeds, "MAX_LINKS_PER_DOCUMENT", 300)
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 44, range(2))
    others = "".join(f"<item><link>{srv.base_url}/other/{i}</link></item>" for i in range(400))
    real = "".join(f"<item><title>A{i}</title><link>{srv.base_url}{syn.article_path(i)}</link></item>" for i in range(2))
    srv.route("/feed.xml", Reply(200, f"<rss><channel>{others}{real}</channel></rss>".encode(),
                                 content_type="application/rss+xml"))
    workspace.add_source("capped", srv.url("/feed.xml"), link_pattern=r"/news/")
    run = _crawl(workspace, "capped")
    assert "only its first 300 links read (MAX_LINKS_PER_DOCUMENT)" in (run["error"] or ""), run
    assert _staged_run("capped")["error"] == run["error"]


def test_a_gzip_compressed_sitemap_is_read_directly_and_from_a_sitemap_index(workspace: Workspace,
                                                                             servers: list[HostileServer]) -> None:
    """sitemap.xml.gz (allowed by sitemaps.org) comes as a gzip file without Content-Encoding: it was refused as
    "gzip data without a Content-Encoding header", failing a sitemap source whole, or one child of an index."""
    import gzip

    srv = HostileServer().start()
    servers.append(srv)
    for i in range(1, 4):
        srv.route(f"/news/s{i}.html", Reply(200, syn.article_html(5, i)))

    def urlset(*paths: str) -> bytes:
        return ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>{srv.url(p)}</loc></url>" for p in paths) + "</urlset>").encode()

    srv.route("/sitemap-a.xml.gz", Reply(200, gzip.compress(urlset("/news/s1.html", "/news/s2.html")),
                                         content_type="application/x-gzip"))
    srv.route("/sitemap-b.xml", Reply(200, urlset("/news/s3.html"), content_type="application/xml"))
    srv.route("/index.xml", Reply(200, ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                        + "".join(f"<sitemap><loc>{srv.url(p)}</loc></sitemap>"
                                                  for p in ("/sitemap-a.xml.gz", "/sitemap-b.xml")) + "</sitemapindex>").encode(),
                                  content_type="application/xml"))
    workspace.add_source("gz_direct", srv.url("/sitemap-a.xml.gz"), kind="sitemap")
    workspace.add_source("gz_index", srv.url("/index.xml"), kind="sitemap")
    direct = _crawl(workspace, "gz_direct")
    assert (direct["status"], direct["fetched"], direct["failed"]) == ("ok", 2, 0), direct
    index = _crawl(workspace, "gz_index")
    assert (index["status"], index["fetched"], index["failed"]) == ("ok", 3, 0), index
    # a feed likewise (hostile probe 51 F9: "not a text page: the body is gzip data without a Content-Encoding header")
    item = f"<item><link>{srv.url('/news/s1.html')}</link></item></channel>".encode()
    srv.route("/feed.xml.gz", Reply(200, gzip.compress(syn.rss_feed(srv.base_url, []).replace(b"</channel>", item)),
                                    content_type="application/x-gzip"))
    workspace.add_source("gz_feed", srv.url("/feed.xml.gz"))
    feed = _crawl(workspace, "gz_feed")
    assert (feed["status"], feed["fetched"], feed["failed"]) == ("ok", 1, 0), feed
