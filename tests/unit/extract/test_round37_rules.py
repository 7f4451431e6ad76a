"""Unit tests for the round 37 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions
from tests.support.records import targets_of as _targets_of

# -- sanctions ------------------------------------------------------------------------------------------------------------


def test_names_after_the_two_organisations_are_fill_the_counted_group_by_their_kind():
    text = (
        "Britain has imposed sanctions on three individuals and two organisations accused of attacks on "
        "farming villages.\n\n"
        "The Foreign Office said the individuals – Tobin Karsh, Eldar Munro and Vesna Orlik – led the raids.\n\n"
        "The two organisations are Greystone Ridge Camp, a base used for the raids, and the Hollow Pine Fellowship, "
        "which raises money for them.\n\n"
        "All five are subject to an asset freeze. The three men are also banned from travelling to the UK."
    )
    recs = sanctions(text, "UK sanctions militia members")
    assert _targets_of(recs, "GB", "asset_freeze") >= {"Tobin Karsh", "Eldar Munro", "Vesna Orlik",
                                                       "Greystone Ridge Camp", "Hollow Pine Fellowship"}
    assert _targets_of(recs, "GB", "travel_ban") == {"Tobin Karsh", "Eldar Munro", "Vesna Orlik"}


def test_an_earlier_action_of_no_measure_is_a_record_of_its_own():
    text = (
        "Britain on Wednesday froze the assets of three men it accused of smuggling arms.\n\n"
        "The three men are also banned from travelling to the UK.\n\n"
        "They are Darius Venn, Kalle Hobart and Milo Strand.\n\n"
        "In June last year it sanctioned two provincial governors, Oskar Relling and Teodor Baines, over the same "
        "network."
    )
    recs = sanctions(text, "UK freezes assets of arms smugglers")
    assert {"Oskar Relling", "Teodor Baines"} == _targets_of(recs, "GB", None)
    assert not {"Oskar Relling", "Teodor Baines"} & (_targets_of(recs, "GB", "asset_freeze")
                                                     | _targets_of(recs, "GB", "travel_ban"))


def test_an_addition_to_annex_iv_of_regulation_833_is_an_export_control():
    text = (
        "On Monday, the Council of the European Union added Tengri Components LLP, a distributor based in Almaty, "
        "Kazakhstan, to Annex IV of Council Regulation (EU) No 833/2014, which lists entities supporting Russia's "
        "military and industrial complex."
    )
    assert "Tengri Components LLP" in _targets_of(sanctions(text, "EU adds Kazakh distributor"), "EU", "export_control")


def test_the_additions_announced_by_a_body_include_the_names():
    text = (
        "The Commerce Department on Tuesday added 19 Chinese companies to its Entity List.\n\n"
        "The additions, announced by the department's Bureau of Industry and Security, include Ningbo Qiheng "
        "Optics Co., Changsha Duoyu Materials Co. and Xiamen Ruiwen Instruments Co. The bureau said the companies had "
        "acquired U.S.-origin items for military end users."
    )
    recs = sanctions(text, "US adds chip firms to Entity List")
    assert _targets_of(recs, "US", "export_control") >= {"Ningbo Qiheng Optics Co.", "Changsha Duoyu Materials Co.",
                                                         "Xiamen Ruiwen Instruments Co."}
    assert deals(text, "US adds chip firms to Entity List") == []  # "Co. The bureau said ... acquired": two sentences


def test_zelensky_alone_is_ukraine_and_a_place_in_occupied_territory_is_no_target():
    text = (
        "Ukraine's President Volodymyr Zelensky on Monday signed a decree imposing sanctions on the shipping firm "
        "Azov Line Cargo LLC.\n\n"
        "The firm's tanker was placed under EU sanctions in May, when the bloc added it to its list of vessels banned "
        "from EU ports.\n\n"
        "Zelensky also signed a second decree imposing sanctions on 12 people involved in the transfer of "
        "Ukrainian children, including staff of so-called summer camps in occupied Crimea."
    )
    recs = sanctions(text, "Zelensky signs sanctions decrees")
    assert not [r for r in recs if r["unnamed_targets"] and "12 people" in r["unnamed_targets"]
                and r["authority_country"] != "UA"], recs
    assert not any(t["name"] == "Crimea" for r in recs for t in r["targets"])


def test_a_bills_provisions_are_no_sanctions():
    text = (
        "Two senators introduced a bill on Tuesday naming four foreign shipping firms.\n\n"
        "What's in the bill\n\n"
        "— Blocking sanctions on the four named firms, 60 days after enactment.\n\n"
        "— Visa bans on their directors and principal shareholders.\n\n"
        "— A report on banks that handle their payments."
    )
    assert sanctions(text, "Senators push sanctions bill") == []


def test_a_pointer_to_more_information_is_no_action():
    text = (
        "OFAC today issued a general license authorizing transactions for earthquake relief.\n\n"
        "For more information on Syria-related sanctions and relief, please see OFAC's Syria sanctions page and the "
        "guidance \"Provision of Humanitarian Assistance to Syria and Support for the Syrian People.\""
    )
    assert not any(t["name"] == "Provision of Humanitarian Assistance"
                   for r in sanctions(text, "OFAC issues general license") for t in r["targets"])


# -- deals ----------------------------------------------------------------------------------------------------------------


def test_an_order_won_with_its_value_before_the_word_order():
    text = (
        "Namhae Marine Engineering has won a 640 billion won ($470 million) order to build four car carriers for "
        "Norwegian owner Fjellheim Shipping, the company said in a regulatory filing on Tuesday."
    )
    (deal,) = deals(text, "Namhae wins car carrier order")
    assert set(parties(deal)) == {"Namhae Marine Engineering", "Fjellheim Shipping"}
    assert deal["deal_type"] == "contract"


def test_a_series_of_orders_received_is_no_deal():
    text = (
        "Beginning in 2029, the subsidiary's sales staff received a series of orders from Lindqvist Distribution AB, "
        "a long-standing distributor, some of which named projects in Iran."
    )
    assert deals(text, "Settlement with pump maker") == []
