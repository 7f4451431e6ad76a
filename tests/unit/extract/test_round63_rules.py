"""Rules added for the sixty-third held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _targets(text: str, title: str = "Sanctions update") -> set[tuple[str | None, str]]:
    return {(r["authority_country"], t["name"]) for r in sanctions(text, title) for t in r["targets"]}


def test_a_list_of_the_next_kind_goes_on_with_the_action_however_long_the_entries_before() -> None:
    entries = "\n".join(
        f"{n}. Person Number{n} Testov. Date of birth: 198{n}. Nationality: Yemeni. A financier of the network. "
        f"Moved funds through exchange houses. Managed couriers in the region." for n in range(1, 7))
    text = f"""Muscat, 3 May 2026 — The Sultanate of Oman today designated six individuals and two entities that finance armed groups.

The designated individuals are:

{entries}

The designated entities are:

1. Wadi Hadramawt Exchange Company. Address: Mukalla, Yemen.
2. Berbera Star General Trading LLC. Address: Berbera, Somalia.
"""
    names = {name for country, name in _targets(text, "Oman designates financiers") if country == "OM"}
    assert {"Wadi Hadramawt Exchange Company", "Berbera Star General Trading LLC", "Person Number1 Testov"} <= names, names


def test_the_body_whose_member_states_act_is_no_target() -> None:
    """(a guard: in one sentence it passed before the rule too; the round's article, with its lists, needed the rule)"""
    text = ("Manama, 2 May 2026 (BNA) — The Ministry of Interior announced that the member states of the Gulf Financing "
            "Watch Centre (GFWC) — the Kingdom of Bahrain and the State of Kuwait — today jointly designated Rimal "
            "Exchange LLC.")
    names = {name for _, name in _targets(text, "Joint designations")}
    assert names == {"Rimal Exchange LLC"}, names


def test_attached_lists_in_tables_go_to_the_measures_that_refer_to_them_by_number() -> None:
    text = """Ministry of Foreign Affairs of Japan
Press Release

(1) Asset freeze on individuals and entities related to the Russian Federation (Ministry of Finance)

Measures to require permission for payments to the 2 individuals listed in Attached List 1 and the 2 entities listed in Attached List 2.

(2) Export ban to specified entities in third countries (Ministry of Economy, Trade and Industry)

Prohibition of exports to the 2 entities in third countries listed in Attached List 3.

The measures take effect today.

Attached List 1: Individuals (2)

No. | Name | Date of birth
1 | Gleb Arkadyevich SORIN | 3 May 1971
2 | Inna Pavlovna KORNEVA | 9 June 1980

Attached List 2: Entities (2)

No. | Name | Address
1 | Joint Stock Company "Kola Bunker Line" | Murmansk
2 | Pearl Gulf Marine FZE | Sharjah

Attached List 3: Entities subject to export ban (2)

No. | Name | Country/Region
1 | Limited Liability Company "Tekhsnabkomplekt" | Kyrgyz Republic
2 | Lotus Bridge Trading Limited | Hong Kong, China
"""
    recs = sanctions(text, "Asset freeze and export ban on Russia")
    by_measure = {r["measure"]: {t["name"] for t in r["targets"]} for r in recs}
    assert {"Gleb Arkadyevich SORIN", "Kola Bunker Line", "Pearl Gulf Marine FZE"} <= by_measure["asset_freeze"], by_measure
    assert {"Tekhsnabkomplekt", "Lotus Bridge Trading Limited"} <= by_measure["export_control"], by_measure
    assert "Gleb Arkadyevich SORIN" not in by_measure["export_control"], by_measure


def test_ships_identified_as_property_in_which_the_owners_have_an_interest() -> None:
    text = ("OFAC is also identifying the following vessels as property in which Coral Strait Shipmanagement or "
            "Tethys Marine Ltd has an interest: KESTREL DAWN, NORTH STAR and ISLA VERDE.")
    names = {name for _, name in _targets(text, "Treasury targets shadow fleet")}
    assert {"KESTREL DAWN", "NORTH STAR", "ISLA VERDE"} <= names, names


def test_a_state_incorporating_eu_listings_into_its_freeze_list_acts() -> None:
    text = ("Norway has incorporated the latest EU listings under the Russia sanctions regime into Norwegian law, the "
            "Ministry of Foreign Affairs said on Tuesday. The amendment adds 12 individuals and 9 entities to the "
            "Norwegian freeze list with immediate effect. Among those added are Polar Shelf Logistika LLC and Yevgeny "
            "Arkadyevich Morin.")
    recs = sanctions(text, "Norway mirrors EU listings")
    assert {(r["authority_country"], r["measure"]) for r in recs} >= {("NO", "asset_freeze")}, recs
    assert not any(r["authority_country"] == "EU" for r in recs), recs


def test_a_client_alerts_part_headed_by_its_state_in_title_case() -> None:
    text = """5. Japan: End User List revision

On 11 October, the Ministry of Economy, Trade and Industry (METI) revised its End User List, adding 16 entities.

6. Australia: Myanmar aviation fuel

On 17 October, the Foreign Minister announced targeted financial sanctions and travel bans on Irrawaddy Jet Fuel Co., Ltd. and its owner, U Tun Lwin Oo.
"""
    found = _targets(text, "Sanctions week in review")
    assert ("AU", "U Tun Lwin Oo") in found and ("JP", "U Tun Lwin Oo") not in found, found


def test_an_address_after_a_listed_firm_ends_at_a_dash_before_its_description() -> None:
    text = ("The National Security and Defence Council imposed sanctions on the following:\n\n"
            "- Silver Crane Logistics FZE, Jebel Ali Free Zone, Dubai, United Arab Emirates — a freight forwarder "
            "that shipped drone engines to Russia.\n"
            "- Tula Optics Plant JSC, Tula, Russian Federation — a maker of thermal sights.\n")
    names = {name for _, name in _targets(text, "Zelensky enacts new sanctions")}
    assert {"Silver Crane Logistics FZE", "Tula Optics Plant JSC"} <= names, names
    assert not names & {"Jebel Ali Free Zone", "Dubai", "United Arab Emirates"}, names
