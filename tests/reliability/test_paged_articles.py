"""An article split over pages, crawled over HTTP: stored once, from its first page's URL, with its pages' texts joined
in order and the targets of every page; a "next story" link is not followed, a page 2 the feed links too is not an
article of its own, and a page 2 that cannot be read leaves the article to be read again (hostile probe 30 M7)."""

from __future__ import annotations

from pathlib import Path

from tests.support.harness import Workspace, query, run_pipeline, workspace  # noqa: F401
from tests.support.hostile_server import HostileServer, Reply

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
STORY = "/news/2026/01/28/baltic-ore-traders"
NEXT_STORY = "/news/2026/01/28/tanker-crews-rescued"


def _feed(srv: HostileServer, *paths: str) -> None:
    items = "".join(f"<item><title>{path}</title><link>{srv.url(path)}</link></item>" for path in paths)
    srv.route("/feed.xml", Reply(200, f"<rss><channel>{items}</channel></rss>".encode(),
                                 content_type="application/rss+xml"))


def _serve_story(srv: HostileServer, page2: Reply | None = None) -> None:
    srv.route(STORY, Reply(200, (PAGES / "paged_1.html").read_bytes(), etag='"p1"'))
    srv.route(STORY + "?page=2", page2 or Reply(200, (PAGES / "paged_2.html").read_bytes(), etag='"p2"'))
    srv.route(STORY + "?page=3", Reply(200, (PAGES / "paged_3.html").read_bytes(), etag='"p3"'))


def test_pages_of_one_article_are_stored_as_one(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        _serve_story(srv)
        srv.route(NEXT_STORY, Reply(200, b"<html><body><p>not this story</p></body></html>"))
        _feed(srv, STORY + "?page=2", STORY)  # (the feed links page 2 too, before page 1)
        workspace.add_source("paged", srv.url("/feed.xml"))
        run = run_pipeline(workspace)["crawled"]["paged"]
        assert run["status"] == "ok", run
        assert srv.hits(NEXT_STORY) == []  # rel="next" and "Next story" name another story
        # read once, as page 2 of its article
        assert [seen.path for seen in srv.requests].count(STORY + "?page=2") == 1
        ((url, text),) = query(workspace.duckdb, "select url, text from articles")
        assert url == srv.url(STORY)
        lines = text.split("\n")
        assert lines[0] == "EU lists Baltic ore traders over sanctions evasion"
        assert [line[:20] for line in lines[1:]] == ["BRUSSELS - The Counc", "The listings include",
                                                     "The EU also sanction", "The asset freeze als"]
        targets = {name: (start, end) for name, start, end in query(workspace.duckdb, (
            "select t.name, s.start_offset, s.end_offset from sanction_targets as t join sanctions as s "
            "using (sanction_id)"))}
        assert {"Amber Gate Minerals OU", "Daugava Bulk Logistics SIA", "Narva Pellet Exports AS"} <= targets.keys()
        evidence = query(workspace.duckdb, "select evidence, start_offset, end_offset from sanctions")
        for quote, start, end in evidence:  # offsets index the joined text
            assert text[start:end] == quote
        # each page keeps its own validators, under the one article
        cache = dict(query(workspace.duckdb, "select url, article_id from http_cache"))
        assert cache.keys() == {srv.url(STORY), srv.url(STORY + "?page=2"), srv.url(STORY + "?page=3")}
        assert len(set(cache.values())) == 1


def test_path_form_page_two_in_the_feed_is_not_an_article(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        first = (PAGES / "paged_1.html").read_text(encoding="utf-8").replace(STORY + "?page=2", STORY + "/2/")
        srv.route(STORY + "/", Reply(200, first.encode()))
        second = (PAGES / "paged_2.html").read_text(encoding="utf-8").replace(STORY + "?page=3", STORY + "/3/")
        srv.route(STORY + "/2/", Reply(200, second.encode()))
        srv.route(STORY + "/3/", Reply(200, (PAGES / "paged_3.html").read_bytes()))
        _feed(srv, STORY + "/2/", STORY + "/")
        workspace.add_source("paged", srv.url("/feed.xml"))
        run_pipeline(workspace)
        ((text,),) = query(workspace.duckdb, "select text from articles")
        assert "Daugava Bulk Logistics SIA" in text and "Narva Pellet Exports AS" in text


def test_unreadable_page_two_keeps_page_one_and_is_read_again(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        _serve_story(srv, page2=Reply(404, b"not found", content_type="text/plain"))
        _feed(srv, STORY)
        workspace.add_source("paged", srv.url("/feed.xml"))
        run = run_pipeline(workspace)["crawled"]["paged"]
        assert run["status"] == "partial" and "page 2 not read" in run["error"], run
        ((text,),) = query(workspace.duckdb, "select text from articles")
        assert "Amber Gate Minerals OU" in text and "Daugava" not in text
        # no validators for page 1: the next run fetches the article whole, and reads its page 2 then
        assert query(workspace.duckdb, "select url from http_cache") == []


def test_a_correction_on_a_later_page_reaches_the_stored_article(workspace: Workspace) -> None:  # noqa: F811
    # Page 1 is unchanged (its ETag answers 304 on the rerun); page 2 is corrected: another company is named.
    with HostileServer() as srv:
        _serve_story(srv)
        _feed(srv, STORY)
        workspace.add_source("paged", srv.url("/feed.xml"))
        run_pipeline(workspace, "2026-02-01T06:00:00+00:00", "2026-02-01T06:00:00+00:00")
        corrected = (PAGES / "paged_2.html").read_bytes().replace(b"Daugava Bulk Logistics SIA", b"Riga Ore Holdings SIA")
        srv.route(STORY + "?page=2", Reply(200, corrected, etag='"p2-corrected"'))
        run = run_pipeline(workspace, "2026-02-02T06:00:00+00:00", "2026-02-02T06:00:00+00:00")["crawled"]["paged"]
        assert run["status"] == "ok", run
        assert [seen.path for seen in srv.requests].count(STORY + "?page=2") == 2  # (once a run: not asked twice)
        ((text,),) = query(workspace.duckdb, "select text from articles")
        assert "Riga Ore Holdings SIA" in text and "Daugava" not in text
        names = {name for (name,) in query(workspace.duckdb, "select name from sanction_targets")}
        assert "Riga Ore Holdings SIA" in names and "Daugava Bulk Logistics SIA" not in names
        assert query(workspace.duckdb, "select new, updated, unchanged from source_runs order by logical_date") == [
            (1, 0, 0), (0, 1, 0)]
        # a third run with nothing changed asks each page again and stores nothing new
        run_pipeline(workspace, "2026-02-03T06:00:00+00:00", "2026-02-03T06:00:00+00:00")
        assert query(workspace.duckdb, "select new, updated, unchanged from source_runs order by logical_date")[2] == (
            0, 0, 1)
