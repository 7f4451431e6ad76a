"""Staged files lost or damaged between the tasks (hostile probe 34 F1, F3, F13): a crawl chunk deleted before the
validation, a data page corrupted under a readable footer, bytes of a validated file changed in place. The validation
or the load refuses the run with one StagingMismatch naming the files and the tasks to clear, and loads nothing: no
source loads in part, so none keeps the validators of pages whose articles it lost, and the next run fetches them."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.support.harness import (
    LOGICAL_DATE,
    Workspace,
    assert_clears_one_run,
    query,
    run_pipeline,
    serve_site,
)
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline, staging

NEXT_DATE = "2026-02-02T06:00:00+00:00"
PAGES = 4


def _key(date: str = LOGICAL_DATE) -> str:
    return pipeline._safe_key(date)


def _folder(*parts: str) -> str:
    return str(staging.stage_path(_key(), *parts))


def _crawled(ws: Workspace, servers: list[HostileServer]) -> None:
    """A synthetic site of PAGES articles (a sanction and a deal in most), the source "one" reading its feed, through
    the run's list and crawl tasks."""
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=34, indices=range(1, PAGES + 1))
    ws.add_source("one", srv.url("/feed.xml"))
    for source_id in pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, ws.sources):
        pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=ws.sources)


def _staged_rows(table: str) -> int:
    return sum(staging.part_metadata(_key(), "crawl", table, name).num_rows
               for name in pipeline.list_parts(_key(), "crawl", table))


def _damage_data_page(path: str, column: str) -> None:
    """Flip bytes inside `column`'s data in the file's first row group, leaving its footer (and size) as they were."""
    import pyarrow.parquet as pq

    meta = pq.read_metadata(path).row_group(0)
    chunk = next(meta.column(i) for i in range(meta.num_columns) if meta.column(i).path_in_schema == column)
    start, size = chunk.data_page_offset, chunk.total_compressed_size
    with open(path, "r+b") as fh:
        fh.seek(start)
        data = bytearray(fh.read(size))
        for i in range(len(data) // 4, len(data), 97):
            data[i] ^= 0x5A
        fh.seek(start)
        fh.write(data)


def _as_staged_by_an_earlier_release() -> None:
    """The run's crawl output as a release before chunk manifests staged it: no manifests, a list without the column
    that says its crawls write them."""
    import pyarrow as pa

    shutil.rmtree(_folder("crawl", pipeline._CHUNK_MANIFESTS))
    listed = staging.read_parquet(_key(), *pipeline._LISTED)
    assert listed is not None and "crawl_manifests" in listed.column_names
    staging.write_parquet(pa.table({"source_id": listed.column("source_id")}), _key(), *pipeline._LISTED)


def _nothing_loaded(ws: Workspace) -> None:
    if ws.duckdb.exists():
        for table in ("articles", "sanctions", "fetches", "http_cache", "source_runs"):
            assert query(ws.duckdb, f"select count(*) from {table}") == [(0,)], table  # noqa: S608


@pytest.mark.parametrize("lost", ["articles chunk", "records chunks", "articles folder", "manifest and all"])
def test_a_crawl_chunk_lost_before_validation_fails_it_and_the_next_run_fetches_the_pages(
    workspace: Workspace, servers: list[HostileServer], lost: str
) -> None:
    # hostile probe 34 F1: an articles chunk deleted between crawl and validate gave a green run whose records were
    # quarantined as orphans and whose pages' validators were loaded: the next run got 304s and never stored them; a
    # records chunk deleted loaded the articles with no records, marked as extracted by the current extractor
    _crawled(workspace, servers)
    sanctions = _staged_rows("sanctions")
    assert sanctions >= 2
    chunk = "one-0000.parquet"
    gone = {
        "articles chunk": ["crawl/articles/one-0000.parquet"],
        "records chunks": ["crawl/sanctions/one-0000.parquet", "crawl/sanction_targets/one-0000.parquet"],
        "articles folder": ["crawl/articles"],  # (probe 34 F3: a bare KeyError from the validation)
        # a chunk gone whole, every table's file and its manifest, with a later chunk of the source staged
        "manifest and all": [f"crawl/{t}/{chunk}" for t in (*pipeline.COLUMNS, pipeline._CHUNK_MANIFESTS)],
    }[lost]
    if lost == "manifest and all":  # the source's chunks renumbered one up: 0000 is gone, 0001 is there
        for table in (*pipeline.COLUMNS, pipeline._CHUNK_MANIFESTS):
            if os.path.exists(_folder("crawl", table, chunk)):
                os.rename(_folder("crawl", table, chunk), _folder("crawl", table, "one-0001.parquet"))
        gone = []
    for path in gone:
        target = _folder(*path.split("/"))
        shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    expected = {
        "articles chunk": ["crawl/articles/one-0000.parquet: missing (4 rows staged)"],
        "records chunks": [f"crawl/sanctions/one-0000.parquet: missing ({sanctions} rows staged)",
                           "crawl/sanction_targets/one-0000.parquet: missing"],
        "articles folder": ["crawl/articles/one-0000.parquet: missing (4 rows staged)"],
        "manifest and all": ["crawl/*/one-0000.parquet: missing, every table's file of the chunk and its manifest"],
    }[lost]
    for said in expected:
        assert said in message, message
    assert "(sources: one)" in message and "Nothing was validated or loaded" in message
    assert_clears_one_run(message, LOGICAL_DATE, "crawl", downstream=True)
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    _nothing_loaded(workspace)

    # nothing of the run was loaded, its validators neither: the next run fetches every page and stores them whole
    # (before, it got 304s for the pages whose articles were lost, and stored nothing)
    run_pipeline(workspace, NEXT_DATE, NEXT_DATE)
    assert query(workspace.duckdb, "select count(*) from articles") == [(PAGES,)]
    assert query(workspace.duckdb, "select count(*) from sanctions") == [(sanctions,)]
    assert query(workspace.duckdb, "select count(*) from quarantine") == [(0,)]


def test_the_crawl_tasks_cleared_as_the_message_says_load_the_run_whole(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    _crawled(workspace, servers)
    sanctions = _staged_rows("sanctions")
    os.remove(_folder("crawl", "articles", "one-0000.parquet"))
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)

    run_pipeline(workspace)  # the run's crawl tasks and those after them, again
    assert query(workspace.duckdb, "select count(*) from articles") == [(PAGES,)]
    assert query(workspace.duckdb, "select count(*) from sanctions") == [(sanctions,)]
    assert query(workspace.duckdb, "select status from source_runs") == [("ok",)]


@pytest.mark.parametrize("manifests", [True, False], ids=["with manifests", "staged by an earlier release"])
def test_a_corrupt_data_page_of_a_crawl_file_fails_the_validation_naming_it(
    workspace: Workspace, servers: list[HostileServer], manifests: bool
) -> None:
    # hostile probe 34 F3: the text of a crawl articles chunk damaged under an intact footer failed the validation with
    # Arrow's bare "OSError: Corrupt snappy compressed data."
    _crawled(workspace, servers)
    if not manifests:
        _as_staged_by_an_earlier_release()
    _damage_data_page(_folder("crawl", "articles", "one-0000.parquet"), "text")

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    if manifests:  # told by its sha256 before it is read
        assert "crawl/articles/one-0000.parquet: changed since its crawl staged it" in message, message
    else:  # (no manifest to compare with: the read itself fails, and says so)
        assert "the staged file crawl/articles/one-0000.parquet" in message and "cannot be read" in message, message
    assert_clears_one_run(message, LOGICAL_DATE, "crawl", downstream=True)
    _nothing_loaded(workspace)


def test_a_run_staged_by_an_earlier_release_validates_and_loads(workspace: Workspace, servers: list[HostileServer]) -> None:
    # upgraded between its crawl and its validation: no chunk manifests, and a load manifest without sha256s
    import pyarrow as pa

    _crawled(workspace, servers)
    _as_staged_by_an_earlier_release()
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    manifest = staging.read_parquet(_key(), *pipeline._MANIFEST)
    assert manifest is not None
    staging.write_parquet(pa.table({k: manifest.column(k) for k in ("stage", "table", "name")}), _key(),
                          *pipeline._MANIFEST)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*) from articles") == [(PAGES,)]


def test_a_stray_file_of_another_table_in_a_run_without_manifests_is_named_by_its_columns(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 8, for a run staged before chunk manifests: its columns are checked when it is read
    import pyarrow as pa
    import pyarrow.parquet as pq

    _crawled(workspace, servers)
    _as_staged_by_an_earlier_release()
    pq.write_table(pa.table({"x": [1, 2]}), _folder("crawl", "articles", "one-0000.parquet"))
    with pytest.raises(pipeline.StagingMismatch, match=r"crawl/articles/one-0000\.parquet of run .* lacks the articles columns"):
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)


def _one_validated(table: str) -> str:
    (name,) = pipeline.list_parts(_key(), "validated", table)
    return _folder("validated", table, name)


@pytest.mark.parametrize("damage", ["bytes edited", "data page corrupt"])
def test_a_validated_file_changed_in_place_is_not_loaded(
    workspace: Workspace, servers: list[HostileServer], damage: str
) -> None:
    # hostile probe 34 F13: "EU Council" edited to "XX Council" in a validated sanctions chunk (same size, readable)
    # passed the load manifest, which kept names and sizes only, and loaded text no expectation had seen; F3: a data page
    # damaged the same way failed the load with DuckDB's bare "TProtocolException: Invalid data"
    _crawled(workspace, servers)
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    path = _one_validated("sanctions")
    size = os.path.getsize(path)
    if damage == "bytes edited":
        with open(path, "rb") as fh:
            data = fh.read()
        evidence = staging.read_parquet(_key(), "validated", "sanctions", os.path.basename(path)).column("evidence")
        word = next(w.encode() for w in evidence[0].as_py().split() if len(w) >= 5 and w.encode() in data)
        with open(path, "wb") as fh:
            fh.write(data.replace(word, b"X" * len(word)))
        assert staging.read_parquet(_key(), "validated", "sanctions", os.path.basename(path)) is not None  # readable
    else:
        _damage_data_page(path, "evidence")
    assert os.path.getsize(path) == size

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    assert (f"changed in place since validation (the same size, another sha256: damaged or edited): "
            f"validated/sanctions/{os.path.basename(path)} {size}") in message, message
    assert "Nothing was loaded" in message
    assert_clears_one_run(message, LOGICAL_DATE, "crawl", downstream=True)
    _nothing_loaded(workspace)

    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)  # cleared as it says (its crawl output is intact): loaded whole
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*) from articles") == [(PAGES,)]
    assert query(workspace.duckdb, "select count(*) from sanctions where evidence like '%XXXXX%'") == [(0,)]
