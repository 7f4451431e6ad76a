"""Fetched bodies kept in packs: read back byte for byte, named by content, older loose files still read."""

from __future__ import annotations

import gzip
import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tradewatch.store.blobs import get_blob, pack_files, write_pack


def _bodies(*texts: str) -> dict[str, bytes]:
    bodies = [t.encode("utf-8") * 50 for t in texts]
    return {hashlib.sha256(b).hexdigest(): b for b in bodies}


def test_round_trip(tmp_path: Path) -> None:
    bodies = _bodies("<html><body>Sanctions news \u00e9\u00e8</body></html>", "<html>deal</html>", "\x00binary\xff")
    path = write_pack(tmp_path, bodies)
    assert path is not None and path.is_file() and pack_files(tmp_path) == [path]
    for digest, body in bodies.items():
        assert get_blob(tmp_path, digest) == body


def test_no_bodies_no_pack(tmp_path: Path) -> None:
    assert write_pack(tmp_path, {}) is None
    assert pack_files(tmp_path) == []


def test_unknown_body_is_a_key_error_naming_it(tmp_path: Path) -> None:
    write_pack(tmp_path, _bodies("a page"))
    missing = "0" * 64
    with pytest.raises(KeyError, match=missing):
        get_blob(tmp_path, missing)


def test_the_same_bodies_make_the_same_pack_and_other_bodies_another(tmp_path: Path) -> None:
    first = write_pack(tmp_path, _bodies("one", "two"))
    again = write_pack(tmp_path, dict(reversed(list(_bodies("one", "two").items()))))
    other = write_pack(tmp_path, _bodies("one", "three"))
    assert first == again and other != first
    assert pack_files(tmp_path) == sorted([first, other])  # type: ignore[type-var]


def test_concurrent_writers_leave_whole_packs_and_no_temp_files(tmp_path: Path) -> None:
    batches = [_bodies(f"page {i % 5}", f"page {i % 7 + 10}") for i in range(40)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda b: write_pack(tmp_path, b), batches))
    files = [p for p in (tmp_path / "packs").iterdir()]
    assert not [p for p in files if p.name.startswith(".")]
    for batch in batches:
        for digest, body in batch.items():
            assert get_blob(tmp_path, digest) == body


def test_packs_answer_sql(tmp_path: Path) -> None:
    import duckdb

    bodies = _bodies("<html>queried</html>", "<html>other</html>")
    write_pack(tmp_path, bodies)
    digest = next(iter(bodies))
    con = duckdb.connect()
    try:
        got = con.execute("select body from read_parquet(?) where sha256 = ?",
                          [f"{tmp_path}/packs/*.parquet", digest]).fetchall()
    finally:
        con.close()
    assert got == [(bodies[digest],)]


@pytest.mark.parametrize("layout", ["one level", "two levels"])
def test_loose_bodies_of_earlier_versions_are_still_read(tmp_path: Path, layout: str) -> None:
    body = b"<html>stored by an earlier version</html>" * 20
    digest = hashlib.sha256(body).hexdigest()
    folder = tmp_path / digest[:2] if layout == "one level" else tmp_path / digest[:2] / digest[2:4]
    folder.mkdir(parents=True)
    (folder / f"{digest}.gz").write_bytes(gzip.compress(body))
    write_pack(tmp_path, _bodies("a newer page"))
    assert get_blob(tmp_path, digest) == body


def test_a_pack_left_half_written_by_a_killed_writer_is_never_read(tmp_path: Path) -> None:
    import duckdb

    from tradewatch.files import write_atomically

    bodies = _bodies("<html>whole</html>")
    path = write_pack(tmp_path, bodies)
    assert path is not None
    names: list[str] = []
    write_atomically(path.with_name("next.parquet"), lambda tmp: names.append(tmp.name) or tmp.write_bytes(b"x"))
    (path.parent / "next.parquet").unlink()
    (path.parent / names[0]).write_bytes(b"PAR1 half a pack")  # what SIGKILL mid-write leaves behind
    assert pack_files(tmp_path) == [path]
    con = duckdb.connect()
    try:
        got = con.execute("select sha256 from read_parquet(?)", [f"{tmp_path}/packs/*.parquet"]).fetchall()
    finally:
        con.close()
    assert got == [(next(iter(bodies)),)]
