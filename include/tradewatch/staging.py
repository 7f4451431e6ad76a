"""Staging between tasks: Parquet files per run under TRADEWATCH_STORAGE (a local folder or an object store).

Fetch/extract tasks may run on any Celery worker, so they hand their output to the single DuckDB loader
through this storage rather than through XCom or a worker's local disk. Layout:
`<storage>/<run_key>/<part>/.../<name>.parquet`.

This is the one module of the library that may touch Airflow: a storage URL with a scheme
(`s3://aws_default@bucket/prefix`, `gs://...`, `file:///...`) goes through Airflow's ObjectStoragePath,
imported lazily, so that connections and credentials come from Airflow. A plain path uses pathlib and
works without Airflow installed.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from tradewatch.diskspace import DiskFullError, error_code, is_disk_full, what_filled
from tradewatch.files import TMP_PREFIX, write_atomically
from tradewatch.logs import get_logger
from tradewatch.settings import get_settings

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from airflow.sdk import ObjectStoragePath

    StagePath = Path | ObjectStoragePath

log = get_logger(__name__)

_UNSAFE = re.compile(r"[^A-Za-z0-9._=-]+")
_SAFE_PART = re.compile(r"^[A-Za-z0-9._=-]+$")
_MAX_KEY = 120


def safe_run_key(run_key: str) -> str:
    """Turn an Airflow run_id (`scheduled__2026-01-01T00:00:00+00:00`) into one safe folder name.

    Characters outside `[A-Za-z0-9._=-]` become `_`. When anything had to change, a short hash of the
    original is appended, so two different run keys never share a folder.
    """
    if not run_key or not run_key.strip():
        raise ValueError("run_key is empty; pass the Airflow run_id or another stable id of the run")
    cleaned = _UNSAFE.sub("_", run_key).lstrip(".")[:_MAX_KEY] or "_"
    if cleaned != run_key:
        cleaned = f"{cleaned}-{hashlib.sha1(run_key.encode()).hexdigest()[:8]}"
    return cleaned


def use_arrow_memory_pool() -> None:
    """Have this process's Arrow buffers come from the C library's allocator (glibc malloc), unless
    ARROW_DEFAULT_MEMORY_POOL names a pool (Arrow's own setting: it then decides). Calling it again changes
    nothing.

    The validate task calls it. Arrow's default on Linux, mimalloc, hands freed memory back to the
    kernel and takes it again; that task reads, converts and writes ~10 MB of article text per 1,000
    articles several times over, and on the 2-vCPU VM of the benchmark (transparent huge pages on
    madvise) the kernel time of that churn was a large part of it: 0.35 s of kernel time for 1,000
    articles with mimalloc, ~0.1 s with glibc's malloc or jemalloc; in the ingest benchmark,
    validation 1.20 -> 1.01 ms per article (mean of 4 runs each at N = 1,000). The crawl and load
    tasks showed no difference and keep the default (glibc's malloc held ~45 MB more in the load
    task). Each Airflow task is a process of its own, so the choice stays in the task that makes it.
    """
    import os

    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def _check_parts(parts: tuple[str, ...]) -> None:
    for part in parts:
        # Parts come from our own code (source ids, file names); reject rather than rewrite them so a
        # typo cannot silently land in a different folder, and so `..` can never escape the run folder.
        # A temp file's name (files.TMP_PREFIX) is never a staged part.
        if not _SAFE_PART.match(part) or part in (".", "..") or part.startswith(TMP_PREFIX):
            raise ValueError(f"unsafe staging path part {part!r}: use letters, digits, '.', '_', '=', '-'")


def _is_url(storage: str) -> bool:
    return "://" in storage


def storage_root() -> StagePath:
    """The configured storage root (TRADEWATCH_STORAGE)."""
    storage = get_settings().storage_path
    if _is_url(storage):
        from airflow.sdk import ObjectStoragePath  # the adapter's only Airflow import

        return ObjectStoragePath(storage)
    return Path(storage).expanduser()


def stage_path(run_key: str, *parts: str) -> StagePath:
    """Path of `<storage>/<safe run_key>/<parts...>`; nothing is created."""
    _check_parts(parts)
    return storage_root().joinpath(safe_run_key(run_key), *parts)


def _is_local(path: StagePath) -> bool:
    return isinstance(path, Path) or getattr(path, "protocol", "") in ("", "file", "local")


def _local(path: StagePath) -> Path:
    """A plain Path for a local path or a file:// ObjectStoragePath."""
    return path if isinstance(path, Path) else Path(path.path)


# No dictionary encoding: staged tables are mostly unique strings (article text, URLs, evidence), for which
# Arrow builds a dictionary, finds it too large and falls back to plain pages after all. Writing the 1,000
# articles of a benchmark run's validate task (11 MB of text, seven tables) took 70-200 ms with it and
# ~20 ms without, for files 0.4% larger.
WRITE_OPTIONS = {"use_dictionary": False}


def write_parquet(table: pa.Table, run_key: str, *parts: str) -> str:
    """Write `table` to `<storage>/<run_key>/<parts...>` atomically and return where it went.

    Local disk: write a dot-prefixed temp file in the same folder, then os.replace (atomic on POSIX),
    so a reader sees the old file or the new one, never half of one. Object stores: one PUT (or a
    multipart upload completed at close), which is atomic for readers too. A full disk raises DiskFullError,
    naming the file and the staging folder.
    """
    import pyarrow.parquet as pq

    if not parts:
        raise ValueError("write_parquet needs a file name after run_key, e.g. ('reuters', 'articles.parquet')")
    path = stage_path(run_key, *parts)
    try:
        if _is_local(path):
            where = str(write_atomically(_local(path), lambda tmp: pq.write_table(table, tmp, **WRITE_OPTIONS)))
        else:
            # Object stores have no folders to create; the key's prefix comes into being with the object.
            with path.open("wb") as fh:
                pq.write_table(table, fh, **WRITE_OPTIONS)
            where = str(path)
    except OSError as exc:
        if not is_disk_full(exc):
            raise
        # (hostile probe 25 F2: pyarrow's "[Errno 28] Error writing bytes to file" named no file and no folder)
        root = storage_root()
        raise DiskFullError(f"{what_filled(exc)} writing {path} in the staging folder {root} (TRADEWATCH_STORAGE)",
                            str(root), error_code(exc)) from exc
    log.info("staged parquet", extra={"kv": {"path": where, "rows": table.num_rows}})
    return where


def read_parquet(run_key: str, *parts: str, columns: list[str] | None = None) -> pa.Table | None:
    """The table staged at `<storage>/<run_key>/<parts...>` (only `columns`, when given), or None when
    nothing was staged there."""
    import pyarrow.parquet as pq

    path = stage_path(run_key, *parts)
    if _is_local(path):
        target = _local(path)
        # pre_buffer (pyarrow's default) coalesces reads for high-latency stores; on a local disk it only
        # adds a copy, which cost a fresh validate task ~4x the read (0.43 s -> 0.1 s for ten 1,000-article chunks).
        return pq.read_table(target, columns=columns, pre_buffer=False) if target.is_file() else None
    if not path.exists():
        return None
    with path.open("rb") as fh:
        return pq.read_table(fh, columns=columns)


def list_parts(run_key: str, *parts: str) -> list[str]:
    """Sorted names of the entries directly under `<storage>/<run_key>/<parts...>` (temp files hidden).

    Feed a name back as the last part: `read_parquet(run_key, *parts, name)`. A missing folder is [].
    """
    path = stage_path(run_key, *parts)
    if _is_local(path):
        folder = _local(path)
        if not folder.is_dir():
            return []
        names = [p.name for p in folder.iterdir()]
    else:
        if not path.exists() or not path.is_dir():
            return []
        names = [p.name for p in path.iterdir()]
    return sorted(n for n in names if n and not n.startswith("."))


def part_metadata(run_key: str, *parts: str) -> pq.FileMetaData:
    """The footer of one staged Parquet file (its row count, schema); OSError or ValueError (pyarrow's ArrowInvalid)
    when the file is missing or unreadable."""
    import pyarrow.parquet as pq

    path = stage_path(run_key, *parts)
    if _is_local(path):
        return pq.read_metadata(_local(path))
    with path.open("rb") as fh:
        return pq.read_metadata(fh)


def part_sha256(run_key: str, *parts: str) -> str:
    """The sha256 of one staged file's bytes (hex); OSError when it is missing or cannot be read.

    Manifests keep it, so that a file changed in place after it was noted (bit rot, an edit: hostile probe 34 F13, the
    same size and still readable) is told apart from the file that was staged."""
    path = stage_path(run_key, *parts)
    digest = hashlib.sha256()
    with (_local(path).open("rb") if _is_local(path) else path.open("rb")) as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def remove_run(run_key: str, *parts: str) -> None:
    """Delete everything staged for one run (or one sub-folder of it); nothing staged is fine."""
    path = stage_path(run_key, *parts)
    if _is_local(path):
        target = _local(path)
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    elif not isinstance(path, Path) and path.exists():
        path.fs.rm(path.path, recursive=True)
    log.info("removed staged files", extra={"kv": {"path": str(path)}})
