"""`tradewatch screen` and `tradewatch lists refresh` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.lists.lists_support import write_registry
from tradewatch.cli import main


def test_screen_without_lists_says_what_to_do(env, capsys) -> None:
    assert main(["screen", "Rosneft"]) == 1
    assert "lists refresh" in capsys.readouterr().out


def test_refresh_then_screen(served, env, tmp_path: Path, capsys) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url)
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    capsys.readouterr()
    assert main(["screen", "Роснефть", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["matches"][0]["entity_id"] == "us_ofac_sdn:25370"
    assert out["matches"][0]["programs"] == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    assert main(["screen", "Rosneft", "--threshold", "0", "--json"]) == 0  # (hostile probe 43 F1: 0 crashed in rapidfuzz)
    assert json.loads(capsys.readouterr().out)["matches"][0]["entity_id"] == "us_ofac_sdn:25370"
    assert main(["screen", "Viktor But"]) == 0  # the table, for people
    assert "BOUT" in capsys.readouterr().out
    # a name of 100,000 characters: the message cuts it (rich's highlighter took a minute over it, hostile probe 14)
    assert main(["screen", "a" * 100_000]) == 0
    said = capsys.readouterr().out
    assert "100,000 characters" in said and len(said) < 2_000


def test_refresh_reports_failures(served, env, tmp_path: Path, capsys) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    (served.root / "un_sc.xml").unlink()
    assert main(["lists", "refresh", "--registry", str(registry)]) == 1
    assert "failed" in capsys.readouterr().out


def test_refresh_says_which_database_it_writes(served, env, tmp_path: Path, capsys) -> None:
    # hostile probe 34 F8: run from another folder, the refresh filled a new data/tradewatch.duckdb there and never said
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    database = (env / "tradewatch.duckdb").resolve()
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"DuckDB: {database} (no file there yet: a new one is made)" in out
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"DuckDB: {database}" in out and "no file there yet" not in out


@pytest.mark.parametrize("name", ["", "   ", "-", "..."])
def test_screen_refuses_a_name_without_letters_or_digits(env, capsys, name: str) -> None:
    # hostile probe 18: "No list entry scores 80 or more for ." and exit 0 read as "not listed" in a script
    assert main(["screen", name]) == 2
    assert "nothing was screened" in " ".join(capsys.readouterr().out.split())


def test_screen_refuses_a_threshold_or_limit_outside_its_range(env, capsys) -> None:
    # red team round 6: --threshold nan listed every candidate, inf failed inside rapidfuzz, --limit -1 dropped a hit
    import pytest

    for args in (["--threshold", "nan"], ["--threshold", "inf"], ["--threshold", "101"], ["--limit", "-1"], ["--limit", "0"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["screen", "Rosneft", *args])
        assert exit_info.value.code == 2, args
        err = capsys.readouterr().err
        assert "give" in err or "score" in err, err


def test_screen_weighs_a_partial_names_country(served, env, tmp_path: Path, capsys) -> None:
    sdn = served.root / "sdn.xml"
    sdn.write_text(sdn.read_text(encoding="utf-8").replace("</sdnList>", (
        "<sdnEntry><uid>2001</uid><firstName>Ernesto Julian</firstName><lastName>FARIAS QUINTERO</lastName>"
        "<sdnType>Individual</sdnType><nationalityList><nationality><uid>2002</uid><country>Venezuela</country>"
        "</nationality></nationalityList></sdnEntry></sdnList>")), encoding="utf-8")
    assert main(["lists", "refresh", "--registry", str(write_registry(tmp_path / "registry", served.base_url,
                                                                      ("us_ofac_sdn",)))]) == 0
    capsys.readouterr()
    for country, expected in ((None, [(92.0, "partial")]), ("ve", [(92.0, "partial")]), ("ES", [(82.0, "partial+country")])):
        assert main(["screen", "Julian Farias", "--json", *(["--country", country] if country else [])]) == 0
        assert [(m["score"], m["method"]) for m in json.loads(capsys.readouterr().out)["matches"]] == expected, country
    assert main(["screen", "Julian Farias", "--country", "ES"]) == 0  # the table explains the method
    assert "as the list splits the name" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit) as exit_info:
        main(["screen", "Julian Farias", "--country", "Spain"])
    assert exit_info.value.code == 2 and "two-letter country code" in capsys.readouterr().err


def test_screen_json_writes_control_and_bidi_characters_as_escapes(served, env, tmp_path: Path, capsys) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url)
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    capsys.readouterr()
    assert main(["screen", "Rosneft\u009b2J\u202e", "--json", "--threshold", "50"]) == 0
    out = capsys.readouterr().out
    assert "\u009b" not in out and "\u202e" not in out and "\\u009b" in out and "\\u202e" in out
    assert json.loads(out)["query"] == "Rosneft\u009b2J\u202e"  # the same data


def test_ctrl_c_during_a_load_stops_the_refresh_and_is_not_a_list_failure(served, env, tmp_path: Path, capsys,
                                                                            monkeypatch, ctrl_c) -> None:
    # hostile probe 9: DuckDB turns a Ctrl-C that lands in a query into an error ("Query interrupted"); the refresh
    # recorded it as the list failing ("check the URL in the registry file"), then went on to screen every name
    import os
    import signal
    import threading
    import time

    from tradewatch.lists import store
    from tradewatch.settings import get_settings
    from tradewatch.store.db import open_db

    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc", "eu_fsf"))
    real = store.load_version
    loads: list[str] = []
    raised: list[BaseException] = []

    def ctrl_c_once_running(con) -> None:
        # (not after a fixed time: on a loaded machine the signal then landed before the query, or in it)
        deadline = time.monotonic() + 60
        while con.query_progress() < 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGINT)

    def load_then_ctrl_c(con, list_id, *args, **kwargs):
        result = real(con, list_id, *args, **kwargs)  # committed: the Ctrl-C lands in the bookkeeping after it
        loads.append(list_id)
        # One DuckDB thread: this one, which looks for a signal between its pieces of work. With a worker thread, that
        # thread may take the whole scan while this one waits for it, and see the signal only at the end (up to a
        # minute under load), or never, when the result is ready first.
        con.execute("set threads = 1")
        # (so that `query_progress()` follows the query, which it does not where no progress bar is wanted; none drawn)
        con.execute("set enable_progress_bar = true")
        con.execute("set enable_progress_bar_print = false")
        threading.Thread(target=ctrl_c_once_running, args=(con,), daemon=True).start()
        try:
            con.execute("select count(*) from range(100000000000)").fetchall()  # minutes, unless stopped
        except BaseException as exc:
            raised.append(exc)
            raise
        finally:
            for setting in ("threads", "enable_progress_bar", "enable_progress_bar_print"):
                con.execute(f"reset {setting}")
        return result

    monkeypatch.setattr(store, "load_version", load_then_ctrl_c)
    assert main(["lists", "refresh", "--registry", str(registry)]) == 130
    out, err = capsys.readouterr()
    assert "interrupted" in err and "failed" not in out + err
    assert loads == ["eu_fsf"]  # stopped: the next list was not loaded
    # DuckDB's error for it, not Python's KeyboardInterrupt: the refresh told the one from a list's failure
    assert [type(e) for e in raised] != [KeyboardInterrupt] and "interrupted" in str(raised[0]).lower()
    monkeypatch.setattr(store, "load_version", real)  # not `undo()`: that would drop the `env` fixture's settings too
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0  # and the next refresh converges
    with open_db(get_settings().duckdb_path, read_only=True) as con:
        counts = dict(con.execute("select list_id, count(*) from list_versions where is_current group by 1").fetchall())
    assert counts == {"eu_fsf": 1, "un_sc": 1}


def test_a_misspelt_list_id_is_named_not_read_as_nothing_changed(served, env, tmp_path: Path, capsys) -> None:
    # hostile probe 22: "--list bogus" printed "No list changes in that period."; "--accept-shrink us_ofac" (for
    # us_ofac_sdn) was taken without a word and the list it meant stayed refused
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc", "eu_fsf"))
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    capsys.readouterr()
    assert main(["lists", "changes", "--list", "un_scc"]) == 2
    out = " ".join(capsys.readouterr().out.split())
    assert "No list 'un_scc' is loaded" in out and "eu_fsf, un_sc" in out
    assert main(["lists", "changes", "--list", "un_sc"]) == 0
    assert "No list changes in that period." in capsys.readouterr().out
    assert main(["lists", "refresh", "--registry", str(registry), "--accept-shrink", "un"]) == 2
    out = " ".join(capsys.readouterr().out.split())
    assert "--accept-shrink names no list of the registry: un;" in out and "eu_fsf, un_sc" in out


def test_screen_reads_the_database_db_names(served, env, tmp_path: Path, capsys) -> None:
    # hostile probe 22: `screen` had no --db, unlike sql, status and report
    import shutil

    from tradewatch.settings import get_settings

    registry = write_registry(tmp_path / "registry", served.base_url)
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    elsewhere = tmp_path / "copy.duckdb"
    shutil.copy(get_settings().duckdb_path, elsewhere)
    get_settings().duckdb_path.unlink()
    capsys.readouterr()
    assert main(["screen", "Rosneft", "--json", "--threshold", "50"]) == 1  # the default file is gone
    capsys.readouterr()
    assert main(["screen", "Rosneft", "--json", "--threshold", "50", "--db", str(elsewhere)]) == 0
    assert json.loads(capsys.readouterr().out)["matches"]


def test_refresh_warns_of_a_list_on_an_internal_host(served, env, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", raising=False)
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "warning un_sc: field 'url': its URL's host is internal: it is an internal address (127.0.0.1)" in out, out


def test_screen_says_which_matches_the_views_flag_and_why_not_the_others(served, env, tmp_path: Path, capsys,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile probe 29 F6: `screen` listed matches from 80 while the views store those of 90 or more, and nothing said
    # so; F2: beyond five matches a name, which ones the views keep
    from tests.unit.lists.test_matching import _list_bank_melli

    _list_bank_melli(served.root)
    registry = write_registry(tmp_path / "registry", served.base_url)
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    capsys.readouterr()
    assert main(["screen", "Bank Melli Iran", "--json", "--limit", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [m["entity_id"] for m in out["matches"]] == ["eu_fsf:500", "uk_sanctions_list:IRN0001", "us_ofac_sdn:1002"]
    assert out["more_matches"] == 4 and out["stored_threshold"] == 90
    assert main(["screen", "Bank Melli Iran", "--json"]) == 0
    views = {m["entity_id"]: m["in_views"] for m in json.loads(capsys.readouterr().out)["matches"]}
    assert views["eu_fsf:502"] == "yes" and views["us_ofac_sdn:1002"] == "yes"
    assert views["eu_fsf:503"] == views["eu_fsf:504"] == "no: beyond the 5 matches stored per name"
    # a near miss: whatever it scores under 100, it is shown, and said not to be flagged (the views screened at 100)
    monkeypatch.setenv("TRADEWATCH_MATCH_THRESHOLD", "100")
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    capsys.readouterr()
    assert main(["screen", "Viktor But", "--threshold", "50", "--json"]) == 0
    [bout] = [m for m in json.loads(capsys.readouterr().out)["matches"] if m["entity_id"] == "us_ofac_sdn:7311"]
    assert bout["score"] < 100 and bout["in_views"] == "no: under 100"
    assert main(["screen", "Viktor But", "--threshold", "50"]) == 0
    table = " ".join(capsys.readouterr().out.split())
    assert "in views" in table and "no: under 100" in table
    assert "views flag a name's matches of 100 or more (TRADEWATCH_MATCH_THRESHOLD)" in table
    assert f"{bout['method'].split('+')[0]}: " in table  # the method shown is explained


def test_a_changed_match_threshold_screens_the_stored_names_again_and_screen_says_what_the_views_hold(
        served, env, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile probe 34 F5: match_state did not record the threshold, so after TRADEWATCH_MATCH_THRESHOLD went from 90
    # to 80 neither a refresh nor a load screened the stored names again (the views kept their matches of 90 or more),
    # while `screen` said "in views: yes" of a party's match of 88, judged against the new setting
    from tests.unit.lists.test_matching import seed_records
    from tradewatch.settings import get_settings
    from tradewatch.store.db import open_db

    with open_db(get_settings().duckdb_path) as con:
        seed_records(con)
        con.execute("insert into deal_parties values ('d1', 2, 'a1', 'Rosneft Holdings Group', 'RU')")
    registry = write_registry(tmp_path / "registry", served.base_url)

    def flagged() -> list[str]:
        with open_db(get_settings().duckdb_path, read_only=True) as con:
            return [r[0] for r in con.execute("select party_name from v_deals_with_listed_parties order by 1").fetchall()]

    def screened() -> tuple[str, dict]:
        assert main(["screen", "Rosneft Holdings Group"]) == 0
        table = " ".join(capsys.readouterr().out.split())
        assert main(["screen", "Rosneft Holdings Group", "--json"]) == 0
        return table, json.loads(capsys.readouterr().out)

    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    assert flagged() == ["ПАО «Роснефть»"]
    monkeypatch.setenv("TRADEWATCH_MATCH_THRESHOLD", "80")
    capsys.readouterr()
    table, out = screened()  # the views still hold the matches of 90 or more, and `screen` says so
    [match] = out["matches"]
    assert match["score"] == 88 and match["in_views"] == "no: under 90"
    assert out["stored_threshold"] == 90 and out["configured_threshold"] == 80
    assert ("flag a name's matches of 90 or more (the threshold they were computed at; TRADEWATCH_MATCH_THRESHOLD is "
            "now 80, and the next load or `tradewatch lists refresh` screens the stored names again at it)") in table

    assert main(["lists", "refresh", "--registry", str(registry)]) == 0  # every list unchanged: screened again at 80
    assert "Rosneft Holdings Group" in flagged()
    table, out = screened()
    assert out["matches"][0]["in_views"] == "yes" and out["stored_threshold"] == 80
    assert "matches of 80 or more (TRADEWATCH_MATCH_THRESHOLD)" in table

    monkeypatch.setenv("TRADEWATCH_MATCH_THRESHOLD", "90")  # and back: the match of 88 leaves the views
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    assert flagged() == ["ПАО «Роснефть»"]


def test_a_first_version_says_so_and_later_ones_count_their_changes(served, env, tmp_path: Path, capsys) -> None:
    # hostile probe 31 F13: a list's first load showed "added 0" (a first version records no changes), and the
    # changes' times carried no zone
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    first = " ".join(capsys.readouterr().out.split())
    assert "first version" in first
    xml = served.root / "un_sc.xml"
    xml.write_text(xml.read_text(encoding="utf-8").replace(
        "<ALIAS_NAME>KOMID</ALIAS_NAME></ENTITY_ALIAS>",
        "<ALIAS_NAME>KOMID</ALIAS_NAME></ENTITY_ALIAS><ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY>"
        "<ALIAS_NAME>SOHAE TRADING</ALIAS_NAME></ENTITY_ALIAS>"), encoding="utf-8")
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    second = " ".join(capsys.readouterr().out.split())
    assert "first version" not in second
    assert main(["lists", "changes", "--list", "un_sc"]) == 0
    out = capsys.readouterr().out
    assert "when (UTC)" in out and "changed: names" in out and "un_sc:KPe.001" in out


def test_a_failed_download_reads_as_our_message_not_an_exception_class(served, env, tmp_path: Path, capsys) -> None:
    # hostile probe 31 F13: "RuntimeError: download failed: ..." in the refresh table
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    (served.root / "un_sc.xml").unlink()
    assert main(["lists", "refresh", "--registry", str(registry)]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "download failed" in out and "RuntimeError" not in out


def test_change_times_are_shown_in_utc() -> None:
    from datetime import datetime, timedelta, timezone

    from tradewatch.lists.cli import _utc

    moment = datetime(2026, 3, 1, 1, 30, tzinfo=timezone(timedelta(hours=2)))
    assert f"{_utc(moment):%Y-%m-%d %H:%M}" == "2026-02-28 23:30"


def test_screen_names_an_entry_removed_from_a_list_lately(served, env, tmp_path: Path, capsys) -> None:
    # hostile probe 31 F13: a person delisted that morning screened as "No list entry scores 80 or more", nothing more
    import re

    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    xml = served.root / "un_sc.xml"
    xml.write_text(re.sub(r"<INDIVIDUAL>.*?</INDIVIDUAL>", "", xml.read_text(encoding="utf-8"), flags=re.S),
                   encoding="utf-8")
    assert main(["lists", "refresh", "--registry", str(registry), "--accept-shrink", "un_sc"]) == 0
    capsys.readouterr()
    assert main(["screen", "Ri Won Ho"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "No list entry scores" in out and "Removed from un_sc on" in out and "'RI WON HO'" in out
    assert main(["screen", "Ri Won Ho", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["matches"] == [] and [g["entity_id"] for g in said["recently_removed"]] == ["un_sc:KPi.033"]
    # a name still listed, or never listed, has no such line
    assert main(["screen", "Korea Mining Development Trading Corporation"]) == 0
    assert main(["screen", "Acme Widgets"]) == 0
    assert "Removed from" not in capsys.readouterr().out
