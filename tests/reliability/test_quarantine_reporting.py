"""What validation holds back is said where a person looks (hostile probe 32): an expectation that cannot run stops the
run (F1); a run with quarantined rows is a WARNING line of its validate task, one whose every record was quarantined an
ERROR line, and `tradewatch status` and the run summary count them beside the source's "ok" (F4)."""

from __future__ import annotations

import re

import pytest

from tests.reliability.test_source_run_failures import _warnings_logged
from tests.support import synthetic as syn
from tests.support.harness import (  # noqa: F401
    LOGICAL_DATE,
    Workspace,
    query,
    run_pipeline,
    serve_future_dated_article,
    serve_site,
    workspace,
)
from tests.support.hostile_server import HostileServer, Reply
from tradewatch import pipeline
from tradewatch.cli import main
from tradewatch.quality import BatchValidationError


def _serve_all_future_dated(srv: HostileServer, ws: Workspace) -> None:
    """A source "late" whose two articles both claim 2062: validation quarantines both, and every record with them."""
    pages = serve_site(srv, seed=12, indices=[1, 2])
    for i, page in pages.items():
        future = re.sub(rb'published_time" content="[^"]+"', b'published_time" content="2062-01-01T00:00:00+00:00"',
                        page)
        srv.route(syn.article_path(i), Reply(200, future, etag=syn.etag(future)))
    ws.add_source("late", srv.url("/feed.xml"))


def _status_cell(out: str, source_id: str) -> str:
    line = next(line for line in out.splitlines() if f" {source_id} " in line and "│" in line)
    return [c.strip() for c in line.split("│")[1:-1]][2]


def test_a_run_whose_every_record_is_quarantined_says_so(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    with HostileServer() as srv, _warnings_logged() as logged:
        _serve_all_future_dated(srv, workspace)
        out = run_pipeline(workspace)
    validated = out["validated"]
    assert validated["records"] > 0 and validated["records_quarantined"] == validated["records"], validated
    assert query(workspace.duckdb, "select count(*) from sanctions") == [(0,)]
    errors = [r for r in logged if r.levelname == "ERROR" and "every record of the run was quarantined" in r.getMessage()]
    assert len(errors) == 1, [r.getMessage() for r in logged]
    kv = errors[0].kv  # type: ignore[attr-defined]
    assert kv["records_quarantined"] == validated["records"]
    assert "articles 2" in kv["by_table"] and kv["by_source"].startswith("late ")
    assert kv["top_reason"].startswith("articles.published_at: ")

    monkeypatch.setenv("COLUMNS", "200")
    assert main(["status"]) == 0
    cell = _status_cell(capsys.readouterr().out, "late")
    assert cell == f"ok ({validated['records']} records, 2 articles quarantined)", cell
    (row,) = pipeline.run_summary(LOGICAL_DATE)
    assert (row["records"], row["quarantined_records"]) == (0, validated["records"])


def test_a_run_with_some_rows_quarantined_is_a_warning_naming_the_top_reason(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv, _warnings_logged() as logged:
        serve_future_dated_article(srv, workspace)
        out = run_pipeline(workspace)
    assert 0 < out["validated"]["records_quarantined"] < out["validated"]["records"], out["validated"]
    warnings = [r for r in logged if "rows of the run were quarantined" in r.getMessage()]
    assert [r.levelname for r in warnings] == ["WARNING"], [r.getMessage() for r in logged]
    assert warnings[0].kv["top_reason"].startswith("articles.published_at: ")  # type: ignore[attr-defined]
    assert "dq-report" in warnings[0].getMessage()


def test_an_expectation_that_cannot_run_stops_the_run_and_nothing_loads(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    # hostile probe 32 F1: the check errored inside GX, was read as a failure with no row to quarantine, and the load
    # loaded every sanction it should have checked
    import great_expectations as gx

    from tradewatch.quality import runner, suites

    real = suites.ROW_SUITES["sanctions"]

    def broken(validated_at):  # type: ignore[no-untyped-def]
        suite = real(validated_at)
        suite.add_expectation(gx.expectations.ExpectColumnValuesToMatchRegex(column="authority", regex="(",
                                                                             description="an unbalanced pattern"))
        return suite

    monkeypatch.setitem(suites.ROW_SUITES, "sanctions", broken)
    runner._row_suite.cache_clear()
    try:
        with HostileServer() as srv:
            serve_site(srv, seed=21, indices=[1, 2, 3])
            workspace.add_source("one", srv.url("/feed.xml"))
            (source_id,) = pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)
            pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
        with pytest.raises(BatchValidationError, match=r"sanctions: expectation\(s\) could not run: "
                                                       r"expect_column_values_to_match_regex on authority"):
            pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
        with pytest.raises(Exception, match="manifest|validat"):
            pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    finally:
        runner._row_suite.cache_clear()
