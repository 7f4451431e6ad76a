"""Rules added from the seventy-second held-out round (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets


def test_a_federal_register_rules_parts_by_country_with_a_lead_paragraph_name_the_entries() -> None:
    text = ("SUMMARY: In this final rule, BIS amends the EAR by adding 5 entities to the Entity List.\n\n"
            "Additions to the Entity List\n\nThe ERC determined to add the following entities:\n\n"
            "China. Three entities are added for acquiring U.S.-origin items in support of military modernization. BIS "
            "imposes a license requirement for all items subject to the EAR.\n\n"
            "- Hefei Jinming Optics Co., Ltd., 12 Wangjiang Road, Hefei;\n"
            "- Kunlun Ridge Trading Limited, Unit 5, 88 Queen's Road, Hong Kong; and\n"
            "- Tianjin Haike Sensors Co., Ltd., 3 Binhai Road, Tianjin.\n\n"
            "Iran. Two entities are added for their role in procurement for UAV programs.\n\n"
            "- Kavir Sanat Rotor Co., Industrial Zone 2, Tabriz; and\n- Zagros Kimia Engineering Company, Tehran.\n")
    found = targets(text, "Additions to the Entity List")
    assert found >= {"Hefei Jinming Optics Co., Ltd.", "Kunlun Ridge Trading Limited", "Tianjin Haike Sensors Co., Ltd.",
                     "Kavir Sanat Rotor Co.", "Zagros Kimia Engineering Company"}, found
    assert not {"China", "Iran", "Industrial Zone"} & found, found


def test_a_list_cue_with_a_colon_after_partners_actions_is_the_headline_states() -> None:
    text = ("New Zealand has today imposed travel bans on three extremist settlers involved in violent attacks.\n\n"
            "The action has been coordinated with Australia and the United Kingdom. Australia today imposed targeted "
            "financial sanctions on the same three individuals. The United Kingdom today designated the settler "
            "organisation Har Gilad Farm Collective, subjecting it to an asset freeze.\n\n"
            "The individuals subject to travel bans are:\n\n1. Yoav Ben-Ami — a leader of arson attacks.\n\n"
            "2. Noam Sasson — involved in expulsions.\n\n3. Eden Mizrahi — organised online incitement.\n")
    recs = sanctions(text, "New Zealand imposes travel bans on violent settlers")
    names = {t["name"] for r in recs if r["authority_country"] == "NZ" for t in r["targets"]}
    assert names >= {"Yoav Ben-Ami", "Noam Sasson", "Eden Mizrahi"}, recs
    assert not any(t["name"] == "Yoav Ben-Ami" for r in recs if r["authority_country"] == "GB" for t in r["targets"]), recs


def test_a_backgrounder_heading_with_its_title_opens_the_releases_list() -> None:
    text = ("Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions under the Special Economic "
            "Measures (Iran) Regulations on 2 individuals and 1 entity for gross human rights violations.\n\n"
            "The names of the listed individuals and entities are set out in the backgrounder below.\n\n"
            "\"Canada stands with the people of Iran,\" said the Minister.\n\nQuick facts\n\n- Since 2022, Canada has "
            "sanctioned more than 200 Iranian individuals and entities.\n\n"
            "Backgrounder: Individuals and entities subject to sanctions\n\nIndividuals\n\n"
            "1. Bahram Nouri-Azad - Head of Branch 3 of the Revolutionary Court of Tabriz\n"
            "2. Sima Ghaffari-Rad - Director of Evin Prison's women's ward\n\nEntities\n\n"
            "1. Negar Vision Technology Company - Supplier of facial recognition cameras\n")
    assert targets(text, "Canada imposes sanctions on Iranian officials") >= {
        "Bahram Nouri-Azad", "Sima Ghaffari-Rad", "Negar Vision Technology Company"}
