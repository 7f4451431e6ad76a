"""Issue 8.1 and 8.3: one news_ingest run over a registry of well-behaved, hostile and invalid sources.

Each hostile source sits on its own 127.0.0.1 server and misbehaves in one way. The run must record
each failure in that source's `source_runs` row, load the good sources in full, and leave nothing
half-written (no article without its page, no record without its article, no cache entry for a
failed fetch)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.support import synthetic as syn
from tests.support.harness import Workspace, make_workspace, query, run_pipeline, serve_site
from tests.support.hostile_server import HostileServer, Reply, gzip_bomb, repeated

ARTICLES = range(3)
BAD = 1  # the article index that misbehaves on article-level faults
SECRET = "TOP-SECRET-XXE-CANARY-7f3a"


@dataclass
class Scenario:
    """A source and what the run must record for it."""

    status: str
    error: str | None = None  # substring of source_runs.error
    fetch_error: str | None = None  # substring of the bad article's fetches.error
    loaded: int = 0  # articles of this source in `articles`
    checks: dict[str, Any] = field(default_factory=dict)


def _latin1_page(i: int) -> bytes:
    text = "La Société Générale a été sanctionnée à Zürich. " * 40
    return f"<html><body><article><h1>Affaire {i}</h1><p>{text}</p></article></body></html>".encode("latin-1")


def _build(ws: Workspace, servers: list[HostileServer], tmp: Path) -> dict[str, Scenario]:
    scenarios: dict[str, Scenario] = {}

    def site(source_id: str, scenario: Scenario, robots: str | None = "User-agent: *\nAllow: /\n", **kw: Any) -> HostileServer:
        srv = HostileServer(robots=robots).start()
        servers.append(srv)
        # one seed per site: two sites serving the same texts are one article copied (loaded once, by design)
        serve_site(srv, seed=1000 + len(scenarios), indices=ARTICLES)
        ws.add_source(source_id, srv.url("/feed.xml"), **kw)
        scenarios[source_id] = scenario
        return srv

    def bad_article(srv: HostileServer, *replies: Reply) -> None:
        srv.route(syn.article_path(BAD), *replies)

    site("good_a", Scenario("ok", loaded=3))
    site("good_b", Scenario("ok", loaded=3))

    srv = site("h_500", Scenario("failed", error="HTTP 500"))
    srv.route("/feed.xml", Reply(500))

    srv = site("h_503_retry_after", Scenario("ok", loaded=3, checks={"retry_gap": 0.9}))
    page = syn.article_html(1, BAD)
    bad_article(srv, Reply(503, headers={"Retry-After": "1"}), Reply(200, page))

    srv = site("h_retry_after_too_long", Scenario("failed", error="TRADEWATCH_MAX_RETRY_AFTER"))
    srv.route("/feed.xml", Reply(503, headers={"Retry-After": "3600"}))

    srv = site("h_429", Scenario("partial", fetch_error="HTTP 429", loaded=2))
    bad_article(srv, Reply(429))

    srv = site("h_timeout", Scenario("partial", fetch_error="timeout", loaded=2))
    bad_article(srv, Reply(200, b"late", delay=2.0))

    srv = site("h_reset", Scenario("failed", error="connection"))
    srv.route("/feed.xml", Reply(reset=True))

    srv = site("h_truncated", Scenario("partial", fetch_error="truncated", loaded=2))
    bad_article(srv, Reply(200, syn.article_html(2, BAD), truncate_to=500))

    srv = site("h_gzip_bomb", Scenario("partial", fetch_error="cap", loaded=2))
    bad_article(srv, Reply(200, gzip_bomb(64 * 1024 * 1024), gzip=True))

    srv = site("h_50mb_streamed", Scenario("partial", fetch_error="stopped reading", loaded=2))
    bad_article(srv, Reply(200, repeated(b"<p>" + b"x" * 1021 + b"</p>", 50 * 1024 * 1024), content_length=False))

    srv = site("h_50mb_declared", Scenario("partial", fetch_error="Content-Length", loaded=2))
    bad_article(srv, Reply(200, repeated(b"x" * 65536, 50 * 1024 * 1024), content_length=False,
                           headers={"Content-Length": str(50 * 1024 * 1024)}))

    srv = site("h_charset", Scenario("ok", loaded=3, checks={"text_has": "Société Générale a été sanctionnée à Zürich"}))
    bad_article(srv, Reply(200, _latin1_page(BAD), content_type="text/html; charset=utf-8"))
    srv.route(syn.article_path(2), Reply(200, _latin1_page(2), content_type="text/html"))

    srv = site("h_malformed_rss", Scenario("failed", error="malformed"))
    srv.route("/feed.xml", Reply(200, b'\x00\x01{"not": "a feed"}', content_type="application/rss+xml"))

    # A feed cut off mid-item: the recovering parser keeps the complete items.
    srv = site("h_feed_cut", Scenario("ok", loaded=2))
    whole = syn.rss_feed(srv.base_url, list(ARTICLES)).decode()
    srv.route("/feed.xml", Reply(200, whole[: whole.index("<item>", whole.index("article-1")) + 12].encode(),
                                 content_type="application/rss+xml"))

    srv = site("h_empty_feed", Scenario("failed", error="no article links"))
    srv.route("/feed.xml", Reply(200, b'<?xml version="1.0"?>\n<rss', content_type="application/rss+xml"))

    secret = tmp / "secret.txt"
    secret.write_text(SECRET)
    xxe = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
           f"<rss><channel><item><title>&x;</title><link>{srv.base_url}/x</link></item></channel></rss>")
    srv = site("h_xxe", Scenario("failed", error="refused"))
    srv.route("/feed.xml", Reply(200, xxe.encode(), content_type="application/rss+xml"))

    srv = site("h_redirect_loop", Scenario("partial", fetch_error="redirect loop", loaded=2))
    bad_article(srv, Reply(302, headers={"Location": "/loop-b"}))
    srv.route("/loop-b", Reply(302, headers={"Location": syn.article_path(BAD)}))

    srv = site("h_redirect_scheme", Scenario("partial", fetch_error="non-HTTP", loaded=2))
    bad_article(srv, Reply(302, headers={"Location": "file:///etc/passwd"}))

    # every article disallowed: the run says so (partial, with the robots reason) instead of a silent "ok"
    site("h_robots", Scenario("partial", loaded=0, checks={"skipped": 3}), robots="User-agent: *\nDisallow: /news/\n")

    # The same article under several URLs (tracking parameters, fragment, host case, dot segments): stored once.
    srv = site("h_same_article", Scenario("ok", loaded=2, checks={"one_fetch_per_article": True}))
    variants = "".join(
        f"<item><title>A{i}</title><link>{link}</link></item>"
        for i in (0, 1)
        for link in (f"{srv.base_url}{syn.article_path(i)}?utm_source=rss&amp;utm_medium=feed",
                     f"{srv.base_url}{syn.article_path(i)}#comments",
                     f"{srv.base_url.replace('http://', 'HTTP://')}{syn.article_path(i)}?fbclid=zzz",
                     f"{srv.base_url}/news/x/..{syn.article_path(i).replace('/news', '/.', 1)}")
    )
    srv.route("/feed.xml", Reply(200, f"<rss><channel>{variants}</channel></rss>".encode(), content_type="application/rss+xml"))

    # A sitemap index with a sitemap that is an HTML page: the good sitemap's articles still load.
    srv = site("h_sitemap_bad_child", Scenario("partial", error="not a sitemap", loaded=3))
    sm = "http://www.sitemaps.org/schemas/sitemap/0.9"
    srv.route("/feed.xml", Reply(200, (f'<sitemapindex xmlns="{sm}"><sitemap><loc>{srv.base_url}/sm-good.xml</loc></sitemap>'
                                       f"<sitemap><loc>{srv.base_url}/sm-bad.xml</loc></sitemap></sitemapindex>").encode(),
                                 content_type="application/xml"))
    urls = "".join(f"<url><loc>{srv.base_url}{syn.article_path(i)}</loc></url>" for i in ARTICLES)
    srv.route("/sm-good.xml", Reply(200, f'<urlset xmlns="{sm}">{urls}</urlset>'.encode(), content_type="application/xml"))
    srv.route("/sm-bad.xml", Reply(200, b"<html><body>Maintenance</body></html>"))

    # A link_pattern that matches none of the links (the site changed its URLs): said, not a silent "ok".
    site("h_pattern_none", Scenario("failed", error="matched none"), link_pattern="'/press-release/[a-z0-9-]+/?$'")

    # A link_pattern that backtracks without end on a hostile link: stopped, the field named.
    srv = site("h_pattern_catastrophic", Scenario("failed", error="link_pattern"), link_pattern="'/(a+)+$'")
    srv.route("/feed.xml", Reply(200, f"<rss><channel><item><title>x</title><link>{srv.base_url}/{'a' * 40}!</link>"
                                      "</item></channel></rss>".encode(), content_type="application/rss+xml"))

    # A robots.txt whose first 512 KiB (all we read of it, RFC 9309) hold no whole line: stay out. (One larger than that
    # whose first line says "Disallow: /" is read to its cap and obeyed: tests/unit/fetch/test_http_fetcher.py.)
    site("h_robots_unreadable", Scenario("failed", error="robots.txt unreadable", checks={"no_article_hits": True}),
         robots="#" + "x" * 600_000 + "\nUser-agent: *\nAllow: /\n")

    # A feed whose items include a link to the feed itself (skipped: the listing is no article, and no failure) and one
    # to another feed (fetched, and skipped as no article page, no failure either): no article is made of a feed's XML.
    srv = site("h_feed_links_itself", Scenario("ok", loaded=3, checks={"feed_skipped": "/feeds/markets.xml"}))
    items = "".join(f"<item><title>A{i}</title><link>{srv.base_url}{syn.article_path(i)}</link></item>" for i in ARTICLES)
    items += f"<item><title>Subscribe</title><link>{srv.base_url}/feed.xml</link></item>"
    items += f"<item><title>Our other feed</title><link>{srv.base_url}/feeds/markets.xml</link></item>"
    feed = f"<rss><channel>{items}</channel></rss>".encode()
    srv.route("/feed.xml", Reply(200, feed, content_type="application/rss+xml"))
    # (served as text/html: the body's root decides; hostile probe 17 saw such a feed stored as an article whose item
    # descriptions repeated other articles' records)
    srv.route("/feeds/markets.xml", Reply(200, feed, content_type="text/html; charset=utf-8"))

    # Issue 8.3: bad configuration, next to the good sources.
    (ws.sources / "cfg_bad_yaml.yml").write_text("id: cfg_bad_yaml\nname: [unclosed\n")
    (ws.sources / "cfg_unknown_kind.yml").write_text(syn.source_yaml("cfg_unknown_kind", "http://127.0.0.1:9/f", kind="telegram"))
    (ws.sources / "cfg_bad_url.yml").write_text(syn.source_yaml("cfg_bad_url", "not-a-url"))
    (ws.sources / "cfg_missing_field.yml").write_text(
        syn.source_yaml("cfg_missing_field", "http://127.0.0.1:9/f").replace("publisher: Synthetic News Ltd\n", ""))
    return scenarios


CONFIG_ERRORS = {
    "cfg_bad_yaml": ("cfg_bad_yaml.yml", "YAML"),
    "cfg_unknown_kind": ("cfg_unknown_kind.yml", "kind"),
    "cfg_bad_url": ("cfg_bad_url.yml", "url"),
    "cfg_missing_field": ("cfg_missing_field.yml", "publisher"),
}


@dataclass
class Outcome:
    ws: Workspace
    scenarios: dict[str, Scenario]
    servers: dict[str, HostileServer]
    result: dict[str, Any]

    def source_run(self, source_id: str) -> dict[str, Any]:
        cols = ["status", "fetched", "new", "updated", "unchanged", "skipped", "failed", "records", "error"]
        rows = query(self.ws.duckdb, f"select {', '.join(cols)} from source_runs where source_id = ?", [source_id])
        assert len(rows) == 1, f"{source_id}: {len(rows)} source_runs rows"
        return dict(zip(cols, rows[0], strict=True))


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outcome]:
    tmp = tmp_path_factory.mktemp("faults")
    ws = make_workspace(tmp)
    started: list[HostileServer] = []
    with pytest.MonkeyPatch.context() as mp:
        for key, value in ws.env().items():
            mp.setenv(key, value)
        try:
            scenarios = _build(ws, started, tmp)
            by_source = {sid: srv for sid, srv in zip(scenarios, started, strict=True)}
            result = run_pipeline(ws)
            yield Outcome(ws, scenarios, by_source, result)
        finally:
            for srv in started:
                srv.stop()


HOSTILE = [
    "h_500", "h_503_retry_after", "h_retry_after_too_long", "h_429", "h_timeout", "h_reset", "h_truncated",
    "h_gzip_bomb", "h_50mb_streamed", "h_50mb_declared", "h_charset", "h_malformed_rss", "h_feed_cut",
    "h_empty_feed", "h_xxe",
    "h_redirect_loop", "h_redirect_scheme", "h_robots", "h_same_article",
    "h_sitemap_bad_child", "h_pattern_none", "h_pattern_catastrophic", "h_robots_unreadable", "h_feed_links_itself",
]


def test_only_valid_sources_are_crawled(outcome: Outcome) -> None:
    assert sorted(outcome.result["sources"]) == sorted(outcome.scenarios)


@pytest.mark.parametrize("source_id", ["good_a", "good_b", *HOSTILE])
def test_source_outcome(outcome: Outcome, source_id: str) -> None:
    expected = outcome.scenarios[source_id]
    run = outcome.source_run(source_id)
    assert run["status"] == expected.status, run
    if expected.error:
        assert run["error"] and expected.error in run["error"], run
    elif expected.status == "ok":
        assert run["error"] is None, run
    loaded = query(outcome.ws.duckdb, "select count(*) from articles where source_id = ?", [source_id])[0][0]
    assert loaded == expected.loaded
    assert run["new"] == expected.loaded
    srv = outcome.servers[source_id]
    bad_url = srv.url(syn.article_path(BAD))
    if expected.fetch_error:
        assert run["failed"] == 1, run
        errors = query(outcome.ws.duckdb, "select error from fetches where url = ?", [bad_url])
        assert errors and errors[0][0] and expected.fetch_error in errors[0][0], errors
        from tradewatch.fetch.urls import article_id

        assert not query(outcome.ws.duckdb, "select 1 from articles where article_id = ?", [article_id(bad_url)])
        assert not query(outcome.ws.duckdb, "select 1 from http_cache where url = ?", [bad_url])
    checks = expected.checks
    if "retry_gap" in checks:
        hits = srv.hits(syn.article_path(BAD))
        assert len(hits) == 2 and hits[1].at - hits[0].at >= checks["retry_gap"]
    if "skipped" in checks:
        assert run["skipped"] == checks["skipped"]
        assert not [r for r in srv.requests if r.path.startswith("/news/")], "fetched a disallowed page"
    if "feed_skipped" in checks:  # a link to another feed: skipped with its reason, cached so it is not fetched again
        assert run["skipped"] == 1 and run["failed"] == 0, run
        feed_url = srv.url(checks["feed_skipped"])
        assert query(outcome.ws.duckdb, "select error from fetches where url = ?", [feed_url]) == [
            ("not an article page: a feed or sitemap (skipped)",)]
        assert query(outcome.ws.duckdb, "select article_id from http_cache where url = ?", [feed_url]) == [(None,)]
    if "text_has" in checks:
        texts = [r[0] for r in query(outcome.ws.duckdb, "select text from articles where source_id = ?", [source_id])]
        assert sum(checks["text_has"] in t for t in texts) == 2
        assert not any("\ufffd" in t or "Ã©" in t for t in texts)
    if checks.get("no_article_hits"):
        assert [r.path for r in srv.requests if r.path != "/robots.txt"] == [], "fetched past an unreadable robots.txt"
    if checks.get("one_fetch_per_article"):
        for i in (0, 1):
            assert len(srv.hits(syn.article_path(i))) == 1


def test_good_sources_load_their_records(outcome: Outcome) -> None:
    for sid in ("good_a", "good_b"):
        run = outcome.source_run(sid)
        assert run["fetched"] == 3 and run["failed"] == 0 and run["records"] > 0
        n = query(outcome.ws.duckdb, "select count(*) from sanctions join articles using (article_id) where source_id = ?", [sid])
        assert n[0][0] > 0


@pytest.mark.parametrize("source_id", sorted(CONFIG_ERRORS))
def test_config_error_recorded_naming_file_and_field(outcome: Outcome, source_id: str) -> None:
    file_name, field_name = CONFIG_ERRORS[source_id]
    run = outcome.source_run(source_id)
    assert run["status"] == "config_error"
    assert file_name in run["error"] and field_name in run["error"], run["error"]


def test_nothing_half_written(outcome: Outcome) -> None:
    db = outcome.ws.duckdb
    # every article came from a complete, successful fetch of its URL in this run
    orphans = query(db, """
        select a.url from articles a left join fetches f on f.url = a.url and f.error is null and f.status = 200
        where f.url is null""")
    assert orphans == []
    assert query(db, "select count(*) from articles where text is null or length(text) < 50 or sha256 is null")[0][0] == 0
    for table in ("sanctions", "sanction_targets", "deals", "deal_parties"):
        dangling = query(db, f"select count(*) from {table} where article_id not in (select article_id from articles)")  # noqa: S608
        assert dangling[0][0] == 0, table
    assert query(db, "select count(*) from http_cache where article_id not in (select article_id from articles)")[0][0] == 0
    # (a link skipped as no article page, a feed, is cached so that it is not fetched again: not a failure)
    failed_cached = query(db, "select count(*) from http_cache h join fetches f using (url) "
                              "where f.error is not null and f.error not like '%(skipped)'")
    assert failed_cached[0][0] == 0
    # one source run per source file, and no duplicate article or record
    assert query(db, "select count(*) from source_runs")[0][0] == len(outcome.scenarios) + len(CONFIG_ERRORS)
    for table, key in (("articles", "article_id"), ("sanctions", "sanction_id"), ("deals", "deal_id")):
        assert query(db, f"select count(*) - count(distinct {key}) from {table}")[0][0] == 0  # noqa: S608


def test_xxe_secret_never_read(outcome: Outcome) -> None:
    db = outcome.ws.duckdb
    for table in ("articles", "fetches", "source_runs", "quarantine"):
        hits = query(db, f"select count(*) from {table} t where cast(t as varchar) like ?", [f"%{SECRET}%"])  # noqa: S608
        assert hits[0][0] == 0, table


def test_every_article_page_body_is_kept(outcome: Outcome) -> None:
    import hashlib

    from tradewatch.store.blobs import get_blob, pack_files

    blobs = outcome.ws.data / "blobs"
    stored = query(outcome.ws.duckdb, "select sha256 from articles")
    assert len(stored) > 5
    for (digest,) in stored:
        assert hashlib.sha256(get_blob(blobs, digest)).hexdigest() == digest
    assert pack_files(blobs) and not [p for p in blobs.rglob("*") if p.name.startswith(".")]
