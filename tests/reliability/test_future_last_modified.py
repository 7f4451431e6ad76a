"""A Last-Modified in the future does not freeze a page (hostile probe 36 F1): "Last-Modified: Fri, 01 Jan 2099" was
stored and sent back as If-Modified-Since, and a server that compares dates (Apache, nginx) answered 304 to it after
the page was corrected; the 304's own Last-Modified was then stored with the old body's sha256, so the correction
was answered 304 for ever and never reached `articles`."""

from __future__ import annotations

import email.utils
import hashlib
import time

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

FIRST = "2026-02-01T06:00:00+00:00"
SECOND = "2026-02-02T06:00:00+00:00"
THIRD = "2026-02-03T06:00:00+00:00"
FUTURE = "Fri, 01 Jan 2099 00:00:00 GMT"


def test_a_page_dated_in_the_future_is_read_again_once_corrected(workspace: Workspace, servers, monkeypatch) -> None:
    monkeypatch.setenv("TRADEWATCH_REVALIDATE_DAYS", "0")  # every run asks for the page (conditionally)
    srv = HostileServer().start()
    servers.append(srv)
    page = syn.article_html(36, 1)
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [1]), content_type="application/rss+xml"))
    srv.route(syn.article_path(1), Reply(200, page, last_modified=FUTURE))
    workspace.add_source("skew", srv.url("/feed.xml"))
    first = run_pipeline(workspace, FIRST, FIRST)
    assert query(workspace.duckdb, "select sha256 from articles") == [(hashlib.sha256(page).hexdigest(),)]
    assert query(workspace.duckdb, "select last_modified from http_cache") == [(None,)]  # not kept
    assert FUTURE in first["crawled"]["skew"]["error"] and "in the future" in first["crawled"]["skew"]["error"]

    # the site fixes its clock and corrects the page: dated an hour ago, another text
    corrected = syn.article_html(36, 1, revision=1)
    fixed = email.utils.formatdate(time.time() - 3600, usegmt=True)
    srv.route(syn.article_path(1), Reply(200, corrected, last_modified=fixed))
    second = run_pipeline(workspace, SECOND, SECOND)
    assert "if-modified-since" not in srv.hits(syn.article_path(1))[-1].headers
    assert second["crawled"]["skew"]["unchanged"] == 0
    assert query(workspace.duckdb, "select sha256 from articles") == [(hashlib.sha256(corrected).hexdigest(),)]

    # from now on the page is revalidated by its (sane) date, and a 304 keeps our copy's date
    third = run_pipeline(workspace, THIRD, THIRD)
    assert srv.hits(syn.article_path(1))[-1].headers["if-modified-since"] == fixed
    assert third["crawled"]["skew"]["unchanged"] == 1
    assert query(workspace.duckdb, "select last_modified from http_cache") == [(fixed,)]


def test_a_304_does_not_replace_the_date_of_our_copy(workspace: Workspace, servers, monkeypatch) -> None:
    """A date-comparing server answers 304 to any If-Modified-Since no earlier than its page's date, and names its
    page's (newer) date: stored with our old body, that date had every later correction answered 304."""
    monkeypatch.setenv("TRADEWATCH_REVALIDATE_DAYS", "0")
    srv = HostileServer().start()
    servers.append(srv)
    old_date = email.utils.formatdate(time.time() - 7200, usegmt=True)
    new_date = email.utils.formatdate(time.time() - 3600, usegmt=True)
    page = syn.article_html(37, 1)
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [1]), content_type="application/rss+xml"))
    srv.route(syn.article_path(1), Reply(200, page, last_modified=old_date))
    workspace.add_source("cmp", srv.url("/feed.xml"))
    run_pipeline(workspace, FIRST, FIRST)
    # a 304 naming a newer date than our copy's (a server that only compares dates may send that)
    corrected = syn.article_html(37, 1, revision=1)
    srv.route(syn.article_path(1), Reply(304, b"", headers={"Last-Modified": new_date}, content_type=None),
              Reply(200, corrected, last_modified=new_date))
    assert run_pipeline(workspace, SECOND, SECOND)["crawled"]["cmp"]["unchanged"] == 1
    assert query(workspace.duckdb, "select last_modified from http_cache") == [(old_date,)]
    # so the next request asks by our copy's date, and the correction comes
    third = run_pipeline(workspace, THIRD, THIRD)
    assert srv.hits(syn.article_path(1))[-1].headers["if-modified-since"] == old_date
    assert third["crawled"]["cmp"]["unchanged"] == 0
    assert query(workspace.duckdb, "select sha256 from articles") == [(hashlib.sha256(corrected).hexdigest(),)]


def test_a_page_restored_with_an_earlier_date_is_read(workspace: Workspace, servers, monkeypatch) -> None:
    """A site restores an older copy of a page, dated before the copy we hold: a server that compares dates answers
    304 to our If-Modified-Since (the later date) until its page's date passes it, and the restored text was never
    read (a hostile probe of article updates, (4)). Its 304 names its page's earlier date: the page is asked again,
    whole."""
    monkeypatch.setenv("TRADEWATCH_REVALIDATE_DAYS", "0")
    srv = HostileServer().start()
    servers.append(srv)
    ours = email.utils.formatdate(time.time() - 3600, usegmt=True)
    restored_date = email.utils.formatdate(time.time() - 10 * 86400, usegmt=True)
    page = syn.article_html(38, 1, revision=1)
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [1]), content_type="application/rss+xml"))
    srv.route(syn.article_path(1), Reply(200, page, last_modified=ours))
    workspace.add_source("restored", srv.url("/feed.xml"))
    run_pipeline(workspace, FIRST, FIRST)

    restored = syn.article_html(38, 1)
    srv.route(syn.article_path(1), Reply(200, restored, last_modified=restored_date))
    second = run_pipeline(workspace, SECOND, SECOND)["crawled"]["restored"]
    assert (second["unchanged"], second["fetched"]) == (0, 1), second
    assert query(workspace.duckdb, "select sha256 from articles") == [(hashlib.sha256(restored).hexdigest(),)]
    # the restored copy's own date is kept, and a page unchanged since is then found so by one conditional GET
    assert query(workspace.duckdb, "select last_modified from http_cache") == [(restored_date,)]
    asked = len(srv.hits(syn.article_path(1)))
    assert run_pipeline(workspace, THIRD, THIRD)["crawled"]["restored"]["unchanged"] == 1
    assert len(srv.hits(syn.article_path(1))) == asked + 1
