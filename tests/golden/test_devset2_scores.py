"""Dev-set 2 golden test: the extractor's scores on tests/fixtures/extract_devset2 must not fall back."""

from __future__ import annotations

from pathlib import Path

import pytest

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "extract_devset2"

# A little below the scores reached with extractor 0.1.4 (targets 0.864, events 0.873, parties 0.894).
MIN_TARGET_F1 = 0.85
MIN_EVENT_F1 = 0.85
MIN_PARTY_F1 = 0.87


@pytest.fixture(scope="module")
def report():
    from tradewatch.extract.scoring import evaluate

    return evaluate(DEVSET)[0]


def test_devset2_is_complete():
    docs = sorted(p.stem for p in (DEVSET / "docs").glob("*.txt"))
    gold = sorted(p.stem for p in (DEVSET / "gold").glob("*.json"))
    assert docs == gold and len(docs) == 88


def test_sanction_target_f1(report):
    assert report.targets.f1 >= MIN_TARGET_F1, report.misses + report.spurious


def test_sanction_event_f1(report):
    assert report.events.f1 >= MIN_EVENT_F1, report.misses + report.spurious


def test_deal_party_f1(report):
    assert report.parties.f1 >= MIN_PARTY_F1, report.misses + report.spurious
