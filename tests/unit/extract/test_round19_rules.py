"""Unit tests for the round 19 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

import datetime as dt

from tests.support.records import deals as _deals
from tests.support.records import sanctions as _sanctions
from tradewatch.extract import extract_records
from tradewatch.extract.authorities import find_authorities
from tradewatch.extract.parties import PartySet, same_party


def test_a_group_is_not_its_own_trading_arm():
    assert not same_party("Korvanta Group", "Korvanta Trade AZ")
    assert not same_party("Belomor Holdings", "Belomor Shipping Services")
    # ... but it is its short name and the same name with a legal form
    assert same_party("Korvanta Group", "Korvanta")
    assert same_party("Korvanta Group", "Korvanta Group Ltd")
    assert same_party("Belomor Holdings Ltd", "Belomor Holdings")
    known = PartySet()
    known.add("Korvanta Group")
    assert not known.has("Korvanta Trade AZ")
    assert known.has("Korvanta") and known.has("Korvanta Group LLC")


def test_a_groups_trading_arm_is_a_second_target():
    text = (
        "Ukraine's National Security and Defense Council on Tuesday imposed sanctions on 12 companies.\n\n"
        "The list also includes Korvanta Group, which Kyiv accuses of supplying engines for attack drones, and its "
        "Azerbaijan-registered trading arm, Korvanta Trade AZ."
    )
    recs = _sanctions(text, "Kyiv sanctions drone engine suppliers")
    assert len(recs) == 1
    assert {t["name"] for t in recs[0]["targets"]} == {"Korvanta Group", "Korvanta Trade AZ"}
    assert [t["kind"] for t in recs[0]["targets"]] == ["organization", "organization"]


def test_a_states_own_security_council_is_not_the_uns():
    assert [a.name for a in find_authorities("Iran's Supreme National Security Council said on Sunday")] == []
    assert [a.name for a in find_authorities("The State Security Council on Tuesday imposed asset freezes")] == []
    assert [a.name for a in find_authorities("Russia's Security Council met on Friday")] == []
    # ... while the UN's council keeps its names, also when written short after the UN was named
    assert [a.name for a in find_authorities("The Security Council's 1718 Committee added two vessels")] == [
        "UN Security Council"]
    assert [a.name for a in find_authorities("the U.N.'s Security Council voted")] == ["UN Security Council"]


def test_a_travel_ban_on_a_surname_takes_the_full_name_given_earlier():
    text = (
        "The Treasury Department on Monday sanctioned two commanders of the Tamarind Brigade.\n\n"
        "Treasury said Brig. Gen. Osmane Bakary Tidjani, known as \"the Surveyor,\" commanded units that shelled "
        "markets in the border town of Kerdassa.\n\n"
        "Separately, the State Department said it was barring Tidjani and his immediate family members from entering "
        "the United States."
    )
    recs = _sanctions(text, "US targets militia commanders")
    bans = [r for r in recs if r["measure"] == "travel_ban"]
    assert len(bans) == 1 and [t["name"] for t in bans[0]["targets"]] == ["Osmane Bakary Tidjani"]


def test_barred_from_entering_holds_its_object_but_not_a_nationality():
    recs = _sanctions("The State Department on Tuesday barred Halvard Ostrem Kjelsby from entering the United States.")
    assert [[t["name"] for t in r["targets"]] for r in recs] == [["Halvard Ostrem Kjelsby"]]
    recs = _sanctions("Moscow has previously barred several hundred Norwegians from entering the country.")
    assert all(not r["targets"] for r in recs)


def test_a_surname_is_no_organisations_or_places_short_name():
    text = (
        "Analysts expect growth in Southern Kessaly to slow.\n\n"
        "Dubai-based Norvane Shipping said on Monday it had been advised by Brennor Holdings.\n\n"
        "The Treasury Department sanctioned Kessaly and Norvane for shipping Iranian oil."
    )
    names = {t["name"] for r in _sanctions(text, "Treasury sanctions shippers") for t in r["targets"]}
    assert names == {"Kessaly", "Norvane"}  # not "Southern Kessaly" nor "Dubai-based Norvane Shipping"


def test_its_arm_named_after_a_relative_clause_is_a_target_too():
    text = (
        "Ukraine's National Security and Defense Council on Tuesday imposed sanctions on Korvanta Group, which it "
        "accuses of supplying engines for attack drones, and its Azerbaijan-registered trading arm, Korvanta Trade AZ."
    )
    recs = _sanctions(text, "Kyiv sanctions drone engine suppliers")
    assert [[t["name"] for t in r["targets"]] for r in recs] == [["Korvanta Group", "Korvanta Trade AZ"]]


def test_lists_under_headings_of_who_was_sanctioned_with_country_lines():
    text = (
        "Norway has imposed travel bans and asset freezes on three individuals, and asset freezes on two entities, "
        "Foreign Minister Ingrid Vassbakk announced today.\n\n"
        "Individuals sanctioned (travel ban and asset freeze)\n\n"
        "Russia\n"
        "- Pavel Igorevich KORNEYEV – deputy head of the occupation administration in Melitopol\n"
        "- Oleg Viktorovich SAFRONOV – General Director of Baltrem Logistics LLC\n\n"
        "Belarus\n"
        "- Hanna Piatrouna LUKASHOVA – director of a state summer camp in Hrodna region\n\n"
        "Entities sanctioned (asset freeze)\n"
        "- Baltrem Logistics LLC (Russia)\n"
        "- Navapolatsk Fibre Works OJSC (Belarus)\n"
    )
    recs = {r["measure"]: {t["name"] for t in r["targets"]} for r in _sanctions(text, "Norway sanctions further individuals")}
    people = {"Pavel Igorevich KORNEYEV", "Oleg Viktorovich SAFRONOV", "Hanna Piatrouna LUKASHOVA"}
    assert recs["travel_ban"] - {"Russia", "Belarus"} == people
    assert recs["asset_freeze"] - {"Russia", "Belarus"} == people | {"Baltrem Logistics LLC", "Navapolatsk Fibre Works OJSC"}


_ENTITY_LIST_RULE = (
    "Today, the Bureau of Industry and Security (BIS) published a final rule adding five entities to the Entity List. "
    "The final rule also removes one entity.\n\n"
    "Under the destination of China, BIS is adding three entities:\n"
    "- Qingdao Haoyun Sensor Co., Ltd., for shipping gyroscopes to a Russian Entity List party;\n"
    "- Dalian Mingrui Optics Co., Ltd.; and\n"
    "- Tidewell Components Limited (Hong Kong).\n\n"
    "Under the destination of Russia, BIS is adding two entities:\n"
    "- OOO Kamtekh; and\n"
    "- OOO Berezina Trade.\n\n"
    "BIS is removing Wuxi Jinfeng Electronics Co., Ltd., under the destination of China, from the Entity List."
)


def test_entity_list_additions_by_destination_and_a_removal():
    recs = _sanctions(_ENTITY_LIST_RULE, "Commerce adds five entities to the Entity List")
    assert [(r["authority"], r["authority_country"]) for r in recs] == [("BIS", "US")]  # no Russian list
    assert [t["name"] for t in recs[0]["targets"]] == [
        "Qingdao Haoyun Sensor Co., Ltd.", "Dalian Mingrui Optics Co., Ltd.", "Tidewell Components Limited",
        "OOO Kamtekh", "OOO Berezina Trade"]  # not the removed one


def test_barred_from_entering_reaches_past_a_long_description_of_those_barred():
    text = (
        "Belarus's foreign ministry said on Friday it had barred 17 Latvian citizens, among them reporters from several "
        "national newspapers and broadcasters and officials at Latvia's interior ministry, from entering the country.\n\n"
        "Among those named were Ilze Kalnina, a reporter at the Baltic Courier; and Janis Ozolins, an official at the "
        "interior ministry."
    )
    recs = _sanctions(text, "Belarus bars 17 Latvians")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("BY", "travel_ban")]
    assert {t["name"] for t in recs[0]["targets"]} == {"Ilze Kalnina", "Janis Ozolins"}


def test_a_regional_blocs_sanctions_on_a_junta_named_after_a_counted_group_and_a_colon():
    text = (
        "The Economic Community of West African States (ECOWAS) has suspended Guinea-Bissau from its decision-making "
        "bodies.\n\n"
        "The leaders also imposed an asset freeze and a travel ban on the head of the military government, Brigadier "
        "General Tomas Mendes Ialá, and three other members of the self-styled Transitional Council for National Unity "
        "(CTUN): Colonel Armando Sanhá, Major Quintino Cabi, and the civilian finance minister appointed by the officers, "
        "Bubacar Djaló.\n\n"
        "The communique said the sanctions were taken under the bloc's Supplementary Protocol on Democracy and Good "
        "Governance."
    )
    recs = _sanctions(text, "ECOWAS freezes assets of coup leaders")
    by_measure = {r["measure"]: r for r in recs if r["measure"]}
    assert set(by_measure) == {"asset_freeze", "travel_ban"}
    for rec in by_measure.values():
        assert rec["authority"] == "ECOWAS" and rec["authority_country"] is None  # a bloc is no state
        assert {t["name"] for t in rec["targets"]} == {
            "Tomas Mendes Ialá", "Armando Sanhá", "Quintino Cabi", "Bubacar Djaló"}


def test_a_states_central_bank_that_fines_acts_for_that_state():
    text = (
        "The Danish central bank DNK has fined Aarhus-based Kattegat Handelsbank 4.1 million euros for failing to screen "
        "payments against EU sanctions lists, the regulator said on Tuesday."
    )
    recs = _sanctions(text, "Central bank fines lender over sanctions screening")
    assert [(r["authority_country"], r["measure"], [t["name"] for t in r["targets"]]) for r in recs] == [
        ("DK", "financial_penalty", ["Kattegat Handelsbank"])]
    found = find_authorities("Norway's central bank said on Friday it had frozen the accounts", bodies=True)
    assert [a.country for a in found] == ["NO"]


def test_a_dateline_with_its_country_and_agency_is_no_name():
    text = (
        "THE HAGUE, Netherlands (AP) — The European Union on Monday froze the assets of Ruslan Gavrikov, a Russian "
        "shipping magnate."
    )
    assert {t["name"] for r in _sanctions(text, "EU freezes assets") for t in r["targets"]} == {"Ruslan Gavrikov"}


def test_an_older_acts_title_date_does_not_date_todays_listing():
    text = (
        "Bern, 11.03.2026 - The EAER has added 12 individuals and 9 entities to the list in Annex 8 of the Ordinance of "
        "4 March 2022 on Measures in connection with the Situation in Ukraine. The newly listed persons are subject to an "
        "asset freeze."
    )
    recs = extract_records(text, title="Switzerland adopts further sanctions", published=dt.date(2026, 3, 11))["sanctions"]
    assert recs and all(r["date"] != "2022-03-04" for r in recs)
    assert {r["date"] for r in recs} == {"2026-03-11"}


def test_the_chinese_group_that_signs_is_the_one_named_before():
    text = (
        "Hanjiang Motor Group has agreed to build its first factory in Mexico.\n\n"
        "The Chinese group signed an investment agreement on Wednesday with Grupo Nogalera, a Mexican distribution "
        "company, under which Hanjiang will convert a former tractor plant in Saltillo."
    )
    deals = _deals(text, "Chinese carmaker Hanjiang to build plant in Mexico")
    assert any({p["name"] for p in d["parties"]} == {"Hanjiang Motor Group", "Grupo Nogalera"} for d in deals)


def test_a_plural_title_is_no_party():
    text = (
        "During the visit, both Ministers also witnessed the signing of a Memorandum of Understanding on Customs "
        "Cooperation between Ghana Customs and the Uganda Revenue Authority."
    )
    names = {p["name"] for d in _deals(text, "Trade visit") for p in d["parties"]}
    assert "Ministers" not in names and "Uganda Revenue Authority" in names


def test_what_such_measures_have_become_is_no_action():
    text = (
        "Entry bans on Western journalists have become a regular part of Moscow's response to sanctions on Russian "
        "state media."
    )
    assert _sanctions(text, "Russia bars British reporters") == []


def test_a_designation_update_heading_is_no_action():
    text = (
        "The Department of the Treasury's Office of Foreign Assets Control (OFAC) has added the following to the SDN "
        "List:\n\n"
        "Individual:\n"
        "- KIM, Chol Ryong; DOB 04 Feb 1975; nationality Korea, North.\n\n"
        "North Korea Designation Update:\n"
        "The following entry has been updated: PYONGSONG TRADING CORPORATION."
    )
    recs = _sanctions(text, "North Korea Designations; North Korea Designation Update")
    assert [r["authority_country"] for r in recs] == ["US"]  # no North Korean action
