"""Pages whose shape makes trafilatura's cost explode get a linear block-text reading instead."""

from __future__ import annotations

import logging

import pytest

from tradewatch.article.parse import MAX_CHILDREN, MAX_ELEMENTS, _oversized, _parse_tree, parse_article

_SENTENCE = "OFAC today sanctioned Acme Trading LLC, a Dubai-based firm, for supplying drones to Russia."


def _page(body: str) -> str:
    return (f"<html lang='en'><head><title>Designations</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Treasury designates suppliers</h1>{body}</article><footer>Contact us</footer></body></html>")


@pytest.mark.timeout(120)  # trafilatura took minutes on this page; a guard, not a speed figure
def test_a_paragraph_of_thousands_of_inline_elements_is_read_as_block_text(caplog):
    spans = " ".join(f"<span>word{i}</span>" for i in range(20 * MAX_CHILDREN))
    html = _page(f"<p>{_SENTENCE}</p><p>{spans}</p><p>The measures take effect today.</p>")
    with caplog.at_level(logging.WARNING, logger="tradewatch"):
        parsed = parse_article(html, url="http://127.0.0.1/x")
    lines = parsed.text.split("\n\n")
    assert lines[0] == "Treasury designates suppliers" and lines[1] == _SENTENCE
    assert lines[2].split() == [f"word{i}" for i in range(20 * MAX_CHILDREN)]
    assert lines[3] == "The measures take effect today."
    assert "Home" not in parsed.text and "Contact us" not in parsed.text  # navigation and footer still dropped
    assert parsed.title == "Treasury designates suppliers" and parsed.language == "en"
    assert any("too large for main-text extraction" in r.getMessage() for r in caplog.records)


def test_too_many_elements_or_children_mark_a_page_oversized_and_ordinary_pages_not():
    many = "".join(f"<p>Paragraph {i}.</p>" for i in range(MAX_ELEMENTS + 1))
    wide = "<ul>" + "".join(f"<li>{i}</li>" for i in range(MAX_CHILDREN + 1)) + "</ul>"
    ordinary = "".join(f"<p>Paragraph {i} with <b>bold</b> and <a href='/{i}'>a link</a>.</p>" for i in range(300))
    assert _oversized(_parse_tree(_page(many)))
    assert _oversized(_parse_tree(_page(wide)))
    assert not _oversized(_parse_tree(_page(ordinary)))
    assert not _oversized(_parse_tree(_page("<ul>" + "".join(f"<li>{i}</li>" for i in range(MAX_CHILDREN)) + "</ul>")))


def test_nested_blocks_are_read_once():
    html = _page("<ul>" + "".join(f"<li>Item {i}<ul><li>Sub {i}</li></ul></li>" for i in range(MAX_CHILDREN + 1)) + "</ul>")
    lines = parse_article(html).text.split("\n\n")
    assert lines[1:] == [f"Item {i} Sub {i}" for i in range(MAX_CHILDREN + 1)]


def test_nested_list_items_past_the_parsers_depth_are_read_once_each():
    # lxml stops at 256 levels, so the text below is only reachable through the BeautifulSoup fallback,
    # which read every nested item's whole subtree: 90 KB of markup gave 112 MB of text.
    items = 4_000
    html = "<html><body>" + "<div>" * 300 + "<ul><li>Acme Holdings " * items + "</body></html>"
    text = parse_article(html).text
    assert text.split() == ["Acme", "Holdings"] * items


def test_text_nested_past_the_parsers_depth_is_read_in_one_linear_pass():
    # 100,000 levels: BeautifulSoup built a Python object per level (500 MB and 18 s for 9 MB of markup).
    import tracemalloc

    levels = 100_000
    html = ("<html lang='en'><head><title>Deep</title><style>p { color: red }</style></head><body>"
            + "<div>" * levels + f"<p>{_SENTENCE}</p><script>var x = '<p>not text</p>';</script><!-- <p>nor this</p> -->"
            + "<span>Acme &amp; Co</span>" + "</div>" * levels + "<p>The measures take effect today.</p></body></html>")
    tracemalloc.start()
    try:
        parsed = parse_article(html)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert parsed.text.split("\n\n") == [_SENTENCE, "Acme & Co", "The measures take effect today."]
    assert parsed.title == "Deep" and parsed.language == "en"
    assert peak < 20 * len(html), peak  # a few copies of the markup, not an object per element


def test_a_story_after_the_parsers_depth_is_read_when_text_came_before_it():
    """libxml2 stops at 256 levels and drops all that follows, not only what lies deeper: a page whose template left
    300 ad slots unclosed after a teaser kept the teaser as its whole text, and the story after them was lost without
    a word (hostile probe 50 F3; the flat reading ran only when nothing at all was read)."""
    html = ("<html lang='en'><head><title>Designations</title></head><body>"
            "<div class='promo'><p>Subscribe today for full access to our reporting on markets and policy.</p></div>"
            + "<div class='slot'>" * 300
            + f"<article><h1>Treasury designates suppliers</h1><p>{_SENTENCE}</p>"
            + "<p>The measures take effect today, officials said in a statement on Monday.</p></article></body></html>")
    text = parse_article(html).text
    assert _SENTENCE in text and "The measures take effect today" in text, text
    ordinary = _page(f"<p>{_SENTENCE}</p><p>The measures take effect today, officials said.</p>")
    assert "Home" not in parse_article(ordinary).text  # a page within the depth keeps its main-text reading


def test_a_title_of_a_megabyte_is_cut_at_a_word_with_an_ellipsis():
    from tradewatch.article.parse import MAX_TITLE_CHARS

    title = " ".join(f"Sanctions{i}" for i in range(100_000))
    parsed = parse_article(f"<html><head><title>{title}</title></head><body><p>{_SENTENCE}</p></body></html>")
    assert parsed.title is not None and len(parsed.title) <= MAX_TITLE_CHARS and parsed.title.endswith("…")
    assert title.startswith(parsed.title[:-1])
    assert parse_article(f"<html><head><title>Short one</title></head><body><p>{_SENTENCE}</p></body></html>").title == "Short one"
