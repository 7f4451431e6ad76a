"""Unit tests for the round 32 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import DAY
from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets_of as _targets_of
from tradewatch.extract import extract_records

# -- who acts ------------------------------------------------------------------------------------------------------------


def test_an_official_pages_own_state_acts_before_the_partners_it_names_last():
    text = (
        "The Harcourt Government has today imposed targeted financial sanctions on three individuals: Pavel Drozdin, "
        "Ilya Vorontsev and Marina Kuchina.\n\n"
        "Today's action complements measures taken by our partners, including the United Kingdom and the European Union."
    )
    recs = extract_records(text, title="Sanctions on propagandists", published=DAY,
                           url="https://www.foreignminister.gov.au/minister/media-release/sanctions")["sanctions"]
    assert _targets_of(recs, "AU", "asset_freeze") == {"Pavel Drozdin", "Ilya Vorontsev", "Marina Kuchina"}
    assert not any(r["authority_country"] in ("EU", "GB") for r in recs)


def test_entry_bans_across_an_abbreviation_and_a_ministry_reporting_more():
    text = (
        "Moscow has barred 18 British nationals and 9 U.S. citizens from entering the country, the Foreign Ministry "
        "said.\n\n"
        "Those named include Alison Treadwell, a senior Foreign Office official; and Gareth Moyle, a columnist.\n\n"
        "In a second statement, the ministry said 9 Americans would be denied entry \"for hostile actions,\" although "
        "it said it remained open to talks with Washington. That list names Dana Whitlock, an analyst; and Corey "
        "Ambler, a reporter."
    )
    recs = _sanctions(text, title="Russia bans Britons and Americans")
    assert _targets_of(recs, "RU", "travel_ban") == {"Alison Treadwell", "Gareth Moyle", "Dana Whitlock", "Corey Ambler"}
    assert not any(r["authority_country"] in ("GB", "US") for r in recs)


# -- no action -----------------------------------------------------------------------------------------------------------


def test_a_running_total_since_a_date_is_no_action():
    text = ("Since the invasion in February 2022, Australia has imposed sanctions on more than 1,200 individuals and "
            "entities in relation to Russia, including members of the Russian Government and Duma, oligarchs, and state "
            "media figures.")
    assert _sanctions(text, title="Background") == []


def test_a_state_implementing_un_sanctions_is_no_un_action():
    text = (
        "Canada today imposed sanctions on Jean-Baptiste Oriol under the Special Economic Measures (Haiti) Regulations.\n"
        "- Canada also implements the sanctions imposed by the United Nations Security Council in relation to Haiti, "
        "including an asset freeze, travel ban and targeted arms embargo."
    )
    recs = _sanctions(text, title="Canada sanctions gang leader")
    assert not any(r["authority_country"] == "UN" for r in recs)
    assert any("Jean-Baptiste Oriol" in {t["name"] for t in r["targets"]} for r in recs)


def test_standing_measures_and_goods_under_a_ban_are_no_action():
    text = (
        "The Government of Japan today decided on the measures below, in view of the diversion to Russia of items "
        "subject to Japan's export prohibitions.\n\n"
        "(Reference) Measures on the freezing of assets of persons in Russia decided previously by the Government of "
        "Japan remain in force."
    )
    recs = _sanctions(text, title="Measures concerning Ukraine")
    assert not any(t["name"] == "Russia" for r in recs for t in r["targets"])
    assert not any(r["measure"] == "asset_freeze" for r in recs)


def test_a_date_aimed_at_and_a_break_fee_are_no_sanctions():
    text = ("Completion is targeted for the second half of 2032. Brightwave has agreed to pay Corsal €300mn if the deal "
            "is blocked by regulators.")
    assert _sanctions(text, title="Brightwave and Corsal agree merger after sanctions review") == []


# -- lists ---------------------------------------------------------------------------------------------------------------


def test_an_attachment_lists_the_entities_it_refers_to():
    text = (
        "Exports to the 2 entities in third countries listed in Attachment 1 will be prohibited under the Act.\n\n"
        "Attachment 1: Entities subject to the export prohibition (2 entities)\n\n"
        "1. Marlowe Circuit Trading Co., Ltd.\n"
        "   Country/region: People's Republic of China\n"
        "   Address: Room 5, Block C, Futian District, Shenzhen\n\n"
        "2. Oskent Machinery LLP\n"
        "   Country/region: Republic of Kazakhstan\n"
        "   Address: 14 Abay Avenue, Almaty\n"
    )
    recs = extract_records(text, title="Prohibition of Exports to Specified Entities", published=DAY,
                           url="https://www.meti.go.jp/press/2031/05/notice.html")["sanctions"]
    assert _targets_of(recs, "JP", "export_control") == {"Marlowe Circuit Trading Co., Ltd.", "Oskent Machinery LLP"}


def test_a_row_of_firms_after_a_towns_possessive_and_past_a_town():
    text = ("The United States added four Indian companies to its Entity List. The firms named are Pune-based Ardent "
            "Avionics Pvt Ltd, Kochi's Marivel Components, Tessaron Electronics Pvt Ltd of Nashik and Surat-based "
            "Velora Tradelinks.")
    recs = _sanctions(text, title="US adds Indian firms to Entity List")
    assert _targets_of(recs, "US", "export_control") == {
        "Ardent Avionics Pvt Ltd", "Marivel Components", "Tessaron Electronics Pvt Ltd", "Velora Tradelinks"}


def test_a_byline_and_reacting_speakers_fill_no_count():
    text = (
        "Foreign Office freezes assets of three officials over protest crackdown\n\n"
        "Hannah Brill in Yerevan and Owen Tarrant\n"
        "Tue 13 May 2031 10.02 BST\n\n"
        "The UK has imposed sanctions on three security officials. The Foreign Office said it had frozen their UK "
        "assets. Those named are Arsen Davtyan, a deputy minister; Karen Malkhasyan, a police chief; and Levon "
        "Ghazaryan, a commander.\n\n"
        "Ani Sargsyan, a leader of the opposition Bright Path movement who was detained in March, welcomed the "
        "sanctions but said they came late."
    )
    names = _targets_of(_sanctions(text, title="UK sanctions officials"), "GB", "asset_freeze")
    assert names == {"Arsen Davtyan", "Karen Malkhasyan", "Levon Ghazaryan"}


def test_one_more_described_person_and_not_the_body_counted_officers_serve():
    text = ("The Council of the European Union today adopted restrictive measures against four individuals. "
            "The Council is also listing Farhad Rostami-Nejad, director of Ward 7 of Qezel prison, where detainees have "
            "been subjected to prolonged solitary confinement and psychological torture for months, and Leila Moradkhani, a deputy prosecutor in Shiraz, as "
            "well as two senior officers of the Provincial Security Command in Zahedan.")
    recs = _sanctions(text, title="Iran: Council lists human rights violators")
    assert _targets_of(recs, "EU", "asset_freeze") == {"Farhad Rostami-Nejad", "Leila Moradkhani"}


def test_a_source_is_no_name_of_the_counted_group():
    text = ("The package adds 40 individuals and 12 entities to the sanctions list. Among them are at least three firms "
            "registered in Kyrgyzstan, according to the EU's Official Journal.")
    recs = _sanctions(text, title="EU sanctions package")
    assert not any(t["name"] == "Official Journal" for r in recs for t in r["targets"])


# -- deals ---------------------------------------------------------------------------------------------------------------


def test_an_all_share_merger_agreed_and_a_loan_to_a_republic():
    merger = _deals("Brightwave Telecom and Corsal have agreed an all-share merger that would create the country's "
                    "largest operator.", title="Brightwave and Corsal agree merger")
    assert any(set(_parties(d)) == {"Brightwave Telecom", "Corsal"} for d in merger)
    loan = _deals("The Board of the Asian Development Bank on 12 March 2031 approved a loan of $64 million to the "
                  "Republic of Fiji to finance the project.", title="ADB approves loan")
    assert any("Fiji" in _parties(d) for d in loan)
