"""Hostile probe 41 F10: right-to-left scraped text (an Arabic title with a Latin name, digits and brackets) keeps its
own direction in the briefing's and the dq-report's left-to-right cells (in a <bdi>), and stays escaped."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tradewatch.quality.report import collect
from tradewatch.quality.report import render_html as render_dq_report
from tradewatch.report.render import render_report
from tradewatch.store.db import connect

GENERATED_AT = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)  # (conftest.GENERATED_AT)
ARABIC_TITLE = "الخزانة الأمريكية تفرض عقوبات على بنك VTB و 3 شركات (تحديث 2) <b>"
ESCAPED = "الخزانة الأمريكية تفرض عقوبات على بنك VTB و 3 شركات (تحديث 2) &lt;b&gt;"


def test_the_briefing_isolates_a_right_to_left_title_and_leaves_latin_ones_as_they_are(report_db) -> None:
    con = connect(report_db)
    (article_id,) = con.execute("select article_id from v_recent_sanctions order by article_id limit 1").fetchone()
    con.execute("update articles set title = ? where article_id = ?", [ARABIC_TITLE, article_id])
    html = render_report(con, None, GENERATED_AT)
    con.close()
    assert f"<bdi>{ESCAPED}</bdi>" in html
    assert "<b>" not in html
    assert "<bdi>" not in html.replace(f"<bdi>{ESCAPED}</bdi>", "")  # (Latin titles and names: no change)


def test_the_dq_report_isolates_right_to_left_values_and_titles(tmp_path) -> None:
    con = connect(tmp_path / "t.duckdb")
    at = datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
    con.execute("insert into articles (article_id, source_id, url, title, first_seen_at, last_seen_at) "
                "values ('a1', 's', 'https://example.org/a1', ?, ?, ?)", [ARABIC_TITLE, at, at])
    con.execute("insert into dq_results values ('run-1', 'sanction_targets', 'expect_column_values_to_not_be_null', "
                "'name', false, 1, 1, '1 of 1 unexpected', ?)", [at])
    con.execute("insert into quarantine values ('run-1', 'sanction_targets', 't1', 'expect_column_values_to_not_be_null', "
                "'name', 'سعيد الجمل (2)', 'name is empty', 'a1', ?, ?)", [json.dumps({"name": "x"}), at])
    report = collect(con, generated_at=at, runs=2)
    con.close()
    page = render_dq_report(report)
    assert f"<bdi>{ESCAPED}</bdi>" in page and "<bdi>سعيد الجمل (2)</bdi>" in page
    assert "<b>" not in page
