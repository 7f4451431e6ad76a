"""UN Security Council consolidated list, XML `CONSOLIDATED_LIST` with INDIVIDUALS and ENTITIES."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tradewatch.lists.countries import CountryCoder
from tradewatch.lists.entities import ListEntity, nameless_entry, parse_date, unique
from tradewatch.lists.safexml import child_text, children, descendants, iter_elements

_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def parse(path: Path, list_id: str) -> Iterator[ListEntity]:
    coder = CountryCoder(list_id)
    for item in iter_elements(path, {"INDIVIDUAL", "ENTITY"}):
        is_person = str(item.tag).endswith("INDIVIDUAL")
        uid = child_text(item, "REFERENCE_NUMBER") or child_text(item, "DATAID")
        name = " ".join(p for p in (child_text(item, part) for part in _PARTS) if p)
        if not uid:
            continue
        if not name:
            yield nameless_entry(f"{list_id}:{uid}")
            continue
        alias_tag = "INDIVIDUAL_ALIAS" if is_person else "ENTITY_ALIAS"
        # "Low quality a.k.a." names are too broad to screen (as OFAC's "weak" ones): left out
        aliases = [child_text(a, "ALIAS_NAME") for a in children(item, alias_tag)
                   if "low" not in (child_text(a, "QUALITY") or "").lower()]
        aliases.append(child_text(item, "NAME_ORIGINAL_SCRIPT"))
        address_tag = "INDIVIDUAL_ADDRESS" if is_person else "ENTITY_ADDRESS"
        countries = [child_text(a, "COUNTRY") for a in children(item, address_tag)]
        countries += [v.text for n in children(item, "NATIONALITY") for v in descendants(n, "VALUE")]
        yield ListEntity(
            entity_id=f"{list_id}:{uid}",
            kind="person" if is_person else "organization",
            primary_name=name,
            aliases=unique(aliases),
            countries=coder.codes(countries),
            programs=unique([child_text(item, "UN_LIST_TYPE")]),
            listed_on=parse_date(child_text(item, "LISTED_ON")),
        )
    coder.report()
