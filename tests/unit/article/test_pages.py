"""An article's continuation pages: which links are its own page 2, 3, ..., and a page 2 read on its own keeps its
headline on a line of its own and no pagination link as text (hostile probe 30 M7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewatch.article.pages import first_page, join_pages, next_page, page_number
from tradewatch.article.parse import parse_article

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
STORY = "https://news.example/news/2026/01/28/baltic-ore-traders"


@pytest.mark.parametrize(("url", "number"), [
    (STORY, 1),
    (STORY + "/", 1),
    (STORY + "?page=2", 2),
    (STORY + "?paged=3", 3),
    (STORY + "/2/", 2),
    (STORY + "/page/4", 4),
    ("https://news.example/news/2026/01/28/tanker-crews-rescued", None),  # another story
    ("https://other.example/news/2026/01/28/baltic-ore-traders?page=2", None),  # another host
    (STORY + "?page=2&id=7", None),  # another query besides the page number
    (STORY + "?page=two", None),
])
def test_page_number(url: str, number: int | None) -> None:
    assert page_number(url, STORY) == number


def test_first_page() -> None:
    assert first_page(STORY + "?page=2") == STORY
    assert first_page(STORY + "?page=1") is None  # the first page itself
    assert first_page(STORY + "/2/") == STORY
    assert first_page(STORY + "/2/", by_path=False) is None  # ("/news/2026/01/2" may be article number 2)
    assert first_page(STORY) is None
    assert first_page("https://news.example/?page=2") is None  # the home page's listing


def test_next_page_only_follows_the_articles_own_pages() -> None:
    page1 = (PAGES / "paged_1.html").read_text(encoding="utf-8")
    # (rel="next" and "Next story" name another story: not a page of this one)
    assert next_page(page1, STORY, STORY, 1) == STORY + "?page=2"
    page2 = (PAGES / "paged_2.html").read_text(encoding="utf-8")
    assert next_page(page2, STORY + "?page=2", STORY, 2) == STORY + "?page=3"
    page3 = (PAGES / "paged_3.html").read_text(encoding="utf-8")
    assert next_page(page3, STORY + "?page=3", STORY, 3) is None


def test_page_two_on_its_own_keeps_its_lines() -> None:
    parsed = parse_article((PAGES / "paged_2.html").read_text(encoding="utf-8"), STORY + "?page=2")
    lines = parsed.text.split("\n")
    assert lines[0] == "EU lists Baltic ore traders over sanctions evasion"
    assert lines[1].startswith("The EU also sanctioned Daugava Bulk Logistics SIA")
    assert "Previous page" not in parsed.text


def test_pagination_block_of_another_path_stays() -> None:
    html = ("<html><body><article><h1>Ore traders listed</h1><p>The Council sanctioned Amber Gate Minerals OU on "
            "Tuesday, in a package of listings aimed at iron ore shipments through Baltic ports.</p>"
            '<p><a href="/news/2026/01/28/tanker-crews-rescued">Tanker crews rescued off the coast of Gotland</a></p>'
            "</article></body></html>")
    assert "Tanker crews rescued" in parse_article(html, STORY).text


def test_join_pages_drops_the_repeated_headline() -> None:
    title = "EU lists Baltic ore traders"
    joined = join_pages([f"{title}\nFirst part.", f"{title}\nSecond part.", "Third part."], title)
    assert joined == f"{title}\nFirst part.\nSecond part.\nThird part."
