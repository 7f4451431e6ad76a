"""Unit tests for the round 28 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import sanctions as _sanctions

# -- measures held, kept, policed or undone: no action -----------------------------------------------------------------


def test_a_power_to_freeze_is_not_a_freeze():
    text = ("Nothing new is needed. The Treasury already has the power to freeze the assets of anyone who supports "
            "the Russian state, and it could use it against Halvern Trading tomorrow.")
    assert _sanctions(text, title="Opinion: the lists are too short") == []


def test_a_price_cap_respected_is_conduct_not_a_measure():
    text = ("Insurers in London still cover tankers carrying Russian crude on the understanding that the price cap "
            "has been respected, relying on attestations from traders such as Brill Maritime.")
    assert _sanctions(text, title="Opinion: the City's blind spot") == []


def test_enforcement_of_a_price_cap_is_no_new_measure():
    text = ("The Council added 40 tankers to its port-access ban on Monday. The Council said it would keep working "
            "with the G7 on enforcement of the oil price cap.")
    out = _sanctions(text, title="EU bans more shadow-fleet tankers")
    assert all(r["measure"] != "sectoral" for r in out)
    assert all(t["name"] != "G7" for r in out for t in r["targets"])


def test_a_court_annulling_a_listing_is_no_listing():
    text = ("On Tuesday, the General Court of the European Union annulled the acts by which the Council had kept "
            "Darya Volkonskaya, the daughter of a Russian steel magnate, on its list of persons subject to "
            "restrictive measures.")
    assert _sanctions(text, title="EU court annuls listing of steel magnate's daughter") == []


def test_a_buyers_past_settlement_in_the_deals_sentence_is_not_a_sanction_on_both():
    text = ("Orvane Systems Inc. agreed to buy Pellucid Optics Inc. for about $820 million in cash, days after it "
            "settled US allegations that it shipped lasers to a blacklisted Chinese company.\n\n"
            "On June 3, the Commerce Department's Bureau of Industry and Security said Orvane Systems had agreed to "
            "pay a $2.1 million civil penalty to resolve 14 alleged violations of the Export Administration "
            "Regulations.")
    out = _sanctions(text, title="Orvane to buy Pellucid")
    assert all(t["name"] != "Pellucid Optics Inc." for r in out for t in r["targets"])
    penalties = [r for r in out if r["measure"] == "financial_penalty"]
    assert penalties and all(r["amount"] == 2_100_000 for r in penalties)
