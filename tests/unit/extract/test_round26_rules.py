"""Unit tests for the round 26 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deal_with as _deal_with
from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets_of as _of
from tradewatch.extract.countries import find_countries

# -- names -----------------------------------------------------------------------------------------------------------


def test_a_company_shortened_later_keeps_its_registered_name():
    text = ("OFAC designated Dalian Qiaoxing Marine Electronics Co., Ltd. and Harlow Strait Trading Ltd on Tuesday. "
            "Separately, the Commerce Department added Dalian Qiaoxing to the Entity List.")
    out = _sanctions(text)
    assert _of(out, "US", "export_control") == {"Dalian Qiaoxing Marine Electronics Co., Ltd."}
    # two companies the short name could stand for: it stays as written
    text = ("OFAC designated Velmar Point Shipping Ltd and Velmar Point Holdings Ltd on Tuesday. "
            "Separately, the Commerce Department added Velmar Point to the Entity List.")
    assert _of(_sanctions(text), "US", "export_control") == {"Velmar Point"}


def test_a_short_name_given_in_a_sentence_the_rules_do_not_read_is_known():
    text = ("The penalty concerns Ostrava Kargo Lojistik LLC (“OKL”), a freight agent in Mersin.\n\n"
            "OKL was designated by the Secretary of State for Foreign, Commonwealth and Development Affairs on 2 May "
            "2023 and became subject to an asset freeze on that date.")
    out = _sanctions(text)
    # (the UK's Foreign Secretary by the long title, not the US Secretary of State)
    assert _of(out, "GB", "asset_freeze") == {"Ostrava Kargo Lojistik LLC"}
    assert "US" not in {r["authority_country"] for r in out}
    # a bracketed short name that does not fit the name read before it is not used: the reading of the long name
    # stops at "and" ("Development Trust"), and "KRDT" is not its short form
    text = ("Kavango River Relief and Development Trust (KRDT) runs clinics in the region.\n\n"
            "OFAC designated KRDT on Tuesday for financing an armed group.")
    assert _of(_sanctions(text), "US", "asset_freeze") == {"KRDT"}


def test_a_place_before_a_role_in_a_list_item_is_not_a_target():
    text = ("Britain's Foreign Office said it had frozen the assets of four officials. They are Deputy Defence "
            "Minister Tamaz Kurdadze; Irakli Zhvania, head of the ministry's Special Operations Department; Batumi "
            "police chief Levan Chkheidze; and Nodar Beridze, a commander of the border guard.")
    assert _of(_sanctions(text), "GB", "asset_freeze") == {
        "Tamaz Kurdadze", "Irakli Zhvania", "Levan Chkheidze", "Nodar Beridze"}


# -- sanctions ---------------------------------------------------------------------------------------------------------


def test_states_where_passive_targets_are_do_not_act():
    text = ("The Treasury Department said it had designated Qinghe Drone Parts Co Ltd. Seven other entities in China, "
            "Turkey and the United Arab Emirates were also designated.")
    out = _sanctions(text)
    assert {r["authority_country"] for r in out} == {"US"}
    # states acting are still read: the subject of an active verb
    out = _sanctions("Turkey and the United Arab Emirates imposed sanctions on Qinghe Drone Parts Co Ltd.")
    assert {r["authority_country"] for r in out} == {"TR", "AE"}
    # and a state whose sanctions are the target of the verb's present tense ("Australia is today imposing")
    out = _sanctions("Australia is today imposing targeted financial sanctions on Qinghe Drone Parts Co Ltd.")
    assert {r["authority_country"] for r in out} == {"AU"}


def test_a_country_describing_a_group_of_operators_is_not_a_target():
    text = "The firm did not know that the agent was designated, given publicity surrounding sanctions on Russian port operators."
    assert not any(t["name"] == "Russia" for r in _sanctions(text) for t in r["targets"])


def test_an_unnamed_antecedent_of_the_sanctioned_relative_clause_hides_names_before_it():
    text = ("Two tankers sold by Greece's Marathi Shipping last month are now operated by a ship manager that the UK "
            "has hit with sanctions for moving Russian crude.")
    assert not any(t["name"] == "Marathi Shipping" for r in _sanctions(text) for t in r["targets"])


# -- countries ---------------------------------------------------------------------------------------------------------


def test_waters_and_lands_named_after_a_country_are_not_it():
    for text in ("a port on the Indian Ocean coast", "blocks in the Niger Delta", "the frontier Benin basin",
                 "patrols in the South China Sea"):
        assert find_countries(text) == [], text
    assert [c.code for c in find_countries("an Indian refiner and a port in China")] == ["IN", "CN"]


# -- deals -------------------------------------------------------------------------------------------------------------


def test_a_newbuilding_order_is_a_contract():
    text = ("Greek shipowner Halkidiki Tankers has placed its first newbuilding order in six years, contracting two "
            "suezmaxes at South Korea's Mokpo Marine Works.")
    deal = _deal_with(_deals(text), "Halkidiki Tankers")
    assert deal["deal_type"] == "contract"


def test_production_sharing_contracts_signed_with_named_companies():
    text = ("Ghana's state oil company on Monday signed production-sharing contracts (PSCs) with two oil companies. "
            "The contracts were signed in Accra with Ankobra Energy Limited and Volta Deepwater Exploration Limited.")
    found = {p for d in _deals(text) if d["deal_type"] == "contract" for p in _parties(d)}
    assert {"Ankobra Energy Limited", "Volta Deepwater Exploration Limited"} <= found


def test_a_bond_sale_is_financing_of_its_issuer():
    text = ("SANTIAGO, May 6 (Reuters) - Chilean copper miner Minera Tolhuaca SA sold $600 million of 10-year bonds "
            "on Tuesday, taking advantage of strong demand, according to a term sheet seen by Reuters.")
    deal = _deal_with(_deals(text), "Minera Tolhuaca SA")
    assert deal["deal_type"] == "financing"
    assert deal["value"] == 600_000_000
    # where the figures come from is no party
    text = ("Chilean companies sold about $5 billion of dollar bonds in April, the busiest month since 2021, "
            "according to Corvane Analytics data.")
    assert not any("Corvane Analytics" in _parties(d) for d in _deals(text))


def test_ships_sold_to_a_buyer_for_a_price():
    text = ("Piraeus-based Ithaki Maritime sold the 105,000-dwt Ithaki Dawn (built 2006) and the 104,800-dwt Ithaki "
            "Dusk to Dubai-based Coralreef Navigation for about $58m en bloc, according to brokers.")
    deal = _deal_with(_deals(text), "Coralreef Navigation")
    assert deal["deal_type"] == "acquisition"
    assert "Ithaki Maritime" in _parties(deal)
    assert not {"Ithaki Dawn", "Ithaki Dusk"} & set(_parties(deal))


def test_lakes_coasts_and_islands_are_no_targets():
    text = ("Italy has frozen assets worth more than €1 billion belonging to sanctioned Russian individuals, "
            "including villas on Lake Garda and the Amalfi Coast.")
    names = {t["name"] for r in _sanctions(text) for t in r["targets"]}
    assert not names & {"Lake Garda", "Amalfi Coast"}
