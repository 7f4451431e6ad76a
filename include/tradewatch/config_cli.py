"""`tradewatch config`: print the effective configuration."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("config", help="print the effective configuration and where each value comes from")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    from tradewatch.settings import get_settings
    from tradewatch.terminal import SafeConsole as Console

    table = Table(title="Tradewatch configuration (environment variables override the defaults)")
    table.add_column("setting")
    table.add_column("value", overflow="fold")
    table.add_column("environment variable and default", overflow="fold")
    for name, value, doc in get_settings().describe():
        table.add_row(name, Text(value), Text(doc))  # values come from the environment: no markup
    Console().print(table)
    return 0
