"""Content-addressed storage of every fetched body: data/blobs/ab/<sha256>.gz.

One level of 256 folders, as git keeps its loose objects: creating a folder costs more than writing a
page (~0.3 ms on ext4), and a two-level layout (ab/cd/, 65,536 folders) made almost every new page
create one. Stores written with that older layout are still read (`blob_path` finds either).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import threading
from pathlib import Path


def blob_path(root: Path, sha256: str) -> Path:
    """Where the blob is: the current layout, or the older two-level one when only that has it."""
    path = _blob_file(root, sha256)
    if not os.path.exists(path) and os.path.exists(legacy := _legacy_blob_file(root, sha256)):
        return Path(legacy)
    return Path(path)


def _blob_file(root: Path | str, sha256: str) -> str:
    # Plain strings: put_blob runs once per fetched page, and pathlib's objects cost more than the I/O.
    return os.path.join(root, sha256[:2], f"{sha256}.gz")


def _legacy_blob_file(root: Path | str, sha256: str) -> str:
    return os.path.join(root, sha256[:2], sha256[2:4], f"{sha256}.gz")


def put_blob(root: Path, body: bytes, sha256: str | None = None) -> str:
    """Store the body once (compressed) and return its sha256; writing the same body again is a no-op."""
    digest = sha256 or hashlib.sha256(body).hexdigest()
    path = _blob_file(root, digest)
    if os.path.exists(path) or os.path.exists(_legacy_blob_file(root, digest)):
        return digest
    data = gzip.compress(body, compresslevel=6, mtime=0)
    folder = os.path.dirname(path)
    # The temp name is unique per writer (process, thread), so two crawls storing the same page at
    # once each write their own file and the second rename simply replaces an identical blob.
    tmp = os.path.join(folder, f".tmp-{os.getpid()}-{threading.get_ident()}-{digest}")
    try:
        try:
            fh = open(tmp, "wb")  # noqa: SIM115 - closed below; the folder is made only when missing
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
            fh = open(tmp, "wb")  # noqa: SIM115
        with fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: readers never see half a blob
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return digest


def get_blob(root: Path, sha256: str) -> bytes:
    with gzip.open(blob_path(root, sha256), "rb") as fh:
        return fh.read()
