"""What the `tradewatch` command writes to a stdout it cannot fully use: one that cannot encode scraped names, a pipe
closed by its reader (hostile probe 47 F3)."""

from __future__ import annotations

import json
import os
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
