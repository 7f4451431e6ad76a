"""Unit tests for the round 16 extraction rules (sanctions), on hand-written sentences.

A list of the names several states share ("The five named by both governments are:"), a series of relatives that goes
on after "as well as", one more target after ", as is", month and day short forms inside a name ("Ri Song Jun"), and
"as well as the militia itself". Every person, company and place named here is invented; the sentences were written
for these tests, not taken from the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets
from tradewatch.extract.parties import find_entities

_NAMES = ["Oleg Tarvinsky", "Irina Bolkova", "Marat Zhelev", "Semyon Radko"]


def _shared_list(cue: str, us_count: str = "four") -> str:
    return (
        f"The governments of the United States and the United Kingdom on Tuesday announced joint sanctions on {us_count} "
        "members of the Grey Lantern hacking group.\n\n"
        f"The Treasury's Office of Foreign Assets Control (OFAC) designated the {us_count} under its cyber programme. OFAC "
        "also designated Kordon Pay LLC and Vesta Crypto OOO, exchanges that cashed out their ransoms.\n\n"
        "In London, the Foreign, Commonwealth and Development Office (FCDO) imposed asset freezes on the same four people.\n\n"
        f"{cue}\n\n"
        + ";\n".join(f'{name}, {30 + i}, known online as "{nick}", who ran part of the operation'
                     for i, (name, nick) in enumerate(zip(_NAMES, ["Hawk", "Moth", "Pike", "Wren"], strict=True)))
        + ".\n"
    )


def test_a_list_of_the_names_both_governments_share_goes_to_both():
    recs = _sanctions(_shared_list("The four named by both governments are:"), "US and UK sanction hackers")
    by_country = {r["authority_country"]: {t["name"] for t in r["targets"]} for r in recs if r["measure"] == "asset_freeze"}
    assert set(_NAMES) <= by_country["US"]
    assert set(_NAMES) <= by_country["GB"]


def test_a_shared_list_goes_only_to_the_actions_that_counted_as_many():
    recs = _sanctions(_shared_list("The four named by both governments are:", us_count="three"), "US and UK sanction hackers")
    by_country = {r["authority_country"]: {t["name"] for t in r["targets"]} for r in recs if r["measure"] == "asset_freeze"}
    assert set(_NAMES) <= by_country["GB"]
    assert not set(_NAMES) & by_country["US"]


def test_relatives_after_as_well_as_are_designated_too():
    text = (
        "In addition to Ortega and Vidal, the Department is designating Ortega's wife, Luisa Maribel Cortez Ruano, and "
        "his adult son, Tomas Ignacio Ortega Cortez, as well as Vidal's spouse, Rosa Amparo Lindo Bravo, and her adult "
        "daughter, Ana Gabriela Vidal Lindo."
    )
    found = _targets(text, "Designation of former officials")
    assert {"Luisa Maribel Cortez Ruano", "Tomas Ignacio Ortega Cortez", "Rosa Amparo Lindo Bravo",
            "Ana Gabriela Vidal Lindo"} <= found


def test_a_name_after_as_well_as_in_a_relative_clause_is_no_target_of_a_far_series():
    # the series ends at the clause: a company named after a verb is not joined to it
    text = "OFAC designated Petra Koval, who advised the network, and said Halvorsen Freight AS had carried its cargo."
    assert "Halvorsen Freight AS" not in _targets(text, "Treasury sanctions adviser")


def test_as_is_names_one_more_listed_target():
    text = (
        "The Council is listing Dragan Melko, commander of the Iron Gate Brigade. The Iron Gate Brigade itself is also "
        "listed, as is Sarvo Shipping Services, a company that carries the brigade's detainees."
    )
    assert "Sarvo Shipping Services" in _targets(text, "Council lists militia commander")


def test_a_months_short_form_goes_on_a_persons_name():
    names = [e.name for e in find_entities("Those named are Ri Song Jun, a banker in Dalian, and Choe Myong Sun.")]
    assert names == ["Ri Song Jun", "Choe Myong Sun"]


def test_a_months_short_form_before_a_day_is_a_date():
    names = [e.name for e in find_entities("Talbrook Ltd Jun 5 results were delayed, Mira Olsen said.")]
    assert "Talbrook Ltd" in names
    assert not any("Jun" in name for name in names)


def test_the_group_itself_is_designated_with_its_commander():
    text = (
        "The U.S. Treasury Department said it had designated Thura Min Aung, commander of the Salween Valley Defence "
        "Army, an armed group that controls a stretch of the border, as well as the militia itself."
    )
    assert {"Thura Min Aung", "Salween Valley Defence Army"} <= _targets(text, "Treasury sanctions militia")
