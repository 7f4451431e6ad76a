"""Records of a raw text are those of the same text as a run stores it, and look-alike letters do not hide an authority
(hostile probe 37 F4, F7): `extract_records`, `tradewatch extract FILE.txt` and `tradewatch eval` clean the text as
`parse_article` does, with offsets and evidence still in the text given."""

from __future__ import annotations

import json
from pathlib import Path

from tradewatch.article.parse import clean_text
from tradewatch.cli import main
from tradewatch.extract import extract_records
from tradewatch.quality.helpers import span_is_evidence

TITLE = "Sanctions news"
SENTENCE = ("The US Treasury's Office of Foreign Assets Control (OFAC) on Tuesday sanctioned Acme Trading LLC and "
            "Rosneft Trading SA over support to Russia's military.")
# what hostile probe 37 handed `tradewatch extract`: a soft hyphen in the trigger, a zero-width space in a name
RAW = SENTENCE.replace("sanctioned", "sanc\u00adtioned").replace("Rosneft", "Ros\u200bneft")


def _targets(found: dict) -> list[list[str]]:
    return [[t["name"] for t in rec["targets"]] for rec in found["sanctions"]]


def _spans_hold(found: dict, text: str) -> None:
    for rec in (*found["sanctions"], *found["deals"]):
        assert text[rec["start"] : rec["end"]] == rec["evidence"]
        assert span_is_evidence(rec["evidence"], text, rec["start"], rec["end"])


def test_raw_text_gives_the_records_of_the_text_a_run_stores() -> None:
    for raw in (RAW, SENTENCE.replace("Rosneft Trading SA", "Rosneft\u00a0Trading\u00a0SA"),
                SENTENCE.replace("Rosneft", "Rosne\u0301ft").replace("Acme", "Ac\u200fme"),
                SENTENCE.replace("Rosneft", "Ros\u200dneft")):
        text = "Intro line here.\n" + raw + "\n"
        found = extract_records(text, title=TITLE)
        stored = extract_records(clean_text(text), title=TITLE)
        assert _targets(found) == _targets(stored), ascii(raw)
        assert len(_targets(found)) == 1 and len(_targets(found)[0]) == 2, ascii(raw)  # not "Ros", "Trading SA"
        _spans_hold(found, text)  # offsets and evidence index the text given


def test_a_text_stored_by_an_older_cleaning_keeps_its_spans() -> None:
    # `tradewatch reextract` reads stored texts as they are: one holding a mark that cleaning now removes (a combining
    # grapheme joiner) must get records whose offsets still index it, or the validation quarantines them
    stored = f"Intro line here.\n\n{SENTENCE.replace('Rosneft', 'Ros' + chr(0x34F) + 'neft')}\n\nMore follows."
    found = extract_records(stored, title=TITLE)
    assert _targets(found) == [["Acme Trading LLC", "Rosneft Trading SA"]]
    _spans_hold(found, stored)


def test_the_extract_command_cleans_a_text_file(tmp_path: Path, capsys) -> None:
    article = tmp_path / "zw.txt"
    article.write_text(f"{TITLE}\n{RAW}\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert _targets(out) == [["Acme Trading LLC", "Rosneft Trading SA"]]  # was no record at all


def test_eval_scores_the_text_as_a_run_reads_it(tmp_path: Path, capsys) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / "1.txt").write_text(f"{TITLE}\n{RAW}\n", encoding="utf-8")
    gold = {"sanctions": [{"authority": "OFAC", "authority_country": "US", "measure": "asset_freeze",
                           "targets": ["Acme Trading LLC", "Rosneft Trading SA"]}], "deals": []}
    (tmp_path / "gold" / "1.json").write_text(json.dumps(gold), encoding="utf-8")
    from tradewatch.extract.scoring import evaluate

    report, _ = evaluate(tmp_path)
    assert (report.targets.tp, report.targets.fp, report.targets.fn) == (2, 0, 0)


def test_look_alike_letters_do_not_hide_the_authority() -> None:
    # hostile probe 37 F4: a Cyrillic О, fullwidth letters or a Greek Epsilon in the authority's name made it the target
    # (or no authority), and "Rosneft Trading SA" was lost
    for authority, expected in (("\u041eFAC", "OFAC"), ("\uff2f\uff26\uff21\uff23", "OFAC"),
                                ("The \u0395U", "European Union")):
        text = f"Markets were calm.\n{authority} on Tuesday sanctioned Rosneft Trading SA over arms supply.\n"
        found = extract_records(text, title="Daily news")
        assert [(r["authority"], [t["name"] for t in r["targets"]]) for r in found["sanctions"]] == [
            (expected, ["Rosneft Trading SA"])], authority
        _spans_hold(found, text)  # the evidence as written, look-alike letters and all


def test_names_keep_their_letters_as_written() -> None:
    text = "OFAC on Tuesday sanctioned R\u043esneft Trading SA and \u0420\u043e\u0441\u043d\u0435\u0444\u0442\u044c.\n"
    found = extract_records(text, title="Daily news")
    # a look-alike letter in a Latin word is read, not rewritten (screening folds it); a Cyrillic word is left alone
    assert _targets(found) == [["R\u043esneft Trading SA", "\u0420\u043e\u0441\u043d\u0435\u0444\u0442\u044c"]]
    _spans_hold(found, text)
