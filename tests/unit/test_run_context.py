"""A run's logical date stands for the day its pages were fetched: one ahead of the clock (a mistyped 2099 stamped every
article it saw as last seen in 2099, for good) or before 2000 is refused with an error that says what to give."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tradewatch import pipeline


@pytest.mark.parametrize("when", ["2099-01-01T00:00:00+00:00", "1971-06-01"])
def test_a_logical_date_in_the_future_or_before_2000_is_refused(when: str) -> None:
    with pytest.raises(ValueError, match=r"give today's date or an earlier one"):
        pipeline.RunContext.create(None, when)


def test_today_and_earlier_dates_are_runs() -> None:
    now = datetime.now(UTC)
    # (a few minutes ahead: the scheduler's clock and a worker's may differ a little)
    for when in (now, now + timedelta(minutes=50), now - timedelta(days=400), "2026-02-01"):
        assert pipeline.RunContext.create("k", when).run_key == "k"


def test_a_date_a_few_hours_ahead_is_refused_with_how_far_ahead() -> None:
    # hostile probe 34 F12: a day's slack let a mistyped tomorrow (21:00 at 01:45 UTC) load, its articles last seen
    # in the future and `status` showing it as the last run until the clock caught up
    when = datetime.now(UTC) + timedelta(hours=19, minutes=15)
    with pytest.raises(ValueError) as refused:
        pipeline.RunContext.create(None, when)
    message = str(refused.value)
    assert "in the future (19 h 1" in message and "at most 1 h 0 min" in message
    assert "give today's date or an earlier one, in UTC" in message


def test_a_crawl_for_a_future_date_fails_before_any_request(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="in the future"):
        pipeline.crawl_source("any", "r", "2099-01-01", sources_dir=tmp_path)


def test_the_run_command_refuses_a_future_date_before_starting_airflow(capsys) -> None:
    from tradewatch.cli import main

    assert main(["run", "--date", "2099-01-01"]) == 2
    assert "in the future" in capsys.readouterr().out
