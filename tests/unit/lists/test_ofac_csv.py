"""OFAC's legacy SDN CSVs (sdn.csv + alt.csv + add.csv) as an alternative format to the SDN XML."""

from __future__ import annotations

import codecs
import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.unit.lists.lists_support import FIXTURES
from tradewatch.lists.parsers import parse_file
from tradewatch.lists.refresh import refresh_lists
from tradewatch.lists.registry import RegistryError, load_source
from tradewatch.lists.safexml import MalformedListError
from tradewatch.settings import get_settings
from tradewatch.store.db import open_db

CSV = FIXTURES / "sdn_csv"
DAY1 = dt.datetime(2026, 3, 1, 6, tzinfo=dt.UTC)
DAY2 = dt.datetime(2026, 3, 2, 6, tzinfo=dt.UTC)


def entities(folder: Path = CSV) -> dict:
    return {e.entity_id: e for e in parse_file("ofac_sdn_csv", folder / "sdn.csv", "us_ofac_sdn")}


def test_entries_aliases_addresses_and_nulls() -> None:
    found = entities()
    assert set(found) == {f"us_ofac_sdn:{n}" for n in (36, 173, 7311, 15036, 25370)}  # the ^Z line is no entry
    rosneft = found["us_ofac_sdn:25370"]
    assert (rosneft.kind, rosneft.primary_name) == ("organization", "PUBLIC JOINT STOCK COMPANY ROSNEFT OIL COMPANY")
    assert rosneft.aliases == ["OAO ROSNEFT", "ROSNEFT"]
    assert rosneft.programs == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    assert rosneft.countries == ["RU"]  # the unknown second address country is dropped
    assert rosneft.listed_on is None
    # "-0-" is null: no title, call sign or remarks leak into names or countries
    assert found["us_ofac_sdn:36"].countries == ["CU"] and found["us_ofac_sdn:36"].aliases == ["AERO-CARIBBEAN"]


def test_persons_read_first_name_first_and_companies_keep_their_commas() -> None:
    found = entities()
    bout = found["us_ofac_sdn:7311"]
    assert (bout.kind, bout.primary_name) == ("person", "Viktor Anatolijevitch BOUT")
    assert bout.aliases == ["Victor BUTT", "Viktor BUT"]
    assert bout.countries == ["RU"]  # nationality from the remarks, not the place of birth
    # what comes before a person's comma is the surname, as the XML's lastName
    assert bout.surnames == {"Viktor Anatolijevitch BOUT": "BOUT", "Victor BUTT": "BUTT", "Viktor BUT": "BUT"}
    anglo = found["us_ofac_sdn:173"]
    assert (anglo.kind, anglo.primary_name, anglo.countries) == ("organization", "ANGLO-CARIBBEAN CO., LTD.", ["GB"])
    assert anglo.surnames == {}  # a company's comma splits no name
    vessel = found["us_ofac_sdn:15036"]
    assert (vessel.kind, vessel.countries, vessel.programs) == ("vessel", ["KP"], ["SDGT"])


def test_same_entities_as_the_xml_for_the_same_entries() -> None:
    """Switching format must not make every entry look changed."""
    xml = {e.entity_id: e for e in parse_file("ofac_sdn_xml", FIXTURES / "sdn.xml", "us_ofac_sdn")}
    csv = entities()
    for entity_id, expected in xml.items():
        got = csv[entity_id]
        assert (got.kind, got.primary_name, got.programs) == (expected.kind, expected.primary_name, expected.programs)
        assert {n: s for n, s in got.surnames.items() if n in expected.aliases + [expected.primary_name]} == \
            expected.surnames
        # the XML leaves out the a.k.a.s it marks "weak" ("Viktor BUT"); the CSV files carry no such mark
        assert [a for a in got.aliases if a in expected.aliases] == expected.aliases
        assert set(got.aliases) - set(expected.aliases) <= ({"Viktor BUT"} if entity_id == "us_ofac_sdn:7311" else set())


def test_missing_companion_files_give_entries_without_aliases(tmp_path: Path) -> None:
    shutil.copy(CSV / "sdn.csv", tmp_path / "sdn.csv")
    found = entities(tmp_path)
    assert len(found) == 5 and found["us_ofac_sdn:25370"].aliases == []


def test_windows_1252_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "sdn.csv").write_bytes('9,"CAF\xc9 OL\xc9, S.A.",-0- ,"CUBA",-0- \r\n\x1a'.encode("cp1252"))
    assert entities(tmp_path)["us_ofac_sdn:9"].primary_name == "CAFÉ OLÉ, S.A."


def test_line_breaks_inside_a_name_are_spaces_not_glue(tmp_path: Path) -> None:
    # red team round 6: splitlines broke at U+2028, \x1c and quoted line breaks, and the pieces were joined with nothing
    rows = ('10,"ALPHA\u2028OMEGA LLC",-0- ,"RUSSIA",-0- \r\n'
            '11,"BRAVO\x1cTRADING CO",-0- ,"RUSSIA",-0- \r\n'
            '12,"CHARLIE\r\nDELTA LTD",-0- ,"RUSSIA",-0- \r\n\x1a')
    (tmp_path / "sdn.csv").write_text(rows, encoding="utf-8", newline="")
    found = entities(tmp_path)
    assert [found[f"us_ofac_sdn:{i}"].primary_name for i in (10, 11, 12)] == [
        "ALPHA OMEGA LLC", "BRAVO TRADING CO", "CHARLIE DELTA LTD"]
    assert len(found) == 3


def test_one_latin_1_line_in_a_utf_8_file_garbles_only_itself(tmp_path: Path) -> None:
    # hostile probe 9: one stray Windows-1252 byte had the whole file read as Windows-1252: every accented UTF-8 name
    # turned to mojibake ("SOCIÃ‰TÃ‰") and screening no longer found them
    rows = ('1,"SOCIÉTÉ GÉNÉRALE D\'ARMEMENT",-0- ,"RUSSIA",-0- \r\n'.encode()
            + '2,"CAFÉ OLÉ, S.A.",-0- ,"CUBA",-0- \r\n'.encode("cp1252")
            + '3,"GAZPRÖM NEFT ÉXPORT",-0- ,"RUSSIA",-0- \r\n\x1a'.encode())
    (tmp_path / "sdn.csv").write_bytes(codecs.BOM_UTF8 + rows)
    found = entities(tmp_path)
    assert [found[f"us_ofac_sdn:{i}"].primary_name for i in (1, 2, 3)] == [
        "SOCIÉTÉ GÉNÉRALE D'ARMEMENT", "CAFÉ OLÉ, S.A.", "GAZPRÖM NEFT ÉXPORT"]


def test_a_quote_left_open_is_a_damaged_file_not_a_delisting(tmp_path: Path) -> None:
    # hostile probe 9: the open quote swallowed the next entry, which was then loaded as removed (delisted)
    rows = ('21,"PLAIN ENTITY 21",-0- ,"RUSSIA-EO14024",-0- \r\n'
            '22,"PLAIN ENTITY 22,-0- ,RUSSIA-EO14024,-0- \r\n'
            '23,"PLAIN ENTITY 23",-0- ,"RUSSIA-EO14024",-0- \r\n'
            '24,"PLAIN ENTITY 24",-0- ,"RUSSIA-EO14024",-0- \r\n\x1a')
    (tmp_path / "sdn.csv").write_text(rows, encoding="utf-8", newline="")
    with pytest.raises(MalformedListError, match="entry '22' runs on into the next entry"):
        entities(tmp_path)


@pytest.mark.parametrize("kept", [0.7, 0.5])
def test_a_file_cut_short_is_refused_not_read_as_delistings(tmp_path: Path, kept: float) -> None:
    # hostile probe 14: a download cut at 70 % (mid-row, or at a row's end) loaded; its missing entries were recorded
    # as delisted and no longer screened
    whole = (CSV / "sdn.csv").read_bytes()
    (tmp_path / "sdn.csv").write_bytes(whole[: int(len(whole) * kept)])
    with pytest.raises(MalformedListError, match="does not end with the \\^Z line"):
        entities(tmp_path)
    cut_at_row = whole[: whole.rindex(b"\n", 0, int(len(whole) * kept)) + 1]
    (tmp_path / "sdn.csv").write_bytes(cut_at_row)
    with pytest.raises(MalformedListError, match="cut short"):
        entities(tmp_path)
    shutil.copy(CSV / "sdn.csv", tmp_path / "sdn.csv")
    (tmp_path / "alt.csv").write_bytes((CSV / "alt.csv").read_bytes()[:-3])  # a companion cut short too
    with pytest.raises(MalformedListError, match="alt.csv"):
        entities(tmp_path)


def write_csv_registry(folder: Path, base: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "us_ofac_sdn.yml").write_text(
        f"title: t\npublisher: p\nurl: {base}/sdn_csv/sdn.csv\nformat: ofac_sdn_csv\n"
        f"extra_files:\n  alt.csv: {base}/sdn_csv/alt.csv\n  add.csv: ${{TRADEWATCH_TEST_CSV_BASE}}/sdn_csv/add.csv\n"
        "max_bytes: 1000000\nmin_entities: 1\n",
        encoding="utf-8",
    )
    return folder


def test_registry_rejects_unsafe_extra_file_names(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_text(
        "title: t\npublisher: p\nurl: https://a/b\nformat: ofac_sdn_csv\nextra_files:\n  ../evil.csv: https://a/c\n"
    )
    with pytest.raises(RegistryError, match="extra_files"):
        load_source(path)


def test_refresh_downloads_all_three_and_an_alias_change_is_a_new_version(
    served, env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADEWATCH_TEST_CSV_BASE", served.base_url)  # extra_files expand ${VAR} like url does
    registry = write_csv_registry(tmp_path / "registry", served.base_url)
    first = refresh_lists(registry, as_of=DAY1)
    assert first["failed"] == {} and first["lists"]["us_ofac_sdn"]["entities"] == 5
    assert {f"/sdn_csv/{n}" for n in ("sdn.csv", "alt.csv", "add.csv")} <= set(served.hits)
    assert refresh_lists(registry, as_of=DAY2)["staged"][0]["status"] == "unchanged"

    alt = served.root / "sdn_csv" / "alt.csv"  # only alt.csv changes: still a new version
    alt.write_bytes(alt.read_bytes().replace(b"\x1a", b'36,13,"aka","AEROCARIBBEAN SA",-0- \r\n\x1a'))
    third = refresh_lists(registry, as_of=DAY2)
    assert third["lists"]["us_ofac_sdn"]["status"] == "loaded"
    with open_db(get_settings().duckdb_path, read_only=True) as con:
        assert con.execute("select change, entity_id from list_changes").fetchall() == [("changed", "us_ofac_sdn:36")]
        assert con.execute("select countries from list_entities where entity_id = 'us_ofac_sdn:7311'").fetchall() == [
            (["RU"],)
        ]
