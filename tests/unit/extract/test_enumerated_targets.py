"""Enumerated targets read by their shape, not by a cue's words: tables, numbered parts, labelled entries, rows."""

from __future__ import annotations

import datetime as dt

from tradewatch.extract import extract_records

DAY = dt.date(2031, 5, 6)


def _by_measure(text: str, title: str) -> dict[str | None, set[str]]:
    recs = extract_records(text, title=title, published=DAY)["sanctions"]
    return {r["measure"]: {t["name"] for t in r["targets"]} for r in recs}


def _targets(text: str, title: str) -> set[str]:
    return set().union(*_by_measure(text, title).values())


def test_table_column_named_by_a_header_word_not_in_the_known_set():
    text = (
        "OTTAWA - Canada on Friday imposed sanctions under the Special Economic Measures Act on two people and one firm "
        "accused of funding armed gangs.\n\n"
        "| No. | Individual or company | Nationality | Role |\n"
        "|-----|-----------------------|-------------|------|\n"
        "| 1 | Jean-Robert Devilmé | Haiti | Financier of a gang |\n"
        "| 2 | Marie-Claude Etienne | Haiti | Money launderer |\n"
        "| 3 | Transports Caraïbes Express SA | Haiti | Front company |\n\n"
        "Canada will continue to work with partners."
    )
    targets = _targets(text, "Canada lists gang financiers")
    assert {"Jean-Robert Devilmé", "Marie-Claude Etienne", "Transports Caraïbes Express SA"} <= targets
    assert "Haiti" not in targets and "Money launderer" not in targets


def test_table_under_a_cue_whose_header_names_no_name_column_uses_the_column_of_names():
    text = (
        "TOKYO - Japan's Ministry of Foreign Affairs said on Tuesday it had frozen the assets of three parties that "
        "shipped machine tools. They include:\n\n"
        "| Country | Designated party | Grounds |\n"
        "|---|---|---|\n"
        "| Armenia | Ararat Precision Trading LLC | Re-export of lathes |\n"
        "| Kyrgyzstan | Tian Shan Cargo Services | Transit of spindles |\n"
        "| Kazakhstan | Yevgeny Markovich Tolstikhin | Broker |\n"
    )
    targets = _targets(text, "Japan freezes assets of brokers")
    assert {"Ararat Precision Trading LLC", "Tian Shan Cargo Services", "Yevgeny Markovich Tolstikhin"} <= targets
    assert not {"Armenia", "Kyrgyzstan", "Kazakhstan", "Grounds"} & targets


def test_a_row_with_figures_is_no_header_and_does_not_end_a_headerless_table():
    text = (
        "The European Union blacklisted another 40 tankers on Monday, barring them from EU ports.\n\n"
        "Among the vessels named are:\n\n"
        "Gull Harbour | IMO 9321911 | Aframax | Gabon | built 2006\n"
        "Tern Ridge | IMO 9256123 | MR product tanker | Panama | built 2007\n"
        "Heron Bay | IMO 9412987 | VLCC | Palau | built 2009\n"
    )
    assert {"Gull Harbour", "Tern Ridge", "Heron Bay"} <= _targets(text, "EU lists more tankers")


def test_numbered_parts_with_lettered_items_and_placeholders():
    text = (
        "The Council of the European Union today imposed an asset freeze and a travel ban on further persons "
        "responsible for repression in Belarus.\n\n"
        "(1) Designated individuals (8)\n"
        " a. Aliaksandr VERANKEVICH (deputy minister of interior)\n"
        " b. Tatsiana KAVALEUSKAYA (judge of a city court)\n"
        " (Remaining 6 individuals are listed in the Annex)\n"
        "(2) Designated entities (11)\n"
        " a. Belzhelmashstroy OJSC (manufacturer of armoured vehicles)\n"
        " b. Minskvodtrans Logistics LLC (transport of military cargo)\n"
        " (Remaining 9 entities are listed in the Annex)\n\n"
        "The measures apply from the day after publication."
    )
    by_measure = _by_measure(text, "EU adds names to Belarus regime")
    people = {"Aliaksandr VERANKEVICH", "Tatsiana KAVALEUSKAYA"}
    firms = {"Belzhelmashstroy OJSC", "Minskvodtrans Logistics LLC"}
    assert people | firms <= by_measure["asset_freeze"]
    assert people <= by_measure["travel_ban"] and not firms & by_measure["travel_ban"]
    assert not any("Remaining" in name or "Annex" in name for names in by_measure.values() for name in names)


def test_placeholder_line_ending_in_a_full_stop_does_not_end_the_list():
    text = (
        "The Council today imposed an asset freeze on further persons.\n"
        "The following persons are listed:\n"
        "- Orsolya Venkova\n"
        "[3 further persons: see the annex.]\n"
        "- Brannoc Ferris Hale\n"
    )
    targets = _targets(text, "Council lists persons")
    assert {"Orsolya Venkova", "Brannoc Ferris Hale"} <= targets


def test_items_of_name_then_description_ending_in_semicolons():
    text = (
        "The Australian Government has imposed targeted financial sanctions on the following persons and entities:\n\n"
        "Dmitri Olegovich Varnakov (born 8 May 1976), administrator of a ransomware service;\n"
        "Kestrel Hosting Group LLC, a hosting provider that leased servers to Vostok Data Centre;\n"
        "Irina Sergeyevna Bulatkina, financial officer of Kestrel Hosting Group LLC;\n"
        "Cobalt Lynx itself;\n\n"
        "The Foreign Minister said the sanctions send a clear message."
    )
    targets = _targets(text, "Australia sanctions cyber operators")
    assert {"Dmitri Olegovich Varnakov", "Kestrel Hosting Group LLC", "Irina Sergeyevna Bulatkina", "Cobalt Lynx"} <= targets
    assert "Vostok Data Centre" not in targets


def test_sentence_row_with_a_role_noun_before_names():
    text = (
        "LONDON - The United Kingdom on Thursday sanctioned a group of military intelligence operatives over cyber "
        "attacks on ports. Those sanctioned include Polar Gate Systems, Nordvik Trading, a front company for Arktika "
        "Signal Institute, and GRU officers Pavel Demidenko and Oleg Stratonov."
    )
    targets = _targets(text, "UK sanctions hackers")
    assert {"Polar Gate Systems", "Nordvik Trading", "Pavel Demidenko", "Oleg Stratonov"} <= targets
    assert "GRU" not in targets and "Arktika Signal Institute" not in targets


def test_entries_labelled_with_their_kind_under_a_heading():
    text = (
        "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two "
        "individuals and one entity for brokering weapons sales.\n\n"
        "IDENTIFYING INFORMATION\n\n"
        "Individual: KHARRAZI, Sayed Mehdi; DOB 14 Mar 1981; POB Qom, Iran; nationality Iran; Gender Male.\n"
        "Individual: AL-SHAMI, Yusuf Abdulkarim; DOB 02 Sep 1975; POB Sanaa, Yemen; nationality Yemen.\n"
        "Entity: RED TIDE SHIPPING SERVICES LLC; Address Port Rashid, Dubai, United Arab Emirates.\n\n"
        "All property of the designated persons that is in the United States is blocked."
    )
    targets = _targets(text, "Treasury sanctions arms brokers")
    # (surname first in the entry, given names first as the register's entries are read elsewhere)
    assert {"Sayed Mehdi KHARRAZI", "Yusuf Abdulkarim AL-SHAMI", "RED TIDE SHIPPING SERVICES LLC"} <= targets
    assert not {"Qom", "Iran", "Yemen", "Port Rashid"} & targets


def test_labelled_entries_with_fields_on_their_own_lines():
    text = (
        "WASHINGTON - Today, OFAC designated one individual and one entity.\n\n"
        "Identifying information\n\n"
        "Individual: Sayed Omid Rahbari\n"
        "DOB: 14 Mar 1981\n"
        "POB: Qom, Iran\n\n"
        "Entity: Crescent Wave Shipping LLC\n"
        "Address: Port Rashid, Dubai, United Arab Emirates\n\n"
        "All property of the designated persons that is in the United States is blocked."
    )
    targets = _targets(text, "Treasury sanctions arms brokers")
    assert {"Sayed Omid Rahbari", "Crescent Wave Shipping LLC"} <= targets
    assert "DOB" not in targets and "Port Rashid" not in targets


def test_any_role_in_lower_case_before_a_name_in_a_row():
    text = (
        "WASHINGTON - OFAC on Wednesday designated a money-laundering network. Among those sanctioned are Teodoro "
        "Armando Quiroga Villalba, whom OFAC described as its treasurer, and his business partner Leonor Idalia "
        "Barragán. Companies designated include Brisamar Turismo S.A., a timeshare seller; Costa Lumbre Servicios "
        "S.A.; and property developer Velmont Estates Ltd, which built a marina for Ranchera Holdings."
    )
    targets = _targets(text, "Treasury targets laundering network")
    assert {"Teodoro Armando Quiroga Villalba", "Leonor Idalia Barragán", "Brisamar Turismo S.A.",
            "Velmont Estates Ltd"} <= targets
    assert "Ranchera Holdings" not in targets


def test_lettered_parts_with_counts_under_a_heading_that_is_no_cue():
    text = (
        "The Government of Japan today decided to implement measures including the freezing of assets against "
        "parties involved in weapons programmes.\n\n"
        "(2) Parties concerned\n\n"
        "A. Individuals (2)\n\n"
        "(i) SO Kwang Hyok\n"
        "Date of birth: March 3, 1979\n"
        "Position: Representative of Ryonghung Trading Company in Dandong\n\n"
        "(ii) HAN Myong Sil\n"
        "Date of birth: July 21, 1985\n\n"
        "B. Entities (1)\n\n"
        "(i) Pyolbit Ocean Shipping Company\n"
        "Address: Nampo, North Korea\n"
    )
    targets = _targets(text, "Freezing of assets against parties")
    assert {"SO Kwang Hyok", "HAN Myong Sil", "Pyolbit Ocean Shipping Company"} <= targets
    assert "Ryonghung Trading Company" not in targets and "Nampo" not in targets


def test_counted_parts_numbered_on_their_own_and_a_placeholder_opening_with_and():
    text = (
        "The Council of the European Union today imposed restrictive measures on four individuals and two entities "
        "linked to mercenary operations.\n\n"
        "1. Individuals (4)\n"
        "  a) Konstantin Yurievich ZHARKOV, field commander\n"
        "  b) Abdoulaye Sissoko Diarra, logistics coordinator\n"
        "  (and 2 others; see the Annex)\n"
        "2. Entities (2)\n"
        "  a) Sahel Minerals Trading SARL, gold exporter\n"
        "  b) Bamako Secure Logistics, security contractor\n\n"
        "The restrictive measures consist of an asset freeze and a travel ban."
    )
    targets = _targets(text, "EU lists mercenary figures")
    assert {"Konstantin Yurievich ZHARKOV", "Abdoulaye Sissoko Diarra", "Sahel Minerals Trading SARL",
            "Bamako Secure Logistics"} <= targets
    assert not any("Annex" in name or "others" in name for name in targets)


def test_numbered_counted_parts_over_plain_name_lines():
    text = (
        "The Council today imposed an asset freeze and travel ban on further persons in Belarus.\n\n"
        "(1) Designated individuals (3)\n"
        "Aliaksei DUBRAVSKI (host of a state television programme)\n"
        "Natallia KASTSIUK (editor of a state newspaper)\n"
        "(Remaining 1 individual is listed in the Annex)\n"
        "(2) Designated entities (1)\n"
        "Belteleradio Media Holding OJSC (state broadcaster)\n\n"
        "The legal acts are published in the Official Journal."
    )
    by_measure = _by_measure(text, "Council targets propagandists")
    assert {"Aliaksei DUBRAVSKI", "Natallia KASTSIUK", "Belteleradio Media Holding OJSC"} <= by_measure["asset_freeze"]
    assert "Belteleradio Media Holding OJSC" not in by_measure["travel_ban"]


def test_semicolon_items_after_the_action_verb_and_a_colon():
    text = (
        "The Council of the EU on Monday imposed an asset freeze on further persons over drone transfers. The Council "
        "listed: Mostafa Karimian, a senior engineer at a drone plant; Shahed Aviation Parts Company, a supplier of "
        "airframes; and Kian Rotor Sanat, an engine maker."
    )
    assert {"Mostafa Karimian", "Shahed Aviation Parts Company", "Kian Rotor Sanat"} <= _targets(text, "EU widens listings")


def test_a_register_entry_field_ending_in_a_colon_opens_no_items():
    text = (
        "WASHINGTON - Today, OFAC designated one entity.\n\n"
        "The following entity has been added to OFAC's SDN List:\n\n"
        "KESTREL DUNE TRADING FZE, Jebel Ali, Dubai, United Arab Emirates; Organization Established Date 2019; "
        "Secondary sanctions risk: See Section 11 of Executive Order 14024.; Registration Number 88123 (United Arab "
        "Emirates) [RUSSIA-EO14024] (Linked To: SAFFRON CORAL SHIPPING)."
    )
    targets = _targets(text, "Counter Terrorism Designations")
    assert "KESTREL DUNE TRADING FZE" in targets
    assert not {"Organization Established", "See", "Registration Number"} & targets


def test_kind_labels_in_capitals():
    text = (
        "WASHINGTON - The Treasury Department today sanctioned two individuals and one company that finance a "
        "militia.\n\n"
        "INDIVIDUAL: AL-JUBOURI, Haidar Sattar; DOB 03 Jan 1979; nationality Iraq.\n"
        "INDIVIDUAL: NASSER, Karim Abbas; DOB 11 Nov 1983; nationality Iraq.\n"
        "ENTITY: AL-FURAT GOLDEN WAVE COMPANY; Address Basra, Iraq.\n"
    )
    targets = _targets(text, "Treasury designates militia financiers")
    assert {"Haidar Sattar AL-JUBOURI", "Karim Abbas NASSER", "AL-FURAT GOLDEN WAVE COMPANY"} <= targets
    assert "Basra" not in targets


def test_words_in_lower_case_between_two_roles_before_a_name():
    text = (
        "KYIV - Ukraine on Saturday imposed sanctions on Russian officials. Those listed are: former deputy defence "
        "minister Timur Ivanovsky; Boris Kovrov, a businessman; and Rostec's deputy chief Dmitri Zharov."
    )
    targets = _targets(text, "Kyiv widens sanctions")
    assert {"Timur Ivanovsky", "Boris Kovrov", "Dmitri Zharov"} <= targets


def test_lines_ending_in_semicolons_right_under_the_action_with_no_cue():
    text = (
        "New Zealand's Foreign Minister today announced sanctions on propagandists supporting the invasion of "
        "Ukraine.\n\n"
        "Dmitri Vasilyevich Kurgan (born 8 May 1976), presenter on a state channel;\n"
        "Olga Petrovna Sheremet, editor of Vesti Online, a news site run by Rossiya Media Group;\n"
        "Novaya Volna Media LLC, operator of a messaging channel;\n"
        "Rossiya Segodnya itself.\n\n"
        "The sanctions include travel bans and asset freezes."
    )
    targets = _targets(text, "New Zealand sanctions propagandists")
    assert {"Dmitri Vasilyevich Kurgan", "Olga Petrovna Sheremet", "Novaya Volna Media LLC", "Rossiya Segodnya"} <= targets
    assert "Vesti Online" not in targets and "Rossiya Media Group" not in targets
