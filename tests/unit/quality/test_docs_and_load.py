"""End to end without Airflow: validate, load the outcome into DuckDB, build Data Docs, render the report."""

from __future__ import annotations

from datetime import UTC, datetime

from tradewatch.quality import build_data_docs, rebuild_data_docs, validate_batch
from tradewatch.quality.report import collect, render_html
from tradewatch.store.db import connect

from .batches import VALIDATED_AT, make_batch


def test_outcome_loads_and_reports(tmp_path):
    batch = make_batch(3)
    batch["sanction_targets"].loc[0, "kind"] = "<script>alert(1)</script>"
    batch["articles"].loc[0, "title"] = "<script>alert(2)</script>"
    outcome = validate_batch(batch, run_id="run-9", validated_at=VALIDATED_AT)
    # the bad target, and its sanction and that sanction's other target with it: a record loads whole or not at all
    assert sorted(outcome.quarantine["table_name"]) == ["sanction_targets", "sanction_targets", "sanctions"]

    con = connect(tmp_path / "t.duckdb")
    for table, frame in outcome.clean.items():
        con.register("frame", frame)
        con.execute(f"insert into {table} by name select * from frame")  # table names are ours, not data
        con.unregister("frame")
    con.register("q", outcome.quarantine)
    con.execute("insert into quarantine select * from q")
    con.register("r", outcome.results)
    con.execute("insert into dq_results select * from r")
    assert con.execute("select count(*) from sanction_targets").fetchone()[0] == 4
    stored = con.execute("select offending_value, record_key, quarantined_at from quarantine "
                         "where expectation <> 'expect_every_part_of_the_record_valid'").fetchall()[0]
    assert stored[0] == "<script>alert(1)</script>"
    assert stored[1].endswith(":0") and stored[2] == VALIDATED_AT

    page = render_html(collect(con, generated_at=datetime(2026, 3, 3, tzinfo=UTC)))
    con.close()
    assert "<script>" not in page and "&lt;script&gt;alert(2)&lt;/script&gt;" in page

    saved = outcome.write_validation_results(tmp_path / "dq" / "validations" / "run-9")
    assert {p.stem for p in saved} >= {"articles", "sanction_targets", "articles.schema"}
    out = tmp_path / "dq" / "data_docs"
    (out / "stale.html").parent.mkdir(parents=True)
    (out / "stale.html").write_text("old site")
    index = build_data_docs(tmp_path / "dq" / "validations", out)
    assert index == out / "index.html" and index.exists()
    assert not (out / "stale.html").exists()  # rebuilt, not layered on the old site
    pages = list((out / "validations").rglob("*.html"))
    assert any("run-9" in str(p) and p.name == "sanction_targets.html" for p in pages)
    target_page = next(p for p in pages if p.name == "sanction_targets.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in target_page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in target_page


def test_rebuild_data_docs_needs_saved_results(tmp_path):
    assert rebuild_data_docs(tmp_path / "validations", tmp_path / "docs") is None
    assert not (tmp_path / "docs").exists()
    outcome = validate_batch(make_batch(1), run_id="run-10", validated_at=VALIDATED_AT)
    outcome.write_validation_results(tmp_path / "validations" / "run-10" / "chunk-0")
    index = rebuild_data_docs(tmp_path / "validations", tmp_path / "docs")
    assert index == tmp_path / "docs" / "index.html" and index.exists()


def test_an_unwritable_site_folder_says_so_in_one_line_and_keeps_the_old_site(tmp_path, capsys):
    # hostile probe 14: in a read-only data folder GX printed a traceback for each of 17 pages, then the command failed
    # although the report asked for was written. (A file where the folder should be: unwritable even for root.)
    import pytest

    from tradewatch.quality.docs import DataDocsNotWritable

    outcome = validate_batch(make_batch(1), run_id="run-11", validated_at=VALIDATED_AT)
    outcome.write_validation_results(tmp_path / "validations" / "run-11")
    blocked = tmp_path / "not_a_folder"
    blocked.write_text("a file")
    with pytest.raises(DataDocsNotWritable, match="not writable .*dq-docs --out"):
        build_data_docs(tmp_path / "validations", blocked / "data_docs")
    assert "Traceback" not in capsys.readouterr().err
    assert blocked.read_text() == "a file"


def test_the_report_says_which_quarantined_rows_a_later_run_has_loaded(tmp_path):
    # hostile probe 18: rows fixed and loaded since were listed as quarantined, twice, with nothing to tell them apart
    import pandas as pd

    from tradewatch.quality.report import render_markdown

    def load(outcome):
        for table, frame in outcome.clean.items():
            con.register("frame", frame)
            con.execute(f"insert or replace into {table} by name select * from frame")  # table names are ours, not data
            con.unregister("frame")
        for name, frame in (("quarantine", outcome.quarantine), ("dq_results", outcome.results)):
            con.register("q", frame)
            con.execute(f"insert into {name} select * from q")  # noqa: S608
            con.unregister("q")

    con = connect(tmp_path / "t.duckdb")
    first = make_batch(2)
    first["articles"].loc[0, "published_at"] = pd.Timestamp("2099-01-01", tz="UTC")  # quarantined with its records
    load(validate_batch(first, run_id="run-1", validated_at=VALIDATED_AT))
    fixed = make_batch(2)  # the page fixed, fetched again a day later
    fixed["articles"]["fetched_at"] = pd.Timestamp(VALIDATED_AT) + pd.Timedelta(days=1)
    later = VALIDATED_AT.replace(day=VALIDATED_AT.day + 1)
    load(validate_batch(fixed, run_id="run-2", validated_at=later))
    third = {t: f.iloc[[2]].reset_index(drop=True) for t, f in make_batch(3).items()}
    third["sanction_targets"] = make_batch(3)["sanction_targets"].iloc[[4, 5]].reset_index(drop=True)
    third["deal_parties"] = make_batch(3)["deal_parties"].iloc[[4, 5]].reset_index(drop=True)
    third["articles"].loc[0, "published_at"] = pd.Timestamp("2099-01-01", tz="UTC")  # still quarantined, never loaded
    load(validate_batch(third, run_id="run-3", validated_at=later))

    report = collect(con, generated_at=datetime(2026, 3, 5, tzinfo=UTC))
    con.close()
    by_run = {(r["run_id"], r["table_name"]): r["loaded_now"] for r in report.quarantined}
    assert by_run[("run-1", "articles")] is True and by_run[("run-1", "sanctions")] is True
    assert by_run[("run-3", "articles")] is False and by_run[("run-3", "deals")] is False
    markdown = render_markdown(report)
    header = next(line for line in markdown.splitlines() if line.startswith("| Run |"))
    assert header.rstrip().endswith("| Loaded since |"), header
    assert "run-1" in markdown and "run-3" in markdown


def test_a_cut_result_file_is_left_out_of_the_data_docs_not_fatal(tmp_path):
    # hostile probe 21: a validate killed mid-write left a cut JSON file, and every later Data Docs build (and retention
    # after it) failed with a JSON error naming no file; results are written whole now, and a damaged one is skipped
    from tradewatch.quality.docs import load_validation_results

    outcome = validate_batch(make_batch(2), run_id="run-1", validated_at=VALIDATED_AT)
    saved = outcome.write_validation_results(tmp_path / "validations" / "run-1")
    assert saved and not [p for p in (tmp_path / "validations" / "run-1").iterdir() if p not in saved]  # no temp files
    cut = tmp_path / "validations" / "run-0" / "articles.json"
    cut.parent.mkdir(parents=True)
    cut.write_text(saved[0].read_text(encoding="utf-8")[:300], encoding="utf-8")
    assert len(load_validation_results(tmp_path / "validations")) == len(saved)
    index = build_data_docs(tmp_path / "validations", tmp_path / "site")
    assert index.exists()


def test_the_data_docs_parse_only_the_runs_they_show(tmp_path, caplog):
    # hostile probe 27 F4: the site parsed every saved result (310 runs: 2.6 s) to show the newest 30. The runs are
    # chosen by their recorded time first: names out of time order, and the oldest run written last (newest mtime)
    import logging
    import re
    from datetime import timedelta

    from tradewatch.quality.docs import load_validation_results

    folder = tmp_path / "validations"
    for run, days in (("run-b", 0), ("run-a", 1), ("run-c", 2), ("run-old", -5)):
        outcome = validate_batch(make_batch(1), run_id=run, validated_at=VALIDATED_AT + timedelta(days=days))
        outcome.write_validation_results(folder / run / "chunk-0")
    before = build_data_docs(load_validation_results(folder), tmp_path / "before", max_runs=2).parent
    for run in ("run-b", "run-old"):  # not shown: damaged, they would be reported unreadable if parsed
        biggest = max((folder / run).rglob("*.json"), key=lambda p: p.stat().st_size)
        biggest.write_text("{ cut", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tradewatch"):
        after = build_data_docs(folder, tmp_path / "after", max_runs=2).parent
    assert not [r.getMessage() for r in caplog.records if "unreadable" in r.getMessage()]

    def pages(site):  # (GX gives each build's collapsible sections new uuids and stamps its logo's URL with the time)
        made = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\?d=\d{8}T[\d.]+Z")
        return {str(p.relative_to(site)): made.sub("", p.read_text(encoding="utf-8"))
                for p in (site / "validations").rglob("*.html")}

    shown = pages(after)
    assert shown == pages(before)
    assert {part for name in shown for part in name.split("/") if part.startswith("run-")} == {"run-a", "run-c"}


def test_the_data_docs_load_nothing_from_outside_the_site_and_still_show_the_results(tmp_path):
    # hostile probe 26 F6: GX's stock pages ran jQuery, Bootstrap, bootstrap-table and vega from five CDNs (mostly
    # unpinned, no SRI) and loaded a logo from S3, beside unexpected values that are scraped text
    import re
    from html.parser import HTMLParser
    from urllib.parse import unquote

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.text = [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, dict(attrs)))

        def handle_data(self, data):
            self.text.append(data)

    batch = make_batch(2)
    batch["sanction_targets"].loc[0, "kind"] = "Odd kind 417"
    validate_batch(batch, run_id="run-7", validated_at=VALIDATED_AT).write_validation_results(tmp_path / "v" / "run-7")
    site = build_data_docs(tmp_path / "v", tmp_path / "site").parent
    remote = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
    pages = list(site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        parsed = Tags()
        parsed.feed(page.read_text(encoding="utf-8"))
        assert not [t for t, _ in parsed.tags if t == "script"], page
        loads = [(t, a.get("src") or a.get("href") or a.get("data") or "") for t, a in parsed.tags
                 if t in ("img", "link", "iframe", "embed", "object", "source", "audio", "video")]
        assert not [x for x in loads if remote.match(x[1])], (page, loads)
        assert not [a for t, a in parsed.tags if re.search(r"url\(\s*['\"]?\s*(?:https?:)?//", a.get("style") or "")]
        csp = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
        assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0], page
        assert not re.search(r"<style\b[^>]*>[^<]*url\(\s*['\"]?\s*(?:https?:)?//", page.read_text(encoding="utf-8"))
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//|@import", css.read_text(encoding="utf-8")), css

    index = Tags()
    index.feed((site / "index.html").read_text(encoding="utf-8"))
    text = " ".join(index.text)
    assert "run-7" in text and "sanction_targets" in text and "failed" in text
    links = [a["href"] for t, a in index.tags if t == "a" and a.get("href")]
    assert len(links) >= 10 and all((site / unquote(link)).is_file() for link in links)
    targets = next(p for p in pages if p.name == "sanction_targets.html" and "validations" in p.parts)
    shown = Tags()
    shown.feed(targets.read_text(encoding="utf-8"))
    assert "Odd kind 417" in " ".join(shown.text)  # the validation page is static HTML: the value is on the page
