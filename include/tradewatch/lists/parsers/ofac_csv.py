"""US OFAC SDN list, legacy CSVs: sdn.csv (entries) with alt.csv (aliases) and add.csv (addresses) beside it.

No header rows; `-0-` (often followed by a space) means null; the last line may be a lone ^Z.
sdn.csv:  ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,
          Vess_owner, Remarks
alt.csv:  ent_num, alt_num, alt_type, alt_name, alt_remarks
add.csv:  ent_num, add_num, address, city/state/postal code, country, add_remarks
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from tradewatch.lists.countries import CountryCoder
from tradewatch.lists.entities import ListEntity, nameless_entry, person_name, surnames_of, unique
from tradewatch.lists.kinds import KindReader
from tradewatch.lists.safexml import MalformedListError

ALT_FILE = "alt.csv"
ADD_FILE = "add.csv"
# SDN_Type is null for entities.
KINDS = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft", "": "organization"}
# Nationality and citizenship are only in the free-text remarks: "...; nationality Russia; ...".
_NATIONALITY = re.compile(r"\b(?:nationality|citizen)\s+([^;()]+)", re.IGNORECASE)


# OFAC's legacy CSV files end with a line holding ^Z alone (DOS end-of-file)
_END_OF_FILE = "\x1a"
_ODD_BREAK = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def _value(field: str | None) -> str:
    text = (field or "").strip()
    return "" if text == "-0-" else text


# A row break inside a cell, then what opens a row ("15,"): a quote left open swallowed the next entry
_SWALLOWED_ROW = re.compile(r"[\r\n]+\s*\d{1,9},")


def _decode(raw: bytes) -> str:
    """UTF-8 today, Windows-1252 in older files, line by line: one stray Latin-1 byte in a UTF-8 file no longer turns
    every accented name of the file into mojibake (probe 9: "SOCIÃ‰TÃ‰ GÃ‰NÃ‰RALE", no longer found by screening)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    lines = []
    for line in raw.split(b"\n"):  # (no byte of a multi-byte UTF-8 character is a line feed)
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
    return "\n".join(lines)


def _rows(path: Path) -> Iterator[list[str]]:
    """Rows of one CSV, cells cleaned. Raises MalformedListError for a row that runs into the next one."""
    text = _decode(path.read_bytes())
    if not text.rstrip(" \t\r\n").endswith(_END_OF_FILE):
        # (hostile probe 14: a file cut at 70 % by a dropped connection loaded, its last 30 % recorded as delisted; the
        # shrink guard stops only losses of more than half)
        raise MalformedListError(
            f"{path.name} does not end with the ^Z line that closes OFAC's CSV files: the download was cut short (or "
            "the file is not OFAC's); the list's current version is kept. Refresh again later.")
    # The csv module's own line handling (newline=""): str.splitlines also breaks at U+2028, \x1c, \x85 and line
    # breaks inside quoted cells, and csv then joined the pieces without a separator ("ALPHA\u2028OMEGA" read
    # "ALPHAOMEGA"). Any such character left in a cell is a space.
    for row in csv.reader(io.StringIO(text, newline="")):
        if any(_SWALLOWED_ROW.search(cell) for cell in row):
            # (probe 9: the next entry was read as part of this one's name, and so as delisted)
            raise MalformedListError(
                f"{path.name}: the row of entry {row[0][:20]!r} runs on into the next entry (a quote left open): the "
                "file is damaged; the list's current version is kept")
        cells = [_value(_ODD_BREAK.sub(" ", cell)) for cell in row]
        if cells and cells[0].isdigit():  # skips blank lines and the trailing ^Z
            yield cells


def _by_entity(path: Path, column: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    if path.exists():
        for cells in _rows(path):
            if len(cells) > column and cells[column]:
                out[cells[0]].append(cells[column])
    return out


def _person_name(name: str) -> tuple[str, str | None]:
    # "BOUT, Viktor Anatolijevitch" -> "Viktor Anatolijevitch BOUT" with the surname "BOUT", as the XML parser writes
    # persons.
    last, sep, first = name.partition(", ")
    return person_name(first, last) if sep and first else (name, None)


def _programs(field: str) -> list[str]:
    # "UKRAINE-EO13662] [RUSSIA-EO14024": the brackets separate programs.
    return [p.strip(" []") for p in field.split("] [")]


def parse(path: Path, list_id: str) -> Iterator[ListEntity]:
    aliases = _by_entity(path.parent / ALT_FILE, 3)
    address_countries = _by_entity(path.parent / ADD_FILE, 4)
    coder = CountryCoder(list_id)
    kinds = KindReader(list_id, "SDN_Type (sdn.csv's third column)", KINDS, __name__)
    for cells in _rows(path):
        cells += [""] * (12 - len(cells))
        uid, name, sdn_type, program, remarks = cells[0], cells[1], cells[2].lower(), cells[3], cells[11]
        if not name:
            yield nameless_entry(f"{list_id}:{uid}")
            continue
        is_person = sdn_type == "individual"
        names = [_person_name(n) if is_person else (n, None) for n in [name, *aliases.get(uid, [])]]
        countries = address_countries.get(uid, []) + [m.strip() for m in _NATIONALITY.findall(remarks)]
        yield ListEntity(
            entity_id=f"{list_id}:{uid}",
            kind=kinds.kind(sdn_type),
            primary_name=names[0][0],
            aliases=unique(n for n, _surname in names[1:]),
            countries=coder.codes(countries),
            programs=unique(_programs(program)) if program else [],
            listed_on=None,  # like the XML, the CSVs carry no designation date
            surnames=surnames_of(names),
        )
    coder.report()
    kinds.check()
