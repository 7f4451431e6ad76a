"""Rules added for the sixty-seventh held-out round (after it was scored on arrival), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets, targets_of


def test_partners_lists_consulted_by_a_review_are_no_action_of_theirs_and_a_titles_words_are_no_names() -> None:
    text = ("The Ministry of Economic Affairs (MOEA) announced on February 10 that its International Trade Administration "
            "has revised the Entity List of Strategic High-Tech Commodities in accordance with the Regulations Governing "
            "Export and Import of Strategic High-Tech Commodities.\n\nThe review took into account the export control lists "
            "maintained by Taiwan's like-minded partners, including the Entity List of the U.S. Bureau of Industry and "
            "Security, Annex IV to the EU's Council Regulation (EU) No 833/2014 and Japan's End User List.\n\n"
            "The entities added in this revision are as follows:\n\n1. Kowloon Bright Parts Limited (Hong Kong)\n"
            "2. Ostrava Vector Trading FZE (United Arab Emirates)\n")
    found = sanctions(text, "MOEA adds two entities to the Entity List")
    assert {r["authority_country"] for r in found} == {"TW"}, found
    names = targets_of(found, "TW", "export_control")
    assert {"Kowloon Bright Parts Limited", "Ostrava Vector Trading FZE"} <= names, found
    assert not any(n.startswith(("Governing", "Import of")) for n in names), found


def test_an_attachments_tables_by_country_go_to_the_measure_its_heading_names() -> None:
    text = ("Exports to 4 entities located in third countries (listed in the Attachment) will be prohibited.\n\n"
            "In addition, the Government of Japan decided today on asset-freezing measures against 3 individuals.\n\n"
            "Attachment: Specified entities in third countries subject to the export ban (4 entities)\n\n"
            "[China (including Hong Kong)]\nNo. | Name | Alias | Address\n1 | Harbin Northlight Trading Co., Ltd. | — | Harbin\n"
            "2 | Pearl Delta Sourcing Limited | — | Kowloon\n\n[Kyrgyz Republic]\nNo. | Name | Alias | Address\n"
            "3 | Chui Valley Components LLC | — | Bishkek\n\n[Republic of Türkiye]\nNo. | Name | Alias | Address\n"
            "4 | Marmara Teknik Ticaret A.Ş. | — | Istanbul\n")
    found = sanctions(text, "Export ban measures against specified entities in third countries")
    assert targets_of(found, "JP", "export_control") >= {
        "Harbin Northlight Trading Co., Ltd.", "Pearl Delta Sourcing Limited", "Chui Valley Components LLC",
        "Marmara Teknik Ticaret A.Ş."}, found
    assert not targets_of(found, "JP", "asset_freeze") & {"Chui Valley Components LLC", "Marmara Teknik Ticaret A.Ş."}, found


def test_the_kyrgyz_republic_is_kyrgyzstan() -> None:
    from tradewatch.extract.countries import country_code

    assert country_code("Kyrgyz Republic") == "KG"
    assert "Chui Valley Components LLC" in targets(
        "BIS added two entities under the destination of the Kyrgyz Republic: Chui Valley Components LLC and Tien Shan "
        "Supply LLC.", "Entity List additions")


def test_the_state_a_ministry_accuses_of_following_another_does_not_act_and_the_lists_go_on() -> None:
    text = ("MOSCOW, July 29 (Kyodo) — Russia's Foreign Ministry said Tuesday it has indefinitely barred 11 Japanese citizens "
            "from entering the country.\n\nIn a separate statement, the ministry said it had also added seven Australian "
            "citizens to its so-called stop list, accusing Canberra of \"blindly following\" Washington's line.\n\n"
            "The Japanese list includes Haruto Kimura, a deputy director general at the Foreign Ministry. Also named were "
            "Yui Tanabe, a professor of international relations.\n\nThe Australian list was headed by Liam Forsyth, a deputy "
            "secretary at the Department of Defence. It also includes Chloe Brennan, a correspondent for a Sydney "
            "newspaper, and Aaron Whitlock, a fellow at a think tank, the ministry said.")
    found = sanctions(text, "Russia bars entry to Japanese and Australians")
    assert "US" not in {r["authority_country"] for r in found}, found
    assert targets_of(found, "RU", "travel_ban") >= {"Haruto Kimura", "Yui Tanabe", "Liam Forsyth", "Chloe Brennan",
                                                     "Aaron Whitlock"}, found


def test_a_notices_tables_of_un_designations_by_kind_are_the_additions() -> None:
    text = ("On 3 March 2026, the UNSC Committee approved the addition of the entries specified below to its sanctions "
            "list.\n\nThe following entries were added to the ISIL (Da'esh) and Al-Qaida Sanctions List:\n\nIndividuals\n\n"
            "UN Ref. No. | Name | Identifying information\nQDi.461 | Khalid Omar al-Suwaidi | a.k.a. Abu Omar; DOB: 1 Jan. 1985\n"
            "QDi.462 | Mahmoud Ould Salem | DOB: approximately 1979; Nationality: Mauritania\n\nEntities\n\n"
            "UN Ref. No. | Name | Identifying information\nQDe.181 | Sahara Crescent Relief Foundation | Address: Gao, Mali\n")
    names = targets(text, "Notice of new designations")
    assert {"Khalid Omar al-Suwaidi", "Mahmoud Ould Salem", "Sahara Crescent Relief Foundation"} <= names
    assert "UN Ref" not in names


def test_signatories_with_their_posts_are_no_parties() -> None:
    from tests.support.records import deals

    text = ("Harbour Link Terminals FZE today announced that it has signed a 30-year concession agreement with the Ports "
            "Authority of Freeland.\n\nThe agreement was signed in Freetown by Omar Haddad, Chief Executive Officer of "
            "Harbour Link, and Fatmata Koroma, Director-General of the Ports Authority.")
    names = {p["name"] for d in deals(text, "Concession signed") for p in d["parties"]}
    assert "Harbour Link Terminals FZE" in names
    assert not names & {"Omar Haddad", "Fatmata Koroma"}, names


def test_lenders_commitment_letters_and_a_project_companys_short_name() -> None:
    from tests.support.records import deals, parties

    text = ("The operator will develop the terminal through Pepel Gateway Terminal Company (SL) Limited (\"PGTC\"), a "
            "project company.\n\nCoastline Infrastructure Bank Plc and Banque Sahelienne d'Investissement S.A. have signed "
            "commitment letters with PGTC as mandated lead arrangers for the senior facilities.")
    (deal,) = deals(text, "Terminal financing")
    assert deal["deal_type"] == "financing"
    assert set(parties(deal)) >= {"Coastline Infrastructure Bank Plc", "Banque Sahelienne d'Investissement S.A.",
                                  "Pepel Gateway Terminal Company (SL) Limited"}, deal


def test_a_placing_with_investors_named_after_a_colon_and_its_bookrunner_no_party() -> None:
    from tests.support.records import deals, parties

    text = ("Tamsin Mining plc said it had raised £40 million through a placing of new shares with two institutional "
            "investors: Redfern Resource Partners LP, which is taking £25 million, and Calder Metals Fund (£15 million).\n\n"
            "Marlow Pike & Co. acted as sole bookrunner for the placing.")
    found = deals(text, "Tamsin raises £40m")
    assert [d["deal_type"] for d in found] == ["investment"], found
    assert set(parties(found[0])) == {"Tamsin Mining plc", "Redfern Resource Partners LP", "Calder Metals Fund"}, found


def test_a_second_states_own_listings_and_its_list_that_covers_names_go_to_it() -> None:
    text = ("LONDON, Oct 14 - Britain and the European Union on Tuesday imposed coordinated sanctions on four settlers "
            "and an organisation.\n\nThe British government froze the assets of Eliav Shaked, Noam Ravid and Dov Kastner "
            "and imposed travel bans on all three.\n\nHours later the EU Council announced its own listings under the EU "
            "Global Human Rights Sanctions Regime. The bloc's list covers Shaked and Ravid, the Har Tavor Hilltop "
            "Association and a fourth settler, Yonatan Meir Amsel, who is not on the British list. The three men listed by "
            "the EU are subject to an asset freeze and a travel ban.\n\nSettler leaders described the sanctions as an "
            "attack on Jewish presence in what they call Judea and Samaria.")
    found = sanctions(text, "Britain and EU sanction settlers")
    assert "Yonatan Meir Amsel" in targets_of(found, "EU", "asset_freeze"), found
    assert "Yonatan Meir Amsel" not in targets_of(found, "GB", "asset_freeze"), found
    assert not {"Jewish", "Judea", "Samaria"} & {t["name"] for r in found for t in r["targets"]}, found


def test_bullets_that_open_with_a_post_name_the_person_after_its_comma() -> None:
    text = ("On 11 November, OFAC designated Istanbul-based Anadolu Kredi Bankasi A.S. pursuant to E.O. 14024.\n\n"
            "Three persons were added to the Specially Designated Nationals and Blocked Persons List (SDN List):\n\n"
            "- Anadolu Kredi Bankasi A.S., headquartered in Istanbul;\n"
            "- the bank's general manager, Kemal Ozan Durmaz, a Turkish national; and\n"
            "- its deputy general manager responsible for international banking, Elif Sena Aydin, also a Turkish national.\n")
    assert targets(text, "OFAC designates Turkish bank") >= {"Kemal Ozan Durmaz", "Elif Sena Aydin"}


def test_a_national_measure_in_a_release_headed_by_its_state_is_that_states() -> None:
    text = ("Bern, 23.04.2025 - The EAER decided to adopt the new sanctions imposed by the European Union against "
            "individuals and entities involved in Iran's drone programme.\n\nAmong the persons newly listed by the EU and "
            "Switzerland are Kaveh Rostami, a procurement agent, and Parsian Drive Systems Co.\n\n"
            "National export restriction on drone components\n\nIndependently of the EU measures, the Federal Council has "
            "decided to prohibit the sale, supply, export and transit to Iran of certain goods that can contribute to the "
            "manufacture of drones.")
    found = sanctions(text, "Iran: Switzerland adopts EU sanctions and restricts export of drone components")
    assert {r["authority_country"] for r in found if r["measure"] == "export_control"} == {"CH"}, found
