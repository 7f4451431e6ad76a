"""The matcher on a labelled set of name pairs (tests/fixtures/lists/name_pairs.csv)."""

from __future__ import annotations

import csv

from tests.unit.lists.lists_support import FIXTURES
from tradewatch.lists.scoring import score_names

THRESHOLD = 90.0  # the default TRADEWATCH_MATCH_THRESHOLD


def test_precision_and_recall_on_labelled_pairs() -> None:
    with (FIXTURES / "name_pairs.csv").open(encoding="utf-8", newline="") as fh:
        pairs = list(csv.DictReader(fh))
    assert len(pairs) >= 60
    assert {p["is_match"] for p in pairs} == {"0", "1"}
    tp = fp = fn = 0
    errors = []
    for p in pairs:
        score, method = score_names(p["extracted_name"], p["list_name"])
        predicted, truth = score >= THRESHOLD, p["is_match"] == "1"
        tp += predicted and truth
        fp += predicted and not truth
        fn += truth and not predicted
        if predicted != truth:
            errors.append(f"{p['extracted_name']!r} vs {p['list_name']!r}: {score} {method} (truth {truth})")
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    print(f"precision={precision:.3f} recall={recall:.3f} pairs={len(pairs)}")
    assert precision >= 0.95, errors
    assert recall >= 0.9, errors


def test_scores_are_symmetric_enough() -> None:
    assert score_names("PJSC Sberbank", "Sberbank of Russia")[0] == score_names("Sberbank of Russia", "PJSC Sberbank")[0]


def test_exact_after_normalisation() -> None:
    assert score_names("Роснефть", "Rosneft") == (100.0, "exact")
