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
    assert len(outcome.quarantine) == 1

    con = connect(tmp_path / "t.duckdb")
    for table, frame in outcome.clean.items():
        con.register("frame", frame)
        con.execute(f"insert into {table} select * from frame")  # table names are ours, not data
        con.unregister("frame")
    con.register("q", outcome.quarantine)
    con.execute("insert into quarantine select * from q")
    con.register("r", outcome.results)
    con.execute("insert into dq_results select * from r")
    assert con.execute("select count(*) from sanction_targets").fetchone()[0] == 5
    stored = con.execute("select offending_value, record_key, quarantined_at from quarantine").fetchone()
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
