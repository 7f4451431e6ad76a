"""Corpus golden test: the extractor's scores on shared/corpus must stay above the issue's thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT.parent / "shared" / "corpus"

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def report():
    if not (CORPUS / "gold").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    from tradewatch.extract.scoring import evaluate

    return evaluate(CORPUS)[0]


def test_sanction_target_f1(report):
    assert report.targets.f1 >= 0.85, report.misses + report.spurious


def test_sanction_event_f1(report):
    assert report.events.f1 >= 0.85, report.misses + report.spurious


def test_deal_party_f1(report):
    assert report.parties.f1 >= 0.75, report.misses + report.spurious


def test_evidence_offsets_hold():
    if not (CORPUS / "docs").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    from tradewatch.extract import extract_records
    from tradewatch.extract.scoring import read_corpus_document

    for path in sorted((CORPUS / "docs").glob("*.txt")):
        title, body, published, url = read_corpus_document(path.parent, path.stem)
        out = extract_records(body, title=title, published=published, url=url)
        for rec in out["sanctions"] + out["deals"]:
            assert body[rec["start"] : rec["end"]] == rec["evidence"]
