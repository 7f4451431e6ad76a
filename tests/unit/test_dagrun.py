"""What `tradewatch run` says of a failed DAG run: the lines of the Airflow output that say what went wrong."""

from __future__ import annotations

from tradewatch import dagrun


def test_our_own_exceptions_are_among_the_lines_shown() -> None:
    # hostile probe 34 F9: the refusal of a second run of the date was in the log only; the summary showed two
    # "Task failed with exception" lines
    output = "\n".join([
        "2026-12-01T02:32:15.658123Z [error    ] Task failed with exception     [task] loc=task_runner.py:1676",
        "Traceback (most recent call last):",
        '  File "/repo/include/tradewatch/pipeline.py", line 226, in list_enabled_sources',
        "tradewatch.run_leases.AnotherRunInProgress: another run of 2026-11-29T18:00:00+00:00 is in progress: its "
        "crawl-eu_council task (started 2026-12-01 02:32:13 UTC, pid 20630 on vm) is writing the same staging folder",
    ])
    shown = dagrun._error_lines(output)
    assert shown[-1].startswith("tradewatch.run_leases.AnotherRunInProgress: another run of 2026-11-29T18:00:00+00:00")
    assert not any(line.startswith(("Traceback", "File")) for line in shown)
