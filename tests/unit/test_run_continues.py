"""`tradewatch run` / `demo` run every DAG whatever became of the one before (hostile probe 22: a lists DAG failing on an
unreachable list skipped the news ingest without a word). Airflow's own runs are tested in tests/integration; here the
order and the messages of the command, with each DAG's run standing for `airflow dags test`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from tradewatch import dagrun, pipeline_cli


@pytest.fixture()
def ran(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRADEWATCH_AIRFLOW_HOME", str(tmp_path / "airflow"))
    calls: list[str] = []

    def dags_test(dag_id: str, logical_date: str, env: dict, log_file: Path) -> None:
        calls.append(dag_id)
        if dag_id == "sanctions_lists":
            raise dagrun.DagRunFailed("DAG sanctions_lists run for 2026-03-01 failed: 4 list(s) failed")

    monkeypatch.setattr(dagrun, "ensure_metadata_db", lambda env, log_file: None)
    monkeypatch.setattr(dagrun, "dags_test", dags_test)
    monkeypatch.setattr(pipeline_cli, "print_summary", lambda console, run_key, settings: None)
    monkeypatch.setattr(pipeline_cli, "_print_reports", lambda console, settings, demo, run_at: None)
    return calls


def test_a_failed_lists_dag_does_not_skip_the_news_ingest_and_says_so(ran: list[str]) -> None:
    out = io.StringIO()
    code = pipeline_cli._run_dags(Console(file=out, width=200), {}, "2026-03-01T00:00:00+00:00", demo=False)
    text = out.getvalue()
    assert ran == ["sanctions_lists", "news_ingest"]
    assert code == 1  # the run as a whole failed: one of its DAGs did
    assert "✗ DAG sanctions_lists" in text and "Running the next DAG anyway" in text and "✓ news_ingest finished" in text
    assert "1 of 2 DAG(s) failed (sanctions_lists)" in text


def test_the_runs_use_tradewatch_airflow_home_never_an_inherited_airflow_home(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile probe 43 F7: with AIRFLOW_HOME pointing at another Airflow, `make demo` wrote its airflow.cfg, SQLite
    # airflow.db and logs there, although the README promised the project-local .airflow
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "someone_elses_airflow"))
    homes: list[str] = []
    monkeypatch.setattr(dagrun, "ensure_metadata_db", lambda env, log_file: homes.append(env["AIRFLOW_HOME"]))
    monkeypatch.setattr(dagrun, "dags_test", lambda dag_id, logical_date, env, log_file: homes.append(env["AIRFLOW_HOME"]))
    monkeypatch.setattr(pipeline_cli, "print_summary", lambda console, run_key, settings: None)
    monkeypatch.setattr(pipeline_cli, "_print_reports", lambda console, settings, demo, run_at: None)
    console = Console(file=io.StringIO(), width=200)
    monkeypatch.delenv("TRADEWATCH_AIRFLOW_HOME", raising=False)
    pipeline_cli._run_dags(console, {}, "2026-03-01T00:00:00+00:00", demo=False)
    assert set(homes) == {str(pipeline_cli.PROJECT_ROOT / ".airflow")}
    homes.clear()
    monkeypatch.setenv("TRADEWATCH_AIRFLOW_HOME", str(tmp_path / "chosen"))
    pipeline_cli._run_dags(console, {}, "2026-03-01T00:00:00+00:00", demo=False)
    assert set(homes) == {str(tmp_path / "chosen")}
