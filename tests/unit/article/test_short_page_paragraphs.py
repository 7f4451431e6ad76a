"""A short news page keeps its paragraphs (hostile probe 38 F4): trafilatura's baseline for a short page ran the
kicker, headline, date and dateline into one line, and the dateline's city became a deal party."""

from __future__ import annotations

from tradewatch.article.parse import parse_article
from tradewatch.extract import extract_records

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{head} | Harbour Ledger</title>
<meta property="article:published_time" content="2030-03-04T09:00:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/deals">Deals</a></nav><main><article class="story">
<p class="kicker">Markets</p><h1>{head}</h1><p class="date"><time datetime="2030-03-04">2030-03-04</time></p>
<p>{body}</p><p>{tail}</p></article></main><footer><p>All rights reserved.</p></footer></body></html>"""


def _page(head: str, body: str, tail: str) -> str:
    return _PAGE.format(head=head, body=body, tail=tail)


def test_the_blocks_of_a_short_page_stay_separate_lines() -> None:
    html = _page("Lindqvist Metals to buy Oslo smelter", "OSLO — Lindqvist Metals AB agreed to buy Fjordsmelt AS for "
                 "$45 million, the companies said.", "The deal needs approval from regulators.")
    text = parse_article(html, "https://ledger.example/deals/1").text
    lines = text.split("\n")
    assert "Lindqvist Metals to buy Oslo smelter" in lines, text
    assert any(line.startswith("OSLO — Lindqvist Metals AB agreed") for line in lines), text
    assert "The deal needs approval from regulators." in lines, text


def test_the_dateline_city_of_a_short_page_is_no_party() -> None:
    html = _page("Castellan Foods to merge with Brio", "LISBON — Castellan Foods SA agreed to merge with Brio Alimentar "
                 "Lda in a $70 million all-share deal, the companies said.", "Shareholders vote next month.")
    page = parse_article(html, "https://ledger.example/deals/2")
    deals = extract_records(page.text, title=page.title, published=page.published)["deals"]
    names = {p["name"] for d in deals for p in d["parties"]}
    assert "Castellan Foods SA" in names and "Brio Alimentar Lda" in names, deals
    assert not any(n.isupper() for n in names), deals  # not "LISBON"


def test_a_long_page_keeps_trafilaturas_own_reading() -> None:
    """The block reading only restores the breaks of a one-line text; a page trafilatura reads in paragraphs keeps
    its reading (its boilerplate filtering included)."""
    paragraphs = "".join(f"<p>Paragraph {i} of the report says that exports of timber rose again this quarter, "
                         f"according to figures from the port authority and shipping brokers.</p>" for i in range(12))
    html = _page("Timber exports rise", "RIGA — Timber exports rose.", "End.").replace("<p>End.</p>", paragraphs)
    text = parse_article(html, "https://ledger.example/markets/3").text
    assert text.count("\n") >= 12, text
    assert "Paragraph 11 of the report" in text
