"""The DAGs operated with Airflow's own tools (hostile probe 40): a run's conf, a run with no logical date, errors no
retry can mend. Real `airflow dags test` (or `dag.test()` for a run with no logical date) on SQLite metadata."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tradewatch.dagrun import airflow_bin, airflow_env, ensure_metadata_db

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "tests" / "fixtures" / "sources" / "valid"
FIRST_TASKS = {"news_ingest": ["list_sources"], "sanctions_lists": ["list_ids"],
               "reports": ["build_data_docs", "write_briefing"]}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    tmp = tmp_path_factory.mktemp("airflow_tools")
    extra = {
        "TRADEWATCH_SOURCES_DIR": str(SOURCES),
        "TRADEWATCH_DATA_DIR": str(tmp / "data"),
        "TRADEWATCH_DUCKDB": str(tmp / "data" / "tradewatch.duckdb"),
        "TRADEWATCH_LISTS_DIR": str(tmp / "no-lists"),
        # (production's retries: an error a retry cannot mend must fail at once all the same; `dags test` would wait
        # out the 2 min retry delay otherwise)
        "TRADEWATCH_TASK_RETRIES": "1",
    }
    env = airflow_env(tmp / "airflow", extra)
    ensure_metadata_db(env, tmp / "airflow.log")
    return env, tmp


def dags_test(env: dict[str, str], dag_id: str, when: str, *args: str) -> str:
    out = subprocess.run([airflow_bin(), "dags", "test", dag_id, when, *args], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, timeout=600, cwd=str(REPO))
    return out.stdout


def task_states(env: dict[str, str], dag_id: str) -> dict[str, tuple[str, int]]:
    """(state, try_number) of each task of the DAG's newest run, from Airflow's metadata."""
    con = sqlite3.connect(Path(env["AIRFLOW_HOME"]) / "airflow.db")
    try:
        (run_id,) = con.execute("select run_id from dag_run where dag_id = ? order by id desc limit 1", (dag_id,)).fetchone()
        rows = con.execute("select task_id, state, try_number from task_instance where dag_id = ? and run_id = ?",
                           (dag_id, run_id)).fetchall()
    finally:
        con.close()
    return {task: (state, tries) for task, state, tries in rows}


@pytest.mark.parametrize("dag_id", sorted(FIRST_TASKS))
def test_a_conf_the_dag_does_not_take_fails_the_run_at_its_first_task(home, dag_id: str) -> None:
    # hostile probe 40 F2: `-c '{"sources": ["bis_press"], "bogus": 1}'` was accepted, and the run crawled every source
    env, _ = home
    out = dags_test(env, dag_id, "2026-11-20T00:00:00+00:00", "-c", '{"sources": ["bis_press"], "bogus": 1}')
    if dag_id == "news_ingest":  # (its one param: the sources to crawl)
        assert "was given conf 'bogus', which it does not use: the DAG takes only 'sources'" in out, out[-3000:]
    else:
        assert "was given conf 'bogus', 'sources', which it does not use: the DAG takes no params" in out, out[-3000:]
    states = task_states(env, dag_id)
    for task in FIRST_TASKS[dag_id]:
        # hostile probe 40 F4: failed at once, not up for a retry that would fail the same way
        assert states[task] == ("failed", 1), states
    assert "success" not in {state for state, _ in states.values()}, states


def test_a_logical_date_in_the_future_fails_without_retries(home) -> None:
    # hostile probe 40 F4: list_sources and validate went up for retry 2 min later and failed again with the same text
    env, _ = home
    out = dags_test(env, "news_ingest", "2099-01-01T00:00:00+00:00")
    assert "is in the future" in out and "not retried" in out, out[-3000:]
    states = task_states(env, "news_ingest")
    assert states["list_sources"] == ("failed", 1), states
    assert states["validate"] == ("failed", 1), states


def test_an_error_in_a_run_without_a_logical_date_says_how_to_clear_it_by_run_id(home) -> None:
    # hostile probe 40 F1: a run triggered without -l (or by the asset) has no logical date, and the error's
    # `airflow tasks clear -s <run_after> -e <run_after>` selected nothing, exit 0
    from airflow.api_fastapi.core_api.datamodels.task_instances import ClearTaskInstancesBody

    from tradewatch.store.db import open_db

    env, tmp = home
    damaged = tmp / "damaged" / "tradewatch.duckdb"
    damaged.parent.mkdir()
    with open_db(damaged):
        pass
    damaged.write_bytes(damaged.read_bytes()[:20_000])  # (truncated: list_sources refuses to crawl, naming it damaged)
    env = {**env, "TRADEWATCH_DUCKDB": str(damaged), "TRADEWATCH_TASK_RETRIES": "0"}
    code = ("from airflow.dag_processing.dagbag import DagBag; "
            f"dag = DagBag(dag_folder={str(REPO / 'dags')!r}).dags['news_ingest']; "
            "run = dag.test(logical_date=None); print('RUN', run.run_id, run.logical_date)")
    out = subprocess.run([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True, timeout=600, cwd=str(REPO)).stdout
    run_id, logical_date = re.findall(r"^RUN (\S+) (\S+)$", out, re.M)[-1]
    assert logical_date == "None", out[-3000:]
    assert "is damaged" in out, out[-3000:]
    assert f"run {run_id} has no logical date, so `airflow tasks clear -s/-e` cannot select it" in out, out[-3000:]
    assert f"Dags > news_ingest > run {run_id} > Clear" in out
    assert "airflow tasks clear news_ingest -s" not in out
    call = re.search(r"`curl -X POST \"\$AIRFLOW_URL/api/v2/dags/news_ingest/clearTaskInstances\" .* -d '(\{.*?\})'`", out)
    assert call, out[-3000:]
    body = ClearTaskInstancesBody.model_validate(json.loads(call.group(1)))  # (Airflow's own model: no unknown field)
    assert (body.dag_run_id, body.dry_run, body.only_failed, body.task_ids) == (run_id, False, False, None)


def test_a_dated_run_keeps_the_airflow_tasks_clear_command() -> None:
    from datetime import UTC, datetime

    from tradewatch.dagrun import clear_command

    when = datetime(2026, 11, 20, 6, tzinfo=UTC)
    assert clear_command(when, "load") == (
        "`airflow tasks clear news_ingest -t load -s 2026-11-20T06:00:00+00:00 -e 2026-11-20T06:00:00+00:00`")


def test_news_ingest_asked_for_an_unknown_source_fails_at_its_list_naming_it(home) -> None:
    env, _ = home
    env = {**env, "TRADEWATCH_TEST_BASE": "http://127.0.0.1:9"}  # (the fixture sources' URLs: valid; never fetched)
    out = dags_test(env, "news_ingest", "2026-11-21T00:00:00+00:00", "-c", '{"sources": ["fixture_news", "no_such"]}')
    assert "'no_such' is not a source of" in out and "The enabled sources are: fixture_authority, fixture_news" in out, \
        out[-3000:]
    states = task_states(env, "news_ingest")
    assert states["list_sources"] == ("failed", 1), states  # (not retried: a retry would fail the same way)
    # (the validation, run all the same, reads the list's failure: a retry 2 min later read it again)
    assert states["validate"] == ("failed", 1), states
    assert "success" not in {state for state, _ in states.values()}, states


def test_news_ingest_given_sources_crawls_those_alone(tmp_path: Path) -> None:
    import duckdb

    from tradewatch.devserver import StaticSite

    with StaticSite(REPO / "tests" / "fixtures" / "site") as site:
        env = airflow_env(tmp_path / "airflow", {
            "TRADEWATCH_TEST_BASE": site.base_url, "TRADEWATCH_SOURCES_DIR": str(SOURCES),
            "TRADEWATCH_DATA_DIR": str(tmp_path / "data"), "TRADEWATCH_DUCKDB": str(tmp_path / "data" / "tw.duckdb"),
            "TRADEWATCH_LISTS_DIR": str(tmp_path / "no-lists"), "TRADEWATCH_MIN_INTERVAL": "0",
            "TRADEWATCH_TASK_RETRIES": "0"})
        ensure_metadata_db(env, tmp_path / "airflow.log")
        out = dags_test(env, "news_ingest", "2026-11-22T00:00:00+00:00", "-c", '{"sources": ["fixture_news"]}')
    states = task_states(env, "news_ingest")
    assert {state for state, _ in states.values()} == {"success"}, out[-3000:]
    con = duckdb.connect(str(tmp_path / "data" / "tw.duckdb"), read_only=True)
    try:
        assert con.execute("select distinct source_id from source_runs").fetchall() == [("fixture_news",)]
        assert con.execute("select distinct source_id from fetches").fetchall() == [("fixture_news",)]
    finally:
        con.close()
