"""Rules added for the sixty-fourth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, sanctions


def _targets(text: str, title: str = "Sanctions update") -> set[tuple[str | None, str]]:
    return {(r["authority_country"], t["name"]) for r in sanctions(text, title) for t in r["targets"]}


def test_a_designation_recalled_for_one_now_removed_from_the_list_names_no_target() -> None:
    text = ("3. Removal from the list\nFollowing the confirmation of his death, one individual designated on May 12, 2023 "
            "(Mr. Pavel Ivanovich Grekov) will be removed from the list of persons subject to the asset-freeze measures.")
    names = {name for _, name in _targets(text, "Asset freeze measures")}
    assert "Pavel Ivanovich Grekov" not in names, names


def test_an_annexs_tables_under_part_headings_go_to_the_measure_that_refers_to_the_annex() -> None:
    rows = "\n".join(f"{n} | Person{n} Ivanovich Testov | Testov P. | 1 May 197{n} | Russia / Director" for n in range(1, 6))
    text = f"""Implementation of asset-freeze measures

1. The Government decided today to freeze the assets of the 5 individuals and 3 entities listed in Attachment 1.

2. The Ministry of Economy will prohibit exports to the 2 entities listed in Attachment 2.

3. Reference
The total number of designated persons is now 1,400.

4. Contact
Ministry of Finance, International Bureau.

(Attachment 1) Individuals and entities subject to asset-freeze measures

[Individuals]
No. | Name | Alias | Date of birth | Nationality / Title
{rows}

[Entities]
No. | Name | Alias | Address
1 | Northern Bearings Plant JSC | NBP | Samara, Russia
2 | Kama Optical Systems LLC | KOS | Kazan, Russia
3 | Silk Harbour Trading FZE | SHT | Ajman, United Arab Emirates

(Attachment 2) Entities subject to export prohibition

No. | Name | Alias | Address
1 | Blue Lotus Components Co., Ltd. | BLC | Shenzhen, China
2 | Anatolia Precision Makina Ltd. Sti. | APM | Istanbul, Turkiye
"""
    found = {(r["measure"], t["name"]) for r in sanctions(text, "Freeze") for t in r["targets"]}
    freeze = {name for measure, name in found if measure == "asset_freeze"}
    assert {"Person1 Ivanovich Testov", "Person5 Ivanovich Testov", "Northern Bearings Plant JSC",
            "Silk Harbour Trading FZE"} <= freeze, found
    assert not freeze & {"Blue Lotus Components Co., Ltd."}, found


def test_names_after_among_them_colon_among_the_new_names_and_names_among_them() -> None:
    cases = [
        ("The UK sanctioned 40 individuals, entities and vessels. Among them: Dvina Fuel Trading LLC, a Dubai-registered "
         "trader; Onega Freight JSC of Arkhangelsk; and Pyotr Lazarev, a banker.",
         "GB", {"Dvina Fuel Trading LLC", "Onega Freight JSC", "Pyotr Lazarev"}),
        ("The Council of the EU adopted new sanctions against Belarus. It covers 20 individuals and 9 entities. Among the new names are Kola Bunkering "
         "OOO, a fuel supplier, and Denis Arkadyevich Volkov, described as its owner.",
         "EU", {"Kola Bunkering OOO", "Denis Arkadyevich Volkov"}),
        ("Australia announced targeted financial sanctions on nine individuals and two entities. The department names "
         "Artem Sergeyevich Belov, a Tula-based broker, and Donskoy Munitions JSC among them.",
         "AU", {"Artem Sergeyevich Belov", "Donskoy Munitions JSC"}),
    ]
    for text, state, expected in cases:
        names = {name for country, name in _targets(text) if country == state}
        assert expected <= names, (text, names)


def test_a_count_in_quotes_is_the_actions_group_and_no_designations_are_none() -> None:
    found = sanctions('The Foreign Secretary said the UK was sanctioning "nearly 50" individuals and entities.', "Live")
    assert [r["authority_country"] for r in found] == ["GB"] and '"' not in (found[0]["unnamed_targets"] or ""), found
    assert sanctions("No Canadian designations today, then.", "Live") == []
    assert sanctions("There were no new Japanese designations on Tuesday.", "Live") == []


def test_an_instruments_list_far_below_goes_to_its_record_and_defendants_are_no_targets() -> None:
    filler = " ".join(f"Paragraph {n} describes how the scheme moved parts through brokers." for n in range(1, 26))
    text = ("An indictment unsealed today charges three people with smuggling.\n\n"
            "In a coordinated action, the Bureau of Industry and Security (BIS) issued a Temporary Denial Order (TDO) "
            "suspending the export privileges of several companies.\n\n"
            "The defendants are Ivan Petrenko, 41, of Riga; Olga Marsh, 37, of Miami; and Tarek Haddad, 50.\n\n"
            f"{filler}\n\nThe TDO names the following parties:\n\n"
            "- Polar Wing Aviation LLC, Moscow, Russia;\n- Oasis Aero Parts FZE, Sharjah, UAE; and\n- Ivan Petrenko, Riga, Latvia.\n")
    found = {(r["measure"], t["name"]) for r in sanctions(text, "Charges and a denial order") for t in r["targets"]}
    names = {name for measure, name in found if measure == "export_control"}
    assert {"Polar Wing Aviation LLC", "Oasis Aero Parts FZE", "Ivan Petrenko"} <= names, found
    assert not names & {"Olga Marsh", "Tarek Haddad"}, found


def test_ships_specified_apart_are_that_measures_and_lists_after_what_the_entries_cover() -> None:
    text = """On 2 June 2025, the UK Foreign, Commonwealth & Development Office added five entries to the UK Sanctions List under the Russia (Sanctions) (EU Exit) Regulations 2019 and specified two vessels under the same regulations.

All five designated persons are subject to an asset freeze. The designated individual is also subject to a travel ban.

Who is affected

The entries cover four companies and one individual, together with the two ships.

The companies are:

- Kara Sea Bunkering LLC, a fuel supplier registered in Murmansk, Russia;
- Lotus Gulf Ship Management FZE, a ship manager registered in Ajman, United Arab Emirates;
- Pacific Wren Pte. Ltd., a Singapore-registered tanker operator; and
- Caspian Dawn Trading LLC, a trading company registered in Baku, Azerbaijan.

The individual is Oleg Petrovich Sukhov, the director of Kara Sea Bunkering.

The ships are the tankers Arctic Wren (IMO 9234567) and Lotus Star (IMO 9345678).
"""
    found = {(r["measure"], t["name"]) for r in sanctions(text, "Sanctions brief") for t in r["targets"]}
    freeze = {name for measure, name in found if measure == "asset_freeze"}
    ships = {name for measure, name in found if measure == "other"}
    assert {"Kara Sea Bunkering LLC", "Lotus Gulf Ship Management FZE", "Pacific Wren Pte. Ltd.", "Caspian Dawn Trading LLC"} <= freeze, found
    assert ships == {"Arctic Wren", "Lotus Star"}, found
    assert not any(name.startswith("The ships") for _, name in found), found


def test_a_ban_on_the_export_sale_and_supply_of_goods_is_an_export_control_not_a_law_described() -> None:
    found = sanctions("In addition, Norway is prohibiting the export, sale or supply to Belarus of 20 additional goods.", "News")
    assert [(r["authority_country"], r["measure"]) for r in found] == [("NO", "export_control")], found
    found = sanctions("Canada is also amending the Regulations to prohibit the export, sale or shipment of drones to Iran.", "News")
    assert [(r["measure"], [t["name"] for t in r["targets"]]) for r in found] == [("export_control", ["Iran"])], found
    # (guard) what the regulations do in general is no action of the day
    described = sanctions("The Regulations impose an asset freeze on listed persons, and prohibit the export, sale or "
                          "supply of goods listed in other schedules to Russia.", "News")
    assert not any(r["measure"] == "export_control" for r in described), described


def test_some_of_these_counted_named_after_a_colon_and_a_board_is_no_target() -> None:
    text = ("Canada sanctioned five entities on Tuesday. Two of these suppliers are also being listed today: Lotus Gate "
            "Electronics Ltd., a Hong Kong distributor, and Boğaz Ticaret Ltd. Şti., an Istanbul trader. The Chair of its "
            "Management Board, Ilya Borisovich Sorokin, is also being sanctioned.")
    names = {name for _, name in _targets(text)}
    assert {"Lotus Gate Electronics Ltd.", "Boğaz Ticaret Ltd. Şti."} <= names, names
    assert "Management Board" not in names, names


def test_the_groups_a_regime_is_named_after_are_no_targets_and_prevented_from_entering_is_a_travel_ban() -> None:
    text = ("The committee said it had approved the addition of Hassan Ali Dheere to its ISIL (Da'esh) and Al-Qaida "
            "sanctions list. The listing requires all member states to prevent Dheere from entering or transiting "
            "through their territory.")
    found = {(r["measure"], t["name"]) for r in sanctions(text, "UN adds financier") for t in r["targets"]}
    names = {name for _, name in found}
    assert "Hassan Ali Dheere" in names and not names & {"ISIL", "Al-Qaida"}, found
    assert ("travel_ban", "Hassan Ali Dheere") in found, found


def test_lenders_after_the_colon_of_a_financing_and_the_project_company_by_its_name() -> None:
    text = ("Astra Wind S.A. (the \"Project Company\") will build the 300 MW Pampa Alta wind farm. The US$210 million "
            "senior loan was provided by a club of three international lenders: Nordhavn Bank A/S, acting as mandated lead "
            "arranger (US$90 million); Banco Andino S.A., as lender (US$70 million); and Kestrel Trust Bank plc, as lender "
            "(US$50 million). Separately, Mistral Capital Ltd. signed an agreement to invest in the Project Company.")
    found = deals(text, "Financial close")
    financing = next(d for d in found if d["deal_type"] == "financing")
    assert {"Nordhavn Bank A/S", "Banco Andino S.A.", "Kestrel Trust Bank plc"} <= {p["name"] for p in financing["parties"]}, found
    names = {p["name"] for d in found for p in d["parties"]}
    assert "Project Company" not in names and "Astra Wind S.A." in names, found


def test_a_round_led_by_an_investor_is_an_investment_and_what_a_deal_would_allow_is_none() -> None:
    found = deals("Rival Quayside Robotics Inc. raised $120 million in March in a round led by Heron Peak Capital.", "Funding")
    assert [d["deal_type"] for d in found] == ["investment"], found
    assert {"Heron Peak Capital"} <= {p["name"] for p in found[0]["parties"]}, found
    assert deals("The minister said the arrangement would allow Estonia to buy the system on the same terms as the "
                 "Finnish Defence Forces.", "Defence") == []


def test_ministries_acting_in_the_sentence_are_no_targets() -> None:
    text = ("BEIJING, March 4 (Xinhua) -- China on Tuesday announced countermeasures against U.S. defense companies, with "
            "the Ministry of Commerce (MOFCOM) adding Talon Ridge Systems Inc. to its unreliable entity list and the "
            "Ministry of Foreign Affairs announcing sanctions on Beacon Arms Corp.")
    names = {name for _, name in _targets(text, "China announces countermeasures")}
    assert {"Talon Ridge Systems Inc.", "Beacon Arms Corp."} <= names, names
    assert not names & {"Ministry of Commerce", "Ministry of Foreign Affairs"}, names


def test_a_department_targeting_names_its_target_and_a_proposals_items_are_none() -> None:
    names = {name for _, name in _targets("The Treasury Department said it was targeting Zibo Hengda Refining Co., Ltd., "
                                          "a plant in Shandong province.", "US sanctions refinery")}
    assert "Zibo Hengda Refining Co., Ltd." in names, names
    text = ("What is in the proposal?\n\nThe Commission presented its proposal on Friday. According to diplomats, the main "
            "elements under discussion include:\n\n- a ban on imports of Russian aluminium from 2027;\n"
            "- transaction bans on four more banks in Russia;\n- further export restrictions on machine tools.\n")
    assert sanctions(text, "Explainer: the next package") == []


def test_a_headlines_state_sanctions_case_is_the_topic_not_the_state_acting() -> None:
    text = ("Brabant Pumps Group has agreed to pay €1.2mn to settle a criminal investigation into exports of pumps to "
            "Russia.\n\nThe Netherlands' Public Prosecution Service (Openbaar Ministerie) said on Tuesday that the group's "
            "operating company, Brabant Pumps B.V., had accepted an out-of-court settlement consisting of a €900,000 fine."
            "\n\nProsecutors said the company had shipped pumps in breach of the Dutch Sanctions Act.")
    found = sanctions(text, "Dutch pump maker pays €1.2mn to settle Russia sanctions case")
    assert {r["authority_country"] for r in found} == {"NL"}, found
