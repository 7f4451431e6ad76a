"""Telling a full disk from other failures (hostile probe 25 F1: DuckDB's full spill disk read as a memory limit)."""

from __future__ import annotations

import errno

import duckdb
import pytest

from tradewatch.diskspace import DiskFullError, is_disk_full


def _raised_from(cause: BaseException) -> RuntimeError:
    try:
        try:
            raise cause
        except BaseException as exc:
            raise RuntimeError("load step 03_articles.sql failed") from exc
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize("exc", [
    OSError(errno.ENOSPC, "Error writing bytes to file"),
    OSError(errno.EDQUOT, "Disk quota exceeded"),
    duckdb.IOException('IO Error: Could not write file "/data/tw.duckdb": No space left on device'),
    duckdb.OutOfMemoryException("Out of Memory Error: failed to offload data block of size 256.0 KiB (1.0 MiB/1.0 MiB "
                                "used).\nThis limit was set by the 'max_temp_directory_size' setting."),
    _raised_from(OSError(errno.ENOSPC, "No space left on device")),
    DiskFullError("no space left on device writing x", "/data"),
    # a file-size limit (`ulimit -f`, FAT32's 4 GB) is as final for the write (hostile probe 34 F10)
    OSError(errno.EFBIG, "File too large"),
    OSError("Error writing bytes to file. Detail: [errno 27] File too large"),
    duckdb.FatalException('FATAL Error: Failed to create checkpoint because of error: Could not write file '
                          '"/data/tw.duckdb": File too large'),
])
def test_a_full_disk_is_told_however_it_is_worded(exc: BaseException) -> None:
    assert is_disk_full(exc)


@pytest.mark.parametrize("exc", [
    duckdb.OutOfMemoryException("Out of Memory Error: failed to allocate data of size 512.0 KiB (15.2 MiB/15.2 MiB used)"),
    OSError(errno.EACCES, "Permission denied"),
    _raised_from(ValueError("bad row")),
])
def test_other_failures_are_not_a_full_disk(exc: BaseException) -> None:
    assert not is_disk_full(exc)


def test_the_error_reads_as_its_message_and_keeps_its_folder() -> None:
    error = DiskFullError("no space left on device writing /s/r/a.parquet", "/s")
    assert str(error) == "no space left on device writing /s/r/a.parquet"
    assert error.errno == errno.ENOSPC and error.folder == "/s" and isinstance(error, OSError)


def test_a_file_size_limit_is_said_as_such_not_as_a_full_disk() -> None:
    from tradewatch.diskspace import is_file_too_large, make_room, what_filled

    too_large = _raised_from(OSError(errno.EFBIG, "Error writing bytes to file. Detail: [errno 27] File too large"))
    assert is_file_too_large(too_large) and "File too large" in what_filled(too_large)
    assert "ulimit -f" in what_filled(too_large) and "Raise that limit" in make_room(too_large)
    full = OSError(errno.ENOSPC, "No space left on device")
    assert not is_file_too_large(full) and what_filled(full) == "no space left on device"
    assert make_room(full) == "Free space on that disk"
