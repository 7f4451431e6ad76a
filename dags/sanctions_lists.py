"""
### sanctions_lists

Downloads the official sanctions lists in the list registry (`include/lists/<list_id>.yml`: OFAC SDN,
UK Sanctions List, EU consolidated FSF list, UN Security Council consolidated list), loads them into
DuckDB with their history, and re-screens extracted names against them.

* `list_ids` reads the registry at run time.
* `stage` is mapped, one task per list: conditional download (ETag / Last-Modified), skip when the
  file is unchanged (same hash or 304), otherwise parse it safely (streaming, no DTD entities, no
  network) and stage Parquet. A list that fails is reported; the others go on.
* `load` is the single DuckDB writer (pool `tradewatch_duckdb`): each changed list is swapped in one
  transaction and its additions, removals and changes go to `list_changes`; then `matches` is
  recomputed. It fails the run at the end if any list failed.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, dag, get_current_context, task

from tradewatch.settings import task_retries

# Same asset as news_ingest's loader: reports refresh when matches change.
TRADEWATCH_DB = Asset(name="tradewatch_duckdb", uri="file:///tradewatch/duckdb")
DUCKDB_POOL = "tradewatch_duckdb"
# Task retries; the demo and the tests set 0 so that a failure shows at once.
RETRIES = task_retries()


@dag(
    schedule="@daily",
    # (the earliest logical date a run accepts, as RunContext does: a backfill of any date from 2000 on runs its tasks;
    # with a later start_date, `airflow dags test` of an earlier date was a green run of no task, hostile probe 16)
    start_date=pendulum.datetime(2000, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["tradewatch", "lists"],
    default_args={"owner": "tradewatch", "retries": RETRIES, "retry_delay": pendulum.duration(minutes=5)},
)
def sanctions_lists():
    @task
    def list_ids() -> list[str]:
        from tradewatch.dagrun import task_checks
        from tradewatch.lists.refresh import enabled_list_ids

        with task_checks():
            return enabled_list_ids()

    # (multiple_outputs=False: the dict goes whole to `load`, hostile probe 40 F6)
    @task(max_active_tis_per_dagrun=4, multiple_outputs=False)
    def stage(list_id: str) -> dict:
        from tradewatch.lists.refresh import stage_list

        return stage_list(list_id)

    @task(pool=DUCKDB_POOL, outlets=[TRADEWATCH_DB], multiple_outputs=False)
    def load(staged: list[dict]) -> dict:
        from tradewatch.lists.refresh import load_lists

        context = get_current_context()
        as_of = context.get("logical_date") or context["dag_run"].run_after
        # (as one slice: iterating the mapped tasks' XComs asks for the one past the last, which Airflow's client logs
        # as an ERROR "XCom not found" in every green run, hostile probe 40 F5)
        results = load_lists(list(staged[:]), as_of)
        return {"lists": results["lists"], "matches": results["matches"]}

    load(stage.expand(list_id=list_ids()))


sanctions_lists()
