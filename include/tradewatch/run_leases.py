"""Which task is writing a run's staging folder now: a lease file per task, so that two runs of one logical date
refuse each other clearly instead of mixing their files.

A run's folder is keyed by its logical date, so two runs of one date (two `tradewatch run --date D` at once, each with
its own AIRFLOW_HOME, or a manual run beside the scheduled one) wrote the same files. Hostile probe 34 F9: the second
run's validation recorded a source as "the crawl did not finish: its task was killed ...", and its load refused with a
list of files "not validated", while nothing had been killed.

Each task of a run holds `<run folder>/.tasks/<task>.json` while it works (`list`, `crawl-<source>`, `validate`,
`load`), with its pid, host and start, and a heartbeat rewritten every HEARTBEAT_SECONDS. Within one run no two of
them overlap but the crawls of different sources, so a live lease of any other kind is another run's: the task refuses
(AnotherRunInProgress) before it touches a file. A lease is stale, and taken over, when its heartbeat is older than
STALE_SECONDS, or at once when its process, on this host, is gone: a run that crashed never blocks the next.
Leases are kept only in a local (or mounted) staging folder; with an object store (TRADEWATCH_STORAGE s3://...) no
check is made.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tradewatch.logs import get_logger

log = get_logger("run_leases")

LEASES = ".tasks"  # (a dot name: no listing of the run's staged files, nor `prune`, counts it as a stage)
HEARTBEAT_SECONDS = 15.0
# A lease not heard from for this long is stale: a task killed on another machine (its pid cannot be checked from
# here). Under the news_ingest tasks' retry delay (2 min), so the retry of a task refused by a dead lease goes through.
STALE_SECONDS = 100.0
_UNSAFE = re.compile(r"[^A-Za-z0-9._=-]+")


class AnotherRunInProgress(RuntimeError):
    """Another run of the same logical date is writing the run's staging folder: this task did nothing."""


def _conflicts(task: str, other: str) -> bool:
    """Whether a live lease of `other` cannot be this run's while `task` runs: only crawls of different sources
    overlap within one run."""
    return not (task.startswith("crawl-") and other.startswith("crawl-") and task != other)


def _read(path: Path) -> dict[str, Any] | None:
    try:
        lease = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # being written (an empty file a moment after its creation), or removed meanwhile
    return lease if isinstance(lease, dict) else None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _live(path: Path, lease: dict[str, Any] | None, now: float) -> bool:
    try:
        heard = float(lease["heartbeat"]) if lease else path.stat().st_mtime
    except (OSError, KeyError, TypeError, ValueError):
        return False
    if now - heard > STALE_SECONDS:
        return False
    if lease and lease.get("host") == socket.gethostname() and isinstance(lease.get("pid"), int):
        return _pid_alive(lease["pid"])
    return True


def _said(task: str, lease: dict[str, Any] | None, now: float) -> str:
    if not lease:
        return f"its {task} task (its lease is being written)"
    started = str(lease.get("started", "?"))[:19].replace("T", " ")
    airflow = f", Airflow run {lease['airflow_run']}" if lease.get("airflow_run") else ""
    home = f", AIRFLOW_HOME {lease['airflow_home']}" if lease.get("airflow_home") else ""
    heard = now - float(lease.get("heartbeat", now))
    return (f"its {task} task (started {started} UTC, pid {lease.get('pid')} on {lease.get('host')}{airflow}{home}; "
            f"last heard from {heard:.0f} s ago)")


def _refusal(task: str, other: str, lease: dict[str, Any] | None, path: Path, logical_date: datetime,
             now: float) -> AnotherRunInProgress:
    from tradewatch.dagrun import clear_command

    when = logical_date.astimezone(UTC).isoformat()
    return AnotherRunInProgress(
        f"another run of {when} is in progress: {_said(other, lease, now)} is writing the same staging folder "
        f"({path.parent.parent}). This {task} task did nothing, so that the two runs do not mix their files. Let that "
        f"run finish (it loads the date); to run this one again after it, clear it: {clear_command(logical_date)}. "
        f"If no other run of the date is going on, {path} was left by a task that died: it is taken over "
        f"{STALE_SECONDS:.0f} s after its last heartbeat (at once when its process on this host is gone), or remove it.")


def _run_folder(run_key: str) -> Path | None:
    """The run's local staging folder, or None for an object store."""
    from tradewatch.staging import _is_local, _local, stage_path

    path = stage_path(run_key)
    return _local(path) if _is_local(path) else None


@contextmanager
def holding(run_key: str, logical_date: datetime, task: str) -> Iterator[None]:
    """Hold the lease of `task` on the run's staging folder while the block runs; raise AnotherRunInProgress, before
    the block, when a task of another run of the date holds a conflicting one."""
    folder = _run_folder(run_key)
    if folder is None:
        yield
        return
    leases = folder / LEASES
    leases.mkdir(parents=True, exist_ok=True)
    task = _UNSAFE.sub("_", task)
    own = leases / f"{task}.json"
    token = uuid.uuid4().hex
    lease = {"task": task, "token": token, "pid": os.getpid(), "host": socket.gethostname(),
             "started": datetime.now(UTC).isoformat(), "airflow_run": os.environ.get("AIRFLOW_CTX_DAG_RUN_ID"),
             "airflow_home": os.environ.get("AIRFLOW_HOME")}
    _take(own, lease, logical_date)
    stop = threading.Event()
    beat = threading.Thread(target=_beat, args=(own, lease, stop), name=f"lease-{task}", daemon=True)
    try:
        # Own lease first, then the others': two tasks starting at once see each other (both may refuse, never both go)
        now = datetime.now(UTC).timestamp()
        for other in sorted(leases.glob("*.json")):
            name = other.name.removesuffix(".json")
            if other == own or not _conflicts(task, name):
                continue
            found = _read(other)
            if _live(other, found, now):
                raise _refusal(task, name, found, other, logical_date, now)
        beat.start()
        yield
    finally:
        stop.set()
        if beat.is_alive():
            beat.join(timeout=5)
        if (_read(own) or {}).get("token") == token:  # (not one that took over ours after we were stale)
            own.unlink(missing_ok=True)


def _take(own: Path, lease: dict[str, Any], logical_date: datetime) -> None:
    """Create `own` exclusively, taking over a stale lease of the same task; refuse a live one."""
    for _attempt in range(2):
        lease["heartbeat"] = datetime.now(UTC).timestamp()
        try:
            fd = os.open(own, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            found = _read(own)
            now = datetime.now(UTC).timestamp()
            if _live(own, found, now):
                raise _refusal(lease["task"], lease["task"], found, own, logical_date, now) from None
            log.warning("stale lease of a task that died taken over",
                        extra={"kv": {"lease": str(own), "held_by": json.dumps(found)}})
            own.unlink(missing_ok=True)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(lease, fh)
        return
    raise _refusal(lease["task"], lease["task"], _read(own), own, logical_date, datetime.now(UTC).timestamp())


def _beat(own: Path, lease: dict[str, Any], stop: threading.Event) -> None:
    from tradewatch.files import write_atomically

    while not stop.wait(HEARTBEAT_SECONDS):
        if (_read(own) or {}).get("token") != lease["token"]:
            return  # taken over (this process stalled past STALE_SECONDS): the other task's now
        lease["heartbeat"] = datetime.now(UTC).timestamp()
        try:
            write_atomically(own, lambda tmp: tmp.write_text(json.dumps(lease), encoding="utf-8"))
        except OSError as exc:  # (a full disk: the lease goes stale, which costs only the check)
            log.warning("lease heartbeat not written", extra={"kv": {"lease": str(own), "error": str(exc)}})
