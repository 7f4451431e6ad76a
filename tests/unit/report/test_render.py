"""The HTML briefing: figures agree with SQL, scraped text is escaped, nothing is fetched from outside."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tradewatch.report.render import render_report, safe_href, write_report

# Mirrors conftest.GENERATED_AT; the fixture `generated_at` asserts they agree.
GENERATED_AT = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
SINCE = (GENERATED_AT - timedelta(days=7)).date()


def test_constants_match_the_fixture_database(generated_at):
    assert generated_at == GENERATED_AT


def _figure(html: str, label: str) -> str:
    """The headline figure whose card label starts with `label`."""
    match = re.search(r'<div class="figure">([^<]*)</div><div class="label">' + re.escape(label), html)
    assert match, f"no headline card labelled {label!r}"
    return match.group(1)


def _count(con, sql: str, params: list) -> int:
    return con.execute(sql, params).fetchone()[0]


class _Refs(HTMLParser):
    """Collects every attribute that can load or link something, with its tag."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data", "xlink:href", "background"):
                self.refs.append((tag, name, value or ""))


@pytest.fixture()
def html(report_con) -> str:
    return render_report(report_con, SINCE, GENERATED_AT)


def test_headline_figures_equal_sql_counts_for_the_window(report_con, html):
    window = "first_seen_at >= ?::timestamptz and first_seen_at <= ?"
    params = [SINCE.isoformat(), GENERATED_AT]
    sanctions = _count(report_con, f"select count(*) from v_recent_sanctions where {window}", params)
    deals = _count(report_con, f"select count(*) from v_recent_deals where {window}", params)
    articles = _count(report_con, f"select count(*) from articles where {window}", params)
    failing = _count(report_con, "select count(*) from v_source_health where failure_streak > 0", [])
    assert (sanctions, deals, articles) != (0, 0, 0)  # the window must hold something to compare
    assert int(_figure(html, "new sanctions")) == sanctions
    assert int(_figure(html, "new deals")) == deals
    assert int(_figure(html, "new articles")) == articles
    assert int(_figure(html, "sources failing")) == failing


def test_since_narrows_the_briefing(report_con):
    everything = render_report(report_con, None, GENERATED_AT)
    recent = render_report(report_con, SINCE, GENERATED_AT)
    total = _count(report_con, "select count(*) from sanctions", [])
    assert int(_figure(everything, "new sanctions")) == total
    assert int(_figure(recent, "new sanctions")) < total
    assert "EU adopts 20th package" in everything and "EU adopts 20th package" not in recent


def test_each_new_sanction_and_deal_is_a_row_linking_to_its_article(report_con, html):
    rows = report_con.execute(
        "select article_url from v_recent_sanctions where first_seen_at >= ?::timestamptz "
        "union all select article_url from v_recent_deals where first_seen_at >= ?::timestamptz",
        [SINCE.isoformat(), SINCE.isoformat()],
    ).fetchall()
    for (url,) in rows:
        if url.startswith(("http://", "https://")):
            assert f'href="{url}"' in html
    assert html.count('<a href="https://home.treasury.gov/news/press-releases/sb0001"') == 2  # s1 and s2


def test_scraped_text_is_escaped(html, hostile_title):
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Ivan &lt;b&gt;Petrov&lt;/b&gt;" in html and "<b>Petrov" not in html
    assert "timeout &lt;after 30s&gt;" in html
    assert hostile_title not in html


def test_only_http_urls_become_links(html):
    assert "javascript:" not in html
    assert "Joint venture in Kazakhstan <span class=\"muted\">(no link)</span>" in html
    assert safe_href("javascript:alert(1)") is None
    assert safe_href("data:text/html,hi") is None
    assert safe_href("//evil.example/x") is None
    assert safe_href('https://x.example/a"onmouseover="b') == "https://x.example/a&quot;onmouseover=&quot;b"


def test_no_external_references(html):
    parser = _Refs()
    parser.feed(html)
    assert "script" not in parser.tags and "link" not in parser.tags and "iframe" not in parser.tags
    for tag, attr, value in parser.refs:
        assert tag == "a" and attr == "href", f"{tag} {attr}={value} loads something"
        assert value.startswith(("http://", "https://")), value
    assert "@import" not in html
    assert not re.search(r"url\s*\(", html), "CSS url() would fetch"
    assert not re.search(r"<link[^>]*stylesheet", html, re.I)
    # the only namespace URI is the SVG one, which browsers never fetch
    assert set(re.findall(r'xmlns="([^"]+)"', html)) <= {"http://www.w3.org/2000/svg"}


def test_charts_are_inline_svg(html):
    assert html.count("<svg") == 2
    assert "Sanction measures per jurisdiction per week" in html and "Deals by country and type" in html


def test_listed_party_deals_from_matches(html):
    section = html.split('id="listed-parties"')[1].split("</section>")[0]
    assert "Volga Trading House" in section and "us_ofac_sdn" in section
    assert int(_figure(html, "deals with listed parties")) == 1


def test_listed_party_view_is_used_when_the_lists_area_provides_it(report_db):
    from tradewatch.store.db import connect

    con = connect(report_db)
    # Same columns as 0005's view, different content: the briefing must show the view's rows.
    con.execute(
        "create or replace view v_deals_with_listed_parties as select deal_id, 'Shadow Fleet Ltd' as party_name, "
        "deal_type, 'uk_sanctions_list' as list_id, 'SHADOW FLEET' as listed_name, null as matched_name, "
        "['RUSSIA'] as listed_programs, 99.0 as score, 'A listed deal' as article_title, "
        "'https://example.org/a' as article_url from deals where deal_id = 'd2'"
    )
    html = render_report(con, None, GENERATED_AT)
    con.close()
    section = html.split('id="listed-parties"')[1].split("</section>")[0]
    assert "Shadow Fleet Ltd" in section and "RUSSIA" in section and 'href="https://example.org/a"' in section
    assert "Volga Trading House" not in section


def test_listed_party_deals_fall_back_to_matches_without_the_view(report_db):
    from tradewatch.store.db import connect

    con = connect(report_db)
    con.execute("drop view if exists v_deals_with_listed_parties")
    html = render_report(con, None, GENERATED_AT)
    con.close()
    section = html.split('id="listed-parties"')[1].split("</section>")[0]
    assert "Volga Trading House" in section and "us_ofac_sdn" in section


def test_listed_party_deals_respect_the_window(report_con):
    # d1 (the listed deal) was first seen 4 days before the report
    html = render_report(report_con, (GENERATED_AT - timedelta(days=2)).date(), GENERATED_AT)
    assert int(_figure(html, "deals with listed parties")) == 0
    assert "No deal in this period involves a party" in html


def _section(html: str, section_id: str) -> str:
    return html.split(f'id="{section_id}"')[1].split("</section>")[0]


def test_one_state_named_several_ways_counts_once_as_a_jurisdiction(report_db):
    # (hostile probe 23 F6: "US Treasury", "OFAC" and "US government" for one office made "7 sanctioning authorities"
    # of three)
    from tradewatch.store.db import connect

    con = connect(report_db)
    con.executemany("update sanctions set authority_country = ? where authority = ?",
                    [("US", "OFAC"), ("GB", "OFSI"), ("EU", "EU Council")])
    con.executemany(
        "insert into sanctions (sanction_id, article_id, authority, authority_country, measure, date, evidence, "
        "confidence, extractor_version) values (?, 'a1', ?, 'US', 'designation', ?, 'evidence', 0.9, 'test')",
        [("s6", "US Treasury", date(2026, 3, 18)), ("s7", "US government", date(2026, 3, 17))],
    )
    html = render_report(con, SINCE, GENERATED_AT)
    window = "where first_seen_at >= ?::timestamptz and first_seen_at <= ?"
    params = [SINCE.isoformat(), GENERATED_AT]
    states = _count(con, f"select count(distinct coalesce(authority_country, authority)) from v_recent_sanctions {window}",
                    params)
    names = _count(con, f"select count(distinct authority) from v_recent_sanctions {window}", params)
    us = _count(con, f"select count(*) from v_recent_sanctions {window} and authority_country = 'US'", params)
    con.close()
    assert names > states  # the window holds one state under several names
    assert int(_figure(html, "sanctioning jurisdictions")) == states
    rows = re.findall(r"<tr><td[^>]*>([^<]*)</td><td[^>]*>([^<]*)</td><td[^>]*>(\d+)</td>", _section(html, "sanctions"))
    assert [(j, n) for j, _, n in rows].count(("US", str(us))) == 1
    assert next(named for j, named, _ in rows if j == "US") == "OFAC; US Treasury; US government"
    assert "OFAC (US)" in _section(html, "sanction-list")


def test_a_value_without_a_usd_figure_shows_as_written_and_the_total_says_it_leaves_it_out(report_db):
    # (hostile probe 23 F4: HKD 3bn and SEK 2.3bn showed as "—", like an undisclosed value, and silently dropped out of
    # the USD total; a database loaded before their rates shipped still holds them without value_usd)
    from tradewatch.store.db import connect

    con = connect(report_db)
    con.executemany(
        "insert into deals (deal_id, article_id, deal_type, countries, value, currency, value_usd, evidence, "
        "confidence, extractor_version) values (?, 'a5', 'acquisition', ['HK'], ?, ?, null, 'evidence', 0.8, 'test')",
        [("d4", 3_000_000_000.0, "HKD"), ("d5", 2_300_000_000.0, "SEK")],
    )
    con.execute("update sanctions set amount = 5_800_000, currency = 'AED', amount_usd = null where sanction_id = 's5'")
    html = render_report(con, SINCE, GENERATED_AT)
    window = "where first_seen_at >= ?::timestamptz and first_seen_at <= ?"
    params = [SINCE.isoformat(), GENERATED_AT]
    total = _count(con, f"select sum(value_usd) from v_recent_deals {window}", params)
    left_out = _count(con, f"select count(*) from v_recent_deals {window} and value is not null and value_usd is null",
                      params)
    con.close()
    deals = _section(html, "deals")
    assert "HKD 3.0bn" in deals and "SEK 2.3bn" in deals
    assert '<span class="muted">—</span>' in deals  # d2 disclosed no value: still the mark for that
    assert "AED 5.8m" in _section(html, "sanction-list")
    assert _figure(html, "disclosed deal value (USD)") == f"${total / 1e6:,.1f}m"
    assert f"leaves out {left_out} valued deals with no USD rate (HKD, SEK)" in html


def test_empty_database_renders_empty_states(tmp_path):
    from tradewatch.store.db import connect

    con = connect(tmp_path / "empty.duckdb")
    html = render_report(con, None, GENERATED_AT)
    con.close()
    assert "<svg" not in html
    assert "No new sanctions in this period." in html
    assert "No new deals in this period." in html
    assert "No deal in this period involves a party" in html
    assert "No source has run yet" in html
    assert int(_figure(html, "new sanctions")) == 0


def test_write_report_writes_one_file_and_migrates_old_files(tmp_path, report_db):
    from tradewatch.store.db import connect

    con = connect(report_db)
    # as if the file had 0006 but predated 0005 (the lists views): only the set of versions tells
    con.execute("drop view v_deals_with_listed_parties")
    con.execute("delete from schema_migrations where version = 5")
    con.close()
    out = write_report(report_db, tmp_path / "out" / "briefing.html", SINCE, generated_at=GENERATED_AT)
    assert out == tmp_path / "out" / "briefing.html"
    assert [p.name for p in out.parent.iterdir()] == ["briefing.html"]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    con = connect(report_db, read_only=True)
    assert con.execute("select count(*) from v_deals_with_listed_parties").fetchone()[0] == 1
    con.close()


def test_write_report_defaults_to_the_dated_file_in_the_reports_folder(tmp_path, report_db, monkeypatch):
    from tradewatch.report import write_report as exported

    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    out = exported(report_db, None, None, generated_at=GENERATED_AT)
    assert out == tmp_path / "data" / "reports" / "briefing-2026-03-20.html"
    assert out.exists()


def test_write_report_without_database_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="make demo"):
        write_report(tmp_path / "missing.duckdb", tmp_path / "x.html", None)


def test_write_briefing_uses_settings_and_run_date(tmp_path, report_db, monkeypatch):
    from tradewatch.report.render import write_briefing

    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(report_db))
    path = Path(write_briefing(GENERATED_AT))
    assert path == tmp_path / "data" / "reports" / f"briefing-{GENERATED_AT.date().isoformat()}.html"
    html = path.read_text(encoding="utf-8")
    assert f"from {(GENERATED_AT - timedelta(days=1)).date().isoformat()}" in html


def test_the_listed_party_deals_headline_counts_every_deal_not_only_the_rows_shown(report_db, monkeypatch):
    # (hostile probe 27: the card counted the deals among the table's first 200 rows: 133 where the view held 23,705)
    from tradewatch.report import render
    from tradewatch.store.db import connect

    con = connect(report_db)
    con.execute(
        "create or replace view v_deals_with_listed_parties as select deal_id, 'Shadow Fleet Ltd' as party_name, "
        "deal_type, 'uk_sanctions_list' as list_id, 'SHADOW FLEET' as listed_name, null as matched_name, "
        "['RUSSIA'] as listed_programs, 99.0 as score, 'A listed deal' as article_title, "
        "'https://example.org/a' as article_url from deals"
    )
    (deals,), = con.execute("select count(distinct deal_id) from v_recent_deals").fetchall()
    assert deals >= 2
    monkeypatch.setattr(render, "ROW_LIMIT", 1)  # one row shown
    html = render_report(con, None, GENERATED_AT)
    con.close()
    assert int(_figure(html, "deals with listed parties")) == deals


def test_one_action_with_two_measures_counts_its_target_once_and_the_card_says_what_it_leaves_out(report_db):
    # hostile probe 31 F7: an asset freeze and a travel ban on one person made "2 named targets" of one; F14: the
    # jurisdictions card left out the sanctions naming no authority without a word
    from tradewatch.store.db import connect

    con = connect(report_db)
    con.execute("insert into sanctions (sanction_id, article_id, authority, measure, evidence, confidence, "
                "extractor_version) values ('s6', 'a2', 'OFSI', 'travel ban', 'evidence', 0.9, 'test')")
    con.execute("insert into sanction_targets (sanction_id, target_idx, article_id, name, kind) "
                "values ('s6', 0, 'a2', 'VOLGA TRADING HOUSE', 'organization')")
    html = render_report(con, SINCE, GENERATED_AT)
    window = "where first_seen_at >= ?::timestamptz and first_seen_at <= ?"
    params = [SINCE.isoformat(), GENERATED_AT]
    distinct = _count(con, f"select count(distinct lower(trim(name))) from sanction_targets where sanction_id in "
                           f"(select sanction_id from v_recent_sanctions {window})", params)
    mentions = _count(con, f"select sum(target_count) from v_recent_sanctions {window}", params)
    unattributed = _count(con, f"select count(*) from v_recent_sanctions {window} and authority is null", params)
    con.close()
    assert mentions > distinct and unattributed == 1
    assert f"new sanctions (measures) · {distinct} distinct named targets" in html
    assert "sanctioning jurisdictions (OFAC, OFSI) · not counted: 1 sanction naming no authority" in html
    rows = re.findall(r"<tr><td[^>]*>([^<]*)</td><td[^>]*>(?:<span[^>]*>)?[^<]*(?:</span>)?</td>"
                      r"<td[^>]*>(\d+)</td><td[^>]*>(\d+)</td>", _section(html, "sanctions"))
    assert ("OFSI", "2", "1") in rows, rows  # two measures, one target


def test_a_window_starting_after_the_report_time_is_refused():
    # hostile probe 31 F9: "from 2026-12-01 to 2026-11-30 22:49 UTC", every figure 0
    from tradewatch.report.render import Window

    with pytest.raises(ValueError, match="after the report time"):
        Window.build(GENERATED_AT.date() + timedelta(days=1), GENERATED_AT)
    assert Window.build(GENERATED_AT.date(), GENERATED_AT).describe().startswith(
        f"Records received from {GENERATED_AT.date().isoformat()} 00:00 UTC to ")


def _chart(html: str) -> str:
    return html.split("Sanction measures per jurisdiction per week</figcaption>")[1].split("</figure>")[0]


def _add_old_dated_sanctions(con, article_id: str, days: list[date]) -> None:
    con.execute(
        "insert into articles (article_id, source_id, url, title, published_at, text, language, first_seen_at, "
        "last_seen_at) values (?, 'eu_council', 'https://example.com/backfill', 't', null, 'text', 'en', ?, ?)",
        [article_id, GENERATED_AT - timedelta(days=1), GENERATED_AT - timedelta(days=1)])
    con.executemany(
        "insert into sanctions (sanction_id, article_id, authority, authority_country, measure, date, evidence, "
        "confidence, extractor_version) values (?, ?, 'EU Council', 'EU', 'asset freeze', ?, 'e', 0.9, 'test')",
        [(f"old{i}", article_id, day) for i, day in enumerate(days)])


def test_the_weekly_chart_says_how_many_of_the_briefings_sanctions_it_leaves_out(tmp_path):
    # hostile probe 33 F14: "no data for this period" beside the new sanctions the same page listed, all reported
    # before the chart's 12 weeks (a backfill's, or an old action reported now)
    from tradewatch.store.db import connect

    con = connect(tmp_path / "backfill.duckdb")
    _add_old_dated_sanctions(con, "b1", [date(2024, 7, 1), date(2025, 1, 5)])
    html = render_report(con, SINCE, GENERATED_AT)
    con.close()
    chart = _chart(html)
    assert "no data for this period" not in chart
    assert ("none reported in the 12 weeks charted; 2 sanctions of this briefing are dated 2024-07-01 to 2025-01-05, "
            "outside the 12 weeks charted (from 2025-12-29)") in chart
    assert chart.count("<svg") == 0 and "2024-07-01" in _section(html, "sanction-list")


def test_the_weekly_chart_notes_the_briefings_sanctions_outside_it_beside_those_it_shows(report_db):
    from tradewatch.store.db import connect

    con = connect(report_db)
    _add_old_dated_sanctions(con, "b1", [date(2024, 7, 1)])
    html = render_report(con, SINCE, GENERATED_AT)
    con.close()
    chart = _chart(html)
    assert "<svg" in chart
    assert ('<p class="note">Not in the chart: 1 sanction of this briefing is dated 2024-07-01, outside the 12 weeks '
            "charted (from 2025-12-29).</p>") in chart
