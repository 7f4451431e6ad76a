"""Unit tests for sanction rules (designee profiles, reason clauses), on hand-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.records import DAY
from tests.support.records import targets as _targets
from tradewatch.extract import extract_records

PROFILES = (
    "Today, OFAC designated two entities and one individual for supplying drones.\n"
    "Harrow Lane Trading LLC, based in Dubai, bought engines. Kelso Parts Limited, a Hong Kong company, shipped them.\n"
    "Dmitri Ivanovich Sorokin, a Russian national, owns Harrow Lane Trading LLC.\n"
    "\"We will keep acting,\" said an official."
)


def test_paragraphs_profiling_a_counted_group_name_its_targets():
    assert {"Harrow Lane Trading LLC", "Kelso Parts Limited", "Dmitri Ivanovich Sorokin"} <= _targets(PROFILES)


def test_more_profiles_than_the_count_are_not_taken_as_targets():
    text = PROFILES.replace("two entities and one individual", "one entity")
    assert not {"Kelso Parts Limited", "Dmitri Ivanovich Sorokin"} & _targets(text)


def test_profiles_need_a_counted_action():
    text = (
        "OFAC today sanctioned Harrow Lane Trading LLC.\n"
        "Kelso Parts Limited, a Hong Kong company, was its main customer."
    )
    assert "Kelso Parts Limited" not in _targets(text)


def test_the_reason_for_a_designation_names_no_target():
    text = "OFAC designated Harrow Lane Trading LLC for having materially assisted the Ministry of Arms Production."
    targets = _targets(text)
    assert "Harrow Lane Trading LLC" in targets
    assert not any("Ministry" in t for t in targets)


def test_a_singular_second_count_belongs_to_the_unnamed_targets():
    out = extract_records("Today, OFAC designated two entities and one individual.", title="Update", published=DAY)
    assert out["sanctions"][0]["unnamed_targets"] == "two entities and one individual"


def _events(text: str, title: str = "Update") -> set[tuple[str | None, str | None]]:
    out = extract_records(text, title=title, published=DAY)
    return {(s["authority_country"], s["measure"]) for s in out["sanctions"]}


def test_designated_as_a_describing_participle_is_not_an_action():
    text = "OFSI found that Wexford Metals Ltd paid a supplier owned by a designated person."
    assert ("GB", "asset_freeze") not in _events(text)


def test_an_earlier_or_hypothetical_designation_is_not_an_action():
    assert _events("OFSI said Wexford Metals Ltd kept paying after the supplier's owner was designated.") == set()
    assert _events("Checks must be repeated by OFSI-regulated firms when new designations are made.") == set()


def test_conduct_around_a_measure_is_not_the_measure():
    assert _events("The UK said Sirius Tankers Ltd carried Russian oil above the price cap.") == set()
    assert _events("Firms unsure whether a payment would breach financial sanctions can contact OFSI.") == set()


def test_a_measure_named_inside_a_quotation_is_not_a_record():
    text = 'The minister said: "Firms must stop at once when a counterparty becomes subject to an asset freeze."'
    assert _events(text, title="OFSI guidance") == set()


def test_background_adverbs_hedge_a_generic_sanction():
    text = "BIS acted with the State Department, which has separately sanctioned Iranian procurement networks."
    assert ("US", "asset_freeze") not in _events(text)


def test_an_export_control_agency_designation_is_an_export_control():
    text = "BIS today added Kama Optics LLC to the Entity List. The entities are also designated with a footnote 3 designation."
    assert _events(text) == {("US", "export_control")}


def test_un_list_entries_by_field_are_targets_of_the_un_measures():
    text = (
        "On 9 May 2031, the Security Council Committee approved the addition of the entries specified below.\n"
        "QDi.501 Name: 1: OMAR 2: FARID 3: AL-KASSEM 4: na. Title: na. Designation: courier. Listed on: 9 May 2031.\n"
        "Narrative summary: Omar Farid al-Kassem was listed on 9 May 2031 for carrying funds.\n"
        "QDe.200 Name: NORTH GATE HAWALA COMPANY. Address: Idlib. Listed on: 9 May 2031.\n"
        "The assets freeze, travel ban and arms embargo apply to the individual and entity named above."
    )
    out = extract_records(text, title="Security Council Committee adds entries to its sanctions list", published=DAY)
    by_measure = {s["measure"]: {t["name"] for t in s["targets"]} for s in out["sanctions"] if s["authority_country"] == "UN"}
    assert {"asset_freeze", "travel_ban", "arms_embargo"} <= set(by_measure)
    for measure, names in by_measure.items():
        # (a company does not travel: the ban names the individual only)
        assert ({"Omar Farid al-Kassem"} if measure == "travel_ban" else {"Omar Farid al-Kassem", "NORTH GATE HAWALA COMPANY"}) <= names
    assert "NORTH GATE HAWALA COMPANY" not in by_measure["travel_ban"]
    assert not any(n in ("VII", "ISIL") for names in by_measure.values() for n in names)


def test_vessels_identified_as_blocked_property_are_targets():
    text = (
        "OFAC today designated Corran Shipping LLC.\n"
        "The vessels NORTH WIND and GREY TERN are identified as property in which Corran Shipping LLC has an interest."
    )
    assert {"Corran Shipping LLC", "NORTH WIND", "GREY TERN"} <= _targets(text)


def test_a_legal_basis_that_authorizes_sanctions_is_not_an_action():
    text = "The designations are made pursuant to E.O. 13846, which authorizes sanctions on persons that buy Iranian oil."
    assert (None, None) not in _events(text) and ("US", None) not in _events(text)


@pytest.mark.parametrize("text", [
    "The UK sanctioned Volga Maritime Holdings LLC on Monday.",
    "Today OFAC designated Kestrel Orbital Systems Trading FZE.",
    "Designations\n\nToday OFAC designated Kestrel Orbital Systems Trading FZE.",
])
def test_a_short_sentence_of_long_names_is_not_a_headline(text):
    """Most of its words are capitalised, but a headline capitalises its verbs: names found once count."""
    assert _targets(text) & {"Volga Maritime Holdings LLC", "Kestrel Orbital Systems Trading FZE"}


def test_a_title_case_headline_still_needs_its_names_repeated():
    text = "Treasury Sanctions Kestrel Orbital Systems Trading FZE Over Drone Parts\n\nThe Treasury acted on Monday."
    assert "Kestrel Orbital Systems Trading FZE" not in _targets(text)
    again = text + " Kestrel Orbital Systems Trading FZE supplied parts."
    assert "Kestrel Orbital Systems Trading FZE" in _targets(again)


def test_sanctions_in_a_uk_regulation_title_is_no_second_action():
    out = extract_records("The UK today sanctioned Brask Metals JSC under the Russia (Sanctions) (EU Exit) Regulations 2019.",
                          title="Update", published=DAY)
    assert [r["authority_country"] for r in out["sanctions"]] == ["GB"]


def test_adding_people_to_a_sanctions_list_is_an_asset_freeze():
    out = extract_records("The Council on Tuesday added 19 individuals and 12 entities to its sanctions list.",
                          title="Update", published=DAY)
    assert [(r["measure"], r["unnamed_targets"]) for r in out["sanctions"]] == [("asset_freeze", "19 individuals and 12 entities")]


@pytest.mark.parametrize("verb", ["froze", "has frozen"])
def test_froze_the_assets_is_an_asset_freeze(verb):
    text = f"Japan {verb} the assets of Norvik Atomic Services."
    out = extract_records(text, title="Update", published=DAY)
    assert [(r["authority_country"], r["measure"]) for r in out["sanctions"]] == [("JP", "asset_freeze")]
    assert _targets(text) == {"Norvik Atomic Services"}


def test_a_sanctions_list_mentioned_is_no_action():
    out = extract_records("Norvik Atomic Services, which is on the EU sanctions list, reported losses.", title="Update", published=DAY)
    assert out["sanctions"] == []


def test_officials_counted_with_their_nationality_are_the_unnamed_targets():
    out = extract_records("The State Department imposed visa restrictions on 18 Ruritanian officials.", title="Update", published=DAY)
    assert [(r["measure"], r["unnamed_targets"]) for r in out["sanctions"]] == [("travel_ban", "18 Ruritanian officials")]


def test_blacklisted_and_a_penalty_on_are_actions():
    assert _targets("Washington has blacklisted chipmaker Norvik Semiconductor.") == {"Norvik Semiconductor"}
    out = extract_records("The Bureau of Industry and Security imposed a $300 million penalty on Norvik Storage Inc.",
                          title="Update", published=DAY)
    assert [(r["measure"], r["amount"], [t["name"] for t in r["targets"]]) for r in out["sanctions"]] == [
        ("financial_penalty", 300_000_000, ["Norvik Storage Inc."])]


def test_a_colon_after_a_described_group_opens_its_names():
    assert _targets("The UK sanctioned three oil traders: Alpha Oil Ltd, Beta Petroleum LLC and Gamma Energy FZE.") == {
        "Alpha Oil Ltd", "Beta Petroleum LLC", "Gamma Energy FZE"}
    # a colon after a name still ends the targets: what follows describes it
    assert _targets("The Treasury sanctioned Alpha Oil Ltd: the company shipped oil to Norvik Ports.") == {"Alpha Oil Ltd"}


def test_unmarked_name_lines_after_a_listing_cue_are_its_targets():
    text = ("OFAC designated the following entities:\nAlpha Oil Ltd\nBeta Petroleum LLC (Hong Kong)\n"
            "The designations follow a year-long investigation into the network's finances and its shipping in Asia.")
    assert _targets(text) == {"Alpha Oil Ltd", "Beta Petroleum LLC"}


def test_a_country_acting_in_the_passive_is_the_authority():
    out = extract_records("Norvik Tankers was sanctioned by the United Kingdom in February.", title="Update", published=DAY)
    assert [(r["authority_country"], [t["name"] for t in r["targets"]]) for r in out["sanctions"]] == [("GB", ["Norvik Tankers"])]


def test_a_nationality_before_a_named_person_or_firm_is_not_a_target():
    assert _targets("OFAC sanctioned Iranian national Reza Karimzadeh and Chinese drone maker Norvik Aviation Co.") == {
        "Reza Karimzadeh", "Norvik Aviation Co."}
    assert "Russia" in _targets("The UK imposed sanctions on Russian banks.")  # the country's banks: the country


def test_a_country_and_its_allies_imposing_sweeping_sanctions_is_the_authority():
    out = extract_records("The United States and its allies imposed sweeping sanctions on Norvik Bank.", title="Update", published=DAY)
    assert [(r["authority_country"], [t["name"] for t in r["targets"]]) for r in out["sanctions"]] == [("US", ["Norvik Bank"])]


def test_the_acting_ministry_is_no_target_but_a_designated_one_is():
    assert "Ministry of Commerce" not in _targets("China's Ministry of Commerce added Norvik Aerospace to its unreliable entity list.")
    assert "Ministry of Defence of Ruritania" in _targets("The Ministry of Defence of Ruritania was designated by OFAC on Monday.")


def test_more_wordings_of_an_action():
    assert _targets("Russia banned entry to Senator Tomas Velkor and 20 others.") == {"Tomas Velkor"}
    out = extract_records("OFAC took action against 16 entities involved in shipping oil.", title="Update", published=DAY)
    assert [(r["authority"], r["unnamed_targets"]) for r in out["sanctions"]] == [("OFAC", "16 entities")]
    assert _targets("Britain targeted Russian oil giant Rosneft with an asset freeze.") == {"Rosneft"}
    assert _targets("The Treasury sanctioned Venezuelan state oil company Norvik Petroleo.") == {"Norvik Petroleo"}


def test_export_restrictions_worded_as_verbs_are_export_controls():
    cases = {
        "The U.S. restricted exports of advanced chips to Norvik Computing.": ("US", "export_control", {"Norvik Computing"}),
        "The EU banned the sale of aircraft parts to Russia.": ("EU", "export_control", {"Russia"}),
        "Washington placed Norvik Telecom on a trade blacklist.": ("US", None, {"Norvik Telecom"}),
    }
    for text, (country, measure, targets) in cases.items():
        (rec,) = extract_records(text, title="Update", published=DAY)["sanctions"]
        assert (rec["authority_country"], rec["measure"], {t["name"] for t in rec["targets"]}) == (country, measure, targets), text


def test_a_country_tightening_restrictions_is_their_authority_not_their_target():
    (rec,) = extract_records("Japan tightened export restrictions on 23 types of chipmaking equipment.", title="Update",
                             published=DAY)["sanctions"]
    assert rec["authority_country"] == "JP" and "Japan" not in {t["name"] for t in rec["targets"]}


def test_names_in_the_reason_for_a_measure_are_not_its_targets():
    # The reason runs to the next comma: a victim, a war, a group the targets served are no targets.
    assert _targets("The UK sanctioned two officials involved in the poisoning of Marek Dolan.") == set()
    assert _targets("The EU sanctioned 12 companies over Ruritania's war against Ukraine.") == set()
    assert _targets("Canada sanctioned 10 Russian officials responsible for the deportation of Ukrainian children.") == set()
    assert _targets("OFAC designated three firms linked to Norvik Holdings, the group's bankers said.") == set()
    assert _targets("The Treasury sanctioned Kessel Metals Ltd, a firm tied to the Vantor Group, and Ostra Mining LLC.") == {
        "Kessel Metals Ltd", "Ostra Mining LLC"}
    # Targets named after the reason, and countries before it, still count; "over 40" is a count.
    assert _targets("The EU sanctioned 9 firms over Russia's war, including Alder Trading LLC and Birch Cargo JSC.") == {
        "Alder Trading LLC", "Birch Cargo JSC"}
    assert _targets("The Treasury sanctioned over 40 entities, including Gale Shipping Ltd.") == {"Gale Shipping Ltd."}
    assert _targets("Japan imposed sanctions on North Korea in response to its missile launches.") == {"North Korea"}
    assert _targets("The UK has frozen the assets of Marek Dolan, a Russian businessman with close ties to the Kremlin.") == {
        "Marek Dolan"}


def test_an_organisation_describing_the_person_after_it_is_not_a_target():
    assert _targets("The United States sanctioned Hezbollah financier Tarek Haddad on Tuesday.") == {"Tarek Haddad"}
    assert _targets("Britain sanctioned Norvik Oil chief executive Pavel Orlov.") == {"Pavel Orlov"}
    # Named as a target of its own, it stays one.
    assert _targets("Britain sanctioned Hezbollah and its financier Tarek Haddad.") == {"Hezbollah", "Tarek Haddad"}


def test_a_company_named_after_its_country_is_one_target():
    assert _targets("The United States sanctioned Iran Air for flying weapons to the front.") == {"Iran Air"}
    assert _targets("The EU imposed sanctions on Russia Monday.") == {"Russia"}


def test_where_a_target_is_based_describes_it():
    out = extract_records("OFAC sanctioned UAE-based Falcon Crest Trading LLC and Hong Kong-registered Norvik Shipping Ltd.",
                          title="Update", published=DAY)
    (rec,) = out["sanctions"]
    assert [(t["name"], t["country"]) for t in rec["targets"]] == [
        ("Falcon Crest Trading LLC", "AE"), ("Norvik Shipping Ltd.", "HK")]


def test_a_country_in_the_progressive_is_the_authority():
    (rec,) = extract_records("Canada is imposing sanctions on Norvik Bank and two of its directors.", title="Update",
                             published=DAY)["sanctions"]
    assert rec["authority_country"] == "CA" and [t["name"] for t in rec["targets"]] == ["Norvik Bank"]


def test_a_country_the_targets_supplied_is_no_target_but_a_trade_ban_makes_it_one():
    assert _targets("Japan sanctioned 12 companies that shipped drones to Russia.") == set()
    assert _targets("Britain sanctioned 25 individuals and entities, including suppliers of military equipment to Russia.") == set()
    assert _targets("The EU imposed a travel ban on 20 individuals and a ban on exports to Iran of equipment.") == {"Iran"}
    assert _targets("The EU banned the sale of aircraft parts to Russia.") == {"Russia"}


def test_sanctioning_in_the_progressive_and_a_package_listing_people_are_actions():
    out = extract_records("Today, OFAC is sanctioning 13 companies and 8 vessels involved in shipping oil.",
                          title="Update", published=DAY)
    assert [(r["authority"], r["unnamed_targets"]) for r in out["sanctions"]] == [("OFAC", "13 companies and 8 vessels")]
    out = extract_records("The package lists an additional 69 individuals and 47 entities, including Norvik Bank.",
                          title="Update", published=DAY)
    assert [[t["name"] for t in r["targets"]] for r in out["sanctions"]] == [["Norvik Bank"]]
    # Vessels listed for a port ban are no asset freeze; a stock-market listing is no sanction.
    assert extract_records("The package lists 34 additional vessels of the shadow fleet.", title="Update",
                           published=DAY)["sanctions"] == []
    assert extract_records("Norvik Bank's shares are listed in London.", title="Update", published=DAY)["sanctions"] == []


def test_a_sanctioned_party_mentioned_in_passing_is_no_new_action():
    out = extract_records("The Treasury fined Norvik Bank $2.1 billion for processing payments for sanctioned Russian oligarchs.",
                          title="Update", published=DAY)
    assert [r["measure"] for r in out["sanctions"]] == ["financial_penalty"]
    assert extract_records("The bank kept trading with sanctioned entities.", title="Update", published=DAY)["sanctions"] == []
    assert _targets("Norvik Bank, which was sanctioned by the EU in 2022, closed its branches.") == {"Norvik Bank"}


def test_those_targeted_named_after_a_counted_action_are_its_targets():
    text = ("Britain on Thursday imposed sanctions on 50 individuals and entities that supplied Russia.\n"
            "Among those targeted were Kessel Trade Co and Indian firm Norvik Industries, the Foreign Office said.")
    assert _targets(text) == {"Kessel Trade Co", "Norvik Industries"}


def test_names_that_start_with_a_particle_or_join_a_word_pair_with_and_stay_whole():
    assert _targets("BIS added Al Safa Marine Trading LLC and De Witt Avionics BV to the Entity List.") == {
        "Al Safa Marine Trading LLC", "De Witt Avionics BV"}
    assert _targets("OFAC sanctioned Ningbo Kessel Import and Export Co., Ltd. and Norvik Science and Technology Co.") == {
        "Ningbo Kessel Import and Export Co., Ltd.", "Norvik Science and Technology Co."}
    # Elsewhere "and" still separates two names, and a regulation's acronym is no name.
    assert _targets("OFAC sanctioned Norvik Import and Kessel Export.") == {"Norvik Import", "Kessel Export"}
    assert "EAR" not in _targets("BIS imposed export controls on Norvik Avionics for items subject to the EAR.")


def test_sectoral_measures_and_a_ban_on_exports_to_a_country_are_measures():
    out = extract_records("The EU has also imposed sectoral measures on Belarus's potash trade.",
                          title="Update", published=DAY)
    assert [(r["measure"], [t["name"] for t in r["targets"]]) for r in out["sanctions"]] == [("sectoral", ["Belarus"])]
    out = extract_records("The measures include a ban on exports to Iran of equipment for monitoring telecommunications.",
                          title="EU Council", published=DAY)
    assert "export_control" in {r["measure"] for r in out["sanctions"]}


def test_a_schedule_amended_by_adding_numbered_names_lists_them():
    text = (
        "SPECIAL ECONOMIC MEASURES ACT\n"
        "Whereas the Governor in Council is of the opinion that the situation is a grave breach of peace;\n"
        "1 Part 1 of the schedule to the Regulations is amended by adding the following after item 88:\n"
        "- 89 Pavel Sergeyevich KORIN (born on May 2, 1970)\n"
        "- 90 Irina Olegovna VESTOVA (born on June 9, 1981)\n"
        "2 These Regulations come into force on the day on which they are registered."
    )
    assert {"Pavel Sergeyevich KORIN", "Irina Olegovna VESTOVA"} <= _targets(text, title="Regulations Amending the Special Economic Measures Regulations")


def test_chinese_and_korean_wordings_of_sanctions():
    out = extract_records("China's Ministry of Commerce added 12 US defence firms, including Norvik Aero's Kessel Works "
                          "unit, to its unreliable entity list.", title="Update", published=DAY)
    assert [(r["authority"], [t["name"] for t in r["targets"]]) for r in out["sanctions"]] == [
        ("China MOFCOM", ["Kessel Works"])]  # the unit is listed, not its parent
    (rec,) = extract_records("China imposed countermeasures on Norvik Defense and Kessel Dynamics over arms sales.",
                             title="Update", published=DAY)["sanctions"]
    assert rec["authority_country"] == "CN" and [t["name"] for t in rec["targets"]] == ["Norvik Defense", "Kessel Dynamics"]
    (rec,) = extract_records("South Korea imposed unilateral sanctions on 11 individuals, including Tarek Haddad's "
                             "brother Samir Haddad.", title="Update", published=DAY)["sanctions"]
    assert rec["authority_country"] == "KR" and [t["name"] for t in rec["targets"]] == ["Samir Haddad"]
    (rec,) = extract_records("Japan's Ministry of Economy, Trade and Industry added 22 entities to its End User List.",
                             title="Update", published=DAY)["sanctions"]
    assert (rec["authority"], rec["measure"]) == ("Japan METI", "export_control")


def test_a_place_named_in_a_description_is_no_target():
    assert _targets("The UK sanctioned 4 officials, including the head of Tarvos prison, Hedayat Farzan.") == {"Hedayat Farzan"}


def test_an_action_dated_to_an_earlier_period_has_no_day():
    def dates(text: str) -> list:
        return [r["date"] for r in extract_records(text, title="Update", published=DAY)["sanctions"]]

    # DAY is 2031-05-14: the publication date is no answer for an action "in 2029" or "last year".
    assert dates("Norvik Bank was sanctioned by OFAC in 2029.") == [None]
    assert dates("In 2029, OFAC sanctioned Norvik Bank.") == [None]
    assert dates("The EU sanctioned Norvik Bank last year.") == [None]
    assert dates("OFAC sanctioned Norvik Bank in February.") == [None]
    # The period of the publication itself, a day, or a period of something else keep their answers.
    assert dates("OFAC sanctioned Norvik Bank in May.") == [DAY.isoformat()]
    assert dates("OFAC sanctioned Norvik Bank on Tuesday, after it was warned in 2029.") == ["2031-05-13"]
    assert dates("OFAC sanctioned Norvik Bank, which was founded in 1998.") == [DAY.isoformat()]


def test_a_modal_or_a_plan_before_the_trigger_is_no_action():
    assert _targets("The EU may sanction Norvik Bank in May.") == set()
    assert _targets("Britain plans to sanction Norvik Bank.") == set()
    assert _targets("The US vowed to impose sanctions on Norvik Bank.") == set()
    assert _targets("In May, OFAC sanctioned Norvik Bank.") == {"Norvik Bank"}


def test_joint_actions_lifted_sanctions_and_the_words_of_a_trigger():
    # both states act: a record each
    recs = extract_records("Canada and Australia jointly sanctioned Norvik Bank.", title="Update", published=DAY)["sanctions"]
    assert sorted(r["authority_country"] for r in recs) == ["AU", "CA"]
    assert all([t["name"] for t in r["targets"]] == ["Norvik Bank"] for r in recs)
    assert extract_records("The US lifted sanctions on Norvik Bank.", title="Update", published=DAY)["sanctions"] == []
    assert _targets("OFAC designated Tarek Haddad as a Specially Designated National.") == {"Tarek Haddad"}


def test_a_nationality_or_an_organisation_describing_the_named_targets_is_no_target():
    assert _targets("Britain announced sanctions against Israeli settlers Dana Weisz and Moshe Sharon.") == {
        "Dana Weisz", "Moshe Sharon"}
    assert _targets("The U.S. imposed sanctions on Chinese refinery Norvik Luqing Petrochemical.") == {
        "Norvik Luqing Petrochemical"}
    assert _targets("Canada imposed sanctions on four Hamas leaders, including Tarek Haddad.") == {"Tarek Haddad"}
    # The country of a trade flow is still the target.
    assert _targets("The EU banned imports of Russian steel.") == {"Russia"}


def test_who_speaks_about_the_action_is_no_target():
    assert _targets("Australia has imposed sanctions on 14 individuals involved in Iran's drone program, "
                    "Foreign Minister Dana Weisz said.") == set()
    assert _targets("The United States sanctioned Norvik Bank on Tuesday, said Treasury Secretary Tarek Haddad.") == {
        "Norvik Bank"}
    assert _targets("The EU froze the assets of Kessel Trading LLC, according to Interfax.") == {"Kessel Trading LLC"}
    # A target at the end of a list is still one ("... and C, officials said").
    assert _targets("OFAC designated Kessel Shipping, Norvik Maritime and Tarvos Tankers, officials said.") == {
        "Kessel Shipping", "Norvik Maritime", "Tarvos Tankers"}


def _records(text: str) -> list[dict]:
    return extract_records(text, title="Update", published=DAY)["sanctions"]


def test_a_second_measure_in_the_sentence_has_the_actor_the_first_one_named():
    # Australia's "targeted financial sanctions" freeze assets: one record per measure, one actor for both
    recs = _records("Australia imposed targeted financial sanctions and travel bans on Norvik Bank.")
    assert {(r["authority_country"], r["measure"]) for r in recs} == {("AU", "asset_freeze"), ("AU", "travel_ban")}
    # (a bank does not travel: the one it names with a travel ban is subject to the freeze)
    assert {r["measure"]: [t["name"] for t in r["targets"]] for r in recs} == {"asset_freeze": ["Norvik Bank"], "travel_ban": []}
    recs = _records("Australia imposed targeted financial sanctions and travel bans on Ivan Norvik.")
    assert all([t["name"] for t in r["targets"]] == ["Ivan Norvik"] for r in recs)
    (rec,) = _records("Canada today announced sanctions under the Special Economic Measures (Russia) Regulations "
                      "against Norvik Bank.")
    assert (rec["authority_country"], rec["measure"]) == ("CA", "asset_freeze")


def test_a_countrys_government_that_said_it_acted_is_the_authority():
    (rec,) = _records("Separately, Japan's government said it froze the assets of 11 individuals and 29 entities.")
    assert rec["authority_country"] == "JP" and rec["measure"] == "asset_freeze"


def test_sanctions_violations_and_breaches_state_no_new_measure():
    recs = _records("Separately, Norvik Exchange agreed to pay $968 million to settle OFAC's claims of sanctions violations.")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("US", "financial_penalty")]
    assert [t["name"] for t in recs[0]["targets"]] == ["Norvik Exchange"]
    assert _records("Prosecutors opened sanctions investigations into three traders.") == []


def test_a_second_agency_acting_separately_acts_and_a_reaction_to_sanctions_is_none():
    text = ("The United States on Thursday imposed sanctions on a Chinese \"teapot\" refinery, the Treasury said.\n"
            "Norvik Petrochemical Co. was designated for refining Iranian crude, the Treasury said.\n"
            "The State Department separately sanctioned Hong Kong-based Kessel Shipping Ltd on Friday.\n"
            "China's foreign ministry said it firmly opposed the sanctions.")
    recs = extract_records(text, title="Update", published=DAY)["sanctions"]
    assert {(r["authority_country"], t["name"]) for r in recs for t in r["targets"]} == {
        ("US", "Norvik Petrochemical Co."), ("US", "Kessel Shipping Ltd")}  # not China: "a Chinese refinery"
    # A relative clause about earlier actions stays background.
    assert _targets("BIS coordinated with the Department of State, which has separately sanctioned Iranian "
                    "networks in recent months.") == set()


def test_the_council_imposing_restrictive_measures_is_the_eu_and_its_listings_name_the_targets():
    text = ("The Council today decided to impose restrictive measures on an additional 9 individuals and 6 entities "
            "in view of the situation in Belarus.\n"
            "Those listed include judges and prosecutors responsible for politically motivated trials, as well as the "
            "state-owned broadcaster Norvikradio and the Minsk Tractor Works.")
    (rec, *_) = extract_records(text, title="Belarus: Council lists 15", published=DAY)["sanctions"]
    assert rec["authority_country"] == "EU"
    assert rec["unnamed_targets"] == "9 individuals and 6 entities"
    assert [t["name"] for t in rec["targets"]] == ["Norvikradio", "Minsk Tractor Works"]


def test_the_additions_include_names_the_targets_of_the_action_before():
    text = ("The Bureau of Industry and Security (BIS) today added 37 entities based in China to the Entity List.\n"
            "The additions include Norvik Information Technology Co. and Kessel Guangxin Technology Co., Ltd.")
    assert _targets(text) == {"Norvik Information Technology Co.", "Kessel Guangxin Technology Co., Ltd."}


def test_a_ban_on_exports_to_named_buyers_and_counts_written_with_thousands():
    (rec,) = _records("TOKYO - Japan's Ministry of Economy, Trade and Industry (METI) said on Friday it would ban "
                      "exports to 12 Russian entities, including military-linked research institutes.")
    assert (rec["authority_country"], rec["measure"], rec["unnamed_targets"]) == ("JP", "export_control", "12 Russian entities")
    (rec,) = _records("The EU sanctioned 1,200 individuals on Monday.")
    assert rec["unnamed_targets"] == "1,200 individuals"


def test_a_country_before_its_own_list_is_not_the_actor():
    recs = _records("TOKYO - Japan's Ministry of Economy, Trade and Industry (METI) said on Friday it would ban exports "
                    "to 12 Russian entities.\nThe government also added 3 entities in China and the United Arab "
                    "Emirates to its export ban list.")
    assert {r["authority_country"] for r in recs} == {"JP"}


def test_the_names_of_a_row_with_titles_descriptions_and_legal_forms():
    text = ("The UK has today sanctioned 18 Russian military intelligence officers responsible for malicious cyber "
            "activity, including the 2023 attack on the British Library.\n"
            "Those sanctioned include Colonel Ivan Norvikov, commander of GRU Unit 29155, and Major Sergei Kesselev.")
    assert _targets(text) == {"Ivan Norvikov", "Sergei Kesselev"}  # not "Library", nor the unit described
    text = ("The Bureau of Industry and Security (BIS) today added 37 entities to the Entity List.\n"
            "The additions include Norvik Information Technology Co. and Kessel Guangxin Technology Co., Ltd., "
            "a supplier of Tarvos Group.")
    assert _targets(text) == {"Norvik Information Technology Co.", "Kessel Guangxin Technology Co., Ltd."}


def test_china_adding_firms_to_its_unreliable_entity_list_after_an_abbreviation():
    (rec,) = _records("Separately, China added 10 U.S. defense firms, including Kessel Aerospace, to its unreliable "
                      "entity list.")
    assert (rec["authority_country"], rec["measure"]) == ("CN", "export_control")
    assert [t["name"] for t in rec["targets"]] == ["Kessel Aerospace"]


def test_charges_for_violating_sanctions_and_removals_from_a_list_are_no_sanctions():
    assert _records("Separately, the Justice Department charged Tarek Haddad with conspiring to violate U.S. "
                    "sanctions on Iran.") == []
    assert _records("Separately, the U.S. Treasury removed Norvik Bank from the SDN list after it changed ownership.") == []
    assert _records("Separately, Commerce delisted Kessel Labs from the Entity List on Monday.") == []


def test_profiles_opening_with_where_the_designee_is_based_and_an_alias_of_the_reason():
    text = ("Today, OFAC is sanctioning three individuals and four entities involved in procuring weapons components "
            "for the Houthis, also known as Ansarallah.\n"
            "Yemen-based Norvik Trading Company has served as a front for the procurement of dual-use goods.\n"
            "China-based Kessel Electronics Co., Ltd. supplied cruise missile parts to the network.")
    assert _targets(text) == {"Norvik Trading Company", "Kessel Electronics Co., Ltd."}


def test_cyber_sanctions_and_parallel_sanctions_against_the_company():
    text = ("Australia on Tuesday imposed cyber sanctions on Russian hosting provider Kesselservers.\n"
            "Defence Minister Dana Weisz said the sanctions made it a criminal offence to provide assets to Kesselservers.\n"
            "The United Kingdom announced parallel sanctions against the company.")
    recs = _records(text)
    assert {(r["authority_country"], t["name"]) for r in recs for t in r["targets"]} == {
        ("AU", "Kesselservers"), ("GB", "Kesselservers")}  # not the minister: a role before a person


def test_a_fine_in_an_article_about_no_sanctions_is_no_sanctions_penalty():
    assert _records("The European Commission fined Kessel Platforms €797.72 million on Thursday for abusing its "
                    "dominance in online classified ads.") == []
    (rec,) = _records("OFSI imposed a monetary penalty of £20.47 million on Norvik Bank for breaches of financial "
                      "sanctions regulations.")
    assert (rec["authority_country"], rec["measure"], rec["amount"]) == ("GB", "financial_penalty", 20_470_000)


def test_the_country_owning_the_named_targets_is_no_target():
    assert _targets("Today, the Department of the Treasury is imposing sanctions on Russia's two largest oil companies, "
                    "Norvikneft and Kesseloil, as a result of Russia's lack of commitment to peace.") == {
        "Norvikneft", "Kesseloil"}


def test_the_people_and_the_company_described_are_named_after():
    text = ("LONDON - Britain on Monday froze the assets of three Iranian businessmen and sanctioned a UAE-registered "
            "shipping company over their role in financing the Islamic Revolutionary Guard Corps.\n"
            "The businessmen are Hossein Norvikhani and Ali Kesselhani, the government said.\n"
            "The company, Ocean Star Shipping FZE, operates tankers that carry Iranian crude to China.")
    assert _targets(text) == {"Hossein Norvikhani", "Ali Kesselhani", "Ocean Star Shipping FZE"}


def test_hit_with_sanctions_in_both_voices():
    (rec,) = _records("Separately, the United States hit Norvik Shipping with sanctions on Tuesday.")
    assert rec["authority_country"] == "US" and [t["name"] for t in rec["targets"]] == ["Norvik Shipping"]
    (rec,) = _records("Separately, Norvik Bank was hit with U.S. sanctions in 2022 and has since been cut off from SWIFT.")
    assert (rec["authority_country"], [t["name"] for t in rec["targets"]], rec["date"]) == ("US", ["Norvik Bank"], None)


def test_more_authorities_a_law_title_an_appositive_role_and_whose_clauses():
    (rec,) = _records("Separately, Ukraine's National Security and Defense Council imposed sanctions on 56 Russian "
                      "companies, including Kessel Bank.")
    assert rec["authority_country"] == "UA" and [t["name"] for t in rec["targets"]] == ["Kessel Bank"]
    (rec,) = _records("Separately, Japan's Finance Ministry said it froze the assets of Kessel Bank and Norvik Corp.")
    assert rec["authority_country"] == "JP"
    assert _targets("Separately, Canada has listed Kessel Group under the Justice for Victims of Corrupt Foreign "
                    "Officials Act.") == {"Kessel Group"}
    assert _targets("Separately, the Treasury sanctioned Kessel Ali, a Hizballah financier, and his company Norvik "
                    "Holding SAL.") == {"Kessel Ali", "Norvik Holding SAL"}
    assert _targets("Separately, the EU sanctioned Kessel Telecom, whose owner Norvik Petrov is close to the "
                    "Kremlin.") == {"Kessel Telecom"}


def test_an_action_years_before_the_article_is_undated_and_weighed_sanctions_are_none():
    (rec,) = _records("MOSCOW - Three years after the United States imposed sweeping sanctions on Russia, the economy "
                      "has proved resilient.")
    assert (rec["authority_country"], rec["date"]) == ("US", None)
    assert _records("BRUSSELS - European Union foreign ministers will discuss possible new sanctions against Iran "
                    "next week, diplomats said.") == []
    assert extract_records("The EU will adopt new measures.", title="EU weighs new sanctions on Iran",
                           published=DAY)["sanctions"] == []


def test_an_official_documents_header_date_dates_its_action():
    text = ("Canada Gazette, Part II, Volume 156\nSOR/2031-87 April 26, 2031\nSPECIAL ECONOMIC MEASURES ACT\n"
            "The Governor in Council makes the annexed Regulations, under which Norvik Bank is added to the schedule "
            "and designated under the Special Economic Measures Act.")
    (rec,) = _records(text)
    assert rec["date"] == "2031-04-26"  # not the publication (DAY, weeks later)
    # A date at a line's end in the body, or after the publication, is no header date.
    (rec,) = _records("OFAC sanctioned Norvik Bank.\nThe bank was founded on June 1, 2001")
    assert rec["date"] == DAY.isoformat()
    (rec,) = _records("Update of June 30, 2031\nOFAC sanctioned Norvik Bank.")
    assert rec["date"] == DAY.isoformat()


def test_an_action_since_an_earlier_period_is_undated():
    (rec,) = _records("Since February 2022, BIS has imposed extensive export controls on Russia.")
    assert (rec["authority_country"], rec["date"]) == ("US", None)
    (rec,) = _records("Since May, BIS has imposed export controls on Norvik Labs.")
    assert rec["date"] == DAY.isoformat()  # the publication's own month


def test_rows_with_semicolons_roles_places_and_legal_forms_of_other_countries():
    text = ("WASHINGTON - BIS today added 11 entities to the Entity List for diverting U.S.-origin items to Russia.\n"
            "The entities are: Kessel Electronics Ltd (Hong Kong); Norvik Trade FZE (UAE); and Tarvos Components "
            "Co., Ltd. (China).")
    assert _targets(text) == {"Kessel Electronics Ltd", "Norvik Trade FZE", "Tarvos Components Co., Ltd."}
    text = ("The Council today decided to impose restrictive measures on 8 individuals and 1 entity responsible for "
            "serious human rights violations in Iran.\n"
            "The listings include Norvik Prison director Ali Kesselzadeh, members of the Basij militia, and the "
            "Tehran-based Tarvos Security Company.")
    assert _targets(text) == {"Ali Kesselzadeh", "Tarvos Security Company"}
    text = ("The U.S. Treasury Department on Thursday sanctioned five leaders of the Sinaloa Cartel and two Mexican "
            "companies.\nThose designated include Ivan Norvik Salazar, as well as Kessel Importadora S.A. de C.V.")
    assert _targets(text) == {"Ivan Norvik Salazar", "Kessel Importadora S.A. de C.V."}


def test_a_period_set_off_after_the_trigger_dates_the_action():
    (rec,) = _records("The European Union's 14th package of sanctions, adopted in June 2029, targeted the "
                      "transshipment of Russian LNG for the first time.")
    assert (rec["authority_country"], rec["date"]) == ("EU", None)
    (rec,) = _records("The European Union's new sanctions, adopted on Monday, target Norvik Bank.")
    assert rec["date"] == "2031-05-12"


def test_arabic_name_particles_and_an_appositive_role_with_adjectives():
    assert _targets("Separately, Treasury designated Abu Ahmad al-Kessel, a senior Hamas official, on Monday.") == {
        "Abu Ahmad al-Kessel"}
    assert _targets("Separately, OFAC sanctioned al-Norvik Exchange for moving funds.") == {"al-Norvik Exchange"}


def test_a_dateline_is_no_name_and_family_of_a_person_is_not_the_person():
    (rec,) = _records("BERN - Switzerland froze the assets of Norvik Bank on Friday.")
    assert [t["name"] for t in rec["targets"]] == ["Norvik Bank"]
    assert _targets("LONDON (Reuters) - Britain on Wednesday imposed sanctions on the wife and two children of Russian "
                    "billionaire Kessel Norvikov, saying they had benefited from his business interests.") == set()


def test_counted_nationals_and_an_export_control_entity_list():
    (rec,) = _records("Separately, South Korea imposed sanctions on 11 North Koreans involved in weapons development.")
    assert (rec["authority_country"], rec["unnamed_targets"]) == ("KR", "11 North Koreans")
    (rec,) = _records("Separately, Taiwan added Kessel Tech and Norvik Chips to its export control entity list.")
    assert (rec["authority_country"], rec["measure"]) == ("TW", "export_control")


def test_an_eu_implementing_regulation_its_recitals_annex_and_date():
    text = ("THE COUNCIL OF THE EUROPEAN UNION,\n"
            "Having regard to Council Regulation (EU) No 269/2014 of 17 March 2014 concerning restrictive measures in "
            "respect of actions undermining the territorial integrity of Ukraine,\n"
            "Whereas:\n"
            "(1) In view of the gravity of the situation, 5 persons and 2 entities should be added to the list of "
            "persons subject to restrictive measures.\n"
            "HAS ADOPTED THIS REGULATION:\n"
            "Article 1\nAnnex I to Regulation (EU) No 269/2014 is amended as set out in the Annex to this Regulation.\n"
            "ANNEX\nThe following persons and entities are added to the list:\n"
            "1. Ivan KESSELOV\n2. Norvik Defence Industries JSC")
    title = "Council Implementing Regulation (EU) 2031/1234 of 12 March 2031 implementing Regulation (EU) No 269/2014"
    (rec,) = extract_records(text, title=title, published=DAY)["sanctions"]
    assert (rec["authority_country"], rec["measure"], rec["date"]) == ("EU", "asset_freeze", "2031-03-12")
    assert [t["name"] for t in rec["targets"]] == ["Ivan KESSELOV", "Norvik Defence Industries JSC"]


def test_ships_banned_from_ports_are_no_travel_ban():
    recs = _records("The UK announced sanctions on Norvik Tankers FZE.\nThe company's ships will be banned from "
                    "entering UK ports.")
    assert "travel_ban" not in {r["measure"] for r in recs}


def test_a_un_committee_approving_entries_and_a_government_named_after_its_leader():
    (rec,) = _records("On 14 March 2031, the Security Council Committee pursuant to resolution 1267 (1999) approved the "
                      "addition of the entry specified below to its Sanctions List.")
    assert (rec["authority_country"], rec["measure"], rec["date"]) == ("UN", "asset_freeze", "2031-03-14")
    assert _targets("The Kesselton Government is imposing targeted financial sanctions and travel bans on 5 "
                    "individuals responsible for human rights abuses in Iran.") == set()


def test_an_entry_ban_on_counted_citizens_in_response_to_other_sanctions():
    assert [(r["authority_country"], r["measure"], r["unnamed_targets"]) for r in _records(
        "Separately, Russia closed entry to 92 US citizens, including journalists, in response to Washington's "
        "sanctions.")] == [("RU", "travel_ban", "92 US citizens")]


def test_an_oil_embargo_on_a_country_is_an_import_ban():
    recs = _records("The European Union has agreed to impose an oil embargo on Iran over its nuclear programme.")
    assert [(r["authority_country"], r["measure"], [t["name"] for t in r["targets"]]) for r in recs] == [
        ("EU", "import_ban", ["Iran"])]


def test_a_list_consulted_is_no_listing():
    assert _records("Companies must still screen their counterparties against the SDN List.") == []
    assert _records("Banks should check every customer against the Entity List before shipping.") == []
    (rec,) = _records("OFAC added Norvik Bank to the SDN List on Monday.")
    assert rec["measure"] == "asset_freeze" and [t["name"] for t in rec["targets"]] == ["Norvik Bank"]


def test_an_example_or_a_condition_states_no_action():
    assert _targets("For example, if Kessel Holdings, a person designated under E.O. 14024, owns 60 percent of Norvik "
                    "Trading, Norvik Trading is blocked.") == set()
    assert _targets("If OFAC designates Norvik Bank, its assets in the United States will be blocked.") == set()


def test_denial_orders_and_revoked_export_licenses_are_export_controls():
    (rec,) = _records("Separately, BIS issued a Temporary Denial Order against Kessel Airlines, cutting off its access "
                      "to U.S.-origin parts.")
    assert (rec["authority_country"], rec["measure"], [t["name"] for t in rec["targets"]]) == (
        "US", "export_control", ["Kessel Airlines"])
    (rec,) = _records("Separately, the Commerce Department revoked export licenses for Norvik Telecom.")
    assert (rec["measure"], [t["name"] for t in rec["targets"]]) == ("export_control", ["Norvik Telecom"])


def test_weighing_sanctions_is_hedged_only_right_before_them():
    assert _records("The EU is preparing a new package of sanctions against Russia.") == []
    assert _targets("Foreign ministers, who discussed the war on Monday, imposed sanctions on Norvik Bank.") == {
        "Norvik Bank"}


def test_identified_property_and_an_action_that_targets():
    assert _targets("Separately, OFAC is identifying the vessel Norvik Star as property in which Kessel Shipping has "
                    "an interest.") == {"Norvik Star"}
    assert _targets("Separately, today's action targets Kessel Group's network of front companies in the UAE.") == {
        "Kessel Group"}


def test_a_lone_name_opening_the_sentence_before_was_sanctioned_is_the_target():
    (rec,) = _records("Kesselneft was sanctioned by the EU on Monday.")
    assert (rec["authority_country"], [t["name"] for t in rec["targets"]]) == ("EU", ["Kesselneft"])


def test_un_entries_ending_with_their_line_and_the_regimes_country_is_no_target():
    text = (
        "On 3 May 2030, the Security Council Committee established pursuant to resolution 2999 (2029) concerning Haiti "
        "approved the addition of the entries specified below to its Sanctions List of individuals and entities subject "
        "to the targeted assets freeze and travel ban.\n"
        "A. Individuals\n"
        "HTi.041 Name: 1: MARC-ANDRE 2: DESROSIERS 3: na 4: na\n"
        "Title: na Designation: Leader of an armed gang Date of birth: 3 Feb. 1989\n"
        "B. Entities and other groups\n"
        "HTe.012 Name: KOKORAT BRIGAD\n"
        "Address: Ouest Department, Haiti\n"
        "Marc-André Desrosiers was listed on 3 May 2030. Kokorat Brigad was listed on 3 May 2030."
    )
    out = extract_records(text, published=dt.date(2030, 5, 4))
    names = {t["name"] for rec in out["sanctions"] for t in rec["targets"]}
    assert {"Marc-André Desrosiers", "Kokorat Brigad"} <= names  # the narrative's spelling, accents and all
    assert "Haiti" not in names


def test_japanese_style_outline_of_measures():
    text = (
        "The Government of Japan has today decided to implement the following measures.\n"
        "(1) Asset freeze and other measures against banks in the Russian Federation\n"
        "Payments and capital transactions to the following banks will be subject to a permission requirement:\n"
        "Joint Stock Company Zenda Kreditny Bank\n"
        "Public Joint Stock Company Bank Strelsau Kapital\n"
        "(2) Prohibition of exports to Belarus\n"
        "Exports to 3 organizations in third countries will be prohibited.\n"
        "With these measures, the total number of persons subject to asset freeze measures under the FEFTA is 1,248."
    )
    out = extract_records(text, published=dt.date(2030, 3, 4))
    by_measure = {rec["measure"]: {t["name"] for t in rec["targets"]} for rec in out["sanctions"]}
    assert by_measure["asset_freeze"] == {"Joint Stock Company Zenda Kreditny Bank", "Public Joint Stock Company Bank Strelsau Kapital"}
    assert by_measure["export_control"] == {"Belarus"}


def test_a_state_adopting_the_eus_sanctions_acts_itself_and_conduct_is_no_measure():
    recs = _records(
        "ZENDA, March 4 (Reuters) - Norway on Wednesday adopted the European Union's latest round of sanctions, "
        "freezing the assets of Quillon Trading AS. Listed individuals are also barred from entering Norway.")
    assert {r["authority_country"] for r in recs} == {"NO"}
    assert {"asset_freeze", "travel_ban"} <= {r["measure"] for r in recs}
    recs = _records("The EU froze Quillon Trading AS's assets on Feb. 24, accusing it of selling oil above the G7 price cap.")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("EU", "asset_freeze")]
    assert _records("Quillon Trading AS said it had complied at all times with applicable sanctions and price cap rules.") == []
    recs = _records("The UK sanctioned Norvik Tankers FZE. Its vessels can be prohibited from entering UK ports.")
    assert "travel_ban" not in {r["measure"] for r in recs}


def test_proposals_bills_negations_and_removals_state_no_measure():
    assert _records("EU ambassadors are discussing a proposal from the Commission to ban imports of Russian LNG.") == []
    assert _records("Senators introduced a bill that would require the Treasury Department to impose sanctions on "
                    "Norvik Gas.") == []
    assert _records("The United States has not sanctioned Norvik Gas.") == []
    assert _records("The United States on Tuesday removed sanctions on Ruritanian businessman Ivo Marek.") == []
    # ... while a decision reported with "said it would" is one, and a clause before it does not hedge it
    assert [r["measure"] for r in _records("The UK said on Friday it would ban exports to Norvik Gas.")] == ["export_control"]
    assert _targets("Ministers, who debated the war on Monday, froze the assets of Norvik Gas.") == {"Norvik Gas"}


def test_weekdays_requirements_and_the_penalty_process_are_no_targets_or_actions():
    assert "Tuesday" not in _targets("OFAC designated Norvik Gas; its parent was not covered by Tuesday's decision "
                                     "and OFAC designated Kessel Oil.")
    assert _records("Kessel Valves acted with reckless disregard for U.S. sanctions requirements, OFAC said.") == []
    assert _records("Information on the civil penalties process can be found in the OFAC regulations.") == []


def test_individuals_rendered_inadmissible_and_titles_of_associated_links():
    text = ("Today, Canada is imposing sanctions on 2 individuals and 1 entity under the Special Economic Measures "
            "(Iran) Regulations: Ivo Marek Dlouhy, Tamsin Orla Breck and Grell Aero Parts Company.\n"
            "Individuals listed under the regulations are also rendered inadmissible to Canada under the Immigration "
            "and Refugee Protection Act.\n"
            "Associated links\n"
            "Canadian sanctions related to Iran\n"
            "Consolidated Canadian Autonomous Sanctions List")
    recs = extract_records(text, published=DAY)["sanctions"]
    by_measure = {r["measure"]: {t["name"] for t in r["targets"]} for r in recs}
    assert by_measure["travel_ban"] == {"Ivo Marek Dlouhy", "Tamsin Orla Breck"}
    assert "Iran" not in {t for names in by_measure.values() for t in names}


def test_a_government_of_a_state_acts_and_entities_designated_by_others_are_described():
    recs = _records("Separately, OFAC designated Kessel Trading LLC. In coordination with today's action, the Government of "
                    "the Republic of Korea has also designated Kessel Trading LLC.")
    assert {r["authority_country"] for r in recs} == {"US", "KR"}
    assert "United Nations" not in _targets(
        "OFAC designated Kessel Trading LLC. Many are subordinate to entities designated by the United States and the "
        "United Nations.")


def test_a_headline_state_the_government_of_a_state_and_passive_persons():
    title = "Freedonia sanctions Ruritanian drone suppliers"
    text = ("The Foreign Minister today announced sanctions on 12 individuals and entities.\n"
            "Among those targeted is Ivo Marek Dlouhy, general director of a drone plant.\n"
            "Tamsin Orla Breck, who oversees a deportation office, is sanctioned for her role.\n"
            "Timur Rashidovich Gabdullin, described by officials as a financier of Kessel-Telematika, is also named in the "
            "package.\n"
            "The full list is available on the Ministry of Foreign Affairs and Trade website.")
    recs = extract_records(text, title=title, published=DAY)["sanctions"]
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"Ivo Marek Dlouhy", "Tamsin Orla Breck", "Timur Rashidovich Gabdullin"} <= names
    assert not {"Kessel-Telematika", "Ministry of Foreign Affairs"} & names
    recs = extract_records(text, title="New Zealand sanctions Russian drone suppliers", published=DAY)["sanctions"]
    assert {r["authority_country"] for r in recs} == {"NZ"}
    recs = _records("1. The Government of Japan today (May 27) approved at the Cabinet meeting the implementation of "
                    "measures to freeze the assets of 4 entities.\nThe individuals designated include Kim Chol-ung and "
                    "Ri Kwang-song, who manage teams of IT workers; and So Hyang-mi, who launders crypto-assets.\n"
                    "3. Specifically, the following measures will be implemented with respect to the designated persons:\n"
                    "(1) Payment regulations: payments to the designated persons will be subject to a permission system.")
    assert {r["authority_country"] for r in recs} == {"JP"}
    assert {t["name"] for r in recs for t in r["targets"]} == {"Kim Chol-ung", "Ri Kwang-song", "So Hyang-mi"}


def test_official_announcements_of_lists_decrees_and_bodies_that_implement():
    recs = _records(
        "The Unreliable Entity List Working Mechanism on January 2, 2030 issued Announcement No. 1 of 2030, deciding to "
        "include seven US companies in the Unreliable Entity List.\nThe companies concerned are Kessel Defense Inc. and "
        "Norvik Avionics LLC.\n(1) they are prohibited from making new investments in China;")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"Kessel Defense Inc.", "Norvik Avionics LLC"} <= names
    assert not {"Working Mechanism", "Announcement No", "Unreliable"} & names
    assert "investment_ban" in {r["measure"] for r in recs}
    recs = _records(
        "By the decision of the Council, which is put into effect by the Decree, sanctions are applied to 41 legal "
        "entities.\nThe sanctions list includes, in particular, the Russian legal entities JSC Zenda Drives Plant and "
        "LLC Strelsau-Mikro, as well as the Iranian companies Pars Kessel Industries Co.\n"
        "The Cabinet of Ministers and the National Bank are instructed to ensure the implementation of the applied "
        "restrictive measures.\nEarlier, Ukraine imposed sanctions on Kavir Group, the parent company of Kavir Turbines Co.")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"JSC Zenda Drives Plant", "LLC Strelsau-Mikro", "Pars Kessel Industries Co.", "Kavir Group"} <= names
    assert not {"Decree", "Cabinet of Ministers", "National Bank", "Kavir Turbines Co."} & names


def test_a_framework_a_wire_datelines_place_and_reactions_to_un_sanctions():
    assert _records("The Government has used the autonomous cyber sanctions framework, after work by the Australian "
                    "Federal Police.") == []
    names = _targets("UNITED NATIONS, March 29 (Northline News) - A U.N. Security Council committee on Friday designated "
                     "the vessel KESSEL STAR.")
    assert "UNITED NATIONS" not in names and "KESSEL STAR" in names
    assert _records("Pyongyang has in the past denounced U.N. sanctions as a hostile act.") == []


def test_states_that_also_announced_sanctions_and_names_added_to_a_list_after_a_comma():
    recs = _records("Australia has worked closely with the United Kingdom and the United States, which today also "
                    "announced sanctions against Ivo Dlouhy and Tamsin Breck.")
    assert {r["authority_country"] for r in recs} == {"GB", "US"}
    assert all({t["name"] for t in r["targets"]} == {"Ivo Dlouhy", "Tamsin Breck"} for r in recs)
    names = _targets("The UN committee, which oversees sanctions on North Korea and operates by consensus, added the "
                     "KESSEL STAR and the NORVIK DAWN to its sanctions list.")
    assert {"KESSEL STAR", "NORVIK DAWN"} <= names


def test_listed_and_targeted_for_a_death_penalty_inadmissible_individuals_and_an_earlier_listing():
    recs = _records(
        "The Council today imposed restrictive measures on three individuals.\nAmong those listed is Ivo Dlouhy, a "
        "prosecutor who has sought the death penalty against detainees.\nTamsin Breck, the warden of Zenda prison, is "
        "listed for the ill-treatment of prisoners, while Olga Sokolova, an editor, is targeted for airing forced "
        "confessions.\nUnder the Act, the listed individuals are also inadmissible to Canada.")
    assert "financial_penalty" not in {r["measure"] for r in recs}
    assert {"Ivo Dlouhy", "Tamsin Breck", "Olga Sokolova"} <= {t["name"] for r in recs for t in r["targets"]}
    recs = _records("Canada sanctioned Ivo Dlouhy. Under the Immigration Act, the listed individuals are also "
                    "inadmissible to Canada.")
    assert [t["name"] for r in recs if r["measure"] == "travel_ban" for t in r["targets"]] == ["Ivo Dlouhy"]
    recs = _records("Ivo Dlouhy has also been on the UN Security Council's Haiti sanctions list since December 2024.")
    assert [(r["authority_country"], [t["name"] for t in r["targets"]]) for r in recs] == [("UN", ["Ivo Dlouhy"])]


def test_un_entries_ending_at_the_next_field_and_an_embargo_renewed_until_a_date():
    text = ("On 13 May 2030, the Security Council Committee established pursuant to resolution 2206 (2015) approved the "
            "addition of the entries specified below to its Sanctions List.\n"
            "By resolution 2731 (2029), the Security Council renewed the arms embargo until 31 May 2030.\n"
            "SSi.010 Name: 1: IVO 2: MAREK 3: DLOUHY 4: na Title: Major General Designation: Commander DOB: 1968\n"
            "SSe.004 Name: KESSEL RIVER LOGISTICS LTD A.k.a.: KRL Transport Address: Juba")
    recs = extract_records(text, published=dt.date(2030, 5, 14))["sanctions"]
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"IVO MAREK DLOUHY", "KESSEL RIVER LOGISTICS LTD"} <= names
    assert "2030-05-31" not in {r["date"] for r in recs if r["measure"] == "arms_embargo"}  # when it ends


def test_a_round_ups_country_headings_and_ukraines_president_and_acronyms_that_are_no_names():
    text = ("Our weekly digest of designations.\nCANADA\nOttawa on Monday imposed sanctions on Kessel Patriotic Centre.\n"
            "AUSTRALIA\nOn Wednesday the Foreign Minister announced targeted financial sanctions on Norvik Cyber Group.\n"
            "UKRAINE\nPresident Volodymyr Zelenskyy on Thursday signed a decree enacting a National Security and Defense "
            "Council decision that imposes sanctions on 71 companies. Among them is Zenda Orion Shipping.")
    recs = extract_records(text, published=dt.date(2030, 3, 8))["sanctions"]
    by_state = {}
    for r in recs:
        by_state.setdefault(r["authority_country"], set()).update(t["name"] for t in r["targets"])
    assert by_state.get("CA") == {"Kessel Patriotic Centre"}
    assert by_state.get("AU") == {"Norvik Cyber Group"} and "Zenda Orion Shipping" in by_state.get("UA", set())
    names = _targets("OFAC designated Kessel Aero Company, a maker of UAV parts listed on the SDN List, and Norvik "
                     "Trading (Oslo: NORV).")
    assert "Kessel Aero Company" in names and not {"UAV", "SDN", "NORV"} & names


def test_an_official_site_names_the_state_when_the_text_names_only_an_office():
    text = "The Foreign Minister today announced targeted financial sanctions on Kessel Holdings."
    recs = extract_records(text, title="Sanctions on drone suppliers", published=DAY,
                           url="https://www.dfat.gov.au/news/media-release/sanctions")["sanctions"]
    assert {r["authority_country"] for r in recs} == {"AU"}
    recs = extract_records(text, title="Sanctions on drone suppliers", published=DAY,
                           url="https://gov.uk.example.com/news")["sanctions"]
    assert {r["authority_country"] for r in recs} == {None}


def test_names_in_a_semicolon_series_after_the_action_each_part_one_name():
    text = ("The End-User Review Committee determined to add Harbin Qiyuan Optics Co., Ltd.; Nanjing Tongda Radar "
            "Institute; and Dalian Haixing Materials and Coatings Co., Ltd., all under the destination of China, for "
            "supporting the military.")
    recs = _records(text)
    assert [r["measure"] for r in recs] == ["export_control"]
    assert [t["name"] for t in recs[0]["targets"]] == [
        "Harbin Qiyuan Optics Co., Ltd.", "Nanjing Tongda Radar Institute", "Dalian Haixing Materials and Coatings Co., Ltd."]


def test_a_field_label_in_capitals_is_no_name():
    text = ("SUMMARY: In this rule, the Bureau of Industry and Security adds Orion Optics Ltd. to the Entity List.\n"
            "ACTION: Final rule.")
    assert _targets(text) == {"Orion Optics Ltd."}


def test_a_body_referred_to_does_not_take_over_as_the_actor_and_among_them_names_the_listed():
    text = (
        "Bern - On 3 March the Federal Department of Economic Affairs added 9 individuals and 2 entities to the "
        "sanctions lists.\n\n"
        "Switzerland is thereby aligning itself with a decision taken by the European Union on 20 February.\n\n"
        "The amendments enter into force at 6 pm today.\n\n"
        "The measures respond to continuing repression.\n\n"
        "The persons newly listed by Switzerland include judges and prison officials.\n\n"
        "Among them are judge Olga Petrovna VASKOVA, who jailed journalists, and the head of Prison No. 4, Ivan "
        "Ilyich DOROSH. The sanctions also apply to the state-owned enterprise Minsk Optical Works JSC."
    )
    recs = _records(text)
    assert {r["authority_country"] for r in recs} == {"CH"}
    assert {"Olga Petrovna VASKOVA", "Ivan Ilyich DOROSH", "Minsk Optical Works JSC"} <= {
        t["name"] for r in recs for t in r["targets"]}


def test_a_semicolon_series_after_a_colon_whose_parts_describe_their_names():
    text = ("Three individuals have been added to the sanctions register: Marta Ilyinichna Sokol, who heads a camp "
            "network; Pavel Yurievich Drozd, director of a transit centre; and Ilya Semyonovich Brant, a regional "
            "official who signed the transfer orders.")
    assert {"Marta Ilyinichna Sokol", "Pavel Yurievich Drozd", "Ilya Semyonovich Brant"} <= _targets(text)


def test_abbreviated_ranks_open_a_person_and_end_no_sentence():
    text = ("The European Union on Monday imposed sanctions on two people. Among the individuals targeted is Brig. Gen. "
            "Reza Tavani-Far, a procurement official. Also listed is Omid Sadri, a broker.")
    names = _targets(text)
    assert "Reza Tavani-Far" in names and not {"Brig", "Brig.", "Gen."} & names


def test_a_word_and_a_company_are_one_name_when_the_word_never_stands_alone():
    one = ("OFSI has today imposed a monetary penalty of £50,000 on Marsh and Pike Ltd, a freight forwarder.\n"
           "Marsh and Pike Ltd made 4 payments to a designated person.")
    assert "Marsh and Pike Ltd" in _targets(one)
    two = ("OFAC today designated Volgaron and Kestrel Energy PJSC for operating in the oil sector.\n"
           "Volgaron is the larger of the two exporters.")
    assert {"Volgaron", "Kestrel Energy PJSC"} <= _targets(two)


def test_an_item_names_the_officer_it_adds_after_the_companys_description():
    text = ("The UK has today sanctioned 2 companies and 2 individuals. The designations are:\n"
            "- Kestrel Avionika LLC, a Moscow-based importer of chips, and its general director Pavel Ivanovich ORLOV\n"
            "- Harbin Linyuan Trading Co., Ltd, a supplier of modules, and its owner Zhao Mingde\n")
    assert {"Kestrel Avionika LLC", "Pavel Ivanovich ORLOV", "Harbin Linyuan Trading Co., Ltd", "Zhao Mingde"} <= _targets(text)


def test_designation_types_law_titles_with_and_and_a_leading_because_are_no_targets():
    text = ("OFAC today designated Juba Horizon Trading as a Specially Designated Global Terrorist. The State Department "
            "designated the group as a Foreign Terrorist Organization.\n"
            "OFSI imposed a penalty on Marsh Freight Limited under section 146 of the Policing and Crime Act 2017. "
            "Because Marsh disclosed the breach, OFSI reduced the penalty.")
    names = _targets(text)
    assert {"Juba Horizon Trading", "Marsh Freight Limited"} <= names
    assert not {"Global Terrorist", "Foreign Terrorist Organization", "Policing", "Because Marsh"} & names


# Round 7: states the gazetteer does not list act through their ministries; what is evaded is no measure.
def test_a_named_states_ministry_that_acts_is_the_authority():
    text = ("Canada today imposed sanctions on Remy Castel.\n"
            "Hours later, Ecuador's Ministry of Foreign Affairs said Remy Castel had been barred from entering the country.")
    assert ("EC", "travel_ban") in _events(text)


def test_a_ministry_the_targets_serve_does_not_act():
    text = ("The EU today sanctioned Farid Jalali, an official of Iran's Ministry of Intelligence.\n"
            "He is also subject to a travel ban.")
    assert {code for code, _measure in _events(text)} == {"EU"}


def test_a_state_ministry_that_only_speaks_does_not_carry_over_to_the_next_sentence():
    text = ("The US today sanctioned Harbor Crest Shipping.\n"
            "Peru's foreign ministry said it opposed unilateral sanctions.\n"
            "Harbor Crest Shipping was sanctioned for moving oil.")
    assert "PE" not in {code for code, _measure in _events(text)}


def test_export_restrictions_that_were_circumvented_are_no_export_control():
    text = "The EU today sanctioned Norvane Trading, which was involved in circumventing existing export restrictions."
    assert _events(text) == {("EU", None)}


def test_funds_declared_frozen_are_an_asset_freeze():
    text = "Funds and economic resources held by the persons listed by the Swiss government today are frozen."
    assert ("CH", "asset_freeze") in _events(text)


def test_an_earlier_designation_given_as_an_example_is_still_an_action():
    text = ("Several of the firms have worked with companies already sanctioned. For example, OFAC designated "
            "Osprey Lines Co., Ltd. on March 4, 2031, for carrying Iranian oil.")
    assert "Osprey Lines Co., Ltd." in _targets(text)


def test_a_hypothetical_example_is_still_no_action():
    text = "For example, if OFAC designated Osprey Lines Co., Ltd., its vessels would be blocked."
    assert _targets(text) == set()


def test_a_person_designated_as_he_is_the_person_profiled_before():
    text = ("OFAC today designated Heron Energy Trading DMCC.\n"
            "Amir Hossein Razavi (DOB 02 Mar 1979; nationality Iran) is the managing director of Heron Energy Trading DMCC. "
            "He is being designated for having acted on behalf of Heron Energy Trading DMCC.")
    assert _targets(text) == {"Heron Energy Trading DMCC", "Amir Hossein Razavi"}


def test_a_country_in_a_clause_on_what_the_targets_did_is_not_a_target():
    text = ("Today, OFAC is taking action against a network of ship managers and a broker that together have moved tens "
            "of millions of barrels of Venezuelan crude oil and petroleum products to buyers in Asia on behalf of "
            "Venezuela's armed forces.")
    assert "Venezuela" not in _targets(text)


def test_a_surname_alone_names_the_person_named_in_full_before():
    text = ("Canada on Friday imposed sanctions on Frantz Delorme and Wilson Jean-Baptiste.\n\n"
            "The Dominican Republic's Ministry of Foreign Affairs said Delorme and Jean-Baptiste had been barred from "
            "entering the country.")
    recs = extract_records(text, title="Update", published=DAY)["sanctions"]
    ban = next(r for r in recs if r["measure"] == "travel_ban")
    assert ban["authority_country"] == "DO"
    assert {t["name"] for t in ban["targets"]} == {"Frantz Delorme", "Wilson Jean-Baptiste"}


def test_names_also_added_to_the_list_join_the_action_and_a_purpose_is_no_purchase():
    text = ("OTTAWA/PORT-AU-PRINCE, Oct 17 - Canada on Friday imposed sanctions on Rony Fleuridor.\n\n"
            "Former senator Max Valcourt and the company Soleil Import S.A., which Ottawa says was used to buy weapons, "
            "were also added to the list.")
    out = extract_records(text, title="Update", published=DAY)
    assert {t["name"] for r in out["sanctions"] for t in r["targets"]} == {"Rony Fleuridor", "Max Valcourt", "Soleil Import S.A."}
    assert out["deals"] == []


def test_persons_designated_under_a_regime_describe_whom_a_screen_missed():
    text = ("The Monetary Authority of Singapore said it had imposed a composition penalty of S$350,000 on Heron Fund "
            "Management Pte. Ltd. for failing to screen investors against lists of persons designated under Singapore's "
            "sanctions regulations.")
    assert _events(text) == {("SG", "financial_penalty")}


def test_the_rest_of_an_acting_ministers_title_and_the_code_applied_are_no_targets():
    text = ("Paris, 2 March 2032\n\nThe Minister for the Economy, Finance and Industrial and Digital Sovereignty and the "
            "Minister of the Interior have decided, by joint orders published today in the Journal officiel de la "
            "République française, to freeze the funds of Mr Hugo BERTRAND, in application of Articles L. 562-2 and "
            "L. 562-3 of the Monetary and Financial Code.")
    assert _targets(text) == {"Hugo BERTRAND"}


def test_measures_in_force_that_national_measures_supplement_are_no_new_action():
    text = ("France today froze the assets of Hugo Bertrand. These national measures supplement the asset freezes decided "
            "by the United Nations Security Council.")
    assert "UN" not in {code for code, _m in _events(text)}


def test_a_scenario_that_exists_only_on_paper_is_no_action():
    text = ("Refiners have drawn up contingency plans for a scenario that exists only on paper: U.S. secondary sanctions "
            "on foreign buyers of Russian crude.")
    assert _events(text) == set()


def test_the_association_concerned_is_a_target_of_the_action_before():
    text = ("The ministers decided today to freeze the funds of two persons and of one association.\n\n"
            "The persons concerned are:\n- Mr Hugo BERTRAND, born 1 May 1990 in Lille;\n- Ms Anne CARON, born 2 June 1991 "
            "in Lyon.\n\nThe association concerned is the \"Entraide Solidaire du Nord\", whose registered office is in Lille.")
    assert _targets(text) == {"Hugo BERTRAND", "Anne CARON", "Entraide Solidaire du Nord"}


def test_evidence_of_many_adjacent_designations_stays_a_paragraph_long():
    # red team round 4: 600 designation sentences in a row gave one record whose evidence was the whole article
    text = " ".join(f"On 3 May 2031 OFAC designated Kessel{n} Trading LLC pursuant to Executive Order 14024." for n in range(200))
    (record,) = extract_records(text, title="Update", published=DAY)["sanctions"]
    assert len(record["targets"]) == 200
    assert len(record["evidence"]) <= 1500


# -- round 9 (held-out set heldout_l): the shapes below, written afresh -----------------------------------------------


def _by_measure(text: str, title: str = "Update") -> dict[str | None, set[str]]:
    out: dict[str | None, set[str]] = {}
    for rec in extract_records(text, title=title, published=DAY)["sanctions"]:
        out.setdefault(rec["measure"], set()).update(t["name"] for t in rec["targets"])
    return out


def test_a_schedules_numbered_items_without_bullets_are_its_targets():
    text = ("Regulations Amending the Special Economic Measures (Belarus) Regulations\n\n"
            "1 Part 1 of Schedule 1 to the Regulations is amended by adding the following in numerical order:\n\n"
            "88 Polesie Optical Instruments Plant\n89 Minsk Radiotechnical Works\n\n"
            "2 Part 2 of Schedule 1 to the Regulations is amended by adding the following in numerical order:\n\n"
            "140 Aliaksandr Pavlavich Hrynkevich (born on March 3, 1970)\n141 Volha Siarheeuna Tsimashenka (born in 1984)\n\n"
            "3 These Regulations come into force on the day on which they are registered.\n\n"
            "The Royal Canadian Mounted Police is responsible for enforcing the Special Economic Measures Act.")
    names = set().union(*_by_measure(text).values())
    assert {"Polesie Optical Instruments Plant", "Minsk Radiotechnical Works", "Aliaksandr Pavlavich Hrynkevich",
            "Volha Siarheeuna Tsimashenka"} <= names
    assert not any("Police" in n or n.startswith("Part") for n in names)  # who enforces a statute is no target


def test_a_statute_or_instrument_named_alone_is_no_action():
    assert _targets("The decision is given effect by the Autonomous Sanctions (Designated Persons - Thematic "
                    "Framework) Amendment (No. 3) Instrument 2031, which Harwell Logistics Pty Ltd has challenged.") == set()
    assert _targets("Agents of the Counterintelligence and Export Control Section interviewed Mira Oduya Shipping Ltd.") == set()


def test_records_of_a_register_name_people_in_natural_order_and_keep_capitals_legal_forms():
    text = ("OFAC today designated two individuals and one entity.\n\n"
            "The following have been added to the SDN List:\n\n"
            "VARGAS PINEDA, Hector Ismael (a.k.a. \"EL FLACO\"), Culiacan, Mexico; DOB 02 Mar 1979; nationality Mexico (individual) [ILLICIT-DRUGS].\n\n"
            "ZHOU, Minghua, Guangzhou, China; DOB 11 Oct 1981; nationality China (individual) [ILLICIT-DRUGS].\n\n"
            "GUANGZHOU TIANLI FINE CHEMICALS CO., LTD., Huangpu District, Guangzhou, China [ILLICIT-DRUGS].")
    names = _targets(text)
    assert {"Hector Ismael VARGAS PINEDA", "Minghua ZHOU", "GUANGZHOU TIANLI FINE CHEMICALS CO., LTD."} <= names
    assert not {"Hector Ismael", "ZHOU", "LTD."} & names


def test_a_profile_attributed_to_the_authority_and_the_group_named_later_are_targets():
    text = ("WASHINGTON, May 14 (Reuters) - The United States on Wednesday imposed sanctions on four independent "
            "Chinese refineries accused of processing Venezuelan crude.\n\n"
            "The Treasury said Linyi Hengda Petrochemical Co., Ltd., a refinery in the east of the country, had bought "
            "cargoes worth $300 million.\n\n"
            "Beijing's commerce ministry said it firmly opposed what it called illegal unilateral sanctions.\n\n"
            "Analysts said the measures would have little effect on flows.\n\n"
            "The other three refineries hit on Wednesday were Rizhao Dongfang Refining Co., Ltd., Heze Yuhua "
            "Petrochemical Co., Ltd. and Weifang Taichang Chemical Co., Ltd.\n\n"
            "The department also sanctioned two tankers it said carried the crude, the Panama-flagged Silver Heron "
            "and the Liberia-flagged Morning Dove.")
    names = _targets(text)
    assert {"Linyi Hengda Petrochemical Co., Ltd.", "Rizhao Dongfang Refining Co., Ltd.", "Heze Yuhua Petrochemical Co., Ltd.",
            "Weifang Taichang Chemical Co., Ltd.", "Silver Heron", "Morning Dove"} <= names
    assert "China" not in names  # opposing the sanctions is no action of Beijing's


def test_a_counted_group_profiled_by_role_and_a_described_workshop_designated_itself():
    text = ("The UK has today sanctioned three individuals and two entities supplying the junta.\n\n"
            "Two further individuals are designated for supplying engine parts. Ko Ko Naing runs purchasing for "
            "Thilawa Aero Overhaul Works, a military-linked workshop near Yangon. The workshop itself is also designated. "
            "Than Zaw Win, also known as U Than, is a broker who arranged the shipments.\n\n"
            "Aung Myo Kyaw, a director of Shwe Pyi Fuels, has been designated for his role in its fuel sales.\n\n"
            "The individuals designated today are subject to an asset freeze and a travel ban.\n\n"
            "- The full list of designations is published on the UK Sanctions List.")
    by_measure = _by_measure(text)
    assert {"Ko Ko Naing", "Than Zaw Win", "Thilawa Aero Overhaul Works", "Aung Myo Kyaw"} <= by_measure["asset_freeze"]
    assert {"Ko Ko Naing", "Than Zaw Win", "Aung Myo Kyaw"} <= by_measure["travel_ban"]
    assert "Thilawa Aero Overhaul Works" not in by_measure["travel_ban"]


def test_a_country_named_by_its_adjective_beside_a_counted_group_is_not_a_target():
    text = "The Department of State is imposing visa restrictions on 12 Iranian government officials involved in the crackdown."
    out = extract_records(text, title="Update", published=DAY)["sanctions"]
    assert out and out[0]["unnamed_targets"] and not out[0]["targets"]


# -- round 10 (held-out set heldout_m): the shapes below, written afresh ----------------------------------------------


def test_an_annexs_entries_with_description_sentences_and_ranks_are_its_targets():
    text = ("Brussels, 3 March 2031\n\n"
            "The Council today decided to impose restrictive measures on two individuals and one entity responsible for "
            "abuses in Chad and Togo.\n\n"
            "The individuals and the entity concerned are subject to an asset freeze. Natural persons are, in addition, "
            "subject to a travel ban.\n\n"
            "Annex: persons and entity added to the list\n\n"
            "1.\nBrigadier General Idriss Mahamat NGARO\n"
            "Commander of a gendarmerie unit in Ndjamena, Chad. Responsible for arbitrary detentions.\n\n"
            "2.\nKoffi Ametepe LAWSON\nDirector of a prison in Lome, Togo. Responsible for torture of detainees.\n\n"
            "3.\nSahel Shield Security Services\nPrivate security company. Its guards shot protesters.")
    by_measure = _by_measure(text)
    assert by_measure["asset_freeze"] == {"Idriss Mahamat NGARO", "Koffi Ametepe LAWSON", "Sahel Shield Security Services"}
    assert by_measure["travel_ban"] == {"Idriss Mahamat NGARO", "Koffi Ametepe LAWSON"}


def test_an_annexs_parts_go_to_the_records_that_refer_to_them():
    text = ("1. Outline of the measures\n"
            "A permission requirement shall be imposed on payments to the 1 individual and 1 entity listed in the Annex.\n"
            "The Ministry of Economy, Trade and Industry will prohibit exports to the 1 entity listed in Part 2 of the Annex.\n\n"
            "Annex: Individuals and entities subject to the measures\n\n"
            "Part 1: Individuals (1 individual)\n\n"
            "(1) Morozov, Gennadiy Ilyich\nDate of birth: May 2, 1970\nNationality: Russian Federation\n\n"
            "Part 2: Entities (1 entity)\n\n"
            "(1) Volgograd Precision Bearings Co., Ltd.\nAddress: Volgograd, Russian Federation\n")
    by_measure = _by_measure(text, title="Implementation of measures regarding the situation surrounding Ukraine")
    assert by_measure["asset_freeze"] == {"Gennadiy Ilyich Morozov", "Volgograd Precision Bearings Co., Ltd."}
    assert by_measure["export_control"] == {"Volgograd Precision Bearings Co., Ltd."}


def test_people_designated_along_with_a_company_and_ships_named_in_a_counted_group():
    text = ("Caspian Lift Trading DMCC was designated on Thursday along with its chief executive Farid Aliyev and finance "
            "director Nadia Kerimova, the Foreign Office said. Any assets they hold in Britain will be frozen, and the two "
            "men are barred from entering the country. Sixteen tankers, among them the Amber Lynx, the Coral Dawn and "
            "the Sable Venture, were sanctioned in the same package.")
    out = extract_records(text, title="Update", published=DAY)["sanctions"]
    kinds = {t["name"]: t["kind"] for rec in out for t in rec["targets"]}
    assert {"Caspian Lift Trading DMCC", "Farid Aliyev", "Nadia Kerimova", "Amber Lynx", "Coral Dawn", "Sable Venture"} <= set(kinds)
    assert kinds["Sable Venture"] == "vessel"


def test_a_denied_or_purported_listing_and_a_sanctions_lawyer_are_no_action():
    text = ("Tashkent-based Silk Route Bank has rejected claims that it has been placed under US sanctions, after a "
            "document purporting to be an extract from the Specially Designated Nationals list circulated in Dubai.\n\n"
            "\"Delistings are rare,\" said Anna Petrou, a sanctions partner at Athens law firm Petrou & Lambis.")
    assert extract_records(text, title="Bank rejects sanctions rumour", published=DAY)["sanctions"] == []
