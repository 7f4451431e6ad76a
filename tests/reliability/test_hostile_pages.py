"""A page that breaks the parser costs only that page: the source's other articles still load."""

from __future__ import annotations

import pytest

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline, serve_site
from tests.support.hostile_server import HostileServer


def test_a_page_that_crashes_parsing_fails_alone(workspace: Workspace, servers: list[HostileServer],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 31, range(4))
    workspace.add_source("good_a", srv.url("/feed.xml"))

    import tradewatch.article.parse as parse_module

    real = parse_module.parse_article
    poisoned = syn.article_path(1)

    def parse(html: str, url: str | None = None, article_selector: str | None = None):
        if url and url.endswith(poisoned):
            raise RecursionError("maximum recursion depth exceeded while parsing a hostile page")
        return real(html, url, article_selector)

    monkeypatch.setattr(parse_module, "parse_article", parse)
    run = run_pipeline(workspace)["crawled"]["good_a"]
    assert run["status"] == "partial" and run["failed"] == 1, run
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 3
    errors = query(workspace.duckdb, "select url, error from fetches where error is not null")
    assert len(errors) == 1 and errors[0][0].endswith(poisoned) and "RecursionError" in errors[0][1]
    # nothing of the failed page was kept, so the next run tries it again
    assert query(workspace.duckdb, "select count(*) from http_cache where url like ?", [f"%{poisoned}"])[0][0] == 0


def test_broken_and_non_http_links_are_skipped_not_fatal(workspace: Workspace, servers: list[HostileServer]) -> None:
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 32, range(2))
    good = "".join(f"<item><title>A{i}</title><link>{srv.base_url}{syn.article_path(i)}</link></item>" for i in range(2))
    bad = ("<item><title>x</title><link>http://[::1</link></item>"
           "<item><title>y</title><link>javascript:alert(1)</link></item>"
           "<item><title>z</title><link>http://example.org:99999/a</link></item>")
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{bad}{good}</channel></rss>'
    srv.route("/feed.xml", Reply(200, feed.encode(), content_type="application/rss+xml"))
    workspace.add_source("mixed", srv.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["mixed"]
    assert run["skipped"] == 3 and run["fetched"] == 2 and run["status"] == "ok", run
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 2
    reasons = {r[0] for r in query(workspace.duckdb, "select error from fetches where status is null")}
    assert reasons == {"malformed URL in the listing", "not an http(s) link"}
