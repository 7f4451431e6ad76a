"""Unit tests for the round 23 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deal_with as _deal_with
from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets
from tests.support.records import targets_of as _of

# -- sanctions -----------------------------------------------------------------------------------------------------


def test_a_notices_regime_heading_is_no_acting_state_and_its_register_entries_keep_their_full_names():
    text = (
        "FINANCIAL SANCTIONS NOTICE\nBELARUS\n03/02/2031\n\n"
        "1. The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019 were made under the Sanctions and "
        "Anti-Money Laundering Act 2018.\n\n"
        "2. The following entries have been added to the Consolidated List and are now subject to an asset freeze:\n"
        "- PETROVSKY, Anton Ilyich\n- KALINA, Vera\n- GRODNO TRANSIT LLC\n"
        "3. The individual PETROVSKY, Anton Ilyich has also been designated for the purposes of a travel ban.\n"
        "4. Enquiries should be addressed to the Office of Financial Sanctions Implementation (OFSI).\n"
    )
    recs = _sanctions(text, title="Financial Sanctions Notice: Belarus")
    assert {r["authority_country"] for r in recs} == {"GB"}
    assert _of(recs, "GB", "asset_freeze") >= {"Anton Ilyich PETROVSKY", "Vera KALINA", "GRODNO TRANSIT LLC"}
    assert _of(recs, "GB", "travel_ban") == {"Anton Ilyich PETROVSKY"}


def test_ships_described_before_their_names_in_a_list():
    text = (
        "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Orrin Marine "
        "Management LLC, a ship manager in Dubai.\n\n"
        "OFAC is also identifying the following vessels, which are managed by Orrin Marine Management LLC, as property "
        "in which it has an interest:\n\n"
        "- Liberia-flagged crude oil tanker SILVER GULL (IMO 9123456);\n"
        "- Togo-flagged products tanker RED FINCH (IMO 9234567); and\n"
        "- Palau-flagged vessel NORTH WREN (IMO 9345678).\n"
    )
    assert _of(_sanctions(text), "US", "asset_freeze") >= {"SILVER GULL", "RED FINCH", "NORTH WREN"}


def test_a_body_targeting_a_name_and_a_passive_listing_that_ends_its_sentence():
    text = (
        "The Council of the EU today adopted restrictive measures against four persons and two entities.\n\n"
        "The Council is also targeting Harrowgate Drone Works, which builds airframes for long-range attack drones "
        "used against energy infrastructure, as well as its managing director Pavel Ostrin. Velmar Composites, which "
        "supplies carbon-fibre parts, and its head of purchasing Lidia Sarkova have also been listed."
    )
    assert _of(_sanctions(text), "EU", "asset_freeze") >= {
        "Harrowgate Drone Works", "Pavel Ostrin", "Velmar Composites", "Lidia Sarkova"}


def test_new_listings_further_concern_names_and_the_series_goes_on_after_both_of_which():
    text = (
        "Bern, 12.03.2031 - The Federal Council decided to adopt further sanctions. Switzerland is adding 12 "
        "individuals and 9 entities to its sanctions list.\n\n"
        "The new listings further concern the Hong Kong-registered Pellton Circuits Limited and the Armenian company "
        "Ararat Supply Group LLC, both of which supplied parts found in drones, as well as Taimyr Tankers LLC, a "
        "company that manages tankers."
    )
    assert _of(_sanctions(text), "CH", "asset_freeze") >= {
        "Pellton Circuits Limited", "Ararat Supply Group LLC", "Taimyr Tankers LLC"}


def test_in_view_of_gives_a_reason_and_a_count_opens_at_a_word():
    text = (
        "The Council today adopted restrictive measures against an additional three individuals in view of Belarus's "
        "support to Russia's war of aggression against Ukraine. The three sourced components for drone manufacturers."
    )
    recs = _sanctions(text)
    assert "Ukraine" not in _targets(text)
    assert all(r["unnamed_targets"] != "one manufacturers" for r in recs)
    assert any(r["unnamed_targets"] == "three individuals" for r in recs)


def test_any_assets_held_by_and_any_us_assets_of_are_freezes_and_those_of_its_president_join():
    text = (
        "The bloc froze any assets held in the EU by Tajikistan's Dushanbe Clearing Bank and Dubai-based Palmgate "
        "Exchange Bank.\n\n"
        "The Treasury Department said it had frozen any US assets of Empresa Minera del Caroni, known as Mincaroni, "
        "which it described as a revenue source, along with those of the company's president, Julio Andres Perdomo."
    )
    recs = _sanctions(text)
    assert _of(recs, "EU", "asset_freeze") >= {"Dushanbe Clearing Bank", "Palmgate Exchange Bank"}
    assert _of(recs, "US", "asset_freeze") >= {"Empresa Minera del Caroni", "Julio Andres Perdomo"}


def test_a_freeze_on_any_assets_they_hold_describes_a_measure_with_no_new_names():
    text = (
        "Seoul designated three individuals for financial sanctions. Transactions with them need approval from the "
        "Bank of Korea, effectively freezing any assets they hold in Korea."
    )
    assert "Bank of Korea" not in _targets(text)


def test_ships_added_to_a_list_of_ships_are_not_travel_ban_targets():
    text = (
        "The EU froze the assets of Ardent Pay, a payment firm in Moscow, and listed its founder Oleg Varin. Varin is "
        "also barred from entering the EU.\n\n"
        "EU governments added 80 vessels to the list of ships denied access to EU ports. Among them are the tankers "
        "Coral Tern and Misty Heron, both flagged in Gabon."
    )
    recs = _sanctions(text)
    assert not {"Coral Tern", "Misty Heron"} & _of(recs, "EU", "travel_ban")
    assert {"Coral Tern", "Misty Heron"} <= {t["name"] for r in recs for t in r["targets"]}


def test_sanctions_judged_or_used_as_a_tool_are_no_action():
    text = (
        "The United States on Monday imposed sanctions on Hallan Trading Ltd.\n\n"
        'A deputy told state television the sanctions showed that Washington "cannot accept the sovereignty of '
        'the Ruritanian people." The United States has used sanctions for years to pressure President Arvo Keld.'
    )
    assert _targets(text) == {"Hallan Trading Ltd."}


def test_also_targeted_were_a_semicolon_series_with_a_titled_name_and_no_region():
    text = (
        "The U.S. Treasury on Thursday sanctioned the state mining firm Minera Ostral.\n\n"
        "Also targeted were Rosa Elvira Campos Diaz, a judge at the appeals court; Brigadier General Tomas Ignacio "
        "Vera Luna, commander of the army's zone in Zulia state; and Hector Ruben Salas Mora, a former senator for "
        "the Nord-Ouest department."
    )
    found = _targets(text)
    assert {"Rosa Elvira Campos Diaz", "Tomas Ignacio Vera Luna", "Hector Ruben Salas Mora"} <= found
    assert not {"Zulia", "Nord-Ouest"} & found


def test_a_surname_takes_the_full_name_whose_short_forms_are_its_own():
    text = (
        "OFAC today designated Karim Hassani Moradi, a broker in Dubai.\n\n"
        "Since 2020, Karim Hassani Moradi (Moradi), also known as Karim Moradi, has sold crude for the network.\n\n"
        "Moradi is being designated pursuant to E.O. 13846."
    )
    found = _targets(text)
    assert "Karim Hassani Moradi" in found
    assert "Moradi" not in found


# -- deals ---------------------------------------------------------------------------------------------------------


def test_a_deal_demanded_is_no_deal():
    text = (
        "The vote came a day after Slovenia dropped its objection, ending a standoff in which Ljubljana had demanded "
        "guarantees from the European Commission on energy prices, diplomats said."
    )
    assert _deals(text) == []


def test_the_company_that_said_it_agreed_with_another_to_form_a_joint_venture():
    text = (
        "Daeyang Cell Solution said Tuesday it has agreed with US carmaker Brookline Motor Co. to set up a joint "
        "venture that will build a battery plant in Ohio."
    )
    deal = _deal_with(_deals(text), "Brookline Motor Co.")
    assert "Daeyang Cell Solution" in _parties(deal)
    assert deal["deal_type"] == "joint_venture"


def test_a_contract_with_a_company_after_its_homes_adjective():
    text = (
        "Poland's Armament Agency has signed a 2.1 billion zloty (U.S. $540 million) contract with Finnish company "
        "Kaarna Defence Systems for eight radar units."
    )
    deal = _deal_with(_deals(text), "Kaarna Defence Systems")
    assert deal["deal_type"] == "contract"


def test_a_name_known_as_another_is_one_party_under_its_full_name():
    text = (
        "Transportes Aereos del Pacifico SA, the Quito-based carrier known as Aeropac, placed a firm order for 30 "
        "jets from Corvale Aircraft Corp., a deal valued at about $3.1 billion at list prices."
    )
    deal = _deal_with(_deals(text), "Corvale Aircraft Corp.")
    assert "Transportes Aereos del Pacifico SA" in _parties(deal)
    assert "Aeropac" not in _parties(deal)
