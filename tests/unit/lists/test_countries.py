"""Country names and nationalities as the lists write them, to ISO 3166-1 alpha-2 (or nothing)."""

from __future__ import annotations

import logging

import pytest

from tests.unit.lists.lists_support import FIXTURES
from tradewatch.lists.countries import CountryCoder, to_iso2
from tradewatch.lists.parsers import parse_file


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RU"),  # gazetteer name
        ("Russian Federation", "RU"),  # gazetteer alias
        ("british", "GB"),  # demonym, any case
        ("Korea, North", "KP"),  # OFAC's inverted form
        ("Korea, South", "KR"),
        ("Iran (Islamic Republic of)", "IR"),  # UN's parenthesised form
        ("Congo, Democratic Republic of the", "CD"),
        ("Congo, Republic of the", "CG"),
        ("Venezuela (Bolivarian Republic of)", "VE"),
        ("Panama", "PA"),  # list spelling the gazetteer lacks
        ("  Syrian   Arab Republic ", "SY"),
    ],
)
def test_known_names_get_their_code(name: str, code: str) -> None:
    assert to_iso2(name) == code


@pytest.mark.parametrize("name", ["Korea", "Congo", "Moscow", "Atlantis", "", "Region: Crimea", "Crimea"])
def test_unknown_or_ambiguous_names_get_nothing(name: str) -> None:
    assert to_iso2(name) is None


def test_coder_dedupes_and_logs_unknown_names_once(caplog: pytest.LogCaptureFixture) -> None:
    coder = CountryCoder("x")
    assert coder.codes(["Russia", "Russian Federation", None, "Atlantis", "Korea, North"]) == ["RU", "KP"]
    assert coder.codes(["Atlantis", "Narnia"]) == []
    with caplog.at_level(logging.WARNING):
        coder.report()
    warnings = [r for r in caplog.records if getattr(r, "plain_msg", r.getMessage()) == "country names not coded"]
    assert len(warnings) == 1
    assert warnings[0].kv["names"] == {"Atlantis": 2, "Narnia": 1}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("fmt", "name", "list_id"),
    [
        ("ofac_sdn_xml", "sdn.xml", "us_ofac_sdn"),
        ("uk_sanctions_list_xml", "uk_sanctions_list.xml", "uk_sanctions_list"),
        ("eu_fsf_xml", "eu_fsf.xml", "eu_fsf"),
        ("un_sc_xml", "un_sc.xml", "un_sc"),
    ],
)
def test_every_list_stores_iso2_codes(fmt: str, name: str, list_id: str) -> None:
    countries = [c for e in parse_file(fmt, FIXTURES / name, list_id) for c in e.countries]
    assert countries, "the fixture should carry some countries"
    assert all(len(c) == 2 and c.isupper() for c in countries)


def test_one_warning_per_load(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        list(parse_file("ofac_sdn_xml", FIXTURES / "sdn.xml", "us_ofac_sdn"))
    warnings = [r for r in caplog.records if getattr(r, "plain_msg", r.getMessage()) == "country names not coded"]
    assert len(warnings) == 1
    assert warnings[0].kv == {"list_id": "us_ofac_sdn", "names": {"Region: Northern Atlantis": 1}}  # type: ignore[attr-defined]
