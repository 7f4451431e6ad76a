"""Unit tests for the round 22 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deal_with as _deal_with
from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets
from tests.support.records import targets_of as _of

# -- deals ---------------------------------------------------------------------------------------------------------


def test_a_rounds_investors_named_in_the_next_sentences():
    text = (
        "Tallyhaw Robotics, a Denver-based startup that schedules crane crews with software, has raised a $31 million Series A "
        "round, the company said.\n\n"
        "The round was co-led by Birchfold Ventures and Marrow Hill Capital, with participation from new investors "
        "Quarrystone Partners and Eddington Fund. Existing backers Lindqvist Seed and Porthaven Capital also put money in."
    )
    deal = _deal_with(_deals(text), "Tallyhaw Robotics")
    assert set(_parties(deal)) >= {"Birchfold Ventures", "Marrow Hill Capital", "Quarrystone Partners", "Eddington Fund",
                                   "Lindqvist Seed", "Porthaven Capital"}
    assert deal["deal_type"] == "investment"


def test_a_consortium_described_then_named_and_its_stake_split():
    text = (
        "Nordic utility Varsel Kraft has agreed to sell 70 per cent of its hydropower portfolio to a consortium of "
        "Canadian and Japanese pension funds for 900 million euros.\n\n"
        "The consortium, led by Canadian pension fund Larkspur Retirement Plan, will buy the stake by the end of "
        "the year. Larkspur Retirement Plan will hold 45 per cent of the portfolio, with Japan's Hoshizora Pension "
        "taking 25 per cent, according to people familiar with the terms."
    )
    deals = _deals(text)
    deal = _deal_with(deals, "Varsel Kraft")
    assert {"Larkspur Retirement Plan", "Hoshizora Pension"} <= set(_parties(deal))
    assert len(deals) == 1  # the consortium's sentence tells the same sale, not a second one


def test_a_stake_split_leaves_out_an_owner_and_a_stock_exchange():
    text = (
        "Dutch packaging group Veldhuis Verpakking N.V. has completed the sale of its Polish unit to a group of local "
        "buyers for 400 million zlotys.\n\n"
        "The buyers are Krakow-based investment firm Wisla Kapital and Marta Zielinska, who has run the unit since "
        "2018. Wisla Kapital, controlled by businessman Tomasz Lewandowski, will hold 80% of the unit, with Zielinska "
        "taking the rest, according to a filing with the Amsterdam stock exchange."
    )
    deal = _deal_with(_deals(text), "Veldhuis Verpakking N.V.")
    assert {"Wisla Kapital", "Marta Zielinska"} <= set(_parties(deal))
    assert not {"Tomasz Lewandowski", "Amsterdam"} & set(_parties(deal))


def test_lng_sale_and_purchase_agreements_are_contracts_and_their_acronym_no_party():
    text = (
        "Singapore, 3 March (Argus) — Mozambique's state-owned Empresa Nacional de Gas Costeiro (ENGC) has signed "
        "long-term LNG sales and purchase agreements (SPAs) with Korean utility Hanul Gas and Swiss trader Aravis "
        "Energy.\n\n"
        "The deals were signed in Maputo on 28 February, ENGC said.\n\n"
        "The two SPAs replace heads of agreement that ENGC signed with both buyers last year."
    )
    deals = _deals(text, title="Mozambique LNG deals", published=__import__("datetime").date(2031, 3, 3))
    deal = _deal_with(deals, "Hanul Gas")
    assert deal["deal_type"] == "contract"
    assert deal["date"] == "2031-02-28"  # the day the next sentence says it was signed, not the dateline's
    assert not any("SPAs" in _parties(d) for d in deals)


def test_an_agreement_that_will_now_lapse_is_no_deal():
    text = (
        "The regulator blocked the merger of the two builders' merchants on Tuesday. To win approval, the companies "
        "had lined up Kestwick Timber as the buyer of 40 branches. The conditional agreement for Kestwick to buy the "
        "branches will now lapse."
    )
    assert not any("Kestwick" in " ".join(_parties(d)) for d in _deals(text))


def test_a_guarantee_told_in_a_which_clause_is_no_financing_and_the_syndicate_after_a_terms_list_joins_the_loan():
    text = (
        "Oakhurst Metals Corp. has closed a US$450 million senior secured credit facility with a syndicate led by "
        "Harbourgate Bank.\n\n"
        "Facility Highlights\n\n"
        "- US$300 million revolving credit facility maturing in 2030;\n"
        "- US$150 million term loan maturing in 2031;\n"
        "- Secured by a charge over the Company's assets, including its interest in Minera Pampa Alta SpA, the "
        "subsidiary that owns the mine, which has also provided a guarantee.\n\n"
        "Harbourgate Bank acted as Administrative Agent, Sole Bookrunner and Co-Lead Arranger, with Fenwick Trust "
        "Bank acting as Co-Lead Arranger. Banque Morency and Kestrel Commercial Bank participated as lenders in the "
        "syndicate."
    )
    deals = _deals(text)
    assert len(deals) == 1
    names = set(_parties(deals[0]))
    assert {"Oakhurst Metals Corp.", "Harbourgate Bank", "Fenwick Trust Bank", "Banque Morency", "Kestrel Commercial Bank"} <= names
    assert not {"Administrative Agent", "Sole Bookrunner", "Co-Lead Arranger"} & names


def test_a_french_institutions_name_with_lower_case_words():
    text = (
        "The Quebec-based Caisse de retraite des enseignants du Nord has agreed to buy a 30 per cent stake in "
        "Valmont Renewables for C$400 million."
    )
    assert "Caisse de retraite des enseignants du Nord" in _parties(_deal_with(_deals(text), "Valmont Renewables"))


def test_the_project_financed_and_the_venue_are_no_parties():
    text = (
        "Kampala. The government yesterday signed a $120 million loan agreement with the African Development Bank to "
        "finance the Lake Victoria Water Supply and Sanitation Project.\n\n"
        "At the same ceremony, held at the Ministry of Finance in Dar es Salaam, the government also signed a $40 "
        "million loan with the OPEC Fund for International Development."
    )
    names = {n for d in _deals(text) for n in _parties(d)}
    assert "African Development Bank" in names and "OPEC Fund for International Development" in names
    assert not {"Lake Victoria Water Supply", "Sanitation Project", "Ministry of Finance", "Salaam", "Dar es Salaam"} & names


def test_the_term_of_the_agreement_refers_to_a_settlement_not_a_new_deal():
    text = (
        "Carrow Commodities SA agreed to pay $120 million to resolve US bribery charges. The company will report to "
        "prosecutors on its compliance program for the term of the agreement."
    )
    assert _deals(text) == []


# -- sanctions ------------------------------------------------------------------------------------------------------


def test_numbered_annexes_with_parts_and_country_lines_go_to_their_measures():
    text = (
        "1. The Government of Japan approved today the following measures.\n\n"
        "(1) The Ministry of Finance will designate 1 individual and 1 entity listed in Annex 1 as subject to the "
        "measures of restrictions on payments (asset freeze).\n\n"
        "(2) The Ministry of Economy, Trade and Industry will prohibit exports to 2 entities listed in Annex 2.\n\n"
        "Annex 1: Individuals and entities subject to asset-freezing measures, etc.\n\n"
        "(1) Individuals (1 individual)\n"
        "1. Pavel Sergeevich KORNILOV\n"
        "Title: Director, Limited Liability Company “Tverskoi Optika”\n"
        "(2) Entities (1 entity)\n"
        "1. Limited Liability Company “Tverskoi Optika”\n\n"
        "Annex 2: Entities subject to export prohibition measures\n\n"
        "(Russian Federation)\n"
        "1. Joint Stock Company “Ural Gyroscope Works”\n"
        "(China, including Hong Kong)\n"
        "2. Lianhe Precision Parts (HK) Limited\n"
    )
    recs = _sanctions(text)
    assert {"Pavel Sergeevich KORNILOV", "Tverskoi Optika"} <= _of(recs, "JP", "asset_freeze")
    assert {"Ural Gyroscope Works", "Lianhe Precision Parts (HK) Limited"} <= _of(recs, "JP", "export_control")


def test_states_which_have_today_also_imposed_sanctions_each_act():
    text = (
        "The Government has today imposed targeted financial sanctions on Russian national Gleb Arkadyevich Surin "
        "for his role in a ransomware attack.\n\n"
        "This action has been taken in close coordination with the United States and the United Kingdom, which have "
        "today also imposed sanctions on Surin."
    )
    recs = _sanctions(text, title="Cyber sanctions")
    assert any(r["authority_country"] == "US" and "Gleb Arkadyevich Surin" in {t["name"] for t in r["targets"]} for r in recs)
    assert any(r["authority_country"] == "GB" and "Gleb Arkadyevich Surin" in {t["name"] for t in r["targets"]} for r in recs)


def test_a_role_before_a_semicolon_part_and_a_clause_inside_a_part():
    text = (
        "The Treasury's Office of Foreign Assets Control on Tuesday designated Naryn Trust Bank; its chairman and main "
        "shareholder, Bakyt Omurzakov; and Tengri Pay, a payment service registered in Osh.\n\n"
        "OFAC also designated Farid Nasser Haddad, a Beirut-based financier who the department said manages the "
        "group's real-estate holdings; Samir Khalil Aoun, a money changer; and Rami Fouad Jaber, who Treasury said "
        "ran front companies in Ghana."
    )
    names = _targets(text, title="US sanctions")
    assert {"Naryn Trust Bank", "Bakyt Omurzakov", "Tengri Pay", "Farid Nasser Haddad", "Samir Khalil Aoun",
            "Rami Fouad Jaber"} <= names


def test_a_capital_dateline_and_people_of_a_country_are_no_targets():
    text = (
        "OSH -- Banks in the region halted transfers after the U.S. Treasury imposed sanctions on Kyrgyz lender "
        "Naryn Trust Bank. Washington has sanctioned dozens of Venezuelans since 2023."
    )
    names = _targets(text, title="Banks react")
    assert "Naryn Trust Bank" in names
    assert not {"OSH", "Venezuelans"} & names


def test_announced_that_x_would_be_ineligible_for_entry_is_a_decision_reported():
    text = (
        "The State Department separately announced on Tuesday that Brigadier General Idris Malik Sendo and members of "
        "his immediate family would be ineligible for entry into the United States under Section 7031(c)."
    )
    recs = _sanctions(text, title="US sanctions")
    assert "Idris Malik Sendo" in _of(recs, "US", "travel_ban")
    hedged = "Lawmakers said a new bill would make Idris Malik Sendo ineligible for entry into the United States."
    assert "Idris Malik Sendo" not in _of(_sanctions(hedged, title="Bill"), "US", "travel_ban")


def test_counted_commanders_are_filled_by_the_names_that_follow_not_places_or_bodies():
    text = (
        "The U.S. Treasury on Tuesday imposed sanctions on two senior commanders of the Rapid Support Forces.\n\n"
        "The Treasury named Major General Hamdan Issa Barka, who led the siege of Umm Kadada, and Brigadier General "
        "Yousif Adam Tahir, who fought the Sudanese Armed Forces near El Obeid."
    )
    recs = _sanctions(text, title="RSF commanders")
    names = _of(recs, "US", "asset_freeze")
    assert {"Hamdan Issa Barka", "Yousif Adam Tahir"} <= names
    assert not {"Umm Kadada", "Armed Forces"} & names


def test_a_regimes_name_and_a_sentence_opener_are_no_targets():
    text = (
        "The Foreign Office said on Tuesday it had frozen the assets of Karwan Jalal Aziz, whom it described as the "
        "head of a smuggling gang, and of two of his alleged lieutenants, Hemin Saleh Rashid and Soran Kamal Qadir. "
        "The measures were imposed under the Global Irregular Migration and Trafficking in Persons sanctions regime."
    )
    names = _targets(text, title="UK sanctions smugglers")
    assert {"Karwan Jalal Aziz", "Hemin Saleh Rashid", "Soran Kamal Qadir"} <= names
    assert not {"Global Irregular Migration", "Trafficking"} & names
    conduct = (
        "Carrow Commodities SA agreed to pay $120 million to resolve US charges. If Carrow complies with the agreement, "
        "prosecutors will drop the charges. It isn't the first time Carrow has run afoul of US sanctions."
    )
    assert not any(n.startswith("If ") for n in _targets(conduct, title="Carrow settles"))
    assert not [r for r in _sanctions(conduct, title="Carrow settles") if r["measure"] is None]
