"""Every article page's fetched body, kept for provenance: packs of bodies, data/blobs/packs/<name>.parquet.

A crawl keeps the bodies of the article pages it fetches and writes them as packs (Parquet files of
sha256, body; zstd) before it stages the rows that name them, so a staged or loaded sha256 always has
its body on disk. A gzip file per page cost ~0.5 ms of CPU a page, half of what a crawl spent besides
fetching, parsing and extraction: the kernel's work to create a file (~0.3 ms on ext4) and a gzip stream (~0.15 ms);
a pack costs a few hundredths of a millisecond a page. A pack's name is a digest of the sha256s it
holds, so writing the same bodies again replaces it with an identical file, and a pack is never
rewritten with other content. Query them in SQL:

    select body from read_parquet('data/blobs/packs/*.parquet') where sha256 = ?

Bodies stored by earlier versions as one gzip file each (`ab/<sha256>.gz`, or `ab/cd/<sha256>.gz`)
are still read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

from tradewatch.files import write_atomically

PACKS = "packs"
# zstd level 1 over a column of many pages: ~3.5x smaller than a gzip file per page, for ~0.02 ms a
# page (gzip: ~0.15 ms); level 3 is ~5% smaller and several times slower.
COMPRESSION = {"compression": "zstd", "compression_level": 1, "use_dictionary": False}


def write_pack(root: Path, bodies: Mapping[str, bytes]) -> Path | None:
    """Store `bodies` (sha256 -> body) as one pack under `root` and return its path (None for none).

    Atomic: a reader sees the whole pack or none of it."""
    if not bodies:
        return None
    import pyarrow as pa
    import pyarrow.parquet as pq

    digests = sorted(bodies)
    name = hashlib.sha256("\n".join(digests).encode("ascii")).hexdigest()[:32]
    table = pa.table({
        "sha256": pa.array(digests, type=pa.string()),
        "body": pa.array([bodies[d] for d in digests], type=pa.large_binary()),
    })
    path = Path(root) / PACKS / f"{name}.parquet"
    return write_atomically(path, lambda tmp: pq.write_table(table, tmp, **COMPRESSION))


def get_blob(root: Path, sha256: str) -> bytes:
    """The body whose sha256 this is, from a pack or an older loose file; KeyError when none has it."""
    for path in (_blob_file(root, sha256), _legacy_blob_file(root, sha256)):
        if os.path.exists(path):
            import gzip

            with gzip.open(path, "rb") as fh:
                return fh.read()
    import pyarrow.parquet as pq

    for pack in pack_files(root):
        found = pq.read_table(pack, columns=["body"], filters=[("sha256", "=", sha256)])
        if found.num_rows:
            return bytes(found.column("body")[0].as_py())
    raise KeyError(f"no stored body with sha256 {sha256} under {root}")


def pack_files(root: Path) -> list[Path]:
    """The packs under `root`, by name (finished ones only: a temp file ends in files.TMP_SUFFIX)."""
    folder = Path(root) / PACKS
    return sorted(folder.glob("*.parquet")) if folder.is_dir() else []


def _blob_file(root: Path | str, sha256: str) -> str:
    return os.path.join(root, sha256[:2], f"{sha256}.gz")


def _legacy_blob_file(root: Path | str, sha256: str) -> str:
    return os.path.join(root, sha256[:2], sha256[2:4], f"{sha256}.gz")
