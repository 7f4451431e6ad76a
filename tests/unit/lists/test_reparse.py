"""A parser fix reaches list versions loaded before it (hostile probe 34 F4): a list was parsed again only when its
download changed, so after an upgrade the old parse stayed loaded until the publisher changed the file. Each list
version keeps the parser version that made its rows, and a refresh parses the stored download again when an older
parser made them."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.lists.lists_support import write_registry
from tradewatch.cli import main
from tradewatch.lists import parsers
from tradewatch.lists.entities import ListEntity
from tradewatch.lists.matching import screen
from tradewatch.lists.refresh import list_dir, refresh_lists
from tradewatch.settings import get_settings
from tradewatch.store.db import open_db

DAY1 = dt.datetime(2026, 3, 1, 6, tzinfo=dt.UTC)
DAY2 = dt.datetime(2026, 3, 2, 6, tzinfo=dt.UTC)
LISTS = ["eu_fsf", "uk_sanctions_list", "un_sc", "us_ofac_sdn"]


def rows(sql: str, params: list | None = None) -> list[tuple]:
    with open_db(get_settings().duckdb_path, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _older_parser(mp: pytest.MonkeyPatch) -> None:
    """The parsers as they were before probe 29: one version back, and OFAC's weak a.k.a.s screened as names."""
    from tradewatch.lists.parsers import ofac

    real = ofac.parse

    def screens_weak_aliases(path: Path, list_id: str) -> Iterator[ListEntity]:
        for entity in real(path, list_id):
            if entity.entity_id == f"{list_id}:7311":
                entity.aliases.append("Viktor BUT")  # <category>weak</category> in sdn.xml
            yield entity

    mp.setattr(parsers, "PARSER_VERSION", parsers.PARSER_VERSION - 1)
    mp.setattr(ofac, "parse", screens_weak_aliases)


def _statuses(result: dict) -> dict[str, str]:
    return {list_id: loaded["status"] for list_id, loaded in sorted(result["lists"].items())}


def test_a_version_an_older_parser_loaded_is_parsed_again_from_its_stored_download(served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url)
    with pytest.MonkeyPatch.context() as mp:
        _older_parser(mp)
        refresh_lists(registry, as_of=DAY1)
    weak = "select count(*) from list_names where entity_id = 'us_ofac_sdn:7311' and name = 'Viktor BUT'"
    assert rows(weak) == [(1,)]
    with open_db(get_settings().duckdb_path, read_only=True) as con:
        assert screen(con, "Viktor But")[0]["method"] == "exact"  # on the weak alias, at 100
    versions = rows("select list_id, list_version, fetched_at from list_versions order by 1")
    names_before = rows("select count(*) from list_names where list_id = 'us_ofac_sdn'")[0][0]
    changes = rows("select count(*) from list_changes")

    # the upgrade: no list changed at its publisher, and every version is parsed again by the installed parser
    again = refresh_lists(registry, as_of=DAY2)
    assert [s["status"] for s in again["staged"]] == ["staged"] * 4 and all(s["reparse"] for s in again["staged"])
    assert _statuses(again) == dict.fromkeys(LISTS, "reparsed")
    assert again["lists"]["us_ofac_sdn"]["names_before"] == names_before
    assert again["lists"]["us_ofac_sdn"]["names"] == names_before - 1
    assert rows(weak) == [(0,)]
    assert rows("select list_id, parser_version from list_versions order by 1") == [
        (list_id, parsers.PARSER_VERSION) for list_id in LISTS]
    assert rows("select list_id, list_version, fetched_at from list_versions order by 1") == versions  # same versions
    assert rows("select count(*) from list_changes") == changes  # the publisher changed nothing
    assert again["matches"] is not None  # screened again against the names parsed anew
    with open_db(get_settings().duckdb_path, read_only=True) as con:
        assert screen(con, "Viktor But")[0]["method"] != "exact"

    # parsed once: the next refresh finds every list unchanged and has nothing to do
    third = refresh_lists(registry, as_of=DAY2)
    assert [s["status"] for s in third["staged"]] == ["unchanged"] * 4 and third["matches"] is None


def test_a_warehouse_from_before_parser_versions_is_parsed_again_even_without_the_stored_download(
        served, env, tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url)
    refresh_lists(registry, as_of=DAY1)
    with open_db(get_settings().duckdb_path) as con:  # as a file loaded before migration 0018
        con.execute("alter table list_versions drop column parser_version")
        con.execute("delete from schema_migrations where version = 18")
    [(ofac_version,)] = rows("select list_version from list_versions where list_id = 'us_ofac_sdn'")
    shutil.rmtree(list_dir(get_settings(), "us_ofac_sdn") / ofac_version)  # (its folder removed by hand)
    again = refresh_lists(registry, as_of=DAY2)
    assert _statuses(again) == dict.fromkeys(LISTS, "reparsed")
    assert rows("select count(*) from list_versions where parser_version = ?", [parsers.PARSER_VERSION]) == [(4,)]
    assert (list_dir(get_settings(), "us_ofac_sdn") / ofac_version / "source.xml").is_file()  # fetched whole again


def test_reparse_on_request_and_never_downwards(served, env, tmp_path: Path, capsys) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url)
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    capsys.readouterr()
    assert main(["lists", "refresh", "--registry", str(registry), "--reparse"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert (f"us_ofac_sdn: the loaded version's download was parsed again by this parser (version "
            f"{parsers.PARSER_VERSION}):") in said and "not counted as the publisher's changes" in said
    # rows a newer parser made (a rollback of Tradewatch) are not parsed again downwards, even on request
    with open_db(get_settings().duckdb_path) as con:
        con.execute("update list_versions set parser_version = ?", [parsers.PARSER_VERSION + 1])
    for args in ([], ["--reparse"]):
        assert main(["lists", "refresh", "--registry", str(registry), *args]) == 0
        assert "parsed again" not in capsys.readouterr().out
    assert rows("select distinct parser_version from list_versions") == [(parsers.PARSER_VERSION + 1,)]


def test_a_list_loaded_before_surnames_were_kept_is_parsed_again_and_its_persons_partial_names_flagged(
        served, env, tmp_path: Path) -> None:
    # PARSER_VERSION 2 keeps the surname a list splits off; a warehouse loaded by parser 1 has none, so "Julian Farias"
    # stayed unflagged (76) until the upgrade's refresh parsed the stored download again
    sdn = served.root / "sdn.xml"
    sdn.write_text(sdn.read_text(encoding="utf-8").replace("</sdnList>", (
        "<sdnEntry><uid>2001</uid><firstName>Ernesto Julian</firstName><lastName>FARIAS QUINTERO</lastName>"
        "<sdnType>Individual</sdnType></sdnEntry></sdnList>")), encoding="utf-8")
    registry = write_registry(tmp_path / "registry", served.base_url, ("us_ofac_sdn",))
    from tradewatch.lists.parsers import ofac

    real = ofac.parse

    def without_surnames(path: Path, list_id: str) -> Iterator[ListEntity]:
        for entity in real(path, list_id):
            entity.surnames.clear()
            yield entity

    with open_db(get_settings().duckdb_path) as con:
        con.execute("insert into articles (article_id, source_id, url, title, first_seen_at, last_seen_at) "
                    "values ('a1', 'src', 'https://news.example/a1', 'A deal', ?, ?)", [DAY1, DAY1])
        con.execute("insert into deals (deal_id, article_id, deal_type, evidence, extractor_version) "
                    "values ('d1', 'a1', 'supply', 'evidence', 'test')")
        con.execute("insert into deal_parties values ('d1', 0, 'a1', 'Julian Farias', null)")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parsers, "PARSER_VERSION", 1)
        mp.setattr(ofac, "parse", without_surnames)
        refresh_lists(registry, as_of=DAY1)
    flagged = "select deal_id, entity_id, method from v_deals_with_listed_parties"
    assert rows("select surname from list_names where entity_id = 'us_ofac_sdn:2001'") == [(None,)]
    assert rows(flagged) == []

    assert _statuses(refresh_lists(registry, as_of=DAY2)) == {"us_ofac_sdn": "reparsed"}
    assert rows("select surname from list_names where entity_id = 'us_ofac_sdn:2001'") == [("FARIAS QUINTERO",)]
    assert rows(flagged) == [("d1", "us_ofac_sdn:2001", "partial")]
