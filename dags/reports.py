"""
### reports

Writes the daily HTML briefing (`DATA_DIR/reports/briefing-YYYY-MM-DD.html`) every time
`news_ingest` finishes a load: the DAG is scheduled on the DuckDB asset that the loader task
declares as its outlet.

* `write_briefing` renders the records that reached the warehouse since the day before the run (`arrived_for`),
  not those first seen then: a backfill's records, dated by their own older date, are in the next briefing. It is dated
  by the run's logical date (or its `run_after` when it has none: a run triggered by the asset), so rerunning a run rewrites the
  same file. It reads DuckDB read-only, in the
  DuckDB pool so it never waits on the loader's write lock.
* `build_data_docs` rebuilds the GX Data Docs site (`DATA_DIR/dq/data_docs/index.html`) from the
  validation results `news_ingest`'s `validate` task saved (`DATA_DIR/dq/validations/`). It reads no
  DuckDB, so it needs no pool slot, and rendering stays off the ingest path.
* `prune_old_runs` then removes the staged files and saved validation results of runs unchanged for
  `TRADEWATCH_KEEP_DAYS` days (14): the loaded data stays in DuckDB (`tradewatch prune` does it on demand).
* Analysts get the same content on demand with `tradewatch report --since YYYY-MM-DD` and
  `tradewatch dq-report` (which rebuilds the Data Docs site too).
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, dag, get_current_context, task

from tradewatch.settings import task_retries

# Must equal the outlet of news_ingest's `load` task (same name and URI).
TRADEWATCH_DB_ASSET = Asset(name="tradewatch_duckdb", uri="file:///tradewatch/duckdb")
DUCKDB_POOL = "tradewatch_duckdb"
# Task retries, as in the other DAGs; the demo and the tests set 0 so that a failure shows at once.
RETRIES = task_retries()


@dag(
    schedule=[TRADEWATCH_DB_ASSET],
    # (the earliest logical date a run accepts, as RunContext does: a backfill of any date from 2000 on runs its tasks;
    # with a later start_date, `airflow dags test` of an earlier date was a green run of no task, hostile probe 16)
    start_date=pendulum.datetime(2000, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["tradewatch", "report"],
    default_args={"owner": "tradewatch", "retries": RETRIES, "retry_delay": pendulum.duration(minutes=1)},
)
def reports():
    @task(pool=DUCKDB_POOL)
    def write_briefing() -> str:
        from tradewatch.dagrun import task_checks
        from tradewatch.report.render import write_briefing

        # (the logical date when the run has one: `airflow dags test reports 2026-11-20` rewrites that day's briefing,
        # hostile probe 16; an asset-triggered run has none, and is dated by its run_after)
        context = get_current_context()
        with task_checks():
            return write_briefing(context.get("logical_date") or context["dag_run"].run_after)

    @task
    def build_data_docs() -> str | None:
        from tradewatch.dagrun import task_checks
        from tradewatch.quality import rebuild_data_docs

        with task_checks():
            index = rebuild_data_docs()
        return str(index) if index else None

    @task(multiple_outputs=False)  # (a summary, kept whole: not one XCom a key, hostile probe 40 F6)
    def prune_old_runs() -> dict[str, int]:
        from tradewatch.retention import prune

        pruned = prune()
        return {"staging": len(pruned.staging), "validations": len(pruned.validations), "bytes": pruned.bytes}

    write_briefing()
    build_data_docs() >> prune_old_runs()  # (after the site is built from the results it may remove)


reports()
