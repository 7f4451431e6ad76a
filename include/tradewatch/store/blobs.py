"""Content-addressed storage of every fetched body: data/blobs/ab/cd/<sha256>.gz."""

from __future__ import annotations

import gzip
import hashlib
import os
import threading
from pathlib import Path


def blob_path(root: Path, sha256: str) -> Path:
    return Path(_blob_file(root, sha256))


def _blob_file(root: Path | str, sha256: str) -> str:
    # Plain strings: put_blob runs once per fetched page, and pathlib's objects cost more than the I/O.
    return os.path.join(root, sha256[:2], sha256[2:4], f"{sha256}.gz")


def put_blob(root: Path, body: bytes, sha256: str | None = None) -> str:
    """Store the body once (compressed) and return its sha256; writing the same body again is a no-op."""
    digest = sha256 or hashlib.sha256(body).hexdigest()
    path = _blob_file(root, digest)
    folder = os.path.dirname(path)
    if os.path.exists(path):
        return digest
    data = gzip.compress(body, compresslevel=6, mtime=0)
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
