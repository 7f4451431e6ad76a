"""Staged files lost between the validate and the load tasks (a cleaned scratch disk, a half-deleted folder, a
crawl chunk written after the validation): the load refuses with one clear error and writes nothing, instead of
loading a run that seems to have found nothing; rerunning the run's tasks then loads it exactly once."""

from __future__ import annotations

import shutil

import pytest

from tests.support.harness import (
    LOGICAL_DATE,
    Workspace,
    assert_clears_one_run,
    query,
    run_pipeline,
    serve_site,
    snapshot,
)
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline, staging

TABLES = ("articles", "sanctions", "deals", "fetches", "http_cache", "source_runs")


def _site(ws: Workspace, servers: list[HostileServer], seed: int, pages: int) -> None:
    """A synthetic site of `pages` articles, the source "one" reading its feed."""
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=seed, indices=range(1, pages + 1))
    ws.add_source("one", srv.url("/feed.xml"))


def _crawled(ws: Workspace) -> None:
    """The run's list and crawl tasks, in this process."""
    for source_id in pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, ws.sources):
        pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=ws.sources)


def _staged_through_validation(ws: Workspace, servers: list[HostileServer]) -> None:
    from tradewatch.store.db import open_db

    with open_db(ws.duckdb):  # the warehouse exists, empty, as after an earlier run of other sources
        pass
    _site(ws, servers, seed=7, pages=4)
    _crawled(ws)
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)


def _nothing_loaded(ws: Workspace) -> None:
    for table in TABLES:
        assert query(ws.duckdb, f"select count(*) from {table}") == [(0,)], table  # noqa: S608


def _folder(*parts: str) -> str:
    return str(staging.stage_path(pipeline._safe_key(LOGICAL_DATE), *parts))


@pytest.mark.parametrize("lost", ["whole run", "validated stage", "one crawl table", "one validated chunk"])
def test_staging_lost_after_validation_fails_the_load_and_writes_nothing(
    workspace: Workspace, servers: list[HostileServer], lost: str
) -> None:
    _staged_through_validation(workspace, servers)
    target = {
        "whole run": _folder(),
        "validated stage": _folder("validated"),
        "one crawl table": _folder("crawl", "fetches"),
        "one validated chunk": _folder("validated", "articles"),
    }[lost]
    shutil.rmtree(target)

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    message = str(failure.value)
    assert "Nothing was loaded" in message
    # the manifest gone: the validate task and the load of this run; a file gone: the crawls of this run and after
    manifest_gone = lost in ("whole run", "validated stage")
    assert_clears_one_run(message, LOGICAL_DATE, "validate" if manifest_gone else "crawl", downstream=True)
    if lost in ("one crawl table", "one validated chunk"):  # the files that went are named
        table = "fetches" if lost == "one crawl table" else "articles"
        assert f"missing or rewritten since validation: {'crawl' if table == 'fetches' else 'validated'}/{table}/one" in message
    _nothing_loaded(workspace)

    # what the message says: the run's tasks again, then the run is loaded, once
    run_pipeline(workspace)
    assert query(workspace.duckdb, "select count(*), count(distinct article_id) from articles") == [(4, 4)]
    assert query(workspace.duckdb, "select status from source_runs") == [("ok",)]


def test_a_chunk_staged_after_validation_is_not_loaded_unvalidated(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    _staged_through_validation(workspace, servers)
    # a crawl chunk that appears after the validation (a crawl retried late): its rows were never validated
    source = staging.read_parquet(pipeline._safe_key(LOGICAL_DATE), "crawl", "source_runs", "one-0000.parquet")
    assert source is not None
    staging.write_parquet(source, pipeline._safe_key(LOGICAL_DATE), "crawl", "source_runs", "late-0000.parquet")

    with pytest.raises(pipeline.StagingMismatch, match=r"not validated \(new or rewritten\): crawl/source_runs/late-0000\.parquet \d+"):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    _nothing_loaded(workspace)


def test_an_intact_run_loads_the_same_after_its_manifest_check(workspace: Workspace, servers: list[HostileServer]) -> None:
    _staged_through_validation(workspace, servers)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    first = snapshot(workspace.duckdb)
    assert query(workspace.duckdb, "select count(*) from articles") == [(4,)]
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)  # the load task retried: the same files, the same tables
    assert snapshot(workspace.duckdb) == first


def test_a_crawl_file_rewritten_after_validation_is_not_loaded_beside_the_old_validated_rows(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    import pyarrow as pa

    _staged_through_validation(workspace, servers)
    # the crawl task rerun alone after the validation rewrites its chunk under the same name, with other rows
    key = pipeline._safe_key(LOGICAL_DATE)
    fetches = staging.read_parquet(key, "crawl", "fetches", "one-0000.parquet")
    assert fetches is not None and fetches.num_rows > 1
    staging.write_parquet(pa.concat_tables([fetches, fetches.slice(0, 1)]), key, "crawl", "fetches", "one-0000.parquet")

    with pytest.raises(pipeline.StagingMismatch, match=r"rewritten since validation: crawl/fetches/one-0000\.parquet"):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    _nothing_loaded(workspace)


def test_staging_lost_before_validation_fails_it_instead_of_a_green_run_of_nothing(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    _site(workspace, servers, seed=8, pages=2)
    _crawled(workspace)
    shutil.rmtree(_folder())

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert "nothing is staged for run" in str(failure.value)
    assert_clears_one_run(str(failure.value), LOGICAL_DATE, None)
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)


def test_validate_and_load_rerun_after_the_staging_went_keep_the_loaded_run(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    _site(workspace, servers, seed=9, pages=2)
    run_pipeline(workspace)
    before = snapshot(workspace.duckdb)
    assert query(workspace.duckdb, "select count(*) from source_runs") == [(1,)]
    shutil.rmtree(_folder())  # retention cleaned it after the load; then someone clears validate and load

    with pytest.raises(pipeline.StagingMismatch):
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert snapshot(workspace.duckdb) == before


def test_a_foreign_parquet_file_in_the_crawl_stage_fails_validation_naming_it(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 8: a stray Parquet file with other columns failed the run with a bare KeyError naming no file; its
    # chunk's manifest (probe 34) now tells it from the file the crawl staged before its columns are read
    import os

    import pyarrow as pa
    import pyarrow.parquet as pq

    _site(workspace, servers, seed=10, pages=2)
    _crawled(workspace)
    folder = _folder("crawl", "articles")
    (name,) = [p for p in os.listdir(folder) if p.endswith(".parquet")]
    pq.write_table(pa.table({"x": [1, 2]}), f"{folder}/{name}")

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert f"crawl/articles/{name}: changed since its crawl staged it" in str(failure.value)
    assert not workspace.duckdb.exists()  # nothing loaded


@pytest.mark.parametrize("table", ["fetches", "source_runs", "articles"])
def test_a_crawl_file_cut_short_fails_validation_naming_it_and_a_crawl_rerun_recovers(
    workspace: Workspace, servers: list[HostileServer], table: str
) -> None:
    # hostile probe 10: a truncated fetches or source_runs chunk passed the validation, then failed the load (and every
    # retry of it) with DuckDB's "No magic bytes found"; a truncated articles chunk failed with a bare Arrow error
    import os

    _site(workspace, servers, seed=14, pages=3)
    _crawled(workspace)
    folder = _folder("crawl", table)
    (name,) = [p for p in os.listdir(folder) if p.endswith(".parquet")]
    path = f"{folder}/{name}"
    os.truncate(path, os.path.getsize(path) // 2)

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert f"{table}/{name}" in str(failure.value) and "clear the run's crawl tasks" in str(failure.value).lower()
    assert_clears_one_run(str(failure.value), LOGICAL_DATE, "crawl", downstream=True)
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert not workspace.duckdb.exists()  # nothing loaded

    _crawled(workspace)  # the crawl cleared and rerun, as the message says: the run validates and loads
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*) from articles") == [(3,)]


@pytest.mark.parametrize("how", ["copied file", "symlink to a file elsewhere"])
def test_a_chunk_of_a_source_the_run_never_listed_fails_validation_naming_it(
    workspace: Workspace, servers: list[HostileServer], tmp_path, how: str
) -> None:
    # hostile probe 8: a chunk named after a source the list task did not hand out (even a symlink to a file outside
    # the staging folder) was validated and loaded as part of the run
    import os

    _site(workspace, servers, seed=11, pages=2)
    _crawled(workspace)
    folder = _folder("crawl", "articles")
    stray = f"{folder}/elsewhere-0000.parquet"
    if how == "copied file":
        shutil.copyfile(f"{folder}/one-0000.parquet", stray)
    else:
        outside = tmp_path / "outside.parquet"
        shutil.copyfile(f"{folder}/one-0000.parquet", outside)
        os.symlink(outside, stray)

    with pytest.raises(pipeline.StagingMismatch) as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert "crawl/articles/elsewhere-0000.parquet" in str(failure.value)
    assert "belong to no source this run's list task handed out" in str(failure.value)
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert not workspace.duckdb.exists()  # nothing loaded

    os.remove(stray)  # the operator removes it, as the message says: the run validates and loads its own source
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select distinct source_id from articles") == [("one",)]


def test_more_sources_than_airflow_maps_fail_the_run_saying_so(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    # hostile probe 9: 1,100 sources exceeded Airflow's max_map_length; the crawl never expanded, every source was
    # recorded as a killed crawl and the run ended green
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=12, indices=range(1, 3))
    for name in ("one", "two", "three"):
        workspace.add_source(name, srv.url("/feed.xml"))
    monkeypatch.setattr(pipeline, "max_mapped_sources", lambda: 2)

    with pytest.raises(pipeline.TooManySources) as listed:
        pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)
    assert "3 sources are enabled" in str(listed.value) and "at most 2" in str(listed.value)
    assert "AIRFLOW__CORE__MAX_MAP_LENGTH" in str(listed.value)
    with pytest.raises(pipeline.SourcesNotListed, match="handed out no source: 3 sources are enabled"):
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert not workspace.duckdb.exists() or query(workspace.duckdb, "select count(*) from source_runs") == [(0,)]
    assert not srv.requests  # nothing crawled

    monkeypatch.setattr(pipeline, "max_mapped_sources", lambda: 1024)  # the limit raised: the run goes through
    assert len(pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)) == 3


@pytest.mark.parametrize("registry", ["missing", "a file", "empty"])
def test_a_source_registry_that_is_not_there_fails_the_run_naming_the_setting(
    workspace: Workspace, servers: list[HostileServer], tmp_path, registry: str
) -> None:
    # hostile probe 10: a mistyped TRADEWATCH_SOURCES_DIR (missing, or a file) gave a green run that crawled nothing,
    # with one config_error row named after the folder; an empty folder, a green run with no row at all
    folder = tmp_path / "sources-typo"
    if registry == "a file":
        folder.write_text("id: one\n", encoding="utf-8")
    elif registry == "empty":
        folder.mkdir()
    with pytest.raises(pipeline.NoSourceRegistry) as listed:
        pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, folder)
    assert str(folder) in str(listed.value) and "TRADEWATCH_SOURCES_DIR" in str(listed.value)
    with pytest.raises(pipeline.SourcesNotListed, match="handed out no source: the source registry"):
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert not workspace.duckdb.exists()  # nothing loaded

    srv = HostileServer().start()  # the registry put right: the same run goes through
    servers.append(srv)
    serve_site(srv, seed=13, indices=range(1, 3))
    workspace.add_source("one", srv.url("/feed.xml"))
    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources) == ["one"]


def test_the_mapping_limit_is_airflow_s_own_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRFLOW__CORE__MAX_MAP_LENGTH", "5")
    assert pipeline.max_mapped_sources() == 5
    monkeypatch.delenv("AIRFLOW__CORE__MAX_MAP_LENGTH")
    assert pipeline.max_mapped_sources() == 1024


def test_a_rerun_whose_list_task_died_after_staging_the_registry_errors_fails_and_keeps_the_loaded_run(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    # hostile probe 21: the list task stages the registry's errors (a source-run row each), then the list of sources
    # for the crawls; killed in between, the validation took the run for one staged without a list task (a test) and
    # the load replaced the loaded run's source runs and data-quality results with that one error row
    _site(workspace, servers, seed=9, pages=2)
    (workspace.sources / "broken.yml").write_text("source_id: broken\nkind: [\n", encoding="utf-8")
    _crawled(workspace)
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    db = workspace.duckdb
    runs = query(db, "select source_id, status from source_runs order by 1")
    assert runs == [("broken", "config_error"), ("one", "ok")]
    results = query(db, "select count(*) from dq_results")

    def killed(*args: object) -> None:
        raise SystemExit("the list task's worker was lost")

    with monkeypatch.context() as mp:  # the run is cleared and rerun: its list task dies before listing the sources
        mp.setattr(pipeline, "_write_listed", killed)
        with pytest.raises(SystemExit):
            pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)
    with pytest.raises(pipeline.StagingMismatch, match="its list task did not finish") as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert_clears_one_run(str(failure.value), LOGICAL_DATE, None)
    with pytest.raises(pipeline.StagingMismatch):
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(db, "select source_id, status from source_runs order by 1") == runs
    assert query(db, "select count(*) from dq_results") == results


@pytest.mark.parametrize("first_loaded", [True, False])
def test_a_crawl_folder_copied_from_another_run_is_refused_naming_that_run(
    workspace: Workspace, servers: list[HostileServer], first_loaded: bool
) -> None:
    # hostile probe 21: D1's crawl folder copied into D2's (a restored backup, a hand-made retry) loaded D1's fetches
    # and source runs under D1's id from D2's load, or failed every retry of it on a bare primary-key error
    later = "2026-03-02T06:00:00+00:00"
    _site(workspace, servers, seed=10, pages=2)
    _crawled(workspace)
    if first_loaded:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    before = {t: query(workspace.duckdb, f"select count(*) from {t}") for t in TABLES} if first_loaded else None
    pipeline.list_enabled_sources(later, later, workspace.sources)
    target = staging.stage_path(pipeline._safe_key(later), "crawl")
    shutil.rmtree(str(target))
    shutil.copytree(_folder("crawl"), str(target))

    with pytest.raises(pipeline.StagingMismatch, match="written by another run") as failure:
        pipeline.validate_run(later, later)
    assert LOGICAL_DATE in str(failure.value) and "crawl/fetches/one-0000.parquet" in str(failure.value)
    assert_clears_one_run(str(failure.value), later, None)
    if first_loaded:
        assert {t: query(workspace.duckdb, f"select count(*) from {t}") for t in TABLES} == before
    else:
        assert not workspace.duckdb.exists() or query(workspace.duckdb, "select count(*) from source_runs") == [(0,)]
