"""Per-source row counts and freshness from the `source_runs` history, as dq_results rows."""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from tradewatch.quality.runner import results_frame

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

SUITE = "source_health"
YIELD_EXPECTATION = "expect_source_to_yield_rows"
RUN_EXPECTATION = "expect_source_run_to_succeed"
FAILED_STATUSES = ("failed", "config_error")


def query(name: str) -> str:
    return (resources.files("tradewatch.quality") / "queries" / f"{name}.sql").read_text(encoding="utf-8")


def source_health_results(
    con: duckdb.DuckDBPyConnection, run_id: str, validated_at: datetime, stale_after_runs: int = 3
) -> pd.DataFrame:
    """dq_results rows: per source, did it yield new or updated articles or records in the last `stale_after_runs` runs
    (success False when it did not, skipped runs aside), and did this run of it succeed.

    Call it after this run's `source_runs` rows are written; run order is by logical date, then run id.
    """
    if stale_after_runs < 1:
        raise ValueError("stale_after_runs must be at least 1")
    window = con.execute(query("source_runs_window"), [run_id, stale_after_runs]).df()
    rows: list[dict[str, Any]] = []
    for source_id, runs in window.groupby("source_id", sort=True):
        rows.append(_yield_row(str(source_id), runs, run_id, validated_at, stale_after_runs))
        latest = runs.iloc[-1]
        if latest["run_id"] == run_id and latest["status"] in FAILED_STATUSES:
            rows.append(_row(
                run_id, validated_at, RUN_EXPECTATION, False, 1, 1,
                f"{source_id}: status {latest['status']} in this run: {latest['error'] or 'no error recorded'}",
            ))
    return results_frame(rows)


def _yield_row(
    source_id: str, runs: pd.DataFrame, run_id: str, validated_at: datetime, stale_after_runs: int
) -> dict[str, Any]:
    considered = runs[runs["status"] != "skipped"]
    empty = considered[(considered["new"] + considered["updated"] + considered["records"]) == 0]
    stale = len(considered) >= stale_after_runs and len(empty) == len(considered)
    latest = runs.iloc[-1]
    status = latest["status"] if isinstance(latest["status"], str) else "absent"
    this_run = (
        f"latest run {latest['run_id']}: status {status}, fetched {latest['fetched']}, "
        f"new {latest['new']}, updated {latest['updated']}, records {latest['records']}"
    )
    if stale:
        statuses = ", ".join(str(s) if isinstance(s, str) else "absent" for s in considered["status"])
        observed = (
            f"{source_id}: yielded nothing (0 new or updated articles, 0 records) in its last {len(considered)} runs "
            f"(statuses: {statuses}); {this_run}"
        )
    else:
        observed = (
            f"{source_id}: {int(considered['new'].sum())} new and {int(considered['updated'].sum())} updated articles, "
            f"{int(considered['records'].sum())} "
            f"records in {len(considered)} of the last {stale_after_runs} runs "
            f"({len(empty)} without rows); {this_run}"
        )
    return _row(run_id, validated_at, YIELD_EXPECTATION, not stale, len(considered), len(empty), observed)


def _row(
    run_id: str, validated_at: datetime, expectation: str, success: bool, element_count: int,
    unexpected_count: int, observed: str,
) -> dict[str, Any]:
    return {
        "run_id": run_id, "suite": SUITE, "expectation": expectation, "column_name": "source_id",
        "success": success, "element_count": element_count, "unexpected_count": unexpected_count,
        "observed_value": observed, "validated_at": validated_at,
    }
