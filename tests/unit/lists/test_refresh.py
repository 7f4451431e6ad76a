"""Refreshing lists end to end against a local server: load, skip unchanged, record changes, atomicity."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.unit.lists.lists_support import FIXTURES, write_registry
from tradewatch.lists import store
from tradewatch.lists.parsers import PARSER_VERSION
from tradewatch.lists.refresh import ListsRefreshFailed, refresh_lists
from tradewatch.settings import get_settings
from tradewatch.store.db import open_db

DAY1 = dt.datetime(2026, 3, 1, 6, tzinfo=dt.UTC)
DAY2 = dt.datetime(2026, 3, 2, 6, tzinfo=dt.UTC)


def rows(sql: str, params: list | None = None) -> list[tuple]:
    with open_db(get_settings().duckdb_path, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_first_load_fills_the_common_tables(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url)
    result = refresh_lists(registry, as_of=DAY1)
    assert result["failed"] == {}
    counts = dict(rows("select list_id, count(*) from list_entities group by list_id"))
    assert counts == {"us_ofac_sdn": 4, "uk_sanctions_list": 3, "eu_fsf": 2, "un_sc": 2}
    assert rows("select count(*) from list_versions where is_current") == [(4,)]
    # every entity has its primary name in list_names, normalised
    assert rows(
        "select count(*) from list_entities e anti join list_names n "
        "on n.entity_id = e.entity_id and not n.is_alias and n.name = e.primary_name"
    ) == [(0,)]
    assert ("rosneft",) in rows("select normalised_name from list_names where entity_id = 'us_ofac_sdn:25370'")
    assert rows("select count(*) from list_changes") == [(0,)]  # a first version is not "changes"


def test_unchanged_download_is_skipped(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    refresh_lists(registry, as_of=DAY1)
    second = refresh_lists(registry, as_of=DAY2)
    assert [s["status"] for s in second["staged"]] == ["unchanged"]
    assert second["matches"] is None  # nothing changed, nothing re-screened
    assert rows("select count(*) from list_versions") == [(1,)]


def test_a_new_database_file_gets_the_lists_its_state_files_say_were_loaded(served, env, tmp_path: Path) -> None:
    # red team round 3: with the DuckDB file replaced, "unchanged" left it without lists for ever
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    refresh_lists(registry, as_of=DAY1)
    get_settings().duckdb_path.unlink()
    second = refresh_lists(registry, as_of=DAY2)
    assert [s["status"] for s in second["staged"]] == ["staged"]
    assert rows("select count(*) from list_entities") == [(2,)]
    third = refresh_lists(registry, as_of=DAY2)
    assert [s["status"] for s in third["staged"]] == ["unchanged"]


def test_same_bytes_without_conditional_headers_is_skipped_by_hash(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    refresh_lists(registry, as_of=DAY1)
    # touch the file: Last-Modified moves, the bytes (and so the hash) do not
    path = served.root / "un_sc.xml"
    path.write_bytes(path.read_bytes())
    second = refresh_lists(registry, as_of=DAY2)
    assert [s["status"] for s in second["staged"]] == ["unchanged"]


def test_changed_list_records_additions_removals_and_changes(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    shutil.copy(FIXTURES / "sdn_v2.xml", served.root / "sdn.xml")
    result = refresh_lists(registry, as_of=DAY2)
    assert result["lists"]["us_ofac_sdn"]["status"] == "loaded"
    changes = {(c, e): d for c, e, d in rows("select change, entity_id, detail from list_changes")}
    assert set(changes) == {
        ("added", "us_ofac_sdn:50001"),
        ("removed", "us_ofac_sdn:36"),
        ("changed", "us_ofac_sdn:25370"),
    }
    assert "CYBER2" in changes[("changed", "us_ofac_sdn:25370")]
    # "who was added to the SDN list this week" is one query
    added = rows(
        "select primary_name from list_changes where list_id = 'us_ofac_sdn' and change = 'added' "
        "and changed_at >= ?", [DAY2 - dt.timedelta(days=7)]
    )
    assert added == [("SOVCOMFLOT",)]
    versions = rows("select is_current, entity_count from list_versions order by fetched_at")
    assert versions == [(False, 4), (True, 4)]
    assert rows("select count(*) from list_entities where entity_id = 'us_ofac_sdn:36'") == [(0,)]


def test_a_failed_load_leaves_the_previous_version_intact(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    shutil.copy(FIXTURES / "sdn_v2.xml", served.root / "sdn.xml")
    real = store.to_tables

    def broken(list_id, version, entities):  # a null primary name violates NOT NULL mid-transaction
        ent, names = real(list_id, version, entities)
        import pyarrow as pa

        idx = ent.schema.get_field_index("primary_name")
        return ent.set_column(idx, "primary_name", pa.array([None] * ent.num_rows, pa.string())), names

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store, "to_tables", broken)
        with pytest.raises(ListsRefreshFailed, match="us_ofac_sdn"):
            refresh_lists(registry, as_of=DAY2)
    assert rows("select count(*) from list_entities") == [(4,)]
    assert rows("select count(*) from list_entities where entity_id = 'us_ofac_sdn:36'") == [(1,)]
    assert rows("select count(*) from list_changes") == [(0,)]
    assert rows("select count(*) from list_versions") == [(1,)]
    # and the next good run still sees the new version as new
    result = refresh_lists(registry, as_of=DAY2)
    assert result["lists"]["us_ofac_sdn"]["status"] == "loaded"


def test_a_broken_list_does_not_stop_the_others(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc", "eu_fsf"))
    (served.root / "eu_fsf.xml").unlink()  # 404
    with pytest.raises(ListsRefreshFailed, match="eu_fsf.*the other list was refreshed"):
        refresh_lists(registry, as_of=DAY1)
    assert dict(rows("select list_id, count(*) from list_entities group by list_id")) == {"un_sc": 2}
    (served.root / "un_sc.xml").unlink()
    # (hostile probe 22: "4 list(s) failed (...); the others were loaded" when none was)
    with pytest.raises(ListsRefreshFailed, match="2 list\\(s\\) failed.*no list was refreshed"):
        refresh_lists(registry, as_of=DAY2)


def test_a_download_cut_short_says_so_and_keeps_the_loaded_version(served, env, tmp_path: Path) -> None:
    # hostile probe 18: a raw "XMLSyntaxError: ... (<string>, line 6)", then advice to check the URL that answered 200
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    before = rows("select entity_id from list_entities order by 1")
    text = (served.root / "sdn.xml").read_bytes()
    (served.root / "sdn.xml").write_bytes(text[: len(text) // 2])
    result = refresh_lists(registry, as_of=DAY1 + dt.timedelta(days=1), raise_on_failure=False)
    error = result["failed"]["us_ofac_sdn"]
    assert "not whole, well-formed XML" in error and "current version is kept" in error, error
    assert rows("select entity_id from list_entities order by 1") == before


def test_too_few_entities_is_an_error(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    path = registry / "un_sc.yml"
    path.write_text(path.read_text().replace("min_entities: 1", "min_entities: 100"))
    result = refresh_lists(registry, as_of=DAY1, raise_on_failure=False)
    assert "fewer than min_entities" in result["failed"]["un_sc"]


def test_a_list_in_another_format_names_the_element_expected_and_the_root_found(served, env, tmp_path: Path) -> None:
    # hostile probe 29 F12: OFAC's newer "advanced" shape failed with "parsed 0 entities ...", naming neither the
    # element the parser looks for nor what the file holds
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    (served.root / "sdn.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/'
        'PublicationPreview/exports/ADVANCED_XML"><DistinctParties><DistinctParty FixedRef="36"><Profile ID="36">'
        '<Identity><Alias Primary="true"><DocumentedName><DocumentedNamePart><NamePartValue>AEROCARIBBEAN AIRLINES'
        '</NamePartValue></DocumentedNamePart></DocumentedName></Alias></Identity></Profile></DistinctParty>'
        '</DistinctParties></Sanctions>', encoding="utf-8")
    result = refresh_lists(registry, as_of=DAY2, raise_on_failure=False)
    error = result["failed"]["us_ofac_sdn"]
    assert "reads <sdnEntry> elements and found 0 entries" in error, error
    assert "root element is <Sanctions> (namespace https://sanctionslistservice.ofac.treas.gov/" in error, error
    assert "current version is kept" in error
    assert rows("select count(*) from list_entities") == [(4,)]


@pytest.mark.parametrize(("list_id", "filename", "old", "new", "found"), [
    ("us_ofac_sdn", "sdn.xml", "<sdnType>Entity</sdnType>", "<sdnType>Company</sdnType>",
     "2 of 4 entries have no kind this parser reads in <sdnType> (found: 'Company' x2"),
    ("uk_sanctions_list", "uk_sanctions_list.xml", "IndividualEntityShip>", "EntityType>",
     "3 of 3 entries have no kind this parser reads in <IndividualEntityShip> (found: none x3"),
])
def test_a_list_whose_kind_field_changed_is_refused_and_the_loaded_version_kept(
        served, env, tmp_path: Path, list_id: str, filename: str, old: str, new: str, found: str) -> None:
    # hostile probe 29 F8: a renamed kind value or tag loaded every such entry as kind "unknown" without a word, which
    # switched off the person/organisation check (a company named after a listed person flagged at 98), and `lists
    # changes` reported each entry as "changed: kind"
    registry = write_registry(tmp_path / "registry", served.base_url, (list_id,))
    refresh_lists(registry, as_of=DAY1)
    before = rows("select entity_id, kind from list_entities order by 1")
    path = served.root / filename
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    result = refresh_lists(registry, as_of=DAY2, raise_on_failure=False)
    error = result["failed"][list_id]
    assert found in error and "current version is kept" in error, error
    assert rows("select entity_id, kind from list_entities order by 1") == before
    assert rows("select count(*) from list_changes") == [(0,)]


def test_a_kind_change_says_from_what_to_what(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    path = served.root / "sdn.xml"
    path.write_text(path.read_text(encoding="utf-8").replace("<sdnType>Entity</sdnType>", "<sdnType>Vessel</sdnType>", 1),
                    encoding="utf-8")
    refresh_lists(registry, as_of=DAY2)
    assert rows("select entity_id, detail from list_changes") == [("us_ofac_sdn:36", "kind: organization -> vessel")]


def test_a_version_that_loses_most_entries_is_refused_and_the_loaded_one_kept(served, env, tmp_path: Path) -> None:
    # red team round 3: a format change the parser half-read ("<UID>" for "<uid>") loaded as 7 of 8 entries removed
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    text = (served.root / "sdn.xml").read_text(encoding="utf-8")
    head, *entries = text.split("<sdnEntry>")
    kept = entries[-1].split("</sdnEntry>", 1)[1]  # what follows the last entry (the closing tags)
    shrunk = head + "<sdnEntry>" + entries[0].split("</sdnEntry>", 1)[0] + "</sdnEntry>" + kept
    (served.root / "sdn.xml").write_text(shrunk, encoding="utf-8")
    with pytest.raises(ListsRefreshFailed, match="fewer"):
        refresh_lists(registry, as_of=DAY2)
    assert rows("select count(*) from list_entities") == [(4,)]
    assert rows("select count(*) from list_changes") == [(0,)]


def test_a_refresh_that_fails_after_loading_a_list_recomputes_the_matches_on_its_retry(served, env, tmp_path: Path) -> None:
    # red team round 6: the list version committed, then the match pass crashed (or ran out of memory); the retry found
    # every list unchanged and skipped the matches, which stayed those of the old version for good
    from tradewatch.lists import matching

    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    first = refresh_lists(registry, as_of=DAY1)
    assert first["matches"] is not None
    assert rows("select count(*) from match_state") == [(1,)]
    shutil.copy(FIXTURES / "sdn_v2.xml", served.root / "sdn.xml")

    def crash(*args, **kwargs):
        raise MemoryError("the match pass ran out of memory")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(matching, "refresh_matches", crash)
        with pytest.raises(MemoryError):
            refresh_lists(registry, as_of=DAY2)
    versions = rows("select list_version from list_versions where is_current")
    assert len(versions) == 1 and rows("select list_versions from match_state")[0][0] != f"us_ofac_sdn={versions[0][0]}"
    retry = refresh_lists(registry, as_of=DAY2)
    assert [s["status"] for s in retry["staged"]] == ["unchanged"]
    assert retry["matches"] is not None  # recomputed: the matches were of the old version
    assert rows("select list_versions from match_state") == [
        (f"matcher={matching.MATCHER_VERSION};threshold=90;us_ofac_sdn={versions[0][0]}/parser={PARSER_VERSION}",)]
    again = refresh_lists(registry, as_of=DAY2)
    assert again["matches"] is None  # and now up to date: nothing to do
    # an upgrade whose matcher scores names otherwise: the stored matches are recomputed though no list changed
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(matching, "MATCHER_VERSION", matching.MATCHER_VERSION + "-next")
        upgraded = refresh_lists(registry, as_of=DAY2)
        assert [s["status"] for s in upgraded["staged"]] == ["unchanged"]
        assert upgraded["matches"] is not None
        assert refresh_lists(registry, as_of=DAY2)["matches"] is None


def test_an_invalid_registry_file_fails_its_own_list_and_the_others_load(served, env, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # red team round 6: one file naming an unset ${VAR} stopped every list from refreshing
    monkeypatch.delenv("TRADEWATCH_TEST_UNSET_LIST_BASE", raising=False)
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc", "eu_fsf"))
    (registry / "ch_seco.yml").write_text("list_id: ch_seco\ntitle: SECO\npublisher: SECO\n"
                                          "url: ${TRADEWATCH_TEST_UNSET_LIST_BASE}/seco.xml\nformat: un_sc_xml\n", encoding="utf-8")
    result = refresh_lists(registry, as_of=DAY1, raise_on_failure=False)
    assert "ch_seco.yml" in result["failed"]["ch_seco"] and "TRADEWATCH_TEST_UNSET_LIST_BASE" in result["failed"]["ch_seco"]
    assert dict(rows("select list_id, count(*) from list_entities group by list_id")) == {"un_sc": 2, "eu_fsf": 2}
    with pytest.raises(ListsRefreshFailed, match="ch_seco"):
        refresh_lists(registry, as_of=DAY2)


@pytest.mark.parametrize(("body", "words"), [
    ("title: Liste des personnes visées\n".encode("latin-1"), "not UTF-8"),
    (("title: " + "[" * 2000 + "]" * 2000 + "\n").encode(), "nested more than"),
], ids=["latin1", "deep"])
def test_a_file_that_cannot_be_read_fails_its_own_list_and_the_others_load(served, env, tmp_path: Path, body: bytes,
                                                                             words: str) -> None:
    # hostile probe: a Latin-1 file (UnicodeDecodeError) or a deeply nested one (RecursionError) stopped every list
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc", "eu_fsf"))
    (registry / "ch_seco.yml").write_bytes(b"publisher: SECO\nurl: https://x.org/seco.xml\nformat: un_sc_xml\n" + body)
    result = refresh_lists(registry, as_of=DAY1, raise_on_failure=False)
    assert list(result["failed"]) == ["ch_seco"]
    assert "ch_seco.yml" in result["failed"]["ch_seco"] and words in result["failed"]["ch_seco"], result["failed"]
    assert dict(rows("select list_id, count(*) from list_entities group by list_id")) == {"un_sc": 2, "eu_fsf": 2}


def test_two_refreshes_staging_the_same_version_at_once_both_succeed(served, env, tmp_path: Path) -> None:
    # red team round 6: both wrote the version's folder in place; one parsed a file the other was rewriting
    import threading

    from tradewatch.lists.refresh import stage_list

    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    for _ in range(3):
        results: list[dict] = []
        threads = [threading.Thread(target=lambda out=results: out.append(stage_list("us_ofac_sdn", registry)))
                   for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert [r["status"] for r in results] == ["staged", "staged"], results
        assert len({r["sha256"] for r in results}) == 1
    folder = Path(results[0]["folder"])
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []  # no temp file left behind


def test_a_version_that_loses_half_its_names_is_refused_unless_accepted(served, env, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # red team round 6: "<aka>" renamed "<alias>" dropped every alias and loaded without a word
    monkeypatch.setattr(store, "MAX_SHRINK_PERCENT", 30)  # the fixture's 4 entries have 5 aliases: 9 names become 4
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    names = rows("select count(*) from list_names")[0][0]
    text = (served.root / "sdn.xml").read_text(encoding="utf-8")
    assert "<aka>" in text
    (served.root / "sdn.xml").write_text(text.replace("<aka>", "<alias>").replace("</aka>", "</alias>")
                                         .replace("<publshDate>", "<publshDate>x"), encoding="utf-8")
    with pytest.raises(ListsRefreshFailed, match="names.*accept-shrink us_ofac_sdn"):
        refresh_lists(registry, as_of=DAY2)
    assert rows("select count(*) from list_names")[0][0] == names
    accepted = refresh_lists(registry, as_of=DAY2, accept_shrink=frozenset({"us_ofac_sdn"}))
    assert accepted["lists"]["us_ofac_sdn"]["status"] == "loaded"
    assert rows("select count(*) from list_names")[0][0] < names


def test_old_and_failed_versions_are_not_kept_on_disk(served, env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # red team round 6: every downloaded version stayed for ever (~200 MB per SDN publication), failed ones too
    from tradewatch.lists import refresh as refresh_module
    from tradewatch.lists.refresh import list_dir

    monkeypatch.setattr(refresh_module, "KEEP_RECENT_SECONDS", 0)
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    folder = list_dir(get_settings(), "us_ofac_sdn")
    versions = []
    for day, body in enumerate(("sdn.xml", "sdn_v2.xml", "sdn.xml")):
        text = (FIXTURES / body).read_text(encoding="utf-8")
        (served.root / "sdn.xml").write_text(text.replace("</sdnList>", f"<!-- {day} --></sdnList>"), encoding="utf-8")
        os.utime(served.root / "sdn.xml", (1_700_000_000 + day * 86400,) * 2)  # a new Last-Modified each time
        result = refresh_lists(registry, as_of=DAY1 + dt.timedelta(days=day))
        assert result["lists"]["us_ofac_sdn"]["status"] == "loaded", result
        versions.append(result["staged"][0]["sha256"])
    kept = sorted(p.name for p in folder.iterdir() if p.is_dir())
    assert kept == sorted(versions[1:])  # the current version and the one before it
    (served.root / "sdn.xml").write_text("<sdnList><broken", encoding="utf-8")
    os.utime(served.root / "sdn.xml", (1_800_000_000,) * 2)
    failed = refresh_lists(registry, as_of=DAY2 + dt.timedelta(days=5), raise_on_failure=False)
    assert failed["failed"]
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == kept  # the unparsable download was not kept


def test_an_entry_whose_name_went_missing_keeps_its_loaded_entry_and_is_not_a_delisting(served, env, tmp_path: Path) -> None:
    # hostile probe 7: 500 of 1,000 SDN entries with an empty <lastName> loaded as 500 delistings, their matches gone
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    before = rows("select entity_id, name, is_alias from list_names where entity_id = 'us_ofac_sdn:36' order by name")
    assert ("AEROCARIBBEAN AIRLINES", False) in [(n, a) for _, n, a in before]
    text = (served.root / "sdn.xml").read_text(encoding="utf-8")
    assert text.count("<lastName>AEROCARIBBEAN AIRLINES</lastName>") == 1
    (served.root / "sdn.xml").write_text(text.replace("<lastName>AEROCARIBBEAN AIRLINES</lastName>", "<lastName></lastName>")
                                         .replace("<uid>7311</uid>", "<uid>7399</uid>"), encoding="utf-8")
    result = refresh_lists(registry, as_of=DAY2)
    loaded = result["lists"]["us_ofac_sdn"]
    assert (loaded["status"], loaded["nameless_kept"], loaded["entities"]) == ("loaded", 1, 4)
    assert rows("select change, entity_id from list_changes order by change") == [
        ("added", "us_ofac_sdn:7399"), ("removed", "us_ofac_sdn:7311")]  # a real change in the same file still counts
    assert rows("select primary_name from list_entities where entity_id = 'us_ofac_sdn:36'") == [("AEROCARIBBEAN AIRLINES",)]
    assert rows("select entity_id, name, is_alias from list_names where entity_id = 'us_ofac_sdn:36' order by name") == before
    current = rows("select list_version from list_versions where is_current")
    assert rows("select distinct list_version from list_entities") == current


def test_an_entry_without_a_name_that_was_never_loaded_is_not_added(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    text = (served.root / "un_sc.xml").read_text(encoding="utf-8")
    start, end = text.index("<INDIVIDUAL>"), text.index("</INDIVIDUAL>")
    blanked = re.sub(r"<(FIRST|SECOND|THIRD|FOURTH)_NAME>[^<]*</", r"<\1_NAME></", text[start:end])
    assert blanked != text[start:end]
    (served.root / "un_sc.xml").write_text(text[:start] + blanked + text[end:], encoding="utf-8")
    result = refresh_lists(registry, as_of=DAY1)
    assert result["staged"][0]["nameless"] == 1 and result["lists"]["un_sc"]["entities"] == 1
    assert rows("select count(*) from list_entities where primary_name = ''") == [(0,)]


def _sdn(uids: range) -> str:
    entries = "".join(f"<sdnEntry><uid>{u}</uid><lastName>ENTITY NUMBER {u} TRADING LLC</lastName>"
                      "<sdnType>Entity</sdnType></sdnEntry>" for u in uids)
    return f'<?xml version="1.0"?><sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/x">{entries}</sdnList>'


def test_shrinks_are_held_against_the_largest_version_of_the_last_days_not_only_the_one_before(
        served, env, tmp_path: Path) -> None:
    # hostile probe 7: four refreshes that each kept 55% all loaded, 1,000 entities down to 91, none refused
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    sdn = served.root / "sdn.xml"

    def refresh(uids: range, day: dt.datetime, accept: bool = False) -> dict:
        sdn.write_text(_sdn(uids), encoding="utf-8")
        os.utime(sdn, (day.timestamp(), day.timestamp()))  # a new Last-Modified each time (no 304)
        return refresh_lists(registry, as_of=day, raise_on_failure=False,
                             accept_shrink=frozenset({"us_ofac_sdn"} if accept else ()))

    assert refresh(range(100), DAY1)["lists"]["us_ofac_sdn"]["status"] == "loaded"
    assert refresh(range(60), DAY2)["lists"]["us_ofac_sdn"]["status"] == "loaded"  # 40% fewer: allowed
    third = refresh(range(40), DAY2 + dt.timedelta(days=1))  # 33% fewer than the last, 60% fewer than the peak
    assert "40 entities against 100 in a version loaded in the last 30 days (60 now)" in third["failed"]["us_ofac_sdn"]
    assert rows("select count(*) from list_entities") == [(60,)]
    # a person accepts it: the count starts again from the accepted version
    assert refresh(range(40), DAY2 + dt.timedelta(days=1), accept=True)["lists"]["us_ofac_sdn"]["status"] == "loaded"
    assert refresh(range(25), DAY2 + dt.timedelta(days=2))["lists"]["us_ofac_sdn"]["status"] == "loaded"
    assert "us_ofac_sdn" in refresh(range(15), DAY2 + dt.timedelta(days=3))["failed"]  # 62% fewer than the 40
    # versions older than the window no longer count: 15 against 25 loaded
    assert refresh(range(15), DAY2 + dt.timedelta(days=40))["lists"]["us_ofac_sdn"]["status"] == "loaded"


@pytest.mark.parametrize(("body", "said"), [
    (b"<!DOCTYPE html><html><head><title>Service unavailable</title></head><body>Back soon</body></html>",
     "an HTML page (application/xml, titled 'Service unavailable')"),
    (b'{"error": "rate limited", "retry": 60}', "a JSON document"),
])
def test_an_error_page_served_as_the_list_is_named_and_the_loaded_version_kept(
        served, env, tmp_path: Path, body: bytes, said: str) -> None:
    # hostile probe 14: a 200 maintenance page or JSON error was reported as a parser error or "fewer than min_entities"
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    refresh_lists(registry, as_of=DAY1)
    (served.root / "un_sc.xml").write_bytes(body)
    with pytest.raises(ListsRefreshFailed):
        refresh_lists(registry, as_of=DAY2)
    from tradewatch.lists.refresh import stage_list

    error = stage_list("un_sc", registry)["error"]
    assert f"the server answered {said}" in error and "current version is kept" in error, error
    assert rows("select count(*) from list_entities") == [(2,)]


def test_a_run_for_an_earlier_date_never_dates_a_new_version_before_the_one_it_replaces(
        served, env, tmp_path: Path) -> None:
    # hostile probe 16: a run for an earlier logical date (a backfill, an old run cleared late) dated today's download
    # and its changes in the past, before the version it replaced; "changes this week" then missed them
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY2)
    shutil.copy(FIXTURES / "sdn_v2.xml", served.root / "sdn.xml")
    refresh_lists(registry, as_of=DAY1 - dt.timedelta(days=30))
    versions = rows("select is_current, fetched_at from list_versions order by is_current")
    assert [current for current, _ in versions] == [False, True]
    assert versions[0][1] == DAY2 and DAY2 < versions[1][1] < DAY2 + dt.timedelta(seconds=1)
    assert {d for (d,) in rows("select changed_at from list_changes")} == {versions[1][1]}


def test_the_loaded_version_is_not_waited_for_behind_another_writer(tmp_path, monkeypatch, caplog) -> None:
    # hostile probe 24: behind a long news load each list's download task waited two minutes, one after another, for a
    # figure that only spares the load a comparison
    import logging
    import subprocess
    import sys
    import time

    from tradewatch.lists import refresh
    from tradewatch.store.db import connect

    path = tmp_path / "tradewatch.duckdb"
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(path))
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    connect(path).close()
    monkeypatch.setattr(refresh, "LOADED_VERSION_WAIT_SECONDS", 1)
    holder = subprocess.Popen(  # (holds the file until the test is done with it, not for a fixed time)
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "sys.stdin.readline()", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="tradewatch.lists.refresh"):
            assert refresh._loaded_version(get_settings(), "us_ofac_sdn") == (None, None)
        assert holder.poll() is None  # still holding it
        assert time.monotonic() - started < 20  # the wait set above (1 s, with its backoff), not connect()'s 120 s
        assert any("staged whole and compared when it is loaded" in r.getMessage() for r in caplog.records)
    finally:
        holder.kill()
        holder.wait()


def _slowly(body: bytes, seconds: float, pieces: int = 10) -> Any:
    """`body` sent in `pieces` parts over about `seconds` (each part well within any read timeout)."""
    size = -(-len(body) // pieces)
    parts = [body[k:k + size] for k in range(0, len(body), size)]

    def gen() -> Iterator[bytes]:
        yield parts[0]
        for part in parts[1:]:
            time.sleep(seconds / pieces)
            yield part

    return gen


@pytest.fixture
def slow_server() -> Iterator[Any]:
    from tests.support.hostile_server import HostileServer

    srv = HostileServer().start()
    try:
        yield srv
    finally:
        srv.stop()


def test_a_list_slower_than_a_news_pages_deadline_is_refreshed_under_its_own(
        env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_server: Any) -> None:
    """Hostile probe 25 F7: official lists shared the per-URL deadline of news pages (TRADEWATCH_TIMEOUT_TOTAL), so a
    ~100 MB SDN list on a modest link never refreshed, and raising it let every news page hang as long."""
    from tests.support.hostile_server import Reply
    from tradewatch.fetch.http import PoliteFetcher

    monkeypatch.setenv("TRADEWATCH_TIMEOUT_TOTAL", "1")
    monkeypatch.delenv("TRADEWATCH_LIST_TIMEOUT_TOTAL", raising=False)
    sdn = (FIXTURES / "sdn.xml").read_bytes()
    slow_server.route("/sdn.xml", Reply(200, _slowly(sdn, 2.5), content_type="application/xml"))
    slow_server.route("/page", Reply(200, _slowly(b"<html><body>" + b"x" * 5000 + b"</body></html>", 2.5)))
    registry = write_registry(tmp_path / "registry", slow_server.base_url, ("us_ofac_sdn",))

    result = refresh_lists(registry, as_of=DAY1, raise_on_failure=False)

    assert result["failed"] == {}, result["failed"]
    assert result["lists"]["us_ofac_sdn"]["status"] == "loaded"
    assert rows("select count(*) from list_entities") == [(4,)]
    # a news page keeps the pages' deadline
    fetcher = PoliteFetcher(get_settings())
    try:
        page = fetcher.get(slow_server.url("/page"))
    finally:
        fetcher.close()
    assert page.stalled and "1 s deadline (TRADEWATCH_TIMEOUT_TOTAL)" in (page.error or ""), page.error


def test_a_list_past_its_own_deadline_names_the_setting_and_keeps_the_loaded_version(
        env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_server: Any) -> None:
    from tests.support.hostile_server import Reply

    monkeypatch.setenv("TRADEWATCH_LIST_TIMEOUT_TOTAL", "1")
    sdn = (FIXTURES / "sdn.xml").read_bytes()
    slow_server.route("/sdn.xml", Reply(200, sdn, content_type="application/xml"),
                      Reply(200, _slowly(sdn.replace(b"</sdnList>", b"<!-- edited --></sdnList>"), 3),
                            content_type="application/xml"))
    registry = write_registry(tmp_path / "registry", slow_server.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    before = rows("select entity_id from list_entities order by 1")

    result = refresh_lists(registry, as_of=DAY2, raise_on_failure=False)

    error = result["failed"]["us_ofac_sdn"]
    assert "1 s deadline (TRADEWATCH_LIST_TIMEOUT_TOTAL)" in error and "raise TRADEWATCH_LIST_TIMEOUT_TOTAL" in error, error
    assert "TRADEWATCH_TIMEOUT_TOTAL)" not in error, error
    assert rows("select entity_id from list_entities order by 1") == before


# -- a list on the internet never leads the download to an internal address (hostile probe 26) -----------------------

_SECRET_PAGE = (b"<!DOCTYPE html><html><head><title>SECRET-METADATA-TOKEN iam role creds</title></head>"
                b"<body>AccessKeyId=AKIAFAKE</body></html>")


def _mirror_registry(folder: Path, url: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mirror_sdn.yml").write_text(
        f"list_id: mirror_sdn\ntitle: a mirror\npublisher: test\nurl: {url}\nformat: ofac_sdn_xml\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("target", [
    "{canary}/latest/meta-data/iam/security-credentials/role",  # 127.0.0.1, fetched directly (NO_PROXY)
    "http://localhost.:{port}/latest/meta-data/iam/security-credentials/role",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/role",  # through the proxy, if followed
    "http://metadata.google.internal/latest/meta-data/iam/security-credentials/role",
])
def test_a_list_downloads_redirect_to_an_internal_address_is_refused(env, tmp_path: Path, monkeypatch, target: str) -> None:
    from tests.support.hostile_server import HostileServer, Reply
    from tradewatch.lists.refresh import stage_list

    with HostileServer() as canary, HostileServer() as proxy:
        canary.route("/latest/meta-data/iam/security-credentials/role", Reply(200, _SECRET_PAGE))
        proxy.route("/latest/meta-data/iam/security-credentials/role", Reply(200, _SECRET_PAGE))
        location = target.format(canary=canary.base_url, port=canary.base_url.rsplit(":", 1)[1])
        proxy.route("/sdn.xml", Reply(302, headers={"Location": location}))
        # the list's host does not resolve here: the proxy (on 127.0.0.1) reaches "the internet" for us
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        registry = _mirror_registry(tmp_path / "registry", "http://lists-mirror.test/sdn.xml")

        summary = stage_list("mirror_sdn", registry)

        assert summary["status"] == "failed"
        assert "refusing" in summary["error"] and "this source is on the internet" in summary["error"], summary
        assert "SECRET" not in summary["error"] and "AKIA" not in summary["error"]
        assert canary.requests == []  # not even its robots.txt
        assert [seen.path for seen in proxy.requests] == ["http://lists-mirror.test/robots.txt",
                                                          "http://lists-mirror.test/sdn.xml"]


def test_a_page_a_list_download_was_redirected_to_on_another_host_is_not_quoted_in_the_error(
        env, tmp_path: Path) -> None:
    # an internal list (127.0.0.1) may lead anywhere; still, the words of a page on another host stay out of the error
    from tests.support.hostile_server import HostileServer, Reply
    from tradewatch.lists.refresh import stage_list

    with HostileServer() as server:
        port = server.base_url.rsplit(":", 1)[1]
        server.route("/sdn.xml", Reply(302, headers={"Location": f"http://localhost:{port}/elsewhere.html"}))
        server.route("/elsewhere.html", Reply(200, _SECRET_PAGE))
        registry = _mirror_registry(tmp_path / "registry", server.url("/sdn.xml"))

        error = stage_list("mirror_sdn", registry)["error"]

    assert "the server answered an HTML page (text/html)" in error and "SECRET" not in error, error


def test_a_list_on_an_internal_host_is_warned_about_unless_allowed(served, env, tmp_path: Path, monkeypatch) -> None:
    from tradewatch.lists.refresh import stage_list

    monkeypatch.delenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", raising=False)
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    warned = stage_list("un_sc", registry)
    assert warned["status"] == "staged"
    assert "field 'url': its URL's host is internal: it is an internal address (127.0.0.1)" in warned["warning"]
    assert "TRADEWATCH_ALLOW_INTERNAL_SOURCES=yes" in warned["warning"]
    monkeypatch.setenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", "yes")
    assert "warning" not in stage_list("un_sc", registry)


def test_a_list_urls_user_name_and_password_are_masked_in_every_error(served, env, tmp_path: Path, capsys,
                                                                      monkeypatch) -> None:
    # hostile probe 26: `config` masked a URL's password; errors, logs and the refresh table showed it as it was
    import logging

    from tradewatch.cli import main

    # (an earlier test's CLI run may have left a handler on a stream that is closed now)
    monkeypatch.setattr(logging.getLogger("tradewatch"), "handlers", [])

    registry = tmp_path / "registry"
    registry.mkdir()
    port = served.base_url.rsplit(":", 1)[1]
    (registry / "un_sc.yml").write_text("title: t\npublisher: p\nformat: un_sc_xml\n"
                                        f"url: http://reader:SECRET-PW@127.0.0.1:{port}/missing.xml\n", encoding="utf-8")
    (registry / "eu_fsf.yml").write_text("title: t\npublisher: p\nformat: eu_fsf_xml\n"
                                         "url: ftp://reader:SECRET-PW@lists.example.org/eu.xml\n", encoding="utf-8")
    result = refresh_lists(registry, as_of=DAY1, raise_on_failure=False)
    assert set(result["failed"]) == {"un_sc", "eu_fsf"}
    assert all("SECRET" not in error for error in result["failed"].values()), result["failed"]
    assert main(["lists", "refresh", "--registry", str(registry)]) == 1
    out = capsys.readouterr()
    assert "un_sc" in out.out and "eu_fsf" in out.out
    assert "SECRET" not in out.out + out.err, out


@pytest.mark.parametrize("character", ["&#x1b;", "\x1b", "&#0;"])
def test_a_whole_list_holding_a_character_xml_forbids_says_so_and_where(served, env, tmp_path: Path,
                                                                        character: str) -> None:
    # hostile probe 26: a complete file with "&#x1b;" in a name was called "cut short or damaged, refresh again later"
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    refresh_lists(registry, as_of=DAY1)
    before = rows("select entity_id from list_entities order by 1")
    text = (served.root / "sdn.xml").read_text(encoding="utf-8")
    at = text.index("<lastName>") + len("<lastName>")
    (served.root / "sdn.xml").write_text(text[:at] + character + text[at:], encoding="utf-8")
    line = text[:at].count("\n") + 1
    result = refresh_lists(registry, as_of=DAY1 + dt.timedelta(days=1), raise_on_failure=False)
    error = result["failed"]["us_ofac_sdn"]
    assert "a character XML does not allow" in error and f"line {line}, column" in error, error
    assert "refreshing will not help until the publisher fixes it" in error and "current version is kept" in error
    assert "cut short" not in error and "Refresh again later" not in error
    assert rows("select entity_id from list_entities order by 1") == before
