"""Rules added for the fifty-seventh held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _names(recs: list[dict], measure: str | None = None) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"] if measure is None or r["measure"] == measure}


def test_an_instruments_schedule_items_name_its_freezes_and_its_individuals_travel_bans() -> None:
    text = """The purpose of the Instrument is to designate two individuals and one entity for targeted financial sanctions and to declare the same two individuals for travel bans.

Item 88
Name of individual: Karim Reza NADERI
Date of birth: 3 March 1970

Item 89
Name of individual: Sara BAGHERI
Date of birth: 9 May 1984

Item 30
Name of entity: Pardis Signal Engineering Company
Address of entity: Tehran, Iran
"""
    recs = sanctions(text, "Autonomous Sanctions Amendment Instrument", url="https://www.legislation.gov.au/F2026L00123")
    assert {"Karim Reza NADERI", "Sara BAGHERI", "Pardis Signal Engineering Company"} <= _names(recs, "asset_freeze"), recs
    assert _names(recs, "travel_ban") >= {"Karim Reza NADERI", "Sara BAGHERI"}, recs
    assert "Pardis Signal Engineering Company" not in _names(recs, "travel_ban"), recs


def test_a_seco_annex_with_entry_numbers_under_additions_and_an_annex_added_to() -> None:
    text = """Bern, 3.3.2026 - The EAER today amended Annexes 8 and 23 of the Ordinance on Measures in connection with the Situation in Ukraine.

The assets of the persons and organisations listed in Annex 8 must be frozen. In addition, one company has been added to Annex 23, the list of companies subject to stricter export restrictions.

Annex 8

Additions – natural persons

SSID 200-18001
Dmitri Sergeyevich KALININ
DOB: 1 Jan 1980

Additions – companies and organisations

SSID 200-18002
Ural Optics Trading LLC
Address: Yekaterinburg, Russia

Annex 23

Additions
- Harbour Gate Components Limited, Hong Kong, China
"""
    recs = sanctions(text, "Situation in Ukraine: EAER extends sanctions annexes",
                     url="https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-1.html")
    assert {"Dmitri Sergeyevich KALININ", "Ural Optics Trading LLC"} <= _names(recs, "asset_freeze"), recs
    assert "Harbour Gate Components Limited" in _names(recs, "export_control"), recs
    assert "Harbour Gate Components Limited" not in _names(recs, "asset_freeze"), recs


def test_a_deals_investors_listed_in_bullets_after_it_are_its_parties() -> None:
    from tests.support.records import deals

    text = """SINGAPORE — Lumen Grid Holdings Ltd has signed up four cornerstone investors who have agreed to buy a combined S$120 million of shares in its initial public offering.

The cornerstone investors, who will be subject to a lock-up, are:

- Tembusu Sovereign Holdings — S$50 million
- Orchid Life Assurance Ltd — S$30 million
- Pelican Asset Management Pte. Ltd. — S$25 million
- Kestrel Family Office Ltd — S$15 million
"""
    names = {p["name"] for r in deals(text, "Lumen Grid lines up cornerstones for IPO") for p in r["parties"]}
    assert {"Lumen Grid Holdings Ltd", "Tembusu Sovereign Holdings", "Orchid Life Assurance Ltd",
            "Pelican Asset Management Pte. Ltd.", "Kestrel Family Office Ltd"} <= names, names


def test_a_denied_report_of_a_deal_is_no_deal_and_the_datelines_agency_no_party() -> None:
    from tests.support.records import deals

    text = ("Kiwara Copper rejected a takeover approach on Monday. Kiwara also denied a report in a trade publication "
            "that it had agreed to sell copper concentrate from its Mbeya mine to Jinlong Smelting Group.")
    assert deals(text, "Kiwara rejects approach") == []
    text = ("SINGAPORE, Feb 27 (Harbour Wire) - The U.S. Treasury on Thursday imposed sanctions on Sea Crest Marine "
            "Services L.L.C.\n\nSea Crest Marine Services L.L.C. agreed last week to sell two of its tankers to "
            "Piraeus-based Thalassa Bulk & Tankers S.A. for a combined $61.5 million, according to a copy of the "
            "memorandum of agreement seen by Harbour Wire.")
    names = {p["name"] for r in deals(text, "Tanker sale") for p in r["parties"]}
    assert "Thalassa Bulk & Tankers S.A." in names and "Harbour Wire" not in names, names


def test_senior_debt_provided_by_banks_is_a_financing_with_them() -> None:
    from tests.support.records import deals

    text = ("Karoo Sun Power (Pty) Ltd reached financial close on its solar project on Wednesday. Senior debt of R2.4 "
            "billion has been provided by the Development Bank of Southern Africa (DBSA) and Sable Bank, with Sable "
            "also acting as mandated lead arranger.")
    recs = deals(text, "Karoo Sun reaches financial close")
    assert [r["deal_type"] for r in recs] == ["financing"], recs
    assert {"Development Bank of Southern Africa", "Sable Bank"} <= {p["name"] for r in recs for p in r["parties"]}, recs
