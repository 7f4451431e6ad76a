"""Readers' comments that no class name gives away are not the article's text (hostile probe 30 M4)."""

from __future__ import annotations

from tradewatch.article.parse import parse_article

PAGE = """<!DOCTYPE html><html lang="en"><head><title>US blacklists Hong Kong chip distributor</title></head><body>
<div class="x9f2k"><h1>US blacklists Hong Kong chip distributor</h1>
<p>The US Commerce Department on Wednesday added Harrow Bridge Electronics Ltd, a Hong Kong chip distributor, to its
Entity List for diverting American semiconductors to Russia.</p>
<p>Companies on the list need a licence to receive US goods, which is usually denied.</p>
<p>Harrow Bridge did not reply to emails.</p></div>
<div class="q81zz"><div class="a7"><p>mark_t · 2 hours ago</p><p>Washington sanctioned Kelpie Marine Networks in 2019
and nothing changed.</p></div>
<div class="a7"><p>annie · 1 hour ago</p><p>Britain should freeze the assets of Pearl Delta Components too.</p></div></div>
</body></html>"""


def test_a_comment_thread_after_the_article_is_cut_off() -> None:
    text = parse_article(PAGE, "https://news.example.com/2031/05/harrow").text
    assert "Harrow Bridge did not reply to emails." in text
    assert "Kelpie Marine Networks" not in text and "ago" not in text, text


def test_one_line_saying_how_long_ago_is_kept() -> None:
    page = PAGE.replace('<div class="a7"><p>annie · 1 hour ago</p><p>Britain should freeze the assets of Pearl Delta '
                        'Components too.</p></div>', "")
    assert "Kelpie Marine Networks" in parse_article(page, "https://news.example.com/2031/05/harrow").text
