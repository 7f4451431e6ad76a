"""Deal rules added from the eighty-third and eighty-fourth held-out rounds (scored on arrival before them), on invented
texts."""

from __future__ import annotations

from tests.support.records import deal_with, deals, parties


def test_a_ship_sold_to_a_buyer_keeps_the_buyer() -> None:
    # the "to" after a ship's name or the word "vessel" is no ship's prefix (as "MT" before a name is)
    (deal,) = deals("Corvina Shipping sold the bulker MV Grey Heron to Baltic Ore Carriers AS for $8 million on Monday.")
    assert parties(deal) == ["Corvina Shipping", "Baltic Ore Carriers AS"], deal
    (deal,) = deals("Petrel Marine Holdings has sold the vessel to Mirador Navigation SA for an undisclosed sum.")
    assert parties(deal) == ["Petrel Marine Holdings", "Mirador Navigation SA"], deal


def test_a_ship_named_after_its_prefix_is_still_no_party() -> None:
    (deal,) = deals("Corvina Shipping sold the tanker MT Grey Heron to Baltic Ore Carriers AS for $8 million.")
    assert "Grey Heron" not in " ".join(parties(deal)), deal


def test_an_issuer_pricing_a_bond_described_at_length_is_the_party() -> None:
    text = ("Valparaíso Eléctrica S.A., a Chilean grid operator, priced a $600 million 12-year senior secured "
            "sustainability-linked bond on Tuesday, its first dollar deal.")
    (deal,) = deals(text)
    assert parties(deal) == ["Valparaíso Eléctrica S.A."] and deal["deal_type"] == "financing", deal
    assert deal["value"] == 600_000_000 and deal["currency"] == "USD", deal


def test_a_state_selling_eurobonds_is_the_issuer() -> None:
    (deal,) = deals("Ghana sold $750 million of seven-year Eurobonds on Thursday at a yield of 8.1%, the finance ministry said.")
    assert parties(deal) == ["Ghana"] and deal["deal_type"] == "financing" and deal["value"] == 750_000_000, deal


def test_an_issuer_pricing_its_share_offering_raises_financing() -> None:
    text = ("Tallinn-based grocer Rimi Koda AS priced its initial public offering at 12.40 euros per share on Friday, "
            "raising 310 million euros for the company and its owners.")
    deal = deal_with(deals(text), "Rimi Koda AS")
    assert deal["deal_type"] == "financing" and deal["value"] == 310_000_000 and deal["currency"] == "EUR", deal


def test_what_the_offering_raises_is_the_value_of_the_listing_priced_before() -> None:
    text = ("Andean cement maker Cementos Huallaga set the final price of its IPO at 9 soles a share, the top of the range. "
            "At that price, the offering of 80 million shares raises about $190 million.")
    deal = deal_with(deals(text), "Cementos Huallaga")
    assert deal["value"] == 190_000_000 and deal["currency"] == "USD", deal


def test_a_listing_only_planned_is_no_deal() -> None:
    text = "Cementos Huallaga is considering a Lima listing next year and could price its IPO in the spring, people said."
    assert deals(text) == []


def test_backers_who_returned_and_the_rounds_other_participants_are_its_investors() -> None:
    text = ("Farmlink Kisumu has raised $21 million in a Series A round. "
            "The round was led by Accra-based Volta Frontier Capital, with participation from Kampala seed fund "
            "Nile Source Ventures. Existing backers Baobab Angels and Rift Valley Partners also returned.")
    deal = deal_with(deals(text), "Farmlink Kisumu")
    assert {"Volta Frontier Capital", "Nile Source Ventures", "Baobab Angels", "Rift Valley Partners"} <= set(parties(deal)), deal
    # the town before what a fund is says where it is; it invests nothing
    assert "Kampala" not in parties(deal), deal


def test_a_round_that_also_drew_money_from_others_after_an_aside_names_them() -> None:
    text = ("Kora Health, a Senegalese clinic network, raised $15 million in a Series A round led by Sahel Ventures. "
            "The round, which closed in April, also included participation from Proparco and Baobab Angels.")
    deal = deal_with(deals(text), "Kora Health")
    assert {"Sahel Ventures", "Proparco", "Baobab Angels"} <= set(parties(deal)), deal


def test_a_later_party_gets_its_country_from_the_words_before_it() -> None:
    text = ("Farmlink Kisumu has raised $21 million in a Series A round. "
            "The round was led by Accra-based Volta Frontier Capital, with participation from Kampala seed fund "
            "Nile Source Ventures.")
    deal = deal_with(deals(text), "Farmlink Kisumu")
    homes = {p["name"]: p["country"] for p in deal["parties"]}
    assert homes["Volta Frontier Capital"] == "GH" and homes["Nile Source Ventures"] == "UG", deal


def test_a_town_before_a_party_in_the_deals_sentence_is_one_of_the_deals_countries() -> None:
    text = "Kestrel Foods agreed to buy Incheon snack maker Haneul Confectionery for $90 million on Monday."
    (deal,) = deals(text)
    assert "KR" in deal["countries"] and parties(deal) == ["Kestrel Foods", "Haneul Confectionery"], deal


def test_a_branch_in_a_town_is_no_company_of_that_town() -> None:
    text = ("Regulators fined the Chicago branch of Fjellheim Bank ASA in 2024. "
            "Fjellheim Bank ASA agreed to sell its card unit to Lithuania's Gintaras Pay for 40 million euros.")
    deal = deal_with(deals(text), "Fjellheim Bank ASA")
    assert "US" not in deal["countries"], deal


def test_sides_counted_after_a_dateline_are_the_ones_the_next_sentence_names_not_the_ventures_name() -> None:
    text = ("ACCRA, 3 March 2031 - Three companies from Ghana, Japan and Norway have signed a shareholders' agreement "
            "to build a solar-powered desalination plant near Tema.\n\n"
            "The joint venture, to be named Tema Clearwater Company, groups Volta Basin Utilities, which will hold 50%; "
            "Okuma Water Systems of Osaka with 30%; and Bergen-based Fjordlys Energi with the remaining 20%.")
    (deal,) = deals(text)
    names = parties(deal)
    assert len(names) == 3 and names[0] == "Volta Basin Utilities" and names[1].startswith("Okuma Water Systems"), deal
    assert names[2] == "Fjordlys Energi", deal
    assert "Tema Clearwater Company" not in parties(deal), deal
    # what the naming sentence calls the deal: a joint venture, not the agreement of the first
    assert deal["deal_type"] == "joint_venture", deal


def test_places_a_route_joins_are_no_parties_of_the_contract_to_build_it() -> None:
    text = ("Istanbul-based Derinsu Yapi A.S. signed a $310 million contract with Peru's Ministry of Transport to widen "
            "the road between San Juan de Marcona and Nazca.")
    (deal,) = deals(text)
    assert parties(deal) == ["Derinsu Yapi A.S.", "Ministry of Transport"], deal


def test_grades_of_crude_bought_under_a_contract_are_no_parties() -> None:
    text = ("Kaveri Refining said on Friday it had signed a one-year contract with Basra Oil Marketing Co. for 40,000 "
            "barrels a day of Basrah Medium and Basrah Heavy crude.")
    (deal,) = deals(text)
    assert parties(deal) == ["Kaveri Refining", "Basra Oil Marketing Co."], deal


def test_an_earnings_measure_or_a_benchmark_rate_is_no_party() -> None:
    text = "The option agreement grants Kestrel Optics a call option over the remaining 30% at a price linked to EBITDA."
    assert "EBITDA" not in {p for d in deals(text) for p in parties(d)}, deals(text)
    text = "The facility agreement with Banco Pampa was signed at a margin of 250 basis points over SOFR."
    assert "SOFR" not in {p for d in deals(text) for p in parties(d)}, deals(text)


def test_a_lettered_question_of_a_filing_form_is_no_deal() -> None:
    text = ("The Company has executed a Share Purchase Agreement to buy all shares of Kestrel Optics Ltd.\n\n"
            "c) Price at which the shares are acquired:\n\n"
            "GBP 12 million in cash.")
    names = {p for d in deals(text) for p in parties(d)}
    assert "Price" not in names and "Kestrel Optics Ltd." in names, names


def test_to_guarantee_and_to_deal_with_are_verbs_not_a_guarantee_or_a_deal() -> None:
    assert deals("A judge has ordered the freezing of 300 million reais of assets of Sulcarvão S.A. to guarantee "
                 "payments to farmers.") == []
    assert deals("The ruling raises questions about how the company will deal with Banco Pampa, its main creditor.") == []


def test_a_state_still_in_talks_is_no_side_and_the_association_is_the_bloc_named_before() -> None:
    text = ("The Andean Trade Association held its summit in Quito on Monday.\n\n"
            "Last year the association signed a free trade agreement with Morocco, and it is negotiating with Egypt.")
    recs = deals(text)
    deal = deal_with(recs, "Morocco")
    assert set(parties(deal)) == {"Andean Trade Association", "Morocco"}, recs


def test_an_order_with_its_day_before_for_and_the_maker_named_before_the_model() -> None:
    text = ("Andean carrier Condor Sur signed a firm order on Tuesday for 14 Vektor Aeronautica VK-210 regional jets, "
            "the airline said.")
    deal = deal_with(deals(text), "Condor Sur")
    assert parties(deal) == ["Condor Sur", "Vektor Aeronautica"] and deal["deal_type"] == "contract", deal


def test_a_known_aircraft_maker_named_before_its_model_sells_the_order() -> None:
    (deal,) = deals("Balkan Sky signed a firm order for 8 Airbus A330-900s with options for four more.")
    assert parties(deal) == ["Balkan Sky", "Airbus"] and deal["deal_type"] == "contract", deal


def test_a_bridge_facility_signed_with_banks_is_a_financing_with_them() -> None:
    text = ("The cash part of the price will be paid from existing cash and a EUR 2 billion bridge facility that "
            "Halden Paper Oyj has signed with Kalmar Sparbank AB and Banque Rhodanienne SA.")
    deal = deal_with(deals(text), "Kalmar Sparbank AB")
    assert set(parties(deal)) == {"Halden Paper Oyj", "Kalmar Sparbank AB", "Banque Rhodanienne SA"}, deal
    assert deal["deal_type"] == "financing" and deal["value"] == 2_000_000_000, deal


def test_the_company_a_sellers_stake_is_in_is_a_party_too() -> None:
    (deal,) = deals("Gulf Ore Holdings will acquire Tessaro Mining's entire 60% interest in Kafue Copper plc for $700 million.")
    assert parties(deal) == ["Gulf Ore Holdings", "Tessaro Mining", "Kafue Copper plc"], deal


def test_the_parent_acting_through_its_subsidiary_is_the_side() -> None:
    text = ("Tessaro Mining Corp, through its wholly owned subsidiary Tessaro Africa BV, has entered into a sale and "
            "purchase agreement with Gulf Ore Holdings for its copper assets.")
    deal = deal_with(deals(text), "Gulf Ore Holdings")
    assert "Tessaro Mining Corp" in parties(deal), deal


def test_the_date_told_with_the_act_wins_over_an_earlier_one_the_sentence_recalls() -> None:
    text = ("Holders are referred to the notice published on 3 March 2031 and are advised that Tessaro Mining Corp has "
            "on 12 May 2031 entered into a sale agreement with Gulf Ore Holdings for its copper assets.")
    deal = deal_with(deals(text), "Gulf Ore Holdings")
    assert deal["date"] == "2031-05-12", deal


def test_a_disclosure_forms_cost_of_acquisition_answered_below_is_the_value() -> None:
    text = ("The Board approved the acquisition of 60% of Kestrel Optics Ltd by Vardhan Lenses Limited today.\n\n"
            "d) Cost of acquisition or the price at which the shares are acquired:\n"
            "GBP 12 million, payable in cash at completion.")
    deal = deal_with(deals(text), "Kestrel Optics Ltd")
    assert deal["value"] == 12_000_000 and deal["currency"] == "GBP", deal


def test_the_aggregate_consideration_payable_by_the_buyer_is_the_value() -> None:
    text = ("Tessaro Mining Corp has entered into a sale agreement with Gulf Ore Holdings for its copper assets.\n\n"
            "The aggregate consideration payable by Gulf Ore Holdings is USD 640 million, in cash.")
    deal = deal_with(deals(text), "Gulf Ore Holdings")
    assert deal["value"] == 640_000_000 and deal["currency"] == "USD", deal


def test_a_partys_country_from_one_of_a_states_firms_a_four_word_town_and_more_towns() -> None:
    text = ("Delta Crude Producers Ltd (DCP), one of Ghana's largest independent oil firms, signed a supply contract "
            "with Ho Chi Minh City-based Saigon Fuel Trading and Guayaquil-based Andes Petro Logistics.")
    (deal,) = deals(text)
    homes = {p["name"]: p["country"] for p in deal["parties"]}
    assert homes == {"Delta Crude Producers Ltd": "GH", "Saigon Fuel Trading": "VN", "Andes Petro Logistics": "EC"}, deal
    assert set(deal["countries"]) == {"GH", "VN", "EC"}, deal


def test_a_party_after_a_towns_possessive_among_lenders_is_kept() -> None:
    text = ("Mekong Delta Bank signed a $200 million syndicated loan with a group of nine lenders, with Osaka's "
            "Naniwa Trust Bank and Seoul's Hanul Commercial Bank as mandated lead arrangers.")
    (deal,) = deals(text)
    assert set(parties(deal)) == {"Mekong Delta Bank", "Naniwa Trust Bank", "Hanul Commercial Bank"}, deal


def test_the_investors_a_buyer_buys_the_shares_from_are_sellers() -> None:
    text = ("Vardhan Motors will buy all of Qilin Robotics' shares from its founders and early investors, including "
            "Shenzhen-based Pearl River Angels and Boston's Charles Street Capital, for $90 million.")
    deal = deal_with(deals(text), "Vardhan Motors")
    assert {"Pearl River Angels", "Charles Street Capital"} <= set(parties(deal)), deal


def test_the_value_of_the_first_statement_stays_when_a_fuller_one_is_merged_into_it() -> None:
    from tradewatch.extract.deals import _merge

    def record(names: list[str], value: float, currency: str, start: int) -> dict:
        # (one price in two currencies: about the same in dollars)
        return {"parties": [{"name": n, "country": None} for n in names], "deal_type": "acquisition", "sector": None,
                "countries": [], "value": value, "currency": currency, "value_usd": 300e6, "date": "2031-05-12",
                "evidence": "...", "start": start, "end": start + 10, "confidence": 0.8}

    # "X said it would acquire Y for $300 million." then "X will buy Y's shares from A and B ... The price, about 3.2
    # billion kronor at current rates, ...": the amount stated with the deal, not its conversion a sentence on
    (deal,) = _merge([record(["Halden Paper Oyj", "Mistral Packaging Ltd"], 300e6, "USD", 0),
                      record(["Halden Paper Oyj", "Mistral Packaging Ltd", "Baltic Seed Capital"], 3.2e9, "SEK", 100)])
    assert "Baltic Seed Capital" in parties(deal) and (deal["value"], deal["currency"]) == (300e6, "USD"), deal


def test_money_spent_on_a_thing_is_no_investment_deal() -> None:
    text = "Pelican Pay Ltd said it had cooperated with the inquiry and had already invested heavily in new screening tools."
    assert deals(text) == [], deals(text)
    text = "Pelican Pay Ltd, the payments firm, said it had invested heavily in compliance since 2029."
    assert deals(text) == [], deals(text)
