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


def test_the_following_named_far_before_the_colon_and_bullets_with_addresses() -> None:
    text = ("OFAC designated the following two entities and one individual pursuant to Executive Order (E.O.) 13818, "
            "\"Blocking the Property of Persons Involved in Serious Human Rights Abuse or Corruption\":\n\n"
            "• Tamarind Gold Refining Ltd. (a.k.a. TGR), Plot 12 Industrial Area, Kampala — refines smuggled gold.\n"
            "• Lakeside Bullion Trading FZE, Office 905, Gold Tower, Dubai — buys the refinery's output.\n"
            "• Moses Kato Byaruhanga; DOB 02 Feb 1969; nationality Uganda — owner of Tamarind Gold Refining.\n\n"
            "The Department of Commerce is adding two entities to the Entity List for exporting U.S.-origin "
            "assay equipment to the refinery:\n\n• Kampala Assay Services Ltd. (Uganda)\n• Nile Metallurgy Co. (Uganda)\n")
    recs = sanctions(text, "United States targets gold smuggling network")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"Tamarind Gold Refining Ltd.", "Lakeside Bullion Trading FZE", "Moses Kato Byaruhanga",
            "Kampala Assay Services Ltd.", "Nile Metallurgy Co."} <= names, names


def test_a_ban_on_financial_services_to_a_state_enterprise_is_sectoral() -> None:
    recs = sanctions("On June 5, 2024, Treasury prohibited the provision of certain financial services to or for the "
                     "benefit of Sudan Petroleum Corporation, the regime's main earner.", "Background")
    assert [(r["measure"], [t["name"] for t in r["targets"]]) for r in recs] == [
        ("sectoral", ["Sudan Petroleum Corporation"])], recs


def test_ships_britain_specifies_are_targets() -> None:
    text = ("Today the United Kingdom is specifying a further 12 vessels under its Russia sanctions regime, including "
            "the tankers Amur Light, Okhotsk Dawn and Kolyma Star.")
    names = {t["name"] for r in sanctions(text, "UK targets shadow fleet") for t in r["targets"]}
    assert {"Amur Light", "Okhotsk Dawn", "Kolyma Star"} <= names, names


def test_where_a_firm_comes_from_is_no_party() -> None:
    from tests.support.records import deals, parties

    recs = deals("Energoatom signed a contract worth about £90 million with Brackley Turbines Ltd, a family-owned firm "
                 "from Kettering, for two steam turbines.")
    assert recs and "Kettering" not in parties(recs[0]), recs


def test_a_filings_defined_terms_stand_for_the_names_they_define() -> None:
    from tests.support.records import deals, parties

    text = ("The Board announces that on 2 May 2025 the Purchaser entered into the Share Purchase Agreement with the "
            "Vendor, pursuant to which the Purchaser agreed to acquire 70% of the equity interest in the Target "
            "Company for a consideration of RMB120 million.\n\nThe consideration is subject to adjustment under the "
            "profit guarantee given by the Vendor.\n\nDEFINITIONS\n"
            "\"Company\" Orient Pearl Logistics Holdings Limited\n"
            "\"Purchaser\" Orient Pearl (Shenzhen) Supply Chain Co., Ltd., a wholly-owned subsidiary of the Company\n"
            "\"Target Company\" Foshan Jinhe Cold Storage Co., Ltd. (佛山金禾冷庫有限公司)\n"
            "\"Vendor\" Jiangmen Ruitai Investment Partnership (Limited Partnership)\n")
    recs = deals(text, "Discloseable transaction: acquisition of 70% of the Target Company")
    assert len(recs) == 1, recs
    names = parties(recs[0])
    assert {"Orient Pearl (Shenzhen) Supply Chain Co., Ltd.", "Foshan Jinhe Cold Storage Co., Ltd.",
            "Jiangmen Ruitai Investment Partnership (Limited Partnership)"} <= set(names), names
    assert "Target Company" not in names, names
