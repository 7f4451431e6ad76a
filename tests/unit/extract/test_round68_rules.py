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
