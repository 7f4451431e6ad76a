"""What every list parser emits: one `ListEntity` per listed party, with its names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class ListEntity:
    """A listed party as the common tables store it (entity_id is already list_id-prefixed)."""

    entity_id: str
    kind: str  # organization | person | vessel | aircraft | unknown
    primary_name: str
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    listed_on: dt.date | None = None
    # The surname of each name the list splits into given names and a surname (OFAC's lastName beside a firstName, the
    # EU's lastName, the UK's Name6 beside Name1-5), by name: the press often names a person by a given name and the
    # first word of the surname alone ("Nicolas Maduro" for Nicolas MADURO MOROS), see `scoring.partial_name_cost`
    surnames: dict[str, str] = field(default_factory=dict)

    @property
    def nameless(self) -> bool:
        """An entry with an id but no name: a malformed entry, not a delisting (parsers yield it with primary_name "")."""
        return not self.primary_name.strip()

    def names(self) -> list[tuple[str, bool]]:
        """(name, is_alias), primary first, without empty or repeated names."""
        seen: set[str] = set()
        out: list[tuple[str, bool]] = []
        for name, is_alias in [(self.primary_name, False)] + [(a, True) for a in self.aliases]:
            clean = " ".join(name.split())
            if clean and clean.casefold() not in seen:
                seen.add(clean.casefold())
                out.append((clean, is_alias))
        return out

    def surname(self, name: str) -> str | None:
        """The surname the list gives `name` (as `names` writes it), None when it splits it into none."""
        return self.surnames.get(" ".join(name.split()))


def nameless_entry(entity_id: str) -> ListEntity:
    """An entry with an id but no name (a malformed file): the store keeps what it loaded for the id instead of
    recording a delisting (see `store.load_version`)."""
    return ListEntity(entity_id=entity_id, kind="unknown", primary_name="")


def person_name(given: str | None, surname: str | None) -> tuple[str, str | None]:
    """A name as a list writes it in parts, given names first ("Nicolas MADURO MOROS"), and its surname when the list
    gives both parts (None when it gives one: an organisation's or a vessel's name, or a person's name it does not
    split), both with single spaces."""
    given, surname = " ".join((given or "").split()), " ".join((surname or "").split())
    return " ".join(p for p in (given, surname) if p), (surname if given and surname else None)


def surnames_of(names: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """`ListEntity.surnames` of (name, surname) pairs, for the names the list splits."""
    return {" ".join(name.split()): surname for name, surname in names if surname}


def unique(values: Iterable[str | None]) -> list[str]:
    """Stripped, non-empty values in first-seen order."""
    # a dict keeps first-seen order with constant-time membership: a list's `in` made one entry of
    # 80,000 aliases (a hostile or broken list file) cost minutes
    out: dict[str, None] = {}
    for value in values:
        clean = " ".join((value or "").split())
        if clean:
            out.setdefault(clean)
    return list(out)


def parse_date(text: str | None, formats: tuple[str, ...] = ("%Y-%m-%d", "%d/%m/%Y")) -> dt.date | None:
    """The first format that parses wins; a date we cannot read is None, never an error."""
    if not text:
        return None
    value = text.strip()[:10]
    for fmt in formats:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None
