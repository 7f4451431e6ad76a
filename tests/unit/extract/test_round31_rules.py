"""Unit tests for the round 31 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets_of as _targets_of
from tradewatch.extract.sentences import split_sentences

# -- lists of entries ----------------------------------------------------------------------------------------------------

_UN_RELEASE = (
    "SC/99999\n\nOn 4 March, the Security Council Committee established pursuant to resolution 1718 (2006) approved "
    "the addition of the entry specified below to its sanctions list. On the same date, the Committee designated the "
    "three vessels specified below. The vessels are subject to the assets freeze.\n\n"
    "The vessels carried out ship-to-ship transfers of refined petroleum on the high seas.\n\n"
    "The decisions were taken under the Committee's no-objection procedure.\n\n"
    "The Chair of the Committee will brief the Council in the coming weeks. The Committee is supported by a Panel "
    "of Experts.\n\n"
    "The new entries read as follows:\n\n"
    "A. Entity\n\n"
    "KPe.091 Name: WONSAN BAY TANKER COMPANY\n"
    "A.k.a.: a) Wonsan Bay Shipping; b) Bay Tanker Co.\n"
    "F.k.a.: na\n"
    "Address: Wonsan, DPRK\n"
    "Other information: Operator of tankers. Manages HYOK SIN 7.\n\n"
    "B. Vessels\n\n"
    "1. Name: HYOK SIN 7\n"
    "IMO: 9011223\n"
    "Flag: Democratic People's Republic of Korea\n\n"
    "2. Name: MORNING LARK\n"
    "IMO: 9044556\n"
    "Flag: Togo\n\n"
    "3. TAEDONG STAR 12 IMO: 9077889 Flag: Sierra Leone\n"
)


def test_a_un_list_of_new_entries_far_below_its_action_names_its_targets():
    recs = _sanctions(_UN_RELEASE, title="Security Council committee adds entity and vessels to sanctions list")
    names = _targets_of(recs, "UN", "asset_freeze")
    # the reference-number bullet, the a.k.a. lines, the singular part heading, the ship names ending in a number
    assert {"WONSAN BAY TANKER COMPANY", "HYOK SIN 7", "MORNING LARK", "TAEDONG STAR 12"} <= names


def test_an_annex_heading_with_its_articles_in_brackets_opens_the_entries():
    text = (
        "Bern, 02.02.2031 - The Federal Department of Economic Affairs, Education and Research today added two "
        "individuals and one entity to the sanctions list in connection with the situation in Belarus.\n\n"
        "The funds and economic resources of the persons and entities now listed in Annex 1 are frozen.\n\n"
        "Annex 1 (Art. 2 para. 1 and Art. 3 para. 1): new entries\n\n"
        "A. Natural persons\n\n"
        "1. Andrei Piatrovich DZIALKOU\nDOB: 1.2.1970; POB: Grodno, Belarus; Nationality: Belarusian\n"
        "Function: Judge of the Grodno Regional Court\n\n"
        "2. Maryna Ivanauna LUKSHA\nDOB: 3.4.1981; POB: Minsk, Belarus; Nationality: Belarusian\n"
        "Function: Deputy prosecutor\n\n"
        "B. Entities\n\n"
        "3. OJSC Nioman Optical Works\nAddress: Lida, Belarus\n"
    )
    names = _targets_of(_sanctions(text, title="Belarus: Switzerland adopts further listings"), "CH", "asset_freeze")
    assert {"Andrei Piatrovich DZIALKOU", "Maryna Ivanauna LUKSHA", "OJSC Nioman Optical Works"} <= names


def test_a_legal_reference_is_not_cut_into_sentences():
    line = "Annex 2 (Art. 4 para. 2 and Art. 7 para. 1): amended entries"
    assert [s.text for s in split_sentences(line)] == [line]


def test_bis_adding_names_under_each_destination():
    text = (
        "Today, the Commerce Department's Bureau of Industry and Security (BIS) added seven entities in China, "
        "Türkiye and the United Arab Emirates to the Entity List for diverting helicopter parts to Russia.\n\n"
        "Under the destination of Türkiye, BIS is adding Ardahan Havacılık Ticaret Ltd. Şti. (Ardahan) and Kuzey "
        "Rotor Lojistik A.Ş., which obtained rotor blades under false end-user statements.\n\n"
        "Under the destination of the UAE, BIS is adding Palm Ridge Aero Spares FZCO, which supplied engine parts."
    )
    names = _targets_of(_sanctions(text, title="Commerce adds seven entities to Entity List"), "US", "export_control")
    assert {"Ardahan Havacılık Ticaret Ltd. Şti.", "Kuzey Rotor Lojistik A.Ş.", "Palm Ridge Aero Spares FZCO"} <= names


def test_the_suppliers_on_the_list_and_a_row_of_firms_keep_their_kinds():
    text = (
        "President Volodymyr Zelensky on June 2 signed a decree imposing sanctions on Russian companies and "
        "individuals making parts for attack drones, as well as on foreign firms that supply them.\n\n"
        "The list includes six Russian companies, two Russian citizens and two foreign companies.\n\n"
        "Among the Russian firms are Volga-Radiotekhnika, a maker of antennas in Samara; NPO Ural-Servo, which "
        "produces actuators; and Pribor-Yug LLC, a supplier of cables.\n\n"
        "The sanctioned individuals are Oleg Bystrov, the general director of Pribor-Yug; and Irina Samsonova, a "
        "co-owner of NPO Ural-Servo.\n\n"
        "Officials said more names would follow.\n\n"
        "The foreign suppliers on the list are Hong Kong-registered Jade Harbour Trading Limited and Dubai-based "
        "Sand Dune General Trading LLC.\n\n"
        "The restrictions include asset freezes. The two individuals are also barred from entering Ukraine."
    )
    recs = _sanctions(text, title="Zelensky sanctions drone part makers")
    frozen = _targets_of(recs, "UA", "asset_freeze")
    assert {"Jade Harbour Trading Limited", "Sand Dune General Trading LLC", "Volga-Radiotekhnika"} <= frozen
    assert _targets_of(recs, "UA", "travel_ban") == {"Oleg Bystrov", "Irina Samsonova"}


def test_some_of_the_counted_named_after_a_colon():
    text = (
        "On Wednesday, the Bureau of Industry and Security added nine entities in China to its Entity List. Two of "
        "the entities are subsidiaries of Qilin Atomic: Qilin Fuel Assemblies Co., Ltd. and the Chengdu Qilin "
        "Reactor Design Institute."
    )
    names = _targets_of(_sanctions(text, title="US blacklists nuclear suppliers"), "US", "export_control")
    assert {"Qilin Fuel Assemblies Co., Ltd.", "Chengdu Qilin Reactor Design Institute"} <= names


# -- who acts ------------------------------------------------------------------------------------------------------------


def test_companies_banned_from_import_and_export_by_china():
    text = (
        "The four companies – Redcliff Defense Systems, Marlow Aerospace, Stonegate Drone Works and Ferris Marine "
        "Robotics – are banned from engaging in import and export activities related to China, the Ministry of "
        "Commerce said on Friday."
    )
    recs = _sanctions(text, title="China puts 4 US defence firms on unreliable entity list")
    assert _targets_of(recs, "CN", "export_control") == {
        "Redcliff Defense Systems", "Marlow Aerospace", "Stonegate Drone Works", "Ferris Marine Robotics"}


def test_a_capital_opening_the_sentence_acts_for_its_government():
    text = (
        "Washington approved a new arms package for Taiwan last month, its third this year.\n\n"
        "Beijing has placed Harlow Drone Systems on its unreliable entity list."
    )
    recs = _sanctions(text, title="Tensions rise over arms sales")
    assert _targets_of(recs, "CN", "export_control") == {"Harlow Drone Systems"}
    assert not any(r["authority_country"] == "US" for r in recs)


def test_every_capital_that_acts_has_its_state():
    from tradewatch.extract.sanctions import _CAPITALS

    # (from the country lexicon, or from the two kept apart; an empty code would make the capital act for nobody)
    assert all(len(code) == 2 for code in _CAPITALS.values()), _CAPITALS
    assert (_CAPITALS["Moscow"], _CAPITALS["Brussels"], _CAPITALS["Wellington"]) == ("RU", "EU", "NZ")
    text = "Wellington has imposed travel bans on Pavel Orlenko and Igor Stasyuk."
    assert _targets_of(_sanctions(text, title="New Zealand sanctions"), "NZ", "travel_ban") == {"Pavel Orlenko", "Igor Stasyuk"}


def test_a_body_in_an_as_clause_after_the_trigger_does_not_act():
    text = ("Commerce ministry also bans exports of rare earth magnets to 6 American entities, as Washington accuses "
            "Beijing of coercion")
    recs = _sanctions(text, title="China puts 6 US firms on export control list")
    assert {r["authority_country"] for r in recs} == {"CN"}


# -- deals ---------------------------------------------------------------------------------------------------------------


def test_a_firm_order_with_a_maker_and_its_value_not_the_options():
    text = (
        "Lagoa Air today announced that it has signed a firm order with Embraer for 12 E175 aircraft. The firm order "
        "is valued at US$700 million at list prices. If all options are exercised, the total value of the agreement "
        "would reach approximately US$1.2 billion."
    )
    deal = next(d for d in _deals(text, title="Lagoa Air orders 12 jets") if "Embraer" in _parties(d))
    assert _parties(deal) == ["Lagoa Air", "Embraer"] and deal["deal_type"] == "contract"
    assert deal["value"] == 700_000_000


def test_a_development_banks_approved_credit_to_a_state():
    text = ("The World Bank today approved a US$180 million credit for Malawi to rebuild rural roads damaged by "
            "cyclones.")
    deal = _deals(text, title="World Bank approves $180 million for Malawi roads")[0]
    assert deal["deal_type"] == "financing" and {"World Bank", "Malawi"} <= set(_parties(deal))
    assert deal["value"] == 180_000_000


def test_a_borrowing_base_facility_and_its_arrangers():
    text = (
        "Lausanne-based metals trader Corvino Metals SA has closed a US$600mn borrowing base facility. The facility "
        "was coordinated by Banque Lémanique and Harwood Bank, which also acted as mandated lead arrangers."
    )
    deal = _deals(text, title="Corvino closes facility")[0]
    assert deal["deal_type"] == "financing"
    assert {"Corvino Metals SA", "Banque Lémanique", "Harwood Bank"} <= set(_parties(deal))


def test_a_state_opening_the_sentence_signs_the_contract():
    text = ("Zambia on Monday signed a contract with Norvale Hydro Group, a Chinese state-owned company, to build the "
            "southern African country's largest dam.")
    deal = _deals(text, title="Zambia signs dam contract")[0]
    assert _parties(deal) == ["Zambia", "Norvale Hydro Group"]
    # a state named after a preposition is still a place
    other = _deals("In Zambia, Norvale Hydro Group signed a contract with Kafue Cement to supply a dam.")[0]
    assert "Zambia" not in _parties(other)


def test_regional_adjectives_and_turkiye():
    deal = _deals("Turkiye and Indonesia have signed a preferential trade agreement.", title="Trade pact")[0]
    assert {"Turkey", "Indonesia"} <= set(_parties(deal))
    text = "Kessel Energy signed a contract with Oduro Power to build the West African country's first solar farm."
    assert "West African" not in _parties(_deals(text)[0])
