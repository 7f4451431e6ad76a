"""
### news_ingest

Fetches sanctions and trade news from every enabled source in the registry (`include/sources/`),
extracts articles and sanction/deal records, validates them with Great Expectations and loads
DuckDB.

* `list_sources` reads the registry at run time; invalid files are recorded as `config_error`. It fails the run
  before any crawl when the DuckDB file cannot be written or read (read-only, damaged).
* Param `sources` (optional): crawl only these source ids, e.g. `airflow dags trigger news_ingest -c
  '{"sources": ["ofac_recent_actions"]}'`; empty (the default) crawls every enabled source. An id that is unknown,
  invalid or disabled fails the run before any crawl, naming it. The load then replaces those sources' rows only.
* `crawl` is mapped, one task per source: fetch (politely), parse, extract, stage Parquet. A source
  that fails is recorded in `source_runs`; the others go on.
* `validate` runs the expectation suites; failing rows are staged for the `quarantine` table.
* `load` is the single DuckDB writer (pool `tradewatch_duckdb`, one slot): one transaction per run,
  so rerunning a logical date replaces the rows of the sources it crawled (a source disabled since keeps its own).
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, Param, dag, get_current_context, task

from tradewatch.settings import task_retries

# The reports DAG is scheduled on this asset: every successful load updates it.
TRADEWATCH_DB = Asset(name="tradewatch_duckdb", uri="file:///tradewatch/duckdb")
DUCKDB_POOL = "tradewatch_duckdb"
# Task retries; the demo and the tests set 0 so that a failure shows at once.
RETRIES = task_retries()


def _run() -> tuple[str, str]:
    """The run key and timestamp: the logical date, or run_after for runs that have none."""
    context = get_current_context()
    when = context.get("logical_date") or context["dag_run"].run_after
    return when.isoformat(), when.isoformat()


@dag(
    schedule="0 */6 * * *",
    # (the earliest logical date a run accepts, as RunContext does: a backfill of any date from 2000 on runs its tasks;
    # with a later start_date, `airflow dags test` of an earlier date was a green run of no task, hostile probe 16)
    start_date=pendulum.datetime(2000, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=2,
    doc_md=__doc__,
    tags=["tradewatch", "ingest"],
    params={"sources": Param([], type="array", items={"type": "string"}, title="Sources",
                             description="Source ids to crawl (`tradewatch sources list`); empty: every enabled source")},
    default_args={"owner": "tradewatch", "retries": RETRIES, "retry_delay": pendulum.duration(minutes=2)},
)
def news_ingest():
    @task
    def list_sources() -> list[str]:
        from tradewatch.dagrun import task_checks
        from tradewatch.pipeline import list_enabled_sources

        with task_checks():
            run_key, logical_date = _run()
            return list_enabled_sources(run_key, logical_date, only=get_current_context()["params"].get("sources"))

    # A backstop past the crawl's own bounds (TRADEWATCH_SOURCE_BUDGET, 30 min by default): a task stuck
    # where those cannot reach (a C extension) is stopped, and validate still runs on the other sources.
    # (multiple_outputs=False: a `-> dict` task would push each key as an XCom of its own beside the whole dict,
    # which is all the next task reads, hostile probe 40 F6)
    @task(max_active_tis_per_dagrun=8, execution_timeout=pendulum.duration(hours=1), multiple_outputs=False)
    def crawl(source_id: str) -> dict:
        from tradewatch.dagrun import task_checks
        from tradewatch.pipeline import crawl_source

        with task_checks():
            run_key, logical_date = _run()
            summary = crawl_source(source_id, run_key, logical_date)
        return {k: summary[k] for k in ("source_id", "status", "fetched", "failed", "records", "error")}

    @task(trigger_rule="all_done", multiple_outputs=False)
    def validate(crawled: list[dict]) -> dict:
        from tradewatch.dagrun import task_checks
        from tradewatch.pipeline import validate_run

        with task_checks():
            run_key, logical_date = _run()
            return validate_run(run_key, logical_date)

    @task(pool=DUCKDB_POOL, outlets=[TRADEWATCH_DB], multiple_outputs=False)
    def load(validated: dict) -> dict:
        from tradewatch.dagrun import task_checks
        from tradewatch.pipeline import load_run

        with task_checks():
            run_key, logical_date = _run()
            return load_run(run_key, logical_date)

    load(validate(crawl.expand(source_id=list_sources())))


news_ingest()
