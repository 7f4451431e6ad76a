"""Unit tests for the fast paths (trigger pre-scan, prefix-tree alternations) and deal dates/countries."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tradewatch.extract.deals import deal_date, party_country
from tradewatch.extract.document import Document
from tradewatch.extract.lexicon import alternation
from tradewatch.extract.parties import Entity
from tradewatch.extract.sentences import split_sentences
from tradewatch.extract.triggers import deal_triggers, lowercase_is_safe, sanction_triggers, trigger_spans

_TEXT = (
    "Shares rose in early trading. The ministry imposed an asset freeze on Tallow Shipping Ltd on Friday.\n"
    "Weather was mild. Lumen Corp. signed a loan agreement with Harbor Bank!\n"
    "Nothing else happened? Officials said talks would go on."
)


def test_alternation_prefers_the_longest_word_like_a_sorted_alternation():
    words = ["US", "U.S.", "U.S.A.", "USA", "United States", "United States of America"]
    tree = re.compile(alternation(words))
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for text in ("the U.S.A. and USA", "United States of Americas", "U.S.-made", "United Statesman"):
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_trigger_scan_flags_exactly_the_sentences_with_triggers():
    doc = Document(_TEXT, None, None, None)
    with_triggers = {
        i for i, s in enumerate(doc.sentences) if sanction_triggers(s.text) or deal_triggers(s.text)
    }
    assert with_triggers == {1, 3}
    assert with_triggers <= doc.trigger_sentences
    assert doc.trigger_sentences == {1, 3}


def test_lower_cased_patterns_find_the_same_triggers():
    for sent in split_sentences(_TEXT + " The EU imposed an Asset Freeze and a TRAVEL BAN."):
        plain = sanction_triggers(sent.text) + deal_triggers(sent.text)
        lowered = sanction_triggers(sent.text, lowered=sent.text.lower()) + deal_triggers(sent.text, lowered=sent.text.lower())
        assert plain == lowered


@pytest.mark.parametrize(("text", "safe"), [("plain ascii", True), ("“quoted” café", True), ("İstanbul", False), ("ſanctions", False)])
def test_lowercase_is_safe_only_when_matches_cannot_change(text, safe):
    assert lowercase_is_safe(text, text.lower()) is safe


def test_trigger_spans_fall_back_to_ignorecase_for_odd_letters():
    assert trigger_spans("İ. The KELVIN-free ministry imposed an asset freeze.")


def _doc(text: str, title: str = "", published: dt.date | None = dt.date(2024, 3, 7)) -> Document:
    return Document(text, title, published, None)


def test_deal_date_prefers_a_written_date_then_a_weekday():
    doc = _doc("Acme signed the deal on 4 March 2024 after talks. Bolt agreed on Tuesday to buy Nut Co.")
    assert deal_date(doc, 0) == dt.date(2024, 3, 4)
    assert deal_date(doc, 1) == dt.date(2024, 3, 5)  # the Tuesday before Thursday 7 March


def test_deal_date_from_title_or_previous_sentence_else_none():
    assert deal_date(_doc("Acme was awarded a contract.", title="Contracts for May 2, 2023"), 0) == dt.date(2023, 5, 2)
    doc = _doc("Leaders met on June 1, 2022 in Rome. Acme signed a deal with Bolt.\nBolt signed a second deal.")
    assert deal_date(doc, 1) == dt.date(2022, 6, 1)
    assert deal_date(doc, 2) is None  # a new paragraph: the earlier date is not this deal's


def _party(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), name, "organization")


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Remotec Inc., Clinton, Tennessee, was awarded a contract.", "Remotec Inc.", "US"),
        ("The U.S. Army Contracting Command is the contracting activity.", "U.S. Army Contracting Command", "US"),
        ("Huawei signed a deal with Russian telecom MTS on Monday.", "MTS", "RU"),
        ("It agreed to buy Singapore-based Meridian Assembly for $3 million.", "Meridian Assembly", "SG"),
        ("Acme signed a loan with Bolt Bank in London.", "Bolt Bank", None),
        ("Exports from Russia to Acme rose.", "Acme", None),
    ],
)
def test_party_country(text, name, code):
    assert party_country(text, _party(text, name)) == code


def test_candidate_scan_finds_the_same_trigger_spans_as_the_full_alternation():
    from tradewatch.extract import triggers

    texts = [
        _TEXT.lower(),
        "sanctioned at the start. re-designated, undesignated; (designated) an asset freeze-",
        "imports and new investments were banned; the award of a big contract was signed",
        "“sanctions” on café—loans, (deal) éloan the\u2028merger of x.pact\tjoint venture",
        "",
        "x",
    ]
    for text in texts:
        expected = [m.span() for m in triggers._ANY_TRIGGER_LOWER.finditer(text)]
        assert triggers._lower_trigger_spans(text) == expected
    assert triggers._CANDIDATE is not None  # the fast path is in use for the shipped lexicon
    assert triggers._SPACE_SCAN is not None


def test_caseless_finds_the_spans_of_ignorecase():
    from tradewatch.extract.lexicon import Caseless

    pattern = r"(?:\d+|two|several)\s+(?:[A-Z]\w+\s+)?(?:entities|persons)\b"
    texts = ["It listed Two Entities and 3 PERSONS.", "two foreign entities", "ſeveral persons", "TWO ENTITIES — 4 Persons"]
    for text in texts:
        m = re.search(pattern, text, re.IGNORECASE)
        assert Caseless(pattern).search(text) == (m.span() if m else None)
    assert Caseless(pattern).search(texts[0]) is not None


def test_deal_loop_reads_trigger_sentences_the_three_after_a_deal_and_far_ones_it_is_asked_for():
    from tradewatch.extract.deals import _next_to_read

    def order(triggered, n, deal_at=None, far=None):
        out, idx = [], -1
        while (nxt := _next_to_read(triggered, n, idx, deal_at if deal_at is not None and idx >= deal_at else None,
                                    far)) is not None:
            out.append(idx := nxt)
        return out

    assert order([2, 9], 12) == [2, 9]
    assert order([2, 9], 12, deal_at=2) == [2, 3, 4, 5, 9]
    # up to seven after the deal, the sentences `far` picks ("... is the contracting activity"); a trigger stays in order
    assert order([2, 15], 20, deal_at=2, far=lambda j: j in (7, 12)) == [2, 3, 4, 5, 7, 15]
    assert order([2, 6], 20, deal_at=2, far=lambda j: j == 7) == [2, 3, 4, 5, 6, 7]
    assert order([2, 9], 4, deal_at=2) == [2, 3]
    assert order([], 5) == []


_TRICKY = [
    "the U.S.-the US's, US.the EU-EU EU's (OFAC)OFAC-OFAC the Treasury's ‘EU’ UK.US-based The EU ",
    "Russia.Russia-Russia's the Russia’s Russia's- Iranian-Russian the United States of America.",
    "OFAC, the Office of Foreign Assets Control, and HM Treasury's OFSI; EU Council-backed.",
]


def test_gazetteer_scans_match_the_look_behind_form():
    from tradewatch.extract import authorities, countries
    from tradewatch.extract.lexicon import alternation

    country_re = re.compile(rf"(?<![\w.])(?:the )?({alternation(countries._BY_ALIAS)})(?:['’]s)?(?![\w])")
    authority_re = re.compile(rf"(?<![\w-])({alternation(authorities._ENTRIES)})(?![\w-])")
    found_any = False
    for text in _TRICKY:
        assert [(c.start, c.end) for c in countries.find_countries(text)] == [m.span(1) for m in country_re.finditer(text)]
        found = [(a.start, a.end) for a in authorities.find_authorities(text, text)]
        assert set(found) <= {m.span(1) for m in authority_re.finditer(text)}
        found_any = found_any or bool(found)
    assert found_any


def test_authority_prefilter_never_skips_a_sentence_with_an_authority():
    from tradewatch.extract.authorities import find_authorities, may_hold_authority

    text = (
        "OFAC acted.Treasury said so. The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) "
        "designated it.\nHM Treasury and the EU-Council followed-OFAC. Nothing here. EU\n"
    )
    skipped = 0
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 60) + 1):
            if not may_hold_authority(text, start, end):
                skipped += 1
                assert find_authorities(text[start:end], text) == [], text[start:end]
    assert skipped  # the filter does skip slices


def test_start_scan_finds_every_place_a_word_may_start():
    from tradewatch.extract.lexicon import start_scan

    words = ["U.S. Treasury", "Treasury", "the Council", "EU", "E.O."]
    text = "the U.S. Treasury,Treasury-EU EUthe Council x-EU (E.O.) EU\nthe Council"
    naive = [
        p for p in range(len(text))
        if (p == 0 or not re.match(r"[\w-]", text[p - 1])) and any(text.startswith(w[:6], p) for w in words)
    ]
    assert [m.start() for m in start_scan(words, r"\w-").finditer(text)] == naive
    assert naive


@pytest.mark.parametrize(
    "sentence",
    [
        "The Treasury's Office of Foreign Assets Control on Tuesday sanctioned Kestrel Trading LLC and the tanker Grey Heron.",
        "The European Union imposed an asset freeze and a travel ban on Ivan Petrovich SOKOLOV; assets were frozen.",
        "Orion Metals Corp. agreed to acquire Vela Mining Ltd. for $850 million and will buy a joint venture stake in Lumo.",
        "The Bureau of Industry and Security added Northwind Co. to the Entity List under export controls.",
        "Marlow Bank plc was fined £1.5 million and agreed to pay a civil penalty; a settlement with OFSI followed.",
        "The EIB signed a EUR 300 million loan, a credit facility and a memorandum of understanding (MoU) with Lumen.",
        "It prohibited new investments and imports of oil, an arms embargo, an oil price cap and restrictive measures.",
        "The firm was awarded a large defence contract worth $2 billion; the companies agreed to merge.",
        "Officials discussed tariffs and farm exports but reached no agreement.",
    ],
)
def test_family_prefilter_keeps_every_trigger(sentence):
    lowered = sentence.lower()
    assert sanction_triggers(sentence, lowered=lowered) == sanction_triggers(sentence)
    assert deal_triggers(sentence, lowered=lowered) == deal_triggers(sentence)


def test_lower_word_lookup_agrees_with_tokenising_the_whole_text():
    import random

    from tradewatch.extract import parties

    rnd = random.Random(7)
    alphabet = list("ab-'’ Ab1_.é")
    texts = ["Rock-and-roll fans o'neill rock'n roll abC x-Y it's -ab ab- b'", *(
        "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(3000)
    )]
    for text in texts:
        words = frozenset(parties._LOWER_WORD.findall(text))
        queries = words | {w[:k] for w in words for k in range(1, len(w))} | {"ab", "a-b", "b'", "ab-", "-", "a"}
        for word in queries:
            assert parties._is_lower_word(text, word) == (word in words), (text, word)


def test_mid_sentence_cap_lookup_agrees_with_scanning_the_whole_text():
    import random

    from tradewatch.extract import parties

    rnd = random.Random(11)
    alphabet = list("aAbB ,;:.\n-'’_1é")
    texts = ["said Foo Bar, then; Baz. Qux x Quux-Corge o Grault’s", *(
        "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(4000)
    )]
    for text in texts:
        words = frozenset(parties._MID_SENTENCE_CAP.findall(text))
        queries = words | {w[:k] for w in words for k in range(1, len(w))} | {"A", "AB", "Ab", "B", "Foo", "Quux"}
        for word in queries:
            assert parties._is_mid_sentence_cap(text, word) == (word in words), (text, word)


@pytest.mark.parametrize(
    "text",
    ["Maersk bought a REFINERY", "a 5G network", "the Army and Navy", "TARIFF talks", "nothing here", "ſoftware café", "Kelvin \u212aIT bank", ""],
)
def test_sector_on_lower_cased_ascii_is_the_ignorecase_answer(text):
    import re

    from tradewatch.extract.deals import _SECTORS, _sector

    assert _sector(text) == next((name for name, pat in _SECTORS if pat.search(text)), None)
    assert not any(re.search(r"\\[A-Z]", pat.pattern) for _, pat in _SECTORS)
