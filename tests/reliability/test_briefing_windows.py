"""What reaches a briefing when data arrives late or changes (hostile probe 31): a backfill's new records, an updated
article's records, and an older deal whose party a list refresh has just added; and a backfill counts as new only the
articles it brought in, and never dates an undated article before the run that stored it.

Real pipeline runs over a synthetic site on 127.0.0.1, real DuckDB, the real briefing and list refresh."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline, serve_site, workspace  # noqa: F401
from tests.support.hostile_server import HostileServer, Reply
from tests.unit.lists.lists_support import FIXTURES, LocalServer, write_registry

LATER = "2026-02-10T06:00:00+00:00"
BACKFILL = "2026-02-03T06:00:00+00:00"


def _briefing(db: Path, since: dt.date, at: dt.datetime) -> str:
    from tradewatch.report.render import open_for_reading, render_report

    con = open_for_reading(db)
    try:
        return render_report(con, since, at)
    finally:
        con.close()


def _section(html: str, section_id: str) -> str:
    return html.split(f'id="{section_id}"')[1].split("</section>")[0]


def _figure(html: str, label: str) -> int:
    found = re.search(r'<div class="figure">([\d,]+)</div><div class="label">' + re.escape(label), html)
    assert found, label
    return int(found.group(1).replace(",", ""))


def _undated(body: bytes) -> bytes:
    """The page without any date: no published_time meta, no date in the byline."""
    body = re.sub(rb'<meta property="article:published_time" content="[^"]+">', b"", body)
    return re.sub(rb'(<p class="byline">By Staff reporter), [^<]+</p>', rb"\1</p>", body)


def _undated_feed(base_url: str, indices: list[int]) -> bytes:
    return re.sub(rb"<pubDate>[^<]+</pubDate>", b"", syn.rss_feed(base_url, indices))


def test_a_backfill_counts_only_its_own_new_articles_and_its_records_reach_the_next_briefing(
        workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        pages = serve_site(srv, seed=61, indices=[1, 2])
        undated = _undated(pages[2])
        srv.route(syn.article_path(2), Reply(200, undated, etag=syn.etag(undated)))
        srv.route("/feed.xml", Reply(200, _undated_feed(srv.base_url, [1, 2]), content_type="application/rss+xml"))
        workspace.add_source("site", srv.url("/feed.xml"))
        run_pipeline(workspace, LATER, LATER)
        undated_url = srv.url(syn.article_path(2))
        assert query(workspace.duckdb, "select published_at from articles where url = ?", [undated_url]) == [(None,)]
        reported_at = dt.datetime(2026, 2, 10, 12, tzinfo=dt.UTC)
        before = _briefing(workspace.duckdb, dt.date(2026, 2, 10), reported_at)

        # a backfill of an earlier date, run afterwards, finds one more article on the site as it is now
        serve_site(srv, seed=61, indices=[3])
        srv.route("/feed.xml", Reply(200, _undated_feed(srv.base_url, [1, 2, 3]), content_type="application/rss+xml"))
        run_pipeline(workspace, BACKFILL, BACKFILL)

        runs = dict(query(workspace.duckdb, "select run_id, new from source_runs"))
        assert runs == {LATER: 2, BACKFILL: 1}  # the two articles the later date stored were not new again
        assert query(workspace.duckdb, "select sum(articles_new) from v_source_health") == \
            query(workspace.duckdb, "select count(*) from articles")
        # the undated article keeps the sighting of the run that stored it: nothing says it was there on 02-03
        assert query(workspace.duckdb, "select first_seen_at from articles where url = ?", [undated_url]) == \
            [(dt.datetime.fromisoformat(LATER),)]
        # the window already reported keeps every record it showed ...
        after = _briefing(workspace.duckdb, dt.date(2026, 2, 10), reported_at)
        shown = set(re.findall(r'href="([^"]+)"', before))
        assert undated_url in shown and shown <= set(re.findall(r'href="([^"]+)"', after))
        # ... and the backfill's article reaches the next briefing, though its own date is a week earlier
        new_url = srv.url(syn.article_path(3))
        assert query(workspace.duckdb, "select first_seen_at, arrived_for from articles where url = ?", [new_url]) == \
            [(dt.datetime.fromisoformat(BACKFILL), dt.datetime.fromisoformat(LATER))]
        next_one = _briefing(workspace.duckdb, dt.date(2026, 2, 10), dt.datetime(2026, 2, 11, 0, tzinfo=dt.UTC))
        assert _figure(next_one, "new articles") == 3
        assert new_url in _section(next_one, "deals") or new_url in _section(next_one, "sanction-list")


def test_an_article_whose_records_changed_shows_them_as_updated_in_the_briefing(
        workspace: Workspace, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setenv("TRADEWATCH_REVALIDATE_DAYS", "0")  # (a feed-dated item is otherwise asked again after 7 days)
    first = "2026-02-01T06:00:00+00:00"
    second = "2026-02-02T06:00:00+00:00"
    with HostileServer() as srv:
        serve_site(srv, seed=62, indices=[1, 2])
        workspace.add_source("site", srv.url("/feed.xml"))
        run_pipeline(workspace, first, first)
        # page 1 is corrected on the site: another value, other evidence
        changed = syn.article_html(62, 1, revision=1)
        srv.route(syn.article_path(1), Reply(200, changed, etag=syn.etag(changed)))
        outcome = run_pipeline(workspace, second, second)
        assert outcome["crawled"]["site"]["fetched"] >= 1
        url = srv.url(syn.article_path(1))
        assert query(workspace.duckdb, "select updated_for from articles where url = ?", [url]) == \
            [(dt.datetime.fromisoformat(second),)]
        # the other page, fetched again unchanged, is not updated
        assert query(workspace.duckdb, "select count(*) from articles where updated_for is not null") == [(1,)]
        html = _briefing(workspace.duckdb, dt.date(2026, 2, 2), dt.datetime(2026, 2, 2, 12, tzinfo=dt.UTC))
        assert _figure(html, "new deals") == 0 and _figure(html, "new articles") == 0
        deals = _section(html, "deals") + _section(html, "sanction-list")
        assert ">updated<" in deals and url in deals
        # a rerun of the date keeps the mark as it is
        run_pipeline(workspace, second, second)
        assert query(workspace.duckdb, "select count(*) from articles where updated_for is not null") == [(1,)]


def _sdn_with(name: str) -> bytes:
    """The SDN fixture with one more entity entry named `name`."""
    entry = (f"<sdnEntry><uid>990001</uid><lastName>{name.upper()}</lastName><sdnType>Entity</sdnType>"
             "<programList><program>RUSSIA-EO14024</program></programList></sdnEntry>")
    xml = (FIXTURES / "sdn.xml").read_text(encoding="utf-8")
    return xml.replace("</sdnList>", entry + "</sdnList>").encode("utf-8")


def test_an_older_deal_whose_party_a_list_refresh_adds_is_newly_listed_in_the_briefing(
        workspace: Workspace, tmp_path: Path, capsys) -> None:  # noqa: F811
    from tradewatch.cli import main
    from tradewatch.lists.refresh import refresh_lists

    root = tmp_path / "www"
    root.mkdir()
    (root / "sdn.xml").write_bytes((FIXTURES / "sdn.xml").read_bytes())
    day1 = "2026-02-01T06:00:00+00:00"
    with HostileServer() as srv, LocalServer(root) as lists_server:
        registry = write_registry(tmp_path / "registry", lists_server.base_url, ("us_ofac_sdn",))
        refresh_lists(registry, as_of=dt.datetime(2026, 1, 31, tzinfo=dt.UTC))
        serve_site(srv, seed=63, indices=[1])
        workspace.add_source("site", srv.url("/feed.xml"))
        run_pipeline(workspace, day1, day1)
        (deal_id, party), *_ = query(workspace.duckdb, "select deal_id, name from deal_parties order by all")
        assert query(workspace.duckdb, "select count(*) from v_deals_with_listed_parties") == [(0,)]

        # five days later the list adds that party
        (root / "sdn.xml").write_bytes(_sdn_with(party))
        listed_at = dt.datetime(2026, 2, 6, 8, tzinfo=dt.UTC)
        refresh_lists(registry, as_of=listed_at)
        assert query(workspace.duckdb, "select count(distinct deal_id) from v_deals_with_listed_parties") >= [(1,)]

        html = _briefing(workspace.duckdb, dt.date(2026, 2, 6), dt.datetime(2026, 2, 6, 12, tzinfo=dt.UTC))
        listed = _section(html, "listed-parties")
        assert ">newly listed<" in listed and party in listed
        assert _figure(html, "deals with listed parties") >= 1
        # the next recomputation of the matches keeps when the match first appeared
        refresh_lists(registry, as_of=dt.datetime(2026, 2, 7, 8, tzinfo=dt.UTC))
        from tradewatch.lists.matching import refresh_matches
        from tradewatch.store.db import open_db

        with open_db(workspace.duckdb) as con:
            refresh_matches(con, as_of=dt.datetime(2026, 2, 8, tzinfo=dt.UTC))
        assert query(workspace.duckdb, "select distinct first_matched_at from matches where subject_key like ?",
                     [f"{deal_id}:%"]) == [(listed_at,)]
        # a day later it is no news any more
        later = _briefing(workspace.duckdb, dt.date(2026, 2, 8), dt.datetime(2026, 2, 8, 12, tzinfo=dt.UTC))
        assert ">newly listed<" not in _section(later, "listed-parties")

        # `lists changes` says which stored deal the added entry flags
        capsys.readouterr()
        assert main(["lists", "changes", "--days", "3650"]) == 0
        out = capsys.readouterr().out
        assert deal_id in out.replace("\n", "").replace("│", "").replace(" ", "")
