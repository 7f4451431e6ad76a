"""A crawl that cannot read the warehouse (another process holds DuckDB's write lock past the crawl's wait: a long list
refresh) fetches every known page without conditional GETs. Hostile probe 27 F2: the load then counted each unchanged
page "updated", and only the crawl's log said why. An unchanged site refetched without the cache loads 0 updated,
no duplicate rows, and its source run says that the warehouse could not be read."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline, serve_site
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline

PAGES = [1, 2, 3, 4]
_TABLES = ("articles", "sanctions", "sanction_targets", "deals", "deal_parties")


@contextmanager
def _write_lock_held(db: Path) -> Iterator[None]:
    """Another process holds the DuckDB file's write lock (as a list refresh does) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "time.sleep(300)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.kill()
        holder.wait()


def _counts(db: Path) -> dict[str, tuple[int, int]]:
    key = {"sanction_targets": "sanction_id || '/' || target_idx", "deal_parties": "deal_id || '/' || party_idx",
           "sanctions": "sanction_id", "deals": "deal_id"}
    return {t: query(db, f"select count(*), count(distinct {key.get(t, 'article_id')}) from {t}")[0]  # noqa: S608
            for t in _TABLES}


def test_an_unchanged_site_fetched_without_the_cache_counts_no_page_updated(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 41, PAGES)
    workspace.add_source("wire", srv.url("/feed.xml"))
    run_pipeline(workspace)
    before = _counts(workspace.duckdb)
    assert before["articles"] == (len(PAGES), len(PAGES)) and before["sanctions"][0] > 0

    # The next day, while another process holds the write lock past the crawl's wait, the same site is crawled; the
    # lock is let go before the load (which waits for it in any case).
    monkeypatch.setattr(pipeline, "STORE_WAIT_SECONDS", 0.5)
    day = (datetime.fromisoformat(LOGICAL_DATE) + timedelta(days=1)).isoformat()
    with _write_lock_held(workspace.duckdb):
        crawled = pipeline.crawl_source("wire", day, day, sources_dir=workspace.sources)
    assert crawled["status"] == "ok" and crawled["fetched"] == len(PAGES)
    for i in PAGES:  # every page was asked for whole: the validators could not be read
        last = srv.hits(syn.article_path(i))[-1]
        assert "if-none-match" not in last.headers
    pipeline.validate_run(day, day)
    pipeline.load_run(day, day)

    (row,) = query(workspace.duckdb, "select fetched, new, updated, unchanged, skipped, failed, error from source_runs "
                                     "where run_id = ?", [day])
    fetched, new, updated, unchanged, skipped, failed, error = row
    assert (fetched, new, updated, unchanged, skipped, failed) == (len(PAGES), 0, 0, len(PAGES), 0, 0)
    assert "the warehouse could not be read" in error and "no conditional GETs were sent" in error
    assert _counts(workspace.duckdb) == before  # no article or record stored twice
    assert query(workspace.duckdb, "select count(*) from articles where last_seen_at = ?::timestamptz", [day]) == [
        (len(PAGES),)]


def test_a_changed_page_fetched_without_the_cache_is_still_counted_updated(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.hostile_server import Reply

    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 42, PAGES)
    workspace.add_source("wire", srv.url("/feed.xml"))
    run_pipeline(workspace)
    edited = syn.article_html(42, 2, revision=1)
    srv.route(syn.article_path(2), Reply(200, edited, etag=syn.etag(edited)))

    monkeypatch.setattr(pipeline, "STORE_WAIT_SECONDS", 0.5)
    day = (datetime.fromisoformat(LOGICAL_DATE) + timedelta(days=1)).isoformat()
    # twice: a rerun of the date compares with the same earlier validators (not with what its first attempt stored), so
    # it counts as the first attempt did
    for _attempt in range(2):
        with _write_lock_held(workspace.duckdb):
            pipeline.crawl_source("wire", day, day, sources_dir=workspace.sources)
        pipeline.validate_run(day, day)
        pipeline.load_run(day, day)
        assert query(workspace.duckdb, "select new, updated, unchanged from source_runs where run_id = ?", [day]) == [
            (0, 1, len(PAGES) - 1)]
    assert query(workspace.duckdb, "select count(*) from articles where sha256 = ?", [hashlib.sha256(edited).hexdigest()]) == [(1,)]
