"""Library log records keep their key=value pairs under any handler, and TRADEWATCH_LOG_LEVEL applies outside the CLI
(hostile probe 19: Airflow's task log dropped the pairs, so "invalid source file" named no file)."""

from __future__ import annotations

import logging

import pytest

from tradewatch.logs import KeyValueFormatter, get_logger


class _Capture(logging.Handler):
    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__()
        self.setFormatter(formatter)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture()
def capture():
    root = logging.getLogger("tradewatch")
    plain, ours = _Capture(logging.Formatter("%(levelname)s %(message)s")), _Capture(KeyValueFormatter())
    saved = (root.handlers[:], root.level, root.propagate)
    root.handlers[:] = [plain, ours]
    root.setLevel(logging.INFO)
    yield plain, ours
    root.handlers[:], root.level, root.propagate = saved


def test_a_foreign_handler_shows_the_pairs_and_ours_shows_them_once(capture) -> None:
    plain, ours = capture
    get_logger("tradewatch.pipeline").warning("invalid source file", extra={"kv": {"file": "bad yml.yml", "field": "id"}})
    assert plain.lines == ['WARNING invalid source file file="bad yml.yml" field=id']
    assert ours.lines == ['level=warning logger=tradewatch.pipeline msg="invalid source file" file="bad yml.yml" field=id']


def test_the_environments_level_applies_without_the_cli(monkeypatch) -> None:
    root = logging.getLogger("tradewatch")
    saved = (root.handlers[:], root.level)
    root.handlers[:] = []
    try:
        monkeypatch.setenv("TRADEWATCH_LOG_LEVEL", "info")
        assert get_logger("tradewatch.fetch.http").getEffectiveLevel() == logging.INFO
        monkeypatch.setenv("TRADEWATCH_LOG_LEVEL", "ERROR")
        assert get_logger("tradewatch.fetch.http").getEffectiveLevel() == logging.ERROR
    finally:
        root.handlers[:], root.level = saved
