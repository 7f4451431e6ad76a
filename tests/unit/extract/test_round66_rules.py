"""Rules added for the sixty-sixth held-out round (after it was scored on arrival), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets, targets_of


def test_a_ministrys_permission_system_over_numbered_entries_is_a_freeze_of_the_entries() -> None:
    # Japan's Ministry of Finance: the sentence ends in a full stop, its list opens on the next line
    text = ("The Government of Japan has decided to implement the following measures.\n\n"
            "Payments to, and capital transactions with, the following 2 individuals and 1 entity shall be subject to the "
            "permission system under the Foreign Exchange and Foreign Trade Act.\n\n"
            "Individuals (2)\n\n1. Oleg Petrovich MARKIN\n   Date of birth: March 2, 1969\n\n"
            "2. Irina Sergeevna VOLKOVA\n   Date of birth: July 30, 1981\n\n"
            "Entities (1)\n\n1. Samara Gyro Instruments JSC\n   Address: 5 Zavodskaya Ulitsa, Samara, Russian Federation\n")
    found = sanctions(text, "Implementation of measures including asset freezes")
    assert targets_of(found, "JP", "asset_freeze") >= {"Oleg Petrovich MARKIN", "Irina Sergeevna VOLKOVA",
                                                       "Samara Gyro Instruments JSC"}, found


def test_exports_to_the_following_entities_shall_be_prohibited_over_a_numbered_list() -> None:
    text = ("The Ministry of Economy, Trade and Industry of Japan announced further measures.\n\n"
            "Exports to the following 2 entities in third countries (countries other than Russia and Belarus), which have "
            "been found to be involved in circumventing sanctions against Russia, including by supplying items to Russian "
            "military-related entities, shall be prohibited.\n\n"
            "1. Bright Harbor Components Limited (Hong Kong, China)\n2. Kestrel Tech Trading FZE (United Arab Emirates)\n")
    found = sanctions(text, "Export ban on third-country entities")
    assert targets_of(found, "JP", "export_control") >= {"Bright Harbor Components Limited", "Kestrel Tech Trading FZE"}, found


def test_a_standing_total_named_first_does_not_take_the_place_of_todays_action() -> None:
    text = ("The Government of Japan announced further measures.\n\nSince February 2022, Japan has designated a total of "
            "900 individuals and 300 entities as subject to asset freezes.\n\nPayments to, and capital transactions with, "
            "the following individual shall be subject to the permission system under the Act.\n\n1. Anton Ilyich GORELOV\n")
    (rec,) = [r for r in sanctions(text, "Asset freeze") if r["measure"] == "asset_freeze"]
    assert rec["authority_country"] == "JP", rec
    assert rec["evidence"].startswith("Payments to"), rec
    assert rec["date"] is not None and [t["name"] for t in rec["targets"]] == ["Anton Ilyich GORELOV"], rec


def test_lists_headed_as_added_to_a_named_register_far_below_the_action_are_its_targets() -> None:
    text = ("New Zealand has today imposed sanctions on a further two individuals and one entity supporting Russia's "
            "invasion of Ukraine, the Foreign Minister announced.\n\nThe Minister said more would follow.\n\n"
            "New Zealand will keep working with its partners.\n\nThe sanctions show resolve.\n\nENDS\n\n"
            "Notes to editors\n\nSanctioned individuals and entities are subject to an asset freeze.\n\n"
            "Individuals added to the Russia Sanctions Register\n\n"
            "1. Pavel Andreevich Kornev – director of a drone plant\n2. Lidia Romanovna Sokolova – procurement agent\n\n"
            "Entities added to the Russia Sanctions Register\n\n1. Orel Avionics JSC – maker of flight controllers\n")
    assert targets(text, "New Zealand sanctions drone suppliers") >= {
        "Pavel Andreevich Kornev", "Lidia Romanovna Sokolova", "Orel Avionics JSC"}


def test_a_heading_naming_its_annex_in_brackets_is_the_annex_the_action_refers_to() -> None:
    text = ("President of Ukraine Volodymyr Zelenskyy has signed a decree enacting the decision of the National Security "
            "and Defense Council of Ukraine on sanctions.\n\nThe decision concerns 2 legal entities and 3 individuals. "
            "Their data are set out in Annex 2 to the NSDC decision.\n\nRestrictions have been imposed for a period of "
            "10 years and provide, in particular, for:\n\n- blocking of assets;\n- restriction of trade operations;\n\n"
            "The decree enters into force on the day of its publication.\n\n"
            "Legal entities subject to sanctions (Annex 1 to the NSDC decision):\n\n"
            "1. NORTHGATE TRADING CO., LIMITED. Country of registration: Hong Kong SAR. Company registration number "
            "3111222.\n\n2. Limited Liability Company \"Uralkomplekt\". Country of registration: Russian Federation. "
            "TIN 7714000000.\n")
    found = sanctions(text, "President enacts NSDC decision on sanctions")
    names = targets_of(found, "UA", "asset_freeze")
    assert "NORTHGATE TRADING CO., LIMITED" in names, found
    assert any("Uralkomplekt" in n for n in names), found


def test_a_long_cue_to_impose_visa_restrictions_ending_in_a_colon_opens_its_bullets() -> None:
    text = ("The U.S. Department of State is also taking steps to impose visa restrictions on two officials pursuant to section "
            "212(a)(3)(C) of the Immigration and Nationality Act for their involvement in the forcible transfer of "
            "children from areas of Ukraine temporarily occupied by Russia:\n\n"
            "- Olga Ivanovna Sedova, a so-called commissioner of the occupation authorities; and\n"
            "- Mark Yurievich Lanin, director of a camp to which children have been sent.\n")
    found = sanctions(text, "Visa restrictions")
    assert targets_of(found, "US", "travel_ban") >= {"Olga Ivanovna Sedova", "Mark Yurievich Lanin"}, found


def test_a_surname_designated_after_the_full_name_opened_the_sentence_before_is_that_person() -> None:
    text = ("The Department of State is designating one entity and one individual pursuant to E.O. 14024.\n\n"
            "The Department is designating Kursk Fuze Works JSC pursuant to section 1(a)(i) of E.O. 14024.\n\n"
            "Dmitry Olegovich Zaitsev is the General Director of Kursk Fuze Works JSC. Zaitsev is being designated "
            "pursuant to section 1(a)(iv) of E.O. 14024 for being a leader of Kursk Fuze Works JSC.")
    assert "Dmitry Olegovich Zaitsev" in targets(text, "Designations")


def test_the_body_whose_sanctions_the_targets_evaded_does_not_act() -> None:
    text = ("South Korea on Thursday imposed independent sanctions on two North Korean individuals and a shipping company, "
            "the foreign ministry said.\n\nThe government designated Haeju Ocean Transport Co. and two of its officials -- "
            "Kim Song-il and Ri Myong-ho -- as subjects of financial transaction restrictions, citing their involvement in "
            "evading U.N. Security Council sanctions that cap the North's imports of refined oil.\n\nPractical effects of such "
            "sanctions are believed to be limited, as financial transactions between the two Koreas have been suspended "
            "for years, but the designations alert others to the risks of dealing with the targets.")
    found = sanctions(text, "Seoul sanctions N. Korean shipping firm")
    assert targets_of(found, "KR", "asset_freeze") >= {"Haeju Ocean Transport Co.", "Kim Song-il", "Ri Myong-ho"}, found
    assert "UN" not in {r["authority_country"] for r in found}, found


def test_a_past_designation_by_a_body_is_one_record_not_two() -> None:
    text = ("Seoul imposed sanctions on Haeju Ocean Transport Co. on Thursday.\n\nOne of the firm's tankers, the Haeju Star, "
            "was designated by the U.N. Security Council sanctions committee in 2018 for ship-to-ship transfers.")
    found = [r for r in sanctions(text, "Seoul sanctions shipping firm") if r["authority_country"] == "UN"]
    assert len(found) == 1, found



def test_individuals_added_to_a_named_sanctions_regime_are_listed_and_a_second_name_after_a_description_is_kept() -> None:
    text = ("On Monday, the Council added four individuals to the EU's Iran human-rights sanctions regime, citing "
            "executions of protesters. They include Javad Moradian, the director of a prison in Qom province, and "
            "Saeed Tehrani-Far, a judge of the Revolutionary Court in Karaj; the other two are prison officials.")
    found = sanctions(text, "EU human-rights listings")
    assert targets_of(found, "EU", "asset_freeze") >= {"Javad Moradian", "Saeed Tehrani-Far"}, found


def test_among_the_new_entries_names_some_of_those_counted() -> None:
    text = ("On Thursday, the State Secretariat for Economic Affairs (SECO) added 12 individuals and 5 entities to Annex 8 "
            "of the Ordinance, subjecting them to an asset freeze. Among the new entries are the Kazan lender Volgaprombank "
            "JSC and its chairman, Ruslan Ildarovich Safin.")
    assert targets(text, "SECO adds names") >= {"Volgaprombank JSC", "Ruslan Ildarovich Safin"}


def test_names_after_a_colon_that_ends_the_reason_for_a_counted_listing_are_its_targets() -> None:
    text = ("BIS added three entities to the Entity List for supplying microelectronics to military end users: Dalian "
            "Sunrise Components Co., Ltd., Ningbo Coastal Semiconductor Co., Ltd. and Meridian Parts FZE.")
    assert targets(text, "Entity List additions") >= {
        "Dalian Sunrise Components Co., Ltd.", "Ningbo Coastal Semiconductor Co., Ltd.", "Meridian Parts FZE"}


def test_a_past_action_of_no_stated_measure_beside_a_vague_record_of_the_same_sentence_is_kept() -> None:
    # guard for the rule above: only a past record whose names a specific record of its statement already holds goes
    text = ("Neither the EU nor the US has sanctioned Kurbatov.\n\nThe EU did, however, sanction Kurbatov's former business "
            "partner Gennady Vorontsov in 2023, freezing his assets in the bloc as part of its 11th sanctions package.")
    assert "Gennady Vorontsov" in targets(text, "Lender exits loan")


def test_what_lists_and_regulators_do_in_general_is_no_action() -> None:
    text = ("The best-known source is the Specially Designated Nationals and Blocked Persons List maintained by the US "
            "Treasury's Office of Foreign Assets Control. Authorities add and remove names regularly, and a designation "
            "usually takes effect immediately. Regulators in the US and the UK can impose civil penalties for sanctions "
            "breaches even where a firm did not intend to break the rules.")
    assert sanctions(text, "How sanctions screening works") == []
