"""A warehouse the pipeline cannot use (hostile probe 34 F6, F7, F10, F14): held open by an analyst, damaged, read-only,
or at a file-size limit. Each is said as what it is, naming the file and what to do, and found as early as it can be;
none is taken for another (a damaged file was reported as a lock, a file-size limit not at all).

Permissions need a process without root's override of them: as root, the child runs under `setpriv` with
CAP_DAC_OVERRIDE dropped, as the probe did. A file-size limit is RLIMIT_FSIZE in a child (SIGXFSZ ignored, so a write
past it fails with EFBIG, as on a file system's largest file)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support.harness import (
    LOGICAL_DATE,
    Workspace,
    assert_clears_one_run,
    query,
    serve_site,
    stage_bulk_run,
    subprocess_env,
)
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline
from tradewatch.cli import main
from tradewatch.diskspace import DiskFullError
from tradewatch.store import db

TESTS_DIR = Path(__file__).resolve().parents[1]
LATER = "2026-02-02T06:00:00+00:00"


def _hold(path: Path, read_only: bool) -> subprocess.Popen[str]:
    """Another process with the DuckDB file open (an analyst's notebook: `duckdb.connect(path, read_only=True)`)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro'); "
                               "print('held', flush=True); time.sleep(60)", str(path), "ro" if read_only else "rw"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_an_open_read_only_connection_holds_the_load_and_is_named_by_its_pid(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # hostile probe 34 F7: the wait blamed "a load or a list refresh", kept the last 160 characters of DuckDB's error (not
    # the PID), and the load failed with DuckDB's advice to open the file read-only
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, 20)
    db.connect(workspace.duckdb).close()
    monkeypatch.setattr(pipeline, "LOAD_WAIT_SECONDS", 1.5)
    monkeypatch.setattr(db, "WAIT_NOTICE_SECONDS", 0.2)
    holder = _hold(workspace.duckdb, read_only=True)
    try:
        with caplog.at_level(logging.WARNING, logger="tradewatch.store.db"), pytest.raises(db.DatabaseLocked) as failure:
            pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    finally:
        holder.kill()
        holder.wait()
    (told,) = [r.getMessage() for r in caplog.records if "waiting for" in r.getMessage()]
    assert f"another process has it open (PID {holder.pid}, " in told and "reading it: a read-only connection" in told
    message = str(failure.value)
    assert str(workspace.duckdb) in message and f"PID {holder.pid}," in message and "reading it" in message
    assert "even read-only" in message and "Nothing was loaded" in message and "-readonly" not in message
    assert_clears_one_run(message, LOGICAL_DATE, "load")

    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)  # the connection closed: the load (its retry, or a clear) loads the run
    assert query(workspace.duckdb, "select count(*) from articles") == [(20,)]


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:200_000])


def test_a_damaged_warehouse_is_said_as_damaged_by_every_task_and_command_not_as_a_lock(
    workspace: Workspace, servers: list[HostileServer], capsys: pytest.CaptureFixture[str]
) -> None:
    # hostile probe 34 F6: a truncated file failed `status`, `sql` and the load with DuckDB's bare "Could not read enough
    # bytes", and every crawl noted that the warehouse "could not be read within 60 s (another process held its write
    # lock ...)", though no process held it and no wait happened
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=3, indices=range(1, 4))
    workspace.add_source("wire", srv.url("/feed.xml"))
    stage_bulk_run(LATER, LATER, 1500)
    pipeline.load_run(LATER, LATER)  # a warehouse of some size
    ids = pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)  # listed before the damage
    _truncate(workspace.duckdb)

    def says_damaged(message: str) -> None:
        assert str(workspace.duckdb) in message and "is damaged" in message and "backup" in message, message
        assert "write lock" not in message and "Conflicting lock" not in message, message

    with pytest.raises(pipeline.WarehouseUnusable) as listing:  # the first task finds it, before any crawl
        pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)
    says_damaged(str(listing.value))
    assert "Nothing was crawled" in str(listing.value)
    assert_clears_one_run(str(listing.value), LOGICAL_DATE, None)

    summary = pipeline.crawl_source(ids[0], LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
    assert summary["status"] == "failed"  # (a crawl already handed out: its source run says why)
    says_damaged(summary["error"])
    assert "could not be read within" not in summary["error"]

    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, 5)
    with pytest.raises(db.DatabaseDamaged) as load:
        pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    says_damaged(str(load.value))
    assert_clears_one_run(str(load.value), LOGICAL_DATE, "load")

    for command in (["status"], ["sql", "select count(*) from articles"], ["reextract", "--dry-run"]):
        assert main(command) == 1
        says_damaged(" ".join(capsys.readouterr().err.split()))


def _without_permission_override(command: list[str]) -> list[str]:
    """`command` run without root's power to write what its permissions forbid."""
    if os.geteuid() != 0:
        return command
    if not shutil.which("setpriv"):
        pytest.skip("root without setpriv: permissions cannot be enforced")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]


LIST_TASK = textwrap.dedent("""
    import sys
    from tradewatch import pipeline
    from tradewatch.cli import main
    try:
        print("LISTED", pipeline.list_enabled_sources(sys.argv[1], sys.argv[1]))
    except pipeline.WarehouseUnusable as exc:
        print("REFUSED", exc)
    print("REEXTRACT", main(["reextract", "--all"]), file=sys.stderr)
""")


@pytest.mark.skipif(sys.platform != "linux", reason="setpriv, as on Linux")
@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_warehouse_the_workers_cannot_write_is_refused_by_the_first_task(
    workspace: Workspace, read_only: str
) -> None:
    # hostile probe 34 F14: a read-only file failed the load with "Permission denied" after the whole crawl; a writable
    # file in a read-only folder failed only at the commit, when DuckDB makes the .wal
    workspace.add_source("wire", "http://127.0.0.1:9/feed.xml")
    db.connect(workspace.duckdb).close()
    warehouse = workspace.data / "warehouse"  # a folder of its own, so that the staging folder stays writable
    warehouse.mkdir()
    moved = warehouse / "tradewatch.duckdb"
    workspace.duckdb.rename(moved)
    target = moved if read_only == "file" else warehouse
    target.chmod(0o555 if read_only == "folder" else 0o444)
    try:
        child = subprocess.run(
            _without_permission_override([sys.executable, "-c", LIST_TASK, LOGICAL_DATE]),
            env={**subprocess_env(workspace), "TRADEWATCH_DUCKDB": str(moved)}, capture_output=True, text=True,
            cwd=TESTS_DIR.parent, timeout=120)
    finally:
        target.chmod(0o755 if read_only == "folder" else 0o644)
    assert child.returncode == 0, child.stderr[-3000:]
    said = " ".join(child.stdout.split())
    assert said.startswith("REFUSED"), said
    if read_only == "file":
        assert f"the DuckDB file {moved} (TRADEWATCH_DUCKDB) is read-only for this process" in said
    else:
        assert f"the folder {warehouse} is read-only for this process, so DuckDB cannot make tradewatch.duckdb.wal" in said
    assert "Nothing was crawled" in said and "read and write access" in said
    assert_clears_one_run(said, LOGICAL_DATE, None)
    # every writer is refused as it opens the file, before any work (`reextract --all` re-extracted everything, then
    # failed at its commit)
    err = " ".join(child.stderr.split())
    assert "REEXTRACT 1" in err and "is read-only for this process" in err, err
    with pytest.raises(pipeline.SourcesNotListed):  # the run's validation fails with the same words
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)


SIZE_LIMITED = textwrap.dedent("""
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from tradewatch import pipeline
    from tradewatch.diskspace import DiskFullError
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    task = pipeline.load_run if sys.argv[1] == "load" else pipeline.validate_run
    try:
        task(sys.argv[2], sys.argv[2])
        print("DONE")
    except DiskFullError as exc:
        print("FULL", exc)
""")


def _size_limited(workspace: Workspace, task: str, run: str, limit: int) -> str:
    child = subprocess.run([sys.executable, "-c", SIZE_LIMITED, task, run, str(limit)], env=subprocess_env(workspace),
                           capture_output=True, text=True, cwd=TESTS_DIR.parent, timeout=300)
    assert child.returncode == 0, child.stderr[-3000:]
    return " ".join(child.stdout.split())


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_file_size_limit_at_the_loads_checkpoint_fails_the_load_and_keeps_the_run(workspace: Workspace) -> None:
    # hostile probe 34 F10: DuckDB's checkpoint, as the load's connection closed, failed without a word at the limit:
    # the load reported success, the file stuck at the limit and the .wal grew with every load
    stage_bulk_run(LATER, LATER, 1500)
    pipeline.load_run(LATER, LATER)
    size = workspace.duckdb.stat().st_size
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, 300, prefix="http://127.0.0.1:9/second")
    said = _size_limited(workspace, "load", LOGICAL_DATE, size + 1_000_000)  # the .wal fits, the file cannot grow
    assert said.startswith("FULL the checkpoint after the load: a file reached the largest size allowed"), said
    assert "File too large" in said and "ulimit -f" in said and "Raise that limit" in said
    assert str(workspace.duckdb.parent) in said and "tradewatch.duckdb.wal" in said and "never delete it" in said
    assert_clears_one_run(said, LOGICAL_DATE, "load")
    # the run was committed to the .wal, which DuckDB reads back: nothing lost
    assert query(workspace.duckdb, "select count(*) from articles") == [(1800,)]


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_file_size_limit_during_validate_is_said_like_a_full_disk(workspace: Workspace) -> None:
    # hostile probe 34 F10: pyarrow's bare "[Errno 27] Error writing bytes to file ... File too large" named no file
    stage_bulk_run(LOGICAL_DATE, LOGICAL_DATE, 300, validated=False)
    said = _size_limited(workspace, "validate", LOGICAL_DATE, 40 * 1024)
    assert said.startswith("FULL validate stopped: a file reached the largest size allowed"), said
    assert "File too large" in said and str(workspace.data / "staging") in said and "TRADEWATCH_STORAGE" in said
    assert "Raise that limit" in said and "Nothing of this validation was kept" in said
    assert_clears_one_run(said, LOGICAL_DATE, "validate", downstream=True)
    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)  # the limit raised, the task cleared
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select count(*) from articles") == [(300,)]


def test_a_disk_full_error_for_a_size_limit_carries_efbig() -> None:
    import errno

    from tradewatch.store.loader import disk_full_error

    cause = OSError(errno.EFBIG, "File too large")
    error = disk_full_error("the load's commit", cause, (Path("/d/tw.duckdb"), None), pipeline.RunContext.create(
        LOGICAL_DATE, LOGICAL_DATE).logical_date)
    assert isinstance(error, DiskFullError) and error.errno == errno.EFBIG and "The disk is full" not in str(error)
