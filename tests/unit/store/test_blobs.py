"""Content-addressed blobs: stored once, read back byte for byte, no temp files left behind."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tradewatch.store.blobs import blob_path, get_blob, put_blob


def test_round_trip_and_address(tmp_path: Path) -> None:
    body = "<html><body>Sanctions news \u00e9\u00e8</body></html>".encode() * 50
    digest = put_blob(tmp_path, body)
    assert digest == hashlib.sha256(body).hexdigest()
    assert blob_path(tmp_path, digest).is_file()
    assert get_blob(tmp_path, digest) == body


def test_second_write_of_the_same_body_is_a_no_op(tmp_path: Path) -> None:
    body = b"same page" * 100
    digest = put_blob(tmp_path, body)
    first = blob_path(tmp_path, digest).stat().st_mtime_ns
    assert put_blob(tmp_path, body, digest) == digest
    assert blob_path(tmp_path, digest).stat().st_mtime_ns == first


def test_concurrent_writers_leave_one_blob_and_no_temp_files(tmp_path: Path) -> None:
    bodies = [f"page {i % 5}".encode() * 200 for i in range(40)]
    with ThreadPoolExecutor(8) as pool:
        digests = list(pool.map(lambda b: put_blob(tmp_path, b), bodies))
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert len(files) == 5
    assert not [p for p in files if p.name.startswith(".tmp")]
    for body, digest in zip(bodies, digests, strict=True):
        assert get_blob(tmp_path, digest) == body


def test_one_folder_level_so_new_pages_rarely_create_a_folder(tmp_path: Path) -> None:
    digests = [put_blob(tmp_path, f"page {i}".encode() * 100) for i in range(600)]
    folders = {p for p in tmp_path.rglob("*") if p.is_dir()}
    assert folders == {tmp_path / d[:2] for d in digests}
    assert len(folders) <= 256
    assert blob_path(tmp_path, digests[0]) == tmp_path / digests[0][:2] / f"{digests[0]}.gz"


def test_blobs_of_the_older_two_level_layout_are_still_read_and_not_written_again(tmp_path: Path) -> None:
    import gzip

    body = b"<html>stored by an earlier version</html>" * 20
    digest = hashlib.sha256(body).hexdigest()
    legacy = tmp_path / digest[:2] / digest[2:4] / f"{digest}.gz"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(gzip.compress(body))
    assert blob_path(tmp_path, digest) == legacy
    assert get_blob(tmp_path, digest) == body
    assert put_blob(tmp_path, body) == digest
    assert [p for p in tmp_path.rglob("*.gz")] == [legacy]
