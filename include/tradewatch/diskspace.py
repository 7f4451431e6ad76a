"""A full disk told apart from other failures, so that the error names the folder that filled up, not memory."""

from __future__ import annotations

import errno
from pathlib import Path

# How a full disk (or a used-up quota) reads once a library has turned it into text: the C library's own words, which
# DuckDB ("Could not write file ...: No space left on device") and Arrow ("[errno 28] No space left on device") repeat.
_FULL_TEXTS = ("no space left on device", "disk quota exceeded")
# DuckDB's word for its spill folder's disk being full: "Out of Memory Error: failed to offload data block ... This limit
# was set by the 'max_temp_directory_size' setting. By default, this setting utilizes the available disk space"
# (hostile probe 25 F1: read as a memory limit, the advice was to raise TRADEWATCH_LOAD_MEMORY)
_SPILL_TEXTS = ("max_temp_directory_size", "failed to offload data block")


class DiskFullError(OSError):
    """No space was left on the disk holding `folder`; the message says what was not done and what to do."""

    def __init__(self, message: str, folder: Path | str) -> None:
        super().__init__(errno.ENOSPC, message)
        self.folder = str(folder)

    def __str__(self) -> str:
        return str(self.strerror)


def is_disk_full(exc: BaseException) -> bool:
    """Whether `exc`, or an exception it was raised from, is a full disk or a used-up disk quota."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(current).lower()
        if any(t in text for t in _FULL_TEXTS) or any(t in text for t in _SPILL_TEXTS):
            return True
        current = current.__cause__ or current.__context__
    return False
