"""The package as a user installs it: a wheel built from the project (`pip install .`, not editable), run from a folder
that is no checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder a wheel of the project was installed into (its dependencies are this environment's)."""
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp / "dist")], check=True, cwd=tmp, capture_output=True)
    wheel = next((tmp / "dist").glob("tradewatch-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(tmp / "site"),
                    str(wheel)], check=True, capture_output=True)
    return tmp / "site"


def tradewatch(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWATCH_")}
    env.update(PYTHONPATH=str(site), TRADEWATCH_DATA_DIR=str(cwd / "data"), COLUMNS="1000")
    return subprocess.run([sys.executable, "-c", "import sys, tradewatch.cli; sys.exit(tradewatch.cli.main())", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_an_installed_package_finds_its_default_registry(installed: Path, tmp_path: Path) -> None:
    # (the checkout's own files, not a list written here: each one must be in the wheel)
    names = {f"{p.parent.name}/{p.name}" for p in installed.glob("tradewatch/registries/*/*.yml")}
    assert names == {f"{kind}/{p.name}" for kind in ("sources", "lists") for p in (REPO / "include" / kind).glob("*.yml")}
    out = tradewatch(installed, tmp_path, "sources", "validate")
    assert out.returncode == 0 and "13 valid source(s)" not in out.stderr, out.stdout + out.stderr
    assert f"{len(list((REPO / 'include' / 'sources').glob('*.yml')))} valid source(s), 0 error(s)" in out.stdout
    out = tradewatch(installed, tmp_path, "config")
    for kind in ("sources", "lists"):
        assert str(installed / "tradewatch" / "registries" / kind) in out.stdout, out.stdout + out.stderr
    assert str(REPO) not in out.stdout  # (the installed package, not this checkout)


def test_an_sdist_holds_what_the_wheel_is_built_from(tmp_path: Path) -> None:
    import tarfile

    subprocess.run([sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_sdist({str(tmp_path)!r})"],
                   check=True, cwd=REPO, capture_output=True)
    with tarfile.open(next(tmp_path.glob("tradewatch-*.tar.gz"))) as tar:
        members = {m.name.split("/", 1)[1] for m in tar.getmembers() if "/" in m.name}
    registries = {f"include/{kind}/{p.name}" for kind in ("sources", "lists") for p in (REPO / "include" / kind).glob("*.yml")}
    assert registries | {"setup.py"} <= members


@pytest.mark.parametrize("command", ["demo", "run"])
def test_demo_and_run_say_in_one_sentence_what_an_installed_package_cannot_do(installed: Path, tmp_path: Path,
                                                                               command: str) -> None:
    out = tradewatch(installed, tmp_path, command)
    said = out.stdout + out.stderr
    assert out.returncode != 0, said
    assert "Traceback" not in said and "make demo" not in said, said
    assert len(said.strip().splitlines()) == 1, said  # one sentence, before any Airflow is started
    assert "installed package" in said and "checkout" in said, said
    assert not (installed.parent / ".airflow").exists()  # (nothing written beside site-packages)


@pytest.mark.parametrize("command", [["status"], ["report"], ["dq-report"], ["lists", "changes"]])
def test_hints_of_an_installed_package_do_not_say_make_demo(installed: Path, tmp_path: Path, command: list[str]) -> None:
    out = tradewatch(installed, tmp_path, *command)
    said = out.stdout + out.stderr
    assert "make demo" not in said and "Traceback" not in said, said
    assert ("lists refresh" if command[0] == "lists" else "news_ingest DAG") in said, said
