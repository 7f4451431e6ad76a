"""Article links out of HTML listing pages."""

from __future__ import annotations

import pytest

from tradewatch.fetch.feeds import FeedError
from tradewatch.fetch.listing import parse_listing

PAGE = """<html><body>
<nav><a href="/about">About</a></nav>
<ul class="news">
  <li class="item"><a href="/press/1">  First
     press release </a></li>
  <li class="item"><h3><a href="2">Second</a></h3></li>
  <li class="item"><a href="#top">Top</a></li>
  <li class="item"><a href="javascript:void(0)">JS</a></li>
  <li class="item"><a href="mailto:x@example.org">Mail</a></li>
  <li class="item"><span>no link</span></li>
  <li class="item"><a href="/press/1">First again</a></li>
  <li class="item"><a href="http://127.0.0.1:9/other/3">Absolute</a></li>
</ul></body></html>"""


def test_links_by_selector_resolved_and_deduplicated():
    links = parse_listing(PAGE, "http://127.0.0.1:9/press/", "ul.news li.item")
    assert [link.url for link in links] == [
        "http://127.0.0.1:9/press/1", "http://127.0.0.1:9/press/2", "http://127.0.0.1:9/other/3",
    ]
    assert links[0].title == "First press release"


def test_anchor_selector_directly():
    links = parse_listing(PAGE, "http://127.0.0.1:9/press/", "ul.news a")
    assert "http://127.0.0.1:9/about" not in [link.url for link in links]
    assert len(links) == 3


def test_base_href_respected():
    page = '<html><head><base href="http://127.0.0.1:9/archive/"></head><body><a class="x" href="a">A</a></body></html>'
    links = parse_listing(page, "http://127.0.0.1:9/", "a.x")
    assert [link.url for link in links] == ["http://127.0.0.1:9/archive/a"]


def test_invalid_selector_is_a_feed_error():
    with pytest.raises(FeedError, match="link_selector"):
        parse_listing(PAGE, "http://127.0.0.1:9/", "ul[[")


def test_no_match_is_empty():
    assert parse_listing(PAGE, "http://127.0.0.1:9/", "div.nothing") == []
