"""Rules added from the sixty-eighth held-out round (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import targets


def test_a_backgrounders_name_and_title_columns_under_a_dash_header_are_its_names() -> None:
    text = ("Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions on 2 individuals and 1 "
            "entity under the Special Economic Measures (Iran) Regulations.\n\n"
            "Backgrounder: Individuals and entity sanctioned\n\n"
            "The following individuals and entity have been added to Schedule 1 of the Special Economic Measures (Iran) "
            "Regulations.\n\nIndividuals\n\nName — Title\nDariush Kamali — Head of Branch 2, Revolutionary Court of Qom\n"
            "Navid Rahbar — Director General of Prisons, Fars Province\n\nEntity\n\nName — Description\n"
            "Arvand Vision Systems Company — Tehran-based supplier of surveillance cameras\n")
    assert targets(text, "Canada imposes additional sanctions") >= {"Dariush Kamali", "Navid Rahbar",
                                                                    "Arvand Vision Systems Company"}


def test_the_sanctions_list_includes_after_a_quote_reaches_back_to_the_action() -> None:
    text = ("The Secretary of the National Security and Defense Council of Ukraine announced that the decision on sanctions "
            "has been put into effect by Decree of the President.\n\nThe restrictive measures apply to 9 citizens of the "
            "Russian Federation — athletes and sports functionaries who publicly support the war.\n\n"
            "\"Russian sport has long since become part of the propaganda machine,\" the Secretary said.\n\n"
            "\"Every such person will face consequences,\" he added. \"They cannot hide behind a neutral flag.\"\n\n"
            "The sanctions list includes, in particular:\n\n"
            "1. Pavel Igorevich Zotov — vice-president of a biathlon union;\n"
            "2. Irina Olegovna Vetrova — coach and propaganda tour participant.\n\n"
            "The sanctions are imposed for a period of 10 years and provide for:\n– blocking of assets;\n"
            "– a ban on entry into the territory of Ukraine.")
    assert targets(text, "Ukraine imposes sanctions on Russian athletes") >= {"Pavel Igorevich Zotov", "Irina Olegovna Vetrova"}


def test_an_official_journal_annex_table_with_running_entry_numbers_names_the_added_persons() -> None:
    text = ("(3) The Council considers that two natural persons should be added to the list of natural and legal persons "
            "subject to restrictive measures set out in Annex I to Regulation (EU) No 269/2014.\n\nANNEX\n\n"
            "(1) the following entries are added to the list headed 'Natural persons':\n\n"
            "Name | Identifying information | Reasons | Date of listing\n\n"
            "'2411. Pavel Olegovich SEMENKO | DOB: 2.4.1972; Nationality: Russian | Responsible for deportations. | 15.7.2025\n\n"
            "2412. Alla Viktorovna ZUEVA | DOB: 19.11.1980; Nationality: Russian | Head of a camp. | 15.7.2025'\n")
    assert targets(text, "Council Implementing Regulation (EU) 2025/1500") >= {"Pavel Olegovich SEMENKO",
                                                                                "Alla Viktorovna ZUEVA"}


def test_an_attached_lists_second_table_after_remarks_is_read() -> None:
    text = ("Today the Government of Japan decided to implement measures including the freezing of assets against two "
            "individuals and two entities specified in the Attached List.\n\nAttached List\n\nIndividuals (2)\n\n"
            "No. | Name | Alias | Nationality\n1 | PAK Song Il | - | North Korea\n2 | LIU Ming | LAU Ming | China\n\n"
            "Remarks:\nNo. 1: Representative of a trading company.\nNo. 2: Director of Harbour Gate Trading Co., Limited "
            "(Entity No. 2).\n\nEntities (2)\n\nNo. | Name | Alias | Address\n1 | Ryugyong Marine Trading Corporation | - | "
            "Pyongyang\n2 | Harbour Gate Trading Co., Limited | - | Hong Kong\n")
    assert targets(text, "Measures against North Korea") >= {"PAK Song Il", "Ryugyong Marine Trading Corporation",
                                                             "Harbour Gate Trading Co., Limited"}


def test_an_indented_list_by_country_in_a_newsletter_is_read_whole() -> None:
    text = ("• Entity List additions (9 April). The Bureau of Industry and Security added five entities to the Entity List. "
            "The additions, by country:\n\n  China\n  – Ningbo Starlight Microtech Co., Ltd.\n"
            "  – Harbin Polar Avionics Co., Ltd.\n\n  Russia\n  – OOO Tekhnopark Orion\n\n  Türkiye\n"
            "  – Ege Elektronik Dış Ticaret Ltd. Şti.\n  – Anadolu Component Supply A.Ş.\n")
    assert targets(text, "This week in sanctions") >= {
        "Ningbo Starlight Microtech Co., Ltd.", "Harbin Polar Avionics Co., Ltd.", "OOO Tekhnopark Orion",
        "Ege Elektronik Dış Ticaret Ltd. Şti.", "Anadolu Component Supply A.Ş."}
