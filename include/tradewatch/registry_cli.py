"""`tradewatch sources list|validate`: look at and check the source registry."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("sources", help="list or validate the source registry")
    sub = p.add_subparsers(dest="sources_command", metavar="ACTION")
    v = sub.add_parser("validate", help="check every source file; exit 1 naming each bad file and field")
    v.add_argument("--dir", type=Path, default=None, help="registry folder (default: TRADEWATCH_SOURCES_DIR)")
    v.set_defaults(func=validate)
    ls = sub.add_parser("list", help="show the sources as a table")
    ls.add_argument("--dir", type=Path, default=None)
    ls.set_defaults(func=list_sources)


def validate(args: argparse.Namespace) -> int:
    from rich.markup import escape

    from tradewatch.registry import internal_url_warning, load_registry
    from tradewatch.settings import get_settings
    from tradewatch.terminal import SafeConsole as Console

    console = Console()
    sources, errors = load_registry(args.dir)
    for error in errors:
        console.print(f"[red]invalid[/red] {escape(str(error))}", markup=True, highlight=False)
    warnings = [(s.id, why) for s in sources if (why := internal_url_warning(s.url))]
    for source_id, why in warnings:
        console.print(f"[yellow]warning[/yellow] {escape(source_id)}: field 'url': {escape(why)}", markup=True,
                      highlight=False)
    console.print(f"{len(sources)} valid source(s), {len(errors)} error(s)"
                  + (f", {len(warnings)} warning(s)" if warnings else ""))
    if errors:
        console.print("Fix the fields named above; `tradewatch.registry.Source` documents every field.")
    elif not sources:
        # (a folder with no source file at all passed, exit 0: hostile probe 22)
        console.print(f"No source file (*.yml, *.yaml) in {escape(str(args.dir or get_settings().sources_dir))}: the run "
                      "would crawl nothing. Point --dir or TRADEWATCH_SOURCES_DIR at the folder of source files.",
                      highlight=False)
        return 1
    return 1 if errors else 0


def list_sources(args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    from tradewatch.registry import load_registry
    from tradewatch.settings import redacted
    from tradewatch.terminal import SafeConsole as Console

    sources, errors = load_registry(args.dir)
    table = Table(title="Sources")
    for col in ("id", "kind", "enabled", "publisher", "url"):
        table.add_column(col, overflow="fold")
    for s in sources:
        # (a URL's user name and password are masked as `config` masks them: hostile probe 26)
        table.add_row(*(Text(str(v)) for v in (s.id, s.kind, "yes" if s.enabled else "no", s.publisher, redacted(s.url))))
    Console().print(table)
    for error in errors:
        Console().print(f"invalid: {error}", highlight=False, markup=False)
    return 1 if errors else 0
