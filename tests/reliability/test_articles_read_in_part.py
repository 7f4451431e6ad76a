"""Hostile probe 37 F6: an article whose text the record rules read in part only (past extract.MAX_TEXT_CHARS) says
so in its source run's notes, which `tradewatch status` shows; only a log line said it, and a page's records past the
cut were missing unseen."""

from __future__ import annotations

from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply
from tradewatch.extract import MAX_TEXT_CHARS

_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{home}</link>{items}</channel></rss>')


def _article(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='en'><head><title>Treasury designations</title></head><body><article>"
            f"<h1>Treasury designations</h1>{body}</article></body></html>").encode()


def test_an_article_read_in_part_is_named_in_its_source_runs_notes(workspace: Workspace, servers: list[HostileServer]) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    filler = "Officials described the shipping network and its owners in detail over several pages of the report."
    long_page = _article(["The Office of Foreign Assets Control today sanctioned Amur Shipping LLC for carrying oil."]
                         + [f"{filler} Paragraph {i}." for i in range(MAX_TEXT_CHARS // 100 + 200)]
                         + ["The Office of Foreign Assets Control also sanctioned Kama Tankers Ltd."])
    srv.route("/news/long", Reply(200, long_page))
    srv.route("/news/short", Reply(200, _article(["The Office of Foreign Assets Control today sanctioned Oka Trading "
                                                  "LLC for supplying drones to Russia's military."])))
    items = "".join(f"<item><title>{p}</title><link>{srv.url(p)}</link></item>" for p in ("/news/long", "/news/short"))
    srv.route("/feed.xml", Reply(200, _FEED.format(home=srv.url("/"), items=items).encode(),
                                 content_type="application/rss+xml"))
    workspace.add_source("wire", srv.url("/feed.xml"))
    result = run_pipeline(workspace, run_key="run", logical_date="2026-02-01T06:00:00+00:00")
    targets = {name for (name,) in query(workspace.duckdb, "select name from sanction_targets")}
    assert {"Amur Shipping LLC", "Oka Trading LLC"} <= targets and "Kama Tankers Ltd" not in targets
    note = result["crawled"]["wire"]["error"]
    assert "1 article(s) not read whole for records, first: text of " in note and srv.url("/news/long") in note
    assert "records looked for in its first" in note
    # the source run keeps it: `tradewatch status` shows this column
    (stored,) = query(workspace.duckdb, "select error from source_runs where source_id = 'wire'")[0]
    assert srv.url("/news/long") in stored and result["crawled"]["wire"]["status"] == "ok"
