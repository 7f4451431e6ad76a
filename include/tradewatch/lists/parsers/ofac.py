"""US OFAC SDN list, classic XML (`sdnList` / `sdnEntry`), namespace-agnostic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tradewatch.lists.countries import CountryCoder
from tradewatch.lists.entities import ListEntity, nameless_entry, person_name, surnames_of, unique
from tradewatch.lists.kinds import KindReader
from tradewatch.lists.safexml import child_text, children, descendants, iter_elements

KINDS = {"individual": "person", "entity": "organization", "vessel": "vessel", "aircraft": "aircraft"}


def _full_name(elem: Any) -> tuple[str, str | None]:
    # OFAC writes persons as lastName + firstName; "FIRST LAST" reads naturally and word order is
    # normalised away by the matcher anyway. The lastName is kept as the surname: the press names
    # "Nicolas MADURO MOROS" "Nicolas Maduro".
    return person_name(child_text(elem, "firstName"), child_text(elem, "lastName"))


def parse(path: Path, list_id: str) -> Iterator[ListEntity]:
    coder = CountryCoder(list_id)
    kinds = KindReader(list_id, "<sdnType>", KINDS, __name__)
    for entry in iter_elements(path, {"sdnEntry"}):
        uid = child_text(entry, "uid")
        name, surname = _full_name(entry)
        if not uid:
            continue
        if not name:
            yield nameless_entry(f"{list_id}:{uid}")
            continue
        # OFAC marks broad, unreliable a.k.a.s "weak" and does not expect them screened as names ("BANK", "SUM"
        # matched every "<word> Holdings Ltd", hostile probe 18): they are left out
        aliases = [_full_name(aka) for aka in descendants(entry, "aka")
                   if (child_text(aka, "category") or "").strip().lower() != "weak"]
        countries = [child_text(a, "country") for a in descendants(entry, "address")]
        countries += [child_text(n, "country") for n in descendants(entry, "nationality")]
        programs = [p.text for lst in children(entry, "programList") for p in children(lst, "program")]
        yield ListEntity(
            entity_id=f"{list_id}:{uid}",
            kind=kinds.kind(child_text(entry, "sdnType")),
            primary_name=name,
            aliases=unique(alias for alias, _surname in aliases),
            countries=coder.codes(countries),
            programs=unique(list(programs)),
            listed_on=None,  # the SDN XML carries no designation date
            surnames=surnames_of([(name, surname), *aliases]),
        )
    coder.report()
    kinds.check()
