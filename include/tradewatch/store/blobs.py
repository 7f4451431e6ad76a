"""Content-addressed storage of every fetched body: data/blobs/ab/cd/<sha256>.gz."""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path


def blob_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256[2:4] / f"{sha256}.gz"


def put_blob(root: Path, body: bytes, sha256: str | None = None) -> str:
    """Store the body once (compressed) and return its sha256; writing the same body again is a no-op."""
    digest = sha256 or hashlib.sha256(body).hexdigest()
    path = blob_path(root, digest)
    if path.exists():
        return digest
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(body)
        os.replace(tmp, path)  # atomic: readers never see half a blob
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return digest


def get_blob(root: Path, sha256: str) -> bytes:
    with gzip.open(blob_path(root, sha256), "rb") as fh:
        return fh.read()
