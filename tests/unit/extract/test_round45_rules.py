"""Rules added for the forty-fifth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions, targets_of


def test_an_entity_list_rules_additions_under_country_headings_and_its_removal_apart() -> None:
    text = ("SUMMARY: In this rule, the Bureau of Industry and Security (BIS) amends the EAR by adding four entities to the "
            "Entity List. The entries are listed under the destinations of China and Russia. This rule also removes one "
            "entity listed under Malaysia.\n\n"
            "Additions, by destination:\n\nCHINA\n- Qingdao Haixin Radar Co., Ltd.; 7 Binhai Road, Qingdao.\n"
            "- Harbour Point Electronics Limited; Kwun Tong, Hong Kong.\n\nRUSSIA\n- OOO Kamaflex; Kazan.\n"
            "- AO Tverskoy Priborny Zavod; Tver.\n\nRemoval\n\nThe ERC decided to remove Sunrise Parts Sdn. Bhd., "
            "listed under Malaysia, from the Entity List following a removal request.")
    recs = sanctions(text, "Additions to the Entity List")
    assert {r["measure"] for r in recs} == {"export_control"}, recs  # no freeze from "are listed under", no removal
    assert targets_of(recs, "US", "export_control") >= {"Qingdao Haixin Radar Co., Ltd.", "Harbour Point Electronics Limited",
                                                         "OOO Kamaflex", "AO Tverskoy Priborny Zavod"}
    assert not any("Sunrise" in n for r in recs for n in (t["name"] for t in r["targets"]))


def test_a_removal_from_one_list_and_addition_to_another_is_an_addition() -> None:
    text = ("Separately, BIS is removing Kestrel Parts Pte. Ltd., 9 Loyang Way, Singapore, from the Unverified List and "
            "adding it to the Entity List.")
    assert "Kestrel Parts Pte. Ltd." in targets_of(sanctions(text, "BIS rule"), "US", "export_control")


def test_the_measures_preposition_said_again_goes_on_the_series() -> None:
    text = ("Canada is imposing sanctions on the Kharkiv Filtration Directorate, which runs two detention sites, and on "
            "Severny Logistika LLC, a Murmansk-based freight forwarder.")
    assert {"Kharkiv Filtration Directorate", "Severny Logistika LLC"} <= targets_of(sanctions(text, "Canada"), "CA", None) | \
        {t["name"] for r in sanctions(text, "Canada") for t in r["targets"]}


def test_states_before_were_added_are_where_the_listed_are() -> None:
    text = ("The European Union on Friday imposed asset freezes on 12 individuals. In a separate annex, six companies in "
            "China, Turkey and Armenia were added to the list of entities subject to tighter export restrictions, among "
            "them Yerevan Microline LLC.")
    recs = sanctions(text, "EU sanctions")
    assert {r["authority_country"] for r in recs} == {"EU"}, recs


def test_bis_named_a_series_and_a_title_of_capitalised_words_before_a_person() -> None:
    text = ("The Commerce Department on Monday added 9 Chinese companies to its Entity List. The Bureau of Industry and "
            "Security (BIS) named Hefei Lumen Chips Co., Ltd., which designs image sensors; Wuhan Aoxin Photonics Co., "
            "Ltd.; and Tianjin Sirui Test Co., Ltd.")
    named = targets_of(sanctions(text, "US adds Chinese chip firms"), "US", "export_control")
    assert {"Hefei Lumen Chips Co., Ltd.", "Wuhan Aoxin Photonics Co., Ltd.", "Tianjin Sirui Test Co., Ltd."} <= named
    barred = ("Estonia on Monday imposed entry bans on seven Belarusian officials. Those barred include Deputy Justice "
              "Minister Pavel Zhuk, Grodno police chief Ales Karnei and Viktar Laptsik, a judge.")
    assert {"Pavel Zhuk", "Ales Karnei", "Viktar Laptsik"} <= targets_of(sanctions(barred, "Estonia bars officials"),
                                                                       "EE", "travel_ban")


def test_a_consortium_far_after_a_concession_and_the_asset_it_runs_is_no_party() -> None:
    found = deals("The Ministry of Transport today signed the concession contract for the design, financing, "
                  "construction, operation and maintenance of the Bahia Serena Container Terminal, in the Atacama "
                  "region, with the Consorcio Puertos del Norte.")
    assert found and set(parties(found[0])) == {"Ministry of Transport", "Consorcio Puertos del Norte"}, found


def test_an_order_for_aircraft_by_model_is_a_contract_with_the_maker_named_in_the_story() -> None:
    text = ("Boeing won orders from two Gulf carriers on the first day of the show. Desert Wings signed a purchase "
            "agreement for 25 737 MAX 8 jets, valued at about $2.9 billion.")
    found = deals(text)
    assert found and found[-1]["deal_type"] == "contract" and set(parties(found[-1])) >= {"Desert Wings", "Boeing"}, found


def test_a_contract_signed_with_a_firm_and_a_stake_taken_and_a_credit_bank_in_a_list() -> None:
    found = deals("Order intake was supported by a NOK 95 million service contract signed in March with Skagen Ferjer AS.")
    assert found and parties(found[0]) == ["Skagen Ferjer AS"] and found[0]["deal_type"] == "contract", found
    stake = deals("Qatar-based investor Dunes Capital Holding will take a 30% stake in Lumen Grid Systems, a Lisbon-based "
                  "operator, for 400 million euros.")
    assert stake and {"Dunes Capital Holding", "Lumen Grid Systems"} <= set(parties(stake[0])), stake
    lenders = deals("Lumen Grid Systems said it had signed a 500 million euro financing package with Banco Atlantico de "
                    "Credito, Crédit Maritime Rhodanien and Nordbank Capital.")
    assert lenders and "Crédit Maritime Rhodanien" in parties(lenders[0]), lenders


def test_a_state_by_its_formal_name_heads_a_list_of_signers_and_works_listed_are_no_financing() -> None:
    found = deals("The State of Senegal, Petrosen Holding and the company Atlantic Shelf Energy Limited have signed a "
                  "Production Sharing Contract for the offshore block SN-14.")
    assert found and parties(found[0]) == ["State of Senegal", "Petrosen Holding", "Atlantic Shelf Energy Limited"], found
    works = deals("The company Senelec and the Moroccan group Sahel Watt SA have signed a protocol of agreement for the "
                  "development, the financing, the construction and the operation of a solar plant.")
    assert works and works[0]["deal_type"] == "agreement", works


def test_risk_factors_counterfactuals_and_kinds_of_party_are_no_actions() -> None:
    assert sanctions("The Group is exposed to geopolitical risk, including the effects of international sanctions, export "
                     "controls and trade restrictions imposed by the EU, Norway and the United Kingdom.", "Q2 results") == []
    assert sanctions("These statements are subject to risks and uncertainties, including the imposition or tightening of "
                     "sanctions, tariffs or export control measures, which could cause actual results to differ.",
                     "Q2 results") == []
    assert sanctions("Analysts said the case showed how sanctions risk now reaches well beyond designated persons.",
                     "Deal collapses") == []
    vetoed = ("China and Russia on Thursday vetoed a draft U.N. Security Council resolution that would have imposed an "
              "arms embargo on Ruritania and opened the way to targeted sanctions on those responsible for the strikes.")
    assert sanctions(vetoed, "Veto at the UN") == []
