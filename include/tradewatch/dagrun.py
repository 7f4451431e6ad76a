"""Run the project's DAGs with `airflow dags test` on a project-local AIRFLOW_HOME (SQLite metadata)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tradewatch.settings import PROJECT_ROOT

POOLS = {"tradewatch_duckdb": (1, "the single DuckDB writer: one loader at a time")}


class DagRunFailed(RuntimeError):
    pass


def airflow_env(airflow_home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for Airflow subprocesses: our dags/plugins, SQLite metadata, quiet logs, no examples."""
    airflow_home = Path(airflow_home).resolve()
    env = dict(os.environ)
    bin_dir = str(Path(sys.executable).parent)
    env.update(
        {
            "AIRFLOW_HOME": str(airflow_home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{airflow_home / 'airflow.db'}",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": env.get("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING"),
            "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT": "120",
            # airflow spawns `airflow` subcommands from PATH: make it this interpreter's
            "PATH": bin_dir + os.pathsep + env.get("PATH", ""),
            "PYTHONWARNINGS": env.get("PYTHONWARNINGS", "ignore"),
            # `dags test` waits out retry delays: fail at once here, production keeps its retries
            "TRADEWATCH_TASK_RETRIES": env.get("TRADEWATCH_TASK_RETRIES", "0"),
        }
    )
    env.update(extra or {})
    return env


def clear_command(logical_date: datetime, task: str | None = None, *, downstream: bool = False,
                  dag_id: str = "news_ingest") -> str:
    """How to clear `task` (every task when None; with the tasks after it when `downstream`) in the one run of
    `logical_date`, quoted for an error message: the `airflow tasks clear` command. Without `-s/-e` the command selects
    every run of the DAG (hostile probe 28 F3: a copied command would have re-validated and reloaded, or re-crawled,
    every past run). Airflow 3.3 takes `-t` as a substring of task ids, whatever its help says of a regex: `^validate$`
    clears nothing, so the task's own id is given (no task id of news_ingest holds another's, as a test checks).

    A run with no logical date (`airflow dags trigger` without `-l`, an asset-triggered run) is keyed by its run_after,
    which `-s/-e` do not select: the command cleared nothing and said nothing (hostile probe 40 F1), and `tasks clear`
    has no run id option. Such a run is cleared by its run id, in the UI or through the REST API."""
    undated = undated_run_id()
    if undated is not None:
        return _clear_by_run_id(dag_id, undated, task, downstream)
    when = shlex.quote(logical_date.astimezone(UTC).isoformat())
    only = f" -t {shlex.quote(task)}" if task else ""
    after = " --downstream" if task and downstream else ""
    return f"`airflow tasks clear {dag_id}{only}{after} -s {when} -e {when}`"


def _clear_by_run_id(dag_id: str, run_id: str, task: str | None, downstream: bool) -> str:
    """The REST call (Airflow 3's `clearTaskInstances`) and the UI path that clear `task` in run `run_id`.
    `only_failed` and `dry_run` default to true there: a clear of a task that succeeded would list it and clear
    nothing."""
    body: dict[str, object] = {"dag_run_id": run_id, "dry_run": False, "only_failed": False}
    if task:
        body.update(task_ids=[task], include_downstream=downstream)
    call = (f"curl -X POST \"$AIRFLOW_URL/api/v2/dags/{dag_id}/clearTaskInstances\" -H \"Authorization: Bearer "
            f"$TOKEN\" -H 'Content-Type: application/json' -d {shlex.quote(json.dumps(body))}")
    what = f"its {task} task{' and the tasks after it' if task and downstream else ''}" if task else "the whole run"
    return (f"run {run_id} has no logical date, so `airflow tasks clear -s/-e` cannot select it: clear {what} in the "
            f"UI (Dags > {dag_id} > run {run_id} > Clear) or with the REST API: `{call}`")


def undated_run_id() -> str | None:
    """The run id of the Airflow run whose task is running here when that run has no logical date; None anywhere else
    (a dated run, the CLI, a test)."""
    if "airflow.sdk" not in sys.modules:  # (not in an Airflow task: no import of Airflow for nothing)
        return None
    try:
        from airflow.sdk import get_current_context

        context = get_current_context()
    except Exception:  # (no task is running in this process)
        return None
    run = context.get("dag_run")
    return None if context.get("logical_date") is not None or run is None else str(run.run_id)


def check_run_conf() -> None:
    """Fail the task when its run was given conf the DAG does not take (hostile probe 40 F2: `-c '{"sources": [...]}'`
    was accepted and ignored, and the run crawled every source). Airflow checks the types of the params a DAG declares,
    and lets any other key through: a key the DAG does not declare is refused (news_ingest declares `sources`)."""
    from airflow.sdk import get_current_context

    context = get_current_context()
    run = context["dag_run"]
    params = dict(context["dag"].params)  # (the declared ones: the context's `params` has the conf merged in)
    unknown = sorted(set(run.conf or {}) - set(params))
    if unknown:
        if params:
            takes = f"takes only {', '.join(map(repr, sorted(params)))}"
            again = f"without {', '.join(map(repr, unknown))}"
        else:
            takes = "takes no params, and a run always does its whole work (every list, every report)"
            again = "without conf (no -c/--conf, --dag-run-conf)"
        raise RunConfRefused(
            f"run {run.run_id} of {run.dag_id} was given conf {', '.join(map(repr, unknown))}, which it does not use: "
            f"the DAG {takes}. Nothing was done. Trigger it again {again}.")


class RunConfRefused(ValueError):
    """A run's conf holds keys its DAG does not take."""


@contextmanager
def task_checks() -> Iterator[None]:
    """Wraps a task's body: the run's conf is checked first, and an error that a retry cannot mend (staged files that
    are not the validated ones, a logical date in the future, a setting or a conf with a wrong value) fails the task
    at once, without Airflow's retries (hostile probe 40 F4: each was retried 2 min later, failed the same way, and was
    logged twice; so was the validation of a run whose list task had failed). Waits that may end (a lock, the network) keep their retries."""
    from airflow.sdk.exceptions import AirflowFailException

    from tradewatch.pipeline import ListTaskFailed, LogicalDateRefused, SourcesAskedUnknown, StagingMismatch
    from tradewatch.settings import SettingsError

    try:
        check_run_conf()
        yield
    except (RunConfRefused, LogicalDateRefused, StagingMismatch, SettingsError, SourcesAskedUnknown,
            ListTaskFailed) as exc:
        raise AirflowFailException(f"{type(exc).__name__}: {exc} (not retried: a retry would fail the same way)") from None


def airflow_bin() -> str:
    """The `airflow` command of this Python's environment, else the one on PATH; DagRunFailed, saying what to install,
    when there is none ("[Errno 2] No such file or directory: 'airflow'", hostile probe 47 F12)."""
    candidate = Path(sys.executable).parent / "airflow"
    found = str(candidate) if candidate.exists() else shutil.which("airflow")
    if found is None:
        raise DagRunFailed(f"the `airflow` command is neither beside this Python ({candidate.parent}) nor on PATH: "
                           f"install Airflow into this environment ({sys.executable} -m pip install "
                           "'apache-airflow>=3.3,<3.4', or make venv in a checkout), or put the folder holding "
                           "`airflow` on PATH.")
    return found


def ensure_metadata_db(env: dict[str, str], log_file: Path | None = None) -> None:
    """`airflow db migrate` once per AIRFLOW_HOME, then the pools the DAGs need."""
    home = Path(env["AIRFLOW_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    marker = home / ".tradewatch-migrated"
    if not marker.exists():
        _run([airflow_bin(), "db", "migrate"], env, log_file, "airflow db migrate")
        for name, (slots, description) in POOLS.items():
            _run([airflow_bin(), "pools", "set", name, str(slots), description], env, log_file, f"create pool {name}")
        marker.write_text("ok\n")


def dags_test(dag_id: str, logical_date: str, env: dict[str, str], log_file: Path | None = None,
              conf: dict[str, Any] | None = None) -> None:
    """Run one DAG run in-process with `airflow dags test` (with `conf`, its params); raise DagRunFailed if any task
    failed."""
    _refuse_before_start(dag_id, logical_date)
    extra = ["-c", json.dumps(conf)] if conf else []
    out = _run([airflow_bin(), "dags", "test", dag_id, logical_date, *extra], env, log_file,
               f"airflow dags test {dag_id}", check=False)
    text = out.stdout or ""
    failed = out.returncode != 0 or "state=failed" in text.lower() or "dagrunstate.failed" in text.lower()
    if failed:
        tail = "\n".join(_error_lines(text))
        where = f" (full log: {log_file})" if log_file else ""
        raise DagRunFailed(f"DAG {dag_id} run {logical_date} failed{where}:\n{tail}")


def _refuse_before_start(dag_id: str, logical_date: str) -> None:
    """A logical date before the DAGs' start_date (2000-01-01) is refused: Airflow runs no task for it and calls the run
    a success (hostile probe 16)."""
    from tradewatch.pipeline import EARLIEST_LOGICAL_DATE

    try:
        when = datetime.fromisoformat(logical_date.replace("Z", "+00:00"))
    except ValueError:
        return  # (Airflow says what it makes of it)
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    if when < EARLIEST_LOGICAL_DATE:
        raise DagRunFailed(f"DAG {dag_id}: logical date {logical_date} is before {EARLIEST_LOGICAL_DATE:%Y-%m-%d}, the DAGs' "
                           "start date: Airflow would run no task for it. Give a date from 2000 on.")


def _run(cmd: list[str], env: dict[str, str], log_file: Path | None, what: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=str(PROJECT_ROOT))
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write(f"\n$ {' '.join(cmd)}\n{out.stdout}")
    if check and out.returncode != 0:
        tail = "\n".join((out.stdout or "").splitlines()[-30:])
        raise DagRunFailed(f"{what} failed (exit {out.returncode}):\n{tail}")
    return out


def _error_lines(text: str, limit: int = 12) -> list[str]:
    """The lines that say what went wrong (exception messages, ours by their module: `tradewatch.run_leases.
    AnotherRunInProgress: another run of ...`; failed tasks), not the whole traceback."""
    lines = text.splitlines()
    keep = [ln.strip() for ln in lines if (": " in ln and ("Error" in ln.split(": ", 1)[0] or "Exception" in ln.split(": ", 1)[0]
            or "Failed" in ln.split(": ", 1)[0] or ln.startswith("tradewatch."))) or "failed" in ln.lower() and "task" in ln.lower()]
    return (keep or lines)[-limit:]
