"""Listing links when matched elements nest: each match gives its first <a href>, found in one pass."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tradewatch.fetch.listing import _first_anchors, _first_soup_anchors, parse_listing

BASE = "http://127.0.0.1:9/news/"

_DOCS = [
    '<div class="i"><a href="/1">one</a><div class="i"><a href="/2">two</a></div></div>',
    '<div class="i"><p>no link yet</p><div class="i"><span><a href="/2">two</a></span></div><a href="/3">3</a></div>',
    '<div class="i"><a>no href</a><a href="/4">four</a></div><div class="i"></div>',
    '<ul><li class="i"><a href="">empty</a><a href="/5">five</a></li><li class="i"><b>x</b><i><a href="/6">6</a></i></li></ul>',
    '<a class="i" href="/7">seven</a><a class="i">no href</a>',
]


@pytest.mark.parametrize("body", _DOCS)
def test_first_anchor_of_every_element_is_what_find_gives(body):
    from lxml import etree

    root = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())
    elements = [el for el in root.iter() if el.tag != "a"]
    first = _first_anchors(root, elements)
    for el in elements:
        assert first.get(el) is next((a for a in el.iter("a") if a.get("href") is not None), None)


@pytest.mark.parametrize("body", _DOCS)
def test_first_soup_anchor_of_every_element_is_what_find_gives(body):
    soup = BeautifulSoup(f"<html><body>{body}</body></html>", "lxml")
    first = _first_soup_anchors(soup)
    for el in soup.find_all(True):
        assert first.get(id(el)) is (el if el.name == "a" and el.get("href") is not None else el.find("a", href=True))


def test_nested_matches_each_give_their_own_first_link_in_page_order():
    links = parse_listing(f"<html><body>{_DOCS[0]}{_DOCS[1]}</body></html>", BASE, "div.i")
    assert [link.url for link in links] == ["http://127.0.0.1:9/1", "http://127.0.0.1:9/2"]


@pytest.mark.timeout(120)  # a guard: this page took 3 minutes before the one-pass lookup, not a speed figure
def test_twenty_thousand_nested_matches_are_read():
    depth = 20_000
    html = "<html><body>" + "".join(f'<div class="i"><a href="/n/{i}">{i}</a>' for i in range(depth)) + "</div>" * depth
    links = parse_listing(html + "</body></html>", BASE, "div.i")
    assert [link.url for link in links] == [f"http://127.0.0.1:9/n/{i}" for i in range(depth)]


_SELECTORS = [".i a", "div.i > a", "div a", ".i .i a", 'div a[href*="/2"]', "li + li a", "li ~ li a", "b ~ i a",
              "ul li.i a", "div > div a", ".i, li", "body > div.i", "p + div a", "* a", "span a, b"]


@pytest.mark.parametrize("selector", _SELECTORS)
@pytest.mark.parametrize("body", _DOCS)
def test_matching_right_to_left_selects_what_soupsieve_selects(body, selector):
    from lxml import etree

    from tradewatch.fetch.listing import select

    html = f"<html><body>{body}<!-- c --><div class='i'><a href='/8'>8</a></div></body></html>"
    root = etree.fromstring(html, etree.HTMLParser())
    got = [etree.tostring(e) for e in select(root, selector)]
    soup = BeautifulSoup(html, "lxml")
    wanted = [etree.tostring(etree.fromstring(str(e), etree.HTMLParser()).find(".//body/*")) for e in soup.select(selector)]
    assert got == wanted


@pytest.mark.timeout(120)  # a guard: 10,000 nested divs took 6 minutes in libxml2's XPath (hostile probe 17)
@pytest.mark.parametrize("selector", ['.l a[href*="/n/"]', ".l .l a", ".missing a", "div ~ div a"])
def test_a_descendant_selector_over_deeply_nested_elements_is_read(selector):
    depth = 10_000
    html = ("<html><body>" + "".join(f'<div class="l"><a href="/n/{i}">{i}</a>' for i in range(depth)) + "</div>" * depth
            + "</body></html>")
    links = parse_listing(html, BASE, selector)
    expected = {'.l a[href*="/n/"]': depth, ".l .l a": depth - 1, ".missing a": 0, "div ~ div a": 0}[selector]
    assert len(links) == expected
