"""Later runs over pages already stored: an RSS item edited under the same pubDate is checked again once
TRADEWATCH_REVALIDATE_DAYS have passed (before, the pubDate alone said "unchanged" for as long as the item stayed in
the feed), and an article whose slug was renamed since an earlier run is kept once, under its first URL (before, it
was stored again and every record of it counted twice)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import pytest

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site
from tests.support.hostile_server import HostileServer, Reply


def _day(days: int) -> str:
    return (datetime.fromisoformat(LOGICAL_DATE) + timedelta(days=days)).isoformat()


def _run(ws: Workspace, days: int) -> dict:
    return run_pipeline(ws, _day(days), _day(days))


def _site(ws: Workspace, servers: list[HostileServer], seed: int, indices: list[int]) -> tuple[HostileServer, dict[int, bytes]]:
    """A synthetic site of these articles, the source "wire" reading its feed; the server and its pages."""
    srv = HostileServer().start()
    servers.append(srv)
    pages = serve_site(srv, seed=seed, indices=indices)
    ws.add_source("wire", srv.url("/feed.xml"))
    return srv, pages


def test_an_rss_item_edited_under_the_same_pubdate_is_checked_again_after_the_revalidation_days(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv, _pages = _site(workspace, servers, 31, [1])
    path = syn.article_path(1)
    run_pipeline(workspace)
    assert len(srv.hits(path)) == 1

    edited = syn.article_html(31, 1, revision=1)  # the page is corrected; the feed item keeps its pubDate
    srv.route(path, Reply(200, edited, etag=syn.etag(edited)))
    out = _run(workspace, 1)  # within the 7 days: the feed's date is trusted, no request
    assert len(srv.hits(path)) == 1 and out["crawled"]["wire"]["unchanged"] == 1
    out = _run(workspace, 8)  # past them: a conditional GET, which finds the correction
    assert len(srv.hits(path)) == 2
    assert out["crawled"]["wire"]["fetched"] == 1 and out["crawled"]["wire"]["unchanged"] == 0
    assert query(workspace.duckdb, "select sha256 from articles") == [(hashlib.sha256(edited).hexdigest(),)]


def test_a_page_found_unchanged_by_a_conditional_get_is_not_asked_again_for_the_revalidation_days(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv, _pages = _site(workspace, servers, 32, [1])
    path = syn.article_path(1)
    run_pipeline(workspace)
    _run(workspace, 8)  # checked: 304
    hits = srv.hits(path)
    assert len(hits) == 2 and hits[-1].headers.get("if-none-match") == syn.etag(syn.article_html(32, 1))
    for days in (9, 14):  # the check on day 8 counts: the next is due on day 16
        assert _run(workspace, days)["crawled"]["wire"]["unchanged"] == 1
    assert len(srv.hits(path)) == 2
    _run(workspace, 16)
    assert len(srv.hits(path)) == 3
    assert query(workspace.duckdb, "select count(*), max(last_seen_at) = ?::timestamptz from articles",
                 [_day(16)]) == [(1, True)]


def _renamed_feed(base_url: str, renamed: str) -> bytes:
    return syn.rss_feed(base_url, [1, 2]).replace(syn.article_path(1).encode(), renamed.encode())


def test_an_article_renamed_after_an_earlier_run_is_kept_once_under_its_first_url(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv, pages = _site(workspace, servers, 33, [1, 2])
    run_pipeline(workspace)
    tables = ("articles", "sanctions", "sanction_targets", "deals", "deal_parties")
    before = {t: query(workspace.duckdb, f"select count(*) from {t}")[0][0] for t in tables}
    assert before["articles"] == 2 and before["sanction_targets"] > 0

    # the next day the feed links article 1 under a new slug; the page is the same article (its markup differs)
    renamed = "/news/2026/01/renamed-story.html"
    moved = pages[1].replace(b"<footer>", b"<!-- served by the new CMS --><footer>")
    srv.route("/feed.xml", Reply(200, _renamed_feed(srv.base_url, renamed), content_type="application/rss+xml"))
    srv.route(renamed, Reply(200, moved, etag=syn.etag(moved)))
    out = _run(workspace, 1)
    assert len(srv.hits(renamed)) == 1
    assert {t: query(workspace.duckdb, f"select count(*) from {t}")[0][0] for t in tables} == before
    first_url = srv.url(syn.article_path(1))
    (note,) = query(workspace.duckdb, "select error from fetches where url = ?", [srv.url(renamed)])
    assert note[0] == f"same article text as {first_url}, stored on an earlier run: kept under that URL"
    assert query(workspace.duckdb, "select last_seen_at = ?::timestamptz from articles where url = ?",
                 [_day(1), first_url]) == [(True,)]
    assert out["crawled"]["wire"]["failed"] == 0
    assert out["crawled"]["wire"]["skipped"] == 1  # the copy is counted (hostile probe 24, F5)

    _run(workspace, 2)  # the renamed URL is known now: no request, still one copy
    assert len(srv.hits(renamed)) == 1
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 2


def test_a_renamed_page_whose_text_changed_is_a_new_article(workspace: Workspace, servers: list[HostileServer]) -> None:
    srv, _pages = _site(workspace, servers, 34, [1, 2])
    run_pipeline(workspace)
    renamed = "/news/2026/01/renamed-story.html"
    other = syn.article_html(34, 1, revision=1)
    srv.route("/feed.xml", Reply(200, _renamed_feed(srv.base_url, renamed), content_type="application/rss+xml"))
    srv.route(renamed, Reply(200, other, etag=syn.etag(other)))
    _run(workspace, 1)
    assert query(workspace.duckdb, "select count(*) from articles where url = ?", [srv.url(renamed)]) == [(1,)]


_COUNTS = ("select (select count(*) from articles), (select count(*) from sanctions), "
           "(select count(*) from sanction_targets), (select count(*) from deals)")


def _move_article_one(srv: HostileServer, body: bytes) -> str:
    """The feed links article 1 under a new slug, served with `body`; the new path."""
    renamed = "/news/2026/01/moved-story.html"
    srv.route("/feed.xml", Reply(200, _renamed_feed(srv.base_url, renamed), content_type="application/rss+xml"))
    srv.route(renamed, Reply(200, body, etag=syn.etag(body)))
    return renamed


def test_a_moved_page_edited_later_updates_its_article_instead_of_adding_one(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv, pages = _site(workspace, servers, 35, [1, 2])
    run_pipeline(workspace)
    before = query(workspace.duckdb, _COUNTS)
    renamed = _move_article_one(srv, pages[1])
    _run(workspace, 1)  # the same text under the new URL: kept as the stored article
    assert query(workspace.duckdb, _COUNTS) == before

    edited = syn.article_html(35, 1, revision=1)  # then the moved page is corrected (hostile probe 24, F2)
    srv.route(renamed, Reply(200, edited, etag=syn.etag(edited)))
    _run(workspace, 9)  # past the revalidation days: a conditional GET finds the edit
    assert query(workspace.duckdb, _COUNTS)[0][0] == 2, "the edit is an update of the stored article, not a third one"
    (row,) = query(workspace.duckdb, "select url, sha256 from articles where sha256 = ?", [hashlib.sha256(edited).hexdigest()])
    assert row[0] == srv.url(renamed)
    per_article = query(workspace.duckdb, "select article_id, count(*) from sanctions group by 1 having count(*) > 1")
    assert per_article == [], per_article


def test_a_backfill_after_the_site_moved_its_urls_stores_no_moved_article_again(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv, pages = _site(workspace, servers, 36, [1, 2])
    run_pipeline(workspace)
    before = query(workspace.duckdb, _COUNTS)
    _move_article_one(srv, pages[1])
    _run(workspace, 1)
    assert query(workspace.duckdb, _COUNTS) == before
    _run(workspace, -1)  # a backfill of the day before: the site as it is now (hostile probe 24, F1)
    assert query(workspace.duckdb, _COUNTS) == before


def test_a_rerun_of_a_date_before_the_latest_repeats_its_conditional_gets(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv, _pages = _site(workspace, servers, 37, [1])
    path = syn.article_path(1)
    run_pipeline(workspace)
    for days in (8, 16):  # checked each time (past the revalidation days): a 304 each, new validators recorded
        assert _run(workspace, days)["crawled"]["wire"]["unchanged"] == 1
    first = query(workspace.duckdb, "select * from source_runs where logical_date = ?::timestamptz", [_day(8)])
    out = _run(workspace, 8)  # a rerun of the middle date (hostile probe 24, F3)
    assert srv.hits(path)[-1].headers.get("if-none-match") == syn.etag(syn.article_html(37, 1))
    assert out["crawled"]["wire"]["unchanged"] == 1 and out["crawled"]["wire"]["updated"] == 0, out["crawled"]
    again = query(workspace.duckdb, "select * from source_runs where logical_date = ?::timestamptz", [_day(8)])
    assert again == first


def test_a_renamed_article_is_found_among_many_stored_by_its_own_digest_only(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile probe 27 F3: each crawl read the text digest of every article seen in 90 days (105k rows, ~180 MB). The
    lookup now asks for the crawl's own texts: the rows it reads are bounded by the crawl's pages, not the warehouse,
    and the renamed page is still kept once under its first URL."""
    from tests.support.harness import stage_bulk_run
    from tradewatch import pipeline

    srv, pages = _site(workspace, servers, 36, [1, 2])
    run_pipeline(workspace)
    bulk = _day(0).replace("T06:", "T07:")
    stage_bulk_run(bulk, bulk, 3000, text_bytes=200)  # other articles stored, seen within the 90 days
    pipeline.load_run(bulk, bulk)
    before = query(workspace.duckdb, _COUNTS)
    assert before[0][0] == 3002

    read: list[int] = []
    real = pipeline._read_store

    def counted(settings, table, sql, *args, **kwargs):  # the real query, its rows counted
        rows = real(settings, table, sql, *args, **kwargs)
        if table == "articles":
            read.append(len(rows or []))
        return rows

    monkeypatch.setattr(pipeline, "_read_store", counted)
    renamed = _move_article_one(srv, pages[1].replace(b"<footer>", b"<!-- new CMS --><footer>"))
    out = _run(workspace, 1)
    assert read and max(read) <= 2, f"stored texts read: {read}"
    assert query(workspace.duckdb, _COUNTS) == before
    (note,) = query(workspace.duckdb, "select error from fetches where url = ?", [srv.url(renamed)])
    assert note[0] == f"same article text as {srv.url(syn.article_path(1))}, stored on an earlier run: kept under that URL"
    assert out["crawled"]["wire"]["skipped"] == 1 and out["crawled"]["wire"]["records"] == 0


def test_a_rerun_of_an_older_date_counts_pages_stored_as_they_are_unchanged_not_updated(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 39 F6: the rerun of an older date puts back the validators of before it, so the pages a later date
    # stored (or that were edited since) come back whole; those whose bytes are the ones stored were counted "updated"
    # (10 of them), in the source run and the run's summary, though nothing changed
    import re

    from tradewatch import pipeline

    srv, _pages = _site(workspace, servers, 38, [1])
    run_pipeline(workspace)
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [1, 2]), content_type="application/rss+xml"))
    page = syn.article_html(38, 2)
    srv.route(syn.article_path(2), Reply(200, page, etag=syn.etag(page)))
    assert _run(workspace, 1)["loaded"]["run_id"]  # article 2 stored by the later date
    edited = syn.article_html(38, 2, revision=1)  # ... and edited on the next, its feed item dated after our copy
    srv.route(syn.article_path(2), Reply(200, edited, etag=syn.etag(edited)))
    feed = re.sub(rb"<pubDate>[^<]+</pubDate>", f"<pubDate>{_rfc822(3)}</pubDate>".encode(),
                  syn.rss_feed(srv.base_url, [1, 2]), count=1)  # (item 2 is the first)
    srv.route("/feed.xml", Reply(200, feed, content_type="application/rss+xml"))
    _run(workspace, 2)
    counts = "select new, updated, unchanged from source_runs where logical_date = ?::timestamptz"
    assert query(workspace.duckdb, counts, [_day(2)]) == [(0, 1, 1)]  # (the edited page is an update)
    content = "select article_id, sha256, text, fetched_at, updated_for from articles order by article_id"
    stored = query(workspace.duckdb, content)

    out = run_pipeline(workspace)  # the rerun of the first date: both pages fetched whole, article 2 as stored
    assert out["crawled"]["wire"]["fetched"] == 2, out["crawled"]
    assert query(workspace.duckdb, "select sha256 from articles where url = ?", [srv.url(syn.article_path(2))]) == [
        (hashlib.sha256(edited).hexdigest(),)]
    assert query(workspace.duckdb, counts, [LOGICAL_DATE]) == [(1, 0, 1)]
    (row,) = pipeline.run_summary(out["loaded"]["run_id"])
    assert (row["new"], row["updated"], row["unchanged"]) == (1, 0, 1)
    assert query(workspace.duckdb, content) == stored  # (only its first sighting moves back: the backfill rule)


def _rfc822(days: int) -> str:
    return (datetime.fromisoformat(LOGICAL_DATE) + timedelta(days=days)).strftime("%a, %d %b %Y %H:%M:%S +0000")
