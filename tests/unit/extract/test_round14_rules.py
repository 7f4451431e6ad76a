"""Unit tests for the round 14 extraction rules (deal fields), on hand-written sentences.

A deal's value stated apart from its sentence (a cue later in the article, the headline), partners that invest
"jointly", a deal made on the same occasion as the one before it takes its date, "US$" is a currency and no country.
Every person, company and place named here is invented; the sentences were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties

# --- Values stated apart ------------------------------------------------------------------------------------------


def test_the_value_of_the_share_capital_stated_a_few_paragraphs_on_is_the_mergers_value():
    text = (
        "Trondvik, 12 May 2031 – The boards of Skarholm Shipping ASA and Velde Offshore ASA have today agreed to merge "
        "the two companies in an all-share transaction.\n\n"
        "Transaction highlights\n\n"
        "- Skarholm Shipping will be the surviving company. The combined group keeps its listing in Oslo.\n"
        "- Shareholders of Velde Offshore will receive 0.51 new Skarholm shares for each share held.\n"
        "- The combined fleet counts 44 vessels. Its order backlog stands at NOK 9.3 billion.\n"
        "- The exchange ratio implies a premium of 21% and values the entire share capital of Velde Offshore at "
        "approximately NOK 4.2 billion."
    )
    (deal,) = _deals(text)
    assert _parties(deal) == ["Skarholm Shipping ASA", "Velde Offshore ASA"]
    assert (deal["value"], deal["currency"]) == (4_200_000_000, "NOK")


def test_a_total_consideration_in_the_bullet_after_the_deal_is_its_value():
    text = (
        "- Ormond Minerals Limited has entered into a binding agreement with Brightcliff Royalty Holdings Pty Ltd for "
        "the sale of its 1.5% royalty over the Wattle Creek project\n"
        "- Total upfront consideration of A$27.5 million, comprising A$20.0 million in cash and A$7.5 million in shares\n"
        "- Completion expected in the first quarter"
    )
    (deal,) = _deals(text)
    assert (deal["value"], deal["currency"]) == (27_500_000, "AUD")


def test_a_total_potential_deal_value_is_the_value_and_not_the_upfront_payment():
    text = (
        "Halvard Biotech AG and Pinecrest Therapeutics, Inc. today announced an exclusive licence agreement for "
        "PCT-114. Under the terms of the agreement, Halvard obtains worldwide rights to the compound. Pinecrest will "
        "receive an upfront payment of $75 million and up to $910 million in milestone payments, for a total "
        "potential deal value of up to $985 million."
    )
    (deal,) = _deals(text)
    assert (deal["value"], deal["currency"]) == (985_000_000, "USD")


def test_a_value_cue_after_a_second_deal_with_its_own_value_changes_neither():
    text = (
        "Corrin Foods plc said on Tuesday it had agreed to buy Ashgate Dairies Ltd from its founders.\n\n"
        "Separately, Corrin signed a £40 million supply contract with Millbrook Packaging Ltd for cartons.\n\n"
        "The total consideration of £310 million will be paid in cash."
    )
    deals = _deals(text)
    by_first = {_parties(d)[-1]: d for d in deals}
    assert by_first["Millbrook Packaging Ltd"]["value"] == 40_000_000
    assert by_first["Ashgate Dairies Ltd"]["value"] is None  # the cue follows the other deal, not this one


def test_partners_that_jointly_invest_give_their_ventures_value():
    text = (
        "Ravello Energia S.p.A. and Kestler Wind GmbH have set up a 50-50 joint venture to build offshore wind farms "
        "in the Adriatic. The partners will jointly invest about 2.4 billion euros over six years."
    )
    (deal,) = _deals(text)
    assert deal["deal_type"] == "joint_venture"
    assert (deal["value"], deal["currency"]) == (2_400_000_000, "EUR")


def test_the_headlines_amount_before_a_deal_noun_is_the_value_of_the_deal_it_names():
    title = "Tamarind Motors, Japan's Hoshida Electric form Rs 2,100-crore battery venture"
    text = ("Tamarind Motors Ltd on Tuesday signed a joint venture agreement with Hoshida Electric Co., Ltd. to make "
            "battery cells in India, the companies said in a stock exchange filing.")
    (deal,) = _deals(text, title=title)
    assert (deal["value"], deal["currency"]) == (21_000_000_000, "INR")


def test_the_headlines_amount_after_for_is_the_value_of_the_sale():
    title = "Ormond Minerals Limited – Sale of Wattle Creek Royalty for A$27.5 million"
    text = ("Ormond Minerals Limited has entered into a binding agreement with Brightcliff Royalty Holdings Pty Ltd for "
            "the sale of its 1.5% royalty over the Wattle Creek project.")
    (deal,) = _deals(text, title=title)
    assert (deal["value"], deal["currency"]) == (27_500_000, "AUD")


def test_a_price_per_share_or_several_deals_sum_in_the_headline_is_no_deals_value():
    text = ("Garland Instruments Corporation today announced that it entered into a definitive agreement to acquire "
            "Pelton Sensor Systems, Inc.")
    (deal,) = _deals(text, title="Garland Instruments to Acquire Pelton Sensor Systems for $38.25 Per Share in Cash")
    assert deal["value"] is None
    text = ("Supply of cocoa butter between PT Kakao Lestari and Dulces Finos del Sur, S.A. de C.V., with value to be "
            "determined.")
    title = "Indonesia and Mexico business agreements worth USD 300 million signed in Jakarta"
    assert all(d["value"] is None for d in _deals(text, title=title))


# --- Dates and countries ------------------------------------------------------------------------------------------


def test_a_deal_made_at_the_same_ceremony_takes_the_date_of_the_deal_before_it():
    text = (
        "The Ministry of Transport of Veloria signed a $300 million contract with Castellane Rail S.A. on 3 May 2031 to "
        "build a freight line to the port of Arvik.\n\n"
        "At the same ceremony, the Nordmark Development Bank signed a loan agreement with the Ministry of Finance of "
        "Veloria to fund the line."
    )
    deals = _deals(text)
    assert [d["date"] for d in deals] == ["2031-05-03", "2031-05-03"]


def test_a_deal_the_text_places_at_another_time_keeps_no_date():
    text = (
        "The Ministry of Transport of Veloria signed a $300 million contract with Castellane Rail S.A. on 3 May 2031 to "
        "build a freight line to the port of Arvik.\n\n"
        "Castellane Rail had also signed a maintenance contract with Arvik Port Authority last year."
    )
    deals = _deals(text)
    assert deals[0]["date"] == "2031-05-03"
    assert deals[1]["date"] is None


def test_a_dollar_amount_written_us_dollar_names_no_country():
    text = ("Brazil's Ventos do Sertão S.A. and Spanish utility Solaria Cantábrica S.A. formed a joint venture to build "
            "solar plants. The partners said they would invest a total of US$1.3 billion in the project.")
    (deal,) = _deals(text)
    assert deal["countries"] == ["BR", "ES"]
    assert (deal["value"], deal["currency"]) == (1_300_000_000, "USD")
