"""Fixtures for fetcher tests: fast Settings, a hostile server, and a sleep that records instead of waiting."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.hostile_server import HostileServer
from tradewatch.settings import Settings


class RecordingSleep:
    """Stands in for time.sleep: remembers every delay the fetcher asked for."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return dataclasses.replace(
        Settings.from_env(),
        data_dir=tmp_path,
        duckdb_path=tmp_path / "tw.duckdb",
        min_interval=0.0,
        backoff_base=0.5,
        max_retries=3,
        max_retry_after=30.0,
        timeout_connect=2.0,
        timeout_read=0.5,
        max_bytes=1_000_000,
        user_agent="TradewatchBot/0.1 (+test; mailto:test@example.org)",
    )


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()
