"""`tradewatch eval` on folders a user made: every gold file is checked, a bad one named with what is wrong, and no
folder scores a perfect 1.000 on no document (hostile probe 22)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradewatch.cli import main

TEXT = "OFAC sanctions Sberbank\n\nThe Treasury's Office of Foreign Assets Control on Monday sanctioned Sberbank.\n"


def _corpus(root: Path, gold: object | bytes, doc: str | None = TEXT) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "gold").mkdir()
    if doc is not None:
        (root / "docs" / "a.txt").write_text(doc, encoding="utf-8")
    raw = gold if isinstance(gold, bytes) else json.dumps(gold).encode()
    (root / "gold" / "a.json").write_bytes(raw)
    return root


@pytest.mark.parametrize(("gold", "said"), [
    ({"sanctions": [{"authority_country": "US", "targets": "Sberbank"}]}, "sanctions[0].targets must be a list of names"),
    ({"sanction": [{"authority_country": "US", "targets": ["Sberbank"]}]}, "unknown key(s) 'sanction'"),
    ({"sanctions": {"targets": ["Sberbank"]}}, "sanctions must be a list of records"),
    ([{"targets": ["Sberbank"]}], "must be a JSON object"),
    ({"sanctions": [None]}, "sanctions[0] must be an object"),
    (b"{'sanctions': []}", "not valid JSON"),
    ('{"sanctions": [{"targets": ["Société Générale"]}]}'.encode("latin-1"), "not UTF-8 text"),
])
def test_a_wrong_shaped_gold_file_is_named_with_what_is_wrong(tmp_path: Path, capsys, gold, said) -> None:
    corpus = _corpus(tmp_path / "c", gold)
    assert main(["eval", str(corpus)]) == 2
    err = " ".join(capsys.readouterr().out.split())
    assert "a.json" in err and said in err, err


def test_no_document_scored_is_an_error_not_a_perfect_score(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "c", {"sanctions": []}, doc=None)
    (corpus / "docs" / "a.html").write_text("<p>the text, under another name</p>", encoding="utf-8")
    assert main(["eval", str(corpus)]) == 2
    out = " ".join(capsys.readouterr().out.split())
    assert "no document scored" in out and "a.json" in out and "1.000" not in out


def test_a_gold_file_without_its_text_is_named_beside_the_scores(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "c", {"sanctions": [{"authority_country": "US", "targets": ["Sberbank"]}]})
    (corpus / "gold" / "b.json").write_text('{"deals": []}', encoding="utf-8")
    assert main(["eval", str(corpus)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "(1 documents)" in out and "1 gold file(s) not scored" in out and "b.json" in out
