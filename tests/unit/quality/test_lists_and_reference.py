"""Sanctions-list tables get their own suites; reference rows satisfy cross-table checks."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tradewatch.quality import validate_batch

from .batches import VALIDATED_AT, make_batch


def _lists() -> dict[str, pd.DataFrame]:
    entities = pd.DataFrame([
        {"list_id": "un_sc", "entity_id": f"un_sc-{i}", "kind": kind, "primary_name": f"Entity {i}",
         "countries": countries, "programs": ["KP"], "listed_on": listed_on, "list_version": "v1"}
        for i, (kind, countries, listed_on) in enumerate([
            ("organization", ["KP"], date(2006, 10, 14)),
            ("ship", ["KP"], date(2017, 1, 1)),              # unknown kind
            ("vessel", ["KP", "XX"], date(2017, 1, 1)),      # unknown country
            ("person", [], date(1900, 1, 1)),                # listed before 1945
        ])
    ])
    names = pd.DataFrame([
        {"list_id": "un_sc", "entity_id": f"un_sc-{i}", "name": f"Entity {i}", "is_alias": False,
         "normalised_name": f"entity {i}", "surname": None}
        for i in (0, 1, 9)                                   # 9: no such entity
    ])
    return {"list_entities": entities, "list_names": names}


def test_list_tables_quarantine_bad_entities_and_their_names():
    outcome = validate_batch(
        _lists(), run_id="lists-1", validated_at=VALIDATED_AT, required={"list_entities", "list_names"}
    )
    assert list(outcome.clean["list_entities"]["entity_id"]) == ["un_sc-0"]
    assert list(outcome.clean["list_names"]["entity_id"]) == ["un_sc-0"]
    q = outcome.quarantine
    by_key = q.groupby("record_key")["column_name"].apply(set).to_dict()
    assert by_key["un_sc:un_sc-1"] == {"kind"}
    assert by_key["un_sc:un_sc-2"] == {"countries"}
    assert by_key["un_sc:un_sc-3"] == {"listed_on"}
    assert by_key["un_sc:un_sc-1:Entity 1"] == {"list_id,entity_id"}  # cascaded from its entity
    assert by_key["un_sc:un_sc-9:Entity 9"] == {"list_id,entity_id"}  # orphan
    assert set(q[q["record_key"] == "un_sc:un_sc-9:Entity 9"]["reason"]) == {
        "(list_id, entity_id) is missing or not among this batch's list entities"
    }


def test_reference_articles_count_for_records_of_stored_articles():
    batch = make_batch(2)
    stored = batch["articles"].iloc[[1]]
    batch["articles"] = batch["articles"].iloc[[0]]
    # without the reference the second article's records would be orphans (test_runner covers that)
    outcome = validate_batch(batch, run_id="r", validated_at=VALIDATED_AT, reference={"articles": stored})
    assert outcome.quarantine.empty
    assert len(outcome.clean["sanctions"]) == 2 and len(outcome.clean["articles"]) == 1
