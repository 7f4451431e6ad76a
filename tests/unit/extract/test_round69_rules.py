"""Rules added from the sixty-ninth held-out round (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets


def test_the_bodies_that_enforce_sanctions_are_no_targets() -> None:
    text = ("Canada today imposed sanctions on two entities under the Special Economic Measures (Russia) Regulations: "
            "Azov Tide Shipping Inc. and Northern Reach Maritime Ltd.\n\n- Canada's sanctions are enforced by the Royal "
            "Canadian Mounted Police and the Canada Border Services Agency.")
    names = targets(text, "Canada sanctions shadow fleet")
    assert {"Azov Tide Shipping Inc.", "Northern Reach Maritime Ltd."} <= names
    assert not {"Mounted Police", "Royal Canadian Mounted Police", "Canada Border Services Agency"} & names, names


def test_dutch_customs_fining_an_exporter_is_a_dutch_penalty() -> None:
    found = sanctions("Dutch customs has fined Veluwe Motion Systems B.V. EUR 1.35 million for exporting dual-use "
                      "positioning stages to Russia through Kazakhstan.", "Dutch customs fines exporter")
    assert [(r["authority_country"], r["measure"]) for r in found] == [("NL", "financial_penalty")], found


def test_a_list_headed_by_where_it_stands_in_the_regulations_names_the_actions_targets() -> None:
    text = ("Canada is imposing sanctions on 2 vessels and 1 entity under the Special Economic Measures (Russia) "
            "Regulations.\n\nBackgrounder\n\nVessels (Schedule 7):\n1. Kara Dawn (IMO 9155017), crude oil tanker\n"
            "2. Neva Spirit (IMO 9121779), products tanker\n\nEntities (Schedule 1, Part 1):\n"
            "1. Onega Tide Shipping Inc. (Marshall Islands), registered owner of the Kara Dawn\n")
    assert targets(text, "Canada sanctions shadow fleet tankers") >= {"Kara Dawn", "Neva Spirit", "Onega Tide Shipping Inc."}


def test_a_list_of_legal_entities_by_country_of_registration_names_the_actions_targets() -> None:
    text = ("Restrictive measures under the decision of the National Security and Defense Council of Ukraine are imposed "
            "for 10 years on 3 legal entities registered in China and Türkiye.\n\nThe measures applied to the legal "
            "entities include the blocking of assets.\n\nThe list of legal entities, by country of registration:\n\n"
            "People's Republic of China\n1. Shenzhen Lumen Microchips Co., Ltd. — microcontrollers\n"
            "2. Ningbo Crest Bearings Co., Ltd. — bearings\n\nRepublic of Türkiye\n"
            "3. Bosphorus Makina Sanayi ve Ticaret A.Ş. — machine tools\n")
    assert targets(text, "Ukraine sanctions foreign suppliers") >= {
        "Shenzhen Lumen Microchips Co., Ltd.", "Ningbo Crest Bearings Co., Ltd.", "Bosphorus Makina Sanayi ve Ticaret A.Ş."}


def test_a_newsletters_round_raised_by_the_company_named_in_its_bullet_headline() -> None:
    from tests.support.records import deals, parties

    found = deals("• Lumen Health (Berlin) — €18m Series A. The company, which uses smartphone imaging to monitor "
                  "wounds, raised the round led by Northgate Ventures.", "Funding rounds this week")
    assert [set(parties(d)) for d in found] == [{"Lumen Health", "Northgate Ventures"}], found
