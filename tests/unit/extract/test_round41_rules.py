"""Rules added for the forty-first held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, targets_by_country


def _targets(text: str, title: str = "Sanctions announced") -> dict[str | None, set[str]]:
    return targets_by_country(text, title)


def test_an_annex_of_entities_subject_to_the_measures_names_the_targets_of_the_action_that_refers_to_it() -> None:
    text = ("1. The Government of Japan has decided to implement the following measures against two entities and one "
            "individual involved in the procurement of missile parts (see Annex).\n\n"
            "2. By not granting permission for payments, the assets of those listed in the Annex will in effect be "
            "frozen. With these measures, the entities and individuals subject to asset freeze by Japan total 90.\n\n"
            "(Annex)\n\n"
            "Entities subject to the measures (2 entities)\n\n"
            "1. Harbour Crest Machine Works\nLocation: Nampho\n\n"
            "2. Silver Pine Trading Limited\nLocation: Hong Kong\n\n"
            "Individuals subject to the measures (1 individual)\n\n"
            "1. KIM Yong Dae\nDate of birth: May 2, 1980\n")
    assert {"Harbour Crest Machine Works", "Silver Pine Trading Limited", "KIM Yong Dae"} <= _targets(text).get("JP", set())


def test_a_quoted_name_after_a_spelled_out_state_legal_form_is_the_name() -> None:
    text = ("The Council of the European Union today added the following entities to its sanctions list:\n"
            "- Republican Unitary Enterprise \"Vostok Tractor Works\" (Minsk), which supplies army trucks;\n"
            "- State Institution \"Civic Oversight Agency\" (Minsk), which persecutes journalists;\n"
            "- Marinsk Optical LLC (Vitebsk), a maker of rifle scopes.\n")
    found = _targets(text).get("EU", set())
    assert {"Vostok Tractor Works", "Civic Oversight Agency", "Marinsk Optical LLC"} <= found
    assert not found & {"Republican Unitary Enterprise", "State Institution"}


def test_the_same_group_named_by_another_state_and_one_more_and_who_grants_permission() -> None:
    text = ("Canada's Foreign Ministry froze the assets of two companies and one individual: Lakeshore Relay Corp., "
            "Tundra Signal Ltd. and Omar Feyzi. Norway designated the same three targets, along with one additional "
            "person: Halvard Skeie. Under Norwegian law, anyone dealing with them must obtain prior approval from the "
            "Bank of Norway or the Financial Supervisory Authority.")
    found = _targets(text)
    assert {"Lakeshore Relay Corp.", "Tundra Signal Ltd.", "Omar Feyzi", "Halvard Skeie"} <= found.get("NO", set())
    everyone = set().union(*found.values())
    assert not everyone & {"Bank of Norway", "Financial Supervisory Authority"}


def test_ships_a_designee_owns_are_designated_and_a_manager_not_among_them_is_not() -> None:
    text = ("The Treasury Department's Office of Foreign Assets Control (OFAC) on Monday designated Seagrove Tanker Co., "
            "Limited, which it said owns or operates the tankers Moonlit Bay, Coral Drift and Polar Ember. Two brokers "
            "were also sanctioned.\n\n"
            "Brightwake Ship Management, a Dubai-based firm listed as the technical manager of the Coral Drift, was not "
            "among the entities designated.\n\n"
            "Rhea Castellan contributed reporting.")
    found = _targets(text).get("US", set())
    assert {"Seagrove Tanker Co., Limited", "Moonlit Bay", "Coral Drift", "Polar Ember"} <= found
    assert not found & {"Brightwake Ship Management", "Rhea Castellan"}


def test_the_bloc_also_targeted_and_accounts_frozen_by_a_financial_intelligence_unit() -> None:
    text = ("The EU on Monday imposed sanctions on two officials over the deportation of children. The bloc also "
            "targeted Arkady Velichko, the head of a youth camp, and Marina Soltseva.")
    assert {"Arkady Velichko", "Marina Soltseva"} <= _targets(text).get("EU", set())
    text = ("Peru's financial intelligence unit has frozen bank accounts belonging to Andes Ridge Trading S.A.C., which "
            "it says laundered money for a smuggling ring.")
    assert "Andes Ridge Trading S.A.C." in _targets(text, "Peru freezes accounts").get("PE", set())


def test_the_uk_government_with_full_stops_is_an_authority() -> None:
    text = ("Moscow banned 12 British journalists on Monday. The move came weeks after the U.K. government on March 3 "
            "froze the assets of the broadcaster Volna-TV and its director, Pavel Gromsky.")
    assert {"Volna-TV", "Pavel Gromsky"} <= _targets(text).get("GB", set())


def test_court_sanction_a_registry_listing_a_board_seat_and_a_director_under_sanctions_are_no_targets() -> None:
    text = ("The merger requires sanction from the Delhi and Kolkata benches of the National Company Law Tribunal. "
            "The Panel notes that the company's owner, Mr. Dario Vello, is also listed as the sole director of Westmark "
            "Navigation Ltd. Kessel Mining agreed a joint venture with Dune Gate Holdings, a company whose board includes "
            "a director under European Union sanctions. One of Kessel's five non-executive directors, businessman Ilya "
            "Brand, was placed under EU sanctions on May 2, 2024, for his role in financing armed groups.")
    found = _targets(text)
    everyone = set().union(*found.values()) if found else set()
    assert "Ilya Brand" in found.get("EU", set())
    assert not everyone & {"National Company Law Tribunal", "Dario Vello", "Westmark Navigation Ltd.", "Kessel Mining",
                           "Dune Gate Holdings"}
    assert not any("Ilya Brand" in {p["name"] for p in d["parties"]} for d in deals(text, "Mining news"))
