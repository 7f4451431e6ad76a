"""UK Sanctions List (FCDO), XML: `Designations` / `Designation` with `Names` and `NonLatinNames`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tradewatch.lists.countries import CountryCoder
from tradewatch.lists.entities import ListEntity, nameless_entry, parse_date, person_name, surnames_of, unique
from tradewatch.lists.kinds import KindReader
from tradewatch.lists.safexml import child_text, descendants, iter_elements

KINDS = {"individual": "person", "entity": "organization", "ship": "vessel"}
# Name1-Name5 are given names, Name6 the family name (an organisation's or a ship's whole name is its Name6 alone)
_GIVEN = ("Name1", "Name2", "Name3", "Name4", "Name5")


def parse(path: Path, list_id: str) -> Iterator[ListEntity]:
    coder = CountryCoder(list_id)
    kinds = KindReader(list_id, "<IndividualEntityShip>", KINDS, __name__)
    for item in iter_elements(path, {"Designation"}):
        uid = child_text(item, "UniqueID")
        primary: str | None = None
        aliases: list[str | None] = []
        split: list[tuple[str, str | None]] = []
        for name in descendants(item, "Name"):
            full, surname = person_name(" ".join(p for p in (child_text(name, part) for part in _GIVEN) if p),
                                        child_text(name, "Name6"))
            split.append((full, surname))
            if not full:
                continue
            if primary is None and (child_text(name, "NameType") or "").lower() == "primary name":
                primary = full
            elif "low" not in (child_text(name, "AliasStrength") or child_text(name, "AliasQuality") or "").lower():
                aliases.append(full)  # (a "Low quality" alias is too broad to screen, as OFAC's "weak" ones)
        aliases += [n.text for n in descendants(item, "NameNonLatinScript")]
        if primary is None and aliases:
            primary = aliases.pop(0)
        if not uid:
            continue
        if not primary:
            yield nameless_entry(f"{list_id}:{uid}")
            continue
        countries = [n.text for n in descendants(item, "AddressCountry")]
        countries += [n.text for n in descendants(item, "Nationality")]
        yield ListEntity(
            entity_id=f"{list_id}:{uid}",
            kind=kinds.kind(child_text(item, "IndividualEntityShip")),
            primary_name=primary,
            aliases=unique(aliases),
            countries=coder.codes(countries),
            programs=unique([n.text for n in descendants(item, "RegimeName")]),
            listed_on=parse_date(child_text(item, "DateDesignated"), ("%d/%m/%Y", "%Y-%m-%d")),
            surnames=surnames_of(split),
        )
    coder.report()
    kinds.check()
