"""`tradewatch demo` and `tradewatch run`: the news_ingest DAG through `airflow dags test`, with a summary."""

from __future__ import annotations

import argparse
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tradewatch.settings import PROJECT_ROOT, in_checkout

DEMO_PORT = 8765


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="offline demo: serve the bundled pages on 127.0.0.1 and run the real DAGs over them",
    )
    demo.add_argument("--port", type=int, default=DEMO_PORT, help=f"demo site port (default {DEMO_PORT}, any free port if busy)")
    demo.add_argument("--date", default=None, help="logical date of the run (default: now, UTC)")
    demo.set_defaults(func=run_demo)
    run = subparsers.add_parser("run", help="run news_ingest once against the real source registry (needs internet)")
    run.add_argument("--date", default=None, help="logical date of the run (default: now, UTC)")
    run.add_argument("--source", action="append", default=None, metavar="ID",
                     help="crawl only this source (repeatable; ids from `tradewatch sources list`); the sanctions "
                          "lists are then not refreshed")
    run.set_defaults(func=run_production)


def _free_port(preferred: int) -> int:
    with socket.socket() as sock:
        # as the demo site's server binds (hostile probe 14: without it, the last run's closed connections on the port
        # made the probe fail for a minute, so a second run moved to a random port and every URL changed)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])


def escape(text: str) -> str:
    """`text` with rich's markup escaped: paths and errors quote what sites and users wrote."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _console() -> Any:
    from tradewatch.terminal import SafeConsole as Console

    return Console()  # (piped: 150 columns wide, see SafeConsole)


def _not_installed_here(console: Any, command: str, needs: str) -> bool:
    """Say in one sentence, and answer True, when `command` runs from an installed package, which carries the library
    but not the project's `needs` (hostile probe 47: `run` failed inside Airflow, "Dag 'news_ingest' could not be
    found", after writing an .airflow folder beside site-packages)."""
    if in_checkout():
        return False
    console.print(f"error: tradewatch {command} needs the project's {needs}, which an installed package does not carry: "
                  f"run it from a checkout of the project (git clone), or deploy dags/ to your Airflow and trigger the "
                  f"news_ingest DAG there.", markup=False, highlight=False, soft_wrap=True)
    return True


def run_demo(args: argparse.Namespace) -> int:
    from tradewatch.devserver import StaticSite

    console = _console()
    if _not_installed_here(console, "demo", "demo site (demo/) and DAGs (dags/)"):
        return 1
    site_dir = PROJECT_ROOT / "demo" / "site"
    if not site_dir.is_dir():
        console.print(f"[red]no demo site at {escape(str(site_dir))}[/red]: run from a full checkout of the project")
        return 1
    lists_dir = PROJECT_ROOT / "demo" / "lists"
    with StaticSite(site_dir, port=_free_port(args.port), mounts={"/lists": lists_dir}) as site:
        console.print(f"Demo site serving {escape(str(site_dir))} at [bold]{escape(site.base_url)}[/bold] (127.0.0.1 only)")
        extra = {
            "TRADEWATCH_DEMO_BASE": site.base_url,
            "TRADEWATCH_ALLOW_INTERNAL_SOURCES": "yes",  # its sources and lists are meant to be on 127.0.0.1
            "TRADEWATCH_SOURCES_DIR": str(PROJECT_ROOT / "demo" / "sources"),
            "TRADEWATCH_LISTS_DIR": str(PROJECT_ROOT / "demo" / "lists" / "registry"),
            "TRADEWATCH_MIN_INTERVAL": os.environ.get("TRADEWATCH_MIN_INTERVAL", "0.05"),
            "TRADEWATCH_BACKOFF": os.environ.get("TRADEWATCH_BACKOFF", "0.2"),
        }
        return _run_dags(console, extra, args.date or _now(), demo=True)


def run_production(args: argparse.Namespace) -> int:
    console = _console()
    if _not_installed_here(console, "run", "DAGs (dags/, which it runs with `airflow dags test`)"):
        return 1
    if args.source:
        from tradewatch.pipeline import asked_sources_problem
        from tradewatch.registry import load_registry
        from tradewatch.settings import get_settings

        folder = get_settings().sources_dir
        sources, errors = load_registry(folder)
        problem = asked_sources_problem(args.source, sources, errors, Path(folder))
        if problem:
            console.print(f"error: --source: {problem}", markup=False, highlight=False)
            return 2
    return _run_dags(console, {}, args.date or _now(), demo=False, only=list(dict.fromkeys(args.source or ())))


def _run_dags(console: Any, extra: dict[str, str], logical_date: str, demo: bool, only: list[str] | None = None) -> int:
    from tradewatch.dagrun import DagRunFailed, airflow_env, dags_test, ensure_metadata_db
    from tradewatch.pipeline import RunContext
    from tradewatch.settings import get_settings

    try:
        run_at = RunContext.create(None, logical_date).logical_date  # a bad --date is said here, not by a failed task
    except ValueError as exc:
        console.print(f"error: --date {logical_date!r}: {exc}", markup=False, highlight=False)
        return 2
    # Read once, as UTC, and handed on so: a date without a zone was UTC to the tasks (and to Airflow, unless its
    # default_timezone says otherwise) and local time to the summary, which showed another run (hostile probe 47 F8)
    logical_date = run_at.isoformat()
    os.environ.update(extra)  # this process reads the same settings as the DAG's tasks
    settings = get_settings()
    from tradewatch.files import FolderNotWritable, check_folder_writable

    try:  # (before any Airflow starts: its log, the staging and the warehouse all go there)
        check_folder_writable(settings.data_dir, "TRADEWATCH_DATA_DIR")
    except FolderNotWritable as exc:
        console.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        return 1
    # TRADEWATCH_AIRFLOW_HOME, as for `make up`, else the project's .airflow; never an inherited AIRFLOW_HOME: the runs
    # force SQLite metadata and wrote their airflow.cfg, airflow.db and logs into a shell's other Airflow (hostile
    # probe 43 F7)
    airflow_home = Path(os.environ.get("TRADEWATCH_AIRFLOW_HOME") or PROJECT_ROOT / ".airflow").expanduser()
    env = airflow_env(airflow_home, {**extra, "TRADEWATCH_DATA_DIR": str(settings.data_dir),
                                     "TRADEWATCH_DUCKDB": str(settings.duckdb_path)})
    log_file = settings.data_dir / "logs" / "airflow-dags-test.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    dags = ["sanctions_lists", "news_ingest"] if (PROJECT_ROOT / "dags" / "sanctions_lists.py").exists() else ["news_ingest"]
    if only:
        dags = ["news_ingest"]  # (a run of some sources: the sanctions lists are not what was asked for)
        console.print(f"Crawling {len(only)} source(s): {escape(', '.join(only))}; the other sources' rows stay as "
                      "they are, and the sanctions lists are not refreshed.", highlight=False)
    try:
        with console.status("Preparing Airflow metadata (SQLite, first run takes ~20 s)..."):
            ensure_metadata_db(env, log_file)
    except DagRunFailed as exc:
        console.print(f"[red]{escape(str(exc))}[/red]", highlight=False)
        if log_file.exists():
            console.print(f"See {log_file} for the whole Airflow output.", markup=False, highlight=False)
        return 1
    # Each DAG is run whatever became of the one before: a sanctions list that could not be fetched (an OFAC outage, no
    # network) stopped the news ingest too, and nothing said it was skipped (hostile probe 22)
    failed = []
    for dag_id in dags:
        try:
            with console.status(f"Running DAG [bold]{dag_id}[/bold] for {logical_date} (airflow dags test)..."):
                asked = {"conf": {"sources": only}} if only and dag_id == "news_ingest" else {}
                dags_test(dag_id, logical_date, env, log_file, **asked)
        except DagRunFailed as exc:
            failed.append(dag_id)
            console.print(f"[red]✗ {escape(str(exc))}[/red]", highlight=False)
            if dag_id != dags[-1]:
                console.print(f"Running the next DAG anyway (its own sources do not depend on {dag_id}).",
                              markup=False, highlight=False)
            continue
        console.print(f"[green]✓[/green] {dag_id} finished")
    if failed:
        console.print(f"{len(failed)} of {len(dags)} DAG(s) failed ({', '.join(failed)}). See {log_file} for the whole "
                      "Airflow output; rerun with TRADEWATCH_LOG_LEVEL=INFO for request logs.", markup=False, highlight=False)
    if "news_ingest" in failed:
        return 1
    print_summary(console, run_at.isoformat(), settings)
    _print_reports(console, settings, demo, run_at)
    return 1 if failed else 0


def print_summary(console: Any, run_key: str, settings: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    from tradewatch.pipeline import reextracted_by_load, run_summary
    from tradewatch.report.queries import table_counts
    from tradewatch.store.db import open_db

    rows = run_summary(run_key, settings)
    table = Table(title=f"Sources in run {run_key}")
    for col in ("source", "status", "fetched", "new", "updated", "unchanged", "skipped", "failed", "records",
                "quarantined", "error"):
        table.add_column(col, overflow="fold", justify="right" if col not in ("source", "status", "error") else "left")
    for r in rows:
        colour = {"ok": "green", "partial": "yellow"}.get(r["status"], "red")
        if r["quarantined_records"] and colour == "green":  # records held back: not plain "ok" (hostile probe 32 F4)
            colour = "yellow"
        # Text, not str: an error quotes what a site sent ("[/bold]" would be read as markup and fail the run)
        table.add_row(Text(str(r["source_id"])), Text(str(r["status"]), style=colour), *(str(r[k]) for k in
                      ("fetched", "new", "updated", "unchanged", "skipped", "failed", "records", "quarantined_records")),
                      Text(r["error"] or ""))
    console.print(table)
    if (again := reextracted_by_load(run_key)) is not None:
        console.print(f"The load re-extracted {again['articles']} unchanged article(s) whose records another extractor "
                      f"version made: {again['records_before']} records before, {again['records_after']} after"
                      + (f", {again['quarantined']} quarantined" if again["quarantined"] else "") + ".",
                      markup=False, highlight=False)
    counts = Table(title="Tables")
    counts.add_column("table")
    counts.add_column("rows", justify="right")
    with open_db(settings.duckdb_path, read_only=True) as con:
        for name, count in table_counts(con):
            if name != "schema_migrations":  # bookkeeping, not pipeline data
                counts.add_row(name, str(count))
    console.print(counts)
    console.print(f"DuckDB file: [bold]{escape(str(settings.duckdb_path))}[/bold] (set TRADEWATCH_DUCKDB to move it)")


def _open_with(path: Path) -> str:
    """The line under a report's path that a browser (or a terminal's link) opens: its file:// URI, escaped (a data
    folder's space or accent broke a pasted path, hostile probe 47 F12)."""
    return f"                     {Path(path).resolve().as_uri()}"


def _print_reports(console: Any, settings: Any, demo: bool, run_at: datetime) -> None:
    lines = []
    try:
        from tradewatch.report import write_report
        from tradewatch.report.render import default_report_path

        # Every record loaded so far, under a name of its own: as briefing-DATE.html it replaced the reports DAG's
        # one-day briefing of the same day (hostile probe 38 F5)
        out = write_report(settings.duckdb_path, default_report_path(settings.reports_dir, run_at, suffix="-run"), None)
        lines.append(f"Briefing:            {out} (every record loaded so far; the reports DAG's briefing of a day, "
                     "briefing-DATE.html, is left as it is)")
        lines.append(_open_with(out))
    except Exception as exc:  # reporting is a view over loaded data; say why it is missing
        lines.append(f"Briefing:            not written ({exc})")
    try:
        from tradewatch.quality.report import collect
        from tradewatch.quality.report import write_report as write_dq_report
        from tradewatch.store.db import open_db

        with open_db(settings.duckdb_path, read_only=True) as con:
            dq = collect(con, generated_at=datetime.now(UTC))
        out = write_dq_report(dq, settings.reports_dir / "dq-report.html")
        lines.append(f"Data-quality report: {out}")
        lines.append(_open_with(out))
    except Exception as exc:
        lines.append(f"Data-quality report: not written ({exc})")
    try:  # validate_run only saves the GX results; the site is built here, as the reports DAG does
        from tradewatch.quality import rebuild_data_docs

        index = rebuild_data_docs(settings.data_dir / "dq" / "validations", settings.data_dir / "dq" / "data_docs")
        lines.append(f"GX Data Docs:        {index or 'not built (no saved validation results)'}")
        if index:
            lines.append(_open_with(Path(index)))
    except Exception as exc:
        lines.append(f"GX Data Docs:        not built ({exc})")
    console.print("\n".join(lines), highlight=False, markup=False)
    if demo:
        console.print("Try: tradewatch sql \"select * from v_recent_sanctions limit 5\"  |  tradewatch screen \"NAME\"  |  tradewatch status")
