"""Unit tests for the cheaper forms of hot-path searches: each gives the answer of the plain form."""

from __future__ import annotations

import re

import pytest

from tradewatch.extract.authorities import names_word
from tradewatch.extract.countries import find_countries
from tradewatch.extract.parties import normalise_name

_CONTEXTS = [
    "",
    "EU",
    "The EU and the European Union",
    "EUROPEAN Council; non-EU states",
    "the Europeans met; European-wide",
    "xEU EUx _EU EU_ EU-",
    "Council of the European Union.\nEU",
]


@pytest.mark.parametrize("context", _CONTEXTS)
@pytest.mark.parametrize("word", ["EU", "European Union", "European", "U.S.", "-x", "Council"])
def test_names_word_is_a_word_bounded_search(context, word):
    expected = re.search(rf"\b{re.escape(word)}\b", context) is not None
    assert names_word(context, word) is expected


def test_find_countries_answers_are_fresh_lists_though_cached():
    first = find_countries("Sanctions on Iran and North Korea.")
    first.clear()
    again = find_countries("Sanctions on Iran and North Korea.")
    assert [c.code for c in again] == ["IR", "KP"]


def test_normalise_name_is_cached_and_unchanged():
    assert normalise_name("The Wells Fargo Bank, N.A.") == normalise_name("The Wells Fargo Bank, N.A.") == "wells fargo bank"


def _pieces_texts() -> list[str]:
    """Texts that put pattern words at the start, after gaps, hyphens, underscores and digits."""
    import random

    words = ["signed", "Signed", "awarded", "talks", "loan", "bank", "oil", "5G", "telecom", "deal", "arranged",
             "is the contracting activity", "approval by the", "part of a long agreement", "won", "wins", "may"]
    glue = [" ", "-", "_", "", "9", ", ", ". ", "\n", "(", "é", "x"]
    rng = random.Random(3)
    texts = ["", "signed", "Signed the deal", "co-signed", "resigned", "_signed", "5G network", "x5G", "approval by the "]
    for _ in range(400):
        texts.append("".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 6))))
    return texts


def test_caseless_gap_form_finds_the_ignorecase_spans():
    from tradewatch.extract import deals, sanctions, triggers

    patterns = [triggers.DEAL_ACT, triggers.DEAL_HEDGE, deals._FINANCING_ACT, deals._STRONG_ACT,
                deals._COUNTERPARTY, deals._APPROVER, sanctions._UNNAMED, *(p for _, p in deals._SECTORS_CASELESS)]
    assert sum(p._gap is not None for p in patterns) >= 10  # the fast form is in use
    assert sum(p._required is not None for p in patterns) >= 6  # and so is the required-word test
    more = ["three entities and two individuals", "Two More Persons", "12 additional entities", "is the contracting activity"]
    for text in _pieces_texts() + _sentences_of_articles() + more:
        for p in patterns:
            m = p.pattern.search(text)
            assert p.search(text) == (m.span() if m else None), (p.pattern.pattern, text)
            if text.isascii():
                assert p.search(text, text.lower()) == (m.span() if m else None)


@pytest.mark.parametrize(
    ("pattern", "usable"),
    [(r"\b(?:a|5)\b", True), (r"\b(?:a)?b", True), (r"\b[^.]a", False), (r"\b(?<!x)a", False),
     (r"\b(?:^a)", False), (r"\ba|b", False), (r"\b\d", False), (r"a\b", False), (r"\b(?:-a|b)", False)],
)
def test_word_start_gap_form_only_where_it_keeps_the_matches(pattern, usable):
    from tradewatch.extract.lexicon import word_start_gap_form

    gap = word_start_gap_form(pattern)
    assert (gap is not None) is usable
    if gap is not None:
        for text in ["a", "b", "xa b", "-a", "ab a5", "_a", " b"]:
            m, g = re.search(pattern, text), re.search(gap, " " + text)
            assert (m.span() if m else None) == ((g.start(), g.end() - 1) if g else None)


def test_find_dates_answers_are_fresh_lists_though_cached():
    import datetime as dt

    from tradewatch.extract.dates import find_dates

    text = "Signed on Tuesday, June 5, 2019, and announced today."
    first = find_dates(text, dt.date(2024, 3, 7))
    # (the weekday gives way to the day written after it: hostile probe 33 F3)
    assert [d.date for d in first] == [dt.date(2019, 6, 5), dt.date(2024, 3, 7)]
    first.clear()
    assert len(find_dates(text, dt.date(2024, 3, 7))) == 2
    assert [d.date for d in find_dates(text)] == [dt.date(2019, 6, 5)]  # no relative dates without publication


def _article_texts() -> list[str]:
    """The dev-set documents, the benchmark articles and odd texts (non-ASCII gaps, line separators)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    files = sorted((root / "tests" / "fixtures" / "extract_devset" / "docs").glob("*"))
    files += sorted((root / "benchmarks" / "data" / "extract").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files if f.is_file()]
    texts += [
        "Sanctions\u2028designated X. «Embargo» on Iran—asset freeze\x85travel ban;deal-signed agreed to buy",
        "co-designated; pre-sanctioned. Ban\u00a0on exports. The EU agreed a deal to acquire 5% of Y.",
    ]
    return texts


def test_sentence_trigger_starts_from_the_article_scan_cover_the_sentence_scan():
    from tradewatch.extract import triggers
    from tradewatch.extract.document import Document

    checked = 0
    for text in _article_texts():
        doc = Document(text, None, None, None)
        if doc._lowered is None:
            continue
        assert doc.trigger_sentences is not None  # runs the article scan
        for idx, sent in enumerate(doc.sentences):
            lowered = doc._lowered_sentence(idx)
            assert lowered is not None
            starts = doc._sentence_starts(idx)
            assert starts is not None
            for family in (triggers._SANCTION_FAMILY, triggers._DEAL_FAMILY):
                assert family._scan is not None
                own = {m.start() for m in family._scan.finditer(" " + lowered)}
                assert own <= set(starts)
            assert triggers.sanction_triggers(sent.text, lowered=lowered, starts=starts) == triggers.sanction_triggers(
                sent.text, lowered=lowered
            )
            assert triggers.deal_triggers(sent.text, lowered=lowered, starts=starts) == triggers.deal_triggers(
                sent.text, lowered=lowered
            )
            checked += 1
    assert checked > 100


def _windows() -> list[str]:
    """Short windows before a name, as `_make_entity` and `_not_a_name` cut them, plus odd ones."""
    texts = []
    for text in _article_texts()[:20] + [t for t in _pieces_texts()[:50]]:
        for i in range(0, len(text), 7):
            texts.append(text[max(0, i - 40) : i])
    return texts + ["", "the tanker ", "M/V ", "aboard the oil tanker named the ", "Mr. ", "based in the ", "xin ", "_jet "]


def test_word_start_cues_answer_like_their_patterns():
    from tradewatch.extract import parties

    cues = [parties._VESSEL_CUE, parties._AIRCRAFT_CUE, parties._TITLE_BEFORE, parties._PLACE_CUE]
    assert all(c._gap is not None for c in cues)
    for text in _windows():
        for cue in cues:
            assert cue.found(text) is (cue.pattern.search(text) is not None), (cue.pattern.pattern[:40], text)


def test_not_name_spans_are_the_phrase_pattern_spans():
    from tradewatch.extract import parties

    assert parties._NOT_NAME_SCAN is not None
    texts = _article_texts() + ["Entity List", "the Entity Lists", "Frequently Asked Questions; Frequently Asked Question",
                                "xEntity List", "Entity List_", "Prime Minister Prime Minister"]
    for text in texts:
        assert parties._not_name_spans(text) == [m.span() for m in parties._NOT_NAME.finditer(text)]
    # A phrase that a longer one continues after a gap would make the orders differ: no scan then.
    assert parties._not_name_scan(["Chief Executive", "Chief Executive Officer"]) is None
    assert parties._not_name_scan(["Entity List", ".com"]) is None


def _reference_tokens(text: str) -> list[tuple[int, int, str]]:
    from tradewatch.extract import parties

    out = []
    for m in parties._TOKEN.finditer(text):
        tok, end = m.group(), m.end()
        if tok.endswith(".") and len(tok) > 1:
            bare = tok[:-1]
            keep = (tok in parties.LEGAL_FORMS or parties._ABBREV.match(tok) or parties._INITIAL.match(tok)
                    or bare.lower() in {"corp", "co", "inc", "ltd", "jr", "sr", "st", "mr", "ms", "mrs", "dr", "gen", "sen"})
            if not keep:
                tok, end = bare, end - 1
        out.append((m.start(), end, tok))
    return out


def test_tokens_and_split_on_spans_keep_their_answers():
    from tradewatch.extract import parties

    texts = _article_texts() + ["Mr. A. B. Smith Jr. of Acme Corp. and U.S. Steel Co. met Dr. Who. End."]
    for text in texts:
        assert parties._tokens(text) == _reference_tokens(text)
    run = parties._tokens("Acme Holdings Ltd")
    assert parties._split_on_spans(run, []) == [run]
    assert parties._split_on_spans([], []) == []
    assert parties._split_on_spans(run, [(5, 13)]) == [run[:1], run[2:]]


def test_country_code_is_cached_and_unchanged():
    from tradewatch.extract.countries import country_code

    assert country_code("the United Kingdom’s") == country_code("The United Kingdom") == "GB"
    assert country_code(None) is None and country_code("") is None and country_code("Atlantis") is None


def _sentences_of_articles() -> list[str]:
    from tradewatch.extract.sentences import split_sentences

    out = [s.text for text in _article_texts() for s in split_sentences(text)]
    return out + _pieces_texts() + ["5G telecom", "x5G", "Oil-rich", "a ÉNERGIE deal", "co-financing for LNG"]


def test_sector_scan_answers_like_the_ignorecase_patterns():
    from tradewatch.extract import deals

    assert deals._SECTOR_SCAN is not None
    for text in _sentences_of_articles():
        assert deals._sector(text) == next((name for name, pat in deals._SECTORS if pat.search(text)), None), text


def test_approver_filter_skips_only_sentences_without_an_approval_word():
    from tradewatch.extract import deals

    assert deals._APPROVER_CUE is not None and deals._APPROVER_WORD is not None
    for text in _sentences_of_articles() + ["pending approval by the Competition Authority of ", "cleared by regulators "]:
        if deals._APPROVER_WORD.search(text) is None:
            for i in range(len(text) + 1):
                assert deals._APPROVER.search(text[max(0, i - 70) : i]) is None
    assert deals._leading_group("(?:a|b)x") == "(?:a|b)"
    assert deals._leading_group("(?:a[)]b)c") is None
    assert deals._leading_group("(?:a$)b") is None
    assert deals._leading_group(r"(?:\w)x") is None


def test_title_case_counts_match_the_word_patterns():
    from tradewatch.extract import document

    for text in _sentences_of_articles() + ["Rock’n’Roll Ban On X-Ray Imports", "x-Ray O'Neil Sanctions", "’Tis"]:
        padded = " " + text
        assert len(document._WORD_AFTER_GAP.findall(padded)) == len(document._WORD.findall(text))
        assert len(document._TITLE_CASE_WORD_AFTER_GAP.findall(padded)) == len(document._TITLE_CASE_WORD.findall(text))


def test_find_dates_fast_forms_find_what_the_patterns_find():
    import datetime as dt

    from tradewatch.extract import dates

    assert dates._RELATIVE_LOWER is not None and sum(p is not None for p in dates._PATTERNS_LOWER) >= 2
    odd = ["June 5, 2019June 6, 2019", "mondaytuesday Monday-Tuesday today,today", "2019-06-052019-06-06 x2019-06-05",
           "JUNE 05 2019 june 5th, 2019", "On Sunday.On monday", "sept. 3, 2021 Sept 31, 2021 8 December 2026"]
    published = dt.date(2024, 3, 7)
    for text in _sentences_of_articles() + odd:
        for pattern, fast in [*zip(dates._PATTERNS, dates._PATTERNS_LOWER, strict=True), (dates._RELATIVE, dates._RELATIVE_LOWER)]:
            if fast is None or not text.isascii():
                continue
            slow = [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]
            quick = [(s, e, {k: v.lower() if v else v for k, v in m.groupdict().items()})
                     for s, e, m in dates._matches(pattern, fast, text, " " + text.lower())]
            assert [(s, e, {k: v.lower() if v else v for k, v in g.items()}) for s, e, g in slow] == quick, text
    # (the weekday gives way to the day written after it: hostile probe 33 F3)
    assert [d.date for d in dates.find_dates("On Monday, June 5, 2019.", published)] == [dt.date(2019, 6, 5)]
    assert [d.date for d in dates.find_dates("On Monday, and on June 5, 2019.", published)] == [
        dt.date(2024, 3, 4), dt.date(2019, 6, 5)]


def test_required_literals_are_in_every_match():
    from tradewatch.extract import sanctions
    from tradewatch.extract.lexicon import required_literals

    words = sanctions._PROGRAM_WORDS
    assert words is not None
    for text in _sentences_of_articles() + ["E.O. 14024", "Executive Order 13660", "Russia-related", "Global Human Rights Sanctions Regime"]:
        m = sanctions._PROGRAM.search(text)
        if m is not None:
            assert any(w in m.group(0) for w in words)
    assert required_literals("x(?:foo|bar)y") == {"foo", "bar"}
    assert required_literals("a|bcd") is None
    assert required_literals("(abc)?d") is None
    assert required_literals("(?i:foo)") is None


def test_trigger_spans_by_head_are_the_full_alternation_spans():
    from tradewatch.extract import triggers

    for text in _article_texts() + _sentences_of_articles()[:300]:
        lowered = text.lower()
        if not triggers.lowercase_is_safe(text, lowered):
            continue
        expected = [m.span() for m in triggers._ANY_TRIGGER_LOWER.finditer(lowered)]
        assert triggers._lower_trigger_spans(lowered) == expected
        assert triggers._lower_trigger_spans(lowered, triggers.trigger_starts(lowered)) == expected


def test_family_patterns_tried_only_at_their_places_find_what_finditer_finds():
    from tradewatch.extract import lexicon, triggers

    for text in _sentences_of_articles():
        lowered = text.lower()
        for family in (triggers._SANCTION_FAMILY, triggers._DEAL_FAMILY):
            tries = {id(p): places for p, _, places in family.candidates(lowered)}
            for pattern, _ in family.patterns:
                every = [m.span() for m in pattern.finditer(lowered)]
                if id(pattern) not in tries:
                    assert every == []
                else:
                    assert [m.span() for m in lexicon.matches_at(pattern, lowered, tries[id(pattern)])] == every


def test_no_authority_lookup_in_an_article_without_triggers():
    from tradewatch.extract.document import Document
    from tradewatch.extract.sanctions import extract_sanctions

    doc = Document("The U.S. Treasury said markets were calm.\nThe EU Council met on Monday.", "EU news", None, None)
    assert extract_sanctions(doc) == []
    assert doc._authorities == {}  # the first authority was never looked for


def test_suffix_money_matches_are_the_finditer_matches():
    from tradewatch.extract import money

    odd = ["3 billion rubles and 4.5 million euros", "x3 rubles 3,000,000 yuan, 12.5bn dollars",
           "₹5 crore 7 USD 8 usd 1,2345 dollars", "१२ dollars and 12 dollars", "$3.5 billion (2.9 billion euros)"]
    for text in _sentences_of_articles() + odd:
        assert [m.span() for m in money._suffix_matches(text)] == [m.span() for m in money._SUFFIX_RE.finditer(text)], text


def test_prefix_money_matches_are_the_finditer_matches():
    from tradewatch.extract import money

    assert money._PREFIX_SCAN_OK
    odd = ["$716 million", "US$ 5bn and EUR 3 and €4,000 C$5", "Rs. 40 crore", "x$5 $$5 usd 5 USD5", "HK$1.2 trillion",
           "£ 3, ¥9 ₩10 R$ 2", "U.S.$ 45", "$\u00a05", "EUR\t7 and A$ 9.9m"]
    for text in _sentences_of_articles() + odd:
        assert [m.span() for m in money._prefix_matches(text)] == [m.span() for m in money._PREFIX_RE.finditer(text)], text
