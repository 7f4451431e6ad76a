"""The GX kwargs speed-up returns what GX's own methods return, and steps aside for another GX."""

from __future__ import annotations

import json
from typing import Any

import pytest
from great_expectations.expectations.expectation import Expectation

from tradewatch.quality import gx_kwargs, suites, validate_batch
from tradewatch.quality.runner import _Engine

from .batches import VALIDATED_AT
from .test_runner import spoiled  # noqa: F401 - the fixture

RUNTIME_CONFIGURATIONS = [None, {}, {"result_format": "BOOLEAN_ONLY"},
                          {"result_format": {"result_format": "COMPLETE", "return_unexpected_index_query": False}}]


def _every_expectation() -> list[Any]:
    found = []
    for table, build in suites.ROW_SUITES.items():
        found += build(VALIDATED_AT).expectations
        found += suites.schema_suite(table, required=True).expectations
    return found


@pytest.fixture
def originals():
    """GX's own methods in place (the validation engine, which installs the speed-up, already built)."""
    _Engine.get()
    gx_kwargs.uninstall()
    saved = {name: getattr(Expectation, name) for name in gx_kwargs._EXPECTED}
    yield saved
    gx_kwargs.uninstall()
    gx_kwargs.install()  # as the engine left it for the other tests


def _call_all(expectation: Any) -> list[Any]:
    out: list[Any] = [expectation._get_domain_kwargs(), expectation._get_success_kwargs()]
    for runtime in RUNTIME_CONFIGURATIONS:
        out.append(expectation._get_runtime_kwargs(runtime))
    for key in ("column", "mostly", "result_format", "value_set", "min_value", "no_such_key"):
        out.append(expectation._get_success_kwarg(key, "fallback"))
    return out


def test_replacements_return_what_gx_returns_for_every_expectation_we_use(originals):
    expectations = _every_expectation()
    assert len(expectations) > 50
    before = [_call_all(e) for e in expectations]
    assert gx_kwargs.install() is True
    assert all(getattr(Expectation, name) is not original for name, original in originals.items())
    after = [_call_all(e) for e in expectations]
    assert after == before


def test_validation_results_are_identical_with_and_without(originals, spoiled):  # noqa: F811
    batch, _ids, _deal_ids = spoiled

    def results() -> tuple[str, str]:
        outcome = validate_batch({t: f.copy() for t, f in batch.items()}, run_id="r", validated_at=VALIDATED_AT)
        gx = [r.to_json_dict() for r in outcome.validation_results]
        for r in gx:
            r.pop("meta", None)
        return outcome.quarantine.to_json(date_format="iso"), json.dumps(gx, sort_keys=True, default=str)

    plain = results()
    assert gx_kwargs.install() is True
    assert results() == plain
    assert "expect_column_values_to_be_unique" in plain[0]  # the batch did fail: the comparison means something


def test_another_gx_keeps_its_own_methods(originals, monkeypatch):
    monkeypatch.setitem(gx_kwargs._EXPECTED, "_get_domain_kwargs", "0000000000000000")
    assert gx_kwargs.install() is False
    assert all(getattr(Expectation, name) is original for name, original in originals.items())
