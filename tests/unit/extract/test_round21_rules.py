"""Unit tests for the round 21 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deal_with as _deal_with
from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions


def _date_of(text: str, title: str, party: str) -> str | None:
    """The date of the deal of `text` that `party` is a party of."""
    return _deal_with(_deals(text, title), party)["date"]


def test_a_deal_in_the_lead_takes_the_day_the_lead_says_it_was_announced():
    # published Wednesday 14 May 2031 (tests.support.records.DAY): "Monday" is the 12th
    text = (
        "Harwell Ridge Partners agreed to buy Cobalt Lane Software Inc. for about $2.1 billion in cash, taking the "
        "billing-software maker private.\n\n"
        "Cobalt Lane shareholders will receive $41 a share, the companies said in a statement Monday. That is a 22% "
        "premium to the stock's closing price on Friday.\n\n"
        "The deal is expected to close in the fourth quarter."
    )
    assert _date_of(text, "Harwell to take Cobalt Lane private", "Cobalt Lane Software Inc.") == "2031-05-12"
    # the same lead without the sentence that dates it: no date, rather than a guess
    undated = text.replace("the companies said in a statement Monday", "according to the terms")
    assert _date_of(undated, "Harwell to take Cobalt Lane private", "Cobalt Lane Software Inc.") is None


def test_a_round_ups_reporting_time_and_a_range_date_no_deal():
    roundup = (
        "May 14 - The following bids, mergers and acquisitions were reported by 1600 GMT on Tuesday:\n\n"
        "** Finnish grocer Pohjola Kauppa Oyj said it agreed to buy Estonian chain Tallinna Toidupood AS for "
        "120 million euros, expanding in the Baltics."
    )
    assert _date_of(roundup, "Deals of the day", "Tallinna Toidupood AS") is None
    weekly = (
        "Our round-up of transactions announced between May 5 and May 9, as disclosed by the companies.\n\n"
        "Dutch payments group Vennhof Payments N.V. agreed to acquire Marlowe Billing Ltd for 90 million euros in "
        "cash and shares."
    )
    assert _date_of(weekly, "Deals of the week", "Marlowe Billing Ltd") is None


def test_a_lead_date_older_than_a_week_is_background_and_later_deals_take_no_lead_date():
    old = (
        "Strandvik Energi ASA has signed a contract with Kelso Subsea Ltd to lay two export cables for its "
        "Nordhav wind farm.\n\nThe companies first said on April 2 that they were in talks about the work."
    )
    assert _date_of(old, "Cable contract", "Kelso Subsea Ltd") is None
    later = (
        "Strandvik Energi ASA posted higher quarterly profit, the company said on Tuesday, helped by higher power "
        "prices in southern Norway.\n\n"
        "Its chief executive told analysts that output rose 12% in the quarter and that costs fell.\n\n"
        "The company also repeated its guidance for the year and its plans for a new wind farm in the north.\n\n"
        "Analysts at two banks raised their price targets for the company's shares after the results.\n\n"
        "Separately, Strandvik has signed a contract with Kelso Subsea Ltd to lay two export cables."
    )
    assert _date_of(later, "Strandvik profit rises", "Kelso Subsea Ltd") is None


def _records_of(recs: list[dict], state: str, measure: str | None) -> list[dict]:
    return [r for r in recs if r["authority_country"] == state and r["measure"] == measure]


def test_the_honourable_minister_who_announces_is_no_target_and_backgrounder_lines_name_the_counted_group():
    text = (
        "Today, the Honourable Marguerite Ostrowski-Lane, Minister of Foreign Affairs, announced sanctions under the "
        "Special Economic Measures (Iran) Regulations against 2 individuals and 1 entity involved in the repression of "
        "protesters.\n\n"
        "Quotes\n\n"
        "\"We will keep holding the regime to account.\"\n\n"
        "- The Honourable Marguerite Ostrowski-Lane, Minister of Foreign Affairs\n\n"
        "Backgrounder\n\n"
        "Individuals\n\n"
        "Dariush Kazemi-Tabar: Head of the prisons directorate of Gilan Province. Detainees in his facilities were "
        "tortured.\n\n"
        "Nasrin Aghajani: Judge of Branch 12 of the Revolutionary Court of Rasht.\n\n"
        "Entity\n\n"
        "Pardazesh Negar Company: A firm that supplies facial recognition cameras to the police."
    )
    recs = _sanctions(text, "Canada imposes sanctions on Iranian officials")
    named = {t["name"] for r in recs for t in r["targets"]}
    assert {"Dariush Kazemi-Tabar", "Nasrin Aghajani", "Pardazesh Negar Company"} <= named
    assert not any("Ostrowski-Lane" in name for name in named)


def test_a_trade_sanctions_penalty_by_otsi_is_the_uks_and_a_bodys_job_is_no_action():
    text = (
        "The Office of Trade Sanctions Implementation has imposed a civil monetary penalty of £145,000 on Wexcombe "
        "Valves Ltd for exporting valves to Russia.\n\n"
        "Notes to editors\n\n"
        "1. OTSI was launched to enforce certain trade sanctions through civil penalties, alongside HM Revenue and "
        "Customs, which remains responsible for criminal enforcement."
    )
    recs = _sanctions(text, "Valve maker fined for exports to Russia")
    penalties = _records_of(recs, "GB", "financial_penalty")
    assert penalties and {t["name"] for t in penalties[0]["targets"]} == {"Wexcombe Valves Ltd"}
    assert all(r["authority_country"] == "GB" for r in recs)
    assert not any("Revenue" in t["name"] or "Customs" in t["name"] for r in recs for t in r["targets"])


def test_vessel_entry_lines_name_the_ships_the_action_designates():
    text = (
        "On 3 March 2031, the Security Council Committee established pursuant to resolution 1718 (2006) approved the "
        "addition of the entries specified below to its list of designated vessels.\n\n"
        "A. Vessels\n\n"
        "SILVER HERON, IMO number: 9284417\n"
        "The Panama-flagged tanker SILVER HERON transferred diesel to DPRK-flagged vessels in the Yellow Sea.\n\n"
        "KUM BONG 3, IMO number: 9177305\n"
        "The DPRK-flagged tanker KUM BONG 3 delivered refined products to Nampo.\n\n"
        "The flag State of a designated vessel shall de-flag the vessel."
    )
    recs = _sanctions(text, "1718 Committee designates two vessels")
    named = {t["name"] for r in recs for t in r["targets"]}
    assert {"SILVER HERON", "KUM BONG 3"} <= named
    assert "State" not in named and "Sea" not in named


def test_additions_to_an_ordinances_annex_are_the_states_listing_and_an_acts_title_does_not_act():
    text = (
        "On 3 June 2031, the EAER added 12 individuals and 9 entities to Annex 8 of the Ordinance on Measures in "
        "connection with the Situation in Ukraine. The new entries correspond to those in Annex I of Council "
        "Regulation (EU) No 269/2014. Among the newly listed entities are the Novgorod logistics operator Volkhov "
        "Freight LLC and the Dubai-based trader Sandpiper Energy FZCO. The funds and economic resources of all listed "
        "individuals and entities are frozen."
    )
    recs = _sanctions(text, "Federal Council adopts further measures against Russia")
    freezes = _records_of(recs, "CH", "asset_freeze")
    assert freezes
    assert {"Volkhov Freight LLC", "Sandpiper Energy FZCO"} <= {t["name"] for r in freezes for t in r["targets"]}
    assert not _records_of(recs, "EU", "asset_freeze")
    assert "Novgorod" not in {t["name"] for r in recs for t in r["targets"]}


def test_lenders_named_as_arrangers_between_dashes_and_a_subscription_for_shares():
    text = (
        "Talbot Creek Minerals has signed a $900mn syndicated loan to build its Kasempa copper mine in Zambia.\n\n"
        "The facility was arranged by three mandated lead arrangers — Banque Orléane, Harrow Bank and Cedarline "
        "Bank of Africa — and was signed on Monday, the miner said."
    )
    loan = _deal_with(_deals(text, "Talbot Creek secures loan"), "Talbot Creek Minerals")
    assert {"Banque Orléane", "Harrow Bank", "Cedarline Bank of Africa"} <= set(_parties(loan))
    stake = (
        "In a separate transaction, Brenner Zellwerk GmbH has agreed to subscribe for 52.5-million new Yallingup "
        "Lithium shares at A$0.40 each, raising A$21-million."
    )
    deal = _deal_with(_deals(stake, "Brenner takes stake"), "Brenner Zellwerk GmbH")
    assert deal["deal_type"] == "investment"
    assert any("Yallingup" in name for name in _parties(deal))


def test_a_product_and_a_board_of_directors_are_no_parties_and_getting_around_controls_is_no_measure():
    order = (
        "Latvia has ordered six launchers of the SKYWARD short-range air defence system from Norrvik Defence AB in a "
        "deal worth 180 million euros. The Norrvik Board of Directors approved the contract on Monday."
    )
    parties = {name for d in _deals(order, "Latvia orders air defence") for name in _parties(d)}
    assert "SKYWARD" not in parties and not any("Board of Directors" in name for name in parties)
    text = (
        "New Zealand has added 4 individuals to the Russia Sanctions Register. They helped Russian manufacturers get "
        "around export controls imposed by New Zealand and its partners. Designated individuals are also prevented "
        "from travelling to New Zealand."
    )
    recs = _sanctions(text, "New Zealand adds four people to sanctions register")
    assert not _records_of(recs, "NZ", "export_control")
    assert _records_of(recs, "NZ", "travel_ban")
    assert "Register" not in {t["name"] for r in recs for t in r["targets"]}
