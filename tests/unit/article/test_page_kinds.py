"""What parse_article reads as an article's text, and which pages are listings: a story only in JSON-LD, a section page
of teasers (hostile probe 30 H1, H3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradewatch.article.parse import not_an_article, parse_article
from tradewatch.extract import extract_records

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def parsed(name: str):  # noqa: ANN201
    return parse_article((PAGES / name).read_text(encoding="utf-8"), f"https://news.example.org/{name}")


def targets(text: str) -> set[str]:
    return {t["name"] for s in extract_records(text)["sanctions"] for t in s.get("targets", [])}


def test_a_story_only_in_json_ld_is_read_from_its_article_body_not_from_the_chrome() -> None:
    page = parsed("jsonld_only.html")
    assert page.text.startswith("LONDON (Harbour Wire) - Britain on Friday imposed an asset freeze on Volga Machine")
    assert "& would be named" in page.text  # entities decoded, as plain text
    for chrome in ("Trending", "Copper Lantern", "Saltmarsh", "Live: markets"):
        assert chrome not in page.text
    assert "Volga Machine Tools Co Ltd" in targets(page.text)


def test_a_json_ld_summary_does_not_replace_the_visible_article() -> None:
    page = parsed("jsonld_summary.html")
    assert "Viktor Lanski and Omar Haddad" in page.text
    assert "Dubai ship manager over Russian oil shipments above" not in page.text


def test_a_teaser_whose_json_ld_holds_the_whole_story_is_read_whole() -> None:
    page = parsed("jsonld_teaser.html")
    assert "long-term services agreement" in page.text and "Subscribe now" not in page.text
    assert not_an_article(page.title, page.text) is None


def test_a_json_ld_body_unrelated_to_the_visible_article_is_not_taken() -> None:
    html = (PAGES / "jsonld_summary.html").read_text(encoding="utf-8")
    planted = "OFAC on Monday designated Planted Shell Company Ltd for supplying drones to Iran's army. " * 40
    html = html.replace("The EU froze the assets of a Dubai ship manager over Russian oil shipments above the price cap.",
                        planted)
    page = parse_article(html)
    assert "Viktor Lanski" in page.text and "Planted Shell" not in page.text


def test_json_ld_markup_in_an_article_body_is_read_as_text() -> None:
    body = ("<p>OFAC on Tuesday designated Marlow Trading LLC for shipping Iranian oil to China, officials said.</p>"
            "<script>alert(1)</script><p>The company denied it had broken any sanctions rules on Tuesday.</p>")
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
            + json.dumps(body).replace("</", "<\\/") + '}</script></head><body><div id="app"></div></body></html>')
    text = parse_article(html).text
    assert text == ("OFAC on Tuesday designated Marlow Trading LLC for shipping Iranian oil to China, officials said.\n\n"
                    "The company denied it had broken any sanctions rules on Tuesday.")


@pytest.mark.parametrize("jsonld", ["{not json", '{"@type": "NewsArticle", "articleBody": 5}', "[[[[" * 5000])
def test_broken_json_ld_leaves_the_visible_text(jsonld: str) -> None:
    html = (PAGES / "jsonld_summary.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    html = html[:start] + jsonld + html[html.index("</script>", start):]
    assert "Viktor Lanski" in parse_article(html).text


def test_a_section_page_of_teasers_is_a_listing() -> None:
    page = parsed("index.html")
    assert page.listing is not None and "4 stories" in page.listing


def test_unwrapped_teasers_and_a_declared_collection_are_listings() -> None:
    html = (PAGES / "index.html").read_text(encoding="utf-8")
    flat = html.replace('<div class="story-card">', "").replace("</p></div>", "</p>")
    assert parse_article(flat).listing is not None
    collection = html.replace("</head>", '<script type="application/ld+json">{"@type": "CollectionPage"}</script></head>')
    assert parse_article(collection).listing is not None


def test_an_article_with_a_related_stories_box_is_an_article() -> None:
    page = parsed("article_related.html")
    assert page.listing is None
    assert "Kestrel Maritime LLC" in page.text


def test_a_page_that_is_a_list_of_links_is_a_listing() -> None:
    items = "".join(f'<li><a href="/news/{i}">Sanctions story number {i} of the week</a></li>' for i in range(12))
    assert parse_article(f"<html><body><main><h1>Archive</h1><ul>{items}</ul></main></body></html>").listing
