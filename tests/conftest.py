"""Shared test setup: no network beyond 127.0.0.1, quiet logs, paths to the repo and shared corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"

# Tests must never reach the internet: requests sees no proxy and Airflow no examples.
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
# Their sites are on 127.0.0.1, as the demo's: meant, so no source run carries the warning of an internal source (the
# tests of that warning unset the variable, those of refusing set it to no)
os.environ.setdefault("TRADEWATCH_ALLOW_INTERNAL_SOURCES", "yes")
# pytest-xdist's workers (`make test` runs two) are given COLUMNS=80 and LINES=24, which a serial run piped to a log is
# not: the CLI's console then wraps its output at 80 columns and tests that read it see other line breaks. A worker's
# output goes to a pipe, as a serial run's does in CI, so it is read the same way.
if os.environ.get("PYTEST_XDIST_WORKER"):
    for _name in ("COLUMNS", "LINES"):
        os.environ.pop(_name, None)


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture
def corpus_dir() -> Path:
    if not (CORPUS_DIR / "docs").is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS_DIR}")
    return CORPUS_DIR


@pytest.fixture
def ctrl_c() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt, as it does for a command run from a terminal, also when the suite was started
    with SIGINT ignored: a job a non-interactive shell sends to the background (`make test &`, a CI runner) inherits it
    ignored, Python keeps it so, and so do the processes it starts. A Ctrl-C test then sent a signal nobody heard: the
    refresh it should stop ran its minute-long query to the end and returned 0."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
