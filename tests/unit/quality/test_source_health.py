"""source_health_results: a source that yielded nothing for N runs is flagged, with a readable reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tradewatch.quality import source_health_results
from tradewatch.quality.runner import RESULT_COLUMNS
from tradewatch.store.db import connect

T0 = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.fixture
def con():
    con = connect(":memory:")
    rows = []
    for day in range(4):
        run_id, logical = f"run-{day}", T0 + timedelta(days=day)
        # alive: new articles every other run, records every run
        rows.append((run_id, "alive", logical, "ok", 5, 2 if day % 2 == 0 else 0, 0, 1, None))
        # dead: one new article in the first run, then nothing; fails in the last run
        rows.append((run_id, "dead", logical, "failed" if day == 3 else "ok", 5, int(day == 0), 0, 0,
                     "HTTP 503" if day == 3 else None))
        # paused: nothing, but skipped on purpose
        rows.append((run_id, "paused", logical, "skipped", 0, 0, 0, 0, None))
    con.executemany(
        "insert into source_runs (run_id, source_id, logical_date, status, fetched, new, updated, records, error) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    yield con
    con.close()


def _by_source(frame, expectation="expect_source_to_yield_rows"):
    rows = frame[frame["expectation"] == expectation]
    return {value.split(":")[0]: row for value, (_, row) in zip(rows["observed_value"], rows.iterrows(), strict=True)}


def test_source_without_rows_for_n_runs_is_flagged(con):
    frame = source_health_results(con, "run-3", T0 + timedelta(days=3), stale_after_runs=3)
    assert list(frame.columns) == RESULT_COLUMNS
    rows = _by_source(frame)
    assert rows["alive"]["success"]
    assert not rows["dead"]["success"]
    assert "yielded nothing" in rows["dead"]["observed_value"] and "last 3 runs" in rows["dead"]["observed_value"]
    assert rows["dead"]["unexpected_count"] == 3
    assert rows["paused"]["success"]  # skipped runs are not evidence of a broken source
    failed = frame[frame["expectation"] == "expect_source_run_to_succeed"]
    assert list(failed["observed_value"]) == ["dead: status failed in this run: HTTP 503"]
    assert set(frame["suite"]) == {"source_health"} and (frame["run_id"] == "run-3").all()


def test_window_ends_at_the_given_run(con):
    # as of run-2 the dead source had a new article within its last 3 runs (run-0)
    rows = _by_source(source_health_results(con, "run-2", T0, stale_after_runs=3))
    assert rows["dead"]["success"]
    # with a window of 2 runs it is already stale
    rows = _by_source(source_health_results(con, "run-2", T0, stale_after_runs=2))
    assert not rows["dead"]["success"]


def test_results_load_into_dq_results(con):
    frame = source_health_results(con, "run-3", T0, stale_after_runs=3)
    con.register("health", frame)
    con.execute("insert into dq_results select * from health")
    assert con.execute("select count(*) from dq_results where not success").fetchone()[0] == 2


def test_only_the_runs_that_handed_a_source_out_count_as_its_runs(con):
    # hostile probe 31 F8: a source added in run-3 failed "yielded nothing in its last 3 runs (statuses: absent,
    # absent, failed)" on its first run, and a source deleted after it kept failing in every later run
    con.execute("insert into source_runs (run_id, source_id, logical_date, status, fetched, new, updated, records, "
                "error) values ('run-3', 'newcomer', ?, 'failed', 0, 0, 0, 0, 'HTTP 404')", [T0 + timedelta(days=3)])
    frame = source_health_results(con, "run-3", T0 + timedelta(days=3), stale_after_runs=3)
    rows = _by_source(frame)
    assert rows["newcomer"]["success"] and rows["newcomer"]["element_count"] == 1
    assert "in 1 of the last 3 runs" in rows["newcomer"]["observed_value"]
    assert "absent" not in rows["newcomer"]["observed_value"]
    failed = frame[frame["expectation"] == "expect_source_run_to_succeed"]["observed_value"]
    assert "newcomer: status failed in this run: HTTP 404" in list(failed)  # its run itself failed: said as such

    # later runs without it (its file deleted): it is not checked in them
    for day in (4, 5):
        con.execute("insert into source_runs (run_id, source_id, logical_date, status, fetched, new, updated, "
                    "records) values (?, 'alive', ?, 'ok', 5, 1, 0, 1)", [f"run-{day}", T0 + timedelta(days=day)])
    later = _by_source(source_health_results(con, "run-5", T0 + timedelta(days=5), stale_after_runs=3))
    assert set(later) == {"alive"}
