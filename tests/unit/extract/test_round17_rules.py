"""Unit tests for the round 17 extraction rules, on hand-written texts.

Numbered annexes headed by their measure ("(Annex 2) Entities subject to asset-freezing measures"), "the Council
listed X", names after "as well as its <role>, A" past a target's description, quoted names after a spelled-out form,
"and the bank is X", a counted group then a colon, fines stated in the passive, duties not met, list names and
placeholders that are no parties, a UN list entry's labels, and deal wording (a trade agreement's title, a rival's
walk-away). Every person, company and vessel named here is invented; the texts were written for these tests, not taken
from the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets
from tradewatch.extract.parties import find_entities


def _by_measure(recs: list[dict]) -> dict[str | None, set[str]]:
    out: dict[str | None, set[str]] = {}
    for rec in recs:
        out.setdefault(rec["measure"], set()).update(t["name"] for t in rec["targets"])
    return out


_ANNEXES = """1. The Government of Japan approved today the implementation of the following measures.

(1) Measures to freeze the assets of individuals and entities related to the Russian Federation
Asset-freezing measures will be implemented against 2 individuals and 2 entities (Annex 1 and Annex 2).
(2) Measures to prohibit exports to entities in third countries
Measures to prohibit exports will be implemented against 2 entities located in third countries (Annex 3).

(Annex 1) Individuals subject to asset-freezing measures (2 individuals)
1. Boris Andreyevich KALMYKOV
Director, Limited Liability Company "Stankoimport-Ural"
2. Galina Petrovna USTINOVA
Chief accountant of a defence supplier

(Annex 2) Entities subject to asset-freezing measures (2 entities)
1. Limited Liability Company "Stankoimport-Ural"
Importer of machine tools
2. Joint Stock Company "Orbita-Komponent"
Maker of navigation modules

(Annex 3) Entities in third countries subject to export prohibition measures and similar restrictions (2 entities)
1. Ningbo Tianrui Motion Control Co., Ltd. (China)
2. Karadeniz Endustriyel Tedarik A.S. (Turkiye)
"""


def test_each_numbered_annex_goes_to_the_measure_its_heading_names():
    recs = _sanctions(_ANNEXES, "Sanctions measures regarding the situation surrounding Ukraine")
    by_measure = _by_measure(recs)
    freeze, exports = by_measure.get("asset_freeze", set()), by_measure.get("export_control", set())
    assert {"Boris Andreyevich KALMYKOV", "Galina Petrovna USTINOVA"} <= freeze
    assert {"Stankoimport-Ural", "Orbita-Komponent"} <= freeze
    # (the third heading runs past 80 characters after "Annex": it still heads its list)
    assert {"Ningbo Tianrui Motion Control Co., Ltd.", "Karadeniz Endustriyel Tedarik A.S."} <= exports
    assert not exports & {"Boris Andreyevich KALMYKOV", "Galina Petrovna USTINOVA"}


def test_the_council_listed_and_targeted_name_their_targets():
    text = (
        "The Council today decided to impose restrictive measures on an additional five individuals and two entities.\n\n"
        "The Council also targeted Nordlicht Media LLC, a company based in Pskov that runs networks of websites "
        "impersonating European newspapers, as well as its general director, Ilya Sergeyevich MORSHIN, and Daria "
        "Olegovna PETRENKO, who edits its fabricated articles.\n\n"
        "In addition, the Council listed Baltic Signal Systems FZE, a company that has supplied jamming equipment, "
        "together with its beneficial owner, Timur Rashidovich GALEEV.\n\n"
        "Today's listings also include Andrei Viktorovich SOLNTSEV, a businessman who paid protesters.\n\n"
        "Those listed today are subject to an asset freeze."
    )
    names = _targets(text, "EU lists further individuals over hybrid threats")
    assert {"Nordlicht Media LLC", "Ilya Sergeyevich MORSHIN", "Daria Olegovna PETRENKO", "Baltic Signal Systems FZE",
            "Timur Rashidovich GALEEV", "Andrei Viktorovich SOLNTSEV"} <= names
    assert not any("Pskov" in n or "European" in n for n in names)


def test_a_quoted_name_after_its_spelled_out_form_is_one_organisation():
    text = "The Council listed the Autonomous Non-Profit Organisation 'Grazhdanskiy Vybor', which paid protesters."
    ents = find_entities(text)
    names = {e.name: e.kind for e in ents}
    assert names.get("Grazhdanskiy Vybor") == "organization"
    assert not any(n.endswith("'") or n.startswith("Autonomous") for n in names)


def test_a_plural_possessive_keeps_its_apostrophe():
    ents = find_entities("The loan came from the Teachers' Pension Fund and was repaid in May.")
    assert any(e.name.startswith("Teachers'") for e in ents)


def test_the_bank_named_after_the_people_is_a_target_too():
    text = (
        "Seoul on Tuesday imposed sanctions on three North Korean individuals and a bank over arms deals.\n\n"
        "The three individuals are Ri Chol-ho, Kang Mi-sun and Choe Yong-nam, and the bank is Kumsong Trade Bank, "
        "according to the foreign ministry."
    )
    assert {"Ri Chol-ho", "Kang Mi-sun", "Choe Yong-nam", "Kumsong Trade Bank"} <= _targets(text, "Seoul sanctions")


def test_a_counted_group_then_a_colon_names_its_members():
    text = (
        "OFAC designated the alleged launderer, Rodrigo Esteban Luna Pardo, together with three companies he is said to "
        "own: Costa Brava Holdings S.A., a property developer in Lima, Pacifico Frutas Ltd, a fruit exporter registered "
        "in London, and Andes Logistica SAC."
    )
    names = _targets(text, "Treasury sanctions launderer")
    assert {"Rodrigo Esteban Luna Pardo", "Costa Brava Holdings S.A.", "Pacifico Frutas Ltd", "Andes Logistica SAC"} <= names
    assert "Lima" not in names and "London" not in names


def test_a_count_added_to_the_list_is_an_action():
    text = (
        "On 3 June, the department decided to add further individuals and companies to the sanctions list.\n\n"
        "It has added 12 individuals and 9 entities to the list. They include Pyotr Ilyich SAVIN, who owns a drone "
        "maker; Polar Crude Shipping LLC, which manages tankers; and Wuxi Jingdian Instruments Co., Ltd., a supplier "
        "of machine tools."
    )
    recs = _sanctions(text, "Switzerland adopts listings")
    assert any(r["measure"] == "asset_freeze" for r in recs)
    assert {"Pyotr Ilyich SAVIN", "Polar Crude Shipping LLC", "Wuxi Jingdian Instruments Co., Ltd."} <= _targets(text)


def test_a_fine_then_the_firm_penalised_and_a_duty_not_met():
    text = (
        "The Central Bank of the UAE has fined a Dubai-based exchange house Dh3.2 million for breaching sanctions rules.\n\n"
        "Al Noor Horizon Exchange, which runs 14 branches, was penalised under Article 14 of the law.\n\n"
        "According to the regulator, the company failed to freeze funds and did not report matches against the UAE's "
        "Local Terrorist List."
    )
    recs = _sanctions(text, "UAE central bank fines exchange house")
    assert [r["measure"] for r in recs] == ["financial_penalty"]
    rec = recs[0]
    assert rec["authority_country"] == "AE"
    assert rec["amount"] == 3_200_000 and rec["currency"] == "AED"
    assert [t["name"] for t in rec["targets"]] == ["Al Noor Horizon Exchange"]


def test_a_port_entry_ban_is_no_travel_ban_and_entry_labels_are_no_names():
    text = (
        "On 2 March, the Committee designated the individual specified below, who is subject to the assets freeze and "
        "the travel ban.\n\n"
        "KPi.093 Name: 1: PAK 2: YONG SU 3: na 4: na\n"
        "Title: na Designation: Director, Sea Dragon Marine Ltd.\n\n"
        "1. JADE HARBOUR 7 IMO: 9123456 Flag: Togo Registered owner: Sea Dragon Marine Ltd. Measures: Assets freeze; "
        "port entry ban."
    )
    recs = _sanctions(text, "1718 Committee adds one individual")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert not any("Name" in n or "Measures" in n or n == "Registered" or n.startswith("KPi") for n in names)
    ban = [r for r in recs if r["measure"] == "travel_ban"]
    assert ban and not any("JADE" in t["name"] for r in ban for t in r["targets"])


def test_experts_panels_list_names_and_placeholders_are_no_parties():
    ents = {e.name for e in find_entities(
        "The Panel of Experts documented the transfers. Suppose Blocked Person A owns 50 percent of Company 1, which "
        "appears on the Consolidated List of designated persons."
    )}
    assert not ents & {"Panel of Experts", "Blocked Person A", "Person A", "Company 1", "Consolidated"}


def test_travel_restrictions_for_natural_persons_are_a_travel_ban():
    text = (
        "The Council today decided to prolong the restrictive measures for a further six months.\n\n"
        "The measures consist of travel restrictions for natural persons and the freezing of assets."
    )
    assert {"travel_ban", "asset_freeze"} <= {r["measure"] for r in _sanctions(text, "EU sanctions prolonged")}


def test_cooperation_on_export_controls_is_no_measure():
    text = "Under the agreement, Ghana will cooperate with the United States on export controls and investment screening."
    assert not [r for r in _sanctions(text, "Trade agreement signed") if r["measure"] == "export_control"]


def test_an_agreement_on_reciprocal_trade_between_two_states():
    text = (
        "Trade Representative Ana Lowell and Ghana's Minister for Trade and Industry Kofi Mensah-Boateng on Monday "
        "signed the United States–Ghana Agreement on Reciprocal Trade."
    )
    found = _deals(text, "United States and Ghana sign trade agreement")
    assert [(d["deal_type"], sorted(_parties(d))) for d in found] == [("trade_agreement", ["Ghana", "United States"])]


def test_a_rival_walking_away_hedges_no_deal():
    text = (
        "Harbourline Capital agreed to buy Quillon Data Systems Inc. for about $2.1 billion in cash, taking the "
        "software maker private months after a rival buyout firm walked away."
    )
    found = _deals(text, "Harbourline to take Quillon private")
    assert [sorted(_parties(d)) for d in found] == [["Harbourline Capital", "Quillon Data Systems Inc."]]
    assert found[0]["deal_type"] == "acquisition"


def test_what_a_party_is_alleged_to_have_bought_is_no_deal():
    text = "Costa Brava Holdings is alleged to have bought apartments and a hotel in Mancora with cartel money."
    assert _deals(text, "Treasury sanctions cartel") == []


def test_an_amount_with_its_currency_written_on_the_number_ends_the_name_before_it():
    text = (
        "The regulator has fined Gulf Star Trading LLC Rs1.2 million and Orchid Bay Ltd RM3 million for breaching "
        "sanctions.\n\nThe Central Bank of the UAE has fined Harbour Crest Exchange Dh4.5 million for failing to screen "
        "customers."
    )
    names = _targets(text, "Regulator fines three firms")
    assert {"Gulf Star Trading LLC", "Orchid Bay Ltd", "Harbour Crest Exchange"} <= names
    assert not any(ch.isdigit() for n in names for ch in n)
