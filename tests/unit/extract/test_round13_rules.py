"""Unit tests for the round 13 extraction rules, on hand-written sentences.

Contracts signed as "the contract" and concessions, the contracting activity anywhere in an award's paragraph,
sides counted first and named in the next sentence, witnesses, states that only say where companies come from,
amounts in shillings, acronyms of lower-case terms, two subjects around a relative clause; "Those named in ...
included", "Among those named were", bans on entering, investigators, and profiles that say what the designee did.
Every person, company, vessel and place named here is invented; the sentences were written for these tests, not
taken from the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets

# --- Deals ------------------------------------------------------------------------------------------------------


def test_signing_the_supply_contract_is_a_contract_between_the_two_subjects_around_a_relative_clause():
    text = ("Later that day, executives of Tolvara Nickel S.A., which runs two mines in the highlands of Sulawesi, "
            "and Brennick Alloys Corporation signed the supply contract.")
    (deal,) = _deals(text)
    assert deal["deal_type"] == "contract"
    assert _parties(deal) == ["Tolvara Nickel S.A.", "Brennick Alloys Corporation"]


def test_a_concession_signed_with_two_firms_is_a_contract_with_both():
    text = ("The Port Authority of Marsabo on Friday signed the concession with Kestrin Terminals, a Dutch operator, "
            "and Oman-based Harbour Crescent Holdings, which will run the container berths for 25 years.")
    (deal,) = _deals(text)
    assert deal["deal_type"] == "contract"
    assert _parties(deal) == ["Port Authority of Marsabo", "Kestrin Terminals", "Harbour Crescent Holdings"]


def test_the_contracting_activity_closing_a_long_award_paragraph_is_the_other_side():
    text = (
        "Pelham Ridge Instruments Inc., Tucson, Arizona, has been awarded a $41,250,000 firm-fixed-price contract for "
        "thermal sights. This was a competitive acquisition with four offers received. Work will be performed in Tucson, "
        "Arizona, with an estimated completion date of June 30, 2034. Fiscal 2031 procurement funds were obligated at "
        "the time of the award. Using services are Army and Marine Corps. The contracting activity is the Army "
        "Contracting Command, Warren, Michigan (W56HZV-31-C-0042)."
    )
    (deal,) = _deals(text, title="Contracts")
    assert _parties(deal) == ["Pelham Ridge Instruments Inc.", "Army Contracting Command"]


def test_sides_counted_first_are_those_the_next_sentence_names_and_their_home_states_are_no_parties():
    text = (
        "Three companies from Chile, Norway and Japan on Monday signed an agreement to set up a joint venture that will "
        "build a green ammonia plant in the Atacama desert.\n\n"
        "Chile's Andes Verde Energia will hold 40 percent of the joint venture, Norway's Fjellgard Kjemi AS 35 percent "
        "and the Japanese trader Kurosaki Shoji Corporation the remaining 25 percent."
    )
    (deal,) = _deals(text)
    assert deal["deal_type"] == "joint_venture"
    assert _parties(deal) == ["Andes Verde Energia", "Fjellgard Kjemi AS", "Kurosaki Shoji Corporation"]


def test_a_counted_group_waits_for_exactly_as_many_names():
    # two names for three companies: not the sides the first sentence counted
    text = (
        "Three companies from Chile, Norway and Japan on Monday signed an agreement to set up a joint venture.\n\n"
        "Andes Verde Energia and Fjellgard Kjemi AS have worked together before."
    )
    assert _deals(text) == []


def test_states_named_after_in_the_presence_of_are_witnesses_not_parties():
    text = ("The agreement was signed in Lima in the presence of Peru's Minister of Production and the Japanese "
            "ambassador to Peru.")
    assert _deals(text) == []


def test_a_currency_written_on_the_number_is_no_party_and_gives_the_value():
    text = "The Kenya Ports Authority has signed a Sh48 billion contract with Lamu Dredging Works to deepen the channel."
    (deal,) = _deals(text)
    assert _parties(deal) == ["Kenya Ports Authority", "Lamu Dredging Works"]
    assert (deal["value"], deal["currency"]) == (48_000_000_000, "KES")


def test_an_acronym_the_text_defines_for_lower_case_words_is_a_term_not_a_party():
    text = ("Ostwald Membran GmbH, a maker of solid oxide fuel cell (SOFC) stacks, and Tamarind Power Ltd. today announced "
            "that they have signed an agreement to form a joint venture to build SOFC modules in Chennai.")
    (deal,) = _deals(text)
    assert _parties(deal) == ["Ostwald Membran GmbH", "Tamarind Power Ltd."]


def test_an_acronym_of_a_capitalised_name_stays_a_party():
    text = ("The European Investment Bank (EIB) has signed a EUR 90 million loan with Brisa Solar S.A. The EIB said the "
            "loan would finance three solar parks.")
    deals = _deals(text)
    assert any("European Investment Bank" in _parties(d) for d in deals)


# --- Sanctions --------------------------------------------------------------------------------------------------


def test_those_named_in_the_announcement_are_the_targets_of_the_action_before():
    text = (
        "Global Affairs Canada said it had listed eight individuals and one entity under the Special Economic Measures "
        "(Belarus) Regulations.\n\n"
        "Those named in the government's announcement included Pavel Antonovich Greshko, a prison governor, and "
        "Irina Olegovna Sitnikova, a judge who sentenced protesters."
    )
    (rec,) = _sanctions(text, "Canada lists Belarus officials")
    assert {t["name"] for t in rec["targets"]} == {"Pavel Antonovich Greshko", "Irina Olegovna Sitnikova"}


def test_the_tankers_named_in_the_action_are_its_targets():
    text = (
        "On Tuesday, the Office of Foreign Assets Control said it had designated three companies and identified six "
        "tankers as blocked property.\n\n"
        "The tankers named in the action included the Coral Meridian, the Vesna Star and the Ilmen Breeze."
    )
    assert {"Coral Meridian", "Vesna Star", "Ilmen Breeze"} <= _targets(text, "Treasury targets tankers")


def test_among_those_named_after_a_counted_ban_are_its_targets_not_those_of_the_sanctions_it_answers():
    text = (
        "The foreign ministry in Moscow on Thursday banned 14 New Zealand citizens, among them ministers and "
        "journalists, from entering Russia, a week after New Zealand imposed sanctions on Velikan Bank.\n\n"
        "The ministry said it had added the 14 to its stop list in response to Wellington's unfriendly steps.\n\n"
        "Among those named were Clara Whitcombe, a deputy secretary; Tane Harawira, a member of parliament; and "
        "Graham Fenwick, a newspaper editor."
    )
    recs = _sanctions(text, "Russia bans New Zealanders")
    (ban,) = [r for r in recs if r["authority_country"] == "RU"]
    assert ban["measure"] == "travel_ban"
    assert {t["name"] for t in ban["targets"]} == {"Clara Whitcombe", "Tane Harawira", "Graham Fenwick"}
    assert all(t["name"] != "Clara Whitcombe" for r in recs if r is not ban for t in r["targets"])


def test_banning_a_counted_group_from_entering_is_a_travel_ban():
    text = "Beijing on Friday banned nine Lithuanian officials, including two deputy ministers, from entering China."
    (rec,) = _sanctions(text, "China hits back")
    assert (rec["authority_country"], rec["measure"]) == ("CN", "travel_ban")


def test_banning_ships_from_entering_ports_is_no_travel_ban():
    text = "The government banned 40 tankers of the shadow fleet from entering its ports on Monday."
    assert all(r["measure"] != "travel_ban" for r in _sanctions(text, "Port ban"))


def test_those_who_investigated_are_no_targets():
    text = (
        "New Zealand has imposed sanctions on Tarquin Holdings Limited and its director Evander Moss. The Ministry of "
        "Foreign Affairs and Trade said the sanctions were the result of an investigation by the New Zealand Police "
        "and the Financial Markets Authority."
    )
    found = _targets(text, "New Zealand sanctions")
    assert {"Tarquin Holdings Limited", "Evander Moss"} <= found
    assert not {"New Zealand Police", "Financial Markets Authority", "Financial Markets"} & found


def test_profiles_that_say_what_each_designee_did_name_the_counted_targets():
    text = (
        "The Council today decided to impose restrictive measures on three individuals responsible for cyber-attacks "
        "against hospitals in the Union.\n\n"
        "Timur Rashidovich VALEEV, who operates under the alias \"Ashcloud\", wrote the encryption software used in the "
        "attacks. Oksana Igorevna BELOVA administered the servers that stored stolen patient data. Arkady Pavlovich "
        "ZUYEV negotiated ransom payments with the victims."
    )
    recs = _sanctions(text, "Cyber-attacks: Council lists three individuals")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"Timur Rashidovich VALEEV", "Oksana Igorevna BELOVA"} <= names


def test_profiles_beyond_the_count_are_not_taken():
    text = (
        "The Council today decided to impose restrictive measures on one individual responsible for cyber-attacks.\n\n"
        "Timur Rashidovich VALEEV, who operates under the alias \"Ashcloud\", wrote the encryption software. Oksana "
        "Igorevna BELOVA administered the servers. Arkady Pavlovich ZUYEV negotiated the ransom payments."
    )
    names = {t["name"] for r in _sanctions(text, "Cyber-attacks") for t in r["targets"]}
    assert not {"Timur Rashidovich VALEEV", "Oksana Igorevna BELOVA", "Arkady Pavlovich ZUYEV"} & names


def test_a_list_of_memoranda_gives_one_deal_per_line_with_its_own_value_and_not_their_sum():
    text = (
        "On the sidelines of the visit, the business forum saw the signing of three memoranda of understanding between "
        "Vietnamese and Chilean companies with a total value of USD 95 million. The MoUs signed are as follows:\n\n"
        "1. Supply of frozen salmon between Patagonia Marina S.A. and Saigon Seafood Trading JSC, worth USD 60 million.\n"
        "2. Distribution of wine between Vina Los Robles Ltda. and Hanoi Beverage Distribution Co., Ltd., with value to "
        "be determined.\n"
        "3. Investment in a cold storage plant in Haiphong between Frio Austral SpA and Haiphong Logistics Park JSC, "
        "worth USD 35 million.\n"
    )
    deals = _deals(text)
    assert [(_parties(d), d["deal_type"], d["value"]) for d in deals] == [
        (["Patagonia Marina S.A.", "Saigon Seafood Trading JSC"], "agreement", 60_000_000),
        (["Vina Los Robles Ltda.", "Hanoi Beverage Distribution Co., Ltd."], "agreement", None),
        (["Frio Austral SpA", "Haiphong Logistics Park JSC"], "investment", 35_000_000),
    ]


def test_a_line_of_such_a_list_without_two_sides_leaves_the_list_alone():
    text = (
        "The agreements signed include:\n\n"
        "1. Supply of frozen salmon between Patagonia Marina S.A. and Saigon Seafood Trading JSC, worth USD 60 million.\n"
        "2. A joint study of port capacity in the south of the country.\n"
    )
    # (the second line is no deal between two sides: the list is not read as one of deals at all)
    assert _deals(text) == []


_NETWORK = (
    "The United States Treasury on Tuesday imposed sanctions on two people and three companies in Malaysia and "
    "Georgia that it said had bought turbine parts for Iran's drone programme.\n\n"
    "According to the Treasury, the network was run by Iranian trader Dariush Kamrani, also known as Dariush Kamran, "
    "who controlled two firms in Kuala Lumpur, Seri Andalas Trading Sdn. Bhd. and Lintas Jaya Engineering Sdn. Bhd. "
    "A Georgian company, Mtkvari Aero Parts LLC, shipped the parts through Tbilisi, and its director, Georgian national "
    "Levan Abashidze, was the second person named in the action. The Treasury said a Dutch supplier, Rijnveld "
    "Turbines, had not been aware of the final destination.\n\n"
    "A lawyer for Mtkvari Aero Parts, Nino Beridze, said the company would challenge the designation."
)


def test_names_given_after_a_counted_action_are_its_targets_when_they_fill_the_count():
    (rec,) = [r for r in _sanctions(_NETWORK, "US sanctions drone parts network") if r["authority_country"] == "US"]
    assert {t["name"] for t in rec["targets"]} == {
        "Dariush Kamrani", "Seri Andalas Trading Sdn. Bhd.", "Lintas Jaya Engineering Sdn. Bhd.",
        "Mtkvari Aero Parts LLC", "Levan Abashidze",
    }


def test_names_that_do_not_fill_the_count_are_not_taken():
    # four companies counted, three named: no way to tell the designees from the others
    text = _NETWORK.replace("two people and three companies", "two people and four companies")
    names = {t["name"] for r in _sanctions(text, "US sanctions drone parts network") for t in r["targets"]}
    assert not {"Dariush Kamrani", "Levan Abashidze", "Seri Andalas Trading Sdn. Bhd."} & names
