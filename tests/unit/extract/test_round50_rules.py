"""Rules added for the fiftieth held-out round (part 2), on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _names(recs: list[dict]) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"]}


def test_the_newsrooms_sanctions_words_state_no_action() -> None:
    assert sanctions("Sanctions & Export Controls Desk | Live blog | Tuesday 3 March 2026\n\nGood morning.", "Live") == []
    text = ("Away from the sanctions talk, Fjellborg Kraft AS and Ostsee Energiehandel GmbH have signed a supply contract "
            "for 2027.")
    assert sanctions(text, "Energy briefing") == []


def test_an_opening_phrase_of_place_is_no_target() -> None:
    text = ("Across the Pacific, the U.S. Commerce Department on Monday added Lumen Peak Optics Ltd and Harbin Qiyuan "
            "Sensors Co. to the Entity List.")
    names = _names(sanctions(text, "Entity List additions"))
    assert {"Lumen Peak Optics Ltd", "Harbin Qiyuan Sensors Co."} <= names and not any("Pacific" in n for n in names), names


def test_what_the_authority_says_of_the_targets_does_not_end_them() -> None:
    text = ("Australia on Friday sanctioned five oil tankers it says belong to Russia's shadow fleet, together with two "
            "Hong Kong ship managers, Crestline Marine Ltd and Pacora Shipping Ltd, the foreign minister said.")
    assert {"Crestline Marine Ltd", "Pacora Shipping Ltd"} <= _names(sanctions(text, "Australia lists tankers"))
    # ... while what it says they did is no target: "companies it says laundered money for X"
    text = ("Peru froze the accounts of three firms it says laundered cash for the Sendero Rojo Faction, a rebel group, "
            "prosecutors said.")
    assert "Sendero Rojo Faction" not in _names(sanctions(text, "Peru freezes accounts"))


def test_among_them_with_a_colon_names_the_counted_group() -> None:
    text = ("The Bureau of Industry and Security has added nine Chinese entities to the Entity List. Among them: Wuxi "
            "Tianrun Photonics Co., Ltd.; Dalian Haishen Instruments Co.; and Qingdao Bluewave Components Ltd.")
    assert {"Wuxi Tianrun Photonics Co., Ltd.", "Dalian Haishen Instruments Co.",
            "Qingdao Bluewave Components Ltd."} <= _names(sanctions(text, "BIS adds nine"))


def test_a_ban_on_selling_dual_use_goods_to_named_companies_is_an_export_control() -> None:
    text = ("The Ministry has added five companies in third countries to Annex 3 of the Ordinance. The sale, supply and "
            "export of dual-use goods to these companies are prohibited. They include Almaty Precision Trade LLP "
            "(Kazakhstan) and Izmir Teknik Dis Ticaret A.S. (Türkiye).")
    recs = sanctions(text, "Export restrictions extended")
    export = [r for r in recs if r["measure"] == "export_control"]
    assert export and {"Almaty Precision Trade LLP", "Izmir Teknik Dis Ticaret A.S."} <= _names(export), recs


def test_people_also_banned_from_travel_are_among_those_whose_funds_are_frozen() -> None:
    text = ("Annex 2 now contains four additional individuals and two entities. Their funds and economic resources are "
            "frozen. The natural persons concerned are also subject to an entry ban. Among them are:\n\n"
            "- PETROV, Oleg Ivanovich, born 2.5.1970 in Omsk, Russian national.\n"
            "- Omsk Radio Works JSC, ul. Lenina 5, Omsk, Russian Federation.\n")
    recs = sanctions(text, "Further listings")
    freeze = next(r for r in recs if r["measure"] == "asset_freeze")
    ban = next(r for r in recs if r["measure"] == "travel_ban")
    assert any("Petrov" in n or "PETROV" in n for n in _names([freeze])), recs
    assert any("PETROV" in n for n in _names([ban])) and "Omsk Radio Works JSC" not in _names([ban])


def test_a_name_may_open_with_a_days_short_form() -> None:
    text = "OFAC froze the assets of Sun Harbour Logistics FZE and Wed Line Shipping LLC on Monday."
    assert {"Sun Harbour Logistics FZE", "Wed Line Shipping LLC"} <= _names(sanctions(text, "OFAC action"))


def test_the_state_whose_sanctions_list_it_is_acts_not_the_one_it_follows() -> None:
    text = ("On Monday the Ministry of Foreign Affairs added seven individuals and two entities to the Danish sanctions "
            "list, aligning Denmark with listings adopted by the EU. Among them is Nordkap Trawl Holding JSC.")
    recs = sanctions(text, "New listings")
    assert recs and all(r["authority_country"] == "DK" for r in recs), recs
    assert "Nordkap Trawl Holding JSC" in _names(recs)


def test_a_list_going_on_kind_by_kind_names_the_same_actions_targets() -> None:
    text = ("President Volodymyr Zelensky has enacted the decision of the National Security and Defense Council to "
            "impose sanctions on 20 legal entities and two individuals, as well as on two tankers. The restrictions "
            "include the blocking of assets and, for the individuals, a ban on entering Ukraine.\n\n"
            "Among the entities on the list are:\n\n"
            "- Dalian Orient Bearing Co., Ltd. (China);\n"
            "- Minsk Precision Optics OJSC (Belarus);\n"
            "- Volga Sensor Systems JSC (Samara, Russia).\n\n"
            "The individuals include Pavel Igorevich Sorokin, the director of Volga Sensor Systems, and Chinese citizen "
            "Liu Jianguo, the owner of Dalian Orient.\n\n"
            "The tankers under sanctions are BALTIC WIND (IMO 9281234) and OKA RIVER (IMO 9254321).")
    recs = sanctions(text, "Zelensky imposes sanctions")
    assert {"Pavel Igorevich Sorokin", "BALTIC WIND", "OKA RIVER", "Volga Sensor Systems JSC"} <= _names(recs), recs
    ban = next(r for r in recs if r["measure"] == "travel_ban")
    assert "Pavel Igorevich Sorokin" in _names([ban]) and "Volga Sensor Systems JSC" not in _names([ban]), ban


def test_a_dutch_prosecutors_settlement_is_the_netherlands_and_its_short_name_no_target() -> None:
    text = ("Utrecht, the Netherlands, 3 March 2026 – Koninklijke Vermeer Pompen N.V. (\"Vermeer\" or \"the Company\") "
            "today announces that it has agreed an out-of-court settlement with the Netherlands Public Prosecution "
            "Service (Openbaar Ministerie, \"OM\") over exports of pump parts to Russia.\n\n"
            "Settlement with the OM\n\n"
            "Under the settlement, Vermeer will pay a fine of EUR 800,000 for violations of the Sanctions Act 1977.")
    recs = sanctions(text, "Vermeer reaches settlement with Dutch Public Prosecution Service")
    assert recs and {r["authority_country"] for r in recs} == {"NL"}, recs
    assert "OM" not in _names(recs) and "Koninklijke Vermeer Pompen N.V." in _names(recs), recs


def test_a_trigger_inside_an_authoritys_own_name_is_no_action() -> None:
    text = ("The Federal Office for Economic Affairs and Export Control (BAFA), which licenses exports of sensitive "
            "goods to Russia, said it did not comment on individual cases.")
    assert sanctions(text, "Machine-tool exporter under investigation") == []


def test_a_states_court_fines_and_goods_called_sanctioned_are_no_action() -> None:
    text = ("Last week, Latvia's Riga City Court fined Riga freight forwarder Baltic Haul SIA 90,000 euros for "
            "transporting sanctioned construction equipment across the border at Zilupe.")
    recs = sanctions(text, "Sanctions prosecutions mount")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("LV", "financial_penalty")], recs
    assert _names(recs) == {"Baltic Haul SIA"}, recs


def test_a_denied_report_a_weapons_victim_and_designated_banks_in_a_notice_are_no_actions() -> None:
    text = ("Mali's foreign ministry on Tuesday denied reports circulating online that the African Union had agreed to "
            "freeze assets held by Malian officials in African banks.")
    assert sanctions(text, "Mali denies freeze reports") == []
    text = ("In April 2022, Japan also imposed export controls on Russia, prohibiting the export of semiconductors and "
            "items that could be used as weapons against Ukraine.")
    names = _names(sanctions(text, "Japan export controls"))
    assert "Russia" in names and "Ukraine" not in names, names
    text = ("MAS imposed a composition penalty of S$120,000 on Pelican Trust Ltd for breaches of MAS Notice SNR-N01, "
            "which prohibits financial institutions from entering into transactions with designated Russian banks.")
    recs = sanctions(text, "MAS penalties")
    assert [r["measure"] for r in recs] == ["financial_penalty"], recs
