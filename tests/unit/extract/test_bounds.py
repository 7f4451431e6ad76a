"""Hostile text costs bounded work: long sentences are cut, long texts are read in part, and a record's
targets are deduplicated through an index (the same answers as trying every pair)."""

from __future__ import annotations

import random

import pytest

from tradewatch.extract import MAX_TEXT_CHARS, extract_records
from tradewatch.extract.parties import PartySet, same_party
from tradewatch.extract.sentences import MAX_SENTENCE_CHARS, Sentences, split_sentences

_WORDS = ["Acme", "Beta", "Gamma", "Holdings", "Ltd", "Bank", "of", "the", "Trading", "Co.", "LLC", "Delta",
          "Export", "Import", "Group", "Sea", "Air", "&", "-", "Omega"]


def _names(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 9))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(5))
def test_party_set_answers_as_a_scan_of_every_name(seed):
    rng = random.Random(seed)
    seen: list[str] = []
    names = PartySet()
    agree = disagree = 0
    for name in _names(rng, 400):
        expected = any(same_party(name, other) or name == other for other in seen)
        assert names.has(name) == expected, (name, seen)
        agree += expected
        disagree += not expected
        if rng.random() < 0.5:
            seen.append(name)
            names.add(name)
    assert agree and disagree  # both answers were exercised


def test_party_set_finds_shorter_and_longer_names_of_many_words():
    known = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta LLC"
    names = PartySet()
    names.add(known)
    assert names.has("Beta Gamma")  # inside a known name
    longer = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa"
    assert same_party(longer, known) and names.has(longer)  # holds a known name (more words than subsets tried)
    assert not names.has("Alpha Omega")
    assert not names.has("Ltd")  # no words left once the legal form is dropped
    names.add("Ltd")
    assert names.has("Ltd") and not names.has("LLC")  # such a name matches itself only
    names.add("Omega")
    assert names.has("Alpha Beta Gamma Delta Epsilon Zeta Eta Omega")


def test_a_line_without_sentence_ends_is_cut_into_bounded_pieces_at_spaces():
    line = " ".join(f"Word{i}" for i in range(3000))  # ~26,000 characters, no full stop
    text = f"Intro sentence. {line}\nLast line."
    pieces = split_sentences(text)
    assert pieces[0].text == "Intro sentence." and pieces[-1].text == "Last line."
    middle = pieces[1:-1]
    assert len(middle) > 1
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert " ".join(p.text for p in middle) == line  # nothing lost, cut only at spaces
    assert list(Sentences(text)) == pieces


def test_a_long_run_without_spaces_is_cut_anyway():
    text = "x" * (MAX_SENTENCE_CHARS * 2 + 5)
    pieces = split_sentences(text)
    assert [len(p.text) for p in pieces] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]


def test_records_are_read_from_the_first_part_of_a_very_long_text_only():
    early = "OFAC today sanctioned Acme Trading LLC, a Dubai-based firm, for supplying drones to Russia."
    late = "OFAC today sanctioned Zeta Shipping Ltd, a Dubai-based firm, for supplying drones to Russia."
    filler = "Nothing happened here today. " * (MAX_TEXT_CHARS // 29 + 10)
    text = f"{early}\n{filler}\n{late}"
    assert len(text) > MAX_TEXT_CHARS
    names = {t["name"] for rec in extract_records(text)["sanctions"] for t in rec["targets"]}
    assert "Acme Trading LLC" in names
    assert "Zeta Shipping Ltd" not in names
    short = extract_records(f"{early}\n{late}")["sanctions"]
    assert {"Acme Trading LLC", "Zeta Shipping Ltd"} <= {t["name"] for rec in short for t in rec["targets"]}


def test_many_designations_merge_into_one_record_holding_every_target():
    # Thousands of names under one authority and measure: one record, each name once, in text order.
    lines = [f"OFAC today sanctioned Kappa{i} Shipping Ltd and Kappa{i} Trading LLC for supplying drones to Russia."
             for i in range(1500)]
    records = extract_records("\n".join(lines))["sanctions"]
    assert len(records) == 1
    names = [t["name"] for t in records[0]["targets"]]
    assert len(names) == len(set(names)) == 3000
    assert names[:2] == ["Kappa0 Shipping Ltd", "Kappa0 Trading LLC"]


def _find_by_scanning_every_trigger(text, family, patterns):
    """_find as it was: each new match checked against every trigger found so far."""
    from tradewatch.extract.triggers import Trigger, matches_at

    lowered = text.lower()
    found = []
    for pattern, label, places in family.candidates(lowered, None):
        for m in matches_at(pattern, lowered, places):
            start, end = m.span()
            if any(t.start <= start < t.end or start <= t.start < end for t in found):
                continue
            found.append(Trigger(start, end, label, text[start:end]))
    return sorted(found, key=lambda t: t.start)


@pytest.mark.parametrize("seed", range(6))
def test_overlapping_trigger_matches_resolve_as_a_scan_of_every_trigger(seed):
    # Trigger words that overlap as different patterns ("imposed sanctions", "sanctions on", "export ban").
    from tradewatch.extract import triggers as tr

    rng = random.Random(seed)
    words = ["imposed", "sanctions", "on", "sanctioned", "designated", "export", "ban", "controls", "asset",
             "freeze", "agreed", "to", "acquire", "deal", "with", "the", "Treasury", "Acme", "signed", "a", "contract"]
    for _ in range(40):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 120)))
        for family, patterns in ((tr._SANCTION_FAMILY, tr.SANCTION_PATTERNS), (tr._DEAL_FAMILY, tr.DEAL_PATTERNS)):
            expected = _find_by_scanning_every_trigger(text, family, patterns)
            got = tr._find(text, patterns, text.lower(), family)
            assert got == expected, text


def test_a_sentence_of_hundreds_of_triggers_is_read_up_to_the_cap_and_real_ones_whole():
    from tradewatch.extract.document import MAX_TRIGGERS_PER_SENTENCE, Document

    spam = Document("the Treasury sanctioned Acme Ltd and " * 80 + "Beta.", None, None, None)
    assert 0 in spam.trigger_sentences and len(spam.sentences[0].text) > 2_500  # one sentence of 80 triggers
    assert len(spam.sanction_triggers(0)) == MAX_TRIGGERS_PER_SENTENCE
    deals = Document("Acme agreed to acquire " * 100 + "Beta.", None, None, None)
    assert len(deals.deal_triggers(0)) == MAX_TRIGGERS_PER_SENTENCE
    real = Document("The Treasury sanctioned Acme Ltd, designated Beta LLC, imposed sanctions on Gamma Corp and "
                    "froze the assets of Delta SA, and the EU banned exports to Omega Ltd.", None, None, None)
    assert len(real.sanction_triggers(0)) == 5  # sanctioned, designated, imposed sanctions, froze the assets, banned exports to
    assert len(real.sanction_triggers(0)) < MAX_TRIGGERS_PER_SENTENCE


def test_lower_word_answers_agree_with_the_articles_words_however_many_are_asked():
    from tradewatch.extract.parties import _LOWER_WORD, _is_lower_word

    rng = random.Random(7)
    vocabulary = ["alpha", "beta", "gamma-ray", "o'neil", "zed", "zeds", "trade", "Trade", "sea", "seas"]
    doc = " ".join(rng.choice(vocabulary) for _ in range(400)) + " Alpha Omega."
    words = set(_LOWER_WORD.findall(doc))
    asked = [f"w{i}" for i in range(60)] + ["alpha", "omega", "zed", "trad", "seas", "gamma-ray", "o'neil", "ray"]
    rng.shuffle(asked)
    # the first questions are answered by a scan of the runs holding the word, later ones from the word set
    assert [_is_lower_word(doc, w) for w in asked] == [w in words for w in asked]


def test_a_surname_alone_names_the_one_person_named_in_full_before_it():
    from tradewatch.extract.document import Document

    text = ("OFAC designated Fritzner Aristil and Kim Jong Un. It also designated Kim Yo Jong and Mary Jong.\n"
            "Officials said the network was run by Aristil, that orders were signed by Un and that money came from Jong.")
    doc = Document(text, "t", None, None)
    for idx in range(len(doc.sentences.items) + 5):
        if doc.sentences.has(idx):
            doc.entities(idx)
    by_name = {}
    for ents in doc._entities.values():
        for ent in ents:
            if " " not in ent.name and ent.kind in ("person", "unknown"):
                by_name[ent.name] = doc.canonical(ent)
    assert by_name.get("Aristil") == "Fritzner Aristil"
    assert by_name.get("Un") == "Kim Jong Un"
    assert by_name.get("Jong") == "Jong"  # "Kim Yo Jong" and "Mary Jong": two, so no full name
