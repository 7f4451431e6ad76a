"""What the `tradewatch` command writes to a stdout it cannot fully use: one that cannot encode scraped names, a pipe
closed by its reader (hostile probe 47 F3, F11), and `--version` (F10)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

NAMES = "Société Générale — 中国银行 🚢"
QUERY = f"select '{NAMES}' as name, 1 as n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    import duckdb

    path = tmp_path / "tw.duckdb"
    duckdb.connect(str(path)).close()  # (a real, empty DuckDB file: `sql` queries it)
    return path


def tradewatch(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "tradewatch.cli", *args], capture_output=True, timeout=120,
                          env={**os.environ, **env})


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("form", ["table", "json", "csv"])
def test_a_stdout_that_cannot_encode_a_name_gets_it_escaped(db: Path, encoding: str, form: str) -> None:
    out = tradewatch("sql", QUERY, "--db", str(db), "--format", form, PYTHONIOENCODING=encoding)
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr.decode()
    text = out.stdout.decode(encoding)
    assert "Soci" in text and "G" in text
    if form == "json":  # still JSON, and the same data: its own escapes, not Python's
        assert json.loads(text)[0]["name"] == NAMES


def test_version() -> None:
    from importlib.metadata import version

    from tradewatch.extract import EXTRACTOR_VERSION

    out = tradewatch("--version")
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout.decode().split() == ["tradewatch", version("tradewatch"), "(extractor", f"{EXTRACTOR_VERSION})"]


def _closed_pipe(*args: str) -> tuple[int, bytes]:
    """The exit code and stderr of `tradewatch ARGS | head -c 1`: its reader leaves after one byte."""
    proc = subprocess.Popen([sys.executable, "-m", "tradewatch.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read()
    return proc.wait(timeout=120), err


@pytest.mark.parametrize("form", ["table", "csv", "json"])
def test_a_reader_closing_the_pipe_gets_no_traceback(db: Path, form: str) -> None:
    rows = "select range as n, 'Société ' || range as name from range(20000)"
    code, err = _closed_pipe("sql", rows, "--db", str(db), "--format", form, "--max-rows", "20000")
    assert err == b"", err.decode()
    assert code == 128 + signal.SIGPIPE  # as a command that SIGPIPE ended, for `set -o pipefail`
