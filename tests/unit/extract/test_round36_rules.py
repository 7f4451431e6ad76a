"""Unit tests for the round 36 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions
from tests.support.records import targets_of as _targets_of

# -- sanctions ------------------------------------------------------------------------------------------------------------


def test_entity_list_additions_by_country_pass_over_each_entrys_address():
    text = (
        "The Bureau of Industry and Security (BIS) today added six entities to the Entity List for diverting "
        "U.S.-origin items to Russia.\n\n"
        "In Malaysia, BIS added Perdana Quill Electronics Sdn. Bhd., located at Lot 14, Jalan Kilang Tiga, Taman "
        "Perindustrian Seri Alam, Johor, and Vantreo Trading Sdn. Bhd., located at Unit 9-2, Menara Selatan, Kuala "
        "Lumpur.\n\n"
        "BIS also added two entities for procuring engines for drone production in Iran: Quorlan Motor Parts Ltd., "
        "located at 17 Harbour Road, Limassol, Cyprus, and Tessaly Aero Components FZE, located at Warehouse B7, "
        "Hamriyah Free Zone, Sharjah."
    )
    found = _targets_of(sanctions(text, "Commerce adds six entities"), "US", "export_control")
    assert {"Perdana Quill Electronics Sdn. Bhd.", "Vantreo Trading Sdn. Bhd.", "Quorlan Motor Parts Ltd.",
            "Tessaly Aero Components FZE"} <= found
    assert not found & {"Jalan Kilang Tiga", "Menara Selatan", "Hamriyah Free Zone", "Taman Perindustrian Seri Alam"}


def test_some_of_a_group_listed_before_less_those_excepted():
    text = (
        "Britain on Tuesday froze the assets of five men it accused of running a phishing ring.\n\n"
        "Those sanctioned by Britain are:\n\n"
        "Oleg Mirnov - alleged leader\n"
        "Pavel Drobyshev - alleged developer\n"
        "Arkady Tselin - alleged money launderer\n"
        "Yuri Vasnetsky - alleged recruiter\n"
        "Gleb Smolyanin - alleged negotiator\n\n"
        "The United States imposed its own sanctions on four of the five on the same day - all except Tselin."
    )
    recs = sanctions(text, "UK and US sanction phishing gang")
    us = {t["name"] for r in recs if r["authority_country"] == "US" for t in r["targets"]}
    assert us == {"Oleg Mirnov", "Pavel Drobyshev", "Yuri Vasnetsky", "Gleb Smolyanin"}


def test_a_lifted_freeze_and_a_law_that_allows_freezing_are_no_actions():
    text = (
        "The decisions were taken under Law No. 7262 on the Financing of Terrorism, which allows the freezing of "
        "assets of persons designated by foreign states.\n\n"
        "The decision also lifted the asset freeze on two individuals, including Selim Karadağlı, after they were "
        "delisted by the UN."
    )
    assert sanctions(text, "Freeze decisions published") == []


def test_a_delisting_whose_list_is_named_after_a_long_series():
    text = (
        "Today, OFAC removed retired Colonel Ramiro Estévez Balaguer, a former senior official of the national "
        "intelligence service, his wife Dalia Mercedes Ortún de Estévez, and Inversiones Ortún Estévez 2019, C.A., a "
        "Valencia-based holding company owned by the couple, from the Specially Designated Nationals and Blocked "
        "Persons List (SDN List)."
    )
    assert sanctions(text, "Treasury removes sanctions on former official") == []


def test_those_barred_include_and_the_stop_list_name_an_entry_ban():
    text = (
        "Moscow on Monday barred 12 Irish citizens from entering Russia.\n\n"
        "Those barred include Senator Niamh Corrigan, a member of the upper house, and Declan Fahey, a journalist.\n\n"
        "In a separate statement, the ministry said it had added nine Norwegian citizens to its \"stop list\" in "
        "response to Oslo's \"hostile steps,\" including sanctions on Russian companies and aid to Kyiv.\n\n"
        "The Norwegians barred include Ingrid Solberg-Hagen and Torstein Vik."
    )
    recs = sanctions(text, "Russia bans Irish and Norwegian officials")
    assert {r["authority_country"] for r in recs} == {"RU"}
    found = _targets_of(recs, "RU", "travel_ban")
    assert {"Niamh Corrigan", "Declan Fahey", "Ingrid Solberg-Hagen", "Torstein Vik"} <= found
    assert "Ukraine" not in {t["name"] for r in recs for t in r["targets"]}


def test_the_firm_that_pays_a_penalty_not_the_body_it_pays():
    text = (
        "Halvorsen Bank ASA will pay $61 million to settle US sanctions violations.\n\n"
        "The Bergen-based lender agreed to pay $41 million to the Treasury's Office of Foreign Assets Control (OFAC) "
        "to settle its potential civil liability for apparent violations.\n\n"
        "Separately, the New York State Department of Financial Services said it had fined Halvorsen $20 million."
    )
    found = {t["name"] for r in sanctions(text, "Norwegian bank to pay $61 million") for t in r["targets"]}
    assert "Halvorsen Bank ASA" in found
    assert not found & {"Office of Foreign Assets Control", "Financial Services"}


def test_the_name_a_which_clause_is_about_is_the_target():
    text = (
        "The licence does not lift sanctions on Petrocaribe Andina, which Washington blacklisted in 2020 as part of a "
        "campaign to oust President Tomás Villalba."
    )
    found = {t["name"] for r in sanctions(text, "US licence") for t in r["targets"]}
    assert found == {"Petrocaribe Andina"}


def test_a_role_before_the_first_part_of_a_semicolon_series():
    text = (
        "OFAC designated the militia's secretary-general, Jaber Nouri al-Saadi, better known as Abu Karrar; its "
        "financial chief, Salim Fadhel al-Janabi; and Kadhim Rahim al-Amiri, who commands a brigade."
    )
    found = _targets_of(sanctions(text, "US sanctions militia leaders"), "US", "asset_freeze")
    assert {"Jaber Nouri al-Saadi", "Salim Fadhel al-Janabi", "Kadhim Rahim al-Amiri"} <= found


# -- deals ------------------------------------------------------------------------------------------------------------------


def test_a_currency_and_a_data_source_are_no_parties():
    recs = deals(
        "The central banks of Ruritania and Borduria signed a $2 billion currency swap agreement allowing the exchange "
        "of lira and dinars. Borrowers in the region have signed $31 billion of syndicated loans this year, according "
        "to data compiled by Bloomberg."
    )
    names = {n for d in recs for n in parties(d)}
    assert "Lira" not in names and "Bloomberg" not in names
