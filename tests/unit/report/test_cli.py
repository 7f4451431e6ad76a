"""`tradewatch report|sql|status` through the real argument parser."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest

from tradewatch.cli import main


def _source_file(folder, source_id: str, enabled: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{source_id}.yml").write_text(
        f"id: {source_id}\nname: {source_id}\npublisher: Example\nterms: public\nkind: rss\n"
        f"url: https://example.org/{source_id}.xml\n"
        + ("" if enabled else "enabled: false\n"), encoding="utf-8")


@pytest.fixture()
def env(report_db, tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(report_db))
    monkeypatch.setenv("COLUMNS", "200")  # rich would fold cells in a narrow test terminal
    registry = tmp_path / "sources"  # the registry the fixture's runs came from
    for source_id in ("ofac_news", "uk_ofsi", "reuters_trade"):
        _source_file(registry, source_id)
    monkeypatch.setenv("TRADEWATCH_SOURCES_DIR", str(registry))
    return report_db


def test_status_marks_sources_disabled_or_gone_from_the_registry(env, tmp_path, capsys):
    # hostile probe 24: a source disabled, or renamed away, kept showing its last run as "ok" among the live ones
    registry = tmp_path / "sources"
    _source_file(registry, "ofac_news", enabled=False)
    (registry / "reuters_trade.yml").unlink()
    assert main(["status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    status_of = {name: [c.strip() for c in next(line for line in lines if f" {name} " in line).split("│")[1:-1]][2]
                 for name in ("ofac_news", "reuters_trade", "uk_ofsi")}
    assert status_of == {"ofac_news": "ok (disabled)", "reuters_trade": "partial (not in the registry)",
                         "uk_ofsi": "failed"}, status_of


def test_sql_csv_and_json_match_the_query(env, capsys):
    assert main(["sql", "select sanction_id, authority from v_recent_sanctions order by 1", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["sanction_id", "authority"]
    assert [r[0] for r in rows[1:]] == ["s1", "s2", "s3", "s4", "s5"]
    assert main(["sql", "select deal_id, countries from v_recent_deals order by 1", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records[0] == {"deal_id": "d1", "countries": ["KZ", "CN"]}


def test_sql_csv_quotes_cells_a_spreadsheet_would_run_as_formulas(env, capsys):
    # hostile probe 5: list names and scraped titles such as "=HYPERLINK(...)" reached CSV exports as they were
    query = ("select '=cmd|'' /C calc''!A0' as a, '@SUM(1+1)' as b, '+1' as c, '-x' as d, 'Acme = Beta' as e, "
             "-5 as n, '=x' as \"=col\"")
    assert main(["sql", query, "--format", "csv"]) == 0
    header, row = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert header[-1] == "'=col"
    assert row == ["'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+1", "'-x", "Acme = Beta", "-5", "'=x"]


# hostile probe 42 F2: scraped titles whose formula follows a ";" (Excel in a ";" locale splits the cell there)
_SPLIT_FORMULAS = ["OFAC sanctions update;=cmd|' /C calc'!A0", "Treasury;+HYPERLINK(B3)", "Sanctions;@SUM(9+9)",
                   "a; -1+2", 'b;"=1+1"', "c,=2+2", "d\t@x", "e\n=3+3", "f;;;=4", "1,-2"]


def test_sql_csv_neutralises_a_formula_after_a_separator_inside_a_cell(env, tmp_path, capsys):
    out = tmp_path / "titles.csv"
    values = ", ".join("'" + v.replace("'", "''") + "'" for v in _SPLIT_FORMULAS)
    # each title as the last column (the case that ran in a ";" locale) and as the only one
    query = f"select 'http://x.example/a' as url, unnest([{values}]) as title"
    assert main(["sql", query, "--format", "csv", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    for delimiter in (";", ",", "\t"):
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            assert not [cell for cell in row if cell.startswith(("=", "+", "-", "@"))], (delimiter, row)
    rows = list(csv.reader(io.StringIO(text)))
    assert [r[1] for r in rows[1:4]] == ["OFAC sanctions update;'=cmd|' /C calc'!A0", "Treasury;'+HYPERLINK(B3)",
                                         "Sanctions;'@SUM(9+9)"]
    assert rows[5][1] == 'b;"\'=1+1"' and rows[-1][1] == "1,'-2"
    assert main(["sql", "select 'Acme = Beta; x' as t", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Acme = Beta; x"  # no formula character after the ";"


def test_sql_csv_into_a_tsv_file_is_tab_separated(env, tmp_path):
    # hostile probe 42 F7: FILE.tsv was written with commas: a spreadsheet showed each row in one column
    out = tmp_path / "out.tsv"
    assert main(["sql", "select 'a,b' as x, 'c\td' as y, 'Treasury;+H(1)' as z", "--format", "csv", "--out", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8")), delimiter="\t"))
    assert rows == [["x", "y", "z"], ["a,b", "c\td", "Treasury;'+H(1)"]]


def test_sql_table_shows_scraped_brackets_literally(env, capsys):
    assert main(["sql", "select '[red]x[/red]' as v, null as n"]) == 0
    out = capsys.readouterr().out
    assert "[red]x[/red]" in out and "NULL" in out and "1 row(s)" in out


def test_sql_table_fetches_only_the_rows_it_shows(env, capsys):
    # red team round 6: 3 million rows were all fetched (720 MB) to show one
    assert main(["sql", "select range as n from range(3000000)", "--max-rows", "3"]) == 0
    out = capsys.readouterr().out
    assert "more than 3 row(s), first 3 shown" in out
    with pytest.raises(SystemExit):
        main(["sql", "select 1", "--max-rows", "0"])


def test_sql_parquet_needs_out_and_writes_a_file(env, tmp_path, capsys):
    assert main(["sql", "select * from v_recent_deals", "--format", "parquet"]) == 2
    assert "--out" in capsys.readouterr().err
    out = tmp_path / "deals.parquet"
    assert main(["sql", "select * from v_recent_deals", "--format", "parquet", "--out", str(out)]) == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 3


def test_sql_is_read_only(env, capsys):
    assert main(["sql", "delete from articles"]) == 1
    assert "read-only" in capsys.readouterr().err
    from tradewatch.store.db import connect

    con = connect(env, read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == 5
    con.close()


def test_sql_reaches_no_file_and_changes_no_setting(env, tmp_path, capsys):
    # a "read-only" query once wrote any file (COPY TO), read any file (read_text) and could lift DuckDB's limits
    target = tmp_path / "written.csv"
    assert main(["sql", f"copy (select 'x' as a) to '{target}'"]) == 1
    assert not target.exists()
    assert main(["sql", "select content from read_text('/etc/hostname')"]) == 1
    assert main(["sql", "set memory_limit = '1TB'"]) == 1
    assert main(["sql", "select count(*) as n from articles", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "5"


def test_missing_database_says_run_make_demo(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(tmp_path / "none.duckdb"))
    for argv in (["sql", "select 1"], ["status"], ["report"]):
        assert main(argv) == 1
        captured = capsys.readouterr()
        assert "make demo" in captured.out + captured.err
    assert not (tmp_path / "none.duckdb").exists()


def test_status_lists_sources_and_row_counts(env, capsys):
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert str(env) in out
    assert "uk_ofsi" in out and "timeout <after 30s>" in out
    assert "sanction_targets" in out
    ofac = next(line for line in out.splitlines() if "ofac_news" in line)
    cells = [c.strip() for c in ofac.split("│")[1:-1]]
    assert cells[2:6] == ["ok", "10", "2", "0"]  # the latest run (r2): status, fetched, new, records
    line = next(line for line in out.splitlines() if " sanctions " in f" {line} " and "│" in line)
    assert line.split("│")[2].strip() == "5"


def test_report_writes_the_dated_briefing_by_default(env, tmp_path, capsys):
    # (beside the reports DAG's briefing of the day, not over it: hostile probe 22)
    from datetime import UTC, datetime

    reports = tmp_path / "data" / "reports"
    reports.mkdir(parents=True)
    scheduled = reports / f"briefing-{datetime.now(UTC).date().isoformat()}.html"
    scheduled.write_text("the scheduled briefing", encoding="utf-8")
    assert main(["report", "--since", "2026-03-01"]) == 0
    written = list(reports.glob("briefing-*-manual.html"))
    assert len(written) == 1 and scheduled.read_text(encoding="utf-8") == "the scheduled briefing"
    assert "Records received from 2026-03-01" in written[0].read_text(encoding="utf-8")
    out = tmp_path / "mine.html"
    assert main(["report", "--out", str(out)]) == 0
    assert out.exists()


def test_report_rejects_a_bad_date(env, capsys):
    with pytest.raises(SystemExit):
        main(["report", "--since", "20-03-2026"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_sql_csv_and_json_exports_are_the_whole_result_across_batches(env, tmp_path, monkeypatch, capsys):
    from tradewatch.report import cli

    monkeypatch.setattr(cli, "_BATCH_ROWS", 7)  # 25 rows: three full batches and a short one
    query = "select range as n, 'line ' || range || chr(10) || 'a \"quote\", ü' as t from range(25) order by 1"
    expected = [{"n": n, "t": f'line {n}\na "quote", ü'} for n in range(25)]
    assert main(["sql", query, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert main(["sql", query, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [["n", "t"]] + [[str(r["n"]), r["t"]] for r in expected]
    for fmt in ("json", "csv", "parquet"):
        target = tmp_path / f"out.{fmt}"
        assert main(["sql", query, "--format", fmt, "--out", str(target)]) == 0
        assert "25 row(s) written" in capsys.readouterr().err
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == expected
    assert list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"), newline=""))) == rows
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "out.parquet").to_pylist() == expected
    assert main(["sql", "select 1 as x where false", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_sql_exports_hold_a_batch_of_rows_not_the_whole_result(env, tmp_path, monkeypatch):
    # hostile probe 9: a million rows took 852 MB as csv and 2 GB as json, fetched whole and rendered as one string
    import tracemalloc

    from tradewatch.report import cli

    monkeypatch.setattr(cli, "_BATCH_ROWS", 1000)

    query = "select range as n, repeat('x', 100) as t from range(60000)"
    for fmt in ("csv", "json"):
        target = tmp_path / f"big.{fmt}"
        assert main(["sql", "select 1", "--format", fmt, "--out", str(target)]) == 0  # imports are not the export
        tracemalloc.start()
        try:
            assert main(["sql", query, "--format", fmt, "--out", str(target)]) == 0
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert target.stat().st_size > 6_000_000  # the file holds every row
        assert peak < 8_000_000, f"{fmt}: {peak / 1e6:.0f} MB held while writing {target.stat().st_size / 1e6:.0f} MB"


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_sql_export_failing_half_way_leaves_the_earlier_file(env, tmp_path, capsys, fmt):
    target = tmp_path / "exports" / f"out.{fmt}"
    target.parent.mkdir()
    target.write_text("the earlier export\n", encoding="utf-8")
    query = "select case when range < 25000 then range::varchar else error('row 25000 is bad') end as v from range(30000)"
    assert main(["sql", query, "--format", fmt, "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Query failed" in err and "row 25000 is bad" in err
    assert target.read_text(encoding="utf-8") == "the earlier export\n"
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp file left


def test_sql_on_a_file_of_an_older_schema_gets_the_views_first(tmp_path, monkeypatch, capsys):
    # hostile probe 18: "v_recent_sanctions does not exist! Did you mean pg_constraint?" on a file an older release
    # wrote, where `status` and `report` upgraded it
    import duckdb

    from tradewatch.store.db import migrations

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("create table schema_migrations (version integer primary key, name varchar not null, "
                "applied_at timestamptz default current_timestamp)")
    for version, name, text in migrations():
        if version > 5:
            break
        con.execute(text)
        con.execute("insert into schema_migrations (version, name) values (?, ?)", [version, name])
    con.close()
    monkeypatch.setenv("TRADEWATCH_DUCKDB", str(db))
    assert main(["sql", "select count(*) as n from v_recent_sanctions", "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "0"]


RUNAWAY = "select sum(a.range * b.range) from range(100000000) a, range(100000) b"  # ~30 minutes of work


# The CLI in a process of its own, which says on stderr when its query is running (DuckDB's progress followed, no bar
# drawn; set before the command locks the configuration)
SQL_SAYING_WHEN_RUNNING = """
import sys, threading, time
from tradewatch.report import cli
from tradewatch.store import db

real_connect, real_interruptible = db.connect, cli._interruptible

def connect(*args, **kwargs):
    con = real_connect(*args, **kwargs)
    con.execute("set enable_progress_bar = true")
    con.execute("set enable_progress_bar_print = false")
    return con

def say_when_running(con):
    while con.query_progress() < 0:
        time.sleep(0.01)
    print("query running", file=sys.stderr, flush=True)

def interruptible(con, timeout):
    threading.Thread(target=say_when_running, args=(con,), daemon=True).start()
    return real_interruptible(con, timeout)

db.connect, cli._interruptible = connect, interruptible
from tradewatch.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_stops_a_runaway_query_at_once(env, tmp_path, ctrl_c):
    # hostile probe 22: with DuckDB's configuration locked, Ctrl-C went unheard; the query held the database's lock
    # (the DAGs' writers failed on it) until it was killed
    import os
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen(
        [sys.executable, "-c", SQL_SAYING_WHEN_RUNNING, "sql", RUNAWAY],
        env={**os.environ, "TRADEWATCH_DUCKDB": str(env), "TRADEWATCH_DATA_DIR": str(tmp_path / "data")},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # (not a fixed 3 s for its imports: on a loaded machine the signal landed in them, or before the query)
        assert proc.stderr is not None and proc.stderr.readline().strip() == "query running"
        began = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130 and time.monotonic() - began < 10
    assert "interrupted" in err and "Query failed" not in err


def test_a_query_past_its_time_limit_is_stopped_and_says_how_to_give_it_longer(env, capsys):
    assert main(["sql", "--timeout", "1", RUNAWAY]) == 1
    err = capsys.readouterr().err
    assert "time limit (1 s)" in err and "--timeout" in err


def test_a_query_past_the_memory_limit_fails_without_spilling_beside_the_database(env, monkeypatch, capsys):
    # hostile probe 22: 4.3 GB of temp files in 30 s beside the database, then advice ("SET memory_limit") it refuses
    monkeypatch.setenv("TRADEWATCH_DUCKDB_MEMORY", "64MB")
    query = "select count(*) from (select distinct range::varchar || repeat('x', 60) from range(20000000))"
    assert main(["sql", query]) == 1
    err = capsys.readouterr().err
    assert "TRADEWATCH_DUCKDB_MEMORY" in err and "SET" not in err
    assert not list(env.parent.glob("*.tmp"))


def test_out_never_replaces_the_database_or_the_pipelines_files_and_asks_before_another_kind(env, tmp_path, capsys):
    # hostile probe 22: "--out copy.duckdb" replaced the whole database with 18 bytes of CSV (exit 0); as root, "report
    # --out /etc/passwd" replaced that file with the HTML briefing
    size = env.stat().st_size
    assert main(["sql", "select 1 as a", "--format", "csv", "--out", str(env)]) == 2
    assert main(["report", "--db", str(env), "--out", str(env), "--force"]) == 2
    assert "is the Tradewatch database" in capsys.readouterr().err and env.stat().st_size == size
    blob = tmp_path / "data" / "blobs" / "packs" / "x.parquet"
    assert main(["sql", "select 1 as a", "--format", "parquet", "--out", str(blob)]) == 2
    assert "blobs/" in capsys.readouterr().err and not blob.exists()
    other = tmp_path / "notes.md"
    other.write_text("my notes\n", encoding="utf-8")
    assert main(["sql", "select 1 as a", "--format", "csv", "--out", str(other)]) == 2
    assert "--force" in capsys.readouterr().err and other.read_text(encoding="utf-8") == "my notes\n"
    assert main(["sql", "select 1 as a", "--format", "csv", "--out", str(other), "--force"]) == 0
    assert other.read_text(encoding="utf-8").splitlines() == ["a", "1"]
    again = tmp_path / "result.csv"
    for _ in range(2):  # an earlier export of the same kind is replaced without a word
        assert main(["sql", "select 2 as b", "--format", "csv", "--out", str(again)]) == 0


def test_columns_sharing_a_name_keep_their_values_in_json_and_parquet(env, tmp_path, capsys):
    # hostile probe 22: JSON kept one of two "x" columns, and the Parquet file could not be read back
    import pyarrow.parquet as pq

    assert main(["sql", "select 1 as x, 2 as x, 3 as x_2", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [{"x": 1, "x_3": 2, "x_2": 3}] and "renamed (x -> x_3)" in captured.err
    out = tmp_path / "dup.parquet"
    assert main(["sql", "select 1 as x, 2 as x", "--format", "parquet", "--out", str(out)]) == 0
    assert pq.read_table(out).to_pylist() == [{"x": 1, "x_2": 2}]


def test_an_empty_or_comment_only_query_says_it_is_empty(env, capsys):
    for query in ("", "  ;  ", "-- what was I doing\n", "/* nothing */"):
        assert main(["sql", query]) == 2
        err = capsys.readouterr().err
        assert "The query is empty" in err and "NoneType" not in err


def test_report_refuses_a_window_that_starts_in_the_future(env, tmp_path, capsys):
    # hostile probe 22: "--since 2099-01-01" wrote an empty briefing "from 2099-01-01 to <today>", exit 0
    out = tmp_path / "future.html"
    with pytest.raises(SystemExit):
        main(["report", "--since", "2099-01-01", "--out", str(out)])
    assert "is in the future" in capsys.readouterr().err and not out.exists()


def test_csv_and_json_cells_are_data_not_python_reprs(env, capsys):
    # hostile probe 22: "['AE', 'GB']", "b'x'" and "1 day, 0:00:00" in the exports
    query = "select ['AE', 'GB'] as countries, 'x'::blob as raw, interval 36 hours as took"
    assert main(["sql", query, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[1] == ['["AE", "GB"]', "78", "P1DT43200S"]
    assert json.loads(rows[1][0]) == ["AE", "GB"]
    assert main(["sql", query, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"countries": ["AE", "GB"], "raw": "78", "took": "P1DT43200S"}]


def test_db_at_a_file_or_folder_that_is_no_database_says_so(env, tmp_path, capsys):
    # hostile probe 22: "Cannot launch in-memory database in read-only mode!" for a CSV, a raw IO error for a folder
    csv_file = tmp_path / "deals.csv"
    csv_file.write_text("a,b\n1,2\n", encoding="utf-8")
    for db in (csv_file, tmp_path):
        for argv in (["sql", "select 1", "--db", str(db)], ["status", "--db", str(db)]):
            assert main(argv) == 1
            err = " ".join(capsys.readouterr().err.split())
            assert "cannot be opened as the Tradewatch database" in err and "in-memory" not in err, err
    assert csv_file.read_text(encoding="utf-8") == "a,b\n1,2\n"


def test_status_on_an_80_column_terminal_keeps_each_source_on_one_line(env, monkeypatch, capsys):
    # hostile probe 22: eleven columns folded every cell ("sour|ce"): 90 lines for 7 sources
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    ofac = next(line for line in lines if "ofac_news" in line)
    assert [c.strip() for c in ofac.split("│")[1:-1]][1:5] == ["ok", "10", "2", "0"]  # status, fetched, new, records
    assert any(line.startswith("uk_ofsi: ") and "timeout <after 30s>" in line for line in lines)  # its error, below
    block = lines[lines.index(next(line for line in lines if "Sources: last run" in line)):]
    block = block[: block.index(next(line for line in block if line.startswith("└")))]
    body = [line for line in block if line.startswith("│")]
    assert body and all(line.split("│")[1].strip() for line in body), body  # no folded continuation rows


def test_status_says_an_error_is_an_earlier_runs_when_the_last_run_was_clean(env, capsys):
    # (hostile probe 27: "1 page(s) failed" of an older run stood beside a clean last run, as if it were its)
    from tradewatch.store.db import connect

    con = connect(env)
    con.execute("insert into source_runs (run_id, source_id, logical_date, status, fetched, new, error) "
                "select 'r0', 'ofac_news', min(logical_date) - interval 1 day, 'partial', 4, 1, "
                "'1 page(s) failed; first: HTTP 404' from source_runs")
    con.close()
    assert main(["status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ofac = " ".join(line for line in lines if "ofac_news" in line)
    assert "(earlier, " in ofac and "HTTP 404" in ofac, ofac
    uk = " ".join(line for line in lines if "uk_ofsi" in line)
    assert "timeout <after 30s>" in uk and "(earlier" not in uk, uk  # the last run's own error, as it was


def _card(html: str, label: str) -> str:
    import re

    match = re.search(r'<div class="figure">([^<]*)</div><div class="label">([^<]*' + re.escape(label) + "[^<]*)", html)
    assert match, label
    return match.group(1) + " " + match.group(2)


def _health_row(html: str, source_id: str) -> str:
    section = html.split('id="source-health"')[1].split("</section>")[0]
    return next(row for row in section.split("<tr>") if f">{source_id}<" in row)


def test_the_briefing_marks_a_source_gone_from_the_registry_and_does_not_count_it_failing(env, tmp_path):
    # hostile probe 31 F4: a source whose file was deleted stayed "1 sources failing" (red) in every briefing, for ever
    out = tmp_path / "before.html"
    assert main(["report", "--out", str(out)]) == 0
    assert _card(out.read_text(encoding="utf-8"), "sources failing") == "1 sources failing"
    (tmp_path / "sources" / "uk_ofsi.yml").unlink()
    assert main(["report", "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert _card(html, "sources failing") == "0 sources failing · not counted: 1 disabled or removed from the registry"
    assert '<div class="card alert"><div class="figure">0</div><div class="label">sources failing' not in html
    assert "(not in the registry)" in _health_row(html, "uk_ofsi")
    assert "(not in the registry)" not in _health_row(html, "ofac_news")


def test_the_briefing_says_an_error_is_an_earlier_runs_when_the_last_run_was_clean(env, tmp_path):
    # hostile probe 31 F5: the briefing showed an older run's "HTTP 404" beside a clean last run (`status` did not)
    from tradewatch.store.db import connect

    con = connect(env)
    con.execute("insert into source_runs (run_id, source_id, logical_date, status, fetched, new, error) "
                "select 'r0', 'ofac_news', min(logical_date) - interval 1 day, 'failed', 0, 0, "
                "'listing https://example.org/feed.xml: HTTP 404' from source_runs")
    (when,), = con.execute("select strftime(logical_date, '%Y-%m-%d %H:%M UTC') from source_runs where run_id = 'r0'"
                           ).fetchall()
    con.close()
    out = tmp_path / "b.html"
    assert main(["report", "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert f"(earlier, {when})" in _health_row(html, "ofac_news") and "HTTP 404" in _health_row(html, "ofac_news")
    uk = _health_row(html, "uk_ofsi")
    assert "timeout &lt;after 30s&gt;" in uk and "(earlier" not in uk  # the last run's own error, as it was


def test_report_refuses_tomorrow_in_utc_and_says_since_is_utc(env, tmp_path, capsys):
    # hostile probe 31 F9: tomorrow was let through and wrote a window that ran backwards, exit 0
    from datetime import UTC, datetime

    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    out = tmp_path / "tomorrow.html"
    with pytest.raises(SystemExit):
        main(["report", "--since", tomorrow, "--out", str(out)])
    assert "in the future in UTC" in capsys.readouterr().err and not out.exists()
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "00:00 UTC" in capsys.readouterr().out


def test_sql_table_shows_lists_as_json_and_status_says_its_times_are_utc(env, capsys):
    # hostile probe 31 F13: `sql` showed ['KZ', 'CN'] (a Python repr; csv writes JSON), `status` times had no zone
    assert main(["sql", "select countries from deals where deal_id = 'd1'"]) == 0
    out = capsys.readouterr().out
    assert '["KZ", "CN"]' in out and "['KZ'" not in out
    assert main(["status"]) == 0
    from tradewatch.store.db import connect

    con = connect(env, read_only=True)
    (last,), = con.execute("select strftime(max(logical_date), '%Y-%m-%d %H:%M') from source_runs "
                           "where source_id = 'uk_ofsi'").fetchall()
    con.close()
    assert f"{last} UTC" in capsys.readouterr().out


def test_status_says_when_stored_records_are_an_older_or_newer_extractors(env, capsys):
    # hostile probe 39 F5: after an upgrade, nothing said the stored records were the older extractor's
    import duckdb

    from tradewatch.extract import EXTRACTOR_VERSION

    con = duckdb.connect(str(env))
    try:
        ids = [row[0] for row in con.execute("select article_id from articles order by article_id").fetchall()]
        con.execute("delete from article_extractions")
        con.executemany("insert into article_extractions (article_id, extractor_version) values (?, ?)",
                        [(ids[0], "0.0.1"), *((i, EXTRACTOR_VERSION) for i in ids[1:])])
    finally:
        con.close()
    assert main(["status"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 stored article has records made by an older extractor" in out
    assert "tradewatch reextract --dry-run" in out

    con = duckdb.connect(str(env))
    try:
        con.execute("update article_extractions set extractor_version = ?", [EXTRACTOR_VERSION])
    finally:
        con.close()
    assert main(["status"]) == 0
    assert "older extractor" not in capsys.readouterr().out


def test_status_and_the_briefing_judge_sources_by_the_registry_the_last_run_read(env, tmp_path, monkeypatch, capsys):
    # hostile probe 43 F2: `make demo` crawls demo/sources; right after it, `status` and `report` read the default
    # include/sources and called every demo source "(not in the registry)"
    from tradewatch import pipeline

    registry = tmp_path / "sources"
    assert pipeline.list_enabled_sources("2026-11-20T00:00:00+00:00", "2026-11-20T00:00:00+00:00", registry) == [
        "ofac_news", "reuters_trade", "uk_ofsi"]
    monkeypatch.delenv("TRADEWATCH_SOURCES_DIR")  # as after `make demo`: the run was given its registry, status is not
    assert main(["status"]) == 0
    assert "not in the registry" not in capsys.readouterr().out
    out = tmp_path / "briefing.html"
    assert main(["report", "--out", str(out)]) == 0
    assert "(not in the registry)" not in _health_row(out.read_text(encoding="utf-8"), "uk_ofsi")
    # a registry named explicitly still wins, and a source missing from it is still marked
    other = tmp_path / "other"
    _source_file(other, "ofac_news")
    monkeypatch.setenv("TRADEWATCH_SOURCES_DIR", str(other))
    assert main(["status"]) == 0
    assert "partial (not in the registry)" in capsys.readouterr().out


def test_report_prints_a_file_uri_a_terminal_can_open(env, tmp_path, capsys, monkeypatch):
    # (hostile probe 47 F7: "file:///tmp/my reports/..." broke at the space and at letters outside ASCII)
    from pathlib import Path
    from urllib.parse import unquote, urlsplit

    monkeypatch.setenv("COLUMNS", "1000")
    out = tmp_path / "my reports" / "Sanktionen – März.html"
    assert main(["report", "--out", str(out)]) == 0
    uri = next(w for w in capsys.readouterr().err.split() if w.startswith("file:"))
    assert uri == out.resolve().as_uri() and uri.isascii() and Path(unquote(urlsplit(uri).path)) == out.resolve()
