"""An article split over pages: which URLs are its page 2, 3, ... ("?page=2", "/2/"), and its pages' texts as one.

A story continued on a second page ("Page 1 of 2", "Next page »") was stored from its first page only, and the targets
named on page 2 were lost (hostile probe 30 M7). A link is a page of the same article only by its URL: the article's
own path with a page number as its only other query parameter ("?page=2"), or its path followed by the number
("/slug/2/", "/slug/page/2/"). A "next" link to another story (WordPress marks the next post `rel="next"`) has another
path, and is not followed whatever the page calls it.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

MAX_ARTICLE_PAGES = 5  # pages of one article read: the first and up to four continuations
# Query parameters that number an article's pages (a subset of the listing paging parameters in pipeline.py)
PAGE_PARAMS = frozenset({"page", "paged", "pg", "p_page"})
_PATH_PAGE = re.compile(r"(?:page/)?(\d{1,2})")  # what follows the article's path: "2", "page/2"
# What a pagination block says besides its links: "Page 1 of 2", "1 / 3", separators
_PAGINATION_WORDS = re.compile(r"(?:\bpages?\b|\bof\b|[\W\d_])*", re.I)
_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "nav", "section"})


def _query_page(query: str) -> tuple[list[tuple[str, str]], int | None]:
    """A query's other parameters, and its page number (None: none, or not one plain number)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    numbers = [value for name, value in pairs if name.lower() in PAGE_PARAMS]
    others = [(name, value) for name, value in pairs if name.lower() not in PAGE_PARAMS]
    if len(numbers) != 1 or not numbers[0].isdigit():
        return others, None
    return others, int(numbers[0])


def page_number(url: str, first: str) -> int | None:
    """Which page of the article whose first page is `first` the URL is (1: `first` itself), or None for another page
    (or no URL: a link to "https://[DOMAIN]/slug?page=2", a template's placeholder, failed the whole page)."""
    try:
        a, b = urlsplit(url), urlsplit(first)
    except ValueError:
        return None
    if (a.scheme.lower(), a.netloc.lower()) != (b.scheme.lower(), b.netloc.lower()):
        return None
    path, first_path = a.path.rstrip("/"), b.path.rstrip("/")
    if not first_path:
        return None  # the home page has no pages of its own
    if path == first_path:
        if a.query == b.query:
            return 1
        others, number = _query_page(a.query)
        return number if number is not None and sorted(others) == sorted(parse_qsl(b.query, keep_blank_values=True)) else None
    if path.startswith(first_path + "/") and a.query == b.query:
        match = _PATH_PAGE.fullmatch(path[len(first_path) + 1:])
        return int(match[1]) if match else None
    return None


def first_page(url: str, *, by_path: bool = True) -> str | None:
    """The first page of the article whose page 2 or later `url` is ("?page=2" without its number; with `by_path`,
    "/slug/2/" as "/slug/"), or None when the URL names no later page (or is no URL)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.path.rstrip("/") == "":
        return None
    others, number = _query_page(parts.query)
    if number is not None:
        return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(others), "")) if number >= 2 else None
    if by_path:
        head, _, tail = parts.path.rstrip("/").rpartition("/")
        if head.endswith("/page"):
            head = head[: -len("/page")]
        if tail.isdigit() and len(tail) <= 2 and int(tail) >= 2 and head:
            return urlunsplit((parts.scheme, parts.netloc, head, parts.query, ""))
    return None


def _slug(first: str) -> str:
    """The last segment of the article's path, which every link to one of its pages holds (a cheap test before the
    URL is resolved: a page of 600 links cost 13 ms with every one resolved)."""
    return urlsplit(first).path.rstrip("/").rpartition("/")[2]


def _may_be_page(href: str, slugs: tuple[str, ...]) -> bool:
    return href.startswith("?") or any(slug in href for slug in slugs)


_HREF = re.compile(r"""href\s*=\s*["']?\s*([^"'\s<>]*)""", re.I)
_NEAR = 400  # characters either side of a spot searched for the link holding it
_MOST_SPOTS = 200


def _hrefs(page_html: str, slug: str) -> Iterator[str]:
    """The page's links that hold `slug` or are a query alone ("?page=2"), found around where those occur (str.find,
    in C): a regex over a whole page of 600 links cost more than a millisecond."""
    spots: list[int] = []
    at = page_html.find(slug)
    while at != -1 and len(spots) < _MOST_SPOTS:
        spots.append(at)
        at = page_html.find(slug, at + 1)
    at = page_html.find("?")  # (one character: memchr) a query alone as the link: href="?page=2"
    while at != -1 and len(spots) < _MOST_SPOTS:
        if page_html[at - 1 : at] in ('"', "'", "="):
            spots.append(at)
        at = page_html.find("?", at + 1)
    seen: set[int] = set()
    for spot in sorted(spots):
        for match in _HREF.finditer(page_html, max(spot - _NEAR, 0), spot + len(slug) + _NEAR):
            href = match[1]
            if match.start() not in seen and (slug in href or href.startswith("?")):
                seen.add(match.start())
                yield html_lib.unescape(href)


def _joined(base: str, href: str) -> str | None:
    """`href` resolved against `base`, or None when it is no URL ("https://[DOMAIN]/slug?page=2": urljoin raises)."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def next_page(page_html: str, page_url: str, first: str, number: int) -> str | None:
    """The link of page `number` + 1 of the article whose first page is `first`, on its page `number` (served at
    `page_url`), or None."""
    slug = _slug(first)
    if not slug:
        return None
    for href in _hrefs(page_html, slug):
        url = (_joined(page_url, href) or "").split("#", 1)[0]
        if url and page_number(url, first) == number + 1:
            return url
    return None


def join_pages(texts: list[str], title: str | None) -> str:
    """The texts of an article's pages as one, in order: a later page's first line repeating the headline is dropped."""
    heads = {line.strip().casefold() for line in (title or "", texts[0].split("\n", 1)[0]) if line.strip()}
    parts = [texts[0]]
    for text in texts[1:]:
        first, _, rest = text.partition("\n")
        parts.append(rest if first.strip().casefold() in heads else text)
    return "\n".join(part for part in parts if part.strip())


def drop_pagination(tree: Any, url: str | None) -> None:
    """Remove the pagination blocks of the article's own pages ("« Previous page", "1 2 Next »") from a page's tree:
    a block of only such links (and "Page 1 of 2") is no article text, and on a short page 2 it made trafilatura read
    the page as one line, the headline glued into the first sentence (hostile probe 30 M7)."""
    if not url:
        return
    firsts = {url, first_page(url) or url}
    slugs = tuple(slug for slug in map(_slug, firsts) if slug)
    if not slugs:
        return

    def own_page(link: Any) -> bool:
        href = (link.get("href") or "").strip()
        joined = _joined(url, href) if href and _may_be_page(href, slugs) else None
        return joined is not None and any(page_number(joined, first) for first in firsts)

    blocks: dict[int, Any] = {}
    # (the links that may be one of its pages found in lxml's C code: most pages have none)
    test = " or ".join(f"contains(@href, $s{n})" for n in range(len(slugs)))
    found = tree.xpath(f"//a[{test} or starts-with(normalize-space(@href), '?')]",
                       **{f"s{n}": slug for n, slug in enumerate(slugs)})
    for link in found:
        if not own_page(link):
            continue
        block = link.getparent()
        while block is not None and block.tag not in _BLOCK_TAGS:
            block = block.getparent()
        if block is None or block.getparent() is None or id(block) in blocks:
            continue
        links = list(block.iter("a"))
        if sum(len("".join(a.itertext())) for a in links) > 200 or not all(own_page(a) for a in links):
            continue
        said = "".join(block.itertext())
        for a in links:
            said = said.replace("".join(a.itertext()), "", 1)
        if _PAGINATION_WORDS.fullmatch(said.strip()):
            blocks[id(block)] = block
    for block in blocks.values():
        _remove_keeping_tail(block)


def _remove_keeping_tail(element: Any) -> None:
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
