"""`tradewatch run --source ID`: a source the run cannot crawl is refused before Airflow starts, naming it and the
enabled sources (the DAG's own list task says the same, see tests/reliability/test_run_some_sources.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import synthetic as syn


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, enabled in (("alpha", "true"), ("beta", "true"), ("gamma", "false")):
        (folder / f"{name}.yml").write_text(syn.source_yaml(name, f"https://{name}.example.org/feed.xml",
                                                            enabled=enabled), encoding="utf-8")
    monkeypatch.setenv("TRADEWATCH_SOURCES_DIR", str(folder))
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRADEWATCH_AIRFLOW_HOME", str(tmp_path / "airflow-never-made"))
    return tmp_path


@pytest.mark.parametrize(("asked", "says"), [
    (["alpha", "omega"], "'omega' is not a source of"),
    (["gamma"], "'gamma' is disabled in the registry"),
])
def test_a_source_the_run_cannot_crawl_is_refused_before_airflow_starts(registry: Path, capsys, asked, says) -> None:
    from tradewatch.cli import main

    args = ["run", "--date", "2026-01-05"]
    for source_id in asked:
        args += ["--source", source_id]
    assert main(args) == 2
    out = " ".join(capsys.readouterr().out.split())  # (the console wraps long lines)
    assert says in out and "The enabled sources are: alpha, beta" in out, out
    assert not (registry / "airflow-never-made").exists()  # (refused before any Airflow metadata was made)


def test_run_with_sources_runs_news_ingest_alone_with_them_as_its_param(registry: Path,
                                                                        monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    # (Airflow's own run with the param: tests/integration/test_dags_in_airflow.py; here the command's wiring)
    from tradewatch import dagrun, pipeline_cli
    from tradewatch.cli import main

    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(dagrun, "ensure_metadata_db", lambda env, log_file: None)
    monkeypatch.setattr(dagrun, "dags_test", lambda dag_id, when, env, log_file, conf=None: calls.append((dag_id, conf)))
    monkeypatch.setattr(pipeline_cli, "print_summary", lambda console, run_key, settings: None)
    monkeypatch.setattr(pipeline_cli, "_print_reports", lambda console, settings, demo, run_at: None)
    assert main(["run", "--date", "2026-01-05", "--source", "beta", "--source", "alpha", "--source", "beta"]) == 0
    assert calls == [("news_ingest", {"sources": ["beta", "alpha"]})]
    assert "the sanctions lists are not refreshed" in " ".join(capsys.readouterr().out.split())

    calls.clear()
    assert main(["run", "--date", "2026-01-05"]) == 0  # (no --source: every DAG, no conf)
    assert calls == [("sanctions_lists", None), ("news_ingest", None)]
