"""One parser per list format; each turns a downloaded file into `ListEntity` objects, streaming."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

from tradewatch.lists.entities import ListEntity

_MODULES = {
    "ofac_sdn_xml": "tradewatch.lists.parsers.ofac",
    "ofac_sdn_csv": "tradewatch.lists.parsers.ofac_csv",
    "uk_sanctions_list_xml": "tradewatch.lists.parsers.uk",
    "eu_fsf_xml": "tradewatch.lists.parsers.eu",
    "un_sc_xml": "tradewatch.lists.parsers.un",
}


def parse_file(fmt: str, path: Path, list_id: str) -> Iterator[ListEntity]:
    """Entities of one downloaded list file, in document order."""
    if fmt not in _MODULES:
        raise ValueError(f"no parser for list format {fmt!r}; known: {sorted(_MODULES)}")
    module = importlib.import_module(_MODULES[fmt])
    result: Iterator[ListEntity] = module.parse(path, list_id)
    return result
