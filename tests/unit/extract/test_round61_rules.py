"""Rules added for the sixty-first held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def test_a_list_cue_holding_an_executive_orders_abbreviation_in_brackets() -> None:
    text = """The Department of State is designating two individuals and one entity pursuant to Executive Order (E.O.) 14024 for their roles in these transfers:

- Pavel Igorevich Zorin, the so-called "commissioner" of the occupation authorities in Kherson region.
- Marina Olegovna Lenskaya, head of a camp in occupied Crimea.
- Yug-Avto Transport LLC, a bus operator.
"""
    names = {t["name"] for r in sanctions(text, "Imposing sanctions on those responsible") for t in r["targets"]}
    assert {"Pavel Igorevich Zorin", "Marina Olegovna Lenskaya", "Yug-Avto Transport LLC"} <= names, names


def test_a_round_ups_part_headed_by_a_state_is_that_states() -> None:
    text = """US: TREASURY SETTLES WITH VALVE MAKER

Houston-based Redcliff Valve LLC agreed to pay $1,082,520 to settle its potential civil liability for apparent violations of the Venezuela Sanctions Regulations, OFAC said.

AUSTRALIA: FINANCIAL SANCTIONS AND TRAVEL BANS ON MYANMAR MILITARY FIGURES
Foreign Minister Helen Marr on Wednesday announced targeted financial sanctions and travel bans on two members of the Myanmar military:
- Brigadier General Soe Win Naing, commander of an air force training command
- Colonel Thet Naing Oo, head of a procurement office
"""
    recs = sanctions(text, "Sanctions weekly")
    by_state = {(r["authority_country"], t["name"]) for r in recs for t in r["targets"]}
    assert ("AU", "Soe Win Naing") in by_state and ("US", "Soe Win Naing") not in by_state, recs


def test_a_company_saying_it_is_not_subject_to_any_sanctions_takes_no_action() -> None:
    text = ("The company said it was not subject to any UK, EU or U.S. sanctions and had offered undertakings to keep "
            "Corvell Optics Ltd's defence work in Scotland.")
    assert sanctions(text, "UK blocks takeover") == []
