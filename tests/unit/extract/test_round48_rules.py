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
