"""defuse_tags: a start tag of very many attributes (quadratic work for libxml2's HTML parser) is cut to
its name before parsing; every real page is left exactly as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import synthetic as syn
from tradewatch.article.markup import TAG_TOKENS, defuse_tags
from tradewatch.article.parse import parse_article
from tradewatch.fetch.listing import parse_listing

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "site"
SENTENCE = "The Treasury on Tuesday designated Kestrel Trading LLC for shipping oil to North Korea."


def attributes(n: int, value: str = "x") -> str:
    return " ".join(f"data-a{i}='{value}'" for i in range(n))


@pytest.mark.parametrize("value", ["x", ">", "<", "a > b < c"])
def test_a_tag_of_many_attributes_keeps_only_its_name(value: str) -> None:
    # '>' or '<' inside quoted values cannot end the count early: libxml2 reads them as one tag too.
    html = f"<html><body><div class='a'><p {attributes(50_000, value)}>{SENTENCE}</p></div></body></html>"
    assert defuse_tags(html) == f"<html><body><div class='a'><p>{SENTENCE}</p></div></body></html>"


def test_many_unquoted_attributes_are_cut_too() -> None:
    html = "<html><body><section " + " ".join(f"b{i}=y" for i in range(20_000)) + f"><p>{SENTENCE}</p></section>"
    assert defuse_tags(html) == f"<html><body><section><p>{SENTENCE}</p></section>"


def test_tags_below_the_limit_and_long_quoted_values_are_left_alone() -> None:
    few = f"<p {attributes(TAG_TOKENS // 20)}>{SENTENCE}</p>"
    json_attr = "<div data-props='" + '{"k": "' + "v" * 100_000 + "\"}'>" + SENTENCE + "</div>"
    storm = "<" * 50_000 + "<a \"" + "<" * 50_000
    for html in (few, json_attr, storm):
        assert defuse_tags(html) == html


def test_real_pages_are_unchanged() -> None:
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.html"))]
    pages += [syn.article_html(5, i).decode("utf-8") for i in range(50)]
    assert len(pages) > 50
    for html in pages:
        assert defuse_tags(html) == html


@pytest.mark.timeout(60)  # a guard against the minutes such a page cost the parser, not a speed figure
def test_an_article_page_of_a_hundred_thousand_attributes_gives_its_text() -> None:
    html = (f"<!DOCTYPE html><html lang='en'><head><title>Kestrel designated</title></head><body><article>"
            f"<p {attributes(100_000, '>')}>{SENTENCE}</p></article></body></html>")
    assert len(html) > 1_000_000
    parsed = parse_article(html, "https://news.example.org/a")
    assert SENTENCE in parsed.text
    assert parsed.title == "Kestrel designated" and parsed.language == "en"


@pytest.mark.timeout(60)
def test_a_listing_page_whose_container_has_a_hundred_thousand_attributes_gives_its_links() -> None:
    html = (f"<html><body><ul class='news' {attributes(100_000)}>"
            "<li><a href='/news/a.html'>A</a></li><li><a href='/news/b.html'>B</a></li></ul></body></html>")
    links = parse_listing(html, "https://example.org/press/", "li a")
    assert [link.url for link in links] == ["https://example.org/news/a.html", "https://example.org/news/b.html"]
