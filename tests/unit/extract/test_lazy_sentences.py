"""Unit tests for lazy sentence splitting: the same sentences and indexes as the full split, read in any order."""

from __future__ import annotations

import pytest

from tradewatch.extract.authorities import find_authorities
from tradewatch.extract.document import Document
from tradewatch.extract.sentences import Sentences, split_sentences
from tradewatch.extract.triggers import trigger_spans

_TEXTS = [
    "",
    "x",
    "   \n\n  ",
    "The U.S. Treasury designated Acme Inc. on Monday. No. 5 Holdings Ltd. signed a deal.\n"
    "HM Treasury said so! Why? Because.\r\n\r\nSept. 3 saw BIS act.  (The loan was arranged by HSBC.)",
    "- Acme Inc.\n• Beta Corp. (Cyprus)\n1. Delta LLC\nName: AL-SAFA EXCHANGE COMPANY. Address: Dubai.",
    "a very long paragraph without a full stop and the EU sanctions on Iran the U.N. said would go on "
    "while OFAC designated more entities\u2028Next line. “The sanctions are unlawful,” he said.\x0cE.O. 14024 applies\x85end",
    "  Leading spaces. Trailing spaces.   \n\tTabbed. Line\u2029Last sentence without a stop",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_lazy_sentences_equal_the_full_split_in_any_reading_order(text):
    full = split_sentences(text)
    assert list(Sentences(text)) == full
    assert len(Sentences(text)) == len(full)
    backwards = Sentences(text)
    for idx in reversed(range(len(full) + 2)):
        assert backwards.has(idx) == (idx < len(full))
        if idx < len(full):
            assert backwards[idx] == full[idx]
    if full:
        assert Sentences(text)[-1] == full[-1]
    with pytest.raises(IndexError):
        Sentences(text)[len(full)]


@pytest.mark.parametrize("text", _TEXTS)
def test_containing_finds_the_full_splits_sentence_for_every_offset(text):
    full = split_sentences(text)
    for offset in range(len(text) + 1):
        expected = next((i for i, s in enumerate(full) if s.start <= offset < s.end), None)
        assert Sentences(text).containing(offset) == expected, offset


def test_sentences_split_only_as_far_as_read():
    text = "First line. Second sentence.\n" + "Filler sentence here. " * 50 + "\nLast line."
    sents = Sentences(text)
    assert sents[1].text == "Second sentence."
    assert len(sents.items) == 2  # the long second line is not split yet
    sents.split_through(len("First line. Second sentence.\n"))
    assert len(sents.items) == 52


@pytest.mark.parametrize("text", _TEXTS[3:])
def test_first_authority_is_the_first_of_the_first_sentence_naming_one(text):
    doc = Document(text, None, None, None)
    expected = next((a for s in split_sentences(text) for a in find_authorities(s.text, doc.context)), None)
    assert doc.first_authority() == expected
    if text.startswith("The U.S. Treasury"):
        assert expected is not None


@pytest.mark.parametrize("text", _TEXTS)
def test_trigger_sentences_are_those_overlapping_a_trigger_span_in_the_full_split(text):
    full = split_sentences(text)
    expected = {i for start, end in trigger_spans(text) for i, s in enumerate(full) if s.start < end and s.end > start}
    assert Document(text, None, None, None).trigger_sentences == expected

