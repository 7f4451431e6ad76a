"""Unit tests for the round 11 extraction rules (extractor 0.1.9), on hand-written sentences.

Addresses and country headings in Entity List rules, lists' short names, committees describing their work,
Ukrainian decree appendices, further names of a measure, states' own sanctions laws, where the listed may not go,
speakers, background periods, Treasury aliases, relative clauses, headline states, offices alone, lists matched to
the action by their count, Indian and hyphenated amounts, secretaries as offices, project sales, denied deals and
OFAC / EU profiles. Every person, company and vessel named here is invented; the sentences were written
for these tests, not taken from the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets

# --- Entity List rules: addresses, country headings, short names, the committee -------------------------------------

ENTITY_RULE = (
    "Commerce Restricts Seven Suppliers of Drone Guidance Parts\n\n"
    "WASHINGTON – BIS placed seven entities on the Entity List on Wednesday because they sell guidance "
    "electronics to drone producers. Two further entities move to the Entity List from the Unverified List (UVL).\n\n"
    "Exports to them will now need a license.\n\n"
    "Entities added, by destination:\n\n"
    "China (including Macau)\n"
    "Qinglan Microwave Devices Co., Ltd., Room 1507, Block C, Haixin Plaza, Nanshan District, Shenzhen, Guangdong;\n"
    "Hefei Tongyuan Sensor Co., Ltd., No. 36 Wangjiang Road, Shushan District, Hefei, Anhui;\n"
    "Jade Harbour Parts Limited, Unit 9, 11/F, Golden Dragon Centre, 8 Cheung Yip Street, Kowloon Bay, Hong Kong.\n\n"
    "Kazakhstan\n"
    "Karatau Machine Supply LLP, Plot 17, Alatau Industrial Zone, Almaty;\n"
    "Steppe Signal LLP, Office 204, 61 Dostyk Avenue, Astana.\n\n"
    "Malaysia\n"
    "Perdana Lintas Sdn. Bhd., Lot 12, Jalan Perusahaan 3, Prai, Penang;\n"
    "Kelana Avionik Sdn. Bhd., Suite 7-2, Menara Kelana, Petaling Jaya, Selangor.\n\n"
    "Changes to the Unverified List\n\n"
    "BIS is taking Nanning Huaxing Instruments Co., Ltd., Room 602, 15 Minzu Avenue, Qingxiu District, Nanning, "
    "and Oybek Cargo LLC, 9 Navoi Street, Mirobod District, Tashkent, Uzbekistan, off the UVL and placing them on the "
    "Entity List.\n\n"
    "The interagency End-User Review Committee (ERC), chaired by Commerce with members from State, Defense and "
    "Energy, makes decisions regarding changes to the Entity List.\n"
)
ENTITY_RULE_TITLE = "Commerce Restricts Seven Suppliers of Drone Guidance Parts"
ENTITY_RULE_NAMES = {
    "Qinglan Microwave Devices Co., Ltd.", "Hefei Tongyuan Sensor Co., Ltd.", "Jade Harbour Parts Limited",
    "Karatau Machine Supply LLP", "Steppe Signal LLP", "Perdana Lintas Sdn. Bhd.", "Kelana Avionik Sdn. Bhd.",
    "Nanning Huaxing Instruments Co., Ltd.", "Oybek Cargo LLC",
}


def test_an_entity_list_rule_with_addresses_names_only_its_entities():
    assert _targets(ENTITY_RULE, ENTITY_RULE_TITLE) == ENTITY_RULE_NAMES


def test_rooms_plots_and_suites_after_a_listed_name_are_no_names():
    text = (
        "BIS today added the following entities to the Entity List:\n"
        "Qinglan Microwave Devices Co., Ltd., Room 1507, Block C, Haixin Plaza, Shenzhen\n"
        "Veyron Parts Trading FZE, Plot 17, Sakr Industrial Park, Ras Al Khaimah\n"
        "Kelana Avionik Sdn. Bhd., Suite 7-2, Menara Kelana, Petaling Jaya\n"
        "Karatau Machine Supply LLP, 44 Abaya Street, Almaty\n"
    )
    assert _targets(text) == {"Qinglan Microwave Devices Co., Ltd.", "Veyron Parts Trading FZE",
                              "Kelana Avionik Sdn. Bhd.", "Karatau Machine Supply LLP"}


def test_streets_districts_and_a_town_before_its_country_in_a_sentence_are_no_names():
    text = (
        "Two further entities move to the Entity List from the Unverified List (UVL).\n\n"
        "BIS is taking Nanning Huaxing Instruments Co., Ltd., Room 602, 15 Minzu Avenue, Qingxiu District, Nanning, "
        "and Oybek Cargo LLC, 9 Navoi Street, Mirobod District, Tashkent, Uzbekistan, off the UVL and placing them on "
        "the Entity List."
    )
    targets = _targets(text, "Commerce transfers two entities to the Entity List")
    assert targets == {"Nanning Huaxing Instruments Co., Ltd.", "Oybek Cargo LLC"}


def test_a_country_heading_with_a_note_in_brackets_is_no_target():
    text = (
        "BIS today added the following entities to the Entity List:\n\n"
        "China (including Macau)\n"
        "Qiantang Optoelectronics Co., Ltd.\n"
        "Pearl Delta Components Limited\n\n"
        "Belarus\n"
        "Gomel Radiotech OJSC\n"
    )
    assert _targets(text, "Commerce adds entities") == {
        "Qiantang Optoelectronics Co., Ltd.", "Pearl Delta Components Limited", "Gomel Radiotech OJSC"}
    text = (
        "BIS today added the following entities to the Entity List:\n\n"
        "Russia (including occupied Crimea):\n"
        "Sevastopol Marine Instruments JSC\n"
        "Kerch Ferry Services LLC\n"
    )
    assert _targets(text, "Commerce adds entities") == {"Sevastopol Marine Instruments JSC", "Kerch Ferry Services LLC"}


def test_a_lists_short_name_is_no_target():
    text = (
        "Two further entities move to the Entity List from the Unverified List (UVL).\n\n"
        "BIS is taking Tanglin Metrology Pte. Ltd. and Kovrov Instrument Trading LLC off the UVL and placing them on "
        "the Entity List because neither allowed an end-use check."
    )
    targets = _targets(text, "Commerce transfers two entities to the Entity List")
    assert targets == {"Tanglin Metrology Pte. Ltd.", "Kovrov Instrument Trading LLC"}
    assert "UVL" not in _targets(ENTITY_RULE, ENTITY_RULE_TITLE)


def test_how_a_committee_makes_its_decisions_is_no_action():
    text = ("The interagency End-User Review Committee (ERC), chaired by Commerce with members from State, Defense and "
            "Energy, makes decisions regarding changes to the Entity List.")
    assert _sanctions(text, "Commerce") == []
    assert not {"State", "Commerce", "Defense"} & _targets(ENTITY_RULE, ENTITY_RULE_TITLE)


# --- Ukrainian decrees ------------------------------------------------------------------------------------------------

DECREE = (
    "DECREE OF THE PRESIDENT OF UKRAINE No. 517/2031 On the decision of the National Security and Defense Council of "
    "Ukraine of 9 May 2031\n\n"
    "Guided by the Constitution of Ukraine, I decree:\n\n"
    "1. The attached decision of the National Security and Defense Council of Ukraine of 9 May 2031 is put into "
    "effect.\n\n"
    "2. The Security Service of Ukraine and the National Police of Ukraine shall ensure the implementation of the "
    "sanctions applied by that decision.\n\n"
    "3. This Decree takes effect on publication.\n\n"
    "President of Ukraine\nKyiv, 12 May 2031\n\n"
    "DECISION OF THE NATIONAL SECURITY AND DEFENSE COUNCIL OF UKRAINE\n"
    "Concerning shipyards and port operators serving the occupation of Crimea\n\n"
    "The National Security and Defense Council of Ukraine has decided:\n\n"
    "1. To support the proposals of the Ministry of Economy of Ukraine and the Security Service of Ukraine to apply "
    "restrictive measures (sanctions) to the legal entities named in the Appendix, which repair warships of the Black "
    "Sea Fleet or ship grain out of occupied ports.\n\n"
    "2. The Ministry of Foreign Affairs shall inform the competent bodies of partner states of these sanctions.\n\n"
    "Appendix\nto the decision of the National Security and Defense Council of Ukraine of 9 May 2031\n\n"
    "LIST\nof legal entities to which sanctions are applied\n\n"
    "1. LIMITED LIABILITY COMPANY \"YUZHNYI PRICHAL\" (YUZHPRICHAL LLC). Registration Number 1239100044127. "
    "Address: 299011, Sevastopol, Lenina St., 8 (temporarily occupied territory of Ukraine).\n\n"
    "2. JOINT STOCK COMPANY \"VOLZHSKIY SUDOREMONT\". Registration Number 1183443012286. Address: 404130, Russian "
    "Federation, Volgograd region, Volzhsky, Pushkina St., 3.\n\n"
    "3. CASPIAN MERIDIAN SHIPPING LIMITED. Company Number 2984410. Address: Suite 9, 21/F, Harbour Tower, "
    "12 Gloucester Road, Wan Chai, Hong Kong.\n\n"
    "Restrictive measures (sanctions) applied to each of the legal entities listed in items 1–3:\n"
    "1) blocking of assets;\n"
    "2) restriction of trade operations;\n"
    "3) suspension of economic and financial obligations.\n\n"
    "Term: five years.\n"
)
DECREE_TITLE = "DECREE OF THE PRESIDENT OF UKRAINE No. 517/2031"
DECREE_NAMES = {"YUZHNYI PRICHAL", "VOLZHSKIY SUDOREMONT", "CASPIAN MERIDIAN SHIPPING LIMITED"}


def test_the_measures_applied_to_each_entity_of_a_decree_appendix_name_the_appendix_list():
    recs = _sanctions(DECREE, DECREE_TITLE)
    by_measure = {r["measure"]: {t["name"] for t in r["targets"]} for r in recs}
    assert by_measure.get("asset_freeze") == DECREE_NAMES  # "blocking of assets"
    assert by_measure.get("export_control") == DECREE_NAMES  # "restriction of trade operations"
    assert {r["authority_country"] for r in recs} == {"UA"}


def test_proposers_and_the_decrees_closing_duties_are_neither_targets_nor_actions():
    recs = _sanctions(DECREE, DECREE_TITLE)
    targets = {t["name"] for r in recs for t in r["targets"]}
    assert not any(word in name for name in targets for word in ("Security Service", "Ministry", "Cabinet"))
    assert all(r["measure"] is not None for r in recs)


# --- News on coordinated sanctions -----------------------------------------------------------------------------------

def test_the_uk_measures_also_hit_names_further_targets():
    text = (
        "Britain on Tuesday imposed sanctions on four Nicaraguan judges and prosecutors over the jailing of "
        "opposition journalists.\n\n"
        "The UK measures also hit Rolando Efraín Vargas Tellez, a police commissioner, and Marisol Aguirre Zelaya, "
        "a prosecutor."
    )
    recs = _sanctions(text, "Britain sanctions Nicaraguan judges")
    assert [r["authority_country"] for r in recs] == ["GB"]
    assert {t["name"] for t in recs[0]["targets"]} == {"Rolando Efraín Vargas Tellez", "Marisol Aguirre Zelaya"}


def test_the_special_economic_measures_regulations_are_canadas():
    text = (
        "The United Kingdom on Tuesday froze the assets of four Nicaraguan judges.\n\n"
        "Ottawa added six officials to its list under the Special Economic Measures (Nicaragua) Regulations."
    )
    recs = _sanctions(text, "Sanctions on Nicaraguan judges")
    (counted,) = [r for r in recs if r["unnamed_targets"] == "six officials"]
    assert counted["authority_country"] == "CA" and counted["measure"] == "asset_freeze"


def test_where_the_listed_may_not_go_is_no_target():
    assert "Canada" not in _targets("Those listed are inadmissible to Canada.")
    recs = _sanctions("New Zealand imposed sanctions on six individuals. "
                      "The six are in addition banned from travelling to New Zealand.")
    assert ("NZ", "travel_ban") in {(r["authority_country"], r["measure"]) for r in recs}
    assert "New Zealand" not in {t["name"] for r in recs for t in r["targets"]}


def test_who_speaks_about_the_sanctions_is_no_target():
    text = (
        "Britain on Tuesday imposed sanctions on six officials over the jailing of reporters.\n\n"
        "Presidential spokesman Eliseo Mairena Blandón told state radio the sanctions were \"an insult to a sovereign "
        "people.\"\n\n"
        "Ileana Cruz Borge, who heads a press freedom group in exile, said the sanctions were overdue."
    )
    recs = _sanctions(text, "Britain sanctions Nicaraguan officials")
    assert any(r["authority_country"] == "GB" and r["unnamed_targets"] == "six officials" for r in recs)
    assert not {"Eliseo Mairena Blandón", "Ileana Cruz Borge"} & {t["name"] for r in recs for t in r["targets"]}


def test_sanctions_over_the_past_decade_date_nothing():
    text = (
        "Britain on Tuesday imposed sanctions on six officials over the jailing of reporters.\n\n"
        "The U.S. Treasury has sanctioned more than 30 Nicaraguan officers over the past decade."
    )
    recs = _sanctions(text, "Britain sanctions Nicaraguan officials")
    assert [r["date"] for r in recs if r["authority_country"] == "US"] == [None]
    assert [r["date"] for r in recs if r["authority_country"] == "GB"] == ["2031-05-13"]
    assert _sanctions("The European Union has sanctioned more than 40 Iranian officials over the last few years.") == []


def test_a_past_decade_or_recent_years_in_a_description_keeps_the_days_action_dated():
    # guard: the background periods date the action only when they qualify it, not the target's history
    (rec,) = _sanctions("OFAC today designated Harrow Lane Trading LLC, which has shipped Iranian oil to Syria over the "
                        "past decade.")
    assert rec["date"] == "2031-05-14"
    (rec,) = _sanctions("Britain today sanctioned Tarquin Holdings Ltd, a firm that has grown rapidly in recent years.")
    assert rec["date"] == "2031-05-14"


# --- Treasury aliases, relative clauses -------------------------------------------------------------------------------

def test_the_uk_treasury_is_hm_treasury():
    (rec,) = _sanctions("The UK Treasury fined Hollin Cross Bank 210,000 pounds for processing payments for a "
                        "sanctioned tycoon.", "UK Treasury fines Hollin Cross Bank")
    assert (rec["authority"], rec["authority_country"]) == ("HM Treasury", "GB")
    assert [t["name"] for t in rec["targets"]] == ["Hollin Cross Bank"]


def test_added_to_the_us_treasurys_list_is_an_action_of_the_us_treasury():
    (rec,) = _sanctions("On March 3, 2023, Viktor Ostapenko was added to the U.S. Treasury's list of Specially "
                        "Designated Nationals.")
    assert (rec["authority"], rec["authority_country"]) == ("US Treasury", "US")
    assert rec["date"] == "2023-03-03" and [t["name"] for t in rec["targets"]] == ["Viktor Ostapenko"]


def test_the_one_whom_a_government_designated_is_the_target():
    text = (
        "LONDON, May 12 (Reuters) - Britain has fined Hollin Cross Bank 180,000 pounds for paying the bills of a firm "
        "tied to a sanctioned Russian.\n\n"
        "OFSI said in a notice that the bank sent 9 payments for Marrow Quay Holdings Ltd. The company belonged to "
        "Viktor Ostapenko, a grain trader whom the British government designated on March 3, 2023.\n"
    )
    recs = _sanctions(text, "UK Treasury fines Hollin Cross Bank £180,000 over payments for sanctioned grain trader")
    (designation,) = [r for r in recs if r["date"] == "2023-03-03"]
    assert designation["authority_country"] == "GB"
    assert [t["name"] for t in designation["targets"]] == ["Viktor Ostapenko"]


# --- Headline states, offices alone, lists matched by count ------------------------------------------------------------

def test_a_state_acting_in_the_headline_comes_before_a_body_the_text_names_later():
    text = (
        "The Minister of Foreign Affairs has sanctioned Arvand Motor Parts Company and Pars Sepehr Trading, which "
        "supply engines for attack drones.\n\n"
        "The measures follow similar designations by the US Treasury's Office of Foreign Assets Control and the "
        "European Union."
    )
    recs = _sanctions(text, "New Zealand targets Iranian drone suppliers in new sanctions")
    (named,) = [r for r in recs if r["targets"]]
    assert named["authority_country"] == "NZ"
    assert {t["name"] for t in named["targets"]} == {"Arvand Motor Parts Company", "Pars Sepehr Trading"}


def test_an_office_without_the_name_of_its_holder_is_no_target():
    assert "Minister" not in _targets("The Minister added that the designations mirror sanctions already imposed by "
                                      "Japan and the European Union.")
    (rec,) = _sanctions("The Ambassador said Canada sanctioned Arvand Motor Parts Company on Tuesday.")
    assert rec["authority_country"] == "CA"
    assert [t["name"] for t in rec["targets"]] == ["Arvand Motor Parts Company"]


NZ_RELEASE = (
    "New Zealand has designated three individuals and two entities that supply drone engines to Russia's armed "
    "forces, the Government said today.\n\n"
    "All five face an asset freeze. The three individuals are also {travel}.\n\n"
    "Listed today:\n\n"
    "Individuals\n"
    "Grigory Antonovich Lapin – General Director of Uralsky Motor Works\n"
    "Valeria Sergeyevna Dorokhova – Chief Accountant of Uralsky Motor Works\n"
    "Timur Rashidovich Gaziev – Owner of a freight forwarder shipping engines from Türkiye\n\n"
    "Entities\n"
    "Uralsky Motor Works JSC – manufacturer of piston engines for attack drones\n"
    "Kama Freight Forwarding LLC – logistics company moving dual-use goods\n"
)
NZ_TITLE = "New Zealand targets drone suppliers in latest Russia sanctions"
NZ_PEOPLE = {"Grigory Antonovich Lapin", "Valeria Sergeyevna Dorokhova", "Timur Rashidovich Gaziev"}
NZ_ENTITIES = {"Uralsky Motor Works JSC", "Kama Freight Forwarding LLC"}


def test_a_list_goes_to_the_action_that_counted_as_many_as_it_names():
    recs = _sanctions(NZ_RELEASE.format(travel="subject to a travel ban"), NZ_TITLE)
    by_measure = {r["measure"]: r for r in recs}
    assert by_measure["asset_freeze"]["unnamed_targets"] == "three individuals and two entities"
    assert {t["name"] for t in by_measure["asset_freeze"]["targets"]} == NZ_PEOPLE | NZ_ENTITIES
    assert {t["name"] for t in by_measure["travel_ban"]["targets"]} == NZ_PEOPLE


def test_banned_from_travelling_to_is_a_travel_ban_of_the_individuals():
    recs = _sanctions(NZ_RELEASE.format(travel="banned from travelling to this country"), NZ_TITLE)
    by_measure = {r["measure"]: {t["name"] for t in r["targets"]} for r in recs}
    assert by_measure.get("travel_ban") == NZ_PEOPLE
    assert by_measure.get("asset_freeze") == NZ_PEOPLE | NZ_ENTITIES


# --- Deals: amounts, offices, sales, denied acts ----------------------------------------------------------------------

def test_a_hyphen_before_the_scale_keeps_the_scale():
    (deal,) = _deals("Tessera Gold Ltd. agreed to buy the Kinsale project from Rowan Minerals for C$40-million.")
    assert (deal["value"], deal["currency"]) == (40_000_000, "CAD")
    assert _parties(deal) == ["Tessera Gold Ltd.", "Rowan Minerals"]


def test_crore_and_lakh_scale_rupee_amounts_and_the_currency_code_is_no_party():
    (deal,) = _deals("Satpura Rural Bank has extended a term loan of INR 450 crore to Sahyadri Solar Parks Pvt Ltd "
                     "for its 300 MW plant.", title="Finance")
    assert (deal["value"], deal["currency"]) == (4_500_000_000, "INR")
    assert _parties(deal) == ["Satpura Rural Bank", "Sahyadri Solar Parks Pvt Ltd"]
    (deal,) = _deals("Mysore Cooperative Bank extended a loan of INR 40 lakh to Kaveri Agro Ltd.", title="Finance")
    assert (deal["value"], deal["currency"]) == (4_000_000, "INR")
    assert _parties(deal) == ["Mysore Cooperative Bank", "Kaveri Agro Ltd."]
    (deal,) = _deals("Kaveri Agro Ltd. won a contract worth ₹12 crore from Mysuru City Corporation.", title="Finance")
    assert deal["value"] == 120_000_000


def test_cabinet_and_permanent_secretaries_are_offices_not_parties():
    (deal,) = _deals("Vietnam and Kenya have concluded a trade agreement on farm goods. The pact was signed in "
                     "Mombasa by Vietnamese Trade Minister Tran Van Long and Kenya's Cabinet Secretary for Trade and "
                     "Industry, Joseph Kamau Otieno, on Friday.", title="Trade")
    assert deal["deal_type"] == "trade_agreement" and _parties(deal) == ["Vietnam", "Kenya"]
    (deal,) = _deals("Jamaica and Ghana have concluded a preferential trade agreement covering 300 tariff lines. The "
                     "pact was signed in Accra by Jamaican Trade Minister Andre Whyte and Ghana's Permanent Secretary "
                     "for Trade and Industry, Kofi Mensah Asante.", title="Trade")
    assert deal["deal_type"] == "trade_agreement" and _parties(deal) == ["Jamaica", "Ghana"]


def test_completing_the_sale_of_a_project_or_mine_to_a_buyer_is_an_acquisition():
    (deal,) = _deals("Kestrelmoor Resources on Monday closed the sale of its Lyell Creek nickel project to "
                     "Brindabella Metals in a $36 million deal.")
    assert deal["deal_type"] == "acquisition" and deal["value"] == 36_000_000
    assert _parties(deal) == ["Kestrelmoor Resources", "Brindabella Metals"]
    (deal,) = _deals("Orca Bay Minerals completed the sale of its Tamarind copper mine to Silverpeak Mining Ltd for "
                     "US$120 million.")
    assert _parties(deal) == ["Orca Bay Minerals", "Silverpeak Mining Ltd"]


def test_a_deal_whose_only_act_is_denied_is_no_deal():
    assert _deals("Ridgeway Gold let Copperfield Resources inspect its accounts, but the two have not signed any "
                  "binding agreement.") == []
    assert _deals("Copperfield Resources and Ridgeway Gold have not signed a merger agreement, the companies said.") == []


def test_a_denied_side_act_leaves_a_stated_deal():
    # guard: only a deal whose single act is denied goes
    (deal,) = _deals("Tessera Gold Ltd. agreed to buy Kinsale Minerals for $75 million, though it has not signed a "
                     "financing deal yet.")
    assert deal["deal_type"] == "acquisition" and _parties(deal) == ["Tessera Gold Ltd.", "Kinsale Minerals"]


# --- OFAC and EU profiles ---------------------------------------------------------------------------------------------

OFAC_RELEASE = (
    "Treasury Sanctions Financiers of Sahel Militant Group\n\n"
    "WASHINGTON — OFAC today sanctioned three individuals and one entity financing Katiba Wadi Tilemsi, the "
    "Mali-based branch of ISIS, through gold smuggling and currency exchange.\n\n"
    "\"These financiers keep the group's fighters paid,\" a Treasury official said.\n\n"
    "THE NETWORK\n\n"
    "Oumar Baba Traoreh (Traoreh) serves as the chief financial officer of Katiba Wadi Tilemsi and sets the taxes its "
    "collectors levy on artisanal gold miners. Traoreh is being designated for his leadership role in the group.\n\n"
    "In Niamey, Aissata Hamani Kollo (Kollo) runs Tondibia Express Transfert SARL, a currency exchange used by the "
    "group's commanders. Tondibia Express Transfert SARL is designated for materially assisting Katiba Wadi "
    "Tilemsi, and Kollo for acting on its behalf.\n\n"
    "Moussa Ag Ghali Intalla (Intalla) smuggles gold from northern Mali to buyers in the region. Intalla is "
    "designated for materially assisting the group.\n"
)


def test_ofac_profiles_with_a_short_name_in_brackets_or_a_town_first_name_their_designee():
    targets = _targets(OFAC_RELEASE, "Treasury Sanctions Financiers of Sahel Militant Group")
    assert {"Oumar Baba Traoreh", "Aissata Hamani Kollo"} <= targets


def test_what_a_named_group_is_described_as_part_of_is_no_target():
    assert "ISIS" not in _targets(OFAC_RELEASE, "Treasury Sanctions Financiers of Sahel Militant Group")


def test_a_profile_opening_with_a_name_and_what_the_designee_did_names_a_target():
    text = (
        "The Council today imposed restrictive measures on three more individuals over the situation in Guatemala.\n\n"
        "The new listings concern three people. Rodrigo Estuardo Pacay Sical, a former judge, annulled the "
        "registration of opposition parties. Lidia Marisol Coj Tzul, a deputy prosecutor, coordinated the arrest of "
        "election officials. Fermín Adolfo Xitumul Caal recruited unemployed young men to intimidate voters at polling "
        "stations in Quetzaltenango.\n\n"
        "The three now face an asset freeze.\n"
    )
    recs = _sanctions(text, "Guatemala: Council adds three individuals to the sanctions list")
    (rec,) = [r for r in recs if r["measure"] == "asset_freeze"]
    assert {t["name"] for t in rec["targets"]} == {
        "Rodrigo Estuardo Pacay Sical", "Lidia Marisol Coj Tzul", "Fermín Adolfo Xitumul Caal"}


# --- found while writing these tests ----------------------------------------------------------------------------

LIST_THEN_SENTENCE = (
    "Wellington adds engine makers to its Russia sanctions\n\n"
    "New Zealand has imposed sanctions on a further two individuals and two entities that make engines for attack "
    "drones, the Minister of Foreign Affairs announced today.\n\n"
    "Those designated are subject to an asset freeze. The two individuals are also banned from travelling to New "
    "Zealand.\n\n"
    "The persons and entities designated today are:\n\n"
    "Individuals\n"
    "Oleg Borisovich Tretyakov – Director of Volzhsky Dvigatel\n"
    "Sabina Rustamovna Aliyeva – Procurement Manager of Volzhsky Dvigatel\n\n"
    "Entities\n"
    "Volzhsky Dvigatel JSC – manufacturer of piston engines\n"
    "Ostrog Logistics LLC – freight forwarder\n\n"
    "Canada and Japan have already sanctioned Volzhsky Dvigatel.\n"
)


def test_a_sentence_after_an_unmarked_list_is_no_item_and_the_list_goes_to_the_count_it_fits():
    records = {r["measure"]: r for r in _sanctions(LIST_THEN_SENTENCE)}
    people = {"Oleg Borisovich Tretyakov", "Sabina Rustamovna Aliyeva"}
    everyone = people | {"Volzhsky Dvigatel JSC", "Ostrog Logistics LLC"}
    assert {t["name"] for t in records["asset_freeze"]["targets"]} == everyone
    assert {t["name"] for t in records["travel_ban"]["targets"]} == people


def test_rupees_written_rs_with_or_without_a_full_stop_are_an_amount_not_a_party():
    (loan,) = _deals("Malnad Cooperative Bank extended a loan of Rs. 35 lakh to Hassan Agro Foods Ltd.")
    assert _parties(loan) == ["Malnad Cooperative Bank", "Hassan Agro Foods Ltd."]
    assert (loan["value"], loan["currency"]) == (3_500_000, "INR")
    (order,) = _deals("Hassan Agro Foods Ltd. won a contract worth Rs 75 lakh from Tumakuru City Corporation.")
    assert (order["value"], order["currency"]) == (7_500_000, "INR")


def test_who_speaks_before_reported_news_of_a_sanction_is_no_target():
    assert _targets("Imogen Strand said on Monday that Britain had sanctioned Wexcombe Freight Ltd.") == {
        "Wexcombe Freight Ltd."
    }


def test_a_counted_group_with_a_service_or_role_word_keeps_its_record():
    (record,) = _sanctions("Britain on Tuesday imposed sanctions on five Bolivian police officials over the raids.")
    assert (record["authority_country"], record["unnamed_targets"]) == ("GB", "five Bolivian police officials")
    (record,) = _sanctions("The EU sanctioned three judges and two prosecutors for the show trials.")
    assert record["unnamed_targets"] == "three judges and two prosecutors"
