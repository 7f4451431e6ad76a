"""The name index is built once per set of list versions: reused from memory or the pickle, rebuilt on change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.lists.lists_support import FIXTURES
from tradewatch.lists import index_cache
from tradewatch.lists.matching import load_index, refresh_matches
from tradewatch.lists.parsers import parse_file
from tradewatch.lists.store import load_version, to_tables
from tradewatch.store.db import open_db

DAY1 = dt.datetime(2026, 3, 1, 6, tzinfo=dt.UTC)
DAY2 = dt.datetime(2026, 3, 2, 6, tzinfo=dt.UTC)


def load(con, fixture: str, version: str, as_of: dt.datetime) -> None:
    entities = list(parse_file("ofac_sdn_xml", FIXTURES / fixture, "us_ofac_sdn"))
    load_version(con, "us_ofac_sdn", version, *to_tables("us_ofac_sdn", version, entities), None, as_of)


@pytest.fixture
def con(env: Path) -> Iterator:
    index_cache.clear_memory()
    with open_db(env / "t.duckdb") as connection:
        load(connection, "sdn.xml", "v1", DAY1)
        yield connection
    index_cache.clear_memory()


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts index builds (one entry per build, its size)."""
    counted: list[int] = []
    real = index_cache.build_index

    def counting(con):
        index = real(con)
        counted.append(len(index))
        return index

    monkeypatch.setattr(index_cache, "build_index", counting)
    return counted


def test_second_call_reuses_the_index(con, builds: list[int]) -> None:
    first = load_index(con)
    assert load_index(con) is first
    refresh_matches(con, 90, None, as_of=DAY1)
    refresh_matches(con, 90, ["a1"], as_of=DAY1)
    assert len(builds) == 1


def test_a_new_process_reads_the_pickle(con, env: Path, builds: list[int]) -> None:
    first = load_index(con)
    pickles = list((env / "lists").glob("index-*.pkl"))
    assert len(pickles) == 1
    index_cache.clear_memory()  # what a fresh Airflow task process starts with
    again = load_index(con)
    assert again is not first and len(builds) == 1
    assert [m.entity_id for m in again.search("Rosneft", 90)] == ["us_ofac_sdn:25370"]


def test_a_list_change_invalidates_the_index(con, env: Path, builds: list[int]) -> None:
    assert load_index(con).search("Sovcomflot", 90) == []
    load(con, "sdn_v2.xml", "v2", DAY2)
    assert [m.entity_id for m in load_index(con).search("Sovcomflot", 90)] == ["us_ofac_sdn:50001"]
    assert len(builds) == 2
    assert len(list((env / "lists").glob("index-*.pkl"))) == 1  # the outdated pickle is removed


def test_names_changed_without_a_new_version_still_invalidate(con, builds: list[int]) -> None:
    load_index(con)
    con.execute("update list_names set name = 'SOVCOMFLOT' where entity_id = 'us_ofac_sdn:36'")
    assert [m.entity_id for m in load_index(con).search("Sovcomflot", 90)] == ["us_ofac_sdn:36"]
    assert len(builds) == 2


def test_a_broken_pickle_is_rebuilt(con, env: Path, builds: list[int]) -> None:
    load_index(con)
    (pickle_path,) = (env / "lists").glob("index-*.pkl")
    pickle_path.write_bytes(b"not a pickle")
    index_cache.clear_memory()
    assert [m.entity_id for m in load_index(con).search("Rosneft", 90)] == ["us_ofac_sdn:25370"]
    assert len(builds) == 2
