"""One parser per list format; each turns a downloaded file into `ListEntity` objects, streaming."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

from tradewatch.lists.entities import ListEntity

# The rules that turn a downloaded list file into list rows: the parsers here, `safexml`, `countries` and
# `store.to_tables`. Raise it whenever they change what rows a file gives (an alias left out, a name read that was
# missed, a kind or country read otherwise): the next refresh then parses the stored download of every list version
# an older parser loaded again, as the load does with an older extractor's records. Without it, a parser fix reached a
# list only when its publisher next changed the file (hostile probe 34 F4: OFAC's weak alias "Viktor BUT", left out
# since probe 29, still screened at 100 in a warehouse loaded before). Recorded in `list_versions.parser_version`.
# 2: a person's surname as the list splits it (OFAC's lastName, the EU's lastName, the UK's Name6), stored beside each
# name (`list_names.surname`) for the matcher's partial names ("Nicolas Maduro" ~ Nicolas MADURO MOROS).
PARSER_VERSION = 2

_MODULES = {
    "ofac_sdn_xml": "tradewatch.lists.parsers.ofac",
    "ofac_sdn_csv": "tradewatch.lists.parsers.ofac_csv",
    "uk_sanctions_list_xml": "tradewatch.lists.parsers.uk",
    "eu_fsf_xml": "tradewatch.lists.parsers.eu",
    "un_sc_xml": "tradewatch.lists.parsers.un",
}


# What each format's parser reads its entries from: named in the error for a file that yields too few (hostile probe 29
# F12: a file in OFAC's newer "advanced" shape failed with "parsed 0 entities", naming neither).
ENTRIES = {
    "ofac_sdn_xml": "<sdnEntry> elements",
    "ofac_sdn_csv": "rows starting with an entry number",
    "uk_sanctions_list_xml": "<Designation> elements",
    "eu_fsf_xml": "<sanctionEntity> elements",
    "un_sc_xml": "<INDIVIDUAL> and <ENTITY> elements",
}


def parse_file(fmt: str, path: Path, list_id: str) -> Iterator[ListEntity]:
    """Entities of one downloaded list file, in document order."""
    if fmt not in _MODULES:
        raise ValueError(f"no parser for list format {fmt!r}; known: {sorted(_MODULES)}")
    module = importlib.import_module(_MODULES[fmt])
    result: Iterator[ListEntity] = module.parse(path, list_id)
    return result


def what_was_found(fmt: str, path: Path, entries: int) -> str:
    """What the parser of `fmt` reads and what `path` holds instead, for the error of a file that yields too few
    entries: "the ofac_sdn_xml parser reads <sdnEntry> elements and found 0 entries in them; the file's root element
    is <Sanctions> (namespace ...)"."""
    found = f"the {fmt} parser reads {ENTRIES.get(fmt, 'entries')} and found {entries} entries in them"
    if fmt.endswith("_csv"):
        with open(path, "rb") as fh:
            first = fh.readline(200).decode("utf-8", "replace").strip()
        return f"{found}; the file's first line is {first[:80]!r}"
    root = _root_element(path)
    return f"{found}; the file's root element is {root}" if root else found


def _root_element(path: Path) -> str | None:
    """The document's root element as "<name>" (with its namespace), read from its first start tag; None if unreadable.
    (Parsed as `safexml.iter_elements` does: the prolog checked, no entity expanded, nothing fetched.)"""
    from lxml import etree

    from tradewatch.lists.safexml import check_prolog, local

    try:
        check_prolog(path)
        for _event, elem in etree.iterparse(str(path), events=("start",), resolve_entities=False, no_network=True,
                                            load_dtd=False, huge_tree=False):
            namespace = str(elem.tag)[1:].split("}", 1)[0] if str(elem.tag).startswith("{") else ""
            return f"<{local(elem.tag)}>" + (f" (namespace {namespace})" if namespace else "")
    except Exception:  # noqa: BLE001 - a description for an error message: the file's own error is reported elsewhere
        return None
    return None
