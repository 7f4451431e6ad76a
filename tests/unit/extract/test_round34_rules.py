"""Unit tests for the round 34 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import DAY, deal_with, deals, parties
from tests.support.records import targets_of as _targets_of
from tradewatch.extract import extract_records

# -- lists ----------------------------------------------------------------------------------------------------------------


def test_a_notices_added_part_lists_its_entries_and_its_status_words_are_no_names():
    text = (
        "1. On 3 March 2026 the Foreign, Commonwealth and Development Office updated the UK Sanctions List.\n\n"
        "2. Asset freeze targets ADDED: The following entries have been added to the Consolidated List and are now "
        "subject to an asset freeze.\n"
        "- VELASCO RUIZ, Tomás Andrés\n"
        "- ORTEGA PAIVA, Mirta Graciela\n"
        "- HALVERN TRUST HOLDINGS S.A.\n\n"
        "3. Asset freeze target REMOVED: The following entry has been removed from the Consolidated List and is no "
        "longer subject to an asset freeze.\n"
        "- DUBROVIN, Pavel Igorevich\n"
    )
    recs = extract_records(text, title="Financial Sanctions Notice: Global Anti-Corruption", published=DAY)["sanctions"]
    found = _targets_of(recs, "GB", "asset_freeze")
    assert {"Tomás Andrés VELASCO RUIZ", "Mirta Graciela ORTEGA PAIVA", "HALVERN TRUST HOLDINGS S.A."} <= found
    assert not found & {"ADDED", "REMOVED", "Pavel Igorevich DUBROVIN"}


def test_the_action_also_named_more_targets_of_the_action_just_told():
    text = (
        "On Thursday, the Treasury's Office of Foreign Assets Control (OFAC) added Marlow Petroleum Trading FZCO to its "
        "Specially Designated Nationals (SDN) list, saying the trader shipped Iranian oil to refineries in Asia.\n\n"
        "The action also named Marlow's Singapore affiliate, Marlow Energy Pte. Ltd., and the tankers Coral Dawn and "
        "Silver Heron."
    )
    recs = extract_records(text, title="US blacklists oil trader", published=DAY)["sanctions"]
    assert _targets_of(recs, "US", "asset_freeze") >= {
        "Marlow Petroleum Trading FZCO", "Marlow Energy Pte. Ltd.", "Coral Dawn", "Silver Heron",
    }
    assert "Marlow" not in _targets_of(recs, "US", "asset_freeze")


def test_a_company_shortened_to_one_word_keeps_the_name_given_in_full_before():
    text = (
        "Dubai-based Qasr Meridian Shipping LLC was named on Wednesday. The U.S. Treasury said on Thursday it "
        "added Qasr to its sanctions list for moving Iranian crude."
    )
    recs = extract_records(text, title="US sanctions shipper", published=DAY)["sanctions"]
    found = _targets_of(recs, "US", "asset_freeze")
    assert "Qasr Meridian Shipping LLC" in found and "Qasr" not in found


# -- who is no target ---------------------------------------------------------------------------------------------------


def test_places_a_group_is_related_to_and_so_called_republics_are_no_targets():
    text = (
        "Tokyo, 12 May 2026 - The Government of Japan today decided to freeze the assets of individuals and entities "
        "related to the Russian Federation, Belarus and the so-called \"Zaporozhye Republic\" and \"Kherson Republic\", "
        "among them Oleg Sergeyevich Varnakov and Marina Petrovna Ilyushkina."
    )
    recs = extract_records(text, title="Measures related to Russia", published=DAY)["sanctions"]
    found = _targets_of(recs, "JP", "asset_freeze")
    assert {"Oleg Sergeyevich Varnakov", "Marina Petrovna Ilyushkina"} <= found
    assert not found & {"Belarus", "Zaporozhye Republic", "Kherson Republic"}


def test_lawmakers_peers_and_presenters_are_named_without_their_party_or_outlet():
    text = (
        "Russia's Foreign Ministry on Friday barred 12 Britons from entering the country. Among those named are "
        "Labour MPs Fiona Larkspur and Owen Tredwell; Green peer Baroness Clare Millbank; and Channel Six presenter "
        "Hugo Ashcombe."
    )
    recs = extract_records(text, title="Russia bans British MPs", published=DAY)["sanctions"]
    found = _targets_of(recs, "RU", "travel_ban")
    assert {"Fiona Larkspur", "Owen Tredwell", "Baroness Clare Millbank", "Hugo Ashcombe"} <= found
    assert not found & {"Labour MPs Fiona Larkspur", "Green", "Channel Six"}


def test_a_programmes_country_and_states_acting_together_are_no_action_or_target():
    text = (
        "OFAC designated Brenton Maritime Ltd under Executive Order 14024, the main U.S. sanctions programme "
        "targeting Russia.\n\n"
        "India has bought more Russian crude since Western nations imposed sanctions on Moscow in 2022."
    )
    recs = extract_records(text, title="US sanctions shipper", published=DAY)["sanctions"]
    assert _targets_of(recs, "US", "asset_freeze") == {"Brenton Maritime Ltd"}


def test_monitoring_implementation_and_being_subject_to_measures_are_no_action():
    text = (
        "The report was released by the Joint Sanctions Review Panel, a body launched last year to monitor the "
        "implementation of U.N. Security Council sanctions on North Korea.\n\n"
        "Moscow says its bans mirror Western restrictions on Russian officials, many of whom are subject to asset "
        "freezes and travel bans in Britain and the European Union."
    )
    assert extract_records(text, title="Panel report", published=DAY)["sanctions"] == []


# -- deals ----------------------------------------------------------------------------------------------------------------


def test_a_syndicate_comprising_named_banks_lends_under_facility_agreements():
    text = (
        "Tambora Nickel has signed facility agreements for a $310-million (about R5.6-billion) senior secured "
        "project-finance facility for its Kalahari nickel project, the company said on Monday.\n\n"
        "The facility is being provided by a syndicate comprising the Export Credit Bank of Lesotho (ECBL), Harbour "
        "Point Bank and Amanzi Merchant Bank."
    )
    deal = deal_with(deals(text), "Tambora Nickel")
    assert deal["deal_type"] == "financing"
    assert {"Export Credit Bank of Lesotho", "Harbour Point Bank", "Amanzi Merchant Bank"} <= set(parties(deal))
    assert "R5.6" not in parties(deal)
