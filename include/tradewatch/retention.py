"""Keep the local working files of finished runs for a while, not for ever.

Each run stages its crawl and validated Parquet files (`TRADEWATCH_STORAGE`, the article text twice) and saves its
Great Expectations results (`<data_dir>/dq/validations/<run>/`): hostile probe 10 counted 21 files (the article text
twice) and 10 JSON files a run, never removed (about 100 GB of staging a year at production volumes). Everything a
report or a query needs is in DuckDB by then; the staging of a run is only needed to rerun its tasks. `prune`
removes both for runs none of whose files changed for `TRADEWATCH_KEEP_DAYS` days (the reports DAG runs it after each
load; `tradewatch prune` on demand). Object-store staging is left to the bucket's lifecycle rule
(docs/deployment.md); the blob packs (every stored page's bytes: provenance) are kept.
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from tradewatch.logs import get_logger
from tradewatch.settings import Settings, get_settings, redacted

log = get_logger(__name__)


@dataclass
class Pruned:
    """What a prune removed (or, on a dry run, would remove): folder names, per kind, and their bytes."""

    staging: list[str] = field(default_factory=list)
    validations: list[str] = field(default_factory=list)
    bytes: int = 0
    kept: int = 0
    note: str = ""
    temp_files: int = 0
    unloaded: list[str] = field(default_factory=list)  # old runs kept: staged, never loaded
    unverified: list[str] = field(default_factory=list)  # old runs kept: staged, and the warehouse could not say
    unverified_reason: str = ""  # why the warehouse could not say which runs it loaded
    database: str = ""  # the DuckDB file asked which runs were loaded


def _newest_change(folder: Path) -> tuple[float, int]:
    """The latest modification time of the files under `folder` (symlinks not followed), and their bytes.

    Files only: removing files updates their folder's time, so a prune killed half-way left a run whose folders looked
    changed just now, kept for another TRADEWATCH_KEEP_DAYS (hostile probe 21). A folder with no file at all (one a task
    has only just made) counts its folders' times."""
    newest_dir = folder.lstat().st_mtime
    newest_file: float | None = None
    size = 0
    for root, dirs, files in os.walk(folder):  # (os.walk follows no symlinked folder)
        for name in dirs + files:
            try:
                info = os.lstat(os.path.join(root, name))
            except OSError:  # removed meanwhile
                continue
            if name in files:
                newest_file = info.st_mtime if newest_file is None else max(newest_file, info.st_mtime)
                size += info.st_size
            else:
                newest_dir = max(newest_dir, info.st_mtime)
    return (newest_dir if newest_file is None else newest_file), size


# A writer's temp file (`files.write_atomically`) left by a process killed before its rename (SIGKILL runs no
# clean-up): hidden from readers, but up to a 64 MB blob pack each. Removed once this old (and older than the kept days).
STALE_TEMP_SECONDS = 86400.0


def _sweep_temp_files(data_dir: Path, older_than: float, dry_run: bool) -> tuple[int, int]:
    """Remove the writers' temp files under `data_dir` last changed before `older_than`; returns (files, bytes)."""
    from tradewatch.files import TMP_PREFIX, TMP_SUFFIX

    count = size = 0
    if not data_dir.is_dir():
        return count, size
    for root, _dirs, files in os.walk(data_dir):
        for name in files:
            if not (name.startswith(TMP_PREFIX) and name.endswith(TMP_SUFFIX)):
                continue
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
                if info.st_mtime >= older_than:
                    continue
                if not dry_run:
                    os.unlink(path)
            except OSError:  # removed meanwhile, or not ours to remove
                continue
            count += 1
            size += info.st_size
    return count, size


# What a run's staging folder holds: TRADEWATCH_STORAGE may be a folder shared with other files, of which only the
# run folders are ours to remove.
_STAGES = frozenset({"crawl", "validated", "loaded"})  # ("loaded": what the load re-extracted, for the summary)


def _is_staged_run(folder: Path) -> bool:
    names = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    return bool(names) and names <= _STAGES


def _run_folders(parent: Path, staged_runs_only: bool = False) -> dict[str, tuple[float, int]]:
    """Run folder name -> (latest change under it, bytes), for the run folders directly under `parent`."""
    found: dict[str, tuple[float, int]] = {}
    if not parent.is_dir():
        return found
    for run in sorted(parent.iterdir()):
        if run.name.startswith(".") or run.is_symlink() or not run.is_dir():
            continue  # temp files, and anything not a run folder this code wrote
        if staged_runs_only and not _is_staged_run(run):
            continue
        found[run.name] = _newest_change(run)
    return found


# How long a prune waits for another process's hold on the warehouse (a load of another run, a list refresh, an analyst's
# connection) before it keeps every old staged run instead.
LOADED_RUNS_WAIT_SECONDS = 120.0


def _loaded_runs(settings: Settings) -> tuple[set[str] | None, str]:
    """The runs the DuckDB file has loaded (their source_runs rows), or None and why they could not be read.

    A run is removed only when the warehouse proves it loaded: a file that is missing (TRADEWATCH_DUCKDB pointing
    elsewhere), damaged or held by another process past the wait made the old runs "judged by age alone", and the staging
    of never-loaded runs went (hostile probe 34 F2)."""
    import duckdb

    from tradewatch.staging import safe_run_key
    from tradewatch.store.db import connect

    path = settings.duckdb_path
    if not path.exists():
        return None, f"there is no DuckDB file at {path} (TRADEWATCH_DUCKDB; point it at the warehouse if it has moved)"
    try:
        con = connect(path, read_only=True, wait_seconds=LOADED_RUNS_WAIT_SECONDS)
    except Exception as exc:  # (locked past the wait, damaged, unreadable, newer: nothing proves a run loaded)
        said = str(exc).rstrip(".")
        return None, said if str(path) in said else f"the DuckDB file {path} could not be read: {said}"
    try:
        if not con.execute("select 1 from information_schema.tables where table_name = 'source_runs'").fetchall():
            return set(), ""  # a file no load has written: no run was loaded into it
        # (as their staging folders are named)
        return {safe_run_key(row[0]) for row in con.execute("select distinct run_id from source_runs").fetchall()
                if row[0] and str(row[0]).strip()}, ""
    except duckdb.Error as exc:
        return None, f"the DuckDB file {path} could not be read: {exc}"
    finally:
        con.close()


def prune(keep_days: float | None = None, *, dry_run: bool = False, settings: Settings | None = None,
          now: float | None = None) -> Pruned:
    """Remove the staging folders and saved validation results of runs unchanged for `keep_days` days
    (default TRADEWATCH_KEEP_DAYS)."""
    from tradewatch.staging import _is_local, _local, storage_root

    settings = settings or get_settings()
    days = settings.keep_days if keep_days is None else keep_days
    now = time.time() if now is None else now
    cutoff = now - days * 86400
    result = Pruned()
    root = storage_root()
    staged: dict[str, tuple[float, int]] = {}
    if _is_local(root):
        staged = _run_folders(_local(root), staged_runs_only=True)
    else:
        result.note = (f"staging is in an object store ({redacted(settings.storage_path)}): a lifecycle rule on the bucket expires "
                       "it (docs/deployment.md)")
    results_dir = settings.data_dir / "dq" / "validations"
    saved = _run_folders(results_dir)
    result.database = str(settings.duckdb_path)
    loaded, result.unverified_reason = _loaded_runs(settings) if staged else (None, "")
    # A run is judged whole: a task of it rerun lately (its staging or its results changed) keeps both.
    for name in sorted(staged.keys() | saved.keys()):
        newest = max(staged.get(name, (0.0, 0))[0], saved.get(name, (0.0, 0))[0])
        if newest >= cutoff:
            result.kept += 1
            continue
        if name in staged and loaded is None:
            result.unverified.append(name)  # (kept whole: its saved results too)
            continue
        if name in staged and loaded is not None and name not in loaded:
            # a run whose load failed and was never cleared: its staging is what a rerun of that load reads, the only
            # copy of what it crawled (hostile probe 24: chosen by age alone, it went without a word)
            result.unloaded.append(name)
            continue
        for folder, kind, sizes in ((root, result.staging, staged), (results_dir, result.validations, saved)):
            if name in sizes:
                if not dry_run:
                    shutil.rmtree(_local(folder) / name, ignore_errors=True)
                kind.append(name)
                result.bytes += sizes[name][1]
    swept, swept_bytes = _sweep_temp_files(settings.data_dir, min(cutoff, now - STALE_TEMP_SECONDS), dry_run)
    result.temp_files = swept
    result.bytes += swept_bytes
    if result.unloaded:
        log.warning("old runs staged but never loaded kept: clear their load task to load them, or remove their staging "
                    "folders by hand", extra={"kv": {"runs": result.unloaded[:10], "count": len(result.unloaded)}})
    if result.unverified:
        log.warning(f"old runs with staging kept: which runs were loaded is unknown, as {result.unverified_reason}; the "
                    "next prune that can read the warehouse removes those it loaded",
                    extra={"kv": {"runs": result.unverified[:10], "count": len(result.unverified)}})
    log.info("pruned old runs", extra={"kv": {"staging": len(result.staging), "validations": len(result.validations),
                                               "temp_files": swept, "bytes": result.bytes, "dry_run": dry_run,
                                               "keep_days": days}})
    return result


def register(subparsers: argparse._SubParsersAction) -> None:
    from tradewatch.cli_args import whole_number

    p = subparsers.add_parser(
        "prune", help="remove the staged files and saved validation results of runs older than TRADEWATCH_KEEP_DAYS",
        description="Remove the local staging folders and saved GX results of runs none of whose files changed for "
                    "--days days (default TRADEWATCH_KEEP_DAYS, 14). Loaded data stays in DuckDB; the reports DAG "
                    "does this after every load.")
    p.add_argument("--days", type=whole_number(1, 36500, "days"), default=None,
                   help="keep runs changed within this many days (default TRADEWATCH_KEEP_DAYS)")
    p.add_argument("--dry-run", action="store_true", help="list what would be removed, remove nothing")
    p.set_defaults(func=_run_prune)


def _run_prune(args: argparse.Namespace) -> int:
    from rich.table import Table

    from tradewatch.terminal import SafeConsole as Console

    result = prune(args.days, dry_run=args.dry_run)
    console = Console()
    # (hostile probe 34 F8: run from another folder, a command used another warehouse and did not say so)
    console.print(f"DuckDB: {result.database}", highlight=False, markup=False)
    verb = "would be removed" if args.dry_run else "removed"
    table = Table(title=f"Runs {'that ' + verb if args.dry_run else verb}: unchanged for "
                        f"{args.days or get_settings().keep_days:g} days")
    table.add_column("kind")
    table.add_column("runs", justify="right")
    table.add_column("first few", overflow="fold")
    for kind, names in (("staging", result.staging), ("validation results", result.validations)):
        table.add_row(kind, str(len(names)), ", ".join(names[:3]) + (" ..." if len(names) > 3 else ""))
    console.print(table)
    temps = f" (with {result.temp_files} temp file(s) of killed writers)" if result.temp_files else ""
    console.print(f"{result.bytes / 1e6:.1f} MB {verb}{temps}; {result.kept} recent run folder(s) kept."
                  + (f" {result.note}" if result.note else ""), highlight=False, markup=False)
    if result.unloaded:
        shown = ", ".join(result.unloaded[:3]) + (" ..." if len(result.unloaded) > 3 else "")
        console.print(f"{len(result.unloaded)} older run(s) kept because they were staged but never loaded ({shown}): "
                      "clear their load task in Airflow to load them, or remove their staging folders by hand.",
                      highlight=False, markup=False)
    if result.unverified:
        shown = ", ".join(result.unverified[:3]) + (" ..." if len(result.unverified) > 3 else "")
        console.print(f"{len(result.unverified)} older run(s) with staging kept ({shown}), as which runs were loaded is "
                      f"unknown: {result.unverified_reason}. Their staging may be the only copy of what they crawled; "
                      "run `tradewatch prune` again once the warehouse can be read.", highlight=False, markup=False)
    return 0
