"""Issue 8.2: running the same logical date twice gives byte-identical query results for every table."""

from __future__ import annotations

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site, snapshot
from tests.support.hostile_server import HostileServer, Reply


def test_same_logical_date_twice_is_byte_identical(workspace: Workspace, servers: list[HostileServer]) -> None:
    for seed, sid in ((11, "good_a"), (12, "good_b"), (13, "flaky")):
        srv = HostileServer().start()
        servers.append(srv)
        serve_site(srv, seed, range(4))
        workspace.add_source(sid, srv.url("/feed.xml"))
    servers[2].route(syn.article_path(2), Reply(429))  # a partial source is part of the run too

    first = run_pipeline(workspace)
    assert first["loaded"]["articles_loaded"] == 11
    before = snapshot(workspace.duckdb)
    second = run_pipeline(workspace)
    after = snapshot(workspace.duckdb)

    assert second["crawled"] == first["crawled"]
    assert sorted(before) == sorted(after)
    changed = [table for table in before if before[table] != after[table]]
    assert changed == [], f"tables that differ after rerunning {LOGICAL_DATE}: {changed}"
    # and the rerun really ran: it fetched every page again rather than trusting its own earlier load
    assert all(len(srv.hits(syn.article_path(0))) == 2 for srv in servers)
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 11
    assert query(workspace.duckdb, "select count(*) from source_runs")[0][0] == 3


def test_next_logical_date_reuses_validators_and_keeps_history(workspace: Workspace, servers: list[HostileServer]) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 21, range(3))
    workspace.add_source("good_a", srv.url("/feed.xml"))
    run_pipeline(workspace)
    later = "2026-02-01T12:00:00+00:00"
    second = run_pipeline(workspace, run_key=later, logical_date=later)
    run = second["crawled"]["good_a"]
    # the feed dates every item before our copy: the items are not requested again at all
    assert run["unchanged"] == 3 and run["fetched"] == 0, run
    assert len(srv.hits(syn.article_path(0))) == 1
    rows = query(workspace.duckdb, "select first_seen_at, last_seen_at from articles")
    assert len(rows) == 3 and all(first < last for first, last in rows)
    assert query(workspace.duckdb, "select count(*) from source_runs")[0][0] == 2
    # nothing new: no batch to validate, no GX results; the run's quality rows are its source health
    assert second["validated"]["batches"] == 0 and second["validated"]["expectations"] == 0
    from tradewatch.pipeline import _safe_key

    assert not list((workspace.data / "dq" / "validations" / _safe_key(later)).rglob("*.json"))
    assert list((workspace.data / "dq" / "validations" / _safe_key(LOGICAL_DATE)).rglob("*.json"))
    suites = query(workspace.duckdb, "select distinct suite from dq_results where run_id = ?", [later])
    from tradewatch.quality.source_health import SUITE

    assert suites == [(SUITE,)]
    assert query(workspace.duckdb, "select count(*) from dq_results where run_id <> ? and suite = 'articles'", [later])[0][0] > 0


def test_undated_items_are_revalidated_with_conditional_get(workspace: Workspace, servers: list[HostileServer]) -> None:
    """Without a feed date we cannot know an item is unchanged: a conditional GET (304) decides."""
    import re

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 21, range(3))
    feed = syn.rss_feed(srv.base_url, list(range(3)))
    feed_bytes = feed.encode() if isinstance(feed, str) else feed
    srv.route("/feed.xml", Reply(200, re.sub(rb"<pubDate>.*?</pubDate>", b"", feed_bytes), content_type="application/rss+xml"))
    workspace.add_source("good_a", srv.url("/feed.xml"))
    run_pipeline(workspace)
    later = "2026-02-01T12:00:00+00:00"
    run = run_pipeline(workspace, run_key=later, logical_date=later)["crawled"]["good_a"]
    assert run["unchanged"] == 3 and run["fetched"] == 3, run
    assert [h.headers.get("if-none-match") for h in srv.hits(syn.article_path(0))] == [None, syn.etag(syn.article_html(21, 0))]


def test_rerunning_a_date_against_a_changed_site_keeps_every_articles_fetch(workspace: Workspace,
                                                                          servers: list[HostileServer]) -> None:
    """The feed names article 3 on the first attempt and article 4 on the rerun: article 3 was fetched and
    loaded by the first attempt, and its fetch row must not vanish when the rerun replaces its own rows."""
    srv = HostileServer().start()
    servers.append(srv)
    pages = serve_site(srv, 21, range(5))
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [0, 1, 2, 3]), content_type="application/rss+xml"),
              Reply(200, syn.rss_feed(srv.base_url, [0, 1, 2, 4]), content_type="application/rss+xml"))
    assert len(pages) == 5
    workspace.add_source("changing", srv.url("/feed.xml"))
    run_pipeline(workspace)
    run_pipeline(workspace)
    orphans = query(workspace.duckdb, """
        select a.url from articles a left join fetches f on f.url = a.url and f.error is null and f.status = 200
        where f.url is null""")
    assert orphans == []
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 5
    # the rerun's own rows were replaced, not added to: one fetch row per URL it fetched again
    assert query(workspace.duckdb, "select count(*) - count(distinct url) from fetches")[0][0] == 0


def test_rerunning_a_later_date_repeats_its_conditional_gets(workspace: Workspace, servers: list[HostileServer]) -> None:
    """Hostile probe 14: the first run of a later date replaced each page's validators with its own, so its rerun
    found none recorded before it, fetched every page whole and stored them as "updated" (fetches, source_runs,
    articles.fetched_at and dq_results all changed). The rerun now reads the validators its first run read."""
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 23, range(3))
    workspace.add_source("good_a", srv.url("/feed.xml"))
    run_pipeline(workspace)
    later = "2026-03-10T06:00:00+00:00"  # past TRADEWATCH_REVALIDATE_DAYS: every page is asked again, conditionally
    first = run_pipeline(workspace, run_key=later, logical_date=later)
    assert first["crawled"]["good_a"]["unchanged"] == 3 and first["crawled"]["good_a"]["fetched"] == 3
    before = snapshot(workspace.duckdb)
    second = run_pipeline(workspace, run_key=later, logical_date=later)
    after = snapshot(workspace.duckdb)

    assert second["crawled"] == first["crawled"]
    changed = [table for table in before if before[table] != after[table]]
    assert changed == [], f"tables that differ after rerunning {later}: {changed}"
    # each run of the later date asked with the validators of the first date: three 304s, no page sent whole
    statuses = query(workspace.duckdb, "select status, count(*) from fetches where run_id = ? and url like '%/news/%' "
                                       "group by status", [later])
    assert statuses == [(304, 3)]
    conditional = [hit for hit in srv.hits(syn.article_path(0))
                   if any(k.lower() in ("if-none-match", "if-modified-since") for k in hit.headers)]
    assert len(conditional) == 2


def test_a_retry_of_a_date_after_the_site_moved_its_urls_stores_no_second_copy(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    # hostile probe 16: the first attempt's articles were not matched by text (only earlier dates' were), so a retry
    # against moved URLs stored every article and record twice
    old = HostileServer().start()
    servers.append(old)
    pages = serve_site(old, 25, range(3))
    workspace.add_source("moving", old.url("/feed.xml"))
    run_pipeline(workspace)
    before = query(workspace.duckdb, "select count(*), count(distinct text) from articles")
    records = query(workspace.duckdb, "select count(*) from sanctions")
    new = HostileServer().start()  # the same pages under another host (http -> https, a host move)
    servers.append(new)
    new.route("/feed.xml", Reply(200, syn.rss_feed(new.base_url, [0, 1, 2]), content_type="application/rss+xml"))
    for i, body in pages.items():
        new.route(syn.article_path(i), Reply(200, body, etag=syn.etag(body)))
    workspace.add_source("moving", new.url("/feed.xml"))
    run_pipeline(workspace)  # the same logical date again
    assert query(workspace.duckdb, "select count(*), count(distinct text) from articles") == before == [(3, 3)]
    assert query(workspace.duckdb, "select count(*) from sanctions") == records
