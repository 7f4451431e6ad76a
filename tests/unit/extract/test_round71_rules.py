"""Rules added from the seventy-first held-out round (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions, targets


def test_lettered_annex_entries_name_the_actions_targets() -> None:
    text = ("Bern, 04.06.2031 – The EAER has today added two individuals and one entity to the sanctions list of the "
            "Ordinance on Measures against Sudan.\n\nThe new entries in Annex 1 are as follows:\n\nNatural persons\n\n"
            "a. Osman Bakheit Hamid Idris (alias: Abu Zeid). DOB: 14.02.1981. Nationality: Sudanese.\n\n"
            "b. Yassin Adam Omer Salih. DOB: 1976. Nationality: Sudanese.\n\nEntities\n\n"
            "c. Jebel Marra Gold Trading Co. Ltd. Address: Khartoum, Sudan.\n")
    assert targets(text, "Sudan: Switzerland adopts further sanctions") >= {
        "Osman Bakheit Hamid Idris", "Yassin Adam Omer Salih", "Jebel Marra Gold Trading Co. Ltd."}


def test_an_aka_line_under_an_annex_entry_is_one_of_its_fields() -> None:
    text = ("The Council today decided to impose restrictive measures on three individuals responsible for cyber-attacks.\n\n"
            "Annex – Entries added to the list in Annex I to Regulation (EU) 2019/796 and in the Annex to Decision (CFSP) "
            "2019/797\n\nA. Natural persons\n\n"
            "1. Pavel Igorevich SAVELYEV (Павел Игоревич САВЕЛЬЕВ)\na.k.a. \"Sova\"\nDOB: 3.9.1989; Nationality: Russian\n"
            "Reasons: Leader of the hacker group \"Grey Owl\". Directed attacks against hospitals.\n"
            "Date of listing: 23.6.2031\n\n"
            "2. Oleg Markovich TIKHONOV (Олег Маркович ТИХОНОВ)\na.k.a. \"t1kh\"\nDOB: 17.1.1994\n"
            "Reasons: Member of \"Grey Owl\". Developed its malware.\nDate of listing: 23.6.2031\n\n"
            "3. Lev Andreyevich ZUBOV\na.k.a. \"zub\"\nDOB: 2.2.1990\nReasons: Member of \"Grey Owl\".\n"
            "Date of listing: 23.6.2031\n")
    assert targets(text, "Cyber-attacks: Council sanctions three") >= {
        "Pavel Igorevich SAVELYEV", "Oleg Markovich TIKHONOV", "Lev Andreyevich ZUBOV"}


def test_the_partners_a_list_is_sent_to_do_not_act_in_what_follows() -> None:
    text = ("The President of Ukraine has put into effect the decision of the National Security and Defense Council "
            "imposing sanctions on 2 foreign companies.\n\nUkraine will submit the full list to the European "
            "Union, the United Kingdom, Japan and Canada with a proposal to apply similar restrictions.\n\nThe list of "
            "individuals is set out in Annex 2 to the decision and is published in the State Register of Sanctions.\n\n"
            "Annex 1\nList of legal entities to which sanctions are applied\n\n"
            "1. Harbin Lingxi Avionics Co., Ltd., People's Republic of China.\n"
            "2. Izmir Kartal Makina A.Ş., Republic of Türkiye.\n")
    assert "EU" not in {r["authority_country"] for r in sanctions(text, "Sanctions on 2 foreign companies")}


def test_a_senior_secured_facility_signed_with_banks_names_each_lender_past_one_lenders_role() -> None:
    (deal,) = deals("The seven-year senior secured facility was signed on 9 May with Skagen Sparebank ASA, which acted as "
                    "coordinator and agent, Banca Ligure S.p.A., Elbe Handelsbank AG and Ionian Credit Bank S.A., the owner "
                    "said.", "Shipping finance")
    assert deal["deal_type"] == "financing", deal
    assert set(parties(deal)) >= {"Skagen Sparebank ASA", "Banca Ligure S.p.A.", "Elbe Handelsbank AG",
                                  "Ionian Credit Bank S.A."}, deal


def test_a_state_that_previously_sanctioned_a_company_is_an_earlier_action_of_that_state() -> None:
    recs = sanctions("New Zealand today imposed travel bans on two Iranian officials. New Zealand previously sanctioned the "
                     "Iranian UAV manufacturer Kavir Rotor Industries in May 2030.", "New Zealand sanctions")
    earlier = [r for r in recs if any(t["name"] == "Kavir Rotor Industries" for t in r["targets"])]
    assert earlier and {r["authority_country"] for r in earlier} == {"NZ"}, recs
    assert not any(t["name"] == "Iran" for r in earlier for t in r["targets"]), recs


def test_britain_had_already_sanctioned_the_company_is_britains_action() -> None:
    recs = sanctions("The EU on Tuesday imposed sanctions on Corvina Tide Shipping FZE, a ship manager. Britain had already "
                     "sanctioned the company in February.", "EU sanctions ship manager")
    assert any(r["authority_country"] == "GB" and any(t["name"] == "Corvina Tide Shipping FZE" for t in r["targets"])
               for r in recs), recs


def test_the_previously_sanctioned_entities_are_no_action() -> None:
    """Guard for the rules above: "previously" before the participle, after an article, is no action of anybody's."""
    assert sanctions("The previously sanctioned entities include Kavir Rotor Industries.", "Explainer") == []
