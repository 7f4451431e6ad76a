"""Article links out of an HTML listing page, by the source's CSS selector."""

from __future__ import annotations

from typing import Any

from tradewatch.fetch.feeds import FeedError, Link, join_url


def parse_listing(html: str, base_url: str, link_selector: str) -> list[Link]:
    """Links matched by `link_selector` (an <a>, or an element containing one), in page order."""
    from bs4 import BeautifulSoup
    from soupsieve import SelectorSyntaxError

    from tradewatch.article.markup import defuse_tags

    soup = BeautifulSoup(defuse_tags(html), "lxml")  # a tag of 100,000 attributes costs libxml2 minutes
    base = soup.find("base", href=True)
    if base is not None:
        base_url = join_url(base_url, str(base["href"]))
    try:
        nodes = soup.select(link_selector)
    except SelectorSyntaxError as exc:
        raise FeedError(f"invalid link_selector {link_selector!r}: {exc}") from exc
    first_anchor = _first_anchors(soup) if nodes else {}
    links: list[Link] = []
    seen: set[str] = set()
    for node in nodes:
        anchor = node if node.name == "a" else first_anchor.get(id(node))
        if anchor is None or not anchor.get("href"):
            continue
        href = str(anchor["href"]).strip()
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = join_url(base_url, href)
        if url in seen:
            continue
        seen.add(url)
        title = " ".join(anchor.get_text(" ").split()) or None
        links.append(Link(url, title))
    return links


def _first_anchors(root: Any) -> dict[int, Any]:
    """id(element) -> its first `<a href>` (itself, or the first in its subtree), for every element that
    has one: `element.find("a", href=True)` for all elements at once, in one post-order pass.

    Asked per matched element, `find` walks each one's subtree: matches nested in one another (a
    hostile listing of 20,000 nested matching divs) made the listing quadratic (3 minutes for 220 KB)."""
    first: dict[int, Any] = {}
    stack = [(root, iter(root.contents))]
    while stack:
        tag, children = stack[-1]
        for child in children:
            if child.name is not None:  # an element, not text
                stack.append((child, iter(child.contents)))
                break
        else:
            stack.pop()
            if tag.name == "a" and tag.get("href") is not None:
                first[id(tag)] = tag
            else:
                found = next((first[id(c)] for c in tag.contents if id(c) in first), None)
                if found is not None:
                    first[id(tag)] = found
    return first
