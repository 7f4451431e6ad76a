"""A run asked to crawl some sources (the news_ingest DAG's `sources` param, `tradewatch run --source`): it crawls those
alone and its load replaces their rows alone; a source it cannot crawl (unknown, invalid, disabled) fails the run before
any crawl, named, and leaves the warehouse as it was."""

from __future__ import annotations

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site, snapshot
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline

RUN = "select source_id, status, fetched, new, updated, unchanged, skipped, failed, records, error from source_runs "


def _sources(ws: Workspace, servers: list[HostileServer], names: tuple[str, ...] = ("one", "two", "three")) -> dict[str, str]:
    feeds = {}
    for seed, name in enumerate(names, start=51):
        srv = HostileServer().start()
        servers.append(srv)
        serve_site(srv, seed=seed, indices=range(1, 4))
        feeds[name] = srv.url("/feed.xml")
        ws.add_source(name, feeds[name])
    return feeds


def _run_only(ws: Workspace, only: list[str]) -> dict:
    """The DAG's tasks in order, as harness.run_pipeline, with the list task given `only`."""
    ids = pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, ws.sources, only=only)
    for source_id in ids:
        pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=ws.sources)
    validated = pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    return {"sources": ids, "validated": validated, "loaded": pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)}


def test_a_run_of_some_sources_crawls_them_alone_and_replaces_their_rows_alone(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    _sources(workspace, servers)
    first = _run_only(workspace, ["three", "one"])
    db = workspace.duckdb
    assert first["sources"] == ["one", "three"]  # (in the registry's order)
    assert [r[0] for r in query(db, RUN + "order by all")] == ["one", "three"]
    assert {s for (s,) in query(db, "select distinct source_id from fetches")} == {"one", "three"}

    run_pipeline(workspace)  # every source, same logical date
    everything = snapshot(db)
    assert [r[0] for r in query(db, RUN + "order by all")] == ["one", "three", "two"]

    again = _run_only(workspace, ["two"])
    assert again["sources"] == ["two"]
    after = snapshot(db)
    # "two" replaced by the same crawl; "one" and "three" kept as they were ...
    assert {t: rows for t, rows in after.items() if t != "dq_results"} == {
        t: rows for t, rows in everything.items() if t != "dq_results"}
    # ... and their health results too; the batch's expectation results are the latest validation's, over the rows it
    # validated (as after a rerun with a source disabled; documented in the DAG's description)
    health = [v for (v,) in query(db, "select observed_value from dq_results where suite = 'source_health' order by 1")]
    assert [v.split(":")[0] for v in health] == ["one", "three", "two"]
    assert query(db, "select distinct element_count from dq_results where suite = 'articles'") == [(3,)]


@pytest.mark.parametrize(("asked", "says"), [
    (["one", "nope"], "'nope' is not a source of"),
    (["broken"], "'broken' has an invalid source file"),
    (["paused"], "'paused' is disabled in the registry"),
])
def test_a_source_the_run_cannot_crawl_fails_it_before_any_crawl_and_loses_nothing(
    workspace: Workspace, servers: list[HostileServer], asked: list[str], says: str
) -> None:
    feeds = _sources(workspace, servers, ("one", "paused"))
    (workspace.sources / "broken.yml").write_text("id: broken\nkind: rss\n", encoding="utf-8")
    run_pipeline(workspace)
    db = workspace.duckdb
    before = snapshot(db)
    workspace.add_source("paused", feeds["paused"], enabled="false")

    with pytest.raises(pipeline.SourcesAskedUnknown) as refused:
        pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources, only=asked)
    message = str(refused.value)
    assert says in message and "Nothing was crawled" in message, message
    assert "The enabled sources are: one (" in message, message  # what the run could be asked for instead
    with pytest.raises(pipeline.SourcesNotListed, match=says):
        pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)  # (the run's validation repeats why, as for other list failures)
    assert snapshot(db) == before


def test_an_empty_list_of_sources_crawls_every_enabled_source(workspace: Workspace, servers: list[HostileServer]) -> None:
    # (the param's default: `[]`, as Airflow hands it to the list task when the run was given no conf)
    _sources(workspace, servers, ("one", "two"))
    assert pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources, only=[]) == ["one", "two"]
