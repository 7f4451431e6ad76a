"""Pipeline harness for reliability tests and the benchmark: temp workspaces wired through the env, synthetic
sites on the hostile server, the news_ingest tasks run in-process, and DB snapshots."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support import synthetic as syn
from tests.support.hostile_server import HostileServer, Reply

LOGICAL_DATE = "2026-02-01T06:00:00+00:00"

NO_SUCH_HOST = "feeds.nonexistent-host.invalid"  # RFC 2606: a .invalid name never resolves


def resolver_says_no_such_name(host: str = NO_SUCH_HOST) -> bool:
    """Whether this machine's resolver answers "no such name" for `host` (one with no DNS server to ask says "try
    again" instead, which the fetcher retries as any failed connection)."""
    try:
        socket.getaddrinfo(host, 80)
    except socket.gaierror as exc:
        return exc.errno == socket.EAI_NONAME
    return False

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


def serve_future_dated_article(srv: HostileServer, ws: Workspace, seed: int = 11) -> dict[int, bytes]:
    """A source "fut" of two articles whose second claims to be published in 2062 (validation quarantines it);
    returns the pages as they were before the date was changed."""
    pages = serve_site(srv, seed=seed, indices=[1, 2])
    future = re.sub(rb'published_time" content="[^"]+"', b'published_time" content="2062-01-01T00:00:00+00:00"', pages[2])
    srv.route(syn.article_path(2), Reply(200, future, etag=syn.etag(future)))
    ws.add_source("fut", srv.url("/feed.xml"))
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


def assert_clears_one_run(message: str, logical_date: str, task: str | None, downstream: bool = False) -> None:
    """The `airflow tasks clear` command in an error message clears `task` (every task: None) in the one run of
    `logical_date`: without `-s/-e` Airflow clears the task in every run of the DAG (hostile probe 28 F3), and it reads
    `-t` as a substring of task ids (`^validate$` matches none)."""
    import shlex
    from datetime import datetime

    commands = re.findall(r"`(airflow tasks clear [^`]*)`", message)
    assert len(commands) == 1, message
    args = shlex.split(commands[0])
    assert args[:4] == ["airflow", "tasks", "clear", "news_ingest"], commands
    options = dict(zip(args[4::1], args[5::1], strict=False))
    for flag in ("-s", "-e"):
        assert flag in args, f"{commands[0]!r} clears every run of the DAG"
        assert datetime.fromisoformat(options[flag]) == datetime.fromisoformat(logical_date), commands
    assert options.get("-t") == task and ("--downstream" in args) == downstream, commands


def query(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, bytes]:
    """Every base table's full contents, sorted, as canonical bytes: equal bytes mean equal query results.

    Rows are serialised with repr (exact for floats, timestamps and lists); Arrow IPC bytes are not
    canonical (string-view buffers may be laid out differently for equal values)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    out: dict[str, bytes] = {}
    try:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_type = 'BASE TABLE' "
            "and table_schema = 'main' and table_name <> 'schema_migrations' order by 1").fetchall()]
        for table in tables:
            rows = con.execute(f'select * from "{table}" order by all').fetchall()  # noqa: S608 - names from the catalog
            out[table] = repr(rows).encode("utf-8")
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


def stage_bulk_run(run_key: str, logical_date: str, n: int, text_bytes: int = 4000, source_id: str = "bulk",
                   prefix: str = "http://127.0.0.1:9/bulk", validated: bool = True) -> None:
    """Stage a run as the crawl and validate tasks would, without them: `n` articles with one sanction each
    (`validated=False`: as the crawl tasks would only, for the validate task to run on).

    Large enough runs make the loader's transaction last long enough to crash or contend with it.
    Uses the TRADEWATCH_STORAGE of the environment."""
    from datetime import datetime

    import pyarrow as pa

    from tradewatch import pipeline, staging
    from tradewatch.fetch.urls import article_id

    when = datetime.fromisoformat(logical_date)
    urls = [f"{prefix}/{i}" for i in range(n)]
    ids = [article_id(u) for u in urls]
    filler = ("Sanctions were imposed on a shipping company for evading the oil price cap. " * (text_bytes // 76 + 1))[:text_bytes]

    def table(name: str, columns: dict[str, list[Any]]) -> pa.Table:
        schema = pipeline.arrow_schema(name)
        full = {c: columns.get(c, [None] * n) for c in pipeline.COLUMNS[name]}
        return pa.table(full, schema=schema)

    sha = [f"{i:064x}" for i in range(n)]
    articles = table("articles", {
        "article_id": ids, "source_id": [source_id] * n, "url": urls, "title": [f"Article {i}" for i in range(n)],
        "published_at": [when] * n, "text": [f"{i} {filler}" for i in range(n)], "language": ["en"] * n,
        "sha256": sha, "fetched_at": [when] * n, "first_seen_at": [when] * n, "last_seen_at": [when] * n,
    })
    sanctions = table("sanctions", {
        "sanction_id": [f"s{a}" for a in ids], "article_id": ids, "authority": ["OFAC"] * n,
        "evidence": ["Sanctions were imposed"] * n, "start_offset": [0] * n, "end_offset": [22] * n,
        "confidence": [0.9] * n, "extractor_version": ["bulk"] * n,
    })
    fetches = table("fetches", {
        "run_id": [run_key] * n, "source_id": [source_id] * n, "url": urls, "status": [200] * n,
        "bytes": [text_bytes] * n, "sha256": sha, "fetched_at": [when] * n,
    })
    cache = table("http_cache", {"url": urls, "etag": [f'"{s[:16]}"' for s in sha], "sha256": sha,
                                 "article_id": ids, "recorded_for": [when] * n})
    runs = pa.table({
        "run_id": [run_key], "source_id": [source_id], "logical_date": [when], "status": ["ok"], "fetched": [n],
        "new": [0], "updated": [0], "unchanged": [0], "skipped": [0], "failed": [0], "records": [n], "error": [None],
    }, schema=pipeline.arrow_schema("source_runs"))
    pipeline.clear_stage(run_key, "all")
    staging.write_parquet(fetches, run_key, "crawl", "fetches", f"{source_id}.parquet")
    staging.write_parquet(cache, run_key, "crawl", "http_cache", f"{source_id}.parquet")
    staging.write_parquet(runs, run_key, "crawl", "source_runs", f"{source_id}.parquet")
    stage = "validated" if validated else "crawl"
    for k, start in enumerate(range(0, n, pipeline.CHUNK_ARTICLES)):  # in chunk files, as the tasks write them
        staging.write_parquet(articles.slice(start, pipeline.CHUNK_ARTICLES), run_key, stage, "articles", f"{k:04d}.parquet")
        staging.write_parquet(sanctions.slice(start, pipeline.CHUNK_ARTICLES), run_key, stage, "sanctions", f"{k:04d}.parquet")
    if validated:
        pipeline.write_load_manifest(run_key)  # the validate task's last step
