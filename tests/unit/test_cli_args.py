"""The CLI's shared argument type: a whole number within a range, refused by argparse with a clear message."""

from __future__ import annotations

import argparse

import pytest

from tradewatch.cli_args import whole_number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="t", exit_on_error=False)
    parser.add_argument("--days", type=whole_number(1, 3650, "days"))
    parser.add_argument("--rows", type=whole_number(1, 1_000_000, "rows", " (or --format csv)"))
    return parser


@pytest.mark.parametrize(("args", "value"), [(["--days", "1"], 1), (["--days", "3650"], 3650), (["--rows", "1000000"], 1_000_000)])
def test_the_bounds_are_taken(args, value):
    parsed = _parser().parse_args(args)
    assert (parsed.days or parsed.rows) == value


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--days", "0"], "'0': give a number of days from 1 to 3650"),
        (["--days", "-5"], "'-5': give a number of days from 1 to 3650"),
        (["--days", "2.5"], "'2.5' is not a whole number of days"),
        (["--rows", "1000001"], "'1000001': give a number of rows from 1 to 1,000,000 (or --format csv)"),
    ],
)
def test_values_out_of_range_or_not_whole_are_refused_with_the_range(args, message):
    with pytest.raises(argparse.ArgumentError) as err:
        _parser().parse_args(args)
    assert message in str(err.value)


def test_dq_report_refuses_a_negative_number_of_runs(capsys):
    from tradewatch.cli import main

    with pytest.raises(SystemExit) as ended:
        main(["dq-report", "--runs", "-1"])
    assert ended.value.code == 2
    assert "give a number from 1 to 1000" in capsys.readouterr().err


def test_an_unquoted_query_is_told_to_go_in_quotes(capsys) -> None:
    # hostile probe 22: `tradewatch sql select * from x` gave "unrecognized arguments: Dockerfile Makefile ..." alone
    import pytest

    from tradewatch.cli import main

    with pytest.raises(SystemExit):
        main(["sql", "select", "Dockerfile", "Makefile", "from", "articles"])
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err and "goes in quotes" in err
