"""A loaded logical date run again with fewer sources (some or all disabled since), or with its list task alone run
again: the rerun replaces what it crawled, source by source, and keeps the rest of the loaded run (hostile probe 28
F1 and F5)."""

from __future__ import annotations

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site, snapshot
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline

RUN = "select source_id, status, fetched, new, updated, unchanged, skipped, failed, records, error from source_runs "


def _sources(ws: Workspace, servers: list[HostileServer], names: tuple[str, ...] = ("one", "two")) -> dict[str, str]:
    """A synthetic site of three articles per source; returns each source's feed URL."""
    feeds = {}
    for seed, name in enumerate(names, start=31):
        srv = HostileServer().start()
        servers.append(srv)
        serve_site(srv, seed=seed, indices=range(1, 4))
        feeds[name] = srv.url("/feed.xml")
        ws.add_source(name, feeds[name])
    return feeds


def _by_source(db, sql: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for row in query(db, sql):
        out.setdefault(row[0], []).append(row[1:])
    return out


def _crawl_staged(source_id: str) -> list[str]:
    key = pipeline._safe_key(LOGICAL_DATE)
    return [n for n in pipeline.list_parts(key, "crawl", "source_runs") if n.rsplit("-", 1)[0] == source_id]


def test_a_rerun_after_a_source_was_disabled_keeps_that_source_s_run(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # an on-call disables a noisy source, then clears yesterday's run: the rerun deleted the source's row of that date
    # while its fetches and articles stayed, and the date counted as never crawled by it
    feeds = _sources(workspace, servers)
    run_pipeline(workspace)
    db = workspace.duckdb
    runs = _by_source(db, RUN + "order by all")
    fetches = _by_source(db, "select source_id, url, status from fetches order by all")
    articles = _by_source(db, "select source_id, article_id from articles order by all")
    assert set(runs) == {"one", "two"} and len(articles["two"]) == 3

    workspace.add_source("two", feeds["two"], enabled="false")
    assert run_pipeline(workspace)["sources"] == ["one"]

    assert _by_source(db, RUN + "order by all") == runs  # "two" kept, "one" replaced by the same crawl
    assert _by_source(db, "select source_id, url, status from fetches order by all") == fetches
    assert _by_source(db, "select source_id, article_id from articles order by all") == articles
    health = [v for (v,) in query(db, "select observed_value from dq_results where suite = 'source_health' order by 1")]
    assert [v.split(":")[0] for v in health] == ["one", "two"]


def test_a_rerun_that_hands_out_no_source_leaves_the_loaded_run_as_it_was(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # every source disabled, then the date run again: a green run that deleted the loaded run's source runs and
    # expectation results, and kept its fetches and articles
    feeds = _sources(workspace, servers)
    run_pipeline(workspace)
    db = workspace.duckdb
    before = snapshot(db)
    assert query(db, "select count(*) > 0 from dq_results where suite <> 'source_health'") == [(True,)]

    for name, url in feeds.items():
        workspace.add_source(name, url, enabled="false")
    out = run_pipeline(workspace)

    assert out["sources"] == [] and out["loaded"]["nothing_staged"] is True
    assert snapshot(db) == before


def test_list_sources_run_again_alone_keeps_the_crawls_output(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # `list_sources` cleared or retried without its downstream tasks: it wiped every crawl chunk of the run, the green
    # crawls did not run again, and validate + load replaced the loaded run with crawls "killed or out of memory"
    _sources(workspace, servers)
    run_pipeline(workspace)
    db = workspace.duckdb
    before = snapshot(db)

    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources) == ["one", "two"]
    assert pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)["unfinished_crawls"] == []
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)

    assert snapshot(db) == before


def test_a_list_that_no_longer_hands_out_a_source_drops_its_chunks_and_keeps_the_others(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    feeds = _sources(workspace, servers)
    run_pipeline(workspace)
    db = workspace.duckdb
    runs = _by_source(db, RUN + "order by all")
    workspace.add_source("two", feeds["two"], enabled="false")

    # the list task alone: the chunks of the source it hands out stay for its crawl to replace, the other's go (the
    # validation refuses chunks of a source the list did not hand out)
    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources) == ["one"]
    assert _crawl_staged("one") and not _crawl_staged("two")
    assert pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)["unfinished_crawls"] == []
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert _by_source(db, RUN + "order by all") == runs


def test_a_list_task_killed_before_it_wrote_its_list_fails_the_validation(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the list task keeps the crawl chunks of the sources it hands out: killed before it wrote its list (no invalid
    # source file staged to tell), the validation would take them for a run staged without a list task
    _sources(workspace, servers)
    run_pipeline(workspace)
    db = workspace.duckdb
    before = snapshot(db)

    def killed(*args: object) -> None:
        raise SystemExit("the list task's worker was lost")

    with monkeypatch.context() as mp:
        mp.setattr(pipeline, "_write_listed", killed)
        with pytest.raises(SystemExit):
            pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)
    with pytest.raises(pipeline.StagingMismatch, match="its list task did not finish") as failure:
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    assert "airflow tasks clear news_ingest" in str(failure.value)
    assert snapshot(db) == before

    run_pipeline(workspace)  # the whole run again, as the message says: loaded as before
    assert snapshot(db) == before


def test_the_load_summary_counts_every_expectation_result_it_stored(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # hostile probe 31 F12: `tables.dq_results` was counted before the source_health suite's rows were written
    _sources(workspace, servers)
    out = run_pipeline(workspace)
    assert query(workspace.duckdb, "select count(*) from dq_results where suite = 'source_health'")[0][0] > 0
    assert out["loaded"]["tables"]["dq_results"] == query(workspace.duckdb, "select count(*) from dq_results")[0][0]
