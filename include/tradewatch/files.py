"""Files replaced whole: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

# Temp files start with a dot (and this prefix), so folder listings can tell them from finished files,
# and end with TMP_SUFFIX, so a glob for finished files ("*.parquet": DuckDB's globs match dot files
# too) never reads one that a killed writer left behind.
TMP_PREFIX = ".tmp-"
TMP_SUFFIX = ".part"


class FolderNotWritable(PermissionError):
    """A folder Tradewatch has to write in is read-only for this process; the message names it and what to do."""


def check_folder_writable(folder: Path, setting: str | None = None) -> None:
    """Raise FolderNotWritable when this process cannot make files in `folder`, or make `folder` in its nearest existing
    parent: a report, an export or a run into a read-only folder ended in a bare "[Errno 13] Permission denied" naming a
    temp file or a subfolder, after the work (hostile probe 47 F9). `setting` names the variable that chose the folder."""
    folder = Path(folder)
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None or os.access(existing, os.W_OK | os.X_OK):
        return
    where = f"{folder}" if existing == folder else f"{folder} (its folder {existing})"
    fix = f"point {setting} at a folder it may write" if setting else "choose a file in another folder"
    raise FolderNotWritable(f"cannot write in {where}: {existing} is read-only for this process (uid {os.getuid()}): "
                            f"make it writable, or {fix}.")


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """`write(tmp)` fills a temp file beside `path`, which then replaces `path` in one step.

    The temp file is in the same folder (so on the same file system, where `os.replace` is atomic on
    POSIX) and has a name of its own per call, so concurrent writers never share one. The folder is
    made when missing; the temp file never outlives the call, whether `write` succeeds or raises.
    """
    if path.is_dir():
        # (hostile probe 14: the error named the temp file in the folder's parent instead)
        raise IsADirectoryError(f"{path} is a folder: give a file name in it, e.g. {path / 'result'}{path.suffix}")
    check_folder_writable(path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{TMP_PREFIX}{uuid.uuid4().hex}-{path.name}{TMP_SUFFIX}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


# What `--out` may never replace, under the data folder: the provenance and working files the pipeline reads back.
_DATA_FOLDERS = ("blobs", "staging", "lists", "cache", "pacing", "logs", "dq")


def refuse_out_path(out: Path, suffixes: tuple[str, ...], force: bool = False, db: Path | None = None) -> str | None:
    """Why an export or report may not write to `out` (None: it may), said for a person: the DuckDB file itself (or its
    WAL), anything in the data folder's working folders, or (unless `force`) an existing file of another kind than
    `suffixes` ("--out copy.duckdb" once replaced the whole database with 18 bytes of CSV, exit 0: hostile probe 22)."""
    from tradewatch.settings import get_settings

    settings = get_settings()
    target = out.expanduser().resolve()
    for database in {settings.duckdb_path.expanduser().resolve(), *([db.expanduser().resolve()] if db else [])}:
        if target in (database, database.with_name(database.name + ".wal"), database.with_name(database.name + ".tmp")):
            return (f"{out} is the Tradewatch database ({database}): writing there would replace the loaded data. Choose "
                    "another file.")
    data = settings.data_dir.expanduser().resolve()
    for folder in _DATA_FOLDERS:
        inside = data / folder
        if target == inside or inside in target.parents:
            if folder == "dq" and "validations" not in target.parts and target.suffix.lower() in (".html", ".htm"):
                continue  # (the DQ report's own default folder is the reports one; an HTML file under dq/ is fine)
            return (f"{out} is inside the data folder's {folder}/ ({inside}), which the pipeline reads back: choose a "
                    "file elsewhere (e.g. under reports/).")
    if target.is_file() and target.suffix.lower() not in suffixes and not force:
        kinds = " or ".join(suffixes)
        return (f"{out} already exists and is not a {kinds} file: add --force to replace it, or choose another name.")
    return None
