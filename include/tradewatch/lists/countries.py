"""List country names and nationalities to ISO 3166-1 alpha-2, via the project gazetteer plus list spellings."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources

from tradewatch.logs import get_logger

log = get_logger("lists.countries")

# "Korea, North" -> "North Korea"; "Iran (Islamic Republic of)" -> "Islamic Republic of Iran".
_COMMA_INVERTED = re.compile(r"^(?P<head>[^,()]+),\s*(?P<tail>[^,()]+)$")
_PAREN_INVERTED = re.compile(r"^(?P<head>[^,()]+?)\s*\((?P<tail>[^()]+)\)$")


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


@functools.cache
def _lookups() -> dict[str, str | None]:
    import yaml

    text = (resources.files("tradewatch.lists") / "countries.yml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    return {_key(str(name)): (str(code) if code else None) for name, code in raw.items()}


def _lookup(name: str) -> tuple[bool, str | None]:
    """(decided, code): the list table decides first (a null there means "ambiguous"), then the gazetteer."""
    from tradewatch.extract.countries import country_code

    table = _lookups()
    key = _key(name)
    if key in table:
        return True, table[key]
    code = country_code(name)
    return code is not None, code


@functools.cache
def to_iso2(name: str) -> str | None:
    """ISO code for a country name or nationality as a list writes it; None when unknown or ambiguous."""
    clean = " ".join(name.split()).strip(" .;,")
    if not clean:
        return None
    decided, code = _lookup(clean)
    if decided:
        return code
    for pattern in (_COMMA_INVERTED, _PAREN_INVERTED):
        match = pattern.match(clean)
        if match:
            decided, code = _lookup(f"{match['tail']} {match['head']}")
            if decided:
                return code
    return None


class CountryCoder:
    """Codes the countries of one list load and remembers the names it could not code (logged once)."""

    def __init__(self, list_id: str) -> None:
        self.list_id = list_id
        self.unknown: Counter[str] = Counter()

    def codes(self, names: Iterable[str | None]) -> list[str]:
        """Distinct ISO codes in first-seen order; unknown names are counted, not guessed."""
        out: dict[str, None] = {}  # first-seen order, constant-time membership (see entities.unique)
        for name in names:
            if not name or not name.strip():
                continue
            code = to_iso2(name)
            if code is None:
                self.unknown[" ".join(name.split())] += 1
            else:
                out.setdefault(code)
        return list(out)

    def report(self) -> None:
        """One warning per load listing every uncoded name and how often it occurred."""
        if self.unknown:
            log.warning(
                "country names not coded",
                extra={"kv": {"list_id": self.list_id, "names": dict(sorted(self.unknown.items()))}},
            )
