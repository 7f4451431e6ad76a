"""dq-report: renders from a small DuckDB, self-contained, escapes scraped text, links only http(s)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from tradewatch.quality.report import collect, render_html, render_markdown, safe_url
from tradewatch.store.db import connect

T0 = datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
EVIL_TITLE = "<script>alert('x')</script> Sanctions | news"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    con = connect(path)
    articles = pd.DataFrame([
        {"article_id": "a1", "source_id": "s", "url": "https://news.example.org/a1", "title": EVIL_TITLE,
         "first_seen_at": T0, "last_seen_at": T0},
        {"article_id": "a2", "source_id": "s", "url": "javascript:alert(1)", "title": "Bad link",
         "first_seen_at": T0, "last_seen_at": T0},
    ])
    con.register("articles_frame", articles)
    con.execute(
        "insert into articles (article_id, source_id, url, title, first_seen_at, last_seen_at) "
        "select article_id, source_id, url, title, first_seen_at, last_seen_at from articles_frame"
    )
    results = []
    for day in range(3):
        run_id = f"run-{day}"
        at = T0 + timedelta(days=day)
        results += [
            (run_id, "sanctions", "expect_column_values_to_be_between", "amount", day != 2, 10, 1 if day == 2 else 0,
             "1 of 10 unexpected, e.g. [-5.0]" if day == 2 else "0 of 10 unexpected", at),
            (run_id, "articles", "expect_column_values_to_not_be_null", "url", True, 5, 0, "0 of 5 unexpected", at),
        ]
    con.executemany("insert into dq_results values (?, ?, ?, ?, ?, ?, ?, ?, ?)", results)
    quarantine = [
        ("run-2", "sanctions", "s1", "expect_column_values_to_be_between", "amount", "-5.0", "amount is negative",
         "a1", json.dumps({"sanction_id": "s1"}), T0 + timedelta(days=2)),
        ("run-2", "deals", "d1", "expect_column_values_to_be_in_set", "evidence", "<img src=x onerror=alert(2)>",
         "evidence not found in the article text", "a2", "{}", T0 + timedelta(days=2)),
        ("run-2", "articles", "a9", "expect_column_values_to_be_between", "published_at", "2027-01-01",
         "published_at before 1945 or in the future", "a9",
         json.dumps({"article_id": "a9", "url": "https://quarantined.example.org/a9", "title": "Future"}),
         T0 + timedelta(days=2)),
        ("run-0", "deals", "old", "expect_column_values_to_be_in_set", "deal_type", "merger", "old", None, "{}", T0),
    ]
    con.executemany("insert into quarantine values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quarantine)
    con.close()
    return path


def test_report_renders_numbers_links_and_escapes(db):
    con = connect(db, read_only=True)
    report = collect(con, generated_at=T0 + timedelta(days=3), runs=2)
    con.close()
    page = render_html(report)

    assert {r["run_id"] for r in report.runs} == {"run-1", "run-2"}
    sanctions = next(r for r in report.pass_rates if r["suite"] == "sanctions")
    assert (sanctions["passed"], sanctions["evaluated"], sanctions["pass_rate"]) == (1, 2, 50.0)
    assert [(r["suite"], r["column_name"]) for r in report.top_failing] == [("sanctions", "amount")]
    assert {r["record_key"] for r in report.quarantined} == {"s1", "d1", "a9"}  # run-0 is outside the window

    # self-contained: no external scripts, stylesheets, fonts or imports
    assert 'src="http' not in page
    assert not re.search(r"<link[^>]+http", page)
    assert "@import" not in page and "<script" not in page.lower()
    # scraped text is escaped, only http(s) URLs become links
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert '<a href="https://news.example.org/a1" rel="noopener noreferrer">' in page
    assert '<a href="https://quarantined.example.org/a9"' in page
    assert "javascript:" not in page
    # a run's date is its logical date (a backfill's), said so, not the time the validation ran (hostile probe 23 F9)
    assert "<th>Logical date</th>" in page and "Validated at" not in page

    markdown = render_markdown(report)
    assert "| sanctions | 50.0% |" in markdown
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert "(https://news.example.org/a1)" in markdown and "javascript:" not in markdown


def test_cli_writes_the_html_and_prints_markdown(db, tmp_path, monkeypatch, capsys):
    from tradewatch.cli import main

    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(db))
    assert main(["dq-report", "--runs", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Tradewatch data quality")
    page = (tmp_path / "reports" / "dq-report.html").read_text(encoding="utf-8")
    assert "Pass rate per suite" in page and "&lt;script&gt;" in page

    target = tmp_path / "elsewhere" / "r.html"
    assert main(["dq-report", "--out", str(target), "--runs", "1"]) == 0
    assert target.exists()


def test_cli_says_what_to_do_without_a_database(tmp_path, monkeypatch, capsys):
    from tradewatch.cli import main

    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(tmp_path / "missing.duckdb"))
    assert main(["dq-report"]) == 1
    assert "make demo" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/x", "https://a.example/x"),
        ("HTTP://a.example", "HTTP://a.example"),
        ("javascript:alert(1)", None),
        ("data:text/html,hi", None),
        ("//a.example/x", None),
        ("/relative", None),
        (None, None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_the_report_is_never_written_through_a_file_planted_at_a_temp_name(db, tmp_path):
    # hostile probe 9: the report was written to the fixed `<out>.tmp`, through a symlink planted there
    from tradewatch.quality.report import write_report

    con = connect(db, read_only=True)
    report = collect(con, generated_at=T0 + timedelta(days=3), runs=2)
    con.close()
    out = tmp_path / "reports" / "dq-report.html"
    out.parent.mkdir()
    victim = tmp_path / "victim.conf"
    victim.write_text("keep me", encoding="utf-8")
    (out.parent / "dq-report.html.tmp").symlink_to(victim)
    assert write_report(report, out) == out
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not out.is_symlink() and out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert sorted(p.name for p in out.parent.iterdir()) == ["dq-report.html", "dq-report.html.tmp"]  # nothing of ours left
    with pytest.raises(OSError):
        write_report(report, tmp_path / "victim.conf" / "under-a-file.html")  # a failed write leaves no temp file
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_cli_report_written_when_the_data_docs_folder_is_not_writable(db, tmp_path, monkeypatch, capsys):
    # hostile probe 14: the report was written, then 17 GX tracebacks and exit 1 for the Data Docs site beside it
    from tradewatch.cli import main

    data = tmp_path / "data"
    saved = data / "dq" / "validations" / "run-1"
    saved.mkdir(parents=True)
    from tradewatch.quality import validate_batch

    from .batches import VALIDATED_AT, make_batch

    validate_batch(make_batch(1), run_id="run-1", validated_at=VALIDATED_AT).write_validation_results(saved)
    (data / "dq" / "data_docs.building").write_text("a file where the site's build folder goes")  # unwritable
    (data / "dq" / "data_docs.building").chmod(0o444)
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(data))
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(db))
    target = tmp_path / "r.html"
    assert main(["dq-report", "--out", str(target), "--runs", "1"]) == 0
    err = capsys.readouterr().err
    assert target.exists() and "Traceback" not in err
    assert "note: the Data Docs site was not rebuilt" in err


def test_scraped_values_are_no_markdown_formatting_or_live_links():
    # hostile probe 16: `**bold**`, backticks and a scraped URL in a cell became bold, code and a clickable link
    from tradewatch.quality.report import _md

    cell = _md('**bold** `code` ~~gone~~ a_b http://127.0.0.1:9/t.png =HYPERLINK("https://x.example/") a|b')
    import re

    assert not re.search(r"(?<!\\)[*`~_|]", cell), cell  # every mark escaped
    assert "http://" not in cell and "https://" not in cell, cell  # no autolink


def test_a_long_observed_value_keeps_its_cause_at_the_end(db):
    # hostile probe 31 F13: "gov: status failed in this run: listing http://127.0.0.1:8731/gov/feed.xml: HTT…" lost
    # the cause, "HTTP 404"
    con = connect(db)
    observed = ("gov: status failed in this run: listing http://127.0.0.1:8731/a-rather-long/path/to/the/gov/feed.xml:"
                " HTTP 404")
    con.execute("insert into dq_results values ('run-3', 'source_health', 'expect_source_run_to_succeed', "
                "'source_id', false, 1, 1, ?, ?)", [observed, T0 + timedelta(days=3)])
    md = render_markdown(collect(con, T0 + timedelta(days=3)))
    con.close()
    line = next(line for line in md.splitlines() if "expect\\_source\\_run\\_to\\_succeed" in line)
    assert "HTTP 404" in line and "gov: status failed" in line and "…" in line, line


def _quarantine(con, rows):
    con.executemany("insert into quarantine values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def test_the_failing_records_come_first_with_the_true_total_and_every_reason(db):
    # hostile probe 32 F5: at more than 200 rows the list held only "parent quarantined" children (deal_parties sorts
    # before deals), never a failing record, and the Markdown gave 200 as the total
    con = connect(db)
    at = T0 + timedelta(days=3)
    children = [("run-3", "deal_parties", f"d{i}:{k}", "expect_parent_not_quarantined", "deal_id", None,
                 f"parent quarantined: deals d{i} (countries is not ISO 3166-1 alpha-2 (or EU/UN))", "a1", "{}", at)
                for i in range(150) for k in range(2)]
    own = [("run-3", "deals", f"d{i}", "expect_column_values_to_be_in_set", "countries", '["QQ"]',
            "countries is not ISO 3166-1 alpha-2 (or EU/UN)", "a1", "{}", at) for i in range(150)]
    _quarantine(con, children + own)
    report = collect(con, at, max_quarantined=200)
    con.close()
    total = 150 + 300 + 3 + 1  # with the fixture's four (three in run-2, one in run-0)
    assert report.quarantined_total == total
    listed = [(r["table_name"], r["expectation"]) for r in report.quarantined]
    assert len(listed) == 200
    own_listed = [r for r in report.quarantined if r["expectation"] != "expect_parent_not_quarantined"]
    assert len(own_listed) == 150 + 4 and listed[:154] == [(r["table_name"], r["expectation"]) for r in own_listed]
    reasons = {(r["table_name"], r["reason"]): r["records"] for r in report.quarantine_reasons}
    assert reasons[("deals", "countries is not ISO 3166-1 alpha-2 (or EU/UN)")] == 150
    assert reasons[("deal_parties", None)] == 300  # one row for the children, whatever their parents' reasons
    assert ("sanctions", "amount is negative") in reasons and ("deals", "old") in reasons
    md = render_markdown(report)
    assert f"## Quarantined records ({total:,})" in md
    assert f"Showing 200 of {total:,} records" in md
    page = render_html(report)
    assert f"Quarantined records ({total:,})" in page and f"Showing 200 of {total:,} records" in page


def test_a_record_quarantined_by_several_runs_is_listed_and_counted_once(db):
    # hostile probe 32 F6: every `reextract` and every run refetching a still-bad page added a copy of the same record
    con = connect(db)
    again = [(run, "sanctions", "s1", "expect_column_values_to_be_between", "amount", "-5.0", "amount is negative",
              "a1", json.dumps({"sanction_id": "s1"}), T0 + timedelta(days=day))
             for run, day in (("run-3", 3), ("reextract 0.1.109", 4))]
    _quarantine(con, again)
    report = collect(con, T0 + timedelta(days=4))
    con.close()
    s1 = [r for r in report.quarantined if r["record_key"] == "s1"]
    assert len(s1) == 1, s1
    assert (s1[0]["run_id"], s1[0]["seen_in_runs"]) == ("reextract 0.1.109", 3)
    assert s1[0]["first_quarantined_at"] == T0 + timedelta(days=2)
    assert report.quarantined_total == 4  # s1, d1, a9, old
    negative = next(r for r in report.quarantine_reasons if r["reason"] == "amount is negative")
    assert (negative["records"], negative["runs"]) == (1, 3)
    # the runs table still says what each run held back
    assert {r["run_id"]: r["quarantined"] for r in report.runs}["run-3"] == 1


def test_the_report_says_what_to_do_about_each_reason(db):
    # hostile probe 32 F9: no reason or section said what to do next
    con = connect(db)
    _quarantine(con, [("run-2", "sanction_targets", "s1:0", "expect_parent_not_quarantined", "sanction_id", None,
                       "parent quarantined: sanctions s1 (amount is negative)", "a1", "{}", T0 + timedelta(days=2))])
    report = collect(con, T0 + timedelta(days=2))
    con.close()
    md = render_markdown(report)
    rows = {line.split("|")[1].strip() + "|" + line.split("|")[3].strip(): line for line in md.splitlines()
            if line.startswith("| ") and line.count("|") == 7}
    assert "reextract --all" in rows["sanctions|amount is negative"]
    assert "fetched whole again" in rows["articles|published\\_at before 1945 or in the future"]
    assert "see the parent's own reason" in rows["sanction\\_targets|parent quarantined"]
    assert "reextract --all" in render_html(report)


def test_a_long_reason_is_cut_between_words():
    # hostile probe 32 F9: "parent quarantined: deals 14a1fa8d32b2f…at is not ISO 3166-1 alpha-2 (or EU/UN))"
    from tradewatch.quality.report import _md

    reason = ("parent quarantined: deals 14a1fa8d32b2f0c7e5d4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8 "
              "(a part of the record failed: deal_parties of 14a1fa8d32b2f0c7 (country is not ISO 3166-1 alpha-2 "
              "(or EU/UN)))")
    cut = _md(reason, 80, keep_end=True)
    head, tail = cut.split("…")
    words = set(reason.replace("_", "\\_").split())
    assert head.split()[-1] in words and tail.split()[0] in words, cut


def test_cli_prints_a_file_uri_a_terminal_can_open(db, tmp_path, monkeypatch, capsys):
    # (hostile probe 47 F7: only the path was printed)
    from tradewatch.cli import main

    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(db))
    target = tmp_path / "my reports" / "qualité.html"
    assert main(["dq-report", "--out", str(target), "--runs", "1"]) == 0
    err = capsys.readouterr().err
    assert str(target) in err and target.resolve().as_uri() in err.split()
