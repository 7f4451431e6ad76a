"""Unit tests for the round 30 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _of
from tests.support.records import targets_of as _targets_of

# -- places --------------------------------------------------------------------------------------------------------------


def test_every_town_of_a_series_after_based_in_is_a_place():
    text = ("The Commerce Department added Tarbela Machine Works and Kohat Avionics Ltd to the Entity List on "
            "Friday, both based in Peshawar, Mardan or Swabi, for supplying drone parts to a missile programme.")
    names = _of(text, title="US adds two firms to Entity List")
    assert {"Tarbela Machine Works", "Kohat Avionics Ltd"} <= set(names)
    assert not {"Mardan", "Swabi"} & set(names)


def test_a_bare_in_before_a_place_leaves_the_names_after_it():
    text = "In Almaty, Steppe Grain Holdings and Kazyna Millers signed a deal to merge their flour businesses."
    deal = _deals(text, title="Kazakh millers to merge")
    assert any({"Steppe Grain Holdings", "Kazyna Millers"} <= set(_parties(d)) for d in deal)


def test_a_town_followed_by_its_us_state_is_no_party():
    text = ("The Toledo, Ohio, company said on Monday it had agreed to acquire Brennick Valve Corp., a maker of "
            "industrial valves, for $180 million in cash.")
    names = {n for d in _deals(text, title="Valve maker buys rival") for n in _parties(d)}
    assert "Brennick Valve Corp." in names
    assert "Toledo" not in names


# -- no action -----------------------------------------------------------------------------------------------------------


def test_sanctions_after_an_ampersand_are_a_names_word():
    text = ("According to the institute's Trade & Sanctions tracker, Halvorsen Marine shipped 40 engines to Russia "
            "last year.")
    assert _sanctions(text, title="Engines still reach Russia") == []


def test_goods_left_out_of_sanctions_or_exempt_from_a_ban_are_no_targets():
    for text in (
        "Pharmaceuticals have largely been left out of EU sanctions, and Morvane Labs, like its rivals, kept selling "
        "in Russia.",
        "Used tractors, which are exempt from the export ban, made up most of Kestrel Agritech's shipments.",
        "Tankers moving crude outside the price cap earned Ostrava Shipping record profits.",
    ):
        assert _sanctions(text, title="Trade carries on") == [], text


# -- funding rounds ------------------------------------------------------------------------------------------------------


def test_an_amount_glued_to_a_capital_scale_is_scaled():
    from tradewatch.extract.money import find_money

    assert [m.amount for m in find_money("Quillstone raises $85M Series B; rival lands $1.2B")] == [85e6, 1.2e9]
    assert [m.amount for m in find_money("the $5 B variant")] == [5.0]  # a spaced capital letter is a model's name


def test_a_series_round_raised_by_a_described_startup_names_it_and_its_leads():
    text = ("Quillstone Labs, a maker of tax software, is growing fast.\n"
            "The San Diego-based startup told Reuters it has raised a $85 million Series B led by Harrow Peak Capital "
            "and Ostrander Ventures.")
    deal = _deals(text, title="Tax software maker raises new funding")
    assert len(deal) == 1
    assert set(_parties(deal[0])) == {"Quillstone Labs", "Harrow Peak Capital", "Ostrander Ventures"}
    assert deal[0]["value"] == 85e6


def test_a_rounds_valuation_is_not_its_value():
    text = ("Quillstone has raised a $85 million Series B led by Harrow Peak Capital, which values Quillstone at "
            "$900 million post-money.")
    deal = _deals(text, title="Quillstone raises funds")
    assert [d["value"] for d in deal] == [85e6]


def test_investors_along_with_a_backer_described_with_initials_all_take_part():
    text = ("Quillstone Labs has raised a $85 million Series B led by Harrow Peak Capital.\n"
            "Existing investors Bracken Partners and Tolliver Fund also participated, along with new backer Sedge Capital "
            "and a former U.S. Treasury official.")
    names = {n for d in _deals(text, title="Quillstone raises funds") for n in _parties(d)}
    assert {"Quillstone Labs", "Harrow Peak Capital", "Bracken Partners", "Tolliver Fund", "Sedge Capital"} <= names


def test_a_role_acronym_is_no_name():
    from tradewatch.extract.parties import find_entities

    names = [e.name for e in find_entities("Dana Whitcomb, the former CFO of a grocery chain, and CTO Eli Park joined.")]
    assert names == ["Dana Whitcomb", "Eli Park"]


# -- mergers -------------------------------------------------------------------------------------------------------------


def test_counted_banks_combining_are_named_in_the_next_sentence_with_their_short_names():
    text = ("Two Southern regional banks have agreed to combine in an all-share deal that will create a lender with "
            "about $48bn in assets, as Washington signals a friendlier stance on bank mergers.\n"
            "Atlanta-based Peachtree Harbor Bancorp and Gulfmark Savings Financial of Mobile, Alabama, said on Tuesday "
            "that Gulfmark shareholders would receive 0.71 Peachtree Harbor shares for each share, valuing Gulfmark at "
            "about $2.1bn.")
    deal = _deals(text, title="Regional lenders agree all-share merger")
    assert len(deal) == 1
    assert set(_parties(deal[0])) == {"Peachtree Harbor Bancorp", "Gulfmark Savings Financial"}
    assert deal[0]["value"] != 48e9  # the lender's size, not the deal's value


def test_a_company_of_a_town_and_state_ends_before_the_town():
    from tradewatch.extract.parties import find_entities

    names = [e.name for e in find_entities("Gulfmark Savings Financial of Mobile, Alabama, agreed to the deal.")]
    assert names == ["Gulfmark Savings Financial"]
    names = [e.name for e in find_entities("The contract went to the U.S. Army Corps of Engineers, Alaska District.")]
    assert "U.S. Army Corps of Engineers" in names


# -- lists after an entry ban --------------------------------------------------------------------------------------------


def test_the_list_and_the_named_groups_after_an_entry_ban_are_its_targets():
    text = ("Russia has barred entry to 19 Norwegian citizens, including lawmakers and journalists, the Foreign "
            "Ministry said on Thursday.\n"
            "\"Not a single hostile step will go unanswered,\" the ministry said in a statement. \"Oslo chose this path.\"\n"
            "The ministry said those added to its stop list were involved in shaping anti-Russian policy.\n"
            "The list includes MP Sindre Holmvik and Ragna Lothe, a deputy director at the foreign ministry.\n"
            "Two journalists were also named: Eirik Brandal, a correspondent for a daily newspaper, and Siv Mjelde.\n"
            "Also on the list is Oddvar Tennfjord, an activist who raises money for drone units.")
    names = set(_of(text, title="Russia bans entry to 19 Norwegians"))
    assert {"Sindre Holmvik", "Ragna Lothe", "Eirik Brandal", "Siv Mjelde", "Oddvar Tennfjord"} <= names


def test_retaliation_for_another_states_sanctions_is_no_action_of_it():
    text = ("MOSCOW — Russia on Friday banned 12 Danish citizens from entering the country, saying the move was "
            "retaliation for new Danish sanctions against Russia. Among those named was MP Karsten Vilhelmsen.")
    recs = _sanctions(text, title="Russia bars 12 Danes")
    assert {r["authority_country"] for r in recs} == {"RU"}


# -- examples and conditions ---------------------------------------------------------------------------------------------


def test_examples_conditions_and_made_up_deals_state_no_action():
    for text in (
        "Enforcement releases include a number of matters in which a parent company was penalized for the conduct "
        "of a subsidiary.",
        "- A right to terminate if the target or a key counterparty becomes designated before closing.",
    ):
        assert _sanctions(text, title="Sanctions diligence in M&A") == [], text
    text = "Suppose Alpha Holdings, a private equity sponsor, agrees to acquire Beta Pumps GmbH for $250 million."
    assert _deals(text, title="Sanctions diligence in M&A") == []


def test_a_regime_described_imposes_nothing_today():
    text = ("The sanctions regime established by the UN Security Council in resolution 2700 (2023) imposes an asset "
            "freeze, travel ban and arms embargo on individuals designated by its committee.")
    assert _sanctions(text, title="Canada sanctions gang leaders") == []


def test_states_in_a_sentence_about_the_deal_told_before_are_no_parties():
    text = ("Norwegian utility Fjellkraft has agreed to buy a portfolio of wind farms from Calvera Renovables for "
            "EUR 1.2 billion.\n"
            "The deal is subject to approval by competition authorities in Spain and Portugal.\n"
            "The agreement is the latest in a run of contracts signed by Japanese and South Korean buyers.")
    deal = _deals(text, title="Fjellkraft buys wind farms")
    assert [set(_parties(d)) for d in deal] == [{"Fjellkraft", "Calvera Renovables"}]


def test_a_suspended_hyphen_a_federal_district_and_a_website_are_no_names():
    from tradewatch.extract.parties import find_entities

    text = ("The Government of Zambia and ASX- and AIM-listed Mukuba Copper signed the deal in the District of "
            "Columbia; details are on GOV.UK.")
    names = [e.name for e in find_entities(text)]
    assert "Mukuba Copper" in names
    assert not {"ASX-", "District of Columbia", "GOV.UK"} & set(names)


# -- sanctions lists and their workings ----------------------------------------------------------------------------------


def test_placed_on_its_own_sanctions_list_is_a_listing():
    text = ("Seoul's foreign ministry said it had placed Pak Yong-chol, Kim Su-ryon and Mekong Byte Services on its "
            "own sanctions list on Thursday.")
    recs = _sanctions(text, title="South Korea sanctions IT workers")
    assert {"Pak Yong-chol", "Kim Su-ryon", "Mekong Byte Services"} <= set(_targets_of(recs, "KR", "asset_freeze"))


def test_those_designated_and_who_must_approve_are_no_targets():
    text = ("Under South Korean law, any transaction with those designated requires prior approval from the Bank of "
            "Korea or the Financial Supervisory Service.")
    names = {t["name"] for r in _sanctions(text, title="South Korea sanctions IT workers") for t in r["targets"]}
    assert not {"Bank of Korea", "Financial Supervisory Service"} & names
