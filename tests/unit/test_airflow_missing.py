"""`tradewatch run` where no `airflow` command is installed: one sentence saying what to install or put on PATH, not
"[Errno 2] No such file or directory: 'airflow'" (hostile probe 47 F12)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_run_without_airflow_says_what_to_install(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"  # a Python whose folder, the only one on PATH, holds no airflow
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(os.path.realpath(sys.executable))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRADEWATCH_", "PYTHON"))}
    env.update(PATH=str(bin_dir), PYTHONPATH=os.pathsep.join([str(REPO / "include"), sysconfig.get_paths()["purelib"]]),
               TRADEWATCH_DATA_DIR=str(tmp_path / "data"), TRADEWATCH_AIRFLOW_HOME=str(tmp_path / "airflow"),
               COLUMNS="1000")
    out = subprocess.run([str(bin_dir / "python"), "-m", "tradewatch.cli", "run", "--date", "2026-01-05"], env=env,
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    said = (out.stdout + out.stderr).strip()
    assert out.returncode == 1 and "Traceback" not in said and "Errno" not in said, said
    assert "`airflow` command" in said and "PATH" in said and "pip install" in said, said
