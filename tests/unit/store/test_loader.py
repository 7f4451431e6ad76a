"""The loader's article merge: new articles in, known ones keep their first sighting and source and take
the newest content; one row per article however many sources or copies reach it in a run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pyarrow as pa
import pytest

from tradewatch import pipeline
from tradewatch.store.db import connect
from tradewatch.store.loader import CRAWL_TABLES, VALIDATED_TABLES, load_frames

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def _article(article_id: str, source_id: str = "src_b", text: str = "Body.", fetched_at: datetime | None = T0,
             seen: datetime = T0, title: str = "Title") -> dict[str, Any]:
    return {"article_id": article_id, "source_id": source_id, "url": f"https://news.example.org/{article_id}",
            "title": title, "published_at": T0 - 24 * HOUR, "text": text, "language": "en",
            "sha256": f"sha-{text}", "fetched_at": fetched_at, "first_seen_at": seen, "last_seen_at": seen}


def _frames(articles: list[dict[str, Any]]) -> dict[str, pa.Table]:
    frames = {}
    for table in CRAWL_TABLES + VALIDATED_TABLES:
        rows = articles if table == "articles" else []
        frames[table] = pa.Table.from_pylist(rows, schema=pipeline.arrow_schema(table))
    return frames


def _load(con: Any, run: str, when: datetime, articles: list[dict[str, Any]]) -> None:
    load_frames(con, _frames(articles), run, when)


def _stored(con: Any) -> dict[str, tuple[Any, ...]]:
    rows = con.execute("select article_id, source_id, title, text, sha256, fetched_at, first_seen_at, last_seen_at "
                       "from articles order by article_id").fetchall()
    return {r[0]: r[1:] for r in rows}


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "t.duckdb")
    yield con
    con.close()


def test_new_articles_are_inserted_once_per_id_with_the_first_source(con):
    _load(con, "r1", T0, [_article("a1", "src_b"), _article("a1", "src_a"), _article("a2")])
    stored = _stored(con)
    assert sorted(stored) == ["a1", "a2"]
    assert stored["a1"][0] == "src_a"


def test_newer_different_content_replaces_text_but_keeps_source_and_first_sighting(con):
    _load(con, "r1", T0, [_article("a1", "src_a", text="First version.")])
    later = T0 + 6 * HOUR
    _load(con, "r2", later, [_article("a1", "src_b", text="Corrected version.", title="New title",
                                      fetched_at=later, seen=later)])
    source, title, text, sha, fetched, first_seen, last_seen = _stored(con)["a1"]
    assert (source, title, text, sha) == ("src_a", "New title", "Corrected version.", "sha-Corrected version.")
    assert (fetched, first_seen, last_seen) == (later, T0, later)
    assert con.execute("select count(*) from articles").fetchone()[0] == 1


def test_an_older_copy_keeps_the_stored_content_and_widens_the_sighting(con):
    _load(con, "r1", T0, [_article("a1", text="Current.")])
    earlier = T0 - 6 * HOUR
    _load(con, "r0", earlier, [_article("a1", text="Stale.", fetched_at=earlier, seen=earlier)])
    _source, _title, text, _sha, fetched, first_seen, last_seen = _stored(con)["a1"]
    assert text == "Current."
    assert (fetched, first_seen, last_seen) == (T0, earlier, T0)


def test_same_content_later_only_moves_the_timestamps(con):
    _load(con, "r1", T0, [_article("a1", text="Same.")])
    later = T0 + 2 * HOUR
    _load(con, "r2", later, [_article("a1", text="Same.", fetched_at=later, seen=later)])
    _source, _title, text, _sha, fetched, first_seen, last_seen = _stored(con)["a1"]
    assert (text, fetched, first_seen, last_seen) == ("Same.", later, T0, later)


def test_a_copy_without_fetch_time_keeps_the_content(con):
    _load(con, "r1", T0, [_article("a1", text="Kept.")])
    later = T0 + HOUR
    _load(con, "r2", later, [_article("a1", text="Unknown age.", fetched_at=None, seen=later)])
    _source, _title, text, _sha, fetched, _first, last_seen = _stored(con)["a1"]
    assert (text, fetched, last_seen) == ("Kept.", T0, later)


def test_reloading_a_run_gives_identical_rows(con):
    batch = [_article("a1", "src_a", text="One."), _article("a2", "src_b", text="Two.")]
    _load(con, "r1", T0, batch)
    first = _stored(con)
    _load(con, "r1", T0, batch)
    assert _stored(con) == first
    assert con.execute("select count(*) from duckdb_tables() where table_name like 'tw_load%'").fetchone()[0] == 0


def test_files_with_only_empty_inputs_and_no_parameters_are_idle():
    from tradewatch.store.loader import idle_files, load_statements

    statements = [
        ("a.sql", "insert into t select * from s_x"),
        ("b.sql", "delete from t where run_id = $run_id"),
        ("c.sql", "insert into t select * from s_x join s_y using (k)"),
        ("d.sql", "update t set v = 1 where k in (select k from s_y) and d < $logical_date"),
        ("e.sql", "create temp table k as select 1"),
    ]
    assert idle_files(statements, {"x"}) == {"a.sql"}
    assert idle_files(statements, {"x", "y"}) == {"a.sql", "c.sql"}
    assert idle_files(statements, set()) == set()
    # the shipped files: a run with nothing staged still replaces its fetches, quality and source runs
    everything = {"fetches", "seen", "http_cache", "source_runs", "articles", "sanctions", "sanction_targets",
                  "deals", "deal_parties", "quarantine", "dq_results"}
    idle = idle_files(load_statements(), everything)
    assert "03_articles.sql" in idle and "01_fetches.sql" not in idle and "11_source_runs_insert.sql" not in idle


def test_a_run_with_nothing_new_changes_only_its_own_rows(con):
    _load(con, "r1", T0, [_article("a1", text="Kept.")])
    before = _stored(con)
    later = T0 + HOUR
    frames = _frames([])
    frames["source_runs"] = pa.Table.from_pylist(
        [{"run_id": "r2", "source_id": "src_b", "logical_date": later, "status": "ok", "fetched": 0, "new": 0,
          "updated": 0, "unchanged": 1, "skipped": 0, "failed": 0, "records": 0, "error": None}],
        schema=pipeline.arrow_schema("source_runs"))
    frames["seen"] = pa.Table.from_pylist([{"article_id": "a1", "url": "https://news.example.org/a1"}],
                                          schema=pipeline.arrow_schema("seen"))
    load_frames(con, frames, "r2", later)
    after = _stored(con)
    assert after["a1"][:6] == before["a1"][:6] and after["a1"][6] == later  # only last_seen_at moved
    assert con.execute("select run_id, unchanged from source_runs order by run_id").fetchall() == [("r2", 1)]


def test_a_backfill_before_publication_does_not_move_the_first_sighting_back(con):
    # hostile probe 16: a backfill of a date months before an article was published, run after a later date had loaded
    # it, set its first sighting to the backfill's date; its records left the briefing of the day they were first seen
    published = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    seen = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    row = _article("a1", seen=seen, fetched_at=seen)
    row["published_at"] = published
    _load(con, "r-nov", seen, [row])
    backfill = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    early = _article("a1", seen=backfill, fetched_at=backfill)
    early["published_at"] = published
    _load(con, "r-mar", backfill, [early])
    assert _stored(con)["a1"][5] == seen  # first_seen_at: the real first sighting
    # a backfill of a day after publication did see it then: that sighting counts
    day_after = datetime(2026, 11, 3, 6, 0, tzinfo=UTC)
    later = _article("a1", seen=day_after, fetched_at=day_after)
    later["published_at"] = published
    _load(con, "r-3nov", day_after, [later])
    assert _stored(con)["a1"][5] == day_after
