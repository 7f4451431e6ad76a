"""Rules added for the forty-sixth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions, targets_of


def test_a_state_aligning_with_another_s_listings_takes_their_names_for_its_own_measures() -> None:
    text = ("Iceland will align itself with the EU's most recent listings under the regime on hybrid threats.\n\n"
            "On 3 June 2025, the Council of the European Union decided to freeze the assets of two individuals and one "
            "entity. The two individuals were also banned from entering the EU.\n\n"
            "Iceland has now decided to align with these listings. 'Iceland stands together with the EU in this,' the "
            "ministry said.\n\n"
            "The listed individuals are also subject to an entry ban, which means that they will be refused entry into "
            "or transit through Iceland.\n\nAmong those listed are:\n\n- Pavel Sergeyevich Orlov, a GRU officer;\n"
            "- Irina Viktorovna Lenskaya, a propagandist;\n- Sever Media Group LLC.")
    recs = sanctions(text, "Iceland aligns with new EU listings")
    iceland = targets_of(recs, "IS", "travel_ban")
    assert {"Pavel Sergeyevich Orlov", "Irina Viktorovna Lenskaya"} <= iceland, recs


def test_a_release_with_circled_numbers_under_bracketed_parts_after_as_follows() -> None:
    text = ("1. The Government of the Republic of Korea has decided to designate two individuals, one institution and one "
            "vessel involved in illicit transfers as subjects of independent sanctions.\n\n"
            " ○ This action was carried out in close coordination with the United States and Japan.\n\n"
            "2. The list of designated individuals, institution and vessels is as follows.\n\n"
            " < Individuals (2) >\n ① HAN Chol Su (한철수) / DOB: 1981.02.11 / Nationality: DPRK / Captain\n"
            " ② ZHAO Lifeng (赵立峰) / DOB: 1977.05.04 / Nationality: China / Ship broker\n\n"
            " < Institution (1) >\n ① Korea Taedong Shipping Company (조선대동선박회사) / Address: Pyongyang\n\n"
            " < Vessels (1) >\n ① PAEK HO 7 (백호7호) / IMO 8712345 / Flag: DPRK / Oil tanker\n\n"
            "3. The annual cap was set by UN Security Council resolution 2397.")
    recs = sanctions(text, "Government announces independent sanctions against North Korea")
    names = targets_of(recs, "KR", "asset_freeze")
    assert {"HAN Chol Su", "ZHAO Lifeng", "Korea Taedong Shipping Company", "PAEK HO 7"} <= names, recs
    assert "Japan" not in names and {r["authority_country"] for r in recs} == {"KR"}, recs


def test_a_decree_appendix_whose_measures_follow_the_colon_on_the_same_line() -> None:
    text = ("the National Security and Defense Council of Ukraine has decided:\n\n1. To apply personal special economic "
            "and other restrictive measures (sanctions) in accordance with the list of individuals (Appendix 1).\n\n"
            "Appendix 1\nto the decision of the National Security and Defense Council of Ukraine\n\nLIST\n"
            "of individuals subject to personal special economic and other restrictive measures (sanctions)\n\n"
            "1. HORBENKO Taras Ivanovych (ГОРБЕНКО Тарас Іванович), born 11.02.1974, Kursk, Russian Federation.\n\n"
            "2. LEVKOVA Iryna Petrivna (ЛЕВКОВА Ірина Петрівна), born 03.09.1982, Minsk, Republic of Belarus.\n\n"
            "Restrictive measures (sanctions) applied to the persons listed in items 1–2: blocking of assets – temporary "
            "restriction of the right of a person to use and dispose of its property; application of a ban on entry into "
            "the territory of Ukraine. Term of application: ten years.")
    recs = sanctions(text, "Decree of the President of Ukraine")
    assert {"HORBENKO Taras Ivanovych", "LEVKOVA Iryna Petrivna"} <= targets_of(recs, "UA", "asset_freeze"), recs


def test_licence_requirements_on_exports_are_export_controls_on_the_destination() -> None:
    text = ("The Dutch government on Friday published regulations that will require exporters to obtain a licence before "
            "shipping advanced lithography systems to China.\n\n"
            "Japan's Ministry of Economy, Trade and Industry (METI) has added 19 types of etching equipment to the list of "
            "items that require an export licence, leaving China as the largest market affected.")
    recs = sanctions(text, "Netherlands and Japan tighten chip-tool export curbs on China")
    assert {(r["authority_country"], r["measure"]) for r in recs} >= {("NL", "export_control"), ("JP", "export_control")}, recs
    assert "China" in targets_of(recs, "NL", "export_control")


def test_a_un_lists_vessel_entries_one_field_a_line() -> None:
    text = ("On 2 May 2025, the Security Council Committee established pursuant to resolution 1718 (2006) approved the "
            "addition of the entries specified below to its Sanctions List.\n\nA. Entities\n\n"
            "KPe.071 Name: TAEDONG RIVER SHIPPING COMPANY\nAddress: Nampo\nListed on: 2 May 2025\n\nB. Vessels\n\n"
            "1. Name: RYONG GANG 3\nIMO: 8712001\nListed on: 2 May 2025\nType: Oil tanker\n\n"
            "2. Name: BLUE HORIZON STAR\nIMO: 9123456\nListed on: 2 May 2025\nType: General cargo\n")
    names = targets_of(sanctions(text, "Security Council committee adds entries"), "UN", "asset_freeze")
    assert {"RYONG GANG 3", "BLUE HORIZON STAR"} <= names, names


def test_a_partner_after_and_its_home_and_ships_by_year_of_build_are_no_parties() -> None:
    from tests.support.records import deals, parties

    found = deals("Uruguay's Ministry of Health has signed a 20-year public-private partnership contract for the new "
                  "Hospital del Litoral with a consortium made up of Spain's Obrascon Salud S.A. and Montevideo-based "
                  "Clinicas del Plata S.A.")
    assert found and {"Obrascon Salud S.A.", "Clinicas del Plata S.A."} <= set(parties(found[0])), found
    ships = deals("Orion Bulk Holdings FZE signed a memorandum of agreement to acquire the 2008-built Nereid Spirit en "
                  "bloc for about $38m.")
    assert ships and "Nereid Spirit" not in parties(ships[0]), ships
