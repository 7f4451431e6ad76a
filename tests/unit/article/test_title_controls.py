"""Stored titles are what readers see: bidirectional controls in a scraped headline are dropped."""

from __future__ import annotations

from tradewatch.article.parse import parse_article, short_title


def test_bidi_overrides_and_isolates_are_dropped_from_titles():
    assert short_title("Bidi \u202eevil\u202c title") == "Bidi evil title"
    assert short_title("\u2066Acme\u2069 sanctioned") == "Acme sanctioned"
    # right-to-left text itself and its marks (U+200F) are kept: only the embedding, override and isolate controls go
    assert short_title("\u05e9\u05dc\u05d5\u05dd \u200f news") == "\u05e9\u05dc\u05d5\u05dd \u200f news"


def test_a_pages_title_loses_its_bidi_controls():
    html = ("<html><head><title>Bidi \u202eevil\u202c</title></head><body><article><h1>Bidi \u202eevil\u202c</h1>"
            + "<p>The ministry announced new measures on Monday against three trading companies.</p>" * 5
            + "</article></body></html>")
    assert parse_article(html, "https://example.org/a").title == "Bidi evil"
