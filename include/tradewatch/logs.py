"""Structured, quiet-by-default logging: key=value lines on stderr."""

from __future__ import annotations

import logging
import os
import sys


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


def _quote(value: str) -> str:
    if not value or any(c in value for c in ' "=\n'):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return value


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
        pairs = getattr(record, "kv", None)
        if pairs and getattr(record, "plain_msg", None) is None:
            plain = record.getMessage()
            record.plain_msg = plain  # (read back by KeyValueFormatter)
            record.msg = " ".join([plain, *(f"{key}={_quote(str(value))}" for key, value in pairs.items())])
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
