"""A folder Tradewatch must write in but may not (a report or export destination, the data folder, the warehouse's):
one sentence naming the folder, before any work, never a PermissionError traceback (hostile probe 47 F9).

As root, the command runs under `setpriv` without CAP_DAC_OVERRIDE, so that permissions hold (as in
test_warehouse_unusable.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tradewatch.devserver import StaticSite

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="setpriv, as on Linux")

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def tradewatch(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tradewatch.cli", *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("root without setpriv: permissions cannot be enforced")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    base = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWATCH_")}
    base.update(TRADEWATCH_DATA_DIR=str(tmp_path / "data"), TRADEWATCH_AIRFLOW_HOME=str(tmp_path / "airflow"),
                TRADEWATCH_ALLOW_INTERNAL_SOURCES="yes", COLUMNS="1000")
    base.update(env)
    return subprocess.run(command, env=base, capture_output=True, text=True, timeout=300, cwd=tmp_path)


def one_clear_line(out: subprocess.CompletedProcess[str], folder: Path) -> str:
    said = (out.stdout + out.stderr).strip()
    assert out.returncode != 0 and "Traceback" not in said and "Errno" not in said, said
    line = next(ln for ln in said.splitlines() if str(folder) in ln)
    assert "read-only" in line and ".tmp-" not in line, said
    return said


@pytest.mark.parametrize("form", ["csv", "json"])
def test_an_export_into_a_read_only_folder(tmp_path: Path, read_only: Path, form: str) -> None:
    import duckdb

    (tmp_path / "data").mkdir()
    duckdb.connect(str(tmp_path / "data" / "tradewatch.duckdb")).close()
    out = tradewatch(tmp_path, "sql", "select 1 as n", "--format", form, "--out", str(read_only / "sub" / f"x.{form}"))
    one_clear_line(out, read_only)


def test_run_with_a_read_only_data_folder_starts_nothing(tmp_path: Path, read_only: Path) -> None:
    out = tradewatch(tmp_path, "run", "--date", "2026-01-05", TRADEWATCH_DATA_DIR=str(read_only / "data"))
    said = one_clear_line(out, read_only)
    assert "TRADEWATCH_DATA_DIR" in said
    assert not (tmp_path / "airflow").exists()


def test_lists_refresh_checks_the_warehouse_before_downloading(tmp_path: Path, read_only: Path) -> None:
    with StaticSite(REPO / "demo") as site:
        out = tradewatch(tmp_path, "lists", "refresh", TRADEWATCH_DUCKDB=str(read_only / "tradewatch.duckdb"),
                         TRADEWATCH_LISTS_DIR=str(REPO / "demo" / "lists" / "registry"),
                         TRADEWATCH_DEMO_BASE=site.base_url)
        requests = list(site.requests)
    one_clear_line(out, read_only)
    assert requests == []  # (nothing downloaded for a warehouse that cannot take it)
