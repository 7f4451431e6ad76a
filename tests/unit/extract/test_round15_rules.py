"""Unit tests for the round 15 extraction rules (sanctions), on hand-written sentences.

"is listing" and "is targeting" a counted group, the victims and places in a counted group's deeds, a role's employer,
counted groups named per section of a release, "Their assets ... are now frozen" after "The three are", a possessor
described by its relation ("X's spouse, Y"), and an "In addition to X," opener. Every person, company and place named
here is invented; the sentences were written for these tests, not taken from the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _targets

_EU = "Council lists eleven persons under the human rights regime"


def test_a_council_that_is_listing_named_people_lists_them():
    text = "In Valdoria, the Council is listing Tomas Reyvik and Ana-Luz Prenta, respectively governor and deputy governor of a prison."
    assert _targets(text, _EU) == {"Tomas Reyvik", "Ana-Luz Prenta"}


def test_a_stock_listing_is_not_a_sanctions_listing():
    text = "Orrin Lumber Corp. is listing its shares in Toronto next month, the Council of the exchange said."
    assert _sanctions(text, "Orrin Lumber plans a listing") == []


def test_the_victim_of_a_counted_groups_deeds_is_no_target():
    text = (
        "In Valdoria, the Council is targeting three individuals responsible for the arbitrary detention and "
        "ill-treatment of human rights defender Mira Solvetti."
    )
    assert "Mira Solvetti" not in _targets(text, _EU)


def test_names_after_including_are_the_groups_members():
    text = (
        "The Council today sanctioned three individuals responsible for the repression of protesters, including "
        "Tomas Reyvik and Ana-Luz Prenta."
    )
    assert {"Tomas Reyvik", "Ana-Luz Prenta"} <= _targets(text, _EU)


def test_where_a_listed_investigator_works_is_no_target():
    text = (
        "The Council has also listed Tomas Reyvik and an investigator of the Valdorian Security Directorate of the "
        "Republic of Valdoria in charge of the case."
    )
    found = _targets(text, _EU)
    assert "Tomas Reyvik" in found
    assert not any("Directorate" in name for name in found)


def test_each_section_counts_its_own_group_and_names_it_in_the_next_sentences():
    text = (
        "The Council today decided to impose restrictive measures on four individuals responsible for serious human "
        "rights violations.\n\n"
        "Valdoria\n"
        "The Council is listing two prison officials responsible for the torture of detainees. Tomas Reyvik, governor "
        "of the Korvan prison, ordered beatings. Ana-Luz Prenta is the prison's chief interrogator.\n\n"
        "Ostria\n"
        "In Ostria, the Council is listing Henrik Ballo and Peder Smolt, two judges who sentenced protesters.\n\n"
        "Those listed are subject to an asset freeze."
    )
    assert {"Tomas Reyvik", "Ana-Luz Prenta", "Henrik Ballo", "Peder Smolt"} <= _targets(text, _EU)


def test_their_assets_are_those_of_the_group_named_a_few_sentences_before():
    text = (
        "The three are Tomas Reyvik, a former director-general at Valdoria's Ministry of Roads; his wife, Mira Reyvik; "
        "and Henrik Ballo, a property developer from Korvan. Reyvik is the subject of judicial proceedings. "
        "Their assets in the 27 member states are now frozen, the Council of the European Union said."
    )
    assert _targets(text, "EU freezes assets of three Valdorians") == {"Tomas Reyvik", "Mira Reyvik", "Henrik Ballo"}


def test_relatives_described_by_whose_they_are_are_the_targets_not_the_relative_named_before():
    text = (
        "In addition to Reyvik and Ballo, the Department of State is designating Reyvik's spouse, Mira Anton Reyvik, "
        "and his adult son, Pavel Tomas Reyvik."
    )
    found = _targets(text, "State Department designates officials")
    assert found == {"Mira Anton Reyvik", "Pavel Tomas Reyvik"}
