"""A loaded logical date run again with fewer sources (some or all disabled since): the rerun replaces what it crawled,
source by source, and keeps the rest of the loaded run (hostile probe 28 F1)."""

from __future__ import annotations

from tests.support.harness import Workspace, query, run_pipeline, serve_site, snapshot
from tests.support.hostile_server import HostileServer

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
