"""The reporting views of migration 0006 against the fixture database."""

from __future__ import annotations

import pytest


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_recent_sanctions_aggregates_targets_in_order_and_joins_article(report_con):
    row = _rows(report_con, "select * from v_recent_sanctions where sanction_id = ?", ["s1"])[0]
    assert row["target_count"] == 2
    assert row["target_list"] == ["Oceanic Star Shipping LLC", "Ivan <b>Petrov</b>"]
    assert row["article_url"] == "https://home.treasury.gov/news/press-releases/sb0001"
    assert row["source_id"] == "ofac_news"
    untargeted = _rows(report_con, "select target_count from v_recent_sanctions where sanction_id = ?", ["s2"])[0]
    assert untargeted["target_count"] == 0


def test_reported_on_falls_back_to_publication_then_first_seen(report_con):
    got = dict(report_con.execute("select sanction_id, reported_on from v_recent_sanctions").fetchall())
    expected = dict(
        report_con.execute(
            "select s.sanction_id, coalesce(s.date, a.published_at::date, a.first_seen_at::date) "
            "from sanctions s join articles a using (article_id)"
        ).fetchall()
    )
    assert got == expected
    deal = report_con.execute("select reported_on, published_at from v_recent_deals where deal_id = 'd2'").fetchone()
    first_seen = report_con.execute("select first_seen_at::date from articles where article_id = 'a5'").fetchone()
    assert deal[1] is None and deal[0] == first_seen[0]


def test_sanctions_by_authority_month_totals_match_base_table(report_con):
    total = report_con.execute("select sum(sanctions) from v_sanctions_by_authority_month").fetchone()[0]
    assert total == report_con.execute("select count(*) from sanctions").fetchone()[0]
    unknown = _rows(report_con, "select * from v_sanctions_by_authority_month where jurisdiction = 'unknown'")
    assert [r["sanctions"] for r in unknown] == [1]


def _add_sanction(con, sanction_id, article_id, authority, country, measure, day, targets=()):
    con.execute(
        "insert into sanctions (sanction_id, article_id, authority, authority_country, measure, date, evidence, "
        "confidence, extractor_version) values (?, ?, ?, ?, ?, ?, 'evidence', 0.9, 'test')",
        [sanction_id, article_id, authority, country, measure, day],
    )
    con.executemany(
        "insert into sanction_targets (sanction_id, target_idx, article_id, name, kind, country) "
        "values (?, ?, ?, ?, 'person', null)",
        [(sanction_id, i, article_id, name) for i, name in enumerate(targets)],
    )


def test_sanctions_by_month_groups_by_jurisdiction_as_the_briefing_does_and_is_ordered(report_db):
    # hostile probe 31 F10: grouped by the raw authority name ("OFAC" apart from "US Treasury"), unlike the briefing,
    # and came in no order
    from datetime import date

    from tradewatch.store.db import connect

    con = connect(report_db)
    con.execute("update sanctions set authority_country = 'US' where authority = 'OFAC'")
    _add_sanction(con, "s6", "a1", "US Treasury", "US", "designation", date(2026, 3, 17), ["Arctic Fox Mining Corp"])
    rows = _rows(con, "select * from v_sanctions_by_authority_month")
    expected = _rows(con, "select coalesce(authority_country, authority, 'unknown') as jurisdiction, "
                          "date_trunc('month', reported_on)::date as month, count(*) as sanctions "
                          "from v_recent_sanctions group by all order by month, jurisdiction")
    con.close()
    assert [(r["jurisdiction"], r["month"], r["sanctions"]) for r in rows] == [
        (e["jurisdiction"], e["month"], e["sanctions"]) for e in expected]
    us = [r for r in rows if r["jurisdiction"] == "US"]
    assert len(us) == 1 and us[0]["authorities"] == "OFAC; US Treasury" and us[0]["sanctions"] == 3


def test_one_action_with_two_measures_counts_its_target_once(report_db):
    # hostile probe 31 F7: an asset freeze and a travel ban on one person made 2 targets in the monthly view
    from datetime import date

    from tradewatch.store.db import connect

    con = connect(report_db)
    _add_sanction(con, "s6", "a4", "EU Council", None, "travel ban", date(2026, 2, 8), ["oceanic star shipping llc "])
    eu = _rows(con, "select * from v_sanctions_by_authority_month where jurisdiction = 'EU Council'")
    con.close()
    assert [(r["sanctions"], r["targets"]) for r in eu] == [(2, 1)]


def test_deals_by_type_country_unnests_and_keeps_deals_without_country(report_con):
    rows = {(r["deal_type"], r["country"]): r["deals"] for r in _rows(report_con, "select * from v_deals_by_type_country")}
    assert rows == {("joint_venture", "KZ"): 1, ("joint_venture", "CN"): 1, ("acquisition", "TR"): 1, ("supply", "unknown"): 1}


def test_deals_by_type_country_sums_to_each_type_s_total(report_db):
    # hostile probe 31 F6: a deal naming two countries had its whole value in both rows, so a sum by type doubled it
    from tradewatch.store.db import connect

    con = connect(report_db)
    con.execute(
        "insert into deals (deal_id, article_id, deal_type, countries, value_usd, evidence, confidence, "
        "extractor_version) values ('d4', 'a3', 'joint_venture', ['DE', 'NO', 'DE'], 90000000.0, 'e', 0.8, 'test')"
    )
    by_type = dict(con.execute("select deal_type, sum(value_usd) from v_deals_by_type_country group by 1").fetchall())
    truth = dict(con.execute("select coalesce(deal_type, 'unknown'), sum(value_usd) from v_recent_deals group by 1")
                 .fetchall())
    shares = dict(con.execute("select deal_type, sum(deal_share) from v_deals_by_type_country group by 1").fetchall())
    deals = dict(con.execute("select coalesce(deal_type, 'unknown'), count(*) from v_recent_deals group by 1").fetchall())
    whole = {r["country"]: r["value_usd_whole_deals"]
             for r in _rows(con, "select * from v_deals_by_type_country where deal_type = 'joint_venture'")}
    con.close()
    assert by_type == truth and by_type["joint_venture"] == 250_000_000.0 + 90_000_000.0
    assert shares == pytest.approx({k: float(v) for k, v in deals.items()})
    assert whole == {"KZ": 250_000_000.0, "CN": 250_000_000.0, "DE": 90_000_000.0, "NO": 90_000_000.0}


def test_entity_mentions_is_every_target_and_party_with_its_article(report_con):
    mentions = report_con.execute("select count(*) from v_entity_mentions").fetchone()[0]
    expected = report_con.execute(
        "select (select count(*) from sanction_targets) + (select count(*) from deal_parties)"
    ).fetchone()[0]
    assert mentions == expected
    volga = _rows(report_con, "select * from v_entity_mentions where name = ? order by role", ["Volga Trading House"])
    assert [(r["role"], r["record_id"], r["article_title"] is not None) for r in volga] == [
        ("deal_party", "d1", True),
        ("sanction_target", "s3", True),
    ]


def test_source_health_streak_skips_skipped_runs_and_keeps_last_error(report_con):
    health = {r["source_id"]: r for r in _rows(report_con, "select * from v_source_health")}
    ofsi = health["uk_ofsi"]
    # runs: ok, failed, skipped, failed -> two consecutive failures up to the latest
    assert ofsi["failure_streak"] == 2
    assert ofsi["last_status"] == "failed"
    assert ofsi["last_error"] == "timeout <after 30s>"
    assert ofsi["runs"] == 4
    assert ofsi["yield_new_per_run"] == (5 + 0 + 0) / 3
    assert health["ofac_news"]["failure_streak"] == 0
    assert health["ofac_news"]["yield_new_per_run"] == 3.0
    assert health["reuters_trade"]["last_status"] == "partial"
    assert health["reuters_trade"]["failure_streak"] == 0


def test_source_health_counts_a_source_that_never_succeeded(tmp_path):
    from datetime import UTC, datetime

    from tradewatch.store.db import connect

    con = connect(tmp_path / "t.duckdb")
    con.executemany(
        "insert into source_runs (run_id, source_id, logical_date, status, error) values (?, ?, ?, ?, ?)",
        [
            ("r1", "broken", datetime(2026, 1, 1, tzinfo=UTC), "config_error", "bad yaml"),
            ("r2", "broken", datetime(2026, 1, 2, tzinfo=UTC), "failed", "HTTP 404"),
        ],
    )
    row = con.execute("select failure_streak, last_success_at, last_error from v_source_health").fetchone()
    con.close()
    assert row == (2, None, "HTTP 404")


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo", "UTC"])
def test_record_views_give_the_stored_day_in_any_session_time_zone(report_db, zone):
    # hostile probe 33 F9: `published_at::date` took the session's TimeZone (DuckDB's default is the machine's), so an
    # analyst in New York saw a record of a page published 2025-04-01 reported on 2025-03-31, in March's row
    from datetime import UTC, date, datetime

    import duckdb

    from tradewatch.store.db import connect

    con = connect(report_db)
    con.execute(
        "insert into articles (article_id, source_id, url, title, published_at, text, language, first_seen_at, "
        "last_seen_at) values ('a9', 'ofac_news', 'https://example.com/a9', 't', ?, 'text', 'en', ?, ?), "
        "('a10', 'ofac_news', 'https://example.com/a10', 't', null, 'text', 'en', ?, ?)",
        [datetime(2025, 4, 1, tzinfo=UTC), *[datetime(2025, 4, 2, tzinfo=UTC)] * 2,
         *[datetime(2025, 5, 1, tzinfo=UTC)] * 2],
    )
    _add_sanction(con, "s9", "a9", "OFAC", "US", "designation", None, ["Amur Shipping LLC"])
    _add_sanction(con, "s10", "a10", "OFAC", "US", "designation", None, ["Kama Tankers Ltd"])
    con.execute("insert into deals (deal_id, article_id, deal_type, countries, evidence, confidence, extractor_version) "
                "values ('d9', 'a9', 'acquisition', ['NO'], 'e', 0.8, 'test')")
    con.close()
    raw = duckdb.connect(str(report_db), read_only=True)
    try:
        raw.execute(f"set TimeZone = '{zone}'")
        sanctions = dict(raw.execute("select sanction_id, reported_on from v_recent_sanctions "
                                     "where sanction_id in ('s9', 's10')").fetchall())
        deal = raw.execute("select reported_on from v_recent_deals where deal_id = 'd9'").fetchone()[0]
        months = raw.execute("select month, sanctions from v_sanctions_by_authority_month where jurisdiction = 'US' "
                             "and month < date '2025-06-01' order by month").fetchall()
        first = raw.execute("select first_reported_on from v_deals_by_type_country where country = 'NO'").fetchone()[0]
    finally:
        raw.close()
    assert sanctions == {"s9": date(2025, 4, 1), "s10": date(2025, 5, 1)}
    assert deal == first == date(2025, 4, 1)
    assert months == [(date(2025, 4, 1), 1), (date(2025, 5, 1), 1)]


def test_the_record_and_listed_party_views_carry_evidence_fetch_time_and_source(report_db):
    # hostile probe 38 F7: the documented views had no evidence sentence and no fetched_at, and
    # v_deals_with_listed_parties no source either: "what did the article say?" needed a join back to the tables
    from datetime import UTC, datetime

    from tradewatch.report.render import open_for_reading
    from tradewatch.store.db import connect, migrations

    con = connect(report_db)
    con.execute("update articles set fetched_at = first_seen_at + interval 1 minute")
    con.execute("update sanctions set evidence = 'OFAC designated Oceanic Star.', start_offset = 0, end_offset = 29 "
                "where sanction_id = 's1'")
    con.execute("update deals set evidence = 'KazMunayGas and Volga Trading House formed a JV.', start_offset = 30, "
                "end_offset = 78 where deal_id = 'd1'")
    con.execute("insert into matches (subject_table, subject_key, article_id, subject_name, list_id, entity_id, "
                "matched_name, score, method, matched_at) values ('sanction_targets', 's1:0', 'a1', "
                "'Oceanic Star Shipping LLC', 'us_ofac_sdn', 'us_ofac_sdn-9', 'OCEANIC STAR SHIPPING LLC', 100, 'exact', ?)",
                [datetime(2026, 3, 19, tzinfo=UTC)])
    # a file upgraded from 0018: the views as 0017 and 0014 left them
    con.execute("delete from schema_migrations where version = 19")
    for version, _name, sql in migrations():
        if version in (14, 17):
            con.execute("create or replace view" + sql.split("create or replace view", 1)[1])
    assert "evidence" not in {r[0] for r in con.execute("describe v_recent_sanctions").fetchall()}
    con.close()

    con = open_for_reading(report_db)  # applies 0019
    try:
        sanction = con.execute("select evidence, start_offset, end_offset, fetched_at, source_id from v_recent_sanctions "
                               "where sanction_id = 's1'").fetchone()
        assert sanction[:3] == ("OFAC designated Oceanic Star.", 0, 29) and sanction[3] is not None
        assert sanction[4] == "ofac_news"
        checks = {
            "v_recent_sanctions": "select s.evidence, a.fetched_at, a.source_id from v_recent_sanctions v "
                                  "join sanctions s using (sanction_id) join articles a on a.article_id = s.article_id "
                                  "where v.evidence is distinct from s.evidence or v.fetched_at is distinct from a.fetched_at",
            "v_recent_deals": "select d.evidence from v_recent_deals v join deals d using (deal_id) "
                              "join articles a on a.article_id = d.article_id "
                              "where v.evidence is distinct from d.evidence or v.fetched_at is distinct from a.fetched_at",
        }
        for view, sql in checks.items():
            assert con.execute(sql).fetchall() == [], view
        listed = con.execute("select party_name, evidence, start_offset, end_offset, source_id, fetched_at is not null "
                             "from v_deals_with_listed_parties").fetchall()
        assert listed == [("Volga Trading House", "KazMunayGas and Volga Trading House formed a JV.", 30, 78,
                           "reuters_trade", True)]
        news = dict(con.execute("select subject_key, evidence from v_news_about_listed_entities").fetchall())
        assert news == {"d1:1": "KazMunayGas and Volga Trading House formed a JV.", "s1:0": "OFAC designated Oceanic Star."}
        assert con.execute("select count(*) from v_news_about_listed_entities where fetched_at is null "
                           "or source_id is null").fetchone() == (0,)
    finally:
        con.close()


def test_one_action_reported_by_two_articles_is_one_sanction_and_both_records_stay(report_db, generated_at):
    # hostile probe 38 F3: a news report of an OFAC designation (the same day, targets among the release's) became a
    # second measure in v_sanctions_by_authority_month and in the briefing's "new sanctions" card
    from datetime import date

    from tradewatch.report.queries import run_query
    from tradewatch.report.render import Window
    from tradewatch.store.db import connect

    con = connect(report_db)
    con.execute("update sanctions set authority_country = 'US' where authority = 'OFAC'")
    before = _rows(con, "select * from v_sanctions_by_authority_month where jurisdiction = 'US'")
    head_before = run_query(con, "headline", Window.build(None, generated_at).params())[0]
    # a5 (arrived after a1) reports s1's designation under another name of the office, naming one of its targets
    _add_sanction(con, "s7", "a5", "US Treasury", "US", "designation", date(2026, 3, 18), ["oceanic star shipping LLC"])
    # not the same action: another measure; a target s1 does not name
    _add_sanction(con, "s8", "a5", "US Treasury", "US", "asset freeze", date(2026, 3, 18), ["Oceanic Star Shipping LLC"])
    _add_sanction(con, "s9", "a5", "US Treasury", "US", "designation", date(2026, 3, 18), ["Arctic Fox Mining Corp"])
    repeats = dict(con.execute("select sanction_id, same_action_as from v_recent_sanctions").fetchall())
    assert {k: v for k, v in repeats.items() if v} == {"s7": "s1"}
    assert len(repeats) == con.execute("select count(*) from sanctions").fetchone()[0] == 8  # every record kept
    us = _rows(con, "select * from v_sanctions_by_authority_month where jurisdiction = 'US'")
    head = run_query(con, "headline", Window.build(None, generated_at).params())[0]
    by_jurisdiction = {r["jurisdiction"]: r for r in run_query(con, "sanctions_by_jurisdiction",
                                                               Window.build(None, generated_at).params())}
    listed = {r["sanction_id"] for r in run_query(con, "new_sanctions", Window.build(None, generated_at).params())}
    con.close()
    assert [(r["sanctions"], r["reports"]) for r in us] == [(before[0]["sanctions"] + 2, before[0]["reports"] + 3)]
    assert head["sanctions"] == head_before["sanctions"] + 2
    assert by_jurisdiction["US"]["sanctions"] == 4 and by_jurisdiction["US"]["articles"] == 2
    assert {"s1", "s7", "s8", "s9"} <= listed  # each article's record is still listed, with its own link
