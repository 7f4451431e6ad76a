"""`tradewatch run/demo --date` is read once, as UTC: the DAG runs, the summary's run and the briefing's day are the
same instant whatever the machine's time zone (hostile probe 47 F8: a date without a zone was UTC to the pipeline and
local time to the summary, which then showed another run, or none)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest


@pytest.fixture
def far_from_greenwich(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    from tradewatch import dagrun, pipeline_cli

    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14
    time.tzset()
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRADEWATCH_AIRFLOW_HOME", str(tmp_path / "airflow"))
    seen: list[tuple[str, str]] = []
    # (Airflow's own runs: tests/integration; here what the command hands each part)
    monkeypatch.setattr(dagrun, "ensure_metadata_db", lambda env, log_file: None)
    monkeypatch.setattr(dagrun, "dags_test", lambda dag_id, when, env, log_file, conf=None: seen.append((dag_id, when)))
    monkeypatch.setattr(pipeline_cli, "print_summary", lambda console, run_key, settings: seen.append(("summary", run_key)))
    monkeypatch.setattr(pipeline_cli, "_print_reports",
                        lambda console, settings, demo, run_at: seen.append(("reports", run_at.isoformat())))
    yield seen
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("given", "utc"), [
    ("2026-01-05", "2026-01-05T00:00:00+00:00"),
    ("2026-01-05T10:30:00", "2026-01-05T10:30:00+00:00"),
    ("2026-01-05T10:30:00Z", "2026-01-05T10:30:00+00:00"),
    ("2026-01-05T10:30:00+02:00", "2026-01-05T08:30:00+00:00"),
])
def test_the_date_is_one_utc_instant_everywhere(far_from_greenwich: list[tuple[str, str]], given: str, utc: str) -> None:
    from tradewatch.cli import main

    assert main(["run", "--date", given]) == 0
    assert far_from_greenwich == [("sanctions_lists", utc), ("news_ingest", utc), ("summary", utc), ("reports", utc)]
    assert datetime.fromisoformat(utc).tzinfo is not None
