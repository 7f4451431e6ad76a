"""Hostile probe 37 F3: statements that refuse, end, question, claim or make believe an action, and deals denied or not
agreed, are no records (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.records import deals, sanctions

_CONTEXT = "Markets were calm on Tuesday.\n"


@pytest.mark.parametrize("sentence", [
    "The EU declined to impose an asset freeze on Kappa Trading SA.",
    "The UN Security Council refused to sanction Lambda Shipping Ltd after a veto.",
    "Mu Energy Holdings is no longer subject to OFAC sanctions.",
    "Will OFAC sanction Nu Metals LLC next?",
    "Unconfirmed social media posts claimed OFAC had sanctioned Tau Trading SA; Treasury said the posts were fake.",
    "In a training exercise, OFAC staff pretended to sanction Sigma Freight LLC.",
    "Alpha Corp abandoned its bid for Beta Holdings Ltd after the sanctions.",
])
def test_a_refused_ended_questioned_or_make_believe_action_is_no_record(sentence: str) -> None:
    assert sanctions(_CONTEXT + sentence, "Daily news") == []


@pytest.mark.parametrize("sentence", [
    "Xi Corp did not agree to acquire Omicron Holdings Ltd for $5 million.",
    "Pi Corp denied it would buy Rho Holdings Ltd.",
    "There is no truth to reports Alpha Corp will buy Beta Holdings Ltd, the company said.",
])
def test_a_deal_denied_or_not_agreed_is_no_record(sentence: str) -> None:
    assert deals(_CONTEXT + sentence, "Daily news") == []


def test_the_same_actions_stated_plainly_are_records() -> None:
    # the guards above must not silence the plain statements
    assert sanctions(_CONTEXT + "The EU imposed an asset freeze on Kappa Trading SA.", "Daily news")
    assert sanctions(_CONTEXT + "OFAC sanctioned Nu Metals LLC on Tuesday.", "Daily news")
    assert deals(_CONTEXT + "Xi Corp agreed to acquire Omicron Holdings Ltd for $5 million.", "Daily news")
