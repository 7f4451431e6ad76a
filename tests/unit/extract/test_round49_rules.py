"""Rules added for the forty-ninth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions


def test_western_sanctions_in_the_background_are_no_action() -> None:
    text = ("Uzbek banks rebuilt their payment links after 2022, when Western sanctions on Russian lenders cut them off "
            "from Russian card schemes.")
    assert sanctions(text, "Fintech") == []


def test_a_penalty_is_on_the_exporter_not_on_the_state_its_goods_went_to() -> None:
    text = ("The Bureau of Industry and Security said on Thursday a Michigan maker of valves had agreed to pay $1.9 "
            "million to settle allegations that it sent controlled valves to Iran through a broker in Dubai. The company, "
            "Lakeshore Flow Controls Inc., did not admit wrongdoing.")
    names = {t["name"] for r in sanctions(text, "Valve maker settles") for t in r["targets"]}
    assert "Lakeshore Flow Controls Inc." in names and "Iran" not in names, names


def test_what_a_law_threatens_and_what_a_regime_consists_of_are_no_actions() -> None:
    text = ("Every person who wilfully contravenes the Regulations is liable, upon conviction, to a fine of not more "
            "than $25,000. In 2023 the Security Council adopted resolution 2700, establishing a sanctions regime for "
            "Ruritania that includes an asset freeze, a travel ban and a targeted arms embargo.")
    assert sanctions(text, "Regulations Amending the Special Economic Measures (Ruritania) Regulations") == []


def test_the_company_a_release_defines_is_a_party_and_its_listed_lenders_too() -> None:
    text = ("TORONTO, May 2, 2025 -- Andean Copper Holdings Inc. (TSX: ACH) (\"Andean\" or the \"Company\") announced "
            "that it has signed a US$400 million senior secured project finance facility for its Quebrada Alta mine.\n\n"
            "The facility is provided by a syndicate of lenders comprising:\n"
            "- Export Development Canada: US$150 million;\n"
            "- Nordic Investment Bank (\"NIB\"): US$100 million; and\n"
            "- Banco del Pacífico S.A.: US$150 million.\n\n"
            "Separately, the Company has entered into a US$60 million copper stream agreement with Silverkey "
            "Streaming Corp.")
    recs = deals(text, "Andean Copper signs US$400 million project financing")
    financing = next(r for r in recs if r["deal_type"] == "financing")
    assert {"Export Development Canada", "Nordic Investment Bank", "Banco del Pacífico S.A."} <= set(parties(financing))
    stream = next(r for r in recs if "Silverkey Streaming Corp." in parties(r))
    assert "Andean Copper Holdings Inc." in parties(stream), stream


def test_a_roundup_of_orders_one_a_line_gives_each_yard_and_buyer() -> None:
    text = ("Korean yards kept their lead in the third quarter.\n\nOther container ship orders reported this week:\n"
            "- Hanbit Marine Engineering Co., Ltd. - six 8,000 TEU vessels for Singapore-based Straits Feeder Lines "
            "Pte. Ltd., contract value USD 540 million, delivery 2028.\n"
            "- Zhoushan Bayview Shipyard Co., Ltd. - four 2,500 TEU vessels for Nordkyst Shipping AS, price undisclosed.\n")
    recs = deals(text, "Yards fill order books")
    pairs = {tuple(parties(r)) for r in recs if r["deal_type"] == "contract"}
    assert ("Hanbit Marine Engineering Co., Ltd.", "Straits Feeder Lines Pte. Ltd.") in pairs, recs
    assert ("Zhoushan Bayview Shipyard Co., Ltd.", "Nordkyst Shipping AS") in pairs, recs


def test_a_list_of_deals_with_a_joint_venture_and_a_purchase_by_its_buyer() -> None:
    text = ("Deals signed at the summit included:\n\n"
            "- A joint venture between Gulf Crescent Ports PJSC and Aral Freight JSC to run a dry port near Shymkent, "
            "with Gulf Crescent holding 60%.\n\n"
            "- The purchase by Qatar Harbour Holdings QPSC of a 40% stake in Baku-based Shirvan Ferries CJSC, which "
            "runs ferries between Alat and Turkmenbashi, for $75 million.\n")
    recs = deals(text, "Summit deals")
    kinds = {tuple(parties(r)): r["deal_type"] for r in recs}
    assert kinds.get(("Gulf Crescent Ports PJSC", "Aral Freight JSC")) == "joint_venture", recs
    assert ("Qatar Harbour Holdings QPSC", "Shirvan Ferries CJSC") in kinds, recs


def test_a_national_decision_following_the_eus_is_the_states() -> None:
    text = ("Bern, 22.07.2025 - The Federal Department of Economic Affairs, Education and Research (EAER) added further "
            "individuals and entities to the annexes of the Ordinance on Measures in connection with the Situation in "
            "Ukraine. The amendments follow the adoption by the European Union of its 18th package on 18 July 2025.\n\n"
            "Their funds and economic resources in Switzerland are frozen. The Federal Council will decide at a later "
            "date on the adoption of the remaining measures of the EU's package, in particular the lower price cap.")
    recs = sanctions(text, "EAER adds further persons to sanctions annexes")
    assert recs and {r["authority_country"] for r in recs} == {"CH"}, [(r["authority"], r["measure"]) for r in recs]


def test_a_states_economic_crime_unit_acts_for_it() -> None:
    text = ("ALESUND - A marine electronics supplier, Fjordlys Elektronikk AS, has accepted a fine of 3.2 million kroner "
            "for exporting sonar equipment that ended up in Russia, Norway's economic crime unit Okokrim said on "
            "Tuesday. The equipment is covered by the Norwegian regulation, which mirrors the EU's Russia sanctions "
            "regulation.")
    recs = sanctions(text, "Electronics firm fined for routing sonar gear to Russia")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("NO", "financial_penalty")], recs
