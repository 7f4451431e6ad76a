"""Records that must not pool what the text keeps apart, nor carry a date the text gives for later (hostile probe 20)."""

from __future__ import annotations

import datetime as dt

from tradewatch.extract import extract_records

DAY = dt.date(2025, 3, 14)


def test_two_fines_of_one_authority_keep_their_own_amounts() -> None:
    text = ("OFAC on Friday announced settlements with two firms. Harbor Lane Logistics LLC agreed to pay $1,250,000 to "
            "settle its potential civil liability for apparent violations of Iran sanctions. Separately, Quayside "
            "Payments Inc. agreed to pay $480,000 to settle its potential civil liability for apparent violations of "
            "Russia sanctions.")
    fines = [r for r in extract_records(text, title="OFAC settles with two firms", published=DAY)["sanctions"]
             if r["measure"] == "financial_penalty"]
    amounts = {t["name"]: r["amount"] for r in fines for t in r["targets"]}
    assert amounts == {"Harbor Lane Logistics LLC": 1_250_000, "Quayside Payments Inc.": 480_000}, fines


def test_a_date_after_the_articles_day_is_no_date_of_the_record() -> None:
    text = ("The EU will impose an asset freeze on Lukoil PJSC on 1 June 2026, and on Sovcomflot PJSC with it, the "
            "Council decided today.")
    recs = extract_records(text, title="EU to sanction Lukoil", published=DAY)["sanctions"]
    assert recs and all(r["date"] is None or r["date"] <= "2025-03-15" for r in recs), recs
    assert any(t["name"] == "Sovcomflot PJSC" for r in recs for t in r["targets"])


def test_one_price_in_two_currencies_is_one_deal() -> None:
    title = "Siemens to buy Acme Robotics in EUR 1.2bn deal"
    text = (f"{title}\n\nGerman engineering group Siemens AG said on Friday it had agreed to acquire US-based Acme "
            "Robotics Inc for $1.3 billion.\n\nThe transaction is expected to close in the second half of the year.")
    deals = extract_records(text, title=title, published=DAY)["deals"]
    assert len(deals) == 1, deals


def test_a_state_acting_after_a_companys_legal_form_opens_a_sentence() -> None:
    from tradewatch.extract.sentences import split_sentences

    text = ("OFAC designated Beta Shipping Inc. Britain also sanctioned Gamma Trading Ltd. Washington said more would "
            "follow, said Apple Inc. Chief Executive Tim Cook.")
    assert [s.text for s in split_sentences(text)] == [
        "OFAC designated Beta Shipping Inc.", "Britain also sanctioned Gamma Trading Ltd.",
        "Washington said more would follow, said Apple Inc. Chief Executive Tim Cook."]
    recs = extract_records(text, title="Shipping network sanctioned", published=DAY)["sanctions"]
    by_country = {r["authority_country"]: {t["name"] for t in r["targets"]} for r in recs}
    assert "Gamma Trading Ltd." not in by_country.get("US", set()), by_country
