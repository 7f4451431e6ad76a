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


# --- rules written against round 16 (its articles arrived after the rules above) ---

from tests.support.records import deals as _deals  # noqa: E402


def test_a_table_written_as_text_names_the_actions_targets():
    text = (
        "(3) Three natural persons and one entity should be added to the list of natural and legal persons, entities "
        "and bodies subject to restrictive measures set out in Annex I to Regulation (EU) 2031/77.\n\n"
        "(1) the following entries are added to the list under the heading 'A. Natural persons':\n\n"
        "Name | Identifying information | Reasons | Date of listing\n\n"
        "'7. Tomas Andrés VELKO RUIZ (a.k.a. 'El Profe') | Date of birth: 3.4.1970; Gender: male | He commands the "
        "riot police. | 12.5.2031\n\n"
        "8. Marta Elena SOLVIK PRADA | Date of birth: 9.9.1981; Gender: female | She presides over political trials "
        "that did not respect fair trial guarantees. | 12.5.2031'\n\n"
        "(2) the following entry is added to the list under the heading 'B. Legal persons, entities and bodies':\n\n"
        "Name | Identifying information | Reasons | Date of listing\n\n"
        "'3. Vigilancia Patria S.A. (VIPASA) | Address: Km 4, Ostria | A private security company. | 12.5.2031'\n"
    )
    out = _sanctions(text, "Council Implementing Regulation (EU) 2031/90 concerning restrictive measures")
    (rec,) = out
    assert rec["measure"] == "asset_freeze"  # an EU regulation's Annex I: frozen funds
    assert {t["name"] for t in rec["targets"]} == {"Tomas Andrés VELKO RUIZ", "Marta Elena SOLVIK PRADA", "Vigilancia Patria S.A."}
    assert _deals(text, "Council Implementing Regulation") == []  # "fair trial guarantees" are no loan guarantees


def test_the_state_where_assets_are_frozen_acts_not_the_union_it_aligns_with():
    text = (
        "On 2 May 2031, the EU adopted new sanctions against Ostria. Valdoria thus continues its policy of aligning "
        "with the EU's sanctions against Ostria.\n\n"
        "New listings\n\n"
        "The funds and economic resources of the 12 individuals newly listed are frozen in Switzerland. The "
        "individuals concerned are also subject to a ban on entry into and transit through Switzerland."
    )
    events = {(r["authority_country"], r["measure"]) for r in _sanctions(text, "Switzerland adopts further sanctions")}
    assert {("CH", "asset_freeze"), ("CH", "travel_ban")} <= events
    assert ("EU", "asset_freeze") not in events


def test_notes_to_editors_are_the_releases_own_action_after_another_states():
    text = (
        "The UK has today sanctioned two people under the Global Anti-Corruption regime.\n\n"
        "In 2029 the US State Department publicly designated Tomas Reyvik under Section 7031(c). The US also imposed "
        "sanctions on Reyvik's company, Velko Power S.A.\n\n"
        "Notes to editors\n\n"
        "The following have been designated under the Global Anti-Corruption sanctions regime:\n\n"
        "- Tomas Reyvik\n- Ana-Luz Prenta\n"
    )
    recs = _sanctions(text, "UK sanctions corrupt officials")
    uk = {t["name"] for r in recs if r["authority_country"] == "GB" for t in r["targets"]}
    us = {t["name"] for r in recs if r["authority_country"] == "US" for t in r["targets"]}
    assert {"Tomas Reyvik", "Ana-Luz Prenta"} <= uk
    assert "Ana-Luz Prenta" not in us


def test_a_counted_groups_names_between_dashes_are_targets():
    text = (
        "The State Department sanctioned a refinery, Qinghe Refining Co., and identified three tankers — the Silver "
        "Heron, Dawn Vale and Iron Gull — as blocked property."
    )
    assert {"Silver Heron", "Dawn Vale", "Iron Gull"} <= _targets(text, "US sanctions refiners")


def test_said_it_targeted_a_company_is_an_action():
    text = "The Treasury Department said it targeted Weifang Haode Petrochemical Co., an independent refinery."
    assert "Weifang Haode Petrochemical Co." in _targets(text, "US sanctions refiners")


def test_buying_a_sum_worth_of_crude_is_no_acquisition():
    text = "Weifang Haode Petrochemical Co. bought more than $400 million worth of Iranian crude since 2029, officials said."
    assert _deals(text, "US sanctions refiners") == []


def test_a_person_named_with_a_workplace_is_listed_with_the_next_one():
    text = (
        "The EU today listed 12 individuals. Among those listed are Judge Pavel Orlik of the Minsk Regional Court and "
        "Irina Valko, deputy head of the prison service."
    )
    found = _targets(text, "EU lists judges")
    assert {"Pavel Orlik", "Irina Valko"} <= found
    assert not any("Court" in name for name in found)


def test_a_country_closing_a_laws_title_is_no_target():
    text = ("At the same time, the Federal Department of Economic Affairs has added 25 individuals and 4 entities to the "
            "list of sanctioned persons in Annex 1 of the Ordinance on Measures against Belarus.")
    assert "Belarus" not in _targets(text, "Switzerland adopts further sanctions")


def test_a_company_named_with_a_travel_ban_is_frozen_not_banned():
    text = "Valdoria today imposed asset freezes and travel bans on Pavel Orlik and Orlik Freight LLC."
    by_measure = {r["measure"]: {t["name"] for t in r["targets"]} for r in _sanctions(text, "Valdoria sanctions")}
    assert by_measure["asset_freeze"] == {"Pavel Orlik", "Orlik Freight LLC"}
    assert by_measure["travel_ban"] == {"Pavel Orlik"}


def test_a_company_with_tickers_on_two_exchanges_is_the_party_not_an_exchange():
    text = (
        "Pune, March 3, 2031: Kaveri Aerospace Limited (NSE: KAVERIAERO | BSE: 544120) today signed a Joint Venture "
        "Agreement with Orlane Défense SA to build guidance kits in India."
    )
    (deal,) = _deals(text, "Kaveri Aerospace and Orlane Défense form joint venture")
    assert {p["name"] for p in deal["parties"]} >= {"Kaveri Aerospace Limited", "Orlane Défense SA"}
    assert "BSE" not in {p["name"] for p in deal["parties"]}
