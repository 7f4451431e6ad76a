"""Unit tests for named lists and the name stop-lists, on hand-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tradewatch.extract import extract_records
from tradewatch.extract.parties import find_entities

DAY = dt.date(2030, 3, 4)


def _targets(text: str, title: str = "Update") -> set[str]:
    out = extract_records(text, title=title, published=DAY)
    return {t["name"] for rec in out["sanctions"] for t in rec["targets"]}


def _targets_by_measure(text: str, title: str | None = None) -> dict[str | None, set[str]]:
    recs = extract_records(text, title=title, published=DAY)["sanctions"]
    return {r["measure"]: {t["name"] for t in r["targets"]} for r in recs}


def test_bullet_list_after_colon_names_the_targets():
    text = (
        "Today, OFAC designated three companies.\n"
        "The companies designated today are:\n"
        "- Quillon Rivets LLC (Ruritania)\n"
        "- Ostrava Gearworks JSC, a maker of gearboxes\n"
        "- Pelham Coast Trading FZE\n"
        "Further guidance follows."
    )
    assert {"Quillon Rivets LLC", "Ostrava Gearworks JSC", "Pelham Coast Trading FZE"} <= _targets(text)


def test_semicolon_list_takes_only_the_head_of_each_item():
    text = (
        "The Council today imposed an asset freeze on three persons. Those listed include Ivo Marek Dlouhy, "
        "a judge of the Regional Court; Tamsin Orla Breck, head of a prison; and Grell Shipping Company, "
        "which ships arms for the Ministry of Defence."
    )
    names = _targets(text)
    assert {"Ivo Marek Dlouhy", "Tamsin Orla Breck", "Grell Shipping Company"} <= names
    assert "Regional Court" not in names and "Ministry of Defence" not in names


def test_two_names_joined_by_and_in_one_item():
    text = (
        "BIS today added four entities to the Entity List. The entities added today are Alpha Widget Co., Ltd. "
        "and Beta Gear Co., Ltd., both in Ruritania; and Gamma Parts LLC, in Freedonia."
    )
    assert {"Alpha Widget Co., Ltd.", "Beta Gear Co., Ltd.", "Gamma Parts LLC"} <= _targets(text)


def test_sanctions_list_wording_is_a_trigger_but_share_listing_is_not():
    assert _targets("Zorin Vask was listed on 9 May 2030 pursuant to resolution 9999 by the Security Council.")
    out = extract_records("Its shares are listed on the Ruritania stock exchange.", title="About", published=DAY)
    assert out["sanctions"] == []


@pytest.mark.parametrize("word", ["Europe", "European", "Scotland", "Oct", "Semiconductor", "Foreign"])
def test_stop_names_are_not_entities(word):
    names = {e.name for e in find_entities(f"The deal was agreed with {word} and Calder Rivets Ltd on Monday.")}
    assert word not in names
    assert "Calder Rivets Ltd" in names


def test_places_after_locative_cues_are_not_entities():
    names = {e.name for e in find_entities("Quarry Tools Inc., a maker based in Dunmore, Oregon, agreed to pay $5,000.")}
    assert names == {"Quarry Tools Inc."}
    assert "Pecem" not in {e.name for e in find_entities("They will build a plant at the port of Pecem.")}


def test_document_titles_and_descriptors_are_not_entities():
    names = {e.name for e in find_entities("Under the Enforcement Guidelines, the Persian-language service was cited.")}
    assert not names & {"Enforcement Guidelines", "Persian-language"}


def _events(text: str, title: str = "Update") -> set[tuple[str | None, str | None]]:
    out = extract_records(text, title=title, published=DAY)
    return {(r["authority_country"], r["measure"]) for r in out["sanctions"]}


def test_a_demonym_before_a_measure_word_is_not_its_authority():
    events = _events("OFAC designated Kesslar Tankers LLC, which carries Ruritanian oil above the price cap.")
    assert all(country in ("US", None) for country, _ in events)


def test_eu_exit_in_a_uk_regulation_title_is_not_the_eu():
    events = _events(
        "The UK today sanctioned Brask Metals JSC under the Russia (Sanctions) (EU Exit) Regulations 2019. "
        "Those designated are subject to an asset freeze."
    )
    assert events and all(country == "GB" for country, _ in events)


def test_generic_sanctioned_joins_the_specific_measure_of_the_same_authority():
    out = extract_records(
        "The UK has today sanctioned Brask Metals JSC and Orlov Cables LLC. Those designated are subject to an asset freeze.",
        title="Update",
        published=DAY,
    )
    assert [(r["authority_country"], r["measure"]) for r in out["sanctions"]] == [("GB", "asset_freeze")]
    assert {t["name"] for t in out["sanctions"][0]["targets"]} == {"Brask Metals JSC", "Orlov Cables LLC"}


@pytest.mark.parametrize(
    "text",
    [
        "Kestwick Ltd has since adopted a sanctions compliance program.",
        "OFSI fined Kestwick Ltd for breaches of Russia financial sanctions.",
    ],
)
def test_sanctions_as_a_modifier_or_breach_states_no_measure(text):
    assert (None, None) not in _events(text) and ("GB", "asset_freeze") not in _events(text)


def test_a_body_line_repeating_the_title_does_not_count_as_a_second_mention():
    title = "Treasury Sanctions Harbour Crane Brokers Supplying Ruritania"
    text = f"{title}\nToday, OFAC designated Velka Port LLC pursuant to E.O. 14024."
    names = _targets(text, title=title)
    assert "Harbour Crane Brokers Supplying Ruritania" not in names
    assert "Velka Port LLC" in names


def test_both_are_designated_takes_the_subjects_of_the_sentences_before():
    text = (
        "Today, OFAC designated two companies. Quarrow Trading FZE, registered in a free zone, bought lathes. "
        "Dunlin Parts Limited supplied chips to Quarrow. Both are being designated for supporting the network."
    )
    assert {"Quarrow Trading FZE", "Dunlin Parts Limited"} <= _targets(text)


def test_a_group_naming_sentence_after_the_action_names_its_targets():
    text = ("The Bureau of Industry and Security is adding 12 entities to the Entity List.\n"
            "The entities include Norvik Group's subsidiaries and Qaswa Kuangshi Technology Co., which makes sensors for Ruritania Labs.")
    out = extract_records(text, title="Update", published=DAY)
    assert [sorted(t["name"] for t in r["targets"]) for r in out["sanctions"]] == [["Norvik Group", "Qaswa Kuangshi Technology Co."]]


def test_a_list_that_says_it_names_the_additions_reaches_back_past_quotes_and_dates():
    text = (
        "WASHINGTON - The Bureau of Industry and Security is adding nine entities to the Entity List.\n"
        "\"These firms supplied parts for missiles,\" the Assistant Secretary said.\n"
        "\"We will keep acting against them.\"\n"
        "The rule takes effect on publication in the Federal Register.\n"
        "Under the rule, BIS adds the following entities under the destination of Ruritania: Quillon Rivets Co., Ltd., "
        "of Strelsau; Ostrava Gearworks Limited, of Zenda; and Pelham Coast Trading Co., Ltd., of Hentzau.\n"
        "The entities added under the destination of Freedonia are Marlo Avionics LLC, of Fredport; and Tessel Parts FZE, of Oldport."
    )
    names = _targets(text)
    assert {"Quillon Rivets Co., Ltd.", "Ostrava Gearworks Limited", "Pelham Coast Trading Co., Ltd.",
            "Marlo Avionics LLC", "Tessel Parts FZE"} <= names
    assert "Ruritania" not in names and "Strelsau" not in names


def test_a_list_without_words_of_addition_stays_near_its_action():
    text = (
        "The Bureau of Industry and Security added nine entities to the Entity List.\n"
        "\"These firms supplied parts for missiles,\" the Assistant Secretary said.\n"
        "\"We will keep acting against them.\"\n"
        "The rule takes effect on publication in the Federal Register.\n"
        "Exporters said the main suppliers of the region are Quillon Rivets Co., Ltd.; Ostrava Gearworks Limited; "
        "and Pelham Coast Trading Co., Ltd."
    )
    assert not {"Quillon Rivets Co., Ltd.", "Ostrava Gearworks Limited"} & _targets(text)


def test_headed_lists_of_names_with_descriptions_and_measures_of_the_individuals():
    text = (
        "The UK has today designated two entities and two individuals under the Ruritania (Sanctions) (EU Exit) "
        "Regulations 2030, cutting off revenue for Rudolf's war machine.\n"
        "The designations target a Strelsau importer that has shipped machine tools to Ruritanian arms makers.\n"
        "The Minister for Sanctions said:\n"
        "\"We will keep going.\"\n"
        "Full list of designations\n"
        "Entities:\n"
        "Quillon Rivets LLC - Strelsau-based importer of machine tools and spare parts for the defence sector of the country\n"
        "Ostrava Gearworks JSC - supplier of gearboxes\n"
        "Individuals:\n"
        "Pavel Ivanovich MARKOV - General Director of Quillon Rivets LLC, who arranged shipments through third countries\n"
        "Olga Petrovna SOKOLOVA - owner of Ostrava Gearworks JSC\n"
        "Further information\n"
        "The individuals are subject to an asset freeze and a travel ban. The entities are subject to an asset freeze."
    )
    by_measure = _targets_by_measure(text)
    assert {"Quillon Rivets LLC", "Ostrava Gearworks JSC", "Pavel Ivanovich MARKOV", "Olga Petrovna SOKOLOVA"} == by_measure["asset_freeze"]
    assert by_measure["travel_ban"] == {"Pavel Ivanovich MARKOV", "Olga Petrovna SOKOLOVA"}
    named = {t for names in by_measure.values() for t in names}
    assert not {"Ruritania", "Rudolf", "Strelsau", "Minister"} & named


def test_a_name_that_describes_and_a_country_supplied_are_no_targets():
    names = _targets(
        "The UK designated a Zenda tooling plant and Quillon Rivets LLC, and sanctioned companies supplying Iran's "
        "defence industry.")
    assert "Quillon Rivets LLC" in names and not {"Zenda", "Iran"} & names


def test_lines_after_an_action_and_a_colon_name_its_targets_after_their_ranks():
    text = (
        "The Australian Government is today imposing targeted financial sanctions and travel bans on three individuals "
        "and one entity.\n"
        "Today's sanctions target the senior officers directing this campaign and the businesses that supply them:\n"
        "Lieutenant General Ivo Marek Dlouhy, Commander-in-Chief (Air);\n"
        "U Tin Maung Aye, a businessman who brokers imports of aviation fuel for the regime;\n"
        "Major General Tamsin Orla Breck, commander of the regime's northern command; and\n"
        "Grell Aviation Fuel Services Company Limited, which stores and distributes jet fuel to air bases.\n"
        "In 2023, Australia imposed targeted financial sanctions on Kessel Holdings Limited, alongside travel bans on "
        "senior officials."
    )
    by_measure = _targets_by_measure(text)
    assert {"Ivo Marek Dlouhy", "U Tin Maung Aye", "Tamsin Orla Breck",
            "Grell Aviation Fuel Services Company Limited"} <= by_measure["asset_freeze"]
    assert "Commander-in-Chief" not in by_measure["asset_freeze"]
    assert "Kessel Holdings Limited" not in by_measure.get("travel_ban", set())


def test_a_country_heading_inside_a_list_and_a_role_after_a_name():
    text = ("Canada today announced sanctions against 3 individuals.\nThe individuals sanctioned today are:\n"
            "Venezuela\n- Ivo Marek Dlouhy, Brigadier General and Director of Investigations\n"
            "- Tamsin Orla Breck, judge of a court in Caracas\nGeorgia\n"
            "- Levan Kessel, Deputy Head of the Special Tasks Department of the Ministry of Internal Affairs\n")
    names = _targets(text)
    assert {"Ivo Marek Dlouhy", "Tamsin Orla Breck", "Levan Kessel"} <= names
    assert not {"Venezuela", "Georgia"} & names and not any(n.startswith("Deputy Head") for n in names)


def test_a_swiss_department_taking_over_eu_sanctions_acts_for_switzerland():
    out = extract_records("Bern, 20.08.2030 - On 20 August 2030, the Federal Department of Economic Affairs, Education and "
                          "Research (EAER) decided to take over further sanctions of the European Union (EU) against "
                          "Russia.\nThe EAER has added 14 natural persons to Annex 8 of the Ordinance.", published=DAY)
    assert {r["authority_country"] for r in out["sanctions"]} == {"CH"}


def test_an_annex_heading_with_numbered_entries_far_from_the_action():
    text = ("The Council today imposed restrictive measures on an additional 2 individuals and 1 entity.\n"
            "Those listed today include judges and prosecutors.\nThe EU reiterates its call for the release of prisoners.\n"
            "Background\nThe EU has since gradually expanded its restrictive measures against Belarus.\n"
            "The legal acts have been published in the Official Journal of the EU.\n"
            "Annex – persons and entities added to the list\nNatural persons\n"
            "1. Ivo Marek DLOUHY (Ivan Markovich DLOUHY) – Judge of the Zenda City Court. Sentenced activists.\n"
            "2. Tamsin Orla BRECK – Prosecutor in the Prosecutor-General's Office.\n"
            "Legal persons, entities and bodies\n1. Kessel Media Holding LLC – a state broadcaster.")
    assert {"Ivo Marek DLOUHY", "Tamsin Orla BRECK", "Kessel Media Holding LLC"} <= _targets(text)


MEASURE_HEADED = (
    "The Council today decided to impose restrictive measures on 2 individuals and 2 entities.\n\n"
    "Those listed are subject to an asset freeze. The individuals are also subject to a travel ban.\n\n"
    "The Council added 1 entity to the list of entities subject to tighter export restrictions.\n\n"
    "Separately, 1 tanker is barred from ports.\n\n"
    "The ministers discussed the situation at length. They agreed to meet again in the autumn.\n\n"
    "Officials said the package had been prepared over several months. Talks with partners continue.\n\n"
    "The legal acts were published in the Official Journal.\n\n"
    "Annex\n\n"
    "Natural persons (asset freeze and travel ban):\n"
    "1. Boris Ivanovich KOVALENKO – Director, Delta Optics Plant JSC\n"
    "2. Marina Petrovna ZUEVA – head of a regional office\n\n"
    "Legal persons, entities and bodies (asset freeze):\n"
    "1. Delta Optics Plant JSC\n"
    "2. Kola and Pechora Shipping Company\n\n"
    "Annex IV additions (export restrictions):\n"
    "1. Lianhe Harbour Trading Co., Ltd (China)\n\n"
    "Vessels (port access ban):\n"
    "1. NORTHERN WAVE (IMO 9100000)\n"
)


def test_a_list_headed_by_its_measure_names_the_targets_of_that_measures_record_however_far_below():
    names = _targets_by_measure(MEASURE_HEADED, "Council lists further individuals and entities")
    persons = {"Boris Ivanovich KOVALENKO", "Marina Petrovna ZUEVA"}
    assert persons | {"Delta Optics Plant JSC", "Kola and Pechora Shipping Company"} <= names["asset_freeze"]
    assert persons <= names["travel_ban"] and "Delta Optics Plant JSC" not in names["travel_ban"]
    assert "Lianhe Harbour Trading Co., Ltd" in names["export_control"]
    # the vessels' heading names no measure the rules know: its names go to no other measure's record
    assert not any("NORTHERN WAVE" in targets for targets in names.values())
    assert not any("Kola" in targets or "Pechora Shipping Company" in targets for targets in names.values())


def test_an_item_of_a_word_and_a_company_is_one_name_but_a_sentence_keeps_two():
    listed = _targets("OFAC designated two companies. The companies designated today are:\n"
                      "1. Kola and Pechora Shipping Company\n2. Volga Trading LLC\n")
    assert {"Kola and Pechora Shipping Company", "Volga Trading LLC"} <= listed
    # in prose, two parties when the first is named on its own elsewhere
    assert "Kola and Pechora Shipping Company" not in _targets(
        "OFAC designated Kola and Pechora Shipping Company. Kola runs the port's grain terminal.")


ANNEXES = (
    "1. Today the Government of Japan approved measures against individuals and entities supporting the programme.\n\n"
    "(1) Measures to freeze assets\n"
    "Payment restrictions will be imposed on the 2 individuals and 2 entities listed in Annex 1.\n\n"
    "(2) Measures to prohibit exports\n"
    "The export of goods to the 1 entity listed in Annex 2 will be prohibited.\n\n"
    "2. Japan will continue to work with its partners.\n\n"
    "(Annex 1) Individuals and entities subject to asset freeze\n\n"
    "Individuals\n"
    "(1) CHOE Myong Sik (a.k.a. CHOI Myung Sik)\n"
    "Nationality: North Korea; Date of birth: 2 April 1975\n"
    "Representative of Sohae Export Bureau in Dandong, China\n\n"
    "(2) YUN Kwang Hyok\n"
    "Nationality: North Korea\n\n"
    "Entities\n"
    "(1) Sohae Export Bureau\n"
    "Location: Pyongyang, North Korea\n\n"
    "(2) Yalu River Freight and Storage Co., Ltd.\n"
    "Location: Dandong, China\n\n"
    "(Annex 2) Entities subject to export prohibition\n\n"
    "(1) Harbour Star Trading Limited\n"
    "Location: Hong Kong, China\n"
)


def test_an_annex_heading_naming_its_measure_lists_entries_with_their_detail_lines():
    names = _targets_by_measure(ANNEXES, "Measures against North Korea")
    assert {"CHOE Myong Sik", "YUN Kwang Hyok", "Sohae Export Bureau", "Yalu River Freight and Storage Co., Ltd."} <= names["asset_freeze"]
    assert "Harbour Star Trading Limited" in names["export_control"]
    assert "Harbour Star Trading Limited" not in names["asset_freeze"]
    assert not {"North Korea", "Dandong"} & names["asset_freeze"]


def test_a_row_of_ships_with_their_types_and_imo_numbers_names_each_ship():
    text = ("OFAC today designated six tankers carrying Iranian oil.\n"
            "The vessels named are the 2004-built suezmax NORTH LARK (IMO 9281111), the aframaxes GREY OTTER "
            "(IMO 9222222) and SILVER TERN (IMO 9333333), the VLCCs RED KITE (IMO 9444444) and DUSK HERON "
            "(IMO 9555555), and the LR2 tanker AMBER GULL (IMO 9666666).")
    assert _targets(text) == {"NORTH LARK", "GREY OTTER", "SILVER TERN", "RED KITE", "DUSK HERON", "AMBER GULL"}


# Round 7 (held-out articles from authorities and registers new to the extractor): headings without colons,
# bracketed words before a legal form, quoted names after a spelled-out form, addresses after a name.
HEADED = (
    "Vaduz, 3.2.2032 - The Government has today added two natural persons and two companies to the list of persons "
    "subject to sanctions.\n\n"
    "Funds and other economic resources owned or controlled by the listed persons and companies are frozen.\n\n"
    "In addition, the two natural persons listed are prohibited from entering the country.\n\n"
    "Newly listed natural persons\n\n"
    "1. Boris Petrovich KALININ, born 1 March 1970 in Tula. Director of Severny Machine Works LLC.\n\n"
    "2. Olga Ivanovna ZIMINA, born 9 June 1983 in Omsk. Owner of a trading firm.\n\n"
    "Newly listed companies and organisations\n\n"
    "3. Severny Machine Works LLC, Tula, Russian Federation. Makes gun barrels.\n\n"
    "4. Carrow Freight (Pvt) Limited, Lahore, Pakistan. Ships machine tools.\n"
)


def test_lists_under_colonless_headings_name_the_counted_action_and_the_group_measure_takes_its_people():
    by_measure = _targets_by_measure(HEADED)
    people = {"Boris Petrovich KALININ", "Olga Ivanovna ZIMINA"}
    assert by_measure.get("asset_freeze") == people | {"Severny Machine Works LLC", "Carrow Freight (Pvt) Limited"}
    assert by_measure.get("travel_ban") == people


def test_a_bare_group_word_on_its_own_line_opens_no_list():
    text = HEADED.replace("Newly listed natural persons", "Individuals").replace("Newly listed companies and organisations", "Entities")
    assert "Severny Machine Works LLC" not in _targets_by_measure(text).get("travel_ban", set())


def test_a_spelled_out_legal_form_before_a_quoted_name_is_not_a_name_of_its_own():
    text = 'The EU today sanctioned Limited Liability Company "Tambov Gunpowder Plant" and Open Joint Stock Company «Vyatka Optics».'
    assert _targets(text) == {"Tambov Gunpowder Plant", "Vyatka Optics"}


def test_a_numbered_item_ends_its_names_where_the_address_begins():
    text = (
        "OFAC today designated the following entities:\n"
        "1. Meridian Tide Trading FZE, Jebel Ali Free Zone Authority, United Arab Emirates.\n"
        "2. Stellar Path Shipping Limited, Wan Chai, Hong Kong SAR.\n"
    )
    assert _targets(text) == {"Meridian Tide Trading FZE", "Stellar Path Shipping Limited"}


def test_an_eu_annex_with_lettered_parts_and_name_labels_names_its_entries():
    text = (
        "The Council today adopted restrictive measures against cyber-attacks threatening the Union or its Member States.\n\n"
        "The following persons and entities are added to the list of natural and legal persons, entities and bodies:\n\n"
        "A. Natural persons\n\n"
        "1. Name: Pyotr Ilyich GORSKY\nIdentifying information: Date of birth: 1.2.1980. Gender: male.\n"
        "Reasons: Pyotr Ilyich Gorsky leads the group 'Grey Fox'. He wrote its malware.\nDate of listing: 3.3.2032\n\n"
        "B. Legal persons, entities and bodies\n\n"
        "1. Name: Volna Soft LLC\nReasons: Volna Soft LLC hosts the group's servers.\nDate of listing: 3.3.2032\n"
    )
    assert _targets(text) == {"Pyotr Ilyich GORSKY", "Volna Soft LLC"}


def test_vessels_identified_as_property_of_named_companies_are_listed_until_the_next_heading():
    text = (
        "Today, OFAC designated Tern Shipping Co., Limited.\n\n"
        "OFAC is identifying the following vessels as property in which Tern Shipping Co., Limited or Ibis Maritime Inc. "
        "has an interest:\n\n"
        "- SEA WREN (IMO 9123456), Panama-flagged crude oil tanker;\n"
        "- GREY HERON (IMO 9234567), Comoros-flagged products tanker.\n\n"
        "OTHER MEASURES ANNOUNCED TODAY\n\n"
        "Kestrel Bunkering Sdn. Bhd., of Selangor Province, Malaysia, was fined by the Malaysian regulator."
    )
    targets = _targets(text)
    assert {"SEA WREN", "GREY HERON", "Tern Shipping Co., Limited"} <= targets
    assert "OTHER MEASURES ANNOUNCED TODAY" not in targets and "Selangor Province" not in targets


def test_a_numbered_item_opening_with_a_spelled_out_form_and_a_quoted_name_lists_that_name():
    text = (
        "The Administration has added the following entities to the Entity List:\n"
        "(1) Joint Stock Company \"Kazan Optical Plant\"; address: Kazan, Russian Federation.\n"
        "(2) Harbin Rongda Machinery Co., Ltd.; address: Harbin, Heilongjiang Province.\n"
        "(3) Lahore Precision Works (Private) Limited; address: Lahore, Pakistan.\n"
    )
    assert _targets(text) == {"Kazan Optical Plant", "Harbin Rongda Machinery Co., Ltd.", "Lahore Precision Works (Private) Limited"}


# Round 8: a table written as text lines; ships named with IMO numbers in a running sentence.
def test_the_name_column_of_a_text_table_names_the_targets():
    text = (
        "The UK has today sanctioned 4 individuals and entities supplying drone parts.\n\n"
        "The individuals and entities sanctioned today are listed below.\n\n"
        "Name | Nationality / location | Reason for designation\n"
        "Pavel Igorevich Demin | Russian | Director of Kama Drone Works, which assembles attack drones\n"
        "Kama Drone Works JSC | Russia | Assembles long-range attack drones\n"
        "Ankara Mikro Sistemleri Sanayi ve Ticaret A.Ş. | Türkiye | Supplier of flight controllers\n"
        "Li Qiang Wei | Chinese | Sales director of Ningbo Rotor Co., Ltd.\n\n"
        "The individuals are also subject to a travel ban."
    )
    by_measure = _targets_by_measure(text)
    assert by_measure["asset_freeze"] == {"Pavel Igorevich Demin", "Kama Drone Works JSC",
                                          "Ankara Mikro Sistemleri Sanayi ve Ticaret A.Ş.", "Li Qiang Wei"}
    assert "Nationality" not in by_measure["asset_freeze"] and "Ningbo Rotor Co., Ltd." not in by_measure["asset_freeze"]


def test_ships_named_with_their_imo_numbers_in_a_running_sentence_are_targets():
    text = ("OFAC today designated Tern Marine LLC. OFAC is also identifying as blocked property the following vessels, in "
            "which Tern Marine LLC has an interest: the Panama-flagged crude oil tanker SEA WREN (IMO 9236411); the "
            "Cameroon-flagged GREY HERON (IMO 9181302), which until 2024 sailed as MARE ALTO; and the Sierra "
            "Leone-flagged OSPREY (IMO 9207529).")
    targets = _targets(text)
    assert {"Tern Marine LLC", "SEA WREN", "GREY HERON", "OSPREY"} <= targets
    assert "Sierra Leone" not in targets
