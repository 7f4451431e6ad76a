"""Rules added for the forty-fourth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions, targets_by_country, targets_of


def test_a_list_part_named_in_brackets_and_a_quoted_name_after_an_abbreviated_form() -> None:
    text = ("1. The Government of Japan decided today to freeze the assets of 2 individuals and 2 entities listed in "
            "Annex 1.\n\n"
            "Annex 1: Individuals and entities subject to asset freeze and other measures\n\n"
            "(Individuals)\n1.\nIgor Semyonovich LAPIN\nDate of birth: March 3, 1971; Nationality: Russian Federation\n"
            "2.\nAnvar Rustamovich TOLIPOV\nDate of birth: June 9, 1985\n\n"
            "(Entities)\n1.\nJSC Research and Production Association \"Orbita-Priborstroy\" (AO NPO Orbita)\n"
            "Address: 4 Zavodskaya Street, Tula, Russian Federation\n2.\nNorthwind Components Limited\n"
            "Address: Unit 8, Kowloon Bay, Hong Kong\n")
    names = targets_of(sanctions(text, "Implementation of Measures including Asset Freeze"), "JP", "asset_freeze")
    assert {"Igor Semyonovich LAPIN", "Anvar Rustamovich TOLIPOV", "Orbita-Priborstroy",
            "Northwind Components Limited"} <= names, names


def test_ministries_in_brackets_closing_a_measure_heading_are_no_targets() -> None:
    text = ("(1) Asset freeze against individuals and entities related to Belarus (Ministry of Foreign Affairs, "
            "Ministry of Finance)\nMeasures prohibiting payments to Pinsk Rail Logistics OJSC.")
    found = {t["name"] for r in sanctions(text, "Japan: measures on Belarus") for t in r["targets"]}
    assert not any("Ministry" in name for name in found), found


def test_a_state_opening_the_sentence_freezes_and_the_group_named_before_is_its_and_the_others() -> None:
    text = ("On 2 May 2025, the Federal Department of Economic Affairs added four individuals and two entities to the annex "
            "of the Ordinance on Measures against Ruritania. The amendments enter into force at 6 pm.\n\n"
            "The newly listed individuals include judges responsible for politically motivated convictions. "
            "Among them are Pavel Orlov, a district judge, and Marta Lenska, a prosecutor.\n\n"
            "The two entities are Kestrel Arms OJSC, a state-owned arms maker, and Volna Media LLC, a state "
            "broadcaster.\n\n"
            "The EU had frozen the assets of these individuals and entities on 20 April 2025.\n\n"
            "In Switzerland, the funds and economic resources of the newly listed persons are frozen.")
    recs = sanctions(text, "Switzerland adopts EU listings on Ruritania")
    swiss = targets_of(recs, "CH", "asset_freeze")
    assert {"Pavel Orlov", "Marta Lenska", "Kestrel Arms OJSC", "Volna Media LLC"} <= swiss, recs
    assert {"Pavel Orlov", "Kestrel Arms OJSC"} <= targets_of(recs, "EU", "asset_freeze"), recs


def test_a_bare_foreign_office_is_britains_only_in_a_british_text() -> None:
    text = ("ISLAMABAD: The United States has put four Pakistani companies in its Entity List, a move which Foreign Office "
            "has rejected as biased.")
    countries = set(targets_by_country(text, "US adds four firms to Entity List"))
    assert "GB" not in countries
    british = "The Foreign Office said on Tuesday that Britain had imposed an asset freeze on Granit Holdings Ltd."
    assert "GB" in targets_by_country(british, "UK sanctions")


def test_a_bodys_own_language_name_in_brackets_before_its_acronym() -> None:
    text = ("Peru's Financial Intelligence Unit (Unidad de Inteligencia Financiera, UIF) added Tomas Quispe Huaman and "
            "Andes Quimica SAC to its list of blocked persons.")
    assert targets_by_country(text, "Peru blocks chemical traders").keys() == {"PE"}


def test_a_street_and_a_town_closing_a_list_line_and_ships_each_with_an_imo_number() -> None:
    text = ("The firms which have been included in the list are:\n\n"
            "- Crescent Valve Traders, Shahrah-e-Quaid, Lahore;\n- Indus Precision Works (Pvt) Ltd, Plot 9, Karachi.\n\n"
            "The US Commerce Department added them to its Entity List.")
    names = {t["name"] for r in sanctions(text, "US adds firms to Entity List") for t in r["targets"]}
    assert "Shahrah-e-Quaid" not in names and "Lahore" not in names
    ships = ("Today, the Government of Canada is imposing sanctions on the following:\n"
             "- the oil tankers NORTHERN GALE (IMO 9311122), SILVER FJORD (IMO 9322233) and AMBER TIDE (IMO 9333344), "
             "which switched off their transponders;\n- Polar Route Shipping LLC.")
    got = {t["name"] for r in sanctions(ships, "Canada sanctions shadow fleet") for t in r["targets"]}
    assert {"NORTHERN GALE", "SILVER FJORD", "AMBER TIDE"} <= got, got


def test_a_freeze_on_the_assets_of_and_exports_banned_from_a_state_to_a_firm() -> None:
    text = ("Norway's Cabinet on Friday approved a freeze on the assets of Ruslan Bekov, a Bishkek trader, and banned "
            "exports from Norway to Tien Shan Radio LLC.")
    recs = sanctions(text, "Norway lists Kyrgyz trader")
    assert "Ruslan Bekov" in targets_of(recs, "NO", "asset_freeze"), recs
    assert "Tien Shan Radio LLC" in targets_of(recs, "NO", "export_control"), recs


def test_ships_ordered_at_a_yard_name_the_yard_and_signed_up_for_is_an_order() -> None:
    found = deals("Oslo-based Fjellstad Shipping has ordered two 64,000 dwt ultramaxes at Qingshan Shipbuilding for "
                  "delivery in 2028.")
    assert found and set(parties(found[0])) == {"Fjellstad Shipping", "Qingshan Shipbuilding"}, found
    signed = deals("Piraeus-based Aegir Bulk has signed up for four kamsarmax bulk carriers at Nantong Haiyue Shipyard.")
    assert signed and "Nantong Haiyue Shipyard" in parties(signed[0]), signed


def test_an_owner_in_an_aside_is_no_subject_and_a_plain_list_of_lenders_goes_on() -> None:
    found = deals("Luz Austral SpA, the Chilean unit of Italian developer Verdi Rinnovabili, has reached financial close "
                  "on a US$410 million debt package for its Salar Norte project.")
    assert found and parties(found[0])[0] == "Luz Austral SpA", found
    lenders = deals("Luz Austral SpA has reached financial close on a US$410 million debt package. The financing was "
                    "provided by Natixis, Banco Sabadell and IDB Invest.")
    named = {p for d in lenders for p in parties(d)}
    assert {"Natixis", "Banco Sabadell", "IDB Invest"} <= named, lenders


def test_prosecution_agreements_and_trade_agreements_a_country_lacks_are_no_deals() -> None:
    assert deals("Under a deferred prosecution agreement with the Justice Department, Corvex Marine will pay $2 million.") == []
    assert deals("The terminal may export to countries without a U.S. free trade agreement from 2027.") == []


def test_a_short_name_takes_the_province_word_before_it_and_initials_count_the_legal_form() -> None:
    text = ("Perth-listed Karoo Minerals Ltd has signed a joint venture agreement with Chinese producer Hunan Lixin Carbon "
            "Co Ltd. The investment will be made through Ruvu Graphite Company Limited (RGCL). "
            "Alongside the JV agreement, RGCL and Lixin signed a binding offtake agreement.")
    named = {p for d in deals(text) for p in parties(d)}
    assert any(n.startswith("Hunan Lixin Carbon Co Ltd") for n in named), named
    assert not any(n.startswith("Lixin") for n in named), named
    assert "RGCL" not in named, named


def test_a_sale_told_in_the_passive_names_seller_and_buyer_not_the_ships() -> None:
    found = deals("Brokers said ARCTIC DAWN and SEA LILY had been sold en bloc in May by Piraeus-based Nereid Tankers S.A. "
                  "to Gulfway Maritime FZE for about $41 million for the pair.")
    assert found and parties(found[0]) == ["Nereid Tankers S.A.", "Gulfway Maritime FZE"], found
    assert found[0]["deal_type"] == "acquisition"


def test_the_month_of_may_hedges_no_deal_but_the_modal_does() -> None:
    assert deals("Acme Foods agreed in May to buy Beta Dairy Ltd for $5 million.")
    assert deals("Acme Foods may buy Beta Dairy Ltd for $5 million, people familiar with the matter said.") == []
