"""Loads that arrive out of order or are retried keep every table consistent with the article text it keeps.

* an earlier logical date loaded after a later one (a backfill, a cleared run, two runs whose loads commit out of
  order) keeps the newer article text, the records extracted from that text and the newer validators;
* a retried run keeps the quarantine rows of articles it did not validate again;
* the same page reached from two sources in one run, its bytes differing between the two fetches (a live
  timestamp), is one article with one set of records.
"""

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

EARLIER = "2026-01-31T06:00:00+00:00"


def _records_match_their_articles(db) -> None:
    """Every stored record's evidence is in its article's stored text."""
    for table in ("sanctions", "deals"):
        stray = query(db, f"select count(*) from {table} as r join articles as a using (article_id) "  # noqa: S608
                          "where strpos(a.text, r.evidence) = 0")
        assert stray == [(0,)], f"{table} whose evidence is not in the stored article text"


def test_an_earlier_date_loaded_after_a_later_one_keeps_the_newer_text_and_its_records(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        pages = serve_site(srv, seed=21, indices=[1])
        workspace.add_source("site", srv.url("/feed.xml"))
        run_pipeline(workspace)  # the later date first
        url = srv.url(syn.article_path(1))
        text, = query(workspace.duckdb, "select text from articles where url = ?", [url])[0]
        newer = query(workspace.duckdb, "select evidence from sanctions union all select evidence from deals order by 1")
        assert newer, "the synthetic page names a sanction or a deal"
        recorded = query(workspace.duckdb, "select recorded_for, etag from http_cache where url = ?", [url])
        # the page changes; then the earlier date's run (a backfill) fetches the changed page and loads
        changed = syn.article_html(99, 1, revision=1)
        assert changed != pages[1]
        srv.route(syn.article_path(1), Reply(200, changed, etag=syn.etag(changed)))
        run_pipeline(workspace, EARLIER, EARLIER)
        assert query(workspace.duckdb, "select text from articles where url = ?", [url]) == [(text,)]
        _records_match_their_articles(workspace.duckdb)
        after = query(workspace.duckdb, "select evidence from sanctions union all select evidence from deals order by 1")
        assert after == newer
        assert query(workspace.duckdb, "select recorded_for, etag from http_cache where url = ?", [url]) == recorded


def test_a_retried_run_keeps_the_quarantine_rows_of_articles_it_did_not_validate_again(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        pages = serve_future_dated_article(srv, workspace)
        first = run_pipeline(workspace)
        assert first["validated"]["quarantined"] >= 1
        kept = query(workspace.duckdb, "select table_name, record_key, reason from quarantine order by all")
        assert kept
        # the retry cannot reach the quarantined page: its rows stay, as nothing validated that article again
        srv.route(syn.article_path(2), Reply(503))
        run_pipeline(workspace)
        assert query(workspace.duckdb, "select table_name, record_key, reason from quarantine order by all") == kept
        # a retry that validates the article again replaces its rows (here: none, the date is fixed)
        srv.route(syn.article_path(2), Reply(200, pages[2], etag=syn.etag(pages[2])))
        run_pipeline(workspace)
        assert query(workspace.duckdb, "select count(*) from quarantine") == [(0,)]
        assert query(workspace.duckdb, "select count(*) from articles") == [(2,)]


def test_one_page_from_two_sources_with_a_live_timestamp_is_one_article_with_one_set_of_records(workspace: Workspace) -> None:  # noqa: F811
    page = syn.article_html(31, 1)
    served = iter(range(1, 1000))

    def live() -> list[bytes]:  # the page says when it was served: its bytes differ on every request
        stamp = f"<p>This page was updated {10 ** next(served)} seconds ago, as of the moment it was requested.</p>"
        return [page.replace(b"</h1>", b"</h1>" + stamp.encode(), 1)]

    with HostileServer() as srv:
        for feed in ("/a.xml", "/b.xml"):
            srv.route(feed, Reply(200, syn.rss_feed(srv.base_url, [1]), content_type="application/rss+xml"))
        srv.route(syn.article_path(1), Reply(200, live))
        workspace.add_source("feed_a", srv.url("/a.xml"))
        workspace.add_source("feed_b", srv.url("/b.xml"))
        outcome = run_pipeline(workspace)
        assert len(srv.hits(syn.article_path(1))) == 2  # each source fetched its own copy
        assert query(workspace.duckdb, "select count(*), min(source_id) from articles") == [(1, "feed_a")]
        _records_match_their_articles(workspace.duckdb)
        for table in ("sanctions", "deals"):
            evidence = query(workspace.duckdb, f"select evidence, count(*) from {table} group by 1 having count(*) > 1")  # noqa: S608
            assert evidence == [], f"{table} loaded twice"
        assert outcome["validated"]["quarantined"] == 0


def test_a_listing_that_links_to_itself_its_pages_and_the_home_page_is_not_an_article(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        serve_site(srv, seed=41, indices=[1, 2])
        teasers = "".join(f'<p>{syn.article_html(41, i).decode().split("<p>")[1]}' for i in (1, 2))  # the articles' lead paragraphs
        links = [syn.article_path(1), syn.article_path(2), "/news/", "/news/?page=2", "/news", "/"]
        listing = ("<html><body><h1>Latest sanctions news</h1>" + teasers
                   + "".join(f'<a class="story" href="{href}">Read more</a>' for href in links) + "</body></html>")
        srv.route("/news/", Reply(200, listing.encode()))
        srv.route("/news/?page=2", Reply(200, listing.encode()))
        srv.route("/", Reply(200, listing.encode()))
        workspace.add_source("listing", srv.url("/news/"), kind="html", link_selector="a.story")
        run = run_pipeline(workspace)["crawled"]["listing"]
        assert run["status"] == "ok" and run["fetched"] == 2 and run["failed"] == 0, run
        stored = {url for url, in query(workspace.duckdb, "select url from articles")}
        assert stored == {srv.url(syn.article_path(1)), srv.url(syn.article_path(2))}
        # each article's records once: the teasers on the listing are not read as an article of their own
        for table in ("sanctions", "deals"):
            twice = query(workspace.duckdb, f"select evidence from {table} group by 1 having count(*) > 1")  # noqa: S608
            assert twice == []
