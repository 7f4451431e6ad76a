"""A page that breaks the parser costs only that page: the source's other articles still load."""

from __future__ import annotations

import random
from urllib.parse import urlsplit

import pytest

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site
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


def _designation_spam(sentences: int) -> bytes:
    """A page built to make record extraction blow up, all within the 200,000 characters the rules read:
    a paragraph of trigger words with no sentence end, a list of names in one run-on sentence, then
    designations of distinct names (thousands more beyond what is read)."""
    rng = random.Random(7)
    words = ["Acme", "Holdings", "Ltd", "sanctions", "imposed", "on", "the", "Treasury", "OFAC", "designated",
             "acquire", "merger", "deal", "$5", "billion", "Russia", "Iran", "and", "said", "Bank", "Corp", "LLC"]
    spam = " ".join(rng.choice(words) for _ in range(12_000))
    listing = "OFAC today sanctioned " + ", ".join(f"Company{i} Trading Ltd" for i in range(2_000)) + "."
    designations = "".join(
        f"<p>OFAC today sanctioned Kappa{i} Shipping Ltd and Kappa{i} Trading LLC for supplying drones to Russia.</p>"
        for i in range(sentences)
    )
    return (f"<html><head><title>Designations</title></head><body><article><h1>Designations</h1><p>{spam}</p>"
            f"<p>{listing}</p>{designations}</article></body></html>").encode()


@pytest.mark.timeout(120)  # a guard against the hours this page once took, not a speed figure
def test_a_page_built_to_exhaust_the_extraction_rules_costs_bounded_work(workspace: Workspace, servers: list[HostileServer]) -> None:
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 33, range(3))
    page = _designation_spam(9_000)
    assert len(page) > 1_000_000
    srv.route(syn.article_path(1), Reply(200, page))
    workspace.add_source("spam", srv.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["spam"]
    assert run["status"] == "ok" and run["fetched"] == 3, run
    stored = query(workspace.duckdb, "select length(text) from articles where url like ?", [f"%{syn.article_path(1)}"])
    assert len(stored) == 1 and stored[0][0] > 1_000_000  # the whole text is kept, only the rules read less of it
    targets = query(workspace.duckdb, """
        select count(*), count(distinct (t.sanction_id, t.name)), count(distinct t.name) filter (where t.name like 'Kappa%')
        from sanction_targets t join sanctions s on s.sanction_id = t.sanction_id
        join articles a on a.article_id = s.article_id where a.url like ?""", [f"%{syn.article_path(1)}"])[0]
    assert targets[0] == targets[1], targets  # each name once per record
    # The designations within what the rules read were all kept: the record of more than MAX_TARGETS names waits in
    # quarantine whole, every target with it, with the reason (a page of names, not one action); none is dropped and
    # no part of it is loaded (hostile probe 18: a record loads whole or not at all)
    from tradewatch.quality.suites import MAX_TARGETS

    held = query(workspace.duckdb, "select count(*) from quarantine where table_name = 'sanction_targets' "
                                   "and reason like '%page of names%'")[0][0]
    assert held > MAX_TARGETS, (targets, held)
    whole = query(workspace.duckdb, "select count(*) from quarantine where table_name = 'sanctions' "
                                    "and expectation = 'expect_every_part_of_the_record_valid'")[0][0]
    assert whole >= 1
    loaded = query(workspace.duckdb, """
        select max(n) from (select count(*) as n from sanction_targets group by sanction_id)""")[0][0]
    assert loaded is None or loaded <= MAX_TARGETS, loaded
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 3


def test_a_source_of_large_pages_is_staged_in_chunks_bounded_by_their_text(workspace: Workspace,
                                                                           servers: list[HostileServer],
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tradewatch import pipeline
    from tradewatch.staging import list_parts

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 34, range(6))
    workspace.add_source("big_pages", srv.url("/feed.xml"))
    monkeypatch.setattr(pipeline, "CHUNK_TEXT_CHARS", 1)  # every article reaches it: one chunk per article
    monkeypatch.setattr(pipeline, "GROUP_BYTES", 1)  # and one validation batch per chunk
    result = run_pipeline(workspace)
    assert result["crawled"]["big_pages"]["status"] == "ok"
    assert len(list_parts(LOGICAL_DATE, "crawl", "articles")) == 6
    assert result["validated"]["batches"] == 6
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 6


def test_a_site_that_stops_answering_is_left_for_the_next_run_after_a_few_pages(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.hostile_server import Reply
    from tradewatch.fetch.feeds import parse_feed
    from tradewatch.fetch.urls import canonical_url

    monkeypatch.setenv("TRADEWATCH_MAX_FAILURES_IN_A_ROW", "3")
    monkeypatch.setenv("TRADEWATCH_MAX_RETRIES", "0")
    hanging = HostileServer().start()
    servers.append(hanging)
    serve_site(hanging, 35, range(12))
    feed = syn.rss_feed(hanging.base_url, list(range(12))).decode()
    order = [canonical_url(link.url) for link in parse_feed(feed, hanging.base_url)]  # the order pages are asked for
    for url in order[1:]:  # the first page answers, then the site hangs on every page
        hanging.route(urlsplit(url).path, Reply(200, b"late", delay=2.0))
    workspace.add_source("hanging", hanging.url("/feed.xml"))
    flaky = HostileServer().start()
    servers.append(flaky)
    serve_site(flaky, 36, range(8))
    for i in (1, 2, 4, 5, 7):  # failures broken up by answers never add up to 3 in a row
        flaky.route(syn.article_path(i), Reply(503) if i % 2 else Reply(404))
    workspace.add_source("flaky", flaky.url("/feed.xml"))

    crawled = run_pipeline(workspace)["crawled"]
    run = crawled["hanging"]
    assert run["fetched"] == 1 and run["failed"] == 3 and run["skipped"] == 8 and run["status"] == "partial", run
    assert "gave up: 3 pages failed in a row" in run["error"] and "8 page(s) left for the next run" in run["error"]
    requested = {hanging.url(urlsplit(seen.path).path) for seen in hanging.requests if seen.path.startswith("/news/")}
    assert requested == set(order[:4])  # nothing asked of the 8 pages left
    left = query(workspace.duckdb, "select url from fetches where source_id = 'hanging' and error like 'not fetched:%'")
    assert sorted(u for (u,) in left) == sorted(order[4:])
    assert query(workspace.duckdb, "select count(*) from http_cache where url like ?", [f"{hanging.base_url}%"])[0][0] == 1
    assert crawled["flaky"]["fetched"] == 3 and crawled["flaky"]["failed"] == 5 and crawled["flaky"]["skipped"] == 0
    assert query(workspace.duckdb, "select count(*) from articles where source_id = 'flaky'")[0][0] == 3


def test_a_source_that_spends_its_time_budget_leaves_the_rest_for_the_next_run(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.hostile_server import Reply

    monkeypatch.setenv("TRADEWATCH_SOURCE_BUDGET", "1.0")
    slow = HostileServer().start()
    servers.append(slow)
    pages = serve_site(slow, 37, range(10))
    for i, body in pages.items():  # every page answers, slowly: 0.4 s each
        slow.route(syn.article_path(i), Reply(200, body, delay=0.4))
    workspace.add_source("slow", slow.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["slow"]
    assert 1 <= run["fetched"] <= 4 and run["fetched"] + run["skipped"] == 10 and run["status"] == "partial", run
    assert "TRADEWATCH_SOURCE_BUDGET" in run["error"] and f"{run['skipped']} page(s) left for the next run" in run["error"]
    assert query(workspace.duckdb, "select count(*) from articles where source_id = 'slow'")[0][0] == run["fetched"]
    left = query(workspace.duckdb, "select count(*) from fetches where source_id = 'slow' and error like 'not fetched:%'")
    assert left[0][0] == run["skipped"]


def test_a_crawl_delay_past_the_budget_is_named_as_the_cause_not_a_spent_budget(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile probe 14: "the source's 15 s were spent" after 0.1 s, when the site's Crawl-delay made the next wait pass them
    monkeypatch.setenv("TRADEWATCH_SOURCE_BUDGET", "15")
    paced = HostileServer(robots="User-agent: *\nCrawl-delay: 1e308\nAllow: /\n").start()
    servers.append(paced)
    serve_site(paced, 38, range(3))
    workspace.add_source("paced", paced.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["paced"]
    assert "Crawl-delay of 1e+308 s" in run["error"] and "would pass the" in run["error"], run
    assert "were spent" not in run["error"] and "page(s) left for the next run" in run["error"]


def test_the_same_article_under_two_unrelated_urls_is_stored_once_in_this_run_and_the_next(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    pages = serve_site(srv, 38, range(3))
    copy = "/amp/story-1"  # no URL rule can tell it is article 1
    srv.route(copy, Reply(200, pages[1]))
    items = "".join(f"<item><title>A{i}</title><link>{srv.url(syn.article_path(i))}</link></item>" for i in range(3))
    feed = f"<rss><channel>{items}<item><title>AMP</title><link>{srv.url(copy)}</link></item></channel></rss>"
    srv.route("/feed.xml", Reply(200, feed.encode(), content_type="application/rss+xml"))
    workspace.add_source("copies", srv.url("/feed.xml"))

    first = run_pipeline(workspace)["crawled"]["copies"]
    assert first["status"] == "ok" and first["fetched"] == 4, first
    urls = {u for (u,) in query(workspace.duckdb, "select url from articles")}
    assert urls == {srv.url(syn.article_path(i)) for i in range(3)}
    note = query(workspace.duckdb, "select error from fetches where url = ?", [srv.url(copy)])
    assert note == [(f"same article text as {srv.url(syn.article_path(1))}: stored once, under that URL",)]
    evidence = query(workspace.duckdb, "select evidence, count(*) from sanctions group by evidence having count(*) > 1")
    assert evidence == []  # the copy's records were not stored again

    later = "2026-02-02T06:00:00+00:00"
    run_pipeline(workspace, run_key=later, logical_date=later)
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 3  # not stored on the next run either


def test_a_304_never_asked_for_is_a_failed_page_that_the_next_run_stores(workspace: Workspace,
                                                                         servers: list[HostileServer]) -> None:
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    pages = serve_site(srv, 33, range(3))
    odd = syn.article_path(1)
    srv.route(odd, Reply(304, b""))  # "not modified" on the first visit: there is nothing to keep
    workspace.add_source("odd", srv.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["odd"]
    assert run["status"] == "partial" and run["failed"] == 1 and run["unchanged"] == 0, run
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 2
    srv.route(odd, Reply(200, pages[1], etag=syn.etag(pages[1])))
    again = run_pipeline(workspace, "2026-02-01T12:00:00+00:00", "2026-02-01T12:00:00+00:00")["crawled"]["odd"]
    assert again["failed"] == 0 and again["status"] == "ok", again
    assert query(workspace.duckdb, "select count(*) from articles where url like ?", [f"%{odd}"])[0][0] == 1


def test_a_site_whose_pages_dribble_past_the_deadline_is_left_for_the_next_run(
        workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.hostile_server import Reply, dripping
    from tradewatch.fetch.feeds import parse_feed
    from tradewatch.fetch.urls import canonical_url

    monkeypatch.setenv("TRADEWATCH_MAX_FAILURES_IN_A_ROW", "2")
    monkeypatch.setenv("TRADEWATCH_MAX_RETRIES", "0")
    monkeypatch.setenv("TRADEWATCH_TIMEOUT_TOTAL", "0.6")

    dribble = dripping(b"<p>still coming</p>", 40, 0.05)
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 37, range(8))
    feed = syn.rss_feed(srv.base_url, list(range(8))).decode()
    for link in parse_feed(feed, srv.base_url):  # every page answers 200, then never finishes its body
        srv.route(urlsplit(canonical_url(link.url)).path, Reply(200, dribble, content_length=False))
    workspace.add_source("dribbling", srv.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["dribbling"]
    assert run["failed"] == 2 and run["skipped"] == 6 and "gave up: 2 pages failed in a row" in run["error"], run


def test_a_json_document_served_as_a_page_is_a_failed_page_not_an_article(workspace: Workspace,
                                                                          servers: list[HostileServer]) -> None:
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 41, range(2))
    api = "/api/v1/news.json"
    srv.route(api, Reply(200, b'{"items": [{"id": 1, "headline": "Treasury sanctions Acme Corp", "body": "x"}]}',
                         content_type="text/html; charset=utf-8"))
    items = "".join(f"<item><title>A{i}</title><link>{srv.url(syn.article_path(i))}</link></item>" for i in range(2))
    feed = f"<rss><channel>{items}<item><title>API</title><link>{srv.url(api)}</link></item></channel></rss>"
    srv.route("/feed.xml", Reply(200, feed.encode(), content_type="application/rss+xml"))
    workspace.add_source("with_api", srv.url("/feed.xml"))

    run = run_pipeline(workspace)["crawled"]["with_api"]
    assert run["failed"] == 1 and run["status"] == "partial", run
    assert {u for (u,) in query(workspace.duckdb, "select url from articles")} == {
        srv.url(syn.article_path(i)) for i in range(2)}
    assert query(workspace.duckdb, "select error from fetches where url = ?", [srv.url(api)]) == [
        ("not an article page: a JSON document",)]


def test_scripts_stylesheets_and_data_files_served_as_text_are_failed_pages_not_articles(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    # hostile probe 9: any text/* type was read as an article, and a stylesheet gave the sanction "target" Arial
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 42, range(2))
    sentence = b"The Treasury sanctioned Omega Trading LLC and Lambda Oil JSC on Monday."
    odd = {
        "/static/app.js": (b"/* " + sentence + b" */ var x = 1;", "text/javascript; charset=utf-8"),
        "/static/site.css": (b"/* " + sentence + b" */ body { font-family: Arial; }", "text/css"),
        "/data/list.csv": (b"note\n" + sentence, "text/csv"),
        "/events.ics": (b"BEGIN:VCALENDAR\nSUMMARY:" + sentence + b"\nEND:VCALENDAR", "text/calendar"),
    }
    for path, (body, ctype) in odd.items():
        srv.route(path, Reply(200, body, content_type=ctype))
    links = [srv.url(syn.article_path(i)) for i in range(2)] + [srv.url(p) for p in odd]
    items = "".join(f"<item><title>A{i}</title><link>{u}</link></item>" for i, u in enumerate(links))
    srv.route("/feed.xml", Reply(200, f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml"))
    workspace.add_source("odd_types", srv.url("/feed.xml"))

    run = run_pipeline(workspace)["crawled"]["odd_types"]
    assert run["failed"] == 4 and run["status"] == "partial", run
    assert {u for (u,) in query(workspace.duckdb, "select url from articles")} == set(links[:2])
    errors = dict(query(workspace.duckdb, "select url, error from fetches where url <> ?", [srv.url("/feed.xml")]))
    for path, (_, ctype) in odd.items():
        assert errors[srv.url(path)] == f"not an article page (Content-Type {ctype})"
    names = {n for (n,) in query(workspace.duckdb, "select name from sanction_targets")}
    assert not names & {"Omega Trading LLC", "Lambda Oil JSC", "Arial"}


def test_a_page_served_as_octet_stream_is_read_when_it_opens_as_html(workspace: Workspace,
                                                                     servers: list[HostileServer]) -> None:
    """Hostile probe 50 F9: an article page uploaded without a type (S3 serves it as "binary/octet-stream") was read as
    text by the fetcher and then failed as 'not an article page (Content-Type binary/octet-stream)' on every run. The
    body now decides, as for a page with no type at all: HTML is read, a CSV sent for download is still no article."""
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    pages = serve_site(srv, 43, range(2))
    srv.route(syn.article_path(0), Reply(200, pages[0], content_type="binary/octet-stream"))
    srv.route(syn.article_path(1), Reply(200, b"\xef\xbb\xbf" + pages[1], content_type="application/octet-stream"))
    srv.route("/data/list.csv", Reply(200, b"name,country\nThe Treasury sanctioned Omega Trading LLC on Monday.,RU\n",
                                      content_type="application/octet-stream"))
    links = [srv.url(syn.article_path(i)) for i in range(2)] + [srv.url("/data/list.csv")]
    items = "".join(f"<item><title>A{i}</title><link>{u}</link></item>" for i, u in enumerate(links))
    srv.route("/feed.xml", Reply(200, f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml"))
    workspace.add_source("untyped", srv.url("/feed.xml"))
    run = run_pipeline(workspace)["crawled"]["untyped"]
    assert run["failed"] == 1 and run["fetched"] == 3, run
    assert {u for (u,) in query(workspace.duckdb, "select url from articles")} == set(links[:2])
    error = query(workspace.duckdb, "select error from fetches where url = ?", [links[2]])[0][0]
    assert error == "not an article page (Content-Type application/octet-stream)"
