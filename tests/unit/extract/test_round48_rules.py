"""Rules added for the forty-eighth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions, targets


def test_an_address_written_straight_after_a_name_is_no_target() -> None:
    text = ("The Bureau of Industry and Security today added Qingdao Lumen Optics Co., Ltd., Unit 5, Block C, Sunrise "
            "Plaza, Laoshan District, Qingdao, and Vega Motion Components FZE, Hamriyah Free Zone, for supplying "
            "gyroscopes to Russia, and Karadeniz Makine Sanayi A.S., Ikitelli Organize Sanayi Mahallesi, Basaksehir, "
            "Istanbul, and Dunmore Trading Ltd. to the Entity List.")
    names = targets(text, "Commerce adds four entities to the Entity List")
    assert {"Qingdao Lumen Optics Co., Ltd.", "Vega Motion Components FZE", "Karadeniz Makine Sanayi A.S."} <= names, names
    assert not names & {"Sunrise Plaza", "Qingdao", "Hamriyah Free Zone", "Basaksehir", "Istanbul", "Laoshan District"}, names


def test_a_place_after_the_aliases_in_a_names_brackets_is_no_target() -> None:
    text = ("In a final rule, BIS added Polar Crest Trading Limited (also known as Polar Crest HK; Sha Tin, New "
            "Territories, Hong Kong) to the Entity List.")
    names = targets(text, "Entity List additions")
    assert "Polar Crest Trading Limited" in names, names
    assert not names & {"Sha Tin", "New Territories"}, names


def test_how_a_committee_decides_names_no_target() -> None:
    text = ("BIS added Orvex Systems LLC to the Entity List.\n\nAdditional information\n\nThe Licensing Review Board "
            "(LRB) is chaired by Commerce. The LRB makes all decisions to add an entry to the Entity List by majority vote.")
    names = targets(text, "Commerce adds Orvex Systems")
    assert "Orvex Systems LLC" in names, names
    assert not names & {"Licensing Review Board", "LRB"}, names


def test_a_ministrys_order_acts_for_the_state_its_heading_names() -> None:
    text = ("Order of the Ministry of Foreign Affairs of the People's Republic of China\nNo. 9\n\n"
            "In accordance with the Anti-Foreign Sanctions Law, the Ministry of Foreign Affairs has decided to take the "
            "following countermeasures:\n\n"
            "Countermeasures shall be taken against the following U.S. companies:\n\n"
            "1.\nAltamira Defense Systems, Inc.\n2.\nBrookfield Avionics LLC\n\n"
            "Their movable and immovable property within China shall be frozen.")
    recs = sanctions(text, "Decision on countermeasures against two U.S. companies")
    frozen = [r for r in recs if r["measure"] == "asset_freeze"]
    assert frozen and frozen[0]["authority_country"] == "CN", recs
    names = {t["name"] for r in frozen for t in r["targets"]}
    assert {"Altamira Defense Systems, Inc.", "Brookfield Avionics LLC"} <= names, names


def test_hearsay_of_a_step_to_come_and_a_reporters_question_are_no_actions() -> None:
    assert sanctions("Some reports say the Ministry of Commerce will put Tallis Robotics on the Unreliable Entity List.",
                     "Briefing") == []
    assert sanctions("On the question about the Entity List, the spokesperson referred reporters to the ministry.",
                     "Briefing") == []


def test_the_list_of_those_subject_to_measures_and_the_listings_they_concern() -> None:
    text = ("The Council today added two individuals and one entity to the list of those subject to restrictive "
            "measures in view of the situation in Belarus.\n\nThe listings concern:\n\n"
            "- Anatol Vrublevsky, a judge of the Minsk City Court who sentenced opposition figures;\n"
            "- Ksenia Zhdanovich, deputy head of a detention centre in Zhodino;\n"
            "- Belkommunpress Holding, a publisher of state propaganda.\n\n"
            "The legal acts have been published in the Official Journal. Council Decision (CFSP) 2025/911 amending "
            "Decision 2012/642/CFSP concerning restrictive measures against Belarus.")
    names = targets(text, "Belarus: Council lists two individuals and one entity")
    assert {"Anatol Vrublevsky", "Ksenia Zhdanovich", "Belkommunpress Holding"} <= names, names
    assert not any("/" in n for n in names), names


def test_whom_the_deeds_befell_is_no_target() -> None:
    text = ("Following the death in custody of Arman Seyedi, the Council on 17 October 2022 froze the assets of the "
            "so-called prison police, together with six individuals and two other entities.")
    names = targets(text, "Council acts over death in custody")
    assert "Arman Seyedi" not in names, names


def test_taking_over_a_role_is_no_acquisition() -> None:
    from tests.support.records import deals

    text = ("Orchard Grain Trading LLC, a Dubai-based firm, took over marketing functions previously performed by "
            "Westmere Commodities Ltd after the latter was wound up.")
    assert deals(text) == []


def test_ships_identified_as_blocked_property_named_far_below() -> None:
    text = ("Today, OFAC is sanctioning three entities involved in shipping Iranian oil. OFAC is also identifying two "
            "vessels as property in which blocked persons have an interest.\n\n"
            "Harbour Crest Shipping Co., Limited, based in Hong Kong, was designated for managing tankers.\n\n"
            "Kestrel Line Inc. was designated for owning tankers. Northgate Marine FZE was designated for crewing "
            "them.\n\nSHIPS\n\nHarbour Crest is the commercial manager of the LYRA DAWN (IMO 9241172) and the "
            "registered manager of the OCEAN VESTA (IMO 9188045).")
    names = targets(text, "Treasury targets Iranian oil shipping network")
    assert {"LYRA DAWN", "OCEAN VESTA"} <= names, names
