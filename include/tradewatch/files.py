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


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """`write(tmp)` fills a temp file beside `path`, which then replaces `path` in one step.

    The temp file is in the same folder (so on the same file system, where `os.replace` is atomic on
    POSIX) and has a name of its own per call, so concurrent writers never share one. The folder is
    made when missing; the temp file never outlives the call, whether `write` succeeds or raises.
    """
    if path.is_dir():
        # (hostile probe 14: the error named the temp file in the folder's parent instead)
        raise IsADirectoryError(f"{path} is a folder: give a file name in it, e.g. {path / 'result'}{path.suffix}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{TMP_PREFIX}{uuid.uuid4().hex}-{path.name}{TMP_SUFFIX}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
