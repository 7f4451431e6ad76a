"""Each list parser on a hand-made file in that list's real format; hostile XML is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.unit.lists.lists_support import FIXTURES
from tradewatch.lists import safexml
from tradewatch.lists.parsers import parse_file
from tradewatch.lists.safexml import UnsafeXMLError


def entities(fmt: str, name: str, list_id: str) -> dict:
    return {e.entity_id: e for e in parse_file(fmt, FIXTURES / name, list_id)}


def test_ofac_sdn_xml() -> None:
    found = entities("ofac_sdn_xml", "sdn.xml", "us_ofac_sdn")
    assert set(found) == {"us_ofac_sdn:36", "us_ofac_sdn:25370", "us_ofac_sdn:7311", "us_ofac_sdn:15036"}
    rosneft = found["us_ofac_sdn:25370"]
    assert rosneft.kind == "organization"
    assert rosneft.aliases == ["OAO ROSNEFT", "ROSNEFT"]
    assert rosneft.programs == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    assert rosneft.countries == ["RU"]
    bout = found["us_ofac_sdn:7311"]
    assert (bout.kind, bout.primary_name) == ("person", "Viktor Anatolijevitch BOUT")
    assert "Victor BUTT" in bout.aliases and bout.countries == ["RU"]
    # a person's lastName is the surname of each name (the press names a person by a given name and its first word)
    assert (bout.surname("Viktor Anatolijevitch BOUT"), bout.surname("Victor BUTT")) == ("BOUT", "BUTT")
    assert rosneft.surnames == {} and found["us_ofac_sdn:15036"].surnames == {}  # a lastName alone is no split
    vessel = found["us_ofac_sdn:15036"]
    # "Korea, North" is turned round; the unknown "Region: Northern Atlantis" is dropped, not guessed.
    assert vessel.kind == "vessel" and vessel.countries == ["KP"]


def test_uk_sanctions_list_xml() -> None:
    found = entities("uk_sanctions_list_xml", "uk_sanctions_list.xml", "uk_sanctions_list")
    sber = found["uk_sanctions_list:RUS0251"]
    assert sber.primary_name == "SBERBANK"
    assert "ПАО Сбербанк" in sber.aliases
    assert sber.listed_on == dt.date(2022, 2, 24)  # dd/mm/yyyy in the source
    assert sber.programs == ["Russia"]
    abramovich = found["uk_sanctions_list:RUS0704"]
    assert abramovich.kind == "person"
    assert abramovich.countries == ["RU", "IL"]
    # Name6 beside given names is the surname; Name6 alone is a whole name (a company's, a ship's)
    assert abramovich.surnames == {"Roman Arkadyevich ABRAMOVICH": "ABRAMOVICH", "Roman ABRAMOVITCH": "ABRAMOVITCH"}
    assert sber.surnames == {}
    assert found["uk_sanctions_list:RUS1801"].kind == "vessel"


def test_eu_fsf_xml() -> None:
    found = entities("eu_fsf_xml", "eu_fsf.xml", "eu_fsf")
    vtb = found["eu_fsf:139067"]
    assert (vtb.kind, vtb.primary_name, vtb.aliases) == ("organization", "VTB Bank", ["Банк ВТБ"])
    assert vtb.countries == ["RU"] and vtb.programs == ["UKR"]
    assert vtb.listed_on == dt.date(2022, 2, 23)
    person = found["eu_fsf:13"]
    assert person.kind == "person" and person.countries == ["UA"]
    # the lastName of an alias with a first or middle name is the surname of its wholeName, in each script
    assert person.surnames == {"Sergey Valeryevich Aksyonov": "Aksyonov", "Сергей Валерьевич Аксёнов": "Аксёнов"}
    assert vtb.surnames == {}


def test_un_sc_xml() -> None:
    found = entities("un_sc_xml", "un_sc.xml", "un_sc")
    komid = found["un_sc:KPe.001"]
    assert komid.kind == "organization"
    assert komid.aliases == ["CHANGGWANG SINYONG CORPORATION", "KOMID"]
    assert komid.listed_on == dt.date(2009, 4, 24)
    assert komid.countries == ["KP"]
    person = found["un_sc:KPi.033"]
    assert (person.kind, person.primary_name, person.programs) == ("person", "RI WON HO", ["DPRK"])
    assert person.countries == ["SY", "KP"]  # address first, then nationality
    assert person.surnames == {}  # numbered name parts, none of them marked a surname


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no parser"):
        list(parse_file("csv_of_doom", FIXTURES / "sdn.xml", "x"))


@pytest.mark.parametrize("name", ["billion_laughs.xml", "xxe.xml"])
def test_hostile_xml_is_refused(name: str) -> None:
    fmt = "ofac_sdn_xml" if name.startswith("billion") else "un_sc_xml"
    with pytest.raises(UnsafeXMLError):
        list(parse_file(fmt, FIXTURES / name, "x"))


def test_parser_itself_neither_expands_nor_fetches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Second line of defence: even past the prolog check, lxml expands no entity and reads no file."""
    monkeypatch.setattr(safexml, "check_prolog", lambda path: None)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    xxe = tmp_path / "xxe.xml"
    xxe.write_text(
        (FIXTURES / "xxe.xml").read_text().replace("file:///etc/hostname", secret.as_uri()), encoding="utf-8"
    )
    try:
        names = [e.primary_name for e in parse_file("un_sc_xml", xxe, "x")]
    except Exception as exc:  # refusing is fine too, as long as nothing leaked
        names = [str(exc)]
    assert not any("TOP-SECRET" in n for n in names)

    try:
        laughs = [e.primary_name for e in parse_file("ofac_sdn_xml", FIXTURES / "billion_laughs.xml", "x")]
    except Exception as exc:
        laughs = [str(exc)]
    assert all(len(n) < 10_000 for n in laughs)


@pytest.mark.parametrize("disguise", ["padding", "tag_in_comment", "utf16"])
def test_entity_declarations_the_prolog_check_misses_are_refused_by_the_parsers_view(tmp_path: Path, disguise: str) -> None:
    # red team round 3: a DOCTYPE behind 70 KB of comment, after "<a" inside a comment, or in UTF-16 passed the
    # byte check, and "AEROCARIBBEAN &xxe; AIRLINES" was stored as "AEROCARIBBEAN"
    doctype = '<!DOCTYPE sdnList [<!ENTITY xxe "X">]>'
    before = {"padding": "<!--" + "p" * 70_000 + "-->", "tag_in_comment": "<!-- <a -->", "utf16": ""}[disguise]
    sdn = (FIXTURES / "sdn.xml").read_text(encoding="utf-8")
    body = sdn.split("?>", 1)[1] if sdn.startswith("<?xml") else sdn
    body = body.replace("</lastName>", " &xxe;</lastName>", 1)
    text = before + doctype + body
    path = tmp_path / "disguised.xml"
    if disguise == "utf16":
        path.write_bytes(('<?xml version="1.0" encoding="UTF-16"?>' + text).encode("utf-16"))
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(UnsafeXMLError):
        list(parse_file("ofac_sdn_xml", path, "x"))


# A child's peak resident memory in MB, as an expression (Linux: /proc/self/status, in kB).
_PEAK_MB = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).split()[1]) // 1024"


def _parse_in_child(path: Path, report: str, timeout: float) -> str:
    """`parse_file` of an OFAC SDN XML at `path` in a child process (a regression fails the test instead of hanging or
    swapping the suite); `report` prints what the test reads from `found` (the entries) or `error` (a ValueError)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    script = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from tradewatch.lists.parsers import parse_file\n"
        "found, error = [], None\n"
        "try:\n"
        "    found = list(parse_file('ofac_sdn_xml', Path(sys.argv[1]), 'us_ofac_sdn'))\n"
        "except ValueError as exc:\n"
        "    error = exc\n"
        f"{report}\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=timeout,
                          env={"PYTHONPATH": f"{root / 'include'}", "PATH": "/usr/bin:/bin"}, check=True)
    return done.stdout


def test_one_entry_of_very_many_aliases_is_read_in_linear_time(tmp_path: Path) -> None:
    # A hostile or broken list: one sdnEntry of 150,000 aliases (11 MB). Freeing the entry (lxml, when every
    # element had a Python object) and keeping aliases unique (a list's `in`) were both quadratic: minutes.
    good = (FIXTURES / "sdn.xml").read_bytes()
    akas = "".join(f"<aka><uid>{i}</uid><type>a.k.a.</type><lastName>ALIAS {i}</lastName></aka>" for i in range(150_000))
    path = tmp_path / "sdn.xml"
    path.write_bytes(good.replace(b"<akaList>", b"<akaList>" + akas.encode(), 1))
    out = _parse_in_child(path, "print(error or '', len(found), max((len(e.aliases) for e in found), default=0))", 60)
    entries, most_aliases = map(int, out.split())
    assert entries == 4
    assert most_aliases >= 150_000  # every alias kept, in one entry


def test_a_list_of_other_elements_stops_early_with_bounded_memory(tmp_path: Path) -> None:
    # hostile probe 5: "<sdnList>" then "<a/>" x 50 MB took 34 bytes of memory a byte (a 204 MB file: 6.9 GB) before
    # failing with "parsed 0 entities"; libxml2 keeps each element until a wanted one ends after it.
    good = (FIXTURES / "sdn.xml").read_bytes()
    junk = b"<a/>" * (48 * 1024 * 1024 // 4)
    path = tmp_path / "sdn.xml"
    path.write_bytes(good.replace(b"</sdnList>", junk + b"</sdnList>", 1))
    # (the child's own high-water mark: ru_maxrss survives exec, so the child reported the pytest parent's peak, 1 GB
    # late in a full run; VmHWM belongs to the exec'd image)
    out = _parse_in_child(path, "print('ERROR', error)\nprint('MB', " + _PEAK_MB + ")", 120)
    assert "ERROR sdn.xml: 16 MB of XML without a complete <sdnEntry> element" in out
    peak = int(out.split("MB ")[-1])
    assert peak < 1000, f"{peak} MB to refuse a 48 MB file"


@pytest.mark.parametrize(("fmt", "xml"), [
    ("ofac_sdn_xml", """<sdnList><sdnEntry><uid>501</uid><lastName>NORTHWIND SHIPPING LLC</lastName><sdnType>Entity</sdnType>
        <akaList><aka><uid>1</uid><type>a.k.a.</type><category>strong</category><lastName>NORTHWIND MARINE</lastName></aka>
        <aka><uid>2</uid><type>a.k.a.</type><category>weak</category><lastName>BANK</lastName></aka></akaList>
        </sdnEntry></sdnList>"""),
    ("un_sc_xml", """<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>501</DATAID><FIRST_NAME>NORTHWIND SHIPPING LLC</FIRST_NAME>
        <REFERENCE_NUMBER>KPe.501</REFERENCE_NUMBER>
        <ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>NORTHWIND MARINE</ALIAS_NAME></ENTITY_ALIAS>
        <ENTITY_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>BANK</ALIAS_NAME></ENTITY_ALIAS>
        </ENTITY></ENTITIES></CONSOLIDATED_LIST>"""),
    ("uk_sanctions_list_xml", """<Designations><Designation><UniqueID>RUS9501</UniqueID><Names>
        <Name><Name6>NORTHWIND SHIPPING LLC</Name6><NameType>Primary Name</NameType></Name>
        <Name><Name6>NORTHWIND MARINE</Name6><NameType>Alias</NameType><AliasStrength>Good quality</AliasStrength></Name>
        <Name><Name6>BANK</Name6><NameType>Alias</NameType><AliasStrength>Low quality</AliasStrength></Name>
        </Names><IndividualEntityShip>Entity</IndividualEntityShip></Designation></Designations>"""),
    # hostile probe 29 F7: the EU's weak aliases (strong="false") were screened, and "Rossiya" flagged "Rossiya Holding"
    ("eu_fsf_xml", """<export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity logicalId="501">
        <subjectType code="enterprise" classificationCode="E"/>
        <nameAlias wholeName="NORTHWIND SHIPPING LLC" strong="true" logicalId="502"/>
        <nameAlias wholeName="NORTHWIND MARINE" strong="true" logicalId="503"/>
        <nameAlias wholeName="BANK" strong="false" logicalId="504"/>
        </sanctionEntity></export>"""),
])
def test_weak_or_low_quality_aliases_are_not_screened_as_names(tmp_path: Path, fmt: str, xml: str) -> None:
    # hostile probe 18: OFAC's "weak" a.k.a. "BANK" matched every "Bank Holdings Ltd" at 98
    path = tmp_path / "list.xml"
    path.write_text(xml, encoding="utf-8")
    [entity] = list(parse_file(fmt, path, "some_list"))
    assert entity.primary_name == "NORTHWIND SHIPPING LLC"
    assert entity.aliases == ["NORTHWIND MARINE"]

