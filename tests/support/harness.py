"""Pipeline harness for reliability tests and the benchmark: temp workspaces wired through the env, synthetic
sites on the hostile server, the news_ingest tasks run in-process, and DB snapshots."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from support import synthetic as syn
from support.hostile_server import HostileServer, Reply

LOGICAL_DATE = "2026-02-01T06:00:00+00:00"

# Short timeouts and backoffs: the whole suite has to stay within a few minutes.
FAST_ENV = {
    "TRADEWATCH_MIN_INTERVAL": "0",
    "TRADEWATCH_BACKOFF": "0.05",
    "TRADEWATCH_MAX_RETRIES": "2",
    "TRADEWATCH_TIMEOUT_READ": "0.5",
    "TRADEWATCH_TIMEOUT_CONNECT": "2",
    "TRADEWATCH_MAX_RETRY_AFTER": "5",
    "TRADEWATCH_MAX_BYTES": str(2 * 1024 * 1024),
    "TRADEWATCH_LOG_LEVEL": "ERROR",
}


@dataclass
class Workspace:
    """Where one test's pipeline reads sources and writes everything."""

    root: Path
    sources: Path
    data: Path

    @property
    def duckdb(self) -> Path:
        return self.data / "tradewatch.duckdb"

    def env(self) -> dict[str, str]:
        return {
            **FAST_ENV,
            "TRADEWATCH_DATA_DIR": str(self.data),
            "TRADEWATCH_DUCKDB": str(self.duckdb),
            "TRADEWATCH_STORAGE": str(self.data / "staging"),
            "TRADEWATCH_SOURCES_DIR": str(self.sources),
            "GX_ANALYTICS_ENABLED": "false",
        }

    def add_source(self, source_id: str, url: str, **extra: Any) -> None:
        (self.sources / f"{source_id}.yml").write_text(syn.source_yaml(source_id, url, **extra), encoding="utf-8")


def make_workspace(root: Path) -> Workspace:
    ws = Workspace(root, root / "sources", root / "data")
    ws.sources.mkdir(parents=True, exist_ok=True)
    ws.data.mkdir(parents=True, exist_ok=True)
    return ws


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    ws = make_workspace(tmp_path)
    for key, value in ws.env().items():
        monkeypatch.setenv(key, value)
    return ws


def serve_site(srv: HostileServer, seed: int, indices: range | list[int], feed: str = "/feed.xml") -> dict[int, bytes]:
    """Route a synthetic site's feed and article pages (with ETags) on `srv`; returns the pages."""
    pages = {i: syn.article_html(seed, i) for i in indices}
    srv.route(feed, Reply(200, syn.rss_feed(srv.base_url, list(indices)), content_type="application/rss+xml"))
    for i, body in pages.items():
        srv.route(syn.article_path(i), Reply(200, body, etag=syn.etag(body)))
    return pages


def run_pipeline(ws: Workspace, run_key: str = LOGICAL_DATE, logical_date: str = LOGICAL_DATE) -> dict[str, Any]:
    """The news_ingest DAG's tasks, in order, in this process: list -> crawl each -> validate -> load."""
    from tradewatch import pipeline
    from tradewatch.settings import get_settings

    settings = get_settings()
    ids = pipeline.list_enabled_sources(run_key, logical_date, ws.sources)
    crawled = {s: pipeline.crawl_source(s, run_key, logical_date, sources_dir=ws.sources, settings=settings) for s in ids}
    validated = pipeline.validate_run(run_key, logical_date, settings)
    loaded = pipeline.load_run(run_key, logical_date, settings)
    return {"sources": ids, "crawled": crawled, "validated": validated, "loaded": loaded}


def query(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, bytes]:
    """Every base table's full contents, sorted, as Arrow IPC bytes: equal bytes mean equal query results."""
    import duckdb
    import pyarrow as pa

    con = duckdb.connect(str(db), read_only=True)
    out: dict[str, bytes] = {}
    try:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_type = 'BASE TABLE' "
            "and table_schema = 'main' order by 1").fetchall()]
        for table in tables:
            arrow = con.execute(f'select * from "{table}" order by all').fetch_arrow_table()  # noqa: S608 - names from the catalog
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, arrow.schema) as writer:
                writer.write_table(arrow)
            out[table] = sink.getvalue().to_pybytes()
    finally:
        con.close()
    return out


@pytest.fixture
def servers() -> Iterator[list[HostileServer]]:
    """Start servers with `servers.append(HostileServer().start())`; all are stopped afterwards."""
    started: list[HostileServer] = []
    yield started
    for srv in started:
        srv.stop()


def subprocess_env(ws: Workspace) -> dict[str, str]:
    return {**os.environ, **ws.env()}
