"""A crawl's fetched bodies: packed when their bytes reach PACK_BYTES, and before any staged chunk names them."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tradewatch import pipeline
from tradewatch.store.blobs import get_blob, pack_files


def _body(i: int) -> tuple[str, bytes]:
    body = f"<html><p>page {i}</p></html>".encode() * 20
    return hashlib.sha256(body).hexdigest(), body


def test_bodies_are_packed_once_their_bytes_reach_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PACK_BYTES", 1000)
    staged = pipeline.Staged(blobs_dir=tmp_path)
    bodies = [_body(i) for i in range(7)]  # ~540 bytes each: a pack every second body
    for digest, body in bodies:
        staged.keep_body(digest, body)
        staged.keep_body(digest, body)  # the same body twice is kept once
    assert len(pack_files(tmp_path)) == 3 and len(staged.bodies) == 1
    staged.write_bodies()
    assert len(pack_files(tmp_path)) == 4 and not staged.bodies and staged.body_bytes == 0
    for digest, body in bodies:
        assert get_blob(tmp_path, digest) == body


def test_flush_writes_the_bodies_before_the_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWATCH_STORAGE", str(tmp_path / "staging"))
    order: list[str] = []
    monkeypatch.setattr(pipeline.Staged, "write_bodies", lambda self: order.append("bodies"))
    monkeypatch.setattr(pipeline, "_write_stage", lambda *args: order.append("rows"))
    staged = pipeline.Staged(blobs_dir=tmp_path)
    staged.keep_body(*_body(1))
    staged.flush(pipeline.RunContext.create(None, datetime(2026, 2, 1, tzinfo=UTC)), "src")
    assert order == ["bodies", "rows"]


def test_bodies_without_a_place_to_keep_them_are_an_error(tmp_path: Path) -> None:
    staged = pipeline.Staged()
    staged.keep_body(*_body(1))
    with pytest.raises(RuntimeError, match="blobs_dir"):
        staged.write_bodies()
