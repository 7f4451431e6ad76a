"""Structured, quiet-by-default logging: key=value lines on stderr."""

from __future__ import annotations

import logging
import os
import sys


class KeyValueFormatter(logging.Formatter):
    """Render `log.info("fetched", extra={"kv": {...}})` as `level=info msg=fetched url=...`."""

    def format(self, record: logging.LogRecord) -> str:
        parts = [f"level={record.levelname.lower()}", f"logger={record.name}", f"msg={_quote(record.getMessage())}"]
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


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name if name.startswith("tradewatch") else f"tradewatch.{name}")
