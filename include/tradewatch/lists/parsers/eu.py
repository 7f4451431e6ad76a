"""EU consolidated financial sanctions list (FSF), XML `export` / `sanctionEntity` / `nameAlias`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tradewatch.lists.entities import ListEntity, nameless_entry, parse_date, person_name, surnames_of, unique
from tradewatch.lists.kinds import KindReader
from tradewatch.lists.safexml import children, iter_elements

KINDS = {"person": "person", "enterprise": "organization"}


def _surname(alias: Any) -> str | None:
    """The lastName of a `nameAlias` that gives a first or middle name too (a person's; an enterprise's has its
    wholeName alone)."""
    return person_name(" ".join(filter(None, (alias.get("firstName"), alias.get("middleName")))), alias.get("lastName"))[1]


def parse(path: Path, list_id: str) -> Iterator[ListEntity]:
    kinds = KindReader(list_id, '<subjectType code="...">', KINDS, __name__)
    for item in iter_elements(path, {"sanctionEntity"}):
        uid = item.get("logicalId")
        aliases = children(item, "nameAlias")
        # The EU marks broad, unreliable aliases strong="false", as OFAC marks its "weak" a.k.a.s and the UK and UN
        # their "Low quality" ones: not screened as names (hostile probe 29: the weak "Rossiya" of Rossiya Bank flagged
        # "Rossiya Holding" at 98). An entry whose every name is weak keeps them: it is still listed under them.
        strong = [a for a in aliases if (a.get("strong") or "").strip().lower() != "false"]
        names = unique([a.get("wholeName") for a in (strong or aliases)])
        if not uid:
            continue
        if not names:
            yield nameless_entry(f"{list_id}:{uid}")
            continue
        subject = children(item, "subjectType")
        code = subject[0].get("code") if subject else None
        regulations = children(item, "regulation")
        dates = [parse_date(r.get("publicationDate")) for r in regulations]
        known = [d for d in dates if d is not None]
        countries = [c.get("countryIso2Code") for c in children(item, "citizenship")]
        countries += [a.get("countryIso2Code") for a in children(item, "address")]
        yield ListEntity(
            entity_id=f"{list_id}:{uid}",
            kind=kinds.kind(code),
            primary_name=names[0],
            aliases=names[1:],
            countries=unique([c for c in countries if c and c != "00"]),
            programs=unique([r.get("programme") for r in regulations]),
            listed_on=parse_date(item.get("designationDate")) or (min(known) if known else None),
            surnames=surnames_of((a.get("wholeName") or "", _surname(a)) for a in (strong or aliases)),
        )
    kinds.check()
