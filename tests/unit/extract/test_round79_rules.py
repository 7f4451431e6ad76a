"""Rules added from the seventy-ninth and eightieth held-out rounds (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions, targets_of


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


def test_a_rules_parts_by_country_name_their_entities_after_a_colon() -> None:
    text = ("SUMMARY: In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration "
            "Regulations by adding six entities to the Entity List.\n\n"
            "Additions to the Entity List\n\n"
            "This rule adds the following six entities to the Entity List:\n\n"
            "China. Three entities are added:\n"
            "  (1) Suzhou Minglan Photonics Co., Ltd.;\n"
            "  (2) Harbin Beiguang Sensor Technology Co., Ltd.; and\n"
            "  (3) Qingdao Haiyun Marine Electronics Co.\n\n"
            "Pakistan. One entity is added: Indus Precision Forgings (Private) Limited.\n\n"
            "Singapore. Two entities are added: Lionsgate Components Pte. Ltd. and Tembusu Trading Pte. Ltd.\n")
    recs = sanctions(text, "Additions to the Entity List")
    listed = targets_of(recs, "US", "export_control")
    assert {"Indus Precision Forgings (Private) Limited", "Lionsgate Components Pte. Ltd.",
            "Tembusu Trading Pte. Ltd.", "Qingdao Haiyun Marine Electronics Co."} <= listed, recs
    assert not listed & {"Pakistan", "Singapore"}, recs


def test_entity_entries_with_a_location_field_are_the_freezes_targets() -> None:
    text = ("Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions under the Special "
            "Economic Measures (Belarus) Regulations on 1 individual and 2 entities. They are subject to a dealings "
            "prohibition, which effectively freezes any assets they may hold in Canada.\n\n"
            "Individuals\n\n"
            "Name: Stanislau Piatrovich Hurevich\nDOB: 4 May 1966\nRole: Director of a state arms exporter\n\n"
            "Entities\n\n"
            "Name: Minsk Optronika Plant\nLocation: Minsk, Belarus\n\n"
            "Name: Brest Avtozapchast OJSC\nLocation: Brest, Belarus\n")
    recs = sanctions(text, "Canada imposes sanctions on Belarus")
    assert {"Stanislau Piatrovich Hurevich", "Minsk Optronika Plant", "Brest Avtozapchast OJSC"} <= targets_of(
        recs, "CA", "asset_freeze"), recs


def test_em_dash_items_after_a_numbered_list_go_on_with_its_action() -> None:
    text = ("KYIV (Wire) — The President signed a decree enacting a decision of the National Security and Defence "
            "Council to impose sanctions on 21 individuals and 4 legal entities, including the blocking of assets.\n\n"
            "Among the legal entities listed are:\n\n"
            "1. JSC \"Kazan Avtomatika\" — maker of fuses\n"
            "2. Golden Reed Trading Limited (Hong Kong) — supplier of chips\n"
            "3. Aral Freight Solutions LLP (Kazakhstan) — freight forwarder\n"
            "4. Shiraz Motor Parts Co. (Iran) — maker of engine parts\n\n"
            "The individuals include:\n\n"
            "— Pavlo Ivanovych Derkach, born 1971, a collaborator in the occupied Zaporizhzhia region;\n"
            "— Igor Vadimovich Sukhanov, born 1966, general director of Kazan Avtomatika;\n"
            "— Lin Haotian, born 1983, director of Golden Reed Trading Limited.\n\n"
            "The remaining individuals are officials of the occupation administration.\n")
    recs = sanctions(text, "President enacts sanctions against 21 individuals and 4 companies")
    assert {"Pavlo Ivanovych Derkach", "Igor Vadimovich Sukhanov", "Lin Haotian",
            "Golden Reed Trading Limited"} <= targets_of(recs, "UA", "asset_freeze"), recs


def test_a_markdown_lenders_table_names_each_lender_and_the_borrower_not_its_owner() -> None:
    text = ("MANILA, 3 June 2026 — Luzon Cobalt Refining Corp. (LCR), the Philippine refiner controlled by Japan's "
            "Hoshino Metals Holdings, has signed a US$640 million syndicated term loan to fund its second refinery "
            "line, the company said on Wednesday.\n\n"
            "The five-year facility was arranged by two mandated lead arrangers, Pasig Union Bank and Kestrel "
            "Harbour Bank Ltd.\n\n"
            "Commitments were as follows:\n\n"
            "| Lender | Role | Commitment (US$m) |\n"
            "|---|---|---|\n"
            "| Pasig Union Bank | MLA | 200 |\n"
            "| Kestrel Harbour Bank Ltd. | MLA | 180 |\n"
            "| Banco Austral de Inversión S.A. | Lead arranger | 140 |\n"
            "| Other participants (four banks) | Participants | 120 |\n")
    found = [set(parties(d)) for d in deals(text, "Luzon Cobalt signs loan") if d["deal_type"] == "financing"]
    assert found and "Banco Austral de Inversión S.A." in found[0], found
    assert "Luzon Cobalt Refining Corp." in found[0] and "Hoshino Metals Holdings" not in found[0], found
    assert not any(p.startswith("Other participants") for p in found[0]), found


def test_a_states_parliament_acting_is_that_state() -> None:
    text = ("VILNIUS, 2 July 2026 (Wire) — Lithuania's parliament on Tuesday extended the country's ban on imports of "
            "fertiliser from Russia and Belarus until the end of 2027.\n")
    recs = sanctions(text, "Lithuania extends fertiliser import ban")
    assert {"Russia", "Belarus"} <= targets_of(recs, "LT", "import_ban"), recs
