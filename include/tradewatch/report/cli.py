"""`tradewatch report|sql|status`: write the briefing, query the DuckDB read-only, see what was loaded."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradewatch.cli_args import whole_number
from tradewatch.files import refuse_out_path

if TYPE_CHECKING:
    from tradewatch.terminal import SafeConsole as Console

FORMATS = ("table", "csv", "json", "parquet")


def register(subparsers: argparse._SubParsersAction) -> None:
    r = subparsers.add_parser("report", help="write the self-contained HTML briefing")
    r.add_argument("--since", type=_parse_date, default=None, help="first day to cover, YYYY-MM-DD, from 00:00 UTC; today (UTC) or earlier (default: all)")
    r.add_argument("--out", type=Path, default=None, help="HTML file (default: DATA_DIR/reports/briefing-DATE-manual.html; the reports DAG writes briefing-DATE.html)")
    r.add_argument("--force", action="store_true", help="replace an existing --out file that is not an .html file")
    r.add_argument("--db", type=Path, default=None, help="DuckDB file (default: TRADEWATCH_DUCKDB)")
    r.set_defaults(func=report)

    s = subparsers.add_parser("sql", help="run a read-only SQL query against the DuckDB")
    s.add_argument("query", help='e.g. "select * from v_recent_sanctions limit 20"')
    s.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    s.add_argument("--out", type=Path, default=None, help="write to this file instead of stdout (parquet: required)")
    s.add_argument("--force", action="store_true", help="replace an existing --out file of another kind than --format's")
    s.add_argument("--max-rows", type=whole_number(1, 1_000_000, "rows", " (or --format csv)"), default=500, help="rows shown by --format table (default: 500)")
    s.add_argument("--db", type=Path, default=None, help="DuckDB file (default: TRADEWATCH_DUCKDB)")
    s.add_argument("--timeout", type=whole_number(1, 86_400, "seconds"), default=300,
                   help="stop the query after this many seconds (default: 300); Ctrl-C stops it at once")
    s.set_defaults(func=sql)

    st = subparsers.add_parser("status", help="what was last loaded per source, and table row counts")
    st.add_argument("--db", type=Path, default=None, help="DuckDB file (default: TRADEWATCH_DUCKDB)")
    st.set_defaults(func=status)


def _parse_date(value: str) -> date:
    from datetime import UTC, datetime

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None
    today = datetime.now(UTC).date()
    if day > today:
        # (an empty briefing "from 2099-01-01 to <today>", exit 0: hostile probe 22; tomorrow was let through, and
        # wrote a window running backwards, "from 2026-12-01 to 2026-11-30 22:49 UTC": hostile probe 31 F9)
        raise argparse.ArgumentTypeError(
            f"{value} is in the future in UTC (today there is {today.isoformat()}): --since is the first day of the "
            "window, from 00:00 UTC, so today or earlier in UTC")
    return day


def _db_path(args: argparse.Namespace) -> Path:
    from tradewatch.settings import get_settings

    return Path(args.db) if args.db else get_settings().duckdb_path


def _missing_db(console: Console, path: Path) -> int:
    from tradewatch.settings import first_run_hint

    console.print(
        f"No DuckDB file at {path}.\nRun {first_run_hint()} first, "
        "or point TRADEWATCH_DUCKDB / --db at an existing file.",
        highlight=False,
    )
    return 1


def report(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from tradewatch.report.render import default_report_path, write_report
    from tradewatch.settings import get_settings
    from tradewatch.terminal import SafeConsole as Console

    console = Console(stderr=True)
    db = _db_path(args)
    if not db.exists():
        return _missing_db(console, db)
    if args.out is not None and (refused := refuse_out_path(args.out, (".html", ".htm"), args.force, _db_path(args))):
        console.print(refused, highlight=False, markup=False)
        return 2
    generated_at = datetime.now(UTC)
    # (not the reports DAG's file of the day: a user's own window silently replaced the scheduled briefing, probe 22)
    out = args.out or default_report_path(get_settings().reports_dir, generated_at, suffix="-manual")
    path = write_report(db, out, args.since, generated_at=generated_at)
    console.print(f"Briefing written to {path}", highlight=False, markup=False, soft_wrap=True)
    # (as a URI, escaped: "file:///tmp/my reports/..." broke at the space, and at letters outside ASCII, hostile probe 47 F7)
    console.print(f"Open it in a browser: {path.resolve().as_uri()}", highlight=False, markup=False, soft_wrap=True)
    return 0


def sql(args: argparse.Namespace) -> int:
    import duckdb

    from tradewatch.report.render import open_for_reading
    from tradewatch.store.db import connect
    from tradewatch.terminal import SafeConsole as Console

    err = Console(stderr=True)
    if args.format == "parquet" and not args.out:
        err.print("Parquet is binary: add --out FILE.parquet.", highlight=False)
        return 2
    if args.format == "table" and args.out:
        err.print("--out writes files: choose --format csv, json or parquet.", highlight=False)
        return 2
    if not _has_statement(args.query):
        # (an empty or comment-only query failed with "'NoneType' object has no attribute 'description'": probe 22)
        err.print('The query is empty: give one SQL statement, e.g. tradewatch sql "select * from v_recent_sanctions '
                  'limit 20".', highlight=False, markup=False)
        return 2
    if args.out is not None and (refused := refuse_out_path(args.out, _SUFFIXES[args.format], args.force, _db_path(args))):
        err.print(refused, highlight=False, markup=False)
        return 2
    db = _db_path(args)
    if not db.exists():
        return _missing_db(err, db)
    # (a file from an older release gets the views it lacks first, as `status` and `report` do: "v_recent_sanctions does
    # not exist! Did you mean pg_constraint?" said nothing of why, hostile probe 18)
    open_for_reading(db).close()
    con = connect(db, read_only=True)
    try:
        # Read-only means no file either: DuckDB's COPY TO, read_text and extensions reach the file system and the
        # network ("copy ... to" could replace the lists' pickled name index, which the load task then unpickles).
        # no spilling: a query larger than the memory limit wrote GBs of temp files beside the database (probe 22)
        con.execute("set temp_directory = ''")
        con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
        # With the configuration locked, DuckDB lets no Ctrl-C through: a runaway query held the database's lock (the
        # DAGs' writers failed on it) until killed (hostile probe 22). Ctrl-C and the time limit interrupt it here.
        with _interruptible(con, args.timeout) as timed_out:
            try:
                try:
                    if args.format == "parquet":
                        relation = con.sql(args.query)
                        batches = relation.to_arrow_reader(_BATCH_ROWS) if relation is not None else None
                    else:
                        cursor = con.execute(args.query)
                except duckdb.InterruptException:
                    raise
                except duckdb.Error as exc:
                    return _query_failed(err, exc)
                try:
                    return _export(args, err, batches if args.format == "parquet" else cursor)
                except duckdb.InterruptException:
                    raise
                except duckdb.Error as exc:  # raised while rows are fetched (a cast or error() on a later row): no file changed
                    return _query_failed(err, exc)
            except duckdb.InterruptException:
                if timed_out[0]:
                    err.print(f"Query stopped: it ran past the time limit ({args.timeout} s). Narrow it (a where clause, "
                              "a limit, fewer joins), or give it longer with --timeout SECONDS.", highlight=False, markup=False)
                    return 1
                raise KeyboardInterrupt from None
    finally:
        con.close()


def _has_statement(query: str) -> bool:
    """Whether `query` holds anything but blanks, semicolons and SQL comments."""
    import re

    return bool(re.sub(r"--[^\n]*|/\*.*?\*/|[\s;]", "", query, flags=re.DOTALL))


@contextmanager
def _interruptible(con: Any, timeout: int | None) -> Iterator[list[bool]]:
    """Ctrl-C (SIGINT) and, after `timeout` seconds, a timer interrupt the connection's running query; yields a
    one-item list that says whether the timer fired."""
    import signal
    import threading

    fired = [False]
    interrupted = threading.Event()

    def on_sigint(signum: int, frame: Any) -> None:
        interrupted.set()
        con.interrupt()

    def on_timeout() -> None:
        fired[0] = True
        con.interrupt()

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, on_sigint)
    timer = threading.Timer(timeout, on_timeout) if timeout else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield fired
        if interrupted.is_set():
            raise KeyboardInterrupt
    finally:
        if timer is not None:
            timer.cancel()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _query_failed(err: Console, exc: Exception) -> int:
    if "Out of Memory" in str(exc) or "out of memory" in str(exc):
        err.print("Query failed: it needs more memory than TRADEWATCH_DUCKDB_MEMORY allows "
                  f"({str(exc).splitlines()[0][:200]}). Narrow it (a where clause, a limit, fewer columns or joins), or "
                  "raise TRADEWATCH_DUCKDB_MEMORY (e.g. 2GB) for this command.", highlight=False, markup=False)
        return 1
    err.print(f"Query failed: {exc}", highlight=False, markup=False)
    err.print(
        'List tables and views with: tradewatch sql "select table_name, table_type from '
        'information_schema.tables order by 1". The database is opened read-only, without access to '
        'files or the network (query the blob packs with DuckDB itself).',
        highlight=False,
        markup=False,
    )
    return 1


def _export(args: argparse.Namespace, err: Console, result: Any) -> int:
    """`result` (an Arrow batch reader for parquet, else the executed cursor) shown or written as `args` asks."""
    if args.format == "parquet":
        batches = result
        if batches is None:
            err.print("The statement returned no rows.", highlight=False)
            return 0
        names = batches.schema.names
        renamed = _unique_names(names, err) if len(set(names)) < len(names) else None
        written = _write_file(args.out, lambda tmp: _parquet(batches, tmp, renamed))
        err.print(f"{written} row(s) written to {args.out}", highlight=False)
        return 0
    cursor = result
    if cursor.description is None:
        err.print("The statement returned no rows.", highlight=False)
        return 0
    columns = [d[0] for d in cursor.description]
    if args.format == "table":
        # a table shows --max-rows rows: only one more is fetched, to say there are more (3 million rows took
        # 720 MB to show one)
        _print_table(columns, cursor.fetchmany(args.max_rows + 1), args.max_rows)
        return 0
    # csv and json go out a batch of rows at a time, into the file or stdout: a million rows took 850 MB (csv)
    # and 2 GB (json) when the whole result was fetched, then rendered as one string
    if args.format == "json" and len(set(columns)) < len(columns):
        columns = _unique_names(columns, err)  # (a JSON object keeps one value a key: "select *" over a join lost columns)
    # (a FILE.tsv is opened as tab-separated: commas put every row in one column, hostile probe 42 F7)
    tabs = args.out is not None and args.out.suffix.lower() == ".tsv"
    chunks = _csv_chunks(columns, cursor, "\t" if tabs else ",") if args.format == "csv" else _json_chunks(columns, cursor)
    if args.out:
        written = _write_file(args.out, lambda tmp: _text_file(chunks, tmp))
        err.print(f"{written} row(s) written to {args.out}", highlight=False)
    else:
        from tradewatch.terminal import json_text, visible

        on_terminal = sys.stdout.isatty()  # a terminal obeys escape sequences in scraped text; a pipe gets the data
        # (JSON keeps its own escapes on a terminal: `visible`'s "\x9b" made it invalid JSON, hostile probe 16)
        shown = json_text if args.format == "json" else visible
        for chunk, _ in chunks:
            if not on_terminal:
                # (JSON escapes, on a pipe too, the characters stdout's encoding lacks: hostile probe 47 F3)
                chunk = json_text(chunk, controls=False) if args.format == "json" else chunk
            sys.stdout.write(shown(chunk) if on_terminal else chunk)
        sys.stdout.flush()
    return 0


# Rows fetched and written at a time by the csv, json and parquet exports: memory is a batch, not the result.
_BATCH_ROWS = 10_000
# the files each --format writes (an existing file of another kind is replaced only with --force)
_SUFFIXES = {"csv": (".csv", ".txt", ".tsv"), "json": (".json", ".jsonl", ".txt"), "parquet": (".parquet", ".pq"),
             "table": (".txt",)}

# An export's text pieces, each with the number of rows it finishes.
_Chunks = Iterator[tuple[str, int]]


def _write_file(out: Path, write: Callable[[Path], int]) -> int:
    """`write(tmp)`'s row count, once the file it wrote replaced `out` whole: an export that fails half-way (or is
    stopped with Ctrl-C) leaves the earlier file, not the first half of a new one."""
    from tradewatch.files import write_atomically

    count = 0

    def fill(tmp: Path) -> None:
        nonlocal count
        count = write(tmp)

    write_atomically(out, fill)
    return count


def _text_file(chunks: _Chunks, path: Path) -> int:
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        for chunk, finished in chunks:
            f.write(chunk)
            rows += finished
    return rows


def _parquet(batches: Any, path: Path, names: list[str] | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = 0
    schema = batches.schema if names is None else pa.schema([f.with_name(n) for f, n in zip(batches.schema, names, strict=True)])
    with pq.ParquetWriter(path, schema) as writer:
        for batch in _arrow_batches(batches):
            if names is not None:
                batch = pa.RecordBatch.from_arrays(batch.columns, schema=schema)
            writer.write_batch(batch)
            rows += batch.num_rows
    return rows


def _unique_names(columns: list[str], err: Console) -> list[str]:
    """Column names made unique ("x", "x_2"), said on stderr: a JSON object and a Parquet file keep one column a name
    (hostile probe 22: "select *" over a join lost the second table's same-named columns, and the Parquet file could
    not be read back)."""
    seen: dict[str, int] = {}
    taken = set(columns)
    out = []
    for name in columns:
        if name not in seen:
            seen[name] = 1
            out.append(name)
            continue
        n = seen[name]
        while f"{name}_{n + 1}" in taken:
            n += 1
        seen[name] = n + 1
        out.append(f"{name}_{n + 1}")
        taken.add(out[-1])
    renamed = [f"{a} -> {b}" for a, b in zip(columns, out, strict=True) if a != b]
    err.print(f"note: columns sharing a name were renamed ({', '.join(renamed)}); name them with AS to choose.",
              highlight=False, markup=False)
    return out


def _arrow_batches(batches: Any) -> Iterator[Any]:
    """The reader's batches; the query failing on a later row (which Arrow reports as an OSError) is a duckdb.Error,
    as it is for the other formats, not a disk error."""
    import duckdb

    reading = iter(batches)
    while True:
        try:
            batch = next(reading)
        except StopIteration:
            return
        except OSError as exc:
            raise duckdb.Error(str(exc)) from exc
        yield batch


def _batches(cursor: Any) -> Iterator[list[tuple[Any, ...]]]:
    while rows := cursor.fetchmany(_BATCH_ROWS):
        yield rows


def _csv_chunks(columns: list[str], cursor: Any, delimiter: str = ",") -> _Chunks:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)

    def taken() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow([_inert(c) for c in columns])
    yield taken(), 0
    for rows in _batches(cursor):
        writer.writerows([_inert(v) for v in row] for row in rows)
        yield taken(), len(rows)


def _json_chunks(columns: list[str], cursor: Any) -> _Chunks:
    """The text `json.dumps(records, indent=2)` gives for the whole result (one array of objects), a batch at a time."""
    import json

    opening = "[\n  "
    for rows in _batches(cursor):
        items = (json.dumps(dict(zip(columns, row, strict=True)), default=_json_value, ensure_ascii=False, indent=2)
                 for row in rows)
        yield opening + ",\n  ".join(item.replace("\n", "\n  ") for item in items), len(rows)
        opening = ",\n  "
    yield ("[]\n" if opening.startswith("[") else "\n]\n"), 0


def _print_table(columns: list[str], rows: list[tuple[Any, ...]], max_rows: int) -> None:
    from rich.table import Table
    from rich.text import Text

    from tradewatch.terminal import SafeConsole as Console

    console = Console()

    def cell(v: Any) -> Text:
        # Text(), not str: scraped values may contain [brackets] that rich would read as markup; a list or a struct as
        # JSON, as the csv export writes it, not Python's "['DE', 'NO']" (hostile probe 31 F13)
        if v is None:
            return Text("NULL", style="dim")
        if isinstance(v, list | tuple | dict):
            import json

            return Text(json.dumps(v, ensure_ascii=False, default=_json_value))
        return Text(str(v))

    if len(columns) * 12 > console.width:
        # Too many columns to read side by side: one block per row, a line per column.
        for n, row in enumerate(rows[:max_rows], start=1):
            record = Table(show_header=False, title=f"row {n}", title_justify="left", box=None, padding=(0, 1))
            record.add_column(style="bold", no_wrap=True)
            record.add_column(overflow="fold")
            for column, value in zip(columns, row, strict=True):
                record.add_row(column, cell(value))
            console.print(record)
    else:
        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows[:max_rows]:
            table.add_row(*(cell(v) for v in row))
        console.print(table)
    shown = min(len(rows), max_rows)
    note = (f"{len(rows)} row(s)" if len(rows) <= max_rows
            else f"more than {max_rows} row(s), first {shown} shown (use --max-rows, a LIMIT, or --format csv)")
    console.print(note, style="dim", highlight=False)


# A text cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM(...)", "+cmd|..."): names and titles are
# scraped or come from list files, so no cell of an export opens with one of these (OWASP's CSV injection advice).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# ... nor holds one after a character a spreadsheet may split cells at: Excel in a locale whose list separator is ";"
# (German, French, Spanish ...) splits "Treasury;+HYPERLINK(B3)" into two cells, the second a live formula, though the
# comma-separated file never quoted it (hostile probe 42 F2); a tab, a comma or a line break may split it elsewhere.
# The formula character gets the same "'" (after any spaces or quotes that would open the cell).
_FORMULA_AFTER_SEPARATOR = re.compile(r"([;,\t\r\n][\s\"]*)(?=[=+\-@])")


def _inert(value: Any) -> Any:
    """`value`, a text opening like a formula quoted with a leading "'" so spreadsheets show it as text; a list or a
    struct as JSON, bytes as hex and an interval as ISO 8601 (not Python's reprs "['AE', 'GB']", "b'x'", "1 day,
    0:00:00": hostile probe 22)."""
    if isinstance(value, list | tuple | dict):
        import json

        value = json.dumps(value, ensure_ascii=False, default=_json_value)
    elif isinstance(value, bytes | bytearray | memoryview | timedelta):
        value = _json_value(value)
    if not isinstance(value, str):
        return value
    value = _FORMULA_AFTER_SEPARATOR.sub(r"\1'", value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _json_value(value: Any) -> Any:
    """A value `json` cannot write, as text another program reads back: bytes as hex, an interval as ISO 8601."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
        sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
        days, rest = divmod(seconds, 86400)
        return f"{sign}P{int(days)}DT{rest:g}S"
    return str(value)


def status(args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    from tradewatch.registry import registry_standing, standing_note
    from tradewatch.report.queries import run_query, table_counts
    from tradewatch.report.render import open_for_reading
    from tradewatch.terminal import SafeConsole as Console

    console = Console()
    db = _db_path(args)
    if not db.exists():
        return _missing_db(console, db)
    con = open_for_reading(db)
    try:
        health = run_query(con, "source_status", {})
        held, superseded = _quarantine_standing(con)
        counts = table_counts(con)
        older, newer = _extractor_standing(con)
    finally:
        con.close()
    console.print(f"DuckDB: {db}", highlight=False)
    # On a narrow terminal (80 columns) eleven columns folded every cell a few letters a line: 90 lines for 7 sources
    # (hostile probe 22). There each source is one row of the essentials, its error on a line of its own below.
    narrow = console.width < _WIDE_STATUS
    sources = Table(title="Sources: last run")
    headers = (("source", "status", "fetched", "new", "records", "failed", "streak") if narrow else
               ("source", "last run", "status", "fetched", "new", "records", "failed", "last success", "streak", "runs",
                "last error"))
    for column in headers:
        sources.add_column(column, overflow="fold", justify="right" if column in _NUMERIC else "left")
    errors: list[tuple[str, str]] = []  # (source, its last error), printed below a narrow table
    standing = registry_standing()
    for r in health:
        colour = {"ok": "green", "partial": "yellow", "failed": "red", "config_error": "red"}.get(r["last_status"], "")
        if (note := standing_note(standing, str(r["source_id"]))) is not None:
            # a source disabled, or no longer in the registry (renamed, its file deleted): its last run is history,
            # not a source that ran fine (hostile probe 24)
            r = {**r, "last_status": f"{r['last_status']} ({note})"}
            colour = "dim"
        elif (note := quarantine_note(row := held.get((r["last_run_id"], r["source_id"])))) is not None:
            # what validation held back, beside the status: "ok, records 0" said nothing of 6 records quarantined
            # (hostile probe 32 F4)
            r = {**r, "last_status": f"{r['last_status']} ({note})"}
            if row and (row["articles"] or row["records"] > row["superseded"]):  # (superseded: nothing to do)
                colour = "yellow" if colour == "green" else colour
        counts_cells = [Text(_count(r[k])) for k in ("last_fetched", "last_new", "last_records", "last_failed")]
        if r["last_error"] and not r["last_run_error"]:
            # an earlier run's error, the last run clean: said as such, not as the last run's
            r = {**r, "last_error": f"(earlier, {_when(r['last_error_at']) or 'an earlier run'}) {r['last_error']}"}
        streak = Text(str(r["failure_streak"]), style="red" if r["failure_streak"] else "")
        if narrow:
            sources.add_row(Text(str(r["source_id"])), Text(str(r["last_status"]), style=colour), *counts_cells, streak)
            if r["last_error"]:
                errors.append((str(r["source_id"]), str(r["last_error"])))
            continue
        sources.add_row(
            Text(str(r["source_id"])),
            Text(_when(r["last_run_at"]) or str(r["last_run_id"])),
            Text(str(r["last_status"]), style=colour),
            *counts_cells,
            Text(_when(r["last_success_at"], "never")),
            streak,
            Text(str(r["runs"])),
            Text(str(r["last_error"] or "")),
        )
    if health:
        console.print(sources)
        if narrow:
            for source_id, error in errors:
                console.print(Text.assemble((source_id, "bold"), ": ", error))
            console.print("(a narrow terminal: run times and last successes in a wider one, or with "
                          'tradewatch sql "select * from v_source_health")', style="dim", highlight=False)
    else:
        from tradewatch.settings import first_run_hint

        console.print(f"No source runs recorded yet: run {first_run_hint()}.", highlight=False)
    tables = Table(title="Tables")
    tables.add_column("table")
    tables.add_column("rows", justify="right")
    for name, rows in counts:
        # (the quarantine is an audit trail, rows are never dropped: those a newer extractor superseded are said, as
        # they are not outstanding; hostile probe 39 F2)
        tables.add_row(name, f"{rows:,}" + (f" ({superseded:,} superseded)" if name == "quarantine" and superseded else ""))
    console.print(tables)
    if older:
        from tradewatch.extract import EXTRACTOR_VERSION

        # (hostile probe 39 F5: after an upgrade nothing said the stored records were an older extractor's)
        console.print(f"{older:,} stored article{'' if older == 1 else 's'} ha{'s' if older == 1 else 've'} records made "
                      f"by an older extractor than this one ({EXTRACTOR_VERSION}): `tradewatch reextract --dry-run` says "
                      "how long making them again would take.", style="yellow", highlight=False)
    if newer:
        from tradewatch.reextract import newer_note

        console.print(newer_note(newer), style="yellow", highlight=False)
    return 0


def _extractor_standing(con: Any) -> tuple[int, dict[str, int]]:
    """How many stored articles an older extractor made, and how many each newer one made (a file older than the
    migrations that record extractor versions has neither)."""
    import duckdb

    from tradewatch.reextract import articles_to_reextract, newer_than_installed

    try:
        return len(articles_to_reextract(con)), newer_than_installed(con)
    except duckdb.Error:  # (a file from before the records' versions: nothing to say, the rest still shown)
        return 0, {}


def _quarantine_standing(con: Any) -> tuple[dict[tuple[Any, Any], dict[str, Any]], int]:
    """`quarantined_by_source` by (run, source), and how many quarantine rows a newer extractor superseded."""
    from tradewatch.quality.quarantine import define_standing
    from tradewatch.report.queries import relation_exists, run_query

    if not relation_exists(con, "quarantine"):
        return {}, 0
    define_standing(con)
    held = {(r["run_id"], r["source_id"]): r for r in run_query(con, "quarantined_by_source", {})}
    return held, int(run_query(con, "quarantine_superseded", {})[0]["superseded"])


def quarantine_note(row: dict[str, Any] | None) -> str | None:
    """"6 records, 3 articles quarantined" for a source run's row of `quarantined_by_source`, saying how many of the
    records a newer extractor has since superseded; None when nothing was."""
    if not row or not (row["records"] or row["articles"]):
        return None
    parts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in ((row["records"], "record"), (row["articles"], "article"))
             if n]
    superseded = row.get("superseded") or 0
    return ", ".join(parts) + " quarantined" + (f", {superseded} since superseded by a newer extractor" if superseded
                                                else "")


_NUMERIC = {"fetched", "new", "records", "failed", "streak", "runs"}
_WIDE_STATUS = 140  # columns the whole source table needs to show its cells unfolded


def _count(value: Any) -> str:
    return "" if value is None else f"{value:,}"


def _when(value: Any, empty: str = "") -> str:
    """A run's time in UTC, saying so ("2026-11-30 06:00 UTC"), as the briefing does (hostile probe 31 F13)."""
    from datetime import UTC, datetime

    if value is None:
        return empty
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else str(value)
