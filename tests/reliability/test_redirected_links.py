"""Links that redirect (feed proxies, short links): the article is stored once, under the URL that answered, whether
another source links it directly or several links of one listing redirect to it; a no-change rerun finds it seen."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

NEXT_DAY = "2026-02-02T06:00:00+00:00"


def _feed(srv: HostileServer, paths: list[str]) -> Reply:
    stamp = format_datetime(datetime(2026, 1, 20, 8, 0))
    items = "".join(f"<item><title>Item {k}</title><link>{srv.url(p)}</link><pubDate>{stamp}</pubDate></item>"
                    for k, p in enumerate(paths))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    return Reply(200, body.encode(), content_type="application/rss+xml")


def test_an_article_reached_by_redirects_and_directly_is_stored_once_under_its_own_url(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    body = syn.article_html(9, 6)
    article = syn.article_path(6)
    srv.route(article, Reply(200, body, etag=syn.etag(body)))
    for short in ("/r/0", "/r/1"):
        srv.route(short, Reply(302, b"", headers={"Location": article}))
    srv.route("/redir.xml", _feed(srv, ["/r/0", "/r/1"]))
    srv.route("/direct.xml", _feed(srv, [article]))
    workspace.add_source("redir", srv.url("/redir.xml"))
    workspace.add_source("direct", srv.url("/direct.xml"))

    run_pipeline(workspace)
    db = workspace.duckdb
    assert query(db, "select url from articles") == [(srv.url(article),)]
    one = query(db, "select count(*) from sanctions")[0][0]
    assert one >= 1
    assert query(db, "select count(distinct sanction_id), count(*) from sanctions") == [(one, one)]
    errors = query(db, "select url, error from fetches where source_id = 'redir' and url like '%/r/%' order by url")
    assert [u for u, _ in errors] == [srv.url("/r/0"), srv.url("/r/1")]
    # (the first redirect reached the article the other source linked directly and stored first: hostile probe 25 F5)
    assert errors[0][1] == "also linked by source direct in this run: stored once, as that source's article"
    assert f"redirected to {srv.url(article)}" in errors[1][1]
    assert query(db, "select fetched, new + updated + unchanged + skipped + failed, skipped from source_runs "
                     "where source_id = 'redir'") == [(2, 2, 2)]

    run_pipeline(workspace, NEXT_DAY, NEXT_DAY)  # nothing changed: conditional GETs, the article seen again
    assert query(db, "select count(*), max(last_seen_at) = max(first_seen_at) from articles") == [(1, False)]
    assert query(db, "select count(*) from sanctions") == [(one,)]
