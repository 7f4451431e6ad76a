"""The sanctions_lists DAG is thin: mapped staging per list, one DuckDB writer in the pool."""

from __future__ import annotations

from pathlib import Path

import pytest

DAGS = Path(__file__).resolve().parents[3] / "dags"


@pytest.fixture(scope="module")
def dag(tmp_path_factory: pytest.TempPathFactory):
    import os

    os.environ.setdefault("AIRFLOW_HOME", str(tmp_path_factory.mktemp("airflow_home")))
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS / "sanctions_lists.py"))
    assert bag.import_errors == {}, bag.import_errors
    return bag.dags["sanctions_lists"]


def test_shape(dag) -> None:
    assert set(dag.task_ids) == {"list_ids", "stage", "load"}
    assert dag.get_task("stage").__class__.__name__.endswith("MappedOperator")
    assert dag.get_task("load").pool == "tradewatch_duckdb"
    assert dag.get_task("load").upstream_task_ids == {"stage"}
    assert dag.max_active_runs == 1
    assert dag.doc_md and "sanctions_lists" in dag.doc_md
