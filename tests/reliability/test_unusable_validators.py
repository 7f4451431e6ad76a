"""Validators a site sent that cannot go back to it: a page is asked again (without them), not failed on every run."""

from __future__ import annotations

import pytest

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

FIRST, SECOND = "2026-02-01T06:00:00+00:00", "2026-02-02T06:00:00+00:00"


@pytest.mark.parametrize("etag", ['"' + "e" * 5000 + '"', "\xa0abc123"], ids=["5000 characters", "opening with U+00A0"])
def test_an_etag_that_cannot_be_sent_back_is_not_kept_and_the_next_run_reads_the_page(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, etag: str) -> None:
    """Hostile probe 50 F2: a 20 KB ETag was kept and sent back as If-None-Match, which a web server refuses (nginx and
    Apache stop at ~8 KB a header line: HTTP 431 or 400), and one opening with a blank that is no space nor tab was
    refused by requests before it left ('Invalid leading whitespace ... in header value'): the page failed on every
    later run. Now such a validator is neither kept nor sent, and the source run says so."""
    monkeypatch.setenv("TRADEWATCH_REVALIDATE_DAYS", "0")  # every run asks for the page
    srv = HostileServer().start()
    servers.append(srv)
    page = syn.article_html(50, 1)
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [1]), content_type="application/rss+xml"))
    srv.route(syn.article_path(1), Reply(200, page, headers={"ETag": etag}))
    workspace.add_source("tags", srv.url("/feed.xml"))
    first = run_pipeline(workspace, FIRST, FIRST)["crawled"]["tags"]
    assert first["status"] == "ok" and first["fetched"] == 1 and first["failed"] == 0, first
    assert "ETag" in first["error"] and "not kept" in first["error"], first["error"]
    assert query(workspace.duckdb, "select etag from http_cache") == [(None,)]

    second = run_pipeline(workspace, SECOND, SECOND)["crawled"]["tags"]
    assert second["status"] == "ok" and second["unchanged"] == 1 and second["failed"] == 0, second
    assert "if-none-match" not in srv.hits(syn.article_path(1))[-1].headers


def test_an_unusable_etag_stored_before_is_not_sent(workspace: Workspace, servers: list[HostileServer],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """One stored by an earlier version (http_cache holds it) is dropped when sending, its page read whole."""
    from tradewatch.fetch.http import PoliteFetcher

    srv = HostileServer().start()
    servers.append(srv)
    srv.route("/p", Reply(200, syn.article_html(50, 2)))
    got = PoliteFetcher().get(srv.url("/p"), etag="\x1cstale", last_modified="\xa0Tue, 01 Dec 2026 10:00:00 GMT")
    assert got.ok and got.status == 200, got.error
    assert got.ignored_validator and "not sent" in got.ignored_validator
    headers = srv.hits("/p")[-1].headers
    assert "if-none-match" not in headers and "if-modified-since" not in headers
