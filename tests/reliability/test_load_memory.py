"""Issue 8.4: the memory a load needs does not grow with the run.

A run carrying several times more article text than the load's DuckDB memory limit loads, reloads and
has its content replaced under that fixed limit: the load streams and spills instead of holding the
run (an `insert ... on conflict do update` of the same run needed four times this limit)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, query, stage_bulk_run
from tradewatch import pipeline

N = 12_000
TEXT_BYTES = 10_000  # ~120 MB of article text in one run, nearly twice the limit below
LIMIT = "64MB"


def _texts(ws: Workspace) -> list[tuple[int, int, int]]:
    return query(ws.duckdb, "select count(*), count(distinct article_id), sum(strlen(text)) from articles")


def test_a_run_larger_than_the_load_memory_limit_loads_reloads_and_replaces(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEWATCH_LOAD_MEMORY", LIMIT)
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, N, text_bytes=TEXT_BYTES)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    loaded = _texts(workspace)
    assert loaded[0][:2] == (N, N) and loaded[0][2] > 1.5 * 64 * 1024 * 1024

    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)  # the same run again: rows matched, none duplicated
    assert _texts(workspace) == loaded

    # A later run in which every page changed: every stored text is replaced, first sighting kept.
    later = (datetime.fromisoformat(LOGICAL_DATE) + timedelta(hours=6)).isoformat()
    stage_bulk_run(later, later, N, text_bytes=TEXT_BYTES + 100)
    pipeline.load_run(later, later)
    assert _texts(workspace)[0][:2] == (N, N)
    assert query(workspace.duckdb, "select min(strlen(text)) > ? from articles", [TEXT_BYTES]) == [(True,)]
    assert query(workspace.duckdb, "select count(*) from articles where first_seen_at = ?::timestamptz "
                 "and last_seen_at = ?::timestamptz", [LOGICAL_DATE, later]) == [(N,)]
