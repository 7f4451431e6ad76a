"""An article's text in one Unicode form: decomposed accents and invisible variation selectors neither split nor
hide the names in it (hostile probe 11: "Société" written with combining accents gave the targets "Socie" and "Ge")."""

from __future__ import annotations

import unicodedata

from tradewatch.article.parse import (
    clean_characters,
    clean_characters_with_offsets,
    clean_text,
    parse_article,
)
from tradewatch.extract import extract_records

BODY = ("The Office of Foreign Assets Control on Tuesday imposed sanctions on Société Générale de Négoce SARL and on "
        "Jürgen Müller, its director, for shipping drone parts to Russia.")


def _page(body: str, title: str = "Treasury sanctions Négoce network") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p><p>The designations were made under Executive Order 14024.</p></article></body></html>")


def _targets(html: str) -> set[str]:
    parsed = parse_article(html, "https://news.example.org/a")
    recs = extract_records(parsed.text, title=parsed.title)
    return {t["name"] for r in recs["sanctions"] for t in r["targets"]}


def test_decomposed_accents_read_as_the_composed_names() -> None:
    nfd = unicodedata.normalize("NFD", BODY)
    assert nfd != BODY
    parsed = parse_article(_page(nfd, unicodedata.normalize("NFD", "Treasury sanctions Négoce network")))
    assert BODY in parsed.text  # stored as composed text
    assert parsed.title == "Treasury sanctions Négoce network"
    composed = _targets(_page(BODY))
    assert "Jürgen Müller" in composed
    assert _targets(_page(nfd)) == composed  # not "Ju", "Mu", "Socie", "Ge"


def test_variation_selectors_inside_names_are_dropped() -> None:
    marked = BODY.replace("Société", "Société\ufe0f").replace("Jürgen", "Jürgen\U000e0100")
    assert _targets(_page(marked)) == _targets(_page(BODY))  # not "Jürgen" and "Müller" apart


def test_ascii_text_is_left_as_it_is() -> None:
    body = "OFAC designated Kestrel Trading LLC on Monday."
    assert body in parse_article(_page(body)).text


def test_invisible_format_characters_do_not_split_names_on_any_path() -> None:
    # hostile probe 15: trafilatura drops soft hyphens, zero-width spaces, direction marks and BOMs, but an
    # article_selector's text kept them, and the rules read "Sber\u00adbank" as the target "Sber"
    body = "<p>The Treasury sanctioned Sber\u00adbank and Iv\u200ban Pe\u200etrov\u2060 on Monday over support for the war.</p>" * 3
    html = f"<html><body><div class='story'>{body}</div><footer>More news</footer></body></html>"
    for selector in (None, "div.story"):
        text = parse_article(html, article_selector=selector).text
        assert "Sberbank" in text and "Ivan Petrov" in text, (selector, text)
        assert not any(c in text for c in "\u00ad\u200b\u200e\u2060\ufeff")


def test_blanks_that_show_nothing_do_not_split_names() -> None:
    # hostile probe 37 F5: "Baltic Vec\u034ftor Trading" (a combining grapheme joiner) was stored as the target
    # "Baltic Vec" and never screened; a braille blank, a Hangul filler and a Mongolian vowel separator did the same
    for mark in ("\u034f", "\u2800", "\u3164", "\u180e", "\u061c", "\U000e0041"):
        body = f"The Treasury sanctioned Baltic Vec{mark}tor Trading and Sber\u200dbank on Monday over support for the war."
        assert "Baltic Vector Trading" in _page_text(body), repr(mark)
        assert "Baltic Vector Trading" in _targets(_page(body)), repr(mark)


def test_control_characters_between_words_are_spaces_not_glue() -> None:
    # hostile probe 37 F5: libxml2 drops them, and "Novaya\x0bStanki Group" was read "NovayaStanki Group"
    for control in ("\x0b", "\x0c", "\x1c", "\x01", "\x7f"):
        body = f"The Treasury sanctioned Novaya{control}Stanki Group on Monday over support for the war."
        assert "sanctioned Novaya Stanki Group on Monday" in _page_text(body), repr(control)
        assert clean_text(body) == body.replace(control, " ")  # the same on a text given as text


def _page_text(body: str) -> str:
    return parse_article(_page(body), "https://news.example.org/a").text


def test_cleaning_the_clean_text_again_changes_nothing() -> None:
    # the pipeline stores the cleaned text, and extraction cleans what it reads: a second pass must be a no-op (a mark
    # after an invisible character composed only on the second pass)
    for raw in ("A\u030a\u00ad\u0301 x", "c\u0301\u200d\u00e9.\x01 Ж\u200d\n\n\n\u200b\u00adE\x85",
                "\u212b\u200d\u200b\u212b\u200d\u0301 \u00a0 a\r\n\u2028 b\t\x0b"):
        once = clean_text(raw)
        assert clean_text(once) == once, ascii(raw)
        assert clean_characters_with_offsets(once) is None


def test_offsets_of_the_cleaned_characters_lead_back_to_the_raw_text() -> None:
    raw = ("Socie\u0301te\u0301 Ge\u0301ne\u0301rale\u00a0SARL\n\n  Name      Position\nThe Treasury "
           "sanc\u00adtioned Ros\u200bneft\x0bTrading\u2009SA and Sber\u034fbank.")
    clean, where = clean_characters_with_offsets(raw)
    assert clean == clean_characters(raw) == ("Société Générale SARL\n\n  Name      Position\nThe Treasury sanctioned "
                                              "Rosneft Trading SA and Sberbank.")  # (the layout kept)
    assert len(where) == len(clean) + 1
    for word in ("Société", "Générale SARL", "Name      Position", "sanctioned Rosneft Trading SA", "Sberbank."):
        start = clean.index(word)
        span = raw[where[start] : where[start + len(word)]]
        assert clean_characters(span) == word, (word, span)
    assert clean_characters_with_offsets(clean) is None


def test_the_fast_control_character_test_agrees_with_the_pattern_for_every_character() -> None:
    """`_has_controls` (a byte test on the UTF-8 form) answers as `_CONTROLS.search` for each code point, surrogates
    included, alone and among other text."""
    from tradewatch.article.parse import _CONTROLS, _has_controls

    for code in range(0x110000):
        c = chr(code)
        for text in (c, f"Novaya{c}Stanki é"):
            assert _has_controls(text) == (_CONTROLS.search(text) is not None), hex(code)
