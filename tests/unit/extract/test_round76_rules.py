"""Rules added from the seventy-sixth held-out round (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets_of


def test_a_pipe_table_with_a_rule_under_its_header_names_its_rows() -> None:
    text = ("Canada is imposing sanctions under the Special Economic Measures (Russia) Regulations on 4 individuals "
            "involved in the deportation of children.\n\nThe following individuals are added to Schedule 1:\n\n"
            "Name | Position\n"
            "-----+---------\n"
            "Arkady Semyonovich Belyakin | Deputy head of a regional children's commission\n"
            "Marfa Ilyinichna Gorbatova | Director of a boarding school\n"
            "Yevsei Petrovich Dolgushin | Official of the occupation administration\n"
            "Zinaida Olegovna Kuritsyna | Head of a so-called re-education camp\n\nQuick facts\n")
    recs = sanctions(text, "Canada imposes sanctions over the deportation of Ukrainian children")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert names >= {"Arkady Semyonovich Belyakin", "Marfa Ilyinichna Gorbatova", "Yevsei Petrovich Dolgushin",
                     "Zinaida Olegovna Kuritsyna"}, recs
    assert not names & {"Name", "Position", "-----"}, recs


def test_annex_entries_in_name_blocks_are_the_asset_freezes_targets_and_persons_also_banned() -> None:
    text = ("The Council today decided to impose restrictive measures on two individuals and one entity responsible "
            "for actions undermining the stability of the country. The persons listed are subject to an asset freeze "
            "and a travel ban, and EU citizens and companies are forbidden from making funds available to them.\n\n"
            "ANNEX\n\n"
            "A. Natural persons\n\n"
            "Name: Tobias KRENVALD (a.k.a. Tobi KRENWALD)\n"
            "Identifying information: Position: commander of a militia unit; DOB: 3.4.1971\n"
            "Reasons for listing: Tobias Krenvald leads a militia responsible for attacks on civilians.\n\n"
            "Name: Oriane VASSELOT\n"
            "Identifying information: DOB: 19.9.1983; Nationality: Ruritanian\n"
            "Reasons for listing: Oriane Vasselot finances the militia.\n\n"
            "B. Entities\n\n"
            "Name: Marrowfield Logistics SARL\n"
            "Identifying information: Type of entity: limited company; Address: 12 Quay Road, Port Elsin\n"
            "Reasons for listing: Marrowfield Logistics supplies the militia with fuel.\n")
    recs = sanctions(text, "Ruritania: Council sanctions two individuals and one entity")
    freeze = targets_of(recs, "EU", "asset_freeze")
    ban = targets_of(recs, "EU", "travel_ban")
    assert {"Tobias KRENVALD", "Oriane VASSELOT", "Marrowfield Logistics SARL"} <= freeze, recs
    assert {"Tobias KRENVALD", "Oriane VASSELOT"} <= ban, recs
    assert "Marrowfield Logistics SARL" not in ban, recs


def test_a_contacts_name_line_is_not_an_annex_entry() -> None:
    text = ("The Council today decided to impose an asset freeze on one individual responsible for the repression of "
            "journalists.\n\nFor more information:\n"
            "Name: Ilse Pankratova\n"
            "Email: press.office@example.org\n")
    recs = sanctions(text, "Council sanctions one individual")
    assert not any(t["name"] == "Ilse Pankratova" for r in recs for t in r["targets"]), recs
