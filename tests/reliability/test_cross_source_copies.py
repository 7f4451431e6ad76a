"""One article reached by two sources under URLs that canonical URLs cannot tell apart (a trailing slash, an AMP
parameter, "/index.html") is stored once, with its records once — in one run and across runs (hostile probe 12: each
copy was stored with all its records, and the views counted every sanction twice)."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime

import pytest

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, snapshot
from tests.support.hostile_server import HostileServer, Reply

LATER = "2026-02-02T06:00:00+00:00"


def _feed(base: str, paths: list[str], when: datetime | None = None) -> bytes:
    items = "".join(f"<item><title>Story {k}</title><link>{base}{path}</link>"
                    f"<pubDate>{format_datetime(when or syn.published(k))}</pubDate></item>" for k, path in enumerate(paths))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed</title>'
            f"<link>{base}/</link>{items}</channel></rss>").encode()


def _counts(ws: Workspace) -> tuple[int, int, int]:
    (articles,), = query(ws.duckdb, "select count(*) from articles")
    (sanctions,), = query(ws.duckdb, "select count(*) from sanctions")
    (texts,), = query(ws.duckdb, "select count(distinct text) from articles")
    return articles, sanctions, texts


def test_one_page_under_url_variants_from_two_sources_is_stored_once(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    pages = {k: syn.article_html(36, k) for k in (1, 2, 3)}
    variants = {1: ("/n/a1", "/n/a1/"), 2: ("/n/a2/", "/n/a2/index.html"), 3: ("/n/a3.html", "/n/a3.html?outputType=amp")}
    for k, (left, right) in variants.items():
        srv.route(left, Reply(200, pages[k]))
        srv.route(right.split("?")[0], Reply(200, pages[k]))
    srv.route("/left.xml", Reply(200, _feed(srv.base_url, [v[0] for v in variants.values()]), content_type="application/rss+xml"))
    srv.route("/right.xml", Reply(200, _feed(srv.base_url, [v[1] for v in variants.values()]), content_type="application/rss+xml"))
    workspace.add_source("left", srv.url("/left.xml"))
    workspace.add_source("right", srv.url("/right.xml"))

    out = run_pipeline(workspace)

    assert out["crawled"]["left"]["fetched"] == 3 and out["crawled"]["right"]["fetched"] == 3
    articles, sanctions, texts = _counts(workspace)
    assert articles == texts == 3
    assert query(workspace.duckdb, "select distinct source_id from articles") == [("left",)]  # the first source's URL
    # every record still points to a stored article
    assert query(workspace.duckdb, "select count(*) from sanctions where article_id not in (select article_id from articles)") == [(0,)]
    assert sanctions > 0
    # the copies' fetches say why they stored nothing, and their validators point at the article kept
    # (the next run finds them unchanged)
    copied = query(workspace.duckdb, "select url, error from fetches where source_id = 'right' and url like '%/n/%'")
    assert len(copied) == 3
    assert all(error and error.startswith("same article text as ") and "/n/a" in error for _, error in copied), copied
    assert query(workspace.duckdb, "select count(*) from http_cache where article_id not in (select article_id from articles)") == [(0,)]
    (cached,), = query(workspace.duckdb, "select count(*) from http_cache h join articles a using (article_id) "
                                         "where h.url like '%/n/a%' and a.source_id = 'left'")
    assert cached == 6
    before = _counts(workspace)

    # a later run: a third source reaches the same pages under yet another variant
    srv.route("/third.xml", Reply(200, _feed(srv.base_url, ["/n/a1/index.html", "/N/A2/", "/print/a3.html"]),
                                  content_type="application/rss+xml"))
    srv.route("/n/a1/index.html", Reply(200, pages[1]))
    srv.route("/N/A2/", Reply(200, pages[2]))
    srv.route("/print/a3.html", Reply(200, pages[3]))  # a print view
    workspace.add_source("third", srv.url("/third.xml"))
    run_pipeline(workspace, LATER, LATER)
    assert _counts(workspace) == before
    notes = query(workspace.duckdb, "select count(*) from fetches where source_id = 'third' and error like 'same article text as %'")
    assert notes == [(3,)]
    assert LOGICAL_DATE < LATER


def test_a_source_run_counts_the_records_loaded_and_a_dropped_copy_as_skipped(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    """Hostile probe 23 F5: `records` was the crawl's count, with the records of a page the validation then dropped as
    another source's copy, and the copy was in `fetched` but in none of the other counts."""
    srv = HostileServer().start()
    servers.append(srv)
    pages = {k: syn.article_html(37, k) for k in (1, 2)}
    srv.route("/n/a1", Reply(200, pages[1]))
    srv.route("/copy/a1", Reply(200, pages[1]))  # the same text under the other source's own URL
    srv.route("/n/a2", Reply(200, pages[2]))
    srv.route("/left.xml", Reply(200, _feed(srv.base_url, ["/n/a1"]), content_type="application/rss+xml"))
    srv.route("/right.xml", Reply(200, _feed(srv.base_url, ["/copy/a1", "/n/a2"]), content_type="application/rss+xml"))
    workspace.add_source("left", srv.url("/left.xml"))
    workspace.add_source("right", srv.url("/right.xml"))

    out = run_pipeline(workspace)

    assert out["crawled"]["right"]["records"] > 0
    loaded = dict(query(workspace.duckdb, "select a.source_id, count(*) from articles as a join "
                                          "(select article_id from sanctions union all select article_id from deals) "
                                          "using (article_id) group by 1"))
    runs = {s: (fetched, new, skipped, records) for s, fetched, new, skipped, records in query(
        workspace.duckdb, "select source_id, fetched, new, skipped, records from source_runs")}
    assert runs["left"] == (1, 1, 0, loaded["left"])
    assert runs["right"] == (2, 1, 1, loaded["right"])  # the copy: skipped, its records not counted
    (total,), = query(workspace.duckdb, "select sum(records) from source_runs")
    assert total == sum(loaded.values())


def test_the_same_url_linked_by_two_sources_is_loaded_once_and_counted_skipped_by_the_second(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    """Hostile probe 25 F5: both sources' listings link the very same URL. The second source's copy (the same article
    id) was dropped by the validation but counted nowhere (`fetched 2, new 1`, nothing skipped), and its fetch rows
    vanished: `fetches` kept one row a URL, the first source's."""
    srv = HostileServer().start()
    servers.append(srv)
    pages = {k: syn.article_html(38, k) for k in (1, 2, 3)}
    for k, page in pages.items():
        srv.route(f"/n/a{k}", Reply(200, page))
    srv.route("/left.xml", Reply(200, _feed(srv.base_url, ["/n/a1", "/n/a2"]), content_type="application/rss+xml"))
    srv.route("/right.xml", Reply(200, _feed(srv.base_url, ["/n/a1", "/n/a2", "/n/a3"]),
                                  content_type="application/rss+xml"))
    workspace.add_source("left", srv.url("/left.xml"))
    workspace.add_source("right", srv.url("/right.xml"))

    out = run_pipeline(workspace)

    assert out["crawled"]["right"]["fetched"] == 3
    assert query(workspace.duckdb, "select source_id, count(*) from articles group by 1 order by 1") == [
        ("left", 2), ("right", 1)]
    runs = {s: (fetched, new, updated, unchanged, skipped, failed) for s, fetched, new, updated, unchanged, skipped,
            failed in query(workspace.duckdb, "select source_id, fetched, new, updated, unchanged, skipped, failed "
                                              "from source_runs")}
    assert runs["left"] == (2, 2, 0, 0, 0, 0)
    assert runs["right"] == (3, 1, 0, 0, 2, 0)  # the two pages the first source stored: skipped
    # every source's requests are kept, the listing's and the pages'; the second source's say why they stored nothing
    fetched = query(workspace.duckdb, "select source_id, url, error from fetches order by source_id, url")
    assert [(s, u.removeprefix(srv.base_url)) for s, u, _ in fetched] == [
        ("left", "/left.xml"), ("left", "/n/a1"), ("left", "/n/a2"),
        ("right", "/n/a1"), ("right", "/n/a2"), ("right", "/n/a3"), ("right", "/right.xml")]
    notes = {u.removeprefix(srv.base_url): e for s, u, e in fetched if s == "right"}
    assert notes["/n/a3"] is None and notes["/right.xml"] is None
    for path in ("/n/a1", "/n/a2"):
        assert notes[path] and "left" in notes[path] and "stored once" in notes[path], notes
    assert all(e is None for s, _, e in fetched if s == "left")
    (records,), = query(workspace.duckdb, "select count(*) from sanctions")
    (kept,), = query(workspace.duckdb, "select sum(records) from source_runs")
    assert records > 0 and kept == records + query(workspace.duckdb, "select count(*) from deals")[0][0]

    # a rerun of the date replaces the run's rows: the same counts, every fetch row once
    before = snapshot(workspace.duckdb)
    run_pipeline(workspace)
    assert snapshot(workspace.duckdb) == before


def test_a_run_validated_before_the_upgrade_that_added_the_copies_source_loads_after_it(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A release upgraded between a run's validate and load tasks: the staged copies file has no `source_id` (it came
    with migration 0012), and the load failed on "column not found". It loads, the copies counted for no source."""
    import pyarrow.parquet as pq

    from tradewatch import pipeline
    from tradewatch.settings import get_settings
    from tradewatch.staging import stage_path

    srv = HostileServer().start()
    servers.append(srv)
    for k in (1, 2):
        srv.route(f"/n/a{k}", Reply(200, syn.article_html(39, k)))
    srv.route("/left.xml", Reply(200, _feed(srv.base_url, ["/n/a1"]), content_type="application/rss+xml"))
    srv.route("/right.xml", Reply(200, _feed(srv.base_url, ["/n/a1", "/n/a2"]), content_type="application/rss+xml"))
    workspace.add_source("left", srv.url("/left.xml"))
    workspace.add_source("right", srv.url("/right.xml"))
    settings = get_settings()
    for source in pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources):
        pipeline.crawl_source(source, LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources, settings=settings)
    with monkeypatch.context() as mp:  # the older release's validation: copies without their source
        mp.setitem(pipeline.COLUMNS, "copies", [c for c in pipeline.COLUMNS["copies"] if c != "source_id"])
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE, settings)
    staged = stage_path(LOGICAL_DATE, "validated", "copies", "copies.parquet")
    assert "source_id" not in pq.read_schema(str(staged)).names

    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE, settings)
    assert query(workspace.duckdb, "select source_id, count(*) from articles group by 1 order by 1") == [
        ("left", 1), ("right", 1)]


def test_a_stored_article_edited_and_published_by_two_sources_in_one_run_is_updated_once(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # "orig" stored the article; on the next run the page is corrected, and a source whose id sorts first ("mirror")
    # links the corrected text under another URL: the validation kept the first source's copy as a new article, and
    # the stored one stayed beside it with its old text and records
    srv = HostileServer().start()
    servers.append(srv)
    page = syn.article_html(36, 1)
    srv.route("/orig/a", Reply(200, page))
    srv.route("/orig.xml", Reply(200, _feed(srv.base_url, ["/orig/a"]), content_type="application/rss+xml"))
    workspace.add_source("orig", srv.url("/orig.xml"))
    run_pipeline(workspace)
    ((stored, old_text),) = query(workspace.duckdb, "select article_id, text from articles")

    corrected = re.sub(rb"\$(\d+) million", b"$999 million", page, count=1)  # a correction: a deal's amount
    srv.route("/orig/a", Reply(200, corrected))
    srv.route("/mirror/a", Reply(200, corrected))
    # (the items dated after the first run: a feed's unchanged date is trusted, and the page is not asked again)
    when = datetime.fromisoformat("2026-02-02T05:00:00+00:00")
    srv.route("/orig.xml", Reply(200, _feed(srv.base_url, ["/orig/a"], when), content_type="application/rss+xml"))
    srv.route("/mirror.xml", Reply(200, _feed(srv.base_url, ["/mirror/a"], when), content_type="application/rss+xml"))
    workspace.add_source("mirror", srv.url("/mirror.xml"))
    run_pipeline(workspace, LATER, LATER)

    ((article, source, url, text),) = query(workspace.duckdb, "select article_id, source_id, url, text from articles")
    assert (article, source, url) == (stored, "orig", srv.url("/orig/a"))
    assert text != old_text and "$999 million" in text
    assert query(workspace.duckdb, "select count(*) from sanctions where article_id <> ?", [stored]) == [(0,)]
    # each source's own counts: "orig" updated its article, "mirror" fetched a copy of it (skipped)
    runs = query(workspace.duckdb, "select source_id, fetched, new, updated, unchanged, skipped from source_runs "
                                   "where logical_date = ? order by source_id", [LATER])
    assert runs == [("mirror", 1, 0, 0, 0, 1), ("orig", 1, 0, 1, 0, 0)]


def test_a_stored_article_corrected_and_linked_by_a_second_source_counts_with_its_own_source(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # The same URL this time: "orig" stored it, and on the next run a source sorting first ("mirror") links it too, as
    # it is corrected. The validation kept the first source's copy: "mirror" was counted as updating orig's article
    # (records and all) and orig's own page as a copy, its fetch saying "stored once, as that source's article".
    srv = HostileServer().start()
    servers.append(srv)
    page = syn.article_html(36, 2)
    srv.route("/orig/a", Reply(200, page))
    srv.route("/orig.xml", Reply(200, _feed(srv.base_url, ["/orig/a"]), content_type="application/rss+xml"))
    workspace.add_source("orig", srv.url("/orig.xml"))
    run_pipeline(workspace)
    ((stored,),) = query(workspace.duckdb, "select article_id from articles")

    srv.route("/orig/a", Reply(200, re.sub(rb"\$(\d+) million", b"$999 million", page, count=1)))
    when = datetime.fromisoformat("2026-02-02T05:00:00+00:00")
    for feed in ("/orig.xml", "/mirror.xml"):
        srv.route(feed, Reply(200, _feed(srv.base_url, ["/orig/a"], when), content_type="application/rss+xml"))
    workspace.add_source("mirror", srv.url("/mirror.xml"))
    run_pipeline(workspace, LATER, LATER)

    assert query(workspace.duckdb, "select article_id, source_id from articles") == [(stored, "orig")]
    assert query(workspace.duckdb, "select value from deals") == [(999_000_000.0,)]
    runs = query(workspace.duckdb, "select source_id, fetched, new, updated, unchanged, skipped, records > 0 "
                                   "from source_runs where logical_date = ? order by source_id", [LATER])
    assert runs == [("mirror", 1, 0, 0, 0, 1, False), ("orig", 1, 0, 1, 0, 0, True)]
    notes = dict(query(workspace.duckdb, "select source_id, error from fetches where fetched_at = ? and url = ?",
                       [LATER, srv.url("/orig/a")]))
    assert notes["orig"] is None and "source orig" in notes["mirror"], notes
