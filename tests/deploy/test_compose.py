"""docker-compose.yml and Dockerfile hold what a CeleryExecutor deployment needs (parsed; no Docker engine here)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
INFRA = {"postgres", "redis"}
CORE = {"airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer", "airflow-worker"}
DATA_DIR = "/opt/airflow/data"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(compose["services"])


@pytest.fixture(scope="module")
def airflow(services: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {name: svc for name, svc in services.items() if name not in INFRA}


@pytest.fixture(scope="module")
def dockerfile() -> list[str]:
    """Dockerfile instructions, comments dropped and continuation lines joined."""
    text = (REPO / "Dockerfile").read_text()
    text = re.sub(r"\\\n", " ", "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")))
    return [line.strip() for line in text.splitlines() if line.strip()]


def _env(svc: dict[str, Any]) -> dict[str, str]:
    env = svc.get("environment") or {}
    if isinstance(env, list):  # KEY=VALUE form
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _long_running(airflow: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {n: s for n, s in airflow.items() if n != "airflow-init"}


def test_every_core_service_is_defined(services: dict[str, dict[str, Any]]) -> None:
    assert CORE | INFRA <= set(services)
    assert "airflow-webserver" not in services  # Airflow 3 serves the UI from the api-server


def test_one_image_for_all_airflow_services(airflow: dict[str, dict[str, Any]]) -> None:
    images = {name: svc.get("image") for name, svc in airflow.items()}
    assert None not in images.values(), images
    assert len(set(images.values())) == 1, images
    assert all(svc.get("build") in (".", {"context": "."}) for svc in airflow.values())


def test_celery_executor_with_redis_broker_and_postgres_everywhere(airflow: dict[str, dict[str, Any]]) -> None:
    for name, svc in airflow.items():
        env = _env(svc)
        assert env.get("AIRFLOW__CORE__EXECUTOR") == "CeleryExecutor", name
        assert env.get("AIRFLOW__CELERY__BROKER_URL", "").startswith("redis://redis:6379"), name
        assert env.get("AIRFLOW__CELERY__RESULT_BACKEND", "").startswith("db+postgresql://"), name
        assert "@postgres/" in env["AIRFLOW__CELERY__RESULT_BACKEND"], name
        assert env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "").startswith("postgresql"), name
        assert "@postgres/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"], name


def test_shared_secrets_are_the_same_on_every_airflow_service(airflow: dict[str, dict[str, Any]]) -> None:
    # Different JWT secrets per container make every task fail with a signature error (apache/airflow#49646).
    for key in ("AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__CORE__FERNET_KEY", "AIRFLOW__API__SECRET_KEY"):
        values = {name: _env(svc).get(key) for name, svc in airflow.items()}
        assert None not in values.values() and "" not in values.values(), (key, values)
        assert len(set(values.values())) == 1, (key, values)
        # A secret must come from the environment (.env), never be written into the file.
        assert next(iter(values.values())).startswith("${"), key


def test_execution_api_points_at_the_api_server(airflow: dict[str, dict[str, Any]]) -> None:
    api = airflow["airflow-apiserver"]
    for name, svc in airflow.items():
        url = _env(svc).get("AIRFLOW__CORE__EXECUTION_API_SERVER_URL", "")
        match = re.fullmatch(r"http://([\w-]+):(\d+)/execution/", url)
        assert match, (name, url)
        assert match.group(1) == "airflow-apiserver", name
        container_ports = {str(p).rsplit(":", 1)[-1] for p in api.get("ports", [])}
        assert match.group(2) in container_ports, (name, url, container_ports)


def test_long_running_services_have_health_checks(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        if name == "airflow-init":
            continue
        check = svc.get("healthcheck") or {}
        assert check.get("test") and not check.get("disable"), f"{name} has no health check"


def test_init_runs_first_and_the_rest_waits_for_it(services: dict[str, dict[str, Any]], airflow: dict[str, dict[str, Any]]) -> None:
    init = services["airflow-init"]
    assert init["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert init["depends_on"]["redis"]["condition"] == "service_healthy"
    assert str(init.get("restart", "no")) in ("no", "False")
    env = _env(init)
    assert env.get("_AIRFLOW_DB_MIGRATE") == "true"
    for name, svc in _long_running(airflow).items():
        deps = svc.get("depends_on") or {}
        assert isinstance(deps, dict), f"{name}: depends_on needs conditions"
        assert deps.get("airflow-init", {}).get("condition") == "service_completed_successfully", name
        assert deps.get("postgres", {}).get("condition") == "service_healthy", name


def test_init_runs_the_shared_init_script_copied_into_the_image(services: dict[str, dict[str, Any]], dockerfile: list[str]) -> None:
    command = services["airflow-init"]["command"]
    command = command if isinstance(command, str) else " ".join(command)
    script = next(word for word in command.split() if word.endswith("airflow_init.sh"))
    copies = [line for line in dockerfile if line.upper().startswith("COPY") and "scripts/airflow_init.sh" in line]
    assert copies and copies[0].split()[-1] == script


def test_workers_can_scale(services: dict[str, dict[str, Any]]) -> None:
    worker = services["airflow-worker"]
    assert "container_name" not in worker
    assert not worker.get("ports")
    assert worker["command"] in ("celery worker", ["celery", "worker"])


def test_data_volume_is_shared(compose: dict[str, Any], airflow: dict[str, dict[str, Any]]) -> None:
    def data_volume(svc: dict[str, Any]) -> str | None:
        for vol in svc.get("volumes", []):
            source, _, target = str(vol).partition(":")
            if target.split(":")[0] == DATA_DIR:
                return source
        return None

    sources = {name: data_volume(svc) for name, svc in airflow.items()}
    for name in ("airflow-scheduler", "airflow-worker", "airflow-apiserver", "airflow-dag-processor", "airflow-triggerer"):
        assert sources[name], f"{name} does not mount the data volume at {DATA_DIR}"
    names = {s for s in sources.values() if s}
    assert len(names) == 1, sources
    assert names <= set(compose.get("volumes") or {}), "the data volume must be a named volume"
    for name, svc in airflow.items():
        assert _env(svc).get("TRADEWATCH_DATA_DIR") == DATA_DIR, name


def test_tradewatch_variables_are_real_settings(airflow: dict[str, dict[str, Any]], dockerfile: list[str]) -> None:
    from tradewatch.settings import get_settings

    known = {doc.split(":", 1)[0] for _, _, doc in get_settings().describe()}
    assert "TRADEWATCH_DATA_DIR" in known
    used = {k for svc in airflow.values() for k in _env(svc) if k.startswith("TRADEWATCH_")}
    used |= {m for line in dockerfile if line.upper().startswith("ENV") for m in re.findall(r"(TRADEWATCH_\w+)=", line)}
    assert used and used <= known, sorted(used - known)


def test_registries_are_in_the_image_where_the_settings_point(dockerfile: list[str]) -> None:
    env = {k: v for line in dockerfile if line.upper().startswith("ENV") for k, v in re.findall(r"(\w+)=(\S+)", line)}
    workdir, include_root = "/", None
    for line in dockerfile:  # a relative COPY destination is relative to the WORKDIR in force
        words = line.split()
        if words[0].upper() == "WORKDIR":
            workdir = str(Path(workdir) / words[1])
        elif words[0].upper() == "COPY" and "include/" in words[1:-1]:
            include_root = str(Path(workdir) / words[-1])
    assert include_root, "the Dockerfile does not copy include/"
    assert env["TRADEWATCH_SOURCES_DIR"] == f"{include_root}/sources"
    assert env["TRADEWATCH_LISTS_DIR"] == f"{include_root}/lists"
    assert env["TRADEWATCH_DATA_DIR"] == DATA_DIR


def _pinned_airflow() -> str | None:
    constraints = REPO / "constraints.txt"
    if not constraints.exists():
        return None
    for line in constraints.read_text().splitlines():
        match = re.fullmatch(r"apache-airflow==([\w.]+)", line.strip())
        if match:
            return match.group(1)
    return None


def test_image_matches_the_pinned_airflow_and_python(dockerfile: list[str], airflow: dict[str, dict[str, Any]]) -> None:
    froms = [line.split()[1] for line in dockerfile if line.upper().startswith("FROM")]
    assert len(froms) == 1
    match = re.fullmatch(r"apache/airflow:(\d+\.\d+\.\d+)-python(\d+\.\d+)", froms[0])
    assert match, froms[0]
    assert match.group(1).startswith("3."), "Airflow 3 image expected"
    assert match.group(2) == "3.11"  # the project's tested Python (see Makefile / pyproject)
    pinned = _pinned_airflow()
    if pinned is None:
        pytest.skip("no constraints.txt with an apache-airflow pin")
    assert match.group(1) == pinned
    image = next(iter(airflow.values()))["image"]
    assert f"{pinned}-python{match.group(2)}" in image, "bump the compose image tag with the base image"


def test_dockerfile_installs_the_project_with_the_constraints(dockerfile: list[str]) -> None:
    copies = " ".join(line for line in dockerfile if line.upper().startswith("COPY"))
    assert "constraints.txt" in copies and "pyproject.toml" in copies
    installs = [line for line in dockerfile if line.upper().startswith("RUN") and "pip install" in line]
    assert installs, "no pip install in the Dockerfile"
    install = installs[0]
    assert re.search(r"(-c|--constraint)\s+\S*constraints\.txt", install)
    assert re.search(r"\s\.(\s|$)", install), "the project itself (.) must be installed"
    assert '"apache-airflow==${AIRFLOW_VERSION}"' in install, "pin Airflow to the image's own version"
    assert any(line.startswith("USER airflow") for line in dockerfile)
    assert any("/opt/airflow/dags" in line for line in dockerfile if line.upper().startswith("COPY"))


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    ignored = {line.strip() for line in (REPO / ".dockerignore").read_text().splitlines() if line.strip() and not line.startswith("#")}
    assert {".env", ".venv", ".git", "data", ".airflow"} <= ignored
    assert not {"include", "dags", "plugins", "pyproject.toml", "constraints.txt"} & ignored


def test_the_pool_the_init_script_creates_is_the_one_every_dag_names() -> None:
    # hostile probe 19: TRADEWATCH_DUCKDB_POOL renamed the pool the script made while the DAGs kept their own name,
    # so the DuckDB writers would never be scheduled
    root = Path(__file__).resolve().parents[2]
    script = (root / "scripts" / "airflow_init.sh").read_text(encoding="utf-8")
    created = re.search(r'^pool="([\w-]+)"', script, re.MULTILINE)
    assert created is not None, "the script names its pool literally"
    for dag in sorted((root / "dags").glob("*.py")):
        named = re.findall(r'^DUCKDB_POOL = "([\w-]+)"', dag.read_text(encoding="utf-8"), re.MULTILINE)
        assert named in ([], [created.group(1)]), (dag.name, named)
