"""Unit tests for the round 39 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import sanctions
from tests.support.records import targets_of as _targets_of


def test_a_list_part_with_a_bare_count_and_the_next_part_after_a_description():
    text = (
        "1. Today (March 3), the Government of Japan approved at the Cabinet meeting asset freezes against two "
        "individuals and two entities involved in North Korea's missile programs.\n\n"
        "(Annex) Individuals and entities subject to the measures\n\n"
        "Individuals (2)\n"
        "(1) KANG Myong Dok\n"
        "Date of birth: 4 May 1979; Nationality: North Korea\n"
        "Procurement agent who arranges purchases of machine tools in third countries.\n"
        "(2) YUN Sol Hui\n"
        "Date of birth: 9 June 1984; Nationality: North Korea\n"
        "Banker who moves the proceeds of coal exports through front accounts.\n\n"
        "Entities (2)\n"
        "(1) Pyongsong Precision Trading Corporation\n"
        "Address: Pyongyang, North Korea\n"
        "Buys lathes and bearings for missile workshops.\n"
        "(2) Seaglint Ocean Holdings Limited\n"
        "Address: Hong Kong, China\n"
        "Registered owner of a tanker used in ship-to-ship transfers."
    )
    recs = sanctions(text, "Asset freezes against persons involved in North Korea's programs")
    assert {"KANG Myong Dok", "YUN Sol Hui", "Pyongsong Precision Trading Corporation",
            "Seaglint Ocean Holdings Limited"} <= _targets_of(recs, "JP", "asset_freeze")


def test_the_individuals_named_as_after_the_body_naming_them():
    text = (
        "Seoul, April 8 -- South Korea on Tuesday imposed its own sanctions on four North Korean IT workers and a "
        "front company, Haeson Software Development Co.\n\n"
        "The Ministry of Foreign Affairs named the individuals as Ri Chol Ung, Kim Hyang Sim, Paek Song Jin and "
        "O Myong Gil, all of whom it said worked for a trading company under the Munitions Industry Department."
    )
    recs = sanctions(text, "South Korea sanctions North Korean IT workers")
    assert {"Ri Chol Ung", "Kim Hyang Sim", "Paek Song Jin", "O Myong Gil"} <= set().union(
        *(_targets_of(recs, "KR", m) for m in ("asset_freeze", None)))


def test_those_added_to_a_stop_list_with_their_posts_before_their_names():
    text = (
        "Moscow has barred 12 Canadian citizens from entering Russia, the Foreign Ministry said on Friday.\n\n"
        "Among the Canadians added to Russia's so-called \"stop list\" are Conservative MP Harold Quenneville, a member "
        "of the Commons defence committee, and Maureen Abernathy, a director at Global Affairs Canada.\n\n"
        "Those barred also include Liberal Senator Colette Dufresne, Department of National Defence and Veterans "
        "Affairs deputy secretary Anders Holmgren and Radio-Canada correspondent Lise Trudel-Mercier, who reported "
        "from Kharkiv last spring."
    )
    recs = sanctions(text, "Russia bars Canadians")
    assert {"Harold Quenneville", "Maureen Abernathy", "Colette Dufresne", "Anders Holmgren",
            "Lise Trudel-Mercier"} <= _targets_of(recs, "RU", "travel_ban")


def test_where_a_firm_is_based_before_its_name_after_a_colon():
    text = (
        "Canada also sanctioned three management companies it said were responsible for operating most of the tankers: "
        "Fujairah-based Tidemark Marine Management FZE, Marshall Islands-registered Quillon Shipping Inc and "
        "Baltmor Fleet Services LLC, which is based in Kaliningrad."
    )
    recs = sanctions(text, "Canada sanctions shadow fleet managers")
    assert {"Tidemark Marine Management FZE", "Quillon Shipping Inc", "Baltmor Fleet Services LLC"} <= set().union(
        *(_targets_of(recs, "CA", m) for m in ("asset_freeze", None)))


def test_the_company_added_to_an_entity_list_is_the_one_named_before():
    text = (
        "Among the suspected buyers is Kamskoye Instrument Works, a maker of gyroscopes in the Russian city of Perm. "
        "The EU placed Kamskoye Instrument Works on its sanctions list in March 2024, freezing its assets in the bloc. "
        "The US Commerce Department had added the company to its Entity List the previous year, restricting its access "
        "to American technology."
    )
    recs = sanctions(text, "Exports under investigation")
    us = _targets_of(recs, "US", "export_control")
    assert "Kamskoye Instrument Works" in us and "Russia" not in us


def test_a_state_adopting_the_listings_another_body_decided_acts_in_what_follows():
    text = (
        "Bern, 02.07.2025 - On 2 July 2025, the Federal Department of Economic Affairs, Education and Research (EAER) "
        "added three individuals to the sanctions list in Annex 8 of the Ordinance. Switzerland is thus adopting the "
        "listings decided by the European Union on 23 June 2025.\n\n"
        "Those newly listed include Gleb Arkadyevich Sotnikov, Irina Pavlovna Zhukovets and Roman Ilyich Vasnetsov.\n\n"
        "The listed individuals are also subject to an entry and transit ban.\n\n"
        "The amended annex is published in the Official Compilation of Federal Legislation."
    )
    recs = sanctions(text, "Switzerland adopts further EU listings")
    assert {"Gleb Arkadyevich Sotnikov", "Irina Pavlovna Zhukovets"} <= _targets_of(recs, "CH", "travel_ban")
    assert not _targets_of(recs, "EU", "travel_ban")
    named = set().union(*(set(t["name"] for t in r["targets"]) for r in recs))
    assert "Official Compilation of Federal Legislation" not in named


def test_a_short_name_the_text_gives_in_brackets_opens_a_sentence_as_a_name():
    text = (
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "Kvarta Exchange, a virtual currency exchange, and its director.\n\n"
        "Boris Ignatyevich Zelenko (Zelenko) is Kvarta's general director and controls its daily operations.\n\n"
        "Zelenko is being designated pursuant to E.O. 13694, as amended, for having acted for or on behalf of Kvarta "
        "Exchange."
    )
    recs = sanctions(text, "Treasury sanctions a virtual currency exchange")
    assert "Boris Ignatyevich Zelenko" in _targets_of(recs, "US", "asset_freeze")
