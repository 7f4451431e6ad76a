"""Unit tests for the round 14 extraction rules (deal fields), on hand-written sentences.

A deal's value stated apart from its sentence (a cue later in the article, the headline), partners that invest
"jointly", a deal made on the same occasion as the one before it takes its date, "US$" is a currency and no country.
Every person, company and place named here is invented; the sentences were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions

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


def test_a_minority_stake_bought_is_an_investment_and_a_majority_one_an_acquisition():
    (deal,) = _deals("Hoshida Trading Corp. has agreed to buy a 19.9 per cent stake in Velmar Hydrogen GmbH for €210mn.")
    assert deal["deal_type"] == "investment"
    (deal,) = _deals("Hoshida Trading Corp. will acquire a 65% stake in Velmar Hydrogen GmbH from its founders.")
    assert deal["deal_type"] == "acquisition"


def test_the_ship_sold_is_no_party_of_the_sale():
    text = ("Piraeus-based Arethusa Shipping has sold the 2007-built suezmax Arethusa Grace to Dubai-based Coral Gate "
            "Maritime for $31.2m, according to brokers.")
    (deal,) = _deals(text)
    assert _parties(deal) == ["Arethusa Shipping", "Coral Gate Maritime"]
    assert (deal["value"], deal["currency"]) == (31_200_000, "USD")


# --- Sanctions -----------------------------------------------------------------------------------------------------


def _names(rec: dict) -> list[str]:
    return [t["name"] for t in rec["targets"]]


def test_the_companies_named_after_a_list_of_people_are_targets_too_and_a_commentator_is_not():
    text = (
        "OFAC designated four individuals and three companies under Executive Order 14059.\n\n"
        "Among those sanctioned are:\n\n"
        "Baltasar Quiroga Lemus, whom Treasury described as the leader of the group;\n"
        "Ismael Quiroga Lemus, his brother, who runs its transport routes.\n\n"
        "The companies named include Frutas del Valle Ancho, S.A. de C.V., a lime exporter; Transportes Quiroga, S.A. de "
        "C.V., a trucking firm; and the Hotel Brisamar in Mazatlán.\n\n"
        "A security analyst in Culiacán, Renata Osuna, said the sanctions would make it harder for the group to bank."
    )
    (rec,) = _sanctions(text)
    assert _names(rec) == ["Baltasar Quiroga Lemus", "Ismael Quiroga Lemus", "Frutas del Valle Ancho, S.A. de C.V.",
                           "Transportes Quiroga, S.A. de C.V.", "Hotel Brisamar"]


def test_a_states_intelligence_unit_adding_the_same_counted_group_takes_its_names():
    text = (
        "OFAC designated two individuals and one company: Baltasar Quiroga Lemus, Ismael Quiroga Lemus and Frutas del "
        "Valle Ancho, S.A. de C.V.\n\n"
        "Mexico's Financial Intelligence Unit (UIF), which worked with Treasury on the case, said on Wednesday that it had "
        "also added the two individuals and one company to its own list of blocked persons."
    )
    by_country = {r["authority_country"]: r for r in _sanctions(text)}
    assert set(by_country) == {"US", "MX"}
    assert _names(by_country["MX"]) == _names(by_country["US"])


def test_designated_him_is_the_person_named_just_before():
    text = ("The network was founded by Ruperto Salgado Ibarra, the father of two of its leaders. OFAC designated him "
            "under the Kingpin Act in 2019.")
    (rec,) = _sanctions(text)
    assert _names(rec) == ["Ruperto Salgado Ibarra"]


def test_entities_under_a_long_country_heading_and_a_turkish_legal_form_are_listed():
    text = (
        "Today, BIS added five entities to the Entity List for supplying Russia's military.\n\n"
        "The entities being added today include:\n\n"
        "People's Republic of China\n\n"
        "Qinghe Lianda Microwave Co., Ltd., which shipped transceivers to Russian end users; and\n"
        "Ningbo Starpath Electronics Limited, a distributor.\n\n"
        "Türkiye\n\n"
        "Marmara Elektronik Dis Ticaret Ltd. Sti., which forwarded microcontrollers to Moscow through freight "
        "consolidators and misdeclared their destination on export filings.\n"
    )
    (rec,) = _sanctions(text)
    assert _names(rec) == ["Qinghe Lianda Microwave Co., Ltd.", "Ningbo Starpath Electronics Limited",
                           "Marmara Elektronik Dis Ticaret Ltd. Sti."]


def test_those_listed_after_an_attribution_and_those_listed_alongside_are_targets_but_a_body_they_belong_to_is_not():
    text = (
        "The Council of the European Union adopted new sanctions, adding 12 individuals and 9 entities to its list.\n\n"
        "According to the Council's announcement, those listed include Pavel Igorevich Rudnev, a businessman who owns "
        "several tanker managers. Two of those companies, Neva Tanker Services LLC and Ladoga Freight, were listed "
        "alongside him. The Council also listed Marina Lupu, a former member of the People's Assembly of Gagauzia, who "
        "recruited coordinators, and Ion Cebotari, who organised training camps."
    )
    names = {t["name"] for r in _sanctions(text) for t in r["targets"]}
    assert {"Pavel Igorevich Rudnev", "Neva Tanker Services LLC", "Ladoga Freight", "Marina Lupu", "Ion Cebotari"} <= names
    assert not any("Gagauzia" in n for n in names)


def test_also_named_were_and_an_earlier_action_stated_as_a_fact_by_another_state():
    text = (
        "OFAC on Thursday designated the VLCC Sable Horizon (IMO 9301122) and the aframax Tern Bay (IMO 9287765).\n\n"
        "Also named were Hong Kong-registered Eastwind Ship Management Co., Ltd and Sharjah-based Qamar Marine Services "
        "FZE, which between them manage the two ships.\n\n"
        "Two of the ships, Sable Horizon and Tern Bay, were already sanctioned by the UK in May.\n\n"
        "Separately, Athens-based Doris Shipping, a company with 12 tankers, has sold an older suezmax to a buyer."
    )
    by_country = {r["authority_country"]: r for r in _sanctions(text)}
    assert set(by_country) == {"US", "GB"}
    assert set(_names(by_country["US"])) == {"Sable Horizon", "Tern Bay", "Eastwind Ship Management Co., Ltd",
                                             "Qamar Marine Services FZE"}
    assert by_country["US"]["unnamed_targets"] is None  # "the two ships" the managers run: no count of targets


def test_a_state_owning_what_a_listing_is_for_is_no_target():
    text = "Since 2022, BIS has added hundreds of entities to the Entity List for supporting Russia's military."
    assert all(t["name"] != "Russia" for r in _sanctions(text) for t in r["targets"])


def test_names_before_said_officials_are_still_targets():
    text = "The Treasury on Tuesday sanctioned Orlov Trading LLC, Kesh Capital, said officials."
    assert {t["name"] for r in _sanctions(text) for t in r["targets"]} == {"Orlov Trading LLC", "Kesh Capital"}
