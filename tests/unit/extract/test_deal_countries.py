"""Deal countries (from what a text says of a party elsewhere, its legal form, a city or a stock exchange) and dates of releases (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.records import deals as _deals
from tradewatch.extract.deals import form_country


def _countries_of(text: str) -> dict[str, str | None]:
    (deal,) = _deals(text)
    return {p["name"]: p["country"] for p in deal["parties"]}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Tessaro Reti S.p.A.", "IT"),
        ("Lumisense B.V.", "NL"),
        ("PT Sarana Baja Nusantara (Persero)", "ID"),
        ("Kvarnvik Software AB", "SE"),
        ("Nordvik Chemicals ASA", "NO"),
        ("Hessen Anode GmbH", "DE"),
        ("Tanager Royalty Holdings Pty Ltd", "AU"),
        ("Grupo Alimentario del Bajio, S.A. de C.V.", "MX"),
        # forms several countries use say nothing
        ("Cellantis Bio, Inc.", None),
        ("Redbank Copper Limited", None),
        ("Banco Serrano S.A.", None),
        ("Norland Metals AG", None),
        ("GmbH", None),
    ],
)
def test_a_legal_form_used_in_one_country_only_names_it(name, code):
    assert form_country(name) == code


def test_a_party_placed_in_an_earlier_sentence_keeps_that_country_in_the_deal():
    text = (
        "Denmark-based Holmvik Marine makes deck cranes for offshore vessels.\n"
        "On Monday Holmvik Marine agreed to acquire Carrow Hoists Corp. for $90 million."
    )
    found = _countries_of(text)
    assert found["Holmvik Marine"] == "DK"
    assert found["Carrow Hoists Corp."] is None


def test_a_mention_inside_a_longer_word_is_not_the_party():
    text = (
        "Danish-owned Holmvikstad Group sold its ferries last year.\n"
        "Holmvik Marine agreed to acquire Carrow Hoists Corp. for $90 million on Monday."
    )
    assert _countries_of(text)["Holmvik Marine"] is None


def test_what_the_text_says_comes_before_the_legal_form():
    text = "Singapore-based Orrin Lumber GmbH agreed to acquire Carrow Hoists Corp. for $90 million on Monday."
    assert _countries_of(text)["Orrin Lumber GmbH"] == "SG"


@pytest.mark.parametrize(
    ("sentence", "party", "code"),
    [
        ("The Vancouver-based developer Quarrel Peak Mining signed an offtake agreement with Hanji Metals Co. on Monday.",
         "Quarrel Peak Mining", "CA"),
        ("ASX-listed Kestrel Ridge Minerals agreed to acquire Tarnby Tin Corp. for $48 million on Monday.",
         "Kestrel Ridge Minerals", "AU"),
        ("Halvard Instruments Corporation (NYSE: HLVD) agreed to acquire Pellow Sensors Corp. for $400 million on Monday.",
         "Halvard Instruments Corporation", "US"),
        ("Pellow Sensors Corp., a Delaware corporation, agreed to be acquired by Halvard Instruments for $400 million.",
         "Pellow Sensors Corp.", "US"),
        ("Orrin Silver, the Denver-based royalty company, signed a streaming agreement with Quarrel Peak Mining on Monday.",
         "Orrin Silver", "US"),
        ("Tarn Valves, a company headquartered in Zurich, agreed to acquire Pellow Sensors Corp. for $40 million on Monday.",
         "Tarn Valves", "CH"),
        ("Harrowby Industrial, the FTSE 250 engineering group, agreed to sell its pumps unit to Fenwick Capital for £41m.",
         "Harrowby Industrial", "GB"),
    ],
)
def test_a_city_exchange_or_state_said_of_a_party_places_it(sentence, party, code):
    assert _countries_of(sentence)[party] == code


def test_a_city_the_list_does_not_know_places_nothing():
    sentence = "The Smallville-based developer Quarrel Peak Mining signed an offtake agreement with Hanji Metals Co. on Monday."
    assert _countries_of(sentence)["Quarrel Peak Mining"] is None


_RELEASE = (
    "Quarrel Peak Mining Limited is pleased to announce that it has executed a binding offtake agreement with "
    "Hanji Metals Co. for its copper concentrate."
)


def test_a_deal_a_dated_release_says_has_just_been_made_takes_the_release_date():
    (deal,) = _deals("MARKET ANNOUNCEMENT\n14 October 2031\n\n" + _RELEASE, published=dt.date(2031, 10, 15))
    assert deal["date"] == "2031-10-14"


def test_without_a_date_line_the_release_states_no_date_of_the_deal():
    (deal,) = _deals("MARKET ANNOUNCEMENT\n\n" + _RELEASE, published=dt.date(2031, 10, 15))
    assert deal["date"] is None


# -- a party's seat said after its name, in the headline, or by a state's possessive ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Torvane Motors Ltd on Tuesday signed a joint venture agreement with Hoshida Denki Co., Ltd. of Nagoya to "
         "make battery packs.", "Hoshida Denki Co., Ltd.", "JP"),
        ("Brannock Foods agreed to buy Norrlund Mills Ltd of Copenhagen for $310 million.", "Norrlund Mills Ltd", "DK"),
        ("Spain's Ondalia Telecom agreed to buy Marevia Comunicações for €1.2 billion.", "Ondalia Telecom", "ES"),
        ("Japan's biggest trading house Kuroshima Shoji agreed to buy a stake in Tarrant Gas for $400 million.",
         "Kuroshima Shoji", "JP"),
    ],
)
def test_a_partys_seat_after_its_name_or_a_states_possessive_before_it(text, name, code):
    assert _countries_of(text)[name] == code


def test_a_possessive_of_a_state_doing_something_else_is_not_the_partys_seat():
    # "China's ban on X": what China did to X, not where X sits
    text = "Weeks after China's ban on Corlander Microsystems, Velbrook Capital agreed to buy Corlander Microsystems for $90 million."
    assert _countries_of(text).get("Corlander Microsystems") is None


def test_a_headline_that_says_a_partys_state_gives_its_country():
    (deal,) = _deals("Torvane Motors on Tuesday signed a joint venture agreement with Hoshida Denki to make battery cells.",
                     title="Torvane, Japan's Hoshida Denki form battery cell venture")
    assert {p["name"]: p["country"] for p in deal["parties"]}["Hoshida Denki"] == "JP"
    assert "JP" in deal["countries"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a US state or a commercial city before "-based"
        ("Texas-based Hollowell Energy agreed to buy Pecanridge Midstream for $200 million.", "Hollowell Energy", "US"),
        ("Sharjah-based Qaswa Marine signed a $40 million contract with Tidewell Dredging.", "Qaswa Marine", "AE"),
        ("Yekaterinburg-based Uralmash Tooling agreed to buy Norvik Presses for $30 million.", "Uralmash Tooling", "RU"),
        # its state between commas after the name; its seat after a bracketed short name
        ("The ministry signed a contract with Torvald Defence Systems AS, Norway, for the supply of weapon stations "
         "worth $50 million.", "Torvald Defence Systems AS", "NO"),
        ("Calloway Building Materials agreed to buy Groupe Varenne SA ('Varenne') of France for €900 million.",
         "Groupe Varenne SA", "FR"),
    ],
)
def test_a_partys_seat_from_a_state_a_city_or_its_country_between_commas(text, name, code):
    assert _countries_of(text)[name] == code
