"""Hostile probe 33 F7 and F8: an article's publication date through the crawl, the validation and the load: a feed's
date kept by a backfill (and given later to an article stored without one), and dates written otherwise than ISO."""

from __future__ import annotations

from datetime import date

from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

ARTICLE = """<!doctype html><html lang="en"><head><title>{title}</title>{meta}</head><body><article>
<h1>{title}</h1><p>On Friday, the Office of Foreign Assets Control designated {target} for shipping Russian oil above
the price cap, the Treasury said in a statement.</p><p>The designation blocks all of its property in the United
States. Officials said further measures against the shipping network were being prepared.</p></article></body></html>"""


def _page(title: str, target: str, meta: str = "") -> bytes:
    return ARTICLE.format(title=title, target=target, meta=meta).encode()


def _feed(srv: HostileServer, items: list[tuple[str, str | None]]) -> Reply:
    body = "".join(f"<item><title>{path}</title><link>{srv.url(path)}</link>"
                   + (f"<pubDate>{when}</pubDate>" if when else "") + "</item>" for path, when in items)
    return Reply(200, ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                       f"<link>{srv.url('/')}</link>{body}</channel></rss>").encode(), content_type="application/rss+xml")


def _dates(ws: Workspace) -> dict[str, tuple[date | None, date | None]]:
    """Each article's path -> (publication day, its sanction's date)."""
    rows = query(ws.duckdb, "select a.url, (a.published_at at time zone 'UTC')::date, s.date from articles as a "
                            "left join sanctions as s using (article_id)")
    return {url.rsplit("/", 1)[1]: (published, day) for url, published, day in rows}


def test_a_backfill_keeps_the_feed_date_of_a_page_published_since_its_logical_date(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    # probe 33 F7: a run for 2025-02-01, made later, dropped the feed's 3 March as "after the run's day": the article
    # kept no date, and "on Friday" none either
    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/feed.xml", _feed(srv, [("/news/a1", "Mon, 03 Mar 2025 09:00:00 GMT")]))
    srv.route("/news/a1", Reply(200, _page("Treasury designates Amur", "Amur Shipping LLC"), etag='"a1"'))
    workspace.add_source("wire", srv.url("/feed.xml"))
    run_pipeline(workspace, run_key="backfill", logical_date="2025-02-01T06:00:00+00:00")
    assert _dates(workspace) == {"a1": (date(2025, 3, 3), date(2025, 2, 28))}


def test_a_later_run_dates_an_unchanged_article_stored_without_a_date(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    # probe 33 F7: the page unchanged (same ETag, same bytes), the later run never gave the article the feed's date
    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/feed.xml", _feed(srv, [("/news/a1", None), ("/news/a2", None)]))
    srv.route("/news/a1", Reply(200, _page("Treasury designates Amur", "Amur Shipping LLC"), etag='"a1"'))
    srv.route("/news/a2", Reply(200, _page("Treasury designates Kama", "Kama Tankers Ltd"), etag='"a2"'))
    workspace.add_source("wire", srv.url("/feed.xml"))
    run_pipeline(workspace, run_key="first", logical_date="2025-03-03T06:00:00+00:00")
    assert _dates(workspace) == {"a1": (None, None), "a2": (None, None)}
    srv.route("/feed.xml", _feed(srv, [("/news/a1", "Mon, 03 Mar 2025 09:00:00 GMT"), ("/news/a2", None)]))
    second = run_pipeline(workspace, run_key="second", logical_date="2025-03-04T06:00:00+00:00")
    assert _dates(workspace) == {"a1": (date(2025, 3, 3), date(2025, 2, 28)), "a2": (None, None)}
    assert second["crawled"]["wire"]["unchanged"] == 1  # (a2: nothing to repair it with)
    # once dated, the page is judged by its validators again: a third run sends a conditional GET and keeps it
    third = run_pipeline(workspace, run_key="third", logical_date="2025-03-05T06:00:00+00:00")
    assert third["crawled"]["wire"]["unchanged"] == 2
    assert _dates(workspace)["a1"] == (date(2025, 3, 3), date(2025, 2, 28))


def test_publication_dates_written_otherwise_than_iso_are_read_and_an_unreadable_one_is_said(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    # probe 33 F8: an RFC 822 meta, a written JSON-LD date and a feed's date without a time gave no date, silently
    srv = HostileServer().start()
    servers.append(srv)
    pages = {
        "a6": '<meta property="article:published_time" content="Mon, 03 Mar 2025 10:00:00 GMT">',
        "a7": '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "March 3, 2025"}</script>',
        "a8": '<meta name="dc.date" content="03.03.2025">',
        "a9": "",  # dated by its feed's "03 Mar 2025"
        "a10": '<meta name="date" content="3rd of the month">',  # no date anyone can read: said in the run's notes
    }
    for i, (path, meta) in enumerate(pages.items()):
        srv.route(f"/news/{path}", Reply(200, _page(f"Treasury designates {i}", f"Target Number{i} LLC", meta)))
    srv.route("/feed.xml", _feed(srv, [(f"/news/{p}", "03 Mar 2025" if p == "a9" else None) for p in pages]))
    workspace.add_source("wire", srv.url("/feed.xml"))
    result = run_pipeline(workspace, run_key="run", logical_date="2025-03-04T06:00:00+00:00")
    friday = (date(2025, 3, 3), date(2025, 2, 28))
    assert _dates(workspace) == {"a6": friday, "a7": friday, "a8": friday, "a9": friday, "a10": (None, None)}
    note = result["crawled"]["wire"]["error"]
    assert "1 page(s) gave a publication date that could not be read" in note and "'3rd of the month'" in note
    assert srv.url("/news/a10") in note
