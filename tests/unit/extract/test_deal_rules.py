"""Unit tests for deal rules (merging, approvers, stakes, financing, dates), on hand-written sentences."""

from __future__ import annotations

import datetime as dt

from tests.support.records import DAY
from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tradewatch.extract import extract_records
from tradewatch.extract.deals import location_countries
from tradewatch.extract.parties import find_entities
from tradewatch.extract.sentences import split_sentences


def test_headline_and_body_statements_of_one_deal_are_merged_with_the_fuller_names():
    text = (
        "Corvane Shipping to buy Teller Foods for $1.2 billion\n"
        "Corvane Shipping AG has agreed to acquire Teller Foods Inc. for $1.2 billion, the companies said on Monday.\n"
        "The acquisition is Corvane's biggest since it bought a ferry operator in 2024."
    )
    (deal,) = _deals(text)
    assert _parties(deal) == ["Corvane Shipping AG", "Teller Foods Inc."]
    assert deal["value"] == 1_200_000_000 and deal["date"] == "2031-05-12"
    assert deal["evidence"].startswith("Corvane Shipping AG has agreed")


def test_two_contracts_of_one_company_with_different_values_stay_apart():
    text = (
        "Brightwater Dredging Ltd. was awarded a $12 million contract for harbour works.\n"
        "Brightwater Dredging Ltd. was awarded a $40 million contract for canal works."
    )
    assert [d["value"] for d in _deals(text)] == [12_000_000, 40_000_000]


def test_regulators_that_must_approve_a_deal_are_not_parties():
    text = (
        "Halden Paper Oyj has agreed to acquire Mistral Packaging Ltd for $300 million.\n"
        "The deal is subject to approval by the Federal Competition Commission and is expected to close next year."
    )
    names = {p["name"] for d in _deals(text) for p in d["parties"]}
    assert names == {"Halden Paper Oyj", "Mistral Packaging Ltd"}


def test_the_company_whose_stake_is_bought_and_the_seller_are_parties():
    text = "Osprey Ports Holdings agreed to acquire a 25 percent stake in Kilwa Bulk Terminal from Amberline Capital for $90 million."
    (deal,) = _deals(text)
    assert deal["deal_type"] == "investment"  # a minority stake (round 14: an investment, as most gold records have it)
    assert _parties(deal) == ["Osprey Ports Holdings", "Kilwa Bulk Terminal", "Amberline Capital"]


def test_a_place_after_in_is_still_not_a_party():
    text = "Osprey Ports Holdings agreed to acquire a warehouse in Rotterdam for $9 million."
    assert [_parties(d) for d in _deals(text)] == [["Osprey Ports Holdings"]]


def test_arranged_financing_names_lender_and_borrower():
    text = "Banco Litoral has arranged a $200 million syndicated loan for Cerro Azul Mining S.A., the bank said."
    (deal,) = _deals(text)
    assert deal["deal_type"] == "financing"
    assert _parties(deal) == ["Banco Litoral", "Cerro Azul Mining S.A."]


def test_financed_by_a_loan_from_a_lender_is_a_financing_deal():
    text = "The new terminal is financed by a loan from the Nordic Investment Bank."
    (deal,) = _deals(text)
    assert deal["deal_type"] == "financing" and _parties(deal) == ["Nordic Investment Bank"]


def test_financing_plan_without_a_named_lender_is_not_a_deal():
    text = "Valmora Steel will finance the expansion with cash and a term loan arranged by European banks."
    assert _deals(text) == []


def test_an_agreement_to_merge_is_a_merger_of_both_companies():
    text = "Pellucid Foods plc and Ardent Snacks Inc. today announced an agreement to merge in an all-share deal."
    (deal,) = _deals(text)
    assert deal["deal_type"] in ("merger", "acquisition")  # "acquisition" until quality accepts "merger"
    assert _parties(deal) == ["Pellucid Foods plc", "Ardent Snacks Inc."]


def test_country_after_a_legal_form_is_the_home_country_not_part_of_the_name():
    (ent,) = [e for e in find_entities("Marden Tools Corp. of Canada signed.") if e.kind == "organization"]
    assert (ent.name, ent.country) == ("Marden Tools Corp.", "CA")
    (bank,) = find_entities("Bank of Canada said.")
    assert bank.name == "Bank of Canada"


def test_two_subjects_with_home_countries_are_both_parties():
    text = "Ferrous Works Ltd of Australia and Kanto Alloys Co. of Japan signed a joint venture agreement on Tuesday."
    (deal,) = _deals(text)
    assert _parties(deal) == ["Ferrous Works Ltd", "Kanto Alloys Co."]
    assert set(deal["countries"]) >= {"AU", "JP"}


def test_pte_ltd_does_not_end_a_sentence():
    sents = split_sentences("It bought Lion Reefer Pte. Ltd. for cash. Shares rose.")
    assert [s.text for s in sents] == ["It bought Lion Reefer Pte. Ltd. for cash.", "Shares rose."]


def test_follow_up_sentence_about_the_venture_gives_the_value():
    text = "Ferrous Works Ltd and Kanto Alloys Co. signed a joint venture agreement. The joint venture will invest €80 million."
    (deal,) = _deals(text)
    assert deal["value"] == 80_000_000 and deal["currency"] == "EUR"


def test_a_closing_date_after_publication_is_not_the_deal_date():
    text = "Halden Paper Oyj agreed to acquire Mistral Packaging Ltd in a deal expected to close by June 30, 2032."
    (deal,) = _deals(text)
    assert deal["date"] is None


def test_weekday_of_the_announcement_is_resolved_against_publication():
    text = "Halden Paper Oyj agreed to acquire Mistral Packaging Ltd, the companies said on Friday."
    (deal,) = _deals(text)
    assert deal["date"] == "2031-05-09"  # the Friday before a Wednesday publication


def test_no_publication_date_no_relative_deal_date():
    text = "Halden Paper Oyj agreed to acquire Mistral Packaging Ltd, the companies said on Friday."
    (deal,) = _deals(text, published=None)
    assert deal["date"] is None


def test_countries_where_a_deal_asset_is_located():
    assert location_countries("a smelter near Ghana and a depot in Accra, Ghana") == ["GH"]
    assert location_countries("they will run a Peruvian mine together") == ["PE"]
    assert location_countries("operations across Vietnam") == ["VN"]


def test_a_country_closing_an_organisation_name_or_naming_a_buyer_is_not_a_location():
    assert location_countries("a loan from the Export-Import Bank of Korea for a port in Oman") == ["OM"]
    assert location_countries("a Peruvian investor bought the company") == []


def test_a_headline_location_of_the_deal_adds_its_country():
    title = "Velmora Mining and Osk Steel form joint venture for a smelter in Ghana"
    text = "Velmora Mining Ltd and Osk Steel AG signed an agreement to form a joint venture on Monday."
    deals = _deals(text, title=title)
    assert len(deals) == 1 and "GH" in deals[0]["countries"]
    other = _deals(text, title="Gold prices rise as mines in Ghana reopen")
    assert "GH" not in other[0]["countries"]


def test_a_completed_purchase_is_an_acquisition():
    (deal,) = _deals("Norvale Steel completed its purchase of Brightwater Mills for $4.1 billion on Monday.")
    assert deal["deal_type"] == "acquisition" and _parties(deal) == ["Norvale Steel", "Brightwater Mills"]
    assert deal["value"] == 4_100_000_000  # exactly: amounts are rounded to the cent


def test_an_order_won_is_a_contract():
    (deal,) = _deals("Kestrel Aero won an order for 40 regional jets from Lumina Airways.")
    assert deal["deal_type"] == "contract" and _parties(deal) == ["Kestrel Aero", "Lumina Airways"]


def test_a_commodity_in_capitals_is_not_a_party():
    (deal,) = _deals("Norvale Energies has signed a 15-year LNG supply agreement with Qaswa Energy.")
    assert _parties(deal) == ["Norvale Energies", "Qaswa Energy"]


def test_a_party_named_after_its_country_possessive_is_a_party():
    (deal,) = _deals("Qaswa Energy signed a supply deal with Brazil's Norvale Oil Corp.")
    assert _parties(deal) == ["Qaswa Energy", "Norvale Oil Corp."]


def test_a_sale_is_an_acquisition_between_seller_and_buyer():
    (deal,) = _deals("Norvale Energy has agreed to sell its onshore unit Kestrel Fields to Qaswa Capital for $2.4 billion.")
    # seller, what is sold and buyer
    assert deal["deal_type"] == "acquisition" and _parties(deal) == ["Norvale Energy", "Kestrel Fields", "Qaswa Capital"]
    (stake,) = _deals("Norvale Mining sold a 10% stake in its metals unit to Qaswa Minerals.")
    assert _parties(stake) == ["Norvale Mining", "Qaswa Minerals"]


def test_a_joint_venture_formed_is_a_deal():
    (deal,) = _deals("Norvale Zinc and Qaswa Trading formed a joint venture to build a smelter.")
    assert deal["deal_type"] == "joint_venture" and _parties(deal) == ["Norvale Zinc", "Qaswa Trading"]


def test_the_company_bought_follows_its_nationality():
    (deal,) = _deals("Qaswa Mining agreed to buy a 20% stake in Norwegian miner Norvale Nickel for $75 million.")
    assert _parties(deal) == ["Qaswa Mining", "Norvale Nickel"] and deal["countries"] == ["NO"]


def test_a_completed_merger_is_a_deal_between_the_two():
    (deal,) = _deals("Norvale Rail and Qaswa Southern completed their merger on Friday.")
    assert deal["deal_type"] == "acquisition" and _parties(deal) == ["Norvale Rail", "Qaswa Southern"]  # no "merger" type


def test_an_order_placed_and_a_joint_venture_to_be_formed_are_deals():
    (order,) = _deals("Lumina Airways placed an order for 160 Kestrel jets worth $96 billion.")
    assert order["deal_type"] == "contract" and order["value"] == 96_000_000_000
    (jv,) = _deals("Norvale Grain and Qaswa Foods will form a joint venture in Brazil.")
    assert jv["deal_type"] == "joint_venture" and _parties(jv) == ["Norvale Grain", "Qaswa Foods"]


def test_the_company_invested_in_is_a_party():
    (deal,) = _deals("Norvale Capital agreed to invest $1 billion in Brazilian fintech Qaswa Pay.")
    assert deal["deal_type"] == "investment" and _parties(deal) == ["Norvale Capital", "Qaswa Pay"]


def test_a_company_named_after_its_country_keeps_the_country_in_its_name():
    cases = {
        "Korea Zinc signed a $500 million supply deal with Glencore.": ["Korea Zinc", "Glencore"],
        "China Mobile signed a $2 billion contract with Ericsson.": ["China Mobile", "Ericsson"],
        "Nippon Steel agreed to acquire U.S. Steel for $14.9 billion.": ["Nippon Steel", "U.S. Steel"],
    }
    for text, parties in cases.items():
        (deal,) = _deals(text)
        assert _parties(deal) == parties, text
    (deal,) = _deals("China Mobile signed a $2 billion contract with Ericsson.")
    assert deal["parties"][0]["country"] == "CN"
    # A demonym describes the company ("Saudi Aramco": Aramco, from Saudi Arabia), and a word the article
    # writes in lower case is no part of a name.
    (deal,) = _deals("Saudi Aramco agreed to buy a stake in Norvik Refining for $1 billion.")
    assert _parties(deal)[0] == "Aramco" and deal["parties"][0]["country"] == "SA"
    (deal,) = _deals("Japan Tobacco agreed to buy Norvik Leaf for $2 billion. Tobacco sales fell; tobacco shares rose.")
    assert "Japan Tobacco" not in _parties(deal)


def test_the_company_a_stake_is_taken_in_is_a_party_and_a_counted_model_is_not():
    (deal,) = _deals("Norvik Energy agreed to take a 24.9% stake in OMV in a deal worth $5 billion.")
    assert _parties(deal) == ["Norvik Energy", "OMV"]  # "in OMV" is no place
    (deal,) = _deals("Kessel Airways signed a contract with Norvik Aero for 105 A320neo aircraft.")
    assert _parties(deal) == ["Kessel Airways", "Norvik Aero"]  # "105 A320neo" is a product
    (deal,) = _deals("Kessel Airways signed a contract with Norvik Aero for its new plant in Gdansk.")
    assert _parties(deal) == ["Kessel Airways", "Norvik Aero"]  # a place after "in" is still no party


def test_a_value_with_a_decimal_point_does_not_hide_the_contract():
    # "won a $1.6 billion contract": the trigger's filler used to stop at any '.', the decimal point too.
    (deal,) = _deals("Kessel Energy won a $1.6 billion contract from Norvik Electricity Co to build plants.")
    assert (deal["deal_type"], _parties(deal), deal["value"]) == (
        "contract", ["Kessel Energy", "Norvik Electricity Co"], 1_600_000_000)
    (deal,) = _deals("Norvik Power and Kessel Grid signed a $2.5 billion agreement to build a cable.")
    assert deal["value"] == 2_500_000_000
    # ... nor the company invested in ("in X" after "invest $2.5 billion" is no place)
    (deal,) = _deals("Norvik Capital agreed to invest $2.5 billion in Kessel Solar.")
    assert (_parties(deal), deal["value"]) == (["Norvik Capital", "Kessel Solar"], 2_500_000_000)


def test_the_borrower_may_follow_its_country_and_a_description():
    (deal,) = _deals("The Nordic Investment Bank approved a EUR 500 million loan to Poland's state grid operator PSE.")
    assert (deal["deal_type"], _parties(deal)) == ("financing", ["Nordic Investment Bank", "PSE"])


def test_contracts_worth_a_value_and_what_came_after_the_deal():
    (deal,) = _deals("Norvik Energy has awarded contracts worth $12.4 billion to Kessel Engineering to expand its Tarum gas field.")
    assert (deal["deal_type"], _parties(deal), deal["value"]) == ("contract", ["Norvik Energy", "Kessel Engineering"],
                                                                  12_400_000_000)
    # The company that lost a case the buyer won is no party; an asset of the party's own is none either.
    (deal,) = _deals("Norvik Corp completed its $53 billion acquisition of Kessel Corp, hours after winning an "
                     "arbitration case brought by Tarvos Oil.")
    assert _parties(deal) == ["Norvik Corp", "Kessel Corp"]


def test_a_plural_possessive_ends_the_name():
    (deal,) = _deals("Norvik Mining agreed to acquire a 77% stake in Kessel Resources' coal business for $6.9 billion.")
    assert _parties(deal) == ["Norvik Mining", "Kessel Resources"]


def test_what_a_regulator_approved_and_a_stake_sold_name_the_parties():
    (deal,) = _deals("The European Commission approved the merger of Norvik Foods and Kessel Snacks.")
    assert _parties(deal) == ["Norvik Foods", "Kessel Snacks"]
    (deal,) = _deals("Norvik Oil agreed to buy Kessel Gas for $2 billion, subject to approval by the Competition Authority.")
    assert _parties(deal) == ["Norvik Oil", "Kessel Gas"]  # the approver is still no party
    (deal,) = _deals("Norvik Group sold its remaining stake in Kessel Mobile for $12.7 billion.")
    assert _parties(deal) == ["Norvik Group", "Kessel Mobile"]


def test_more_currencies_and_a_legal_form_ending_the_name():
    (deal,) = _deals("Norvik Energy ASA has entered into a definitive agreement to acquire Kessel Offshore Ltd for "
                     "NOK 4.2 billion.")
    assert (_parties(deal), deal["value"], deal["currency"]) == (["Norvik Energy ASA", "Kessel Offshore Ltd"],
                                                                 4_200_000_000, "NOK")
    (deal,) = _deals("Norvik Group agreed to buy Kessel AB for 3 billion Swedish crowns.")
    assert (deal["value"], deal["currency"]) == (3_000_000_000, "SEK")
    assert 1e8 < deal["value_usd"] < 1e9  # a shipped rate (hostile probe 23 F4: none before)
    (deal,) = _deals("Kessel Metals Corp. of Canada agreed to buy Norvik Lithium for $1 billion.")
    assert deal["parties"][0] == {"name": "Kessel Metals Corp.", "country": "CA"}  # "of Canada" still read


def test_the_completion_of_a_merger_is_a_deal():
    (deal,) = _deals("Kessel Metals Corp. and Tarvos Mining Inc. announced the completion of their previously "
                     "announced merger.")
    assert _parties(deal) == ["Kessel Metals Corp.", "Tarvos Mining Inc."]


def test_a_currency_prefix_ends_the_name_before_it():
    (deal,) = _deals("Separately, TotalEnergies sold its Canadian oil sands assets to Kessel Energy for C$1.47 billion.")
    assert _parties(deal) == ["TotalEnergies", "Kessel Energy"]
    assert (deal["value"], deal["currency"]) == (1_470_000_000, "CAD")
    (deal,) = _deals("Norvik Group agreed to buy Kessel Mining for AU$2 billion.")
    assert (_parties(deal), deal["currency"]) == (["Norvik Group", "Kessel Mining"], "AUD")


def test_the_eu_is_a_party_of_its_trade_agreements():
    (deal,) = _deals("Separately, Indonesia and the European Union signed a comprehensive economic partnership "
                     "agreement on Monday.")
    assert deal["deal_type"] == "trade_agreement" and _parties(deal) == ["Indonesia", "European Union"]
    (deal,) = _deals("The EU and New Zealand signed a free trade agreement in Brussels on Sunday.")
    assert _parties(deal) == ["European Union", "New Zealand"]


def test_the_buyer_of_an_order_is_a_party_and_the_counted_product_is_not():
    (deal,) = _deals("Separately, Kessel Aero won an order from Norvik Air for up to 72 787-9 Dreamliners.")
    assert deal["deal_type"] == "contract" and _parties(deal) == ["Kessel Aero", "Norvik Air"]


def test_a_word_opening_the_line_after_a_headline_is_no_name():
    # The headline has no full stop: "Markets\nSeparately, ..." once read "Separately" as mid-sentence, so a name.
    (deal,) = _deals("Separately, Kessel Aero signed a $2 billion agreement with Norvik Air.", title="Markets")
    assert _parties(deal) == ["Kessel Aero", "Norvik Air"]


def test_a_lender_providing_a_loan_and_a_name_joined_by_and():
    (deal,) = _deals("The European Bank for Reconstruction and Development (EBRD) is providing a €150 million loan to "
                     "Norvik Bank T.A.S. to support small businesses in Turkey.")
    assert deal["deal_type"] == "financing"
    assert _parties(deal) == ["European Bank for Reconstruction and Development", "Norvik Bank T.A.S."]
    assert (deal["value"], deal["currency"]) == (150_000_000, "EUR")


def test_an_announced_investment_in_a_described_company_and_a_possessive_mention():
    text = ("Kesselsoft will invest $1.5 billion in Abu Dhabi-based artificial intelligence firm G42, the companies "
            "said on Tuesday.\nG42 will run its applications on Kesselsoft's cloud platform.")
    (deal,) = _deals(text, title="Kesselsoft, G42 strike $1.5 billion AI partnership")
    assert deal["deal_type"] == "investment" and _parties(deal) == ["Kesselsoft", "G42"]
    assert deal["value"] == 1_500_000_000


def test_a_stake_sold_names_the_company_and_a_funding_round_is_an_investment():
    (deal,) = _deals("Separately, Kessel Energy completed the sale of its 30% stake in Norvik LNG to Tarvos Holdings.")
    assert deal["deal_type"] == "acquisition"
    assert _parties(deal) == ["Kessel Energy", "Norvik LNG", "Tarvos Holdings"]  # "Norvik LNG" is no person
    (deal,) = _deals("Separately, Kessel AI raised $500 million in a funding round led by Norvik Capital.")
    assert (deal["deal_type"], _parties(deal), deal["value"]) == ("investment", ["Kessel AI", "Norvik Capital"], 500_000_000)


def test_a_capitalised_surname_after_one_given_name_is_a_person_only_in_list_style_articles():
    news = "Separately, the EBRD and Garanti BBVA signed a $100 million credit line for women-led businesses."
    (deal,) = _deals(news)
    assert "Garanti BBVA" in _parties(deal)
    listing = ("The following persons are added: Vladimir PAVLENKO (born 1 May 1970); Olga SEMENOVA (born 2 June 1971); "
               "Ivan KOZLOV (born 3 July 1972).")
    kinds = {e.name: e.kind for e in find_entities(listing, 0, listing, listing)}
    assert kinds.get("Vladimir PAVLENKO") == "person"


def test_a_country_and_a_trade_bloc_are_the_parties_of_their_agreement():
    (deal,) = _deals("India and the four-nation European Free Trade Association (EFTA) signed a Trade and Economic "
                     "Partnership Agreement on Sunday.")
    assert deal["deal_type"] == "trade_agreement" and _parties(deal) == ["India", "European Free Trade Association"]


def test_a_role_before_a_person_is_no_part_of_the_name():
    text = "Kessel Corp and Norvik Ltd signed a supply agreement, Defence Minister Dana Weisz said."
    names = {e.name: e.kind for e in find_entities(text, 0, text, text)}
    assert names.get("Dana Weisz") == "person" and "Defence Minister Dana Weisz" not in names


def test_would_acquire_an_order_for_counted_jets_of_a_maker_and_agreed_to_supply():
    (deal,) = _deals("Kessel Ports Ltd said on Thursday it would acquire Norvik Export Terminal for A$3.98 billion.")
    assert deal["deal_type"] == "acquisition" and _parties(deal) == ["Kessel Ports Ltd", "Norvik Export Terminal"]
    (deal,) = _deals("Kessel Airlines has finalised an order for 60 Airbus A321neo jets, the carrier said on Tuesday.")
    assert deal["deal_type"] == "contract" and _parties(deal) == ["Kessel Airlines", "Airbus"]
    (deal,) = _deals("Separately, Norvik Aero agreed to supply ten jets to Kessel Airlines.")
    assert deal["deal_type"] == "contract" and _parties(deal) == ["Norvik Aero", "Kessel Airlines"]
    assert _deals("Separately, Kessel Metals will supply nickel from its mines in Quebec.") == []


def test_mergers_takeovers_by_funding_rounds_in_and_projects_of_the_parties():
    (deal,) = _deals("Separately, Norvik Holdings will merge with Kessel Group to create the largest container shipper.")
    assert _parties(deal) == ["Norvik Holdings", "Kessel Group"]
    (deal,) = _deals("Separately, shareholders of Kessel Foods approved the company's takeover by Norvik Brands.")
    assert deal["deal_type"] == "acquisition" and _parties(deal) == ["Kessel Foods", "Norvik Brands"]
    (deal,) = _deals("Separately, Kessel Capital led a $200 million Series C round in Norvik Robotics.")
    assert deal["deal_type"] == "investment" and _parties(deal) == ["Kessel Capital", "Norvik Robotics"]
    (deal,) = _deals("Separately, Norvik Mining has entered into a binding agreement with Kessel Resources to acquire "
                     "the Tarvos copper project.")
    assert _parties(deal) == ["Norvik Mining", "Kessel Resources"]  # the project is an asset, no party


def test_governments_as_parties_beside_companies_and_of_each_other():
    (deal,) = _deals("Separately, Indonesia and Norvik Steel signed a memorandum of understanding to build a smelter.")
    assert _parties(deal) == ["Indonesia", "Norvik Steel"]
    (deal,) = _deals("Separately, Egypt signed a $35 billion deal with the United Arab Emirates to develop the Ras "
                     "El-Hekma peninsula.")
    assert (deal["deal_type"], _parties(deal)) == ("agreement", ["Egypt", "United Arab Emirates"])
    # A country in a place phrase before the company is no party.
    (deal,) = _deals("Separately, in Indonesia and Norvik Steel's home market, Kessel Corp signed a supply agreement "
                     "with Norvik Steel.")
    assert "Indonesia" not in _parties(deal)


def test_investing_and_paying_for_a_stake_are_deals():
    (deal,) = _deals("Separately, the IFC is investing $50 million in Norvik Microfinance to expand lending in Kenya.")
    assert (deal["deal_type"], _parties(deal)) == ("investment", ["IFC", "Norvik Microfinance"])
    (deal,) = _deals("Separately, Kessel Oil will pay $1.2 billion for a 30% stake in Norvik's offshore Block 15, the "
                     "companies said.")
    assert (deal["deal_type"], _parties(deal), deal["value"]) == ("investment", ["Kessel Oil", "Norvik"], 1_200_000_000)


def test_press_release_shapes_tickers_defined_names_prices_per_share_and_deals_in_a_sentence_end():
    (deal,) = _deals('Kessel Therapeutics, Inc. (NASDAQ: KSTX) ("Kessel") and Norvik Bio AG (SIX: NVB) today announced '
                     "that they have entered into a definitive merger agreement.")
    assert _parties(deal) == ["Kessel Therapeutics, Inc.", "Norvik Bio AG"]  # not the tickers
    (deal,) = _deals("Under the agreement, Tarvos Capital will acquire all outstanding shares of Kessel Media for $25.50 "
                     "per share, or approximately $3.2 billion.")
    assert deal["value"] == 3_200_000_000  # the price per share is no value of the deal
    (deal,) = _deals("Norvik Pharma has licensed its experimental cancer drug to Kessel Biotech in a deal worth up to "
                     "$1.8 billion.")
    assert _parties(deal) == ["Norvik Pharma", "Kessel Biotech"] and deal["value"] == 1_800_000_000
    (deal,) = _deals("Kessel Mining Ltd. (ASX: KML) has agreed to a A$2.1 billion takeover offer from Norvik Resources.")
    assert (deal["deal_type"], _parties(deal), deal["currency"]) == (
        "acquisition", ["Kessel Mining Ltd.", "Norvik Resources"], "AUD")


def test_the_parties_own_operations_combined_are_no_party():
    (deal,) = _deals("Separately, Kessel Energy and Norvik Oil agreed to combine their North Sea operations in a joint "
                     "venture.")
    assert (deal["deal_type"], _parties(deal)) == ("joint_venture", ["Kessel Energy", "Norvik Oil"])


def test_leaders_signing_for_their_states_and_trade_between_states_is_no_deal():
    deals = _deals("Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva signed 15 agreements "
                   "on Friday covering trade and technology.")
    assert [(d["deal_type"], _parties(d)) for d in deals] == [("trade_agreement", ["China", "Brazil"])]
    assert _deals("Bilateral trade between Mexico and the Philippines reached about $3.1 billion last year, and "
                  "officials said the agreement would encourage companies.") == []


def test_a_states_trade_agency_stands_for_its_state_in_a_trade_agreement():
    (deal,) = _deals("Separately, USTR and Japan concluded negotiations on a trade agreement covering agriculture.")
    assert (deal["deal_type"], _parties(deal)) == ("trade_agreement", ["United States", "Japan"])


def test_consortium_leaders_subject_lists_and_a_legal_forms_full_stop():
    (deal,) = _deals("Separately, Kessel-led consortium agreed to acquire Norvik Towers for 1.2 billion euros.")
    assert _parties(deal) == ["Kessel", "Norvik Towers"]
    (deal,) = _deals("Separately, Norvik Capital, Kessel Partners and Tarvos Investments jointly acquired a 40% stake "
                     "in Orion Logistics.")
    assert _parties(deal) == ["Norvik Capital", "Kessel Partners", "Tarvos Investments", "Orion Logistics"]
    (deal,) = _deals("Separately, Kessel Corp. said Tuesday it agreed to sell its stake in Norvik Ltd. to Tarvos Group "
                     "Inc. for $800 million.")
    assert _parties(deal) == ["Kessel Corp.", "Norvik Ltd.", "Tarvos Group Inc."]


def test_terms_agreed_for_a_merger_and_the_sale_of_towers():
    (deal,) = _deals("Separately, Kessel Mining has agreed terms with Norvik Resources for a $2 billion all-share merger.")
    assert (deal["deal_type"], _parties(deal), deal["value"]) == (
        "acquisition", ["Kessel Mining", "Norvik Resources"], 2_000_000_000)
    (deal,) = _deals("Separately, Kessel Telecom completed the $3 billion sale of its towers to Norvik Infrastructure.")
    assert (deal["deal_type"], _parties(deal)) == ("acquisition", ["Kessel Telecom", "Norvik Infrastructure"])


def test_a_lone_name_opening_the_sentence_before_a_deal_verb_is_a_party():
    (deal,) = _deals("Kesselair agreed to supply ten jets to Norvik Airlines.")
    assert _parties(deal) == ["Kesselair", "Norvik Airlines"]
    (deal,) = _deals("Norvikco will invest $1.5 billion in Kessel Labs.")
    assert _parties(deal) == ["Norvikco", "Kessel Labs"]
    # Common openers and plural nouns stay out.
    (deal,) = _deals("Officials signed an agreement with Norvik Bank.")
    assert _parties(deal) == ["Norvik Bank"]


def test_a_government_beside_a_company_after_a_word_ending_like_a_preposition():
    # "that" ends in "at": the check once compared the text's last letters, not its last word.
    (deal,) = _deals("The minister said that Indonesia and Norvik Steel signed a memorandum of understanding.")
    assert _parties(deal) == ["Indonesia", "Norvik Steel"]


def test_countries_beyond_the_large_economies_name_a_partys_country():
    out = extract_records(
        "Slovak manufacturer Vagonka Trnava signed a contract worth EUR 50 million with Haitian port operator "
        "Port Lafito Holdings.", published=dt.date(2030, 3, 4))
    assert {"SK", "HT"} <= set(out["deals"][0]["countries"])


def test_trying_to_buy_is_no_deal():
    out = extract_records("Kessel Holdings is still trying to buy its way into the Norvik Steel market.", published=dt.date(2030, 3, 4))
    assert out["deals"] == []
    out = extract_records("Kessel Holdings agreed to buy Norvik Steel for $40 million.", published=dt.date(2030, 3, 4))
    assert [p["name"] for p in out["deals"][0]["parties"]] == ["Kessel Holdings", "Norvik Steel"]


def _party_names(text: str) -> list[list[str]]:
    return [[p["name"] for p in d["parties"]] for d in extract_records(text, published=dt.date(2030, 3, 5))["deals"]]


def test_lenders_with_aliases_and_descriptors_names_with_particles_and_towns():
    text = ("Strelsau/Zenda, 5 March 2030 – The Nordic Investment Bank (NIB) and the Portuguese utility Energias do Norte "
            "S.A. (EDN) on Monday signed a EUR 300 million loan agreement to finance the 420-megawatt Serra Alta "
            "photovoltaic plant and a 90 MW battery system.")
    (deal,) = extract_records(text, published=dt.date(2030, 3, 5))["deals"]
    assert [p["name"] for p in deal["parties"]] == ["Nordic Investment Bank", "Energias do Norte S.A."]
    assert deal["date"] == "2030-03-04" and deal["deal_type"] == "financing"
    assert _party_names("Banca Zenda S.p.A. signed a EUR 20 million loan agreement with Tecnoval S.p.A. of Padua.") == [
        ["Banca Zenda S.p.A.", "Tecnoval S.p.A."]]
    (deal,) = extract_records("Kessel Foods S.A. of Portugal agreed to acquire Hollis Brands plc of the United Kingdom.",
                              published=dt.date(2030, 3, 5))["deals"]
    assert [(p["name"], p["country"]) for p in deal["parties"]] == [("Kessel Foods S.A.", "PT"), ("Hollis Brands plc", "GB")]


def test_orders_offtakes_rounds_and_facilities():
    assert _party_names("Kessel Heavy Industries Co., Ltd. has won an order to build four LNG carriers for Greek "
                        "shipowner Norvik Shipping S.A., worth $1 billion.") == [
        ["Kessel Heavy Industries Co., Ltd.", "Norvik Shipping S.A."]]
    assert _party_names("Polish lessor Kessel Lease has ordered 800 wagons from Slovak manufacturer Norvik Wagons.") == [
        ["Kessel Lease", "Norvik Wagons"]]
    assert _party_names("Zenda Air Bhd has firmed up an order with Airbus for 20 A321neo jets.") == [["Zenda Air Bhd", "Airbus"]]
    (deal,) = extract_records("Norvik Lithium Corp. has executed a binding offtake agreement with German carmaker "
                              "Kessel Automobil AG.", published=dt.date(2030, 3, 5))["deals"]
    assert deal["deal_type"] == "contract" and [p["name"] for p in deal["parties"]] == ["Norvik Lithium Corp.", "Kessel Automobil AG"]
    assert _party_names("Existing backers Norvik Capital and the Zenda Fund also took part in the round, alongside new "
                        "investor Kessel Ventures.") == [["Norvik Capital", "Zenda Fund", "Kessel Ventures"]]
    assert _party_names("Kessel Robotics has secured a $20 million venture debt facility from Norvik Bank, which it "
                        "plans to use to finance robot fleets.") == [["Kessel Robotics", "Norvik Bank"]]


def test_a_party_named_short_after_its_full_name_is_one_party():
    text = ("Kessel Pharma AG and Norvik Bio, Inc. today announced a licence agreement worth $1.7 billion.\n"
            "In addition, Kessel agreed to buy $30 million of newly issued Norvik shares.")
    names = {p["name"] for d in extract_records(text, published=dt.date(2030, 3, 5))["deals"] for p in d["parties"]}
    assert names == {"Kessel Pharma AG", "Norvik Bio, Inc."}


def test_a_trade_agreements_states_offices_and_what_a_contract_delivers():
    (deal,) = extract_records(
        "ZÜRICH, Nov 6 — Norway and Peru signed a free trade agreement on Wednesday, the first such pact between a "
        "Nordic economy and a South American one outside of the EFTA framework.\nThe agreement was signed by Norway's "
        "Minister of Trade and Industry, Ola Hansen, and Peru's Minister of Foreign Trade, Ana Soto.",
        published=dt.date(2030, 11, 6))["deals"]
    assert [p["name"] for p in deal["parties"]] == ["Norway", "Peru"] and deal["countries"] == ["NO", "PE"]
    assert _party_names("The Ministry of Defence has today awarded a £412 million contract to Kessel Defence Ltd for the "
                        "delivery of 140 vehicles to the British Army.") == [["Ministry of Defence", "Kessel Defence Ltd"]]


def test_names_a_speaker_mentions_and_sanctions_a_buyer_is_not_under_are_no_parties_or_records():
    text = ('Kessel Bank and Norvik Power S.A. signed a EUR 300 million loan agreement on Monday.\n'
            '"Projects like Serra Alta show the way," said Kessel Bank vice-president Ana Lobo, who signed the agreement.')
    names = {p["name"] for d in extract_records(text, published=dt.date(2030, 3, 5))["deals"] for p in d["parties"]}
    assert names == {"Kessel Bank", "Norvik Power S.A."}
    out = extract_records("Kessel Foods said neither the buyer nor its parent is subject to European Union or UK sanctions.",
                          published=dt.date(2030, 3, 5))
    assert out["sanctions"] == []


def test_arrangers_rounds_joined_ventures_formed_talks_and_board_seats():
    assert _party_names("Banco Zenda, S.A., Kessel Bank plc and Norvik Banking Corporation acted as mandated lead "
                        "arrangers and bookrunners on the loan.") == [
        ["Banco Zenda, S.A.", "Kessel Bank plc", "Norvik Banking Corporation"]]
    names = _party_names("Kessel Capital and the Zenda Fund joined the round as new investors, alongside existing backer "
                         "Norvik Seed.")
    assert names == [["Kessel Capital", "Zenda Fund", "Norvik Seed"]]
    assert _party_names("Japanese trading house Kessel Shoji Corporation will take a 40 per cent interest in Norvik "
                        "Copper Limited's project, forming an incorporated joint venture.") == [
        ["Kessel Shoji Corporation", "Norvik Copper Limited"]]
    assert _party_names("Kessel Resources Inc. confirmed it was in advanced discussions with Norvik Gold Mines Ltd about "
                        "a potential merger.") == []
    out = extract_records("Kessel Bio and Norvik Pharma agreed to merge. Its board will comprise nine directors, five "
                          "designated by Kessel and four by Norvik.", published=dt.date(2030, 3, 5))
    assert out["sanctions"] == []


def test_a_capital_where_a_trade_agreement_is_signed_is_no_party():
    (deal,) = extract_records("The United Kingdom and the six-member Gulf Cooperation Council (GCC) signed a free trade "
                              "agreement in Riyadh on Monday.", published=dt.date(2030, 3, 5))["deals"]
    assert [p["name"] for p in deal["parties"]] == ["United Kingdom", "Gulf Cooperation Council"]


def test_more_legal_forms_and_a_partys_country_from_its_appositive():
    out = extract_records("Kessel Energía, S.A.B. de C.V. signed a $1 billion loan agreement with Banco Zenda, S.A. and "
                          "Norvik Lease sp. z o.o. on Monday.", published=dt.date(2030, 3, 5))
    assert [p["name"] for p in out["deals"][0]["parties"]] == [
        "Kessel Energía, S.A.B. de C.V.", "Banco Zenda, S.A.", "Norvik Lease sp. z o.o."]
    (deal,) = extract_records("Alder Rail Systems, the US locomotive builder, has won a contract worth $640 million to "
                              "supply 120 locomotives to Steppe Rail Company.", published=dt.date(2030, 3, 5))["deals"]
    assert deal["parties"][0] == {"name": "Alder Rail Systems", "country": "US"}


def test_void_and_denied_deals_ministries_of_two_words_places_and_long_appositives():
    assert _party_names("Kessel Power S.A. and the Norvik Pension Board signed a non-binding term sheet.") == []
    assert _party_names("Kessel Cement said the merger agreement with Norvik Aggregates has been terminated.") == []
    assert _party_names("The partners said they were in advanced talks with Zenda Fertilisers Ltd over an offtake, but "
                        "no agreement has been signed.") == []
    (deal,) = extract_records(
        "LUSAKA, Zambia – 5 March 2030 – The African Development Bank on Thursday signed a US$186.4 million loan "
        "agreement with Zambia's Ministry of Finance and National Planning.", published=dt.date(2030, 3, 5))["deals"]
    assert [p["name"] for p in deal["parties"]] == ["African Development Bank", "Ministry of Finance and National Planning"]
    assert _party_names(
        "NEW DELHI, Nov 22 — Kessel Industries Ltd, the Mumbai-headquartered conglomerate with interests from steel to "
        "ports, and French energy major Norvik Energies SA on Thursday signed a joint venture agreement to build capacity "
        "in Odisha and Gujarat.") == [["Kessel Industries Ltd", "Norvik Energies SA"]]


def test_a_facility_signed_with_a_gulf_company():
    assert _party_names("Separately, Kessel Bank K.S.C.P. said it had signed a 95 million dinar facility with Norvik "
                        "Kuwait W.L.L., the US firm's local subsidiary.") == [["Kessel Bank K.S.C.P.", "Norvik Kuwait W.L.L."]]


def test_a_subject_pair_with_a_possessive_state_an_order_from_an_owner_and_an_oslo_ticker():
    assert _party_names("Indian automaker Kessel Motors Ltd and Japan's Norvik Electric Corp signed an agreement on "
                        "Thursday to set up a battery joint venture.") == [["Kessel Motors Ltd", "Norvik Electric Corp"]]
    assert _party_names("Kessel Marine & Shipbuilding has won an order from Greek owner Norvik Gas Carriers for four LNG "
                        "carriers.") == [["Kessel Marine & Shipbuilding", "Norvik Gas Carriers"]]
    assert _party_names("Kessel Industrier ASA (OSE: KESS) today announced that it has entered into a binding agreement "
                        "to acquire Norvik Pumps Holdings Limited.") == [["Kessel Industrier ASA", "Norvik Pumps Holdings Limited"]]


def test_a_contract_awarded_to_a_named_recipient_before_the_contract():
    assert _party_names("Brazilian operator Kessel Energia S.A. has awarded Dutch-based Norvik Offshore B.V. a contract "
                        "to build and operate a floating production unit.") == [["Kessel Energia S.A.", "Norvik Offshore B.V."]]


def test_ships_ordered_at_a_yard_and_charters_signed_by_the_company_named_before():
    text = ("Norwegian owner Fjordline Gas Carriers has ordered two LNG carriers at South Korea's Hanbit Marine "
            "Works for about $510m.\n\n"
            "Fjordline has not ordered the ships on spec. The company has signed ten-year time charters for both "
            "vessels with Zurich-based Alpine Energy Trading, brokers said.")
    deals = _deals(text)
    assert [(d["deal_type"], _parties(d)) for d in deals] == [
        ("contract", ["Fjordline Gas Carriers", "Hanbit Marine Works"]),
        ("contract", ["Fjordline Gas Carriers", "Alpine Energy Trading"]),
    ]


def test_ordered_at_a_time_or_a_price_names_no_yard():
    assert _deals("Kestrel Air ordered ten jets at a list price of $1bn.") == []


def test_a_round_led_by_a_firm_described_with_a_dotted_country_and_words_that_are_no_parties():
    deals = _deals("Brazilian fintech Cobrix raised $90 million in a Series C round led by U.S. venture capital firm "
                   "Larch Hill Ventures.")
    assert [sorted(_parties(d)) for d in deals] == [["Cobrix", "Larch Hill Ventures"]]
    deals = _deals("Alongside the JV agreement, Kessel Anodes signed a five-year offtake agreement with Ruhr Carbon GmbH "
                   "for 60% of planned Phase 1 production.")
    assert [sorted(_parties(d)) for d in deals] == [["Kessel Anodes", "Ruhr Carbon GmbH"]]


def test_a_signed_order_and_a_consortium_listed_with_each_members_home():
    deals = _deals("HANOI, June 17 (Reuters) - Vietnamese carrier Song Hong Air said on Tuesday it had signed a firm "
                   "order for 20 Airbus jets worth around $3 billion.")
    assert [sorted(_parties(d)) for d in deals] == [["Airbus", "Song Hong Air"]]
    deals = _deals("The Department of Public Works on Monday signed the civil works contract for the second section of the "
                   "Cebu Coastal Road project with a consortium of Arirang Builders Co., Ltd. of South Korea, Visayas "
                   "Buildcorp Inc. of the Philippines, and Duero Infraestructuras S.A. of Spain.")
    assert [sorted(_parties(d)) for d in deals] == [sorted([
        "Department of Public Works", "Arirang Builders Co., Ltd.", "Visayas Buildcorp Inc.", "Duero Infraestructuras S.A."])]


# Round 7 (held-out deal articles): syndicates, purposes, participles, formal state names, comma lists with homes.
def test_the_banks_of_a_syndicate_named_after_the_loan_are_its_parties():
    text = ("Andes Zinc S.A. has closed a US$800 million syndicated loan.\n"
            "Banco Sierra de Fomento S.A.; Fjord Bank A/S; and Kumano Banking Corporation acted as mandated lead arrangers. "
            "Crédit Lyonnais et Maritime SA joined as lead arranger, while Tasman Savings Bank Limited participated in "
            "general syndication. Pricing starts at 185 basis points over the Secured Overnight Financing Rate.")
    names = {p for d in _deals(text) for p in _parties(d)}
    assert names == {"Andes Zinc S.A.", "Banco Sierra de Fomento S.A.", "Fjord Bank A/S", "Kumano Banking Corporation",
                     "Crédit Lyonnais et Maritime SA", "Tasman Savings Bank Limited"}


def test_a_deal_made_as_part_of_a_plan_is_still_a_deal():
    text = ("Separately, Hoshino Optics said it had agreed to acquire a 20 percent stake in Brightlens B.V. for an "
            "undisclosed sum, as part of a plan to expand its range of sensors.")
    assert {p for d in _deals(text) for p in _parties(d)} == {"Hoshino Optics", "Brightlens B.V."}


def test_things_acquired_before_are_no_deal_but_a_company_being_acquired_is():
    assert _deals("The ARMADA-N currently operates a mix of towed guns and a few self-propelled systems acquired during the "
                  "last decade.") == []
    (deal,) = _deals("Lindvik Software AB is being acquired by Ashdown Partners LLP for SEK 2 billion.")
    assert set(_parties(deal)) == {"Lindvik Software AB", "Ashdown Partners LLP"}


def test_states_named_formally_keep_their_names_and_one_name_each():
    text = ("The Republic of Korea and the Kingdom of Morocco signed an economic partnership agreement in Rabat.\n"
            "The agreement was signed by Korea's trade minister and Morocco's industry minister.")
    names = {p for d in _deals(text) for p in _parties(d)}
    assert names == {"Republic of Korea", "Morocco"}


def test_a_comma_list_of_partners_with_their_homes_before_them():
    text = ("MUSCAT - Oman's Al Khabura Energy SAOC, South Korea's Namhae Chemical Co., Ltd. and Dutch trader Zeeland "
            "Energy B.V. on Wednesday signed a joint venture agreement to build an ammonia plant.")
    (deal,) = _deals(text)
    assert set(_parties(deal)) == {"Al Khabura Energy SAOC", "Namhae Chemical Co., Ltd.", "Zeeland Energy B.V."}


def test_a_scheme_merger_with_court_sanction_tickers_and_a_speaker():
    text = ("OSLO and LONDON, 6 October 2031 – The boards of Fjellvik Kjemi ASA (\"Fjellvik\") (Oslo Børs: FJELL) and "
            "Harrowgate Materials plc (\"Harrowgate\") (LSE: HGM) have reached agreement on the terms of an all-share "
            "merger of equals.\n\nThe merger is subject to the sanction of the High Court of England and Wales.\n\n"
            "Ingrid Solberg added: \"This is a genuine merger of equals.\"")
    out = extract_records(text, title="Markets", published=DAY)
    assert out["sanctions"] == []
    assert {p for d in out["deals"] for p in _parties(d)} == {"Fjellvik Kjemi ASA", "Harrowgate Materials plc"}


def test_a_title_case_city_with_its_date_opens_a_dateline():
    deals = _deals("Lima, 19 June 2031 — Peru has awarded a 30-year concession to build a container terminal to "
                   "Andes Port Partners S.A.")
    assert "Lima" not in {p for d in deals for p in _parties(d)}


def test_the_month_may_in_a_dateline_is_no_hedge_and_parties_named_by_role_after_a_described_deal():
    text = ("FRANKFURT/DOHA, May 21 (Gulf Capital Monitor) - A Qatari sovereign wealth fund has agreed to buy a minority "
            "stake in one of Germany's largest grid operators for 1.2 billion euros, the companies said on Wednesday.\n\n"
            "The buyer, which will take a 24.9% stake, is the Lusail Investment Authority (LIA), a state investor.\n\n"
            "The stake is being sold by Hartmann Infrastruktur GmbH, a Hamburg holding company that will retain 75.1% of "
            "Nordnetz GmbH, which operates the lines.")
    (deal,) = _deals(text)
    assert set(_parties(deal)) == {"Lusail Investment Authority", "Hartmann Infrastruktur GmbH", "Nordnetz GmbH"}


def test_an_agreement_between_two_governments_is_theirs_whatever_its_title():
    (deal,) = _deals("The Agreement between the Government of the Republic of Uzbekistan and the Government of Malaysia for "
                     "the Promotion and Reciprocal Protection of Investments was signed on 23 September 2031.")
    assert set(_parties(deal)) == {"Uzbekistan", "Malaysia"} and deal["deal_type"] == "trade_agreement"


# -- round 9 (held-out set heldout_l): the shapes below, written afresh -----------------------------------------------


def _summary(text: str) -> list[tuple[str, list[str], float | None, str | None]]:
    return [(d["deal_type"], _parties(d), d["value"], d["currency"]) for d in _deals(text)]


def test_a_ship_order_at_a_yard_and_charters_fixed_to_a_charterer():
    text = ("Danish owner Kattegat Bulk Carriers has ordered nothing on spec: it returned to the market with an order "
            "for six kamsarmaxes at China's Weihai Dongsheng Shipbuilding.\n\n"
            "The Aarhus-based company, controlled by the Lindqvist family, said it had signed contracts for the ships "
            "at $36m apiece, or $216m for the six.\n\n"
            "At the same time, Kattegat fixed all six ships to Oslo-listed Fjordkorn Trading ASA on five-year time "
            "charters from delivery.")
    deals = _summary(text)
    assert ("contract", ["Kattegat Bulk Carriers", "Weihai Dongsheng Shipbuilding"], 216_000_000.0, "USD") in deals
    assert any(t == "contract" and "Fjordkorn Trading ASA" in p for t, p, _v, _c in deals)
    assert not any("Lindqvist" in p for _t, parties, _v, _c in deals for p in parties)


def test_a_licence_granted_in_a_deal_and_a_rounds_other_investors():
    text = ("Uppsala-based Norrsken Biologics AB granted Cardell Therapeutics Inc. exclusive rights to its lead "
            "antibody in a deal worth up to $410 million.\n\n"
            "Lagos-based Kobo Ledger, which offers input financing to farmers, raised $19 million in a Series A round "
            "led by Savanna Rise Capital. Harbour Ventures and existing backer Pemba Fund also took part.")
    deals = _summary(text)
    assert ("agreement", ["Norrsken Biologics AB", "Cardell Therapeutics Inc."], 410_000_000.0, "USD") in deals
    assert ("investment", ["Kobo Ledger", "Savanna Rise Capital", "Harbour Ventures", "Pemba Fund"], 19_000_000.0, "USD") in deals


def test_a_power_purchase_agreement_its_value_a_paragraph_on_and_the_deals_terms():
    text = ("Swedish developer Norrvind Energi has signed a 12-year power purchase agreement with steelmaker "
            "Bergslag Stal AB covering output from the 180MW Tallmyren wind farm.\n\n"
            "Under the deal, signed in Stockholm on Monday, Bergslag Stal AB will buy around 450GWh a year.\n\n"
            "Neither side disclosed the price, but Norrvind said the total value of the agreement is estimated at "
            "about SEK 2.1bn.")
    assert _summary(text) == [("contract", ["Norrvind Energi", "Bergslag Stal AB"], 2_100_000_000.0, "SEK")]


def test_a_defined_term_refers_to_the_deal_already_stated_and_singular_currency_words_count():
    text = ('Orwell Devices Inc. today announced it entered into a definitive agreement (the "Merger Agreement") to '
            "acquire Pinecrest Labs, Inc.\n\n"
            "Outstanding Pinecrest options will be treated as set forth in the Merger Agreement.\n\n"
            "A copy of the Merger Agreement will be filed as Exhibit 2.1 to a Current Report on Form 8-K.\n\n"
            "Separately, Brightline Rail Ltd has been awarded a 4.2 billion rupee contract by Konkan Metro Corporation.")
    deals = _summary(text)
    assert [d[1] for d in deals if d[0] == "acquisition"] == [["Orwell Devices Inc.", "Pinecrest Labs, Inc."]]
    assert ("contract", ["Brightline Rail Ltd", "Konkan Metro Corporation"], 4_200_000_000.0, "INR") in deals


# -- round 10 (held-out set heldout_m): the shapes below, written afresh ----------------------------------------------


def test_partners_with_their_countries_a_consortium_far_after_the_award_and_a_total_value_stated_later():
    jv = ("Chile's Andes Litio SpA, Korea's Hanbyeol Chemical Corp and Canada's Northspar Resources Inc. today signed a "
          "shareholders' agreement establishing a joint venture to build a lithium hydroxide plant.\n\n"
          "The partners expect to invest approximately USD 900 million in the first phase.")
    assert _summary(jv) == [("joint_venture", ["Andes Litio SpA", "Hanbyeol Chemical Corp", "Northspar Resources Inc."],
                             900_000_000.0, "USD")]
    award = ("The Ministry of Transport has awarded the contract for the construction of the Kedu Raya twin-bore tunnel on "
             "the Semarang-Solo toll road to a consortium of state-owned contractor PT Wahana Beton Karya and Japan's "
             "Takanawa Construction Co., Ltd., following a tender that drew four bidders. The contract is worth Rp3.2 trillion.")
    deals = _summary(award)
    assert deals[0][1] == ["Ministry of Transport", "PT Wahana Beton Karya", "Takanawa Construction Co., Ltd."]
    assert deals[0][2:] == (3_200_000_000_000.0, "IDR")
    licence = ("Norvale Bio, Inc. (Nasdaq: NRVL), a clinical-stage biotechnology company developing oral medicines for "
               "fibrotic disease in adults, and Sakuragi Pharma Co., Ltd. today announced an exclusive license agreement.\n\n"
               "Sakuragi will pay an upfront payment of $40 million, bringing the total potential value of the agreement "
               "to $390 million with milestones.")
    assert _summary(licence) == [("agreement", ["Norvale Bio, Inc.", "Sakuragi Pharma Co., Ltd."], 390_000_000.0, "USD")]


def test_a_place_in_a_relative_clause_is_no_party():
    text = ("Start-up carrier Zafran Air signed a memorandum of understanding for up to 12 jets, which it wants to use to "
            "launch services from Ras Al Khaimah to East Africa.")
    assert all("Ras Al Khaimah" not in parties for _t, parties, _v, _c in _summary(text))


def test_the_price_in_the_next_sentence_is_the_deals_value():
    deals = _deals(
        "Hoshida Foods will acquire a 70% stake in Pangan Sejahtera, a maker of biscuits, the companies said.\n"
        "The price, payable in cash, is about 4.2 trillion rupiah, or 39 billion yen."
    )
    (deal,) = [d for d in deals if d["deal_type"] == "acquisition"]
    assert (deal["value"], deal["currency"]) == (4_200_000_000_000, "IDR")


def test_what_the_exchange_ratio_values_the_target_at_is_the_deals_value():
    deals = _deals(
        "Fjordvik Shipping ASA and Selje Tankers ASA have today entered into a merger agreement.\n"
        "Selje shareholders will receive 0.31 Fjordvik shares for each share held.\n"
        "The exchange ratio values the entire share capital of Selje at approximately NOK 2.8 billion."
    )
    (deal,) = [d for d in deals if d["deal_type"] in ("acquisition", "merger")]
    assert (deal["value"], deal["currency"]) == (2_800_000_000, "NOK")
