"""`make up` / `make down`: real `airflow standalone` on free ports and a temp AIRFLOW_HOME, queried over REST."""

from __future__ import annotations

import ast
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _free_pair() -> int:
    """A port p with p and p+1 free (worker and trigger log servers)."""
    for _ in range(50):
        p = _free_port()
        try:
            with socket.socket() as s:
                s.bind(("127.0.0.1", p + 1))
            return p
        except OSError:
            continue
    raise RuntimeError("no two adjacent free ports")


def dag_ids_in(folder: Path) -> set[str]:
    """dag_ids declared in `folder/*.py`: `@dag` functions (dag_id= or the function name) and `DAG(...)` calls."""
    ids: set[str] = set()
    for file in folder.glob("*.py"):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                for deco in node.decorator_list:
                    target = deco.func if isinstance(deco, ast.Call) else deco
                    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
                    if name == "dag":
                        explicit = _dag_id_kw(deco) if isinstance(deco, ast.Call) else None
                        ids.add(explicit or node.name)
            elif isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name == "DAG":
                    explicit = _dag_id_kw(node)
                    if explicit is None and node.args and isinstance(node.args[0], ast.Constant):
                        explicit = str(node.args[0].value)
                    if explicit:
                        ids.add(explicit)
    return ids


def _dag_id_kw(call: ast.Call) -> str | None:
    for kw in call.keywords:
        if kw.arg == "dag_id" and isinstance(kw.value, ast.Constant):
            return str(kw.value.value)
    return None


def _request(url: str, *, token: str | None = None, body: dict[str, Any] | None = None) -> Any:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers=headers, method="POST" if body is not None else "GET")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.integration
@pytest.mark.timeout(360)
def test_make_up_serves_the_project_dags_and_make_down_stops_it(tmp_path: Path) -> None:
    if not (Path(sys.prefix) / "bin" / "airflow").exists():
        pytest.skip("no airflow executable in this virtualenv")
    port, log_port = _free_port(), _free_pair()
    home = tmp_path / "airflow_home"
    env = {
        **os.environ,
        "TRADEWATCH_VENV": sys.prefix,
        "TRADEWATCH_AIRFLOW_HOME": str(home),
        "TRADEWATCH_AIRFLOW_PORT": str(port),
        "TRADEWATCH_AIRFLOW_LOG_PORT": str(log_port),
        "TRADEWATCH_AIRFLOW_TIMEOUT": "200",
        "TRADEWATCH_DATA_DIR": str(tmp_path / "data"),
    }
    pid_file = home / "standalone.pid"
    base = f"http://127.0.0.1:{port}"
    pgid: int | None = None
    leaked = False
    try:
        up = subprocess.run(
            ["bash", str(SCRIPTS / "airflow_up.sh")], env=env, capture_output=True, text=True, timeout=260
        )
        log_tail = (home / "standalone.log").read_text(errors="replace")[-3000:] if (home / "standalone.log").exists() else ""
        assert up.returncode == 0, f"make up failed:\n{up.stdout}\n{up.stderr}\n--- log ---\n{log_tail}"
        pgid = int(pid_file.read_text())
        assert f"127.0.0.1:{port}" in up.stdout  # prints the UI address ...
        password = json.loads((home / "simple_auth_manager_passwords.json.generated").read_text())["admin"]
        assert password in up.stdout  # ... and the login

        health = _request(f"{base}/api/v2/monitor/health")
        assert health["metadatabase"]["status"] == "healthy"

        # The REST API wants a JWT; simple auth manager issues one for username/password.
        token = _request(f"{base}/auth/token", body={"username": "admin", "password": password})["access_token"]
        with pytest.raises(urllib.error.HTTPError) as unauthenticated:
            _request(f"{base}/api/v2/dags")
        assert unauthenticated.value.code == 401

        pools = {p["name"]: p["slots"] for p in _request(f"{base}/api/v2/pools", token=token)["pools"]}
        assert pools.get("tradewatch_duckdb") == 1

        expected = dag_ids_in(REPO / "dags")
        if (REPO / "dags" / "news_ingest.py").exists():
            assert "news_ingest" in expected
        seen: set[str] = set()
        deadline = time.monotonic() + 60
        while True:
            listing = _request(f"{base}/api/v2/dags?limit=1000", token=token)
            assert "total_entries" in listing
            seen = {d["dag_id"] for d in listing["dags"]}
            if expected <= seen or time.monotonic() > deadline:
                break
            time.sleep(2)
        if not expected <= seen:
            errors = _request(f"{base}/api/v2/importErrors", token=token)
            pytest.fail(f"DAGs missing from the API: {sorted(expected - seen)}; import errors: {errors}")
    finally:
        down = subprocess.run(
            ["bash", str(SCRIPTS / "airflow_down.sh")], env=env, capture_output=True, text=True, timeout=90
        )
        if pgid is not None:
            try:  # last resort, only the group this test started
                os.killpg(pgid, signal.SIGKILL)
                leaked = True
            except ProcessLookupError:
                pass
    assert down.returncode == 0, down.stderr
    assert not pid_file.exists()
    assert not _port_open(port), "API server still listening after make down"
    assert not leaked, "make down left processes of the Airflow process group running"


def test_down_without_up_is_a_no_op(tmp_path: Path) -> None:
    env = {**os.environ, "TRADEWATCH_AIRFLOW_HOME": str(tmp_path)}
    down = subprocess.run(["bash", str(SCRIPTS / "airflow_down.sh")], env=env, capture_output=True, text=True)
    assert down.returncode == 0
    assert "not running" in down.stdout


def test_up_refuses_a_busy_port(tmp_path: Path) -> None:
    if not (Path(sys.prefix) / "bin" / "airflow").exists():
        pytest.skip("no airflow executable in this virtualenv")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {
            **os.environ,
            "TRADEWATCH_VENV": sys.prefix,
            "TRADEWATCH_AIRFLOW_HOME": str(tmp_path),
            "TRADEWATCH_AIRFLOW_PORT": str(port),
            "TRADEWATCH_AIRFLOW_LOG_PORT": str(_free_pair()),
        }
        up = subprocess.run(["bash", str(SCRIPTS / "airflow_up.sh")], env=env, capture_output=True, text=True)
    assert up.returncode == 1
    assert f"port {port} is already in use" in up.stderr
    assert not (tmp_path / "standalone.pid").exists()


def test_dag_id_discovery(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from airflow.sdk import dag, DAG\n"
        "@dag(schedule=None)\ndef first(): ...\n"
        "@dag(dag_id='second_id')\ndef second(): ...\n"
        "with DAG('third') as d: ...\n"
        "x = DAG(dag_id='fourth')\n"
    )
    assert dag_ids_in(tmp_path) == {"first", "second_id", "third", "fourth"}


def test_a_stale_pid_file_naming_another_program_is_neither_signalled_nor_taken_for_airflow(tmp_path: Path) -> None:
    # hostile probe 22: the pid file outlived its Airflow and its number was now another process group's: `make up` said
    # "already running" and started nothing, `make down` sent that group SIGINT, SIGTERM and SIGKILL
    other = subprocess.Popen(["sleep", "120"], start_new_session=True)
    try:
        (tmp_path / "standalone.pid").write_text(f"{other.pid}\n", encoding="utf-8")
        env = {**os.environ, "TRADEWATCH_AIRFLOW_HOME": str(tmp_path)}
        down = subprocess.run(["bash", str(SCRIPTS / "airflow_down.sh")], env=env, capture_output=True, text=True,
                              timeout=60)
        assert down.returncode == 0 and "not Airflow" in down.stdout, down.stdout
        assert other.poll() is None and not (tmp_path / "standalone.pid").exists()
        if (Path(sys.prefix) / "bin" / "airflow").exists():
            (tmp_path / "standalone.pid").write_text(f"{other.pid}\n", encoding="utf-8")
            with socket.socket() as busy:  # the start then stops at its port check: no Airflow is started here
                busy.bind(("127.0.0.1", 0))
                busy.listen()
                up = subprocess.run(["bash", str(SCRIPTS / "airflow_up.sh")], capture_output=True, text=True, timeout=60,
                                    env={**env, "TRADEWATCH_VENV": sys.prefix,
                                         "TRADEWATCH_AIRFLOW_PORT": str(busy.getsockname()[1]),
                                         "TRADEWATCH_AIRFLOW_LOG_PORT": str(_free_pair())})
            assert "stale" in up.stdout and "already running" not in up.stdout, up.stdout
            assert up.returncode == 1 and other.poll() is None
    finally:
        other.kill()
        other.wait()
