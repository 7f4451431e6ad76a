"""`tradewatch prune` and the reports DAG's prune_old_runs: old runs' staging and saved GX results go, the rest stays."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pyarrow as pa
import pytest

from tradewatch import staging
from tradewatch.cli import main
from tradewatch.retention import prune

DAY = 86400.0


@pytest.fixture()
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRADEWATCH_STORAGE", str(tmp_path / "data" / "staging"))
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(tmp_path / "data" / "tradewatch.duckdb"))
    monkeypatch.delenv("TRADEWATCH_KEEP_DAYS", raising=False)
    return tmp_path / "data"


def _record_loaded(run_key: str, data: Path) -> None:
    """The warehouse has loaded `run_key` (a source run of it)."""
    from tradewatch.store.db import connect

    con = connect(data / "tradewatch.duckdb")
    try:
        con.execute("insert into source_runs (run_id, source_id, logical_date, status) values (?, 'wire', now(), 'ok')",
                    [run_key])
    finally:
        con.close()


def _age(path: Path, days: float) -> None:
    """Every file and folder under `path` last changed `days` ago."""
    when = time.time() - days * DAY
    for root, dirs, files in os.walk(path, topdown=False):
        for name in files + dirs:
            os.utime(os.path.join(root, name), (when, when), follow_symlinks=False)
    os.utime(path, (when, when))


def _staged_run(run_key: str, days: float, data: Path, loaded: bool = True) -> Path:
    if loaded:
        _record_loaded(run_key, data)
    table = pa.table({"article_id": ["a1", "a2"], "text": ["one", "two"]})
    staging.write_parquet(table, run_key, "crawl", "articles", "one-0000.parquet")
    staging.write_parquet(table, run_key, "validated", "articles", "one-0000.parquet")
    results = data / "dq" / "validations" / staging.safe_run_key(run_key) / "chunk"
    results.mkdir(parents=True)
    (results / "articles.json").write_text("{}", encoding="utf-8")
    run = Path(str(staging.stage_path(run_key)))
    _age(run, days)
    _age(results.parent, days)
    return run


def test_runs_unchanged_for_the_kept_days_are_removed_and_the_rest_kept(data: Path) -> None:
    old = _staged_run("scheduled__2026-01-01T00:00:00+00:00", 20, data)
    recent = _staged_run("scheduled__2026-01-19T00:00:00+00:00", 2, data)
    touched = _staged_run("manual__2026-01-02", 20, data)
    (touched / "crawl" / "articles" / "one-0000.parquet").touch()  # a task of it rerun today: the run is in use
    foreign = data / "staging" / "holiday-photos"  # TRADEWATCH_STORAGE shared with other files: not ours
    foreign.mkdir()
    (foreign / "beach.jpg").write_bytes(b"x" * 10)
    _age(foreign, 400)
    elsewhere = data.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "crawl").mkdir()
    _age(elsewhere, 400)
    (data / "staging" / "linked").symlink_to(elsewhere)  # a symlinked folder is neither followed nor removed

    planned = prune(dry_run=True)
    assert planned.staging == [old.name] and planned.validations == [old.name]
    assert old.exists()  # a dry run removes nothing

    done = prune()
    assert done.staging == [old.name] and done.validations == [old.name] and done.bytes > 0
    assert not old.exists() and not (data / "dq" / "validations" / old.name).exists()
    assert recent.exists() and touched.exists() and foreign.exists() and elsewhere.exists()
    assert (data / "dq" / "validations" / recent.name).exists()
    assert prune(1.0).staging == [recent.name]  # a shorter keep takes the recent one too
    assert touched.exists()


def test_the_command_shows_what_it_removed_and_reads_the_setting(data: Path, capsys, monkeypatch) -> None:
    old = _staged_run("scheduled__2026-02-01T00:00:00+00:00", 10, data)
    monkeypatch.setenv("TRADEWATCH_KEEP_DAYS", "30")
    assert main(["prune"]) == 0
    assert old.exists() and "unchanged for 30 days" in capsys.readouterr().out
    assert main(["prune", "--days", "7", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would be removed" in out and old.name[:20] in out and old.exists()
    assert main(["prune", "--days", "7"]) == 0
    assert not old.exists()
    monkeypatch.setenv("TRADEWATCH_KEEP_DAYS", "0")
    assert main(["prune"]) == 1
    assert "TRADEWATCH_KEEP_DAYS" in capsys.readouterr().err


def test_a_prune_killed_half_way_leaves_a_run_the_next_prune_removes(data: Path) -> None:
    # hostile probe 21: removing a run's files updated its folders' times, so what a killed prune left of a run looked
    # changed just now and was kept for another TRADEWATCH_KEEP_DAYS
    import shutil

    old = _staged_run("scheduled__2026-01-01T00:00:00+00:00", 20, data)
    recent = _staged_run("scheduled__2026-01-19T00:00:00+00:00", 2, data)
    shutil.rmtree(old / "crawl")  # the part the killed prune had removed: `old` and its folders changed just now
    done = prune()
    assert done.staging == [old.name] and not old.exists()
    assert recent.exists()


def test_temp_files_of_killed_writers_are_swept_once_stale(data: Path) -> None:
    # hostile probe 21: a blob pack's temp file (up to 64 MB) left by a crawl killed before its rename stayed for good
    packs = data / "blobs" / "packs"
    packs.mkdir(parents=True)
    stale = packs / ".tmp-1f5b-pack-0001.parquet.part"
    stale.write_bytes(b"x" * 1000)
    fresh = packs / ".tmp-2a6c-pack-0002.parquet.part"  # a writer at work now
    fresh.write_bytes(b"y" * 10)
    kept = packs / "pack-0001.parquet"  # finished packs are provenance: never swept
    kept.write_bytes(b"z" * 10)
    for path in (stale, kept):
        _age(path, 20)  # older than the kept days (14)
    planned = prune(dry_run=True)
    assert planned.temp_files == 1 and planned.bytes == 1000 and stale.exists()
    done = prune()
    assert done.temp_files == 1 and not stale.exists()
    assert fresh.exists() and kept.exists()


def test_an_old_run_staged_but_never_loaded_is_kept_and_said(data: Path, monkeypatch, capsys) -> None:
    # hostile probe 24: runs were chosen by age alone, so a run whose load failed and was never cleared lost the only copy
    # of what it crawled
    loaded_key, failed_key = "scheduled__2026-01-01T00:00:00+00:00", "scheduled__2026-01-02T00:00:00+00:00"
    loaded = _staged_run(loaded_key, 20, data)
    failed = _staged_run(failed_key, 20, data, loaded=False)
    done = prune()
    assert done.staging == [loaded.name] and done.unloaded == [failed.name]
    assert not loaded.exists() and failed.exists()
    assert main(["prune"]) == 0  # says so
    assert "staged but never loaded" in capsys.readouterr().out


def _only_staged_copy(data: Path) -> tuple[Path, Path]:
    """An old run loaded and an old run staged but never loaded, in a warehouse that says so."""
    loaded = _staged_run("scheduled__2026-01-01T00:00:00+00:00", 20, data)
    unloaded = _staged_run("scheduled__2026-01-02T00:00:00+00:00", 20, data, loaded=False)
    return loaded, unloaded


def _assert_kept_and_said(data: Path, capsys: pytest.CaptureFixture[str], runs: list[Path], why: str) -> None:
    done = prune()
    assert done.staging == [] and done.validations == [] and done.unverified == [run.name for run in runs]
    assert why in done.unverified_reason
    assert all(run.exists() and (data / "dq" / "validations" / run.name).exists() for run in runs)
    assert main(["prune"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"DuckDB: {data / 'tradewatch.duckdb'}" in out
    assert "2 older run(s) with staging kept" in out and "which runs were loaded is unknown" in out and why in out
    assert all(run.exists() for run in runs)


def test_no_warehouse_at_the_configured_path_keeps_every_staged_run(data: Path, capsys) -> None:
    # hostile probe 34 F2: TRADEWATCH_DUCKDB pointing elsewhere (a moved file, a worker with other settings) made the
    # old runs "judged by age alone", and the staging of a never-loaded run, the only copy of its crawl, was removed
    loaded, unloaded = _only_staged_copy(data)
    (data / "tradewatch.duckdb").rename(data / "moved.duckdb")
    _assert_kept_and_said(data, capsys, [loaded, unloaded], "there is no DuckDB file at")


def test_a_damaged_warehouse_keeps_every_staged_run(data: Path, capsys) -> None:
    loaded, unloaded = _only_staged_copy(data)
    db = data / "tradewatch.duckdb"
    db.write_bytes(db.read_bytes()[:20_000])  # truncated
    _assert_kept_and_said(data, capsys, [loaded, unloaded], "is damaged")


def test_a_warehouse_held_past_the_wait_keeps_every_staged_run(data: Path, capsys, monkeypatch) -> None:
    import subprocess
    import sys

    from tradewatch import retention

    loaded, unloaded = _only_staged_copy(data)
    monkeypatch.setattr(retention, "LOADED_RUNS_WAIT_SECONDS", 1.0)
    holder = subprocess.Popen(  # another process writing it (a load of another run, a list refresh)
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
                               "time.sleep(60)", str(data / "tradewatch.duckdb")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        _assert_kept_and_said(data, capsys, [loaded, unloaded], f"PID {holder.pid}")
    finally:
        holder.kill()
        holder.wait()
    done = prune()  # the warehouse readable again: the loaded run goes, the other is kept as never loaded
    assert done.staging == [loaded.name] and done.unloaded == [unloaded.name] and unloaded.exists()
