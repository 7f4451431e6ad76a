"""The `reports` DAG parses and is scheduled on the DuckDB asset that news_ingest's loader updates."""

from __future__ import annotations

from pathlib import Path

import pytest

DAGS = Path(__file__).resolve().parents[3] / "dags"


@pytest.fixture(scope="module")
def dagbag(tmp_path_factory: pytest.TempPathFactory):
    import os

    os.environ.setdefault("AIRFLOW_HOME", str(tmp_path_factory.mktemp("airflow_home")))
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS / "reports.py"))


def test_reports_dag_parses(dagbag):
    assert dagbag.import_errors == {}
    dag = dagbag.dags["reports"]
    assert sorted(dag.task_ids) == ["build_data_docs", "prune_old_runs", "write_briefing"]
    assert dag.get_task("write_briefing").pool == "tradewatch_duckdb"
    assert dag.get_task("build_data_docs").pool != "tradewatch_duckdb"  # reads no DuckDB
    assert dag.max_active_runs == 1


def test_reports_dag_is_scheduled_on_the_duckdb_asset(dagbag):
    from airflow.sdk import Asset

    dag = dagbag.dags["reports"]
    condition = dag.timetable.asset_condition
    assets = [a for a in condition.objects if isinstance(a, Asset)]
    assert [(a.name, a.uri) for a in assets] == [("tradewatch_duckdb", "file:///tradewatch/duckdb")]


def test_news_ingest_updates_the_same_asset(dagbag):
    from airflow.dag_processing.dagbag import DagBag

    ingest_file = DAGS / "news_ingest.py"
    if not ingest_file.exists():
        pytest.skip("news_ingest DAG not present")
    ingest = DagBag(dag_folder=str(ingest_file)).dags.get("news_ingest")
    assert ingest is not None
    outlets = {(a.name, a.uri) for task in ingest.tasks for a in task.outlets}
    scheduled = {(a.name, a.uri) for a in dagbag.dags["reports"].timetable.asset_condition.objects}
    assert scheduled <= outlets, "the reports DAG would never run: news_ingest does not update its asset"
