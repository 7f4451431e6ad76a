"""Rules added for the forty-third held-out round and its reading of round 42's misses, on invented texts (none of
the rounds' sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions


def _measures(text: str, title: str = "Sanctions announced") -> list[str | None]:
    return [r["measure"] for r in sanctions(text, title)]


def test_a_measure_named_after_despite_is_background_not_an_action() -> None:
    background = ("Investigators say Western-made chips are still found in drones shot down over Kharkiv, despite export "
                  "restrictions in the countries where they are made.")
    assert _measures(background, "Drone parts") == []
    assert _measures("Shipments of the parts continued in spite of sanctions imposed by Washington last year.",
                     "Drone parts") == []
    # an action reported beside a "despite" clause is still read
    acted = ("Despite objections from Budapest, the Council on Monday imposed an asset freeze on Orlan Trading LLC, "
             "a Minsk-based supplier of machine tools.")
    assert "asset_freeze" in _measures(acted, "EU sanctions Belarusian supplier")


def _targets_of(text: str, title: str, measure: str) -> set[str]:
    return {t["name"] for r in sanctions(text, title) if r["measure"] == measure for t in r["targets"]}


def test_an_annex_by_country_under_formal_state_names_and_a_second_annex_far_below() -> None:
    entries = []
    for k, (state, name, city) in enumerate([
        ("Republic of Moldova", "Codru Precision Trading SRL", "Chisinau"), ("Kingdom of Morocco", "Atlas Relay Components SARL", "Rabat"),
        ("Kyrgyz Republic", "Naryn Elektro Servis OsOO", "Bishkek"), ("Republic of Uzbekistan", "Samarkand Optika Servis MChJ", "Samarkand"),
        ("Hong Kong, China", "Harbour Crest Components Limited", "Kowloon"), ("Republic of Türkiye", "Karadeniz Makina Ltd. Şti.", "Trabzon"),
    ], start=1):
        entries.append(f"{state}\n{k}. {name}\nAddress: 12 Central Street, {city}")
    text = ("The Ministry of Economy, Trade and Industry has decided to prohibit exports to the six entities listed in Annex 1 "
            "and to the two entities in Russia listed in Annex 2.\n\nThe measures take effect on 3 March.\n\n"
            "Annex 1: Entities in third countries subject to the export ban (6 entities)\n\n" + "\n\n".join(entries) +
            "\n\nAnnex 2: Entities in Russia added to the list of military end users (2 entities)\n"
            "1. Joint Stock Company \"Tver Signal Plant\"\nAddress: 4 Zavodskaya Street, Tver, Russia\n"
            "2. Omsk Research Institute of Navigation Systems\nAddress: 9 Lenina Street, Omsk, Russia")
    found = _targets_of(text, "Export ban measures on entities in third countries", "export_control")
    assert {"Codru Precision Trading SRL", "Atlas Relay Components SARL", "Naryn Elektro Servis OsOO",
            "Samarkand Optika Servis MChJ", "Harbour Crest Components Limited", "Karadeniz Makina Ltd. Şti.",
            "Omsk Research Institute of Navigation Systems"} <= found
    assert any("Tver Signal Plant" in name for name in found)
    assert not found & {"Moldova", "Morocco", "Uzbekistan", "Türkiye", "Hong Kong"}


def test_an_annex_numbered_no_and_referred_to_in_lower_case_gives_the_group_its_travel_ban() -> None:
    text = ("Wellington, 4 May 2026\n\nThe Foreign Minister today announced sanctions on a further five individuals and "
            "entities. The designations are made under the Russia Sanctions Amendment Regulations (No. 4) 2026. The assets "
            "of all those designated are frozen.\n\nThe designated individuals are also banned from travelling to New "
            "Zealand.\n\nA full list of the designations is set out in the annex below.\n\n"
            "Annex: Designations under the Russia Sanctions Amendment Regulations (No. 4) 2026\n\nIndividuals\n"
            "1. Oleg Petrovich Zaitsev – deputy director, Volga Avionika JSC\n2. Marina Sergeyevna Kulik – owner of "
            "Kulik Trade LLC\n\nEntities\n3. Volga Avionika JSC – maker of drone parts\n4. Kulik Trade LLC – importer of "
            "machine tools\n5. Baikal Optical Works – maker of sights")
    title = "New Zealand sanctions Russian suppliers"
    people = {"Oleg Petrovich Zaitsev", "Marina Sergeyevna Kulik"}
    assert people | {"Volga Avionika JSC", "Kulik Trade LLC", "Baikal Optical Works"} <= _targets_of(text, title, "asset_freeze")
    assert _targets_of(text, title, "travel_ban") == people


def test_an_annex_reference_goes_to_the_annex_of_its_number() -> None:
    text = ("The Ministry decided to freeze the assets of the persons listed in Annex 1. It also decided to prohibit "
            "exports to the entities listed in Annex 2.\n\nAnnex 1: Persons added\n1. Pavel Ivanovich Gromov\n"
            "2. Irina Olegovna Sokol\n\nAnnex 2: Entities added\n1. Ural Gearbox Plant JSC\n"
            "2. Kama Diesel Components LLC")
    title = "Japan imposes sanctions"
    people, companies = {"Pavel Ivanovich Gromov", "Irina Olegovna Sokol"}, {"Ural Gearbox Plant JSC", "Kama Diesel Components LLC"}
    assert _targets_of(text, title, "export_control") == companies
    assert _targets_of(text, title, "asset_freeze") == people


def test_a_long_annex_heading_a_military_unit_and_a_framework_that_imposes_nothing() -> None:
    text = ("The Council today imposed restrictive measures on two individuals and one entity responsible for cyber-attacks "
            "against member states.\n\nThe Council established a framework in 2019 which allows the EU to respond to "
            "cyber-attacks where restrictive measures are considered necessary to achieve the objectives of the Common "
            "Foreign and Security Policy.\n\nAnnex – Persons and entities added to the list (Council Decision (CFSP) "
            "2019/797 and Council Regulation (EU) 2019/796, as amended)\n\nNatural persons\n"
            "1. Pavel Igorevich SEMYONOV; DOB: 3.4.1988. Operator of the group.\n"
            "2. Oksana Viktorovna BELYAEVA; DOB: 9.9.1990. Officer of military unit 74455.\n\n"
            "Legal persons, entities and bodies\n"
            "1. Military unit 74455 of the Main Directorate of the General Staff of the Armed Forces of the Russian "
            "Federation (GU/GRU). Address: Moscow, Russian Federation.")
    found = sanctions(text, "Cyber-attacks: Council sanctions two individuals and one entity")
    names = {t["name"] for r in found for t in r["targets"]}
    assert {"Pavel Igorevich SEMYONOV", "Oksana Viktorovna BELYAEVA"} <= names
    assert any(name.startswith("Military unit 74455 of the Main Directorate") for name in names)
    assert not any("Foreign" in name or "Security Policy" in name for name in names)
    assert not any("framework" in r["evidence"] for r in found)


def test_a_medicines_regulatory_designation_is_no_sanction() -> None:
    text = ("Velora Bio said the candidate has received Breakthrough Therapy designation and Orphan Drug Designation from "
            "the U.S. Food and Drug Administration for the treatment of a rare liver disease.")
    assert sanctions(text, "Velora Bio licenses liver drug to Kando Pharma") == []
    assert [r["measure"] for r in sanctions("OFAC announced the designation of Corvex Trading LLC on Tuesday.",
                                            "Treasury sanctions trader")] == ["asset_freeze"]


def test_regulators_that_will_review_the_deal_are_not_its_parties() -> None:
    text = ("Norvale Bank and Baia Credit agreed on Monday to combine in an all-share deal worth 3 billion euros. "
            "The European Central Bank must sign off on the change of control, while the Bank of Italy and the "
            "competition authority AGCM will also review the deal.")
    found = [(d["deal_type"], parties(d)) for d in deals(text, "Norvale and Baia agree to merge")]
    assert len(found) == 1 and set(found[0][1]) == {"Norvale Bank", "Baia Credit"}


def test_signing_for_ships_at_a_yard_is_a_contract_with_the_yard() -> None:
    text = ("Baltic Feeder Lines has returned to South Korea for its largest order in a decade, signing for six "
            "methanol-ready 7,000 teu containerships at Hanjin Heavy Industries Co., Ltd.")
    found = [(d["deal_type"], parties(d)) for d in deals(text, "Shipping news")]
    assert found == [("contract", ["Baltic Feeder Lines", "Hanjin Heavy Industries Co., Ltd."])]


def test_banks_that_acted_as_joint_lead_managers_are_the_bonds_parties() -> None:
    text = ("The Republic of Moldova successfully priced its inaugural EUR 500 million eurobond on Tuesday.\n\n"
            "Banca Transilvania S.A., Citigroup Global Markets Europe AG and Raiffeisen Bank International AG acted as "
            "joint lead managers and joint bookrunners on the transaction.")
    [bond] = deals(text, "Moldova prices debut eurobond")
    assert {"Banca Transilvania S.A.", "Citigroup Global Markets Europe AG", "Raiffeisen Bank International AG"} <= set(parties(bond))
