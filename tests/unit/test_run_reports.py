"""The reports `tradewatch run` / `demo` write after their DAGs, over a real DuckDB file."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from tests.unit.report.conftest import build_report_db
from tradewatch import pipeline_cli
from tradewatch.settings import get_settings


def test_the_run_briefing_leaves_the_reports_dags_briefing_of_the_day_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # hostile probe 38 F5: `tradewatch run` wrote its all-time briefing to briefing-<clock date>.html, the name the
    # reports DAG gives its one-day briefing of that day, and replaced it
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRADEWATCH_DUCKDB", raising=False)
    settings = get_settings()
    build_report_db(settings.duckdb_path)
    today = datetime.now(UTC)
    run_at = datetime(2026, 3, 20, 6, 0, tzinfo=UTC)
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    scheduled = [settings.reports_dir / f"briefing-{day.date().isoformat()}.html" for day in (today, run_at)]
    for path in scheduled:
        path.write_text("the reports DAG's one-day briefing", encoding="utf-8")
    out = io.StringIO()
    pipeline_cli._print_reports(Console(file=out, width=300), settings, False, run_at)
    for path in scheduled:
        assert path.read_text(encoding="utf-8") == "the reports DAG's one-day briefing"
    written = settings.reports_dir / "briefing-2026-03-20-run.html"
    assert "Treasury sanctions shipping network" in written.read_text(encoding="utf-8")
    assert f"Briefing:            {written} (every record loaded so far" in out.getvalue()


def test_the_run_summary_gives_each_report_as_a_uri_a_browser_opens(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # (hostile probe 47 F12: bare paths, in a data folder whose name may hold spaces)
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "my data"))
    monkeypatch.delenv("TRADEWATCH_DUCKDB", raising=False)
    settings = get_settings()
    build_report_db(settings.duckdb_path)
    out = io.StringIO()
    pipeline_cli._print_reports(Console(file=out, width=300), settings, False, datetime(2026, 3, 20, 6, tzinfo=UTC))
    uris = [w for w in out.getvalue().split() if w.startswith("file:")]
    assert (settings.reports_dir / "briefing-2026-03-20-run.html").as_uri() in uris
    assert (settings.reports_dir / "dq-report.html").as_uri() in uris
