"""Argument types shared by the CLI's subcommands: values out of range are refused by argparse with a clear message."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def _shown(number: int) -> str:
    return f"{number:,}" if number >= 10_000 else str(number)


def whole_number(low: int, high: int, unit: str | None = None, hint: str = "") -> Callable[[str], int]:
    """An argparse `type` taking a whole number from `low` to `high` ("1 to 1000", "of days from 1 to 3650").

    Refuses what would otherwise reach DuckDB raw (a negative LIMIT) or ask for more than a terminal can show.
    """
    of = f" of {unit}" if unit else ""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number{of}") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{value!r}: give a number{of} from {_shown(low)} to {_shown(high)}{hint}")
        return number

    parse.__name__ = f"whole number{of}"  # argparse names the type in its own errors
    return parse
