"""Structured, quiet-by-default logging: key=value lines on stderr."""

from __future__ import annotations

import logging
import os
import re
import sys

from tradewatch.settings import redacted


class KeyValueFormatter(logging.Formatter):
    """Render `log.info("fetched", extra={"kv": {...}})` as `level=info msg=fetched url=...`."""

    def format(self, record: logging.LogRecord) -> str:
        message = getattr(record, "plain_msg", None) or record.getMessage()  # (without the pairs the filter added)
        parts = [f"level={record.levelname.lower()}", f"logger={record.name}", f"msg={_quote(message)}"]
        for key, value in (getattr(record, "kv", None) or {}).items():
            parts.append(f"{key}={_quote(str(value))}")
        if record.exc_info:
            parts.append(f"exc={_quote(self.formatException(record.exc_info))}")
        return " ".join(parts)


# Characters that would let one value forge or split a log line: C0 controls (a carriage return sends a terminal back to
# column 0, and the rest of the line overwrites it; ESC starts a sequence the terminal obeys), DEL and the C1 controls
# (U+0085 ends a line for Python's splitlines() and many log shippers), the Unicode line and paragraph separators, and
# the bidi controls that reorder what follows (the same set terminal.visible writes out, plus line ends).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _written_out(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def escaped(value: str) -> str:
    """`value` on one line, as it may be logged: its control, line-separator and bidi characters written out ("\\r",
    "\\x1b", "\\u2028") and the credentials of any URL in it masked (hostile probe 26)."""
    return _UNSAFE.sub(_written_out, redacted(value))


def _quote(value: str) -> str:
    if not value or any(c in value for c in ' "=\\') or _UNSAFE.search(value):
        return '"' + escaped(value.replace("\\", "\\\\").replace('"', '\\"')) + '"'
    return redacted(value)


def configure_logging(verbose: bool = False) -> None:
    level = logging.INFO if verbose else getattr(logging, os.environ.get("TRADEWATCH_LOG_LEVEL", "WARNING").upper(), logging.WARNING)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter())
    root = logging.getLogger("tradewatch")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


class KeyValuesInMessage(logging.Filter):
    """Write a record's `kv` pairs into its message, so that any handler shows them: Airflow's task log (structlog) drops
    `extra` fields, and "invalid source file" reached the task log without naming the file (hostile probe 19)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "plain_msg", None) is not None:
            return True
        pairs = getattr(record, "kv", None)
        plain = record.getMessage()
        if pairs or escaped(plain) != plain:  # (the message's arguments may be scraped text too)
            record.plain_msg = plain  # (read back by KeyValueFormatter)
            record.msg = " ".join([escaped(plain), *(f"{key}={_quote(str(value))}" for key, value in (pairs or {}).items())])
            record.args = ()
        return True


_IN_MESSAGE = KeyValuesInMessage()


def get_logger(name: str) -> logging.Logger:
    """The library's logger for `name`: its records carry their key=value pairs in the message too, and
    TRADEWATCH_LOG_LEVEL sets the level of every Tradewatch logger wherever it runs (in Airflow tasks too, where the
    CLI's `configure_logging` does not)."""
    logger = logging.getLogger(name if name.startswith("tradewatch") else f"tradewatch.{name}")
    if _IN_MESSAGE not in logger.filters:
        logger.addFilter(_IN_MESSAGE)
    _level_from_environment()
    return logger


def _level_from_environment() -> None:
    wanted = os.environ.get("TRADEWATCH_LOG_LEVEL")
    root = logging.getLogger("tradewatch")
    level = getattr(logging, wanted.strip().upper(), None) if wanted else None
    if isinstance(level, int) and root.level != level and not root.handlers:  # (the CLI's own setup wins)
        root.setLevel(level)
