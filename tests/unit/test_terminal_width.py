"""The CLI's tables written to a pipe or a file keep their words whole (hostile probe 24 F7: `lists refresh | cat`
printed "unchange" / "d" and "uk_sanct" / "ions_lis" / "t" at rich's 80 columns)."""

from __future__ import annotations

import io

import pytest
from rich.table import Table

from tradewatch.terminal import PIPED_WIDTH, SafeConsole


def _refresh_like_table() -> Table:
    table = Table(title="Sanctions lists")
    for column in ("list", "status", "entries", "added", "removed", "changed", "version", "fetched", "error"):
        table.add_column(column, overflow="fold")
    table.add_row("uk_sanctions_list", "unchanged", "4,512", "0", "0", "0", "3f9c2a7be01d", "2026-11-30 06:00",
                  "the server answered 304 Not Modified; the loaded version is kept")
    return table


def test_a_console_writing_to_a_pipe_is_wide_enough_for_whole_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    out = io.StringIO()
    console = SafeConsole(file=out)
    assert console.width == PIPED_WIDTH
    console.print(_refresh_like_table())
    words = out.getvalue().split()
    assert "uk_sanctions_list" in words and "unchanged" in words


def test_a_width_given_or_columns_set_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    assert SafeConsole(file=io.StringIO(), width=60).width == 60
    monkeypatch.setenv("COLUMNS", "100")
    assert SafeConsole(file=io.StringIO()).width == 100
