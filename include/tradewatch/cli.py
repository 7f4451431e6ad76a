"""The `tradewatch` command: one entry point, subcommands registered by each area of the library."""

from __future__ import annotations

import argparse
import importlib
import io
import logging
import os
import signal
import sys
from pathlib import Path

# Each module exposes `register(subparsers)` and adds its subcommands with `set_defaults(func=...)`.
# `func(args)` returns an exit code. Modules import heavy libraries inside their functions so that
# `tradewatch --help` stays fast.
COMMAND_MODULES = (
    "tradewatch.config_cli",
    "tradewatch.registry_cli",
    "tradewatch.pipeline_cli",
    "tradewatch.reextract",
    "tradewatch.extract.cli",
    "tradewatch.quality.cli",
    "tradewatch.lists.cli",
    "tradewatch.report.cli",
    "tradewatch.retention",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        if message.startswith("unrecognized arguments"):
            # (`tradewatch sql select * from x` unquoted: the shell split it and put the folder's file names for "*",
            # "unrecognized arguments: Dockerfile Makefile ..." said nothing of quotes: hostile probe 22)
            message += ('. A query, a name or a phrase with spaces goes in quotes, as one argument: '
                        'tradewatch sql "select * from v_recent_deals", tradewatch screen "Rosneft Oil Company"')
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tradewatch",
        description="Sanctions and trade news pipeline: fetch, extract, validate, load, match, report.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO level (default: warnings only)")
    parser.add_argument("--version", action="version", version=_version(),
                        help="print the package and extractor versions and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # that area is not installed in this build
            raise
        module.register(subparsers)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from tradewatch.extract import EXTRACTOR_VERSION

    try:
        package = version("tradewatch")
    except PackageNotFoundError:  # (imported from a folder, not installed)
        package = "unknown"
    return f"tradewatch {package} (extractor {EXTRACTOR_VERSION})"


def _escape_what_cannot_be_encoded() -> None:
    """stdout and stderr write a character their encoding lacks as an escape (\\xe9), not fail the command: scraped
    names reach a terminal in ASCII or Latin-1 (PYTHONIOENCODING=ascii, LANG=C, hostile probe 47 F3). JSON output
    uses its own escapes (`terminal.json_text`)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def _output_closed() -> int:
    """The exit code of a command whose reader closed its pipe (`tradewatch status | head -1`): nothing more is said,
    and stdout goes to /dev/null so that Python's last flush at exit does not fail (and print) again."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
    return 128 + signal.SIGPIPE  # as a command SIGPIPE ended, which `set -o pipefail` reports


def main(argv: list[str] | None = None) -> int:
    _escape_what_cannot_be_encoded()
    try:
        code = _main(argv)
        sys.stdout.flush()  # (here, where a closed pipe can still be told from other errors)
        return code
    except BrokenPipeError:
        return _output_closed()


def _main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from tradewatch.logs import configure_logging

    configure_logging(verbose=args.verbose)
    from tradewatch.settings import tell_misspelt_variables

    tell_misspelt_variables(lambda name, known: print(
        f"warning: {name} is not a Tradewatch setting and is ignored; did you mean {known}?", file=sys.stderr))
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # (the reader of the output left: `main` ends quietly)
    except Exception as exc:  # the last line of defence: one readable line, details with -v
        from tradewatch.store.db import stop_if_interrupted

        try:
            stop_if_interrupted(exc)
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return 130
        logging.getLogger("tradewatch").debug("command failed", exc_info=True)
        print(f"error: {exc}", file=sys.stderr)
        damaged = _damaged_file(exc, args)
        if damaged:
            # a block found damaged by a query, after the file opened (hostile probe 34 F6: DuckDB's words alone)
            from tradewatch.store.db import damaged_advice

            print(damaged_advice(damaged), file=sys.stderr)
        return 1


def _damaged_file(exc: BaseException, args: argparse.Namespace) -> Path | None:
    """The DuckDB file a query found damaged, when `exc` says one was (and was not already said clearly)."""
    from tradewatch.store.db import DatabaseDamaged, is_damaged

    if isinstance(exc, DatabaseDamaged) or not is_damaged(exc):
        return None
    if getattr(args, "db", None):
        return Path(args.db)
    try:
        from tradewatch.settings import get_settings

        return get_settings().duckdb_path
    except Exception:  # (the settings themselves are what failed)
        return None


if __name__ == "__main__":
    sys.exit(main())
