"""Fixtures for the lists tests (helpers live in lists_support.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.lists.lists_support import FIXTURES, LocalServer


@pytest.fixture
def served(tmp_path: Path) -> Iterator[LocalServer]:
    """A copy of the fixture lists served locally (tests may overwrite files in `served.root`)."""
    root = tmp_path / "www"
    shutil.copytree(FIXTURES, root)
    with LocalServer(root) as server:
        yield server


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings pointed at a temp data dir, no pacing, no retries."""
    data = tmp_path / "data"
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(data))
    monkeypatch.delenv("TRADEWATCH_DUCKDB", raising=False)
    monkeypatch.setenv("TRADEWATCH_MIN_INTERVAL", "0")
    monkeypatch.setenv("TRADEWATCH_MAX_RETRIES", "0")
    monkeypatch.setenv("TRADEWATCH_MATCH_THRESHOLD", "90")
    return data
