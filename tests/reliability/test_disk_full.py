"""A full disk under the validate task (hostile probe 25 F2): the error says that the disk is full, which folder, and
what to do; nothing is half-staged, and once there is room the same tasks load everything.

A small file system needs root, so the test fills the disk at the lowest layer instead: pyarrow's writer failing with
ENOSPC part-way into a file.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, query, stage_bulk_run
from tradewatch import pipeline, staging
from tradewatch.diskspace import DiskFullError


def _assert_says_disk_full(message: str, folder: Path, variable: str) -> None:
    assert "no space left on device" in message.lower()
    assert str(folder) in message and variable in message and "Free space" in message
    assert "clear" in message and "memory" not in message.replace("memory is not the problem", "")


def test_a_full_staging_disk_during_validate_names_the_folder_and_keeps_no_half(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    n = 2_500  # three crawl chunks
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, n, validated=False)
    crawled = pipeline.list_parts(LOGICAL_DATE, "crawl", "articles")
    real = pq.write_table
    written = []

    def disk_fills(table: Any, where: Any, **kwargs: Any) -> None:
        if "validated" in Path(str(where)).parts:
            written.append(where)
            if len(written) > 2:  # two of the validation's files fit; of the third, what fits, then pyarrow's error
                Path(where).write_bytes(b"PAR1" + bytes(4096))
                raise OSError(errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device")
        real(table, where, **kwargs)

    monkeypatch.setattr(pq, "write_table", disk_fills)
    with pytest.raises(DiskFullError) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    storage = workspace.data / "staging"
    _assert_says_disk_full(message, storage, "TRADEWATCH_STORAGE")
    assert "validate" in message and "Nothing of this validation was kept" in message
    assert len(written) == 3
    assert not staging.stage_path(LOGICAL_DATE, "validated").exists()  # no half of it for the load; its space freed
    assert pipeline.list_parts(LOGICAL_DATE, "crawl", "articles") == crawled
    with pytest.raises(pipeline.StagingMismatch):  # refused before the database is opened
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)

    monkeypatch.setattr(pq, "write_table", real)  # room again: the task cleared and rerun
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*), count(distinct article_id) from articles") == [(n, n)]
