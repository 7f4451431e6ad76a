"""Rules added from the seventy-ninth and eightieth held-out rounds (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets_of


def test_an_aligned_ship_table_without_a_rule_names_its_rows() -> None:
    text = ("Australia is today imposing targeted financial sanctions on three entities and four vessels of the "
            "shadow fleet under the Autonomous Sanctions Regulations 2011.\n\n"
            "The following vessels are designated and are prohibited from entering Australian ports:\n\n"
            "  Vessel name        IMO number   Flag\n"
            "  CORMORANT BAY      9214407      Palau\n"
            "  STELLA KARINA      9176230      Gabon\n"
            "  NORTHERN DRIFT     9322815      Cook Islands\n"
            "  IRON PETREL        9287641      Comoros\n\n"
            "Media enquiries: DFAT Media Liaison.\n")
    recs = sanctions(text, "Sanctions on Russia's shadow fleet")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"CORMORANT BAY", "STELLA KARINA", "NORTHERN DRIFT", "IRON PETREL"} <= names, recs
    assert not names & {"Vessel name", "IMO number", "Palau", "Gabon"}, recs
    assert [r for r in recs if r["authority_country"] == "AU" and r["measure"] == "other"], recs  # the port ban
    assert not targets_of(recs, "AU", "sectoral"), recs  # a port ban on ships is no sectoral measure on Russia


def test_an_aligned_table_under_a_name_header_needs_its_rows_aligned() -> None:
    """Guard (passes before the rule too): rows read without a rule under the header must be aligned with it."""
    text = ("OFAC today designated two companies pursuant to E.O. 14024.\n\n"
            "Name   Address\n"
            "Velmora Trade LLC   Moscow\n"
            "The companies supplied drone parts to the Russian military.\n")
    recs = sanctions(text, "Treasury targets drone suppliers")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert "The companies supplied drone parts to the Russian military." not in names, recs
    assert "Velmora Trade LLC" not in names  # not aligned with the header's second column: no table row
    assert "Velmora Trade LLC   Moscow" not in names, recs


def test_ships_under_a_port_access_ban_are_that_measures_targets() -> None:
    text = ("The State Secretariat for Economic Affairs today added 12 individuals and 9 entities to the annex of the "
            "Ordinance; they are subject to an asset freeze.\n\n"
            "In addition, 14 vessels of the so-called shadow fleet are subject to a port access and services ban. "
            "These include the tankers MIRANDA SKY (IMO 9182211), ALBA NOVA (IMO 9277013) and PELICAN STAR "
            "(IMO 9305526).\n")
    recs = sanctions(text, "Switzerland adopts further measures against Russia")
    ships = targets_of(recs, "CH", "other")
    assert {"MIRANDA SKY", "ALBA NOVA", "PELICAN STAR"} <= ships, recs
    assert not targets_of(recs, "CH", "asset_freeze") & ships, recs


def test_a_standing_total_under_a_port_ban_is_no_action() -> None:
    """Guard for the port-ban trigger (no record before it existed either)."""
    text = ("The Council today adopted a new package of sanctions against Russia. The package lists 21 additional "
            "vessels, bringing the total number of ships subject to a port access and services ban to more than "
            "500.\n")
    recs = sanctions(text, "Council adopts new package")
    assert not [r for r in recs if r["measure"] == "other"], recs


def test_ships_frozen_and_barred_from_ports_are_one_freeze() -> None:
    """Guard for the port-ban trigger: ships frozen and barred from ports are the freeze's (dev-set gold)."""
    text = ("The Security Council Committee today designated three vessels. The vessels are subject to an asset "
            "freeze and a port entry ban: HARBOUR LIGHT 7, SEONG JIN 2 and MAPLE DAWN.\n")
    recs = sanctions(text, "Committee designates three vessels")
    assert not [r for r in recs if r["measure"] == "other"], recs
