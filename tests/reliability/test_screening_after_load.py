"""A load commits its rows, then screens its articles against the lists: a load stopped in between must not leave those
articles unscreened for good (hostile probe 21 F3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from tests.support.harness import Workspace, query, stage_bulk_run
from tests.unit.lists.lists_support import FIXTURES, LocalServer, write_registry
from tradewatch import pipeline, staging
from tradewatch.fetch.urls import article_id
from tradewatch.lists.refresh import refresh_lists

DAY1, DAY2 = "2026-03-01T06:00:00+00:00", "2026-03-02T06:00:00+00:00"


def _stage_with_target(run_key: str, prefix: str, name: str) -> str:
    """A staged run of 3 articles whose first sanction names `name`; returns that article's id."""
    stage_bulk_run(run_key, run_key, 3, prefix=prefix)
    first = article_id(f"{prefix}/0")
    targets = pa.table({"sanction_id": [f"s{first}"], "target_idx": [0], "article_id": [first], "name": [name],
                        "kind": ["organization"], "country": [None]}, schema=pipeline.arrow_schema("sanction_targets"))
    staging.write_parquet(targets, run_key, "validated", "sanction_targets", "0000.parquet")
    pipeline.write_load_manifest(run_key)
    return first


def test_a_load_stopped_before_its_screening_has_its_articles_screened_by_the_next_load(
        workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "www"
    root.mkdir()
    for f in FIXTURES.iterdir():
        if f.is_file():
            (root / f.name).write_bytes(f.read_bytes())
    with LocalServer(root) as server:
        refresh_lists(write_registry(tmp_path / "registry", server.base_url, ("us_ofac_sdn",)),
                      as_of=dt.datetime(2026, 2, 28, tzinfo=dt.UTC))
    screened = query(workspace.duckdb, "select list_versions from match_state")
    first = _stage_with_target(DAY1, "http://127.0.0.1:9/a", "Rosneft")

    def killed(*args, **kwargs):  # the worker dies once the load has committed, before the screening is done
        raise MemoryError("killed before the screening")

    with monkeypatch.context() as mp:
        mp.setattr(pipeline, "match_articles", killed)
        with pytest.raises(MemoryError):
            pipeline.load_run(DAY1, DAY1)
    assert query(workspace.duckdb, "select count(*) from articles") == [(3,)]  # loaded, never screened
    assert query(workspace.duckdb, "select count(*) from matches") == [(0,)]
    assert query(workspace.duckdb, "select list_versions from match_state") != screened  # and known to be due

    _stage_with_target(DAY2, "http://127.0.0.1:9/b", "Nobody Listed Trading LLC")
    result = pipeline.load_run(DAY2, DAY2)  # the next run's load screens every article, not only its own
    assert result["matches"]
    assert query(workspace.duckdb, "select article_id, subject_name from matches") == [(first, "Rosneft")]
    assert query(workspace.duckdb, "select list_versions from match_state") == screened
    pipeline.load_run(DAY2, DAY2)  # and a rerun changes nothing
    assert query(workspace.duckdb, "select article_id, subject_name from matches") == [(first, "Rosneft")]
    assert query(workspace.duckdb, "select list_versions from match_state") == screened
