"""Opening the store: a file written by a newer Tradewatch is refused, clearly and without a change."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tradewatch.store.db import ForeignDatabaseError, NewerSchemaError, connect, migrations


def _file_from_the_future(path: Path) -> int:
    """A store migrated here, then marked as having one migration more than this code ships."""
    con = connect(path)
    newest = max(version for version, _, _ in migrations())
    con.execute("insert into schema_migrations (version, name) values (?, 'from_a_later_release')", [newest + 1])
    con.close()
    return newest


def _state(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("select version, name from schema_migrations order by version").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_a_store_with_a_newer_schema_is_refused_naming_the_file_and_both_versions(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "tradewatch.duckdb"
    newest = _file_from_the_future(path)
    before = _state(path)
    with pytest.raises(NewerSchemaError) as caught:
        connect(path, read_only=read_only)
    message = str(caught.value)
    assert str(path) in message
    assert f"schema version {newest + 1}" in message and f"knows up to {newest}" in message
    assert "TRADEWATCH_DUCKDB" in message
    assert _state(path) == before  # nothing applied, nothing rewritten
    # the refused connection was closed: another writer can open the file at once
    duckdb.connect(str(path)).close()


def test_a_store_missing_only_older_migrations_is_still_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "tradewatch.duckdb"
    connect(path).close()
    raw = duckdb.connect(str(path))
    oldest = min(version for version, _, _ in migrations())
    raw.execute("delete from schema_migrations where version <> ?", [oldest])
    raw.close()
    con = connect(path)
    try:
        versions = [row[0] for row in con.execute("select version from schema_migrations order by 1").fetchall()]
    finally:
        con.close()
    assert versions == sorted(version for version, _, _ in migrations())


def test_a_connection_waiting_for_another_writer_says_so_then_opens_when_it_is_done(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # hostile probe 8: `tradewatch status` waited up to two minutes behind a load without a word
    import logging
    import subprocess
    import sys
    import threading
    import time

    from tradewatch.store import db

    path = tmp_path / "tradewatch.duckdb"
    connect(path).close()
    # (held until the notice is out, not for a fixed 2.5 s: on a loaded machine the holder was gone before it)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "sys.stdin.readline()", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def release_once_told() -> None:
        deadline = time.monotonic() + 60
        while not any("another process has it open" in r.getMessage() for r in list(caplog.records)):
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)
        assert holder.stdin is not None
        holder.stdin.close()  # the holder reads the end of its input and exits

    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(db, "WAIT_NOTICE_SECONDS", 0.5)
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="tradewatch.store.db"):
            releaser = threading.Thread(target=release_once_told, daemon=True)
            releaser.start()
            con = connect(path, read_only=True, wait_seconds=60)
        con.close()
        releaser.join(60)
        assert time.monotonic() - started > 0.5  # it did wait for the holder
        (told,) = [r for r in caplog.records if "another process has it open" in r.getMessage()]
        assert str(path) in told.getMessage() and "giving up after 60 s" in told.getMessage()
        assert f"PID {holder.pid}" in told.getMessage() and "writing it" in told.getMessage()
    finally:
        holder.kill()
        holder.wait()


def test_days_are_taken_in_utc_whatever_the_machines_time_zone(tmp_path: Path) -> None:
    # hostile probe 12: the views' `published_at::date` moved a day back west of UTC (DuckDB's session zone is the
    # machine's), so a record on the 1st counted in the month before on an analyst's laptop
    import os
    import subprocess
    import sys

    script = ("from tradewatch.store.db import connect\n"
              f"con = connect({str(tmp_path / 'tw.duckdb')!r})\n"
              "print(con.execute(\"select (timestamptz '2026-02-01 06:00:00+00')::date\").fetchone()[0])\n")
    env = {**os.environ, "TZ": "America/Los_Angeles", "TRADEWATCH_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "2026-02-01"


@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_another_applications_database_is_refused_and_left_untouched(tmp_path: Path, read_only: bool) -> None:
    # hostile probe 14: `tradewatch status` pointed at another application's file wrote Tradewatch's tables into it,
    # then failed on that application's own `articles` table, leaving the file half-migrated
    path = tmp_path / "other_app.duckdb"
    raw = duckdb.connect(str(path))
    raw.execute("create table articles (id integer, body varchar)")
    raw.execute("insert into articles values (1, 'theirs')")
    raw.close()
    with pytest.raises(ForeignDatabaseError) as caught:
        connect(path, read_only=read_only)
    assert str(path) in str(caught.value) and "TRADEWATCH_DUCKDB" in str(caught.value)
    raw = duckdb.connect(str(path), read_only=True)
    try:
        tables = raw.execute("select table_name from information_schema.tables").fetchall()
        assert tables == [("articles",)]
        assert raw.execute("select * from articles").fetchall() == [(1, "theirs")]
    finally:
        raw.close()


def test_an_empty_database_file_is_taken_as_new(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    duckdb.connect(str(path)).close()  # created by someone else, but holds nothing yet
    connect(path).close()
    con = connect(path, read_only=True)
    try:
        assert con.execute("select count(*) from schema_migrations").fetchone()[0] == len(migrations())
    finally:
        con.close()


def test_a_store_from_before_fetches_per_source_keeps_its_fetches_and_takes_one_url_from_two_sources(
    tmp_path: Path,
) -> None:
    """Hostile probe 25 F5: `fetches` was keyed by (run_id, url), so a URL two sources linked in one run kept one
    source's row. A store written before keeps its rows when it is opened, and takes both sources' rows after."""
    path = tmp_path / "tradewatch.duckdb"
    raw = duckdb.connect(str(path))
    raw.execute("create table schema_migrations (version integer primary key, name varchar not null, "
                "applied_at timestamptz not null default current_timestamp)")
    for version, name, sql in migrations():
        if version < 12:
            raw.execute(sql)
            raw.execute("insert into schema_migrations (version, name) values (?, ?)", [version, name])
    row = ["2026-01-01T06:00:00+00:00", "left", "http://127.0.0.1:9/n/a1", 200, 10, "ab", "2026-01-01 06:00:00+00", None]
    raw.execute("insert into fetches values (?, ?, ?, ?, ?, ?, ?, ?)", row)
    raw.close()

    con = connect(path)
    try:
        con.execute("insert into fetches values (?, ?, ?, ?, ?, ?, ?, ?)", [row[0], "right", *row[2:]])
        got = con.execute("select source_id, url, status from fetches order by 1").fetchall()
    finally:
        con.close()
    assert got == [("left", row[2], 200), ("right", row[2], 200)]


def test_a_store_from_before_text_digests_gets_the_digest_of_every_stored_text(tmp_path: Path) -> None:
    """Hostile probe 27 F3: a crawl looks up its texts' digests in `article_text_digests` (migration 0013); a store
    written before it gets the digest of each article it holds when it is opened, as the crawl works them out."""
    import hashlib

    path = tmp_path / "tradewatch.duckdb"
    raw = duckdb.connect(str(path))
    raw.execute("create table schema_migrations (version integer primary key, name varchar not null, "
                "applied_at timestamptz not null default current_timestamp)")
    for version, name, sql in migrations():
        if version < 13:
            raw.execute(sql)
            raw.execute("insert into schema_migrations (version, name) values (?, ?)", [version, name])
    texts = {"a1": "Sanctions on Überseehandel GmbH — “quoted” 制裁", "a2": "Another text.\n"}
    for aid, text in texts.items():
        raw.execute("insert into articles (article_id, source_id, url, text, first_seen_at, last_seen_at) "
                    "values (?, 's', ?, ?, '2026-01-01', '2026-01-01')", [aid, f"http://127.0.0.1:9/{aid}", text])
    raw.execute("insert into articles (article_id, source_id, url, text, first_seen_at, last_seen_at) "
                "values ('a3', 's', 'http://127.0.0.1:9/a3', null, '2026-01-01', '2026-01-01')")
    raw.close()

    con = connect(path)
    try:
        got = dict(con.execute("select article_id, text_sha256 from article_text_digests").fetchall())
    finally:
        con.close()
    assert got == {aid: hashlib.sha256(text.encode("utf-8")).hexdigest() for aid, text in texts.items()}
