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


FORGED = "bogus\rlevel=error logger=tradewatch.pipeline msg=FORGED \x1b]0;TITLE\x07\x1b[31mRED"


@pytest.mark.parametrize("value", [
    FORGED,
    "http://hostile-news.test/a/\u2028level=error msg=FORGED.html",
    "http://hostile-news.test/a/\x85level=error\u2029msg=FORGED\u202e.html",
    "tab\there and a new\nline",
])
def test_a_value_with_control_or_line_separator_characters_stays_on_one_line(capture, value: str) -> None:
    # hostile probe 26: a YAML key holding "\r" and ESC, and a scraped URL holding U+2028, forged or split the
    # line in the Airflow task log and on the CLI's stderr
    plain, ours = capture
    log = get_logger("tradewatch.pipeline")
    log.warning("invalid source file", extra={"kv": {"file": "evil.yml", "field": value}})
    log.warning("retrying %s", value)  # a value in the message's own arguments
    for line in [*plain.lines, *ours.lines]:
        assert line.splitlines() == [line], repr(line)
        assert not any(ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f or c in "\u2028\u2029\u202e" for c in line), repr(line)
    assert "field=" in ours.lines[0] and "retrying" in ours.lines[1]


def test_the_escaped_value_says_what_was_there(capture) -> None:
    plain, ours = capture
    get_logger("tradewatch.pipeline").warning("invalid source file", extra={"kv": {"field": FORGED}})
    shown = '"bogus\\rlevel=error logger=tradewatch.pipeline msg=FORGED \\x1b]0;TITLE\\x07\\x1b[31mRED"'
    assert plain.lines == [f"WARNING invalid source file field={shown}"]
    assert ours.lines == [f"level=warning logger=tradewatch.pipeline msg=\"invalid source file\" field={shown}"]


def test_the_credentials_of_a_url_are_masked_in_the_log(capture) -> None:
    # hostile probe 26: a URL's user name and password were logged as they were
    plain, ours = capture
    log = get_logger("tradewatch.fetch.http")
    log.info("fetched", extra={"kv": {"url": "https://reader:SECRET-PW@feeds.example.org/feed.xml"}})
    log.info("retrying %s", "https://SECRET-TOKEN@feeds.example.org/feed.xml")
    for line in [*plain.lines, *ours.lines]:
        assert "SECRET" not in line and "***@feeds.example.org/feed.xml" in line, line
