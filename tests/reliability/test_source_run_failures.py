"""A source that fails, seen where the on-call looks (hostile probe 28): a crawl task retried after its source file
turned invalid stages that alone, not beside the earlier attempt's pages (F2); a source run that ends failed, partial or
config_error is a WARNING line of its crawl task, and a run whose every source failed an ERROR line of its validate
task (F4), at the default TRADEWATCH_LOG_LEVEL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline

# Nothing listens on port 1: a connection there is refused at once (the source's robots.txt is unreachable)
DEAD_FEED = "http://127.0.0.1:1/feed.xml"


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _warnings_logged() -> Iterator[list[logging.LogRecord]]:
    """The WARNING and ERROR records of Tradewatch's loggers while the block runs, at the default level (the handler
    sits on the library's own logger: the CLI's logging setup, run by other tests, stops propagation)."""
    root = logging.getLogger("tradewatch")
    level, kept = root.level, _Kept()
    root.addHandler(kept)
    root.setLevel(logging.WARNING)
    try:
        yield kept.records
    finally:
        root.removeHandler(kept)
        root.setLevel(level)


def _site(ws: Workspace, servers: list[HostileServer], source_id: str, pages: int) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=21, indices=range(1, pages + 1))
    ws.add_source(source_id, srv.url("/feed.xml"))


def _run_rows(ws: Workspace, table: str) -> int:
    return query(ws.duckdb, f"select count(*) from {table} where run_id = ?", [LOGICAL_DATE])[0][0]  # noqa: S608


@pytest.mark.parametrize("change", ["invalid", "removed"])
def test_a_crawl_retried_after_its_source_file_went_bad_stages_only_its_config_error(
    workspace: Workspace, servers: list[HostileServer], change: str
) -> None:
    # F2: the config_error attempt returned before the source's earlier chunks were removed, so the run loaded them
    # under a source run saying "config_error, fetched 0"
    _site(workspace, servers, "one", pages=3)
    (source_id,) = pipeline.list_enabled_sources(LOGICAL_DATE, LOGICAL_DATE, workspace.sources)
    first = pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
    assert first["status"] == "ok" and first["fetched"] == 3
    source_file = workspace.sources / "one.yml"
    if change == "invalid":
        source_file.write_text(source_file.read_text(encoding="utf-8").replace("kind: rss", "kind: bogus"),
                               encoding="utf-8")
    else:
        source_file.unlink()

    retried = pipeline.crawl_source(source_id, LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
    assert retried["status"] == "config_error"
    key = pipeline._safe_key(LOGICAL_DATE)
    staged = {table: pipeline.list_parts(key, "crawl", table) for table in pipeline.COLUMNS}
    assert {table: names for table, names in staged.items() if names} == {"source_runs": ["one-0000.parquet"]}

    pipeline.validate_run(LOGICAL_DATE, LOGICAL_DATE)
    pipeline.load_run(LOGICAL_DATE, LOGICAL_DATE)
    assert query(workspace.duckdb, "select source_id, status, fetched, new, records from source_runs") == [
        ("one", "config_error", 0, 0, 0)]
    assert (_run_rows(workspace, "fetches"), query(workspace.duckdb, "select count(*) from articles")) == (0, [(0,)])


def test_a_failed_source_is_a_warning_of_its_crawl_and_of_the_validation(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # F4: a dead source left its crawl task's log without a line at the default level, and every task green
    _site(workspace, servers, "alive", pages=2)
    workspace.add_source("dead", DEAD_FEED)
    (workspace.sources / "broken.yml").write_text("id: broken\nkind: [\n", encoding="utf-8")
    with _warnings_logged() as records:
        outcome = run_pipeline(workspace)
    assert outcome["crawled"]["dead"]["status"] == "failed"
    crawled = [r for r in records if r.getMessage().startswith("source run ")]
    assert [r.levelno for r in crawled] == [logging.WARNING]
    line = crawled[0].getMessage()
    assert line.startswith("source run failed source_id=dead status=failed") and "robots.txt" in line
    assert "\n" not in line

    summary = [r for r in records if "sources of the run failed" in r.getMessage()]
    assert [r.levelno for r in summary] == [logging.WARNING]  # the alive source ran: not every source failed
    assert "which=\"broken (config_error), dead (failed)\"" in summary[0].getMessage()
    assert (outcome["validated"]["sources"], outcome["validated"]["sources_failed"]) == (3, 2)
    assert not [r for r in records if r.levelno >= logging.ERROR]
    # ... and the run is loaded, failures included: they are data
    assert query(workspace.duckdb, "select source_id, status from source_runs order by 1") == [
        ("alive", "ok"), ("broken", "config_error"), ("dead", "failed")]


def test_a_run_whose_every_source_failed_logs_an_error_and_loads_the_failures(
    workspace: Workspace
) -> None:
    # F4: a week of a dead egress proxy was a week of green runs with empty logs
    workspace.add_source("dead_a", DEAD_FEED)
    workspace.add_source("dead_b", DEAD_FEED.replace("feed.xml", "other.xml"))
    with _warnings_logged() as records:
        outcome = run_pipeline(workspace)
    assert sorted(r.getMessage().split(" status=")[0] for r in records if r.getMessage().startswith("source run ")) == [
        "source run failed source_id=dead_a", "source run failed source_id=dead_b"]
    errors = [r for r in records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].getMessage().startswith("every source of the run failed")
    assert f"run={LOGICAL_DATE}" in errors[0].getMessage() and "failed=2" in errors[0].getMessage()
    assert outcome["validated"]["sources_failed"] == outcome["validated"]["sources"] == 2
    assert query(workspace.duckdb, "select source_id, status from source_runs order by 1") == [
        ("dead_a", "failed"), ("dead_b", "failed")]
