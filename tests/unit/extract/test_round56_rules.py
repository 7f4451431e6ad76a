"""Rules added for the fifty-sixth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, sanctions


def _names(recs: list[dict]) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"]}


def _parties(recs: list[dict]) -> set[str]:
    return {p["name"] for r in recs for p in r["parties"]}


def test_a_ships_name_ending_in_a_number_keeps_it() -> None:
    text = ("Today, OFAC is identifying three vessels as blocked property.\n\n"
            "Seaward Lines Ltd manages the NORTH STAR II (IMO 9234567), the AURORA 7 (IMO 9345678) and the "
            "CALYPSO (IMO 9456789).")
    recs = sanctions(text, "Treasury targets tankers")
    assert {"NORTH STAR II", "AURORA 7", "CALYPSO"} <= _names(recs), recs


def test_the_banks_of_a_syndicate_by_their_roles_are_parties_of_the_financing() -> None:
    text = ("Oslo, 3 February 2026 – Brattli Kraft ASA (\"Brattli\" or the \"Company\", OSE: BRAT) has today signed a "
            "NOK 4,000 million revolving credit facility with a group of five banks.\n\n"
            "Vestland Bank ASA and Kattegat Bank AB (publ) acted as coordinators and bookrunning mandated lead "
            "arrangers. Fjord Sparebank ASA participated as mandated lead arranger, while Polar Bank Abp joined the "
            "Facility as lead arranger.")
    recs = deals(text, "Brattli Kraft signs NOK 4 billion revolving credit facility")
    names = _parties(recs)
    assert {"Brattli Kraft ASA", "Vestland Bank ASA", "Kattegat Bank AB", "Fjord Sparebank ASA", "Polar Bank Abp"} <= names, recs
    assert "BRAT" not in names, recs  # the stock ticker at the end of the bracket


def test_a_central_bank_named_after_its_state_acts_for_it_and_its_review_of_designations_is_no_action() -> None:
    text = ("The US Treasury designated Kestrel Exchange Ltd on Tuesday.\n\nThe Central Bank of Kenya said it had "
            "imposed penalties totalling KSh 40 million on Harbourgate Bank Ltd for breaches of the sanctions regulations.")
    recs = sanctions(text, "Banks fined")
    assert {(r["authority_country"], r["measure"]) for r in recs} == {("US", "asset_freeze"), ("KE", "financial_penalty")}, recs
    text = ("The Treasury designated Kestrel Exchange Ltd on Tuesday for moving funds for Hezbollah.\n\n"
            "The Central Bank of Iraq said it was reviewing the designations and would protect the banking sector.")
    recs = sanctions(text, "Treasury targets exchange house")
    assert [r["authority_country"] for r in recs] == ["US"], recs


def test_ships_added_to_a_port_ban_list_and_ships_specified_are_an_other_measure() -> None:
    text = ("In addition, the Council decided to add 9 vessels to the list of ships that are subject to a port access and "
            "provision of services ban. The vessels, which include the tankers NORDIC HAWK (IMO 9301234) and "
            "BALTIC ROSE (IMO 9302345), are part of the shadow fleet.")
    recs = sanctions(text, "Russia: EU Council lists further vessels of the shadow fleet")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("EU", "other")], recs
    assert {"NORDIC HAWK", "BALTIC ROSE"} <= _names(recs), recs
    recs = sanctions('Britain on Tuesday froze the assets of Harrow Marine FZE.\n\nThe 12 tankers were "specified" under '
                     "Britain's Russia sanctions regulations, which means they can be refused entry to UK ports.",
                     "UK targets ship managers")
    assert ("GB", "other") in {(r["authority_country"], r["measure"]) for r in recs}, recs
