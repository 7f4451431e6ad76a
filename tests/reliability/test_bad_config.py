"""Issue 8.3: invalid source files give one clear error naming the file and the field, everywhere.

The pipeline side (config_error rows in source_runs while valid sources run) is in test_faults.py;
here: the registry loader, `tradewatch sources validate`, and every DAG still parsing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import synthetic as syn
from tradewatch.registry import load_registry

REPO_ROOT = Path(__file__).resolve().parents[2]

BAD = {
    "bad_yaml.yml": ("id: bad_yaml\nname: [unclosed\n", "-", "YAML"),
    "unknown_kind.yml": (syn.source_yaml("unknown_kind", "http://127.0.0.1:9/f", kind="telegram"), "kind", "telegram"),
    "bad_url.yml": (syn.source_yaml("bad_url", "ftp://127.0.0.1/feed"), "url", "http"),
    "no_scheme_url.yml": (syn.source_yaml("no_scheme_url", "www.example.org/feed"), "url", "http"),
    "missing_field.yml": (syn.source_yaml("missing_field", "http://127.0.0.1:9/f").replace("terms: synthetic test site on 127.0.0.1\n", ""),
                          "terms", "required"),
    "html_without_selector.yml": (syn.source_yaml("html_without_selector", "http://127.0.0.1:9/f", kind="html"),
                                  "link_selector", "required"),
    "typo_field.yml": (syn.source_yaml("typo_field", "http://127.0.0.1:9/f", max_artcles=5), "max_artcles", "unknown field"),
    "bad_pattern.yml": (syn.source_yaml("bad_pattern", "http://127.0.0.1:9/f", link_pattern="'(unclosed'"),
                        "link_pattern", "regular expression"),
    "wrong_id.yml": (syn.source_yaml("other_id", "http://127.0.0.1:9/f"), "id", "file name"),
    "not_a_mapping.yml": ("- just\n- a list\n", "-", "mapping"),
}


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    for sid in ("good_a", "good_b"):
        (folder / f"{sid}.yml").write_text(syn.source_yaml(sid, f"http://127.0.0.1:9/{sid}.xml"))
    for name, (text, _, _) in BAD.items():
        (folder / name).write_text(text)
    return folder


def test_registry_one_error_per_bad_file_naming_file_and_field(registry: Path) -> None:
    sources, errors = load_registry(registry)
    assert sorted(s.id for s in sources) == ["good_a", "good_b"]
    by_file: dict[str, list[str]] = {}
    for error in errors:
        by_file.setdefault(error.file, []).append(str(error))
    assert sorted(by_file) == sorted(BAD)
    for name, (_, field_name, words) in BAD.items():
        assert len(by_file[name]) == 1, by_file[name]
        message = by_file[name][0]
        assert name in message and f"'{field_name}'" in message and words in message, message


def test_sources_validate_cli_names_each_file_and_field(registry: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tradewatch.cli", "sources", "validate", "--dir", str(registry)],
        capture_output=True, text=True, timeout=60, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 1, proc.stderr
    out = " ".join(proc.stdout.split())
    for name, (_, field_name, _) in BAD.items():
        assert f"{name}: field '{field_name}'" in out, (name, out)
    assert "2 valid source(s)" in out


def test_sources_validate_cli_ok_on_valid_registry(tmp_path: Path) -> None:
    (tmp_path / "good_a.yml").write_text(syn.source_yaml("good_a", "http://127.0.0.1:9/a.xml"))
    proc = subprocess.run([sys.executable, "-m", "tradewatch.cli", "sources", "validate", "--dir", str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_dag_parses_with_a_broken_registry(registry: Path, tmp_path: Path) -> None:
    """DAG files read nothing from the registry at parse time, so a bad source file cannot break them."""
    code = (
        "from airflow.dag_processing.dagbag import DagBag; import sys; "
        f"b = DagBag(dag_folder={str(REPO_ROOT / 'dags')!r}); "
        "print(sorted(b.dags)); print(b.import_errors); sys.exit(1 if b.import_errors or not b.dags else 0)"
    )
    env = {"PATH": "/usr/bin:/bin", "AIRFLOW_HOME": str(tmp_path / "airflow"), "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
           "TRADEWATCH_SOURCES_DIR": str(registry), "TRADEWATCH_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert "news_ingest" in proc.stdout


def test_a_deeply_nested_source_file_is_a_config_error_and_the_others_run(workspace) -> None:
    # hostile probe: a 4 KB "tags: [[[[..." raised RecursionError out of list_sources, so no source ran at all
    from tests.support.harness import LOGICAL_DATE
    from tradewatch import pipeline

    workspace.add_source("good_a", "http://127.0.0.1:9/a.xml")
    (workspace.sources / "deep.yml").write_text(syn.source_yaml("deep", "http://127.0.0.1:9/d.xml")
                                                + "tags: " + "[" * 2000 + "]" * 2000 + "\n")
    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources) == ["good_a"]
    runs = pipeline.read_staged(LOGICAL_DATE, "crawl", "source_runs").to_pylist()
    assert [(r["source_id"], r["status"]) for r in runs] == [("deep", "config_error")]
    assert "deep.yml: field 'tags': nested more than" in runs[0]["error"], runs[0]["error"]
