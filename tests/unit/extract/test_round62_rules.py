"""Rules added for the sixty-second held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _targets(text: str, title: str = "Sanctions update") -> set[tuple[str | None, str]]:
    return {(r["authority_country"], t["name"]) for r in sanctions(text, title) for t in r["targets"]}


def test_a_description_closed_by_a_comma_before_and_is_no_series_of_places() -> None:
    # "based in Laos, and Pyotr Ilyin": the comma closes the first target's description; Ilyin is the next target
    found = _targets("The Treasury designated Mekong Star Logistics, a freight company based in Laos, and Pyotr Ilyin, "
                     "a Belarusian national.")
    assert ("US", "Pyotr Ilyin") in found and ("US", "Mekong Star Logistics") in found, found


def test_a_series_of_places_after_based_in_still_reads_as_places() -> None:
    """(a guard for the rule above: it passed before it too)"""
    found = _targets("The EU listed Karakoram Traders, a network of shops based in Gilgit, Skardu, and Hunza.")
    assert not {name for _, name in found} & {"Skardu", "Hunza"}, found


def test_the_state_opening_the_sentence_acts_not_the_state_it_retaliates_against() -> None:
    text = ("TOKYO, March 3 (Harbour Wire) – Japan on Monday put three Korean chemical companies on its end-user list "
            "and banned exports of photoresists to two others, retaliating for Seoul's decision to curb fluorine "
            "shipments.")
    recs = sanctions(text, "Japan curbs exports")
    assert recs and {r["authority_country"] for r in recs} == {"JP"}, recs


def test_a_ministry_that_speaks_is_no_target() -> None:
    text = ("China on Tuesday put two US drone makers on its unreliable entity list. The Ministry of Commerce said "
            "Skyhawk Robotics Inc. and Pelican Unmanned LLC were added to the unreliable entity list.")
    found = _targets(text, "China blacklists drone makers")
    names = {name for _, name in found}
    assert "Ministry of Commerce" not in names and {"Skyhawk Robotics Inc.", "Pelican Unmanned LLC"} <= names, found


def test_makers_counted_after_a_country_are_counted_targets_not_the_country() -> None:
    recs = sanctions("China on Tuesday put two US drone makers on its unreliable entity list.", "China acts")
    assert recs and recs[0]["unnamed_targets"] == "two US drone makers", recs
    assert not any(t["kind"] == "country" for r in recs for t in r["targets"]), recs


def test_names_between_dashes_after_a_count_with_an_abbreviated_country() -> None:
    text = ("Beijing's commerce ministry on Monday added four U.S. firms — Alder Photonics Inc., Brisk Rotor Systems LLC, "
            "Cobalt Vane Corp. and Dunmore Optics — to its export control list.")
    names = {name for _, name in _targets(text, "China lists US firms")}
    assert {"Alder Photonics Inc.", "Brisk Rotor Systems LLC", "Cobalt Vane Corp.", "Dunmore Optics"} <= names, names


def test_a_list_under_among_those_named_goes_to_the_action_a_few_sentences_up() -> None:
    text = """The Commerce Department on Thursday added 17 entities to the Entity List for supplying military end users.

Twelve of the new entries are in China and five in Hong Kong. The department said the firms had acquired U.S.-origin
parts for drone programmes. Several had been warned before. Among those named in the rule:

- Ningbo Greatwall Drive Components Co., Ltd.;
- Kowloon Apex Trading Limited;
- Xiamen Silverline Avionics Institute.
"""
    names = {name for country, name in _targets(text, "Entity List additions") if country == "US"}
    assert {"Ningbo Greatwall Drive Components Co., Ltd.", "Kowloon Apex Trading Limited",
            "Xiamen Silverline Avionics Institute"} <= names, names


def test_a_deal_said_to_be_unlikely_to_proceed_is_no_deal() -> None:
    from tests.support.records import deals

    text = ("Separately, a planned acquisition of Harrow Sensors Ltd by Crescent Bay Capital, first reported in May, is now "
            "\"unlikely to proceed,\" according to one adviser.")
    assert deals(text, "Sensor maker sale stalls") == []


def test_entry_blocks_of_fields_under_a_heading_name_the_actions_targets() -> None:
    text = """The Government has today imposed targeted financial sanctions and travel bans on a Belarus-based cyber group and two of its members.

The sanctions are imposed under the Autonomous Sanctions Regulations 2011.

Sanctioned persons

BYSTRA NETWORKS LLC (also known as: Bystranet)
Address: 4 Prospekt Pobeditelei, Minsk, Belarus
Sanction: Targeted financial sanction

Pavel Olegovich RUDNIK (also known as: "prud")
Date of birth: 3 May 1990
Sanction: Targeted financial sanction; Travel ban

Olga Viktorovna SENKO
Date of birth: 12 July 1987
Sanction: Targeted financial sanction; Travel ban
"""
    names = {name for _, name in _targets(text, "Cyber sanctions on a Belarus-based group")}
    assert {"BYSTRA NETWORKS LLC", "Pavel Olegovich RUDNIK", "Olga Viktorovna SENKO"} <= names, names
    assert not any("Minsk" in n or "Sanction" in n for n in names), names


def test_those_who_helped_the_investigation_leading_to_designations_are_no_targets() -> None:
    text = ("The Australian Federal Police and the Australian Signals Directorate supported the investigation that led "
            "to these designations.")
    assert not {name for _, name in _targets(text, "Cyber sanctions")}


def test_the_source_of_a_claim_about_a_target_does_not_act() -> None:
    text = """Bern, 2 June 2026 - The EAER has added 12 individuals and 9 entities to Annex 8 of the Ordinance.

The new listings include companies in Russia and Türkiye, among them the trading house Anatolia Vector Dis Ticaret and the businessman Gleb Arkadyevich Sorin, who according to the EU runs a network of front companies.

The export restrictions on electronic components have also been extended to further goods.
"""
    recs = sanctions(text, "Switzerland adopts further sanctions")
    assert recs and {r["authority_country"] for r in recs} == {"CH"}, recs


def test_all_five_subject_to_a_freeze_are_the_five_named_before() -> None:
    text = """The UK has today sanctioned a Minsk distributor of machine tools, its two directors and two foreign suppliers.

Minsk-based Stanok-Trade LLC has supplied CNC lathes to Russian arms plants. Its director, Igor Petrovich Belsky, and deputy director, Anna Sergeyevna Korol, arranged the purchases.

Tianhe Precision Trading Limited in Hong Kong and Ak-Zhol Machinery LLC in Bishkek shipped the lathes onwards.

All five are subject to an asset freeze.
"""
    names = {name for country, name in _targets(text, "UK sanctions machine tool suppliers") if country == "GB"}
    assert {"Stanok-Trade LLC", "Igor Petrovich Belsky", "Anna Sergeyevna Korol", "Tianhe Precision Trading Limited",
            "Ak-Zhol Machinery LLC"} <= names, names


def test_a_measure_the_targets_acted_to_avoid_is_no_measure_taken() -> None:
    text = ("Its managers organised purchases through intermediaries in Hong Kong and Central Asia to avoid export "
            "controls.")
    assert sanctions(text, "UK sanctions suppliers") == []


def test_added_hundreds_of_entities_including_names_them_as_listed() -> None:
    text = """The Export Control Office added nine entities to Singapore's strategic goods list on Monday.

It is the second update this year. In March, the office added more than 300 entities, including Zhenhua Dragon Logistics Co., Ltd. and Meridian Pioneer Electronics Limited.
"""
    names = {name for _, name in _targets(text, "Singapore updates strategic goods list")}
    assert {"Zhenhua Dragon Logistics Co., Ltd.", "Meridian Pioneer Electronics Limited"} <= names, names


def test_names_between_dashes_after_a_counted_group_and_what_it_did() -> None:
    text = ("The EU also froze the assets of three militias it held responsible for attacks on aid convoys in April — "
            "the Northern Hawks Brigade, the Wadi Falcon Division and the Iron Gate Battalion — as well as two of their "
            "leaders.")
    names = {name for _, name in _targets(text, "EU sanctions militias")}
    assert {"Northern Hawks Brigade", "Wadi Falcon Division", "Iron Gate Battalion"} <= names, names


def _parties(text: str, title: str = "Deal news") -> set[str]:
    from tests.support.records import deals

    return {p["name"] for d in deals(text, title) for p in d["parties"]}


def test_a_sale_of_ships_named_by_their_size_class() -> None:
    found = _parties("Piraeus-based Thalassa Bulk Carriers has sold three Supramaxes built in 2009 to Jade Harbour "
                     "Shipping Ltd for a combined $41 million, brokers said.")
    assert {"Thalassa Bulk Carriers", "Jade Harbour Shipping Ltd"} <= found, found


def test_the_company_a_home_descriptor_places_and_the_business_it_buys() -> None:
    text = ("The fine comes weeks before Moray Valves Ltd completes its sale to Danish engineering group Kattegat "
            "Industri A/S. The Aarhus-based company said on Monday it had agreed to buy the Scottish business for "
            "£18 million.")
    found = _parties(text, "Valve maker fined before sale")
    assert {"Kattegat Industri A/S", "Moray Valves Ltd"} <= found, found


def test_its_russia_sanctions_list_is_the_regime_not_the_state_acting() -> None:
    found = _targets("Britain added Volga Meridian Trading to its Russia sanctions list on May 20, freezing any assets "
                     "it holds in the UK.", "UK sanctions trader")
    assert found == {("GB", "Volga Meridian Trading")}, found


def test_a_trader_that_a_state_sanctioned_is_the_target_not_its_buyer() -> None:
    text = ("Konark Petro Ltd, a private Indian refiner, has signed a contract to buy Russian crude from Dubai-based "
            "Caspian Crest Trading DMCC, a trader that Britain sanctioned in May, three sources said.")
    names = {name for _, name in _targets(text, "Refiner buys Russian crude")}
    assert "Konark Petro Ltd" not in names, names


def test_states_named_formally_in_a_dashed_list_act_together() -> None:
    # (round 63) "the member states of the TFTC — the Kingdom of Saudi Arabia, ..., and the United States of America —
    # today jointly designated": each state's record
    text = ("The member states of the Gulf Financing Watch Centre — the Kingdom of Bahrain, the State of Kuwait, the "
            "Sultanate of Oman and the United States of America — today jointly designated Rimal Exchange LLC.")
    found = _targets(text, "Joint designations")
    assert {c for c, _ in found} == {"BH", "KW", "OM", "US"}, found


def test_a_bodys_name_holding_financing_is_no_deal() -> None:
    text = ("Riyadh, 22 April 2025 (SPA) — The Presidency of State Security announced that the member states of the "
            "Terrorist Financing Targeting Center (TFTC) — the Kingdom of Bahrain, the State of Kuwait and the United "
            "States of America — today jointly designated Rimal Exchange LLC.")
    assert _parties(text, "Joint designations") == set()


def test_the_groups_a_counted_group_is_associated_with_are_no_targets() -> None:
    text = ("The United States today designated four individuals and two entities associated with the terrorist "
            "organisations ISIS and al-Shabaab.")
    assert _targets(text, "US designations") == set()
