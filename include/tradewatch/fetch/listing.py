"""Article links out of an HTML listing page, by the source's CSS selector."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tradewatch.fetch.feeds import FeedError, Link, join_url, without_surrogates

_ABSOLUTE_HTTP = re.compile(r"https?://[^\s/?#]", re.ASCII | re.IGNORECASE)


def parse_listing(html: str, base_url: str, link_selector: str) -> list[Link]:
    """Links matched by `link_selector` (an <a>, or an element containing one), in page order."""
    return list(iter_listing(html, base_url, link_selector))


def iter_listing(html: str, base_url: str, link_selector: str) -> Iterator[Link]:
    """`parse_listing`, one link at a time: the page is parsed (and a bad selector raises FeedError) at the
    call, the links' URLs and titles are made only as far as the caller reads."""
    xpath = selector_xpath(link_selector)
    if xpath is None:  # a selector beyond the common subset: soupsieve, on a BeautifulSoup tree
        return _soup_listing(without_surrogates(html), base_url, link_selector)
    from lxml import etree

    from tradewatch.article.markup import defuse_tags

    # An lxml tree, not BeautifulSoup's: a 9.5 MB listing of 383,000 links took 691 MB and 16 s as a BeautifulSoup
    # tree, ~170 MB and 1.3 s here. Built by lxml's TreeBuilder from the parser's events, as BeautifulSoup was:
    # libxml2's own tree stops at 256 levels of nesting. A tag of 100,000 attributes costs libxml2 minutes.
    data = defuse_tags(without_surrogates(html)).encode("utf-8")
    parser = etree.HTMLParser(target=etree.TreeBuilder(), encoding="utf-8", recover=True, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:  # nothing a parser could make a page of (an empty body)
        return iter(())
    base = next((b for b in root.iter("base") if b.get("href") is not None), None)
    if base is not None:
        base_url = _page_base(base_url, str(base.get("href")))
    return _links(root.xpath(xpath), root, base_url)


def _page_base(page_url: str, href: str) -> str:
    """The base URL a page's `<base href>` sets, as browsers resolve it: one that is not http(s) (javascript:,
    data:, a malformed URL) is ignored and links resolve against the page's own URL (the HTML standard's
    fallback base URL), instead of every relative link turning into one the crawl must skip."""
    from urllib.parse import urlsplit

    joined = join_url(page_url, href)
    try:
        return joined if _ABSOLUTE_HTTP.match(joined) and urlsplit(joined).hostname else page_url
    except ValueError:  # "http://[::1": not a URL
        return page_url


def _links(nodes: list[Any], root: Any, base_url: str) -> Iterator[Link]:
    first_anchor = _first_anchors(root, nodes)
    anchors = (node if node.tag == "a" else first_anchor.get(node) for node in nodes)
    return _unique_links(((a.get("href"), lambda a=a: " ".join(a.xpath(_TEXT))) for a in anchors if a is not None), base_url)


def _unique_links(anchors: Iterator[tuple[Any, Any]], base_url: str) -> Iterator[Link]:
    """Each anchor's link (its href and a function giving its text), resolved against `base_url`, once a URL, in
    order; not in-page anchors, scripts or mail links. Shared by the lxml and the soupsieve readings of a listing."""
    seen: set[str] = set()
    for href, text in anchors:
        if not href:
            continue
        href = str(href).strip()
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = join_url(base_url, href)
        if url in seen:
            continue
        seen.add(url)
        yield Link(url, " ".join(text().split()) or None)


# An anchor's text as BeautifulSoup's get_text gave it: no comments, scripts or styles.
_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::template)]"


def _first_anchors(root: Any, nodes: list[Any]) -> dict[Any, Any]:
    """For each matched element that is no <a>: the first `<a href>` in its subtree, for all of them in one pass
    over the anchors and their ancestors (each element is visited once).

    Asked per matched element, a search walks each one's subtree: matches nested in one another (a hostile
    listing of 20,000 nested matching divs) made the listing quadratic (3 minutes for 220 KB)."""
    wanted = {node for node in nodes if node.tag != "a"}
    first: dict[Any, Any] = {}
    if not wanted:
        return first
    visited: set[Any] = set()
    for anchor in root.iter("a"):
        if anchor.get("href") is None:
            continue
        element = anchor.getparent()
        while element is not None and element not in visited:
            visited.add(element)
            if element in wanted:
                first[element] = anchor  # anchors come in page order: the first to reach an element is its first
            element = element.getparent()
    return first


# -- CSS selectors as XPath -------------------------------------------------------------------------
# The registry's selectors are type, class, id and attribute selectors joined by combinators ("a.story",
# ".press-list a", 'a[href*="/press-release/"]'). Those are translated to XPath for lxml here; any other
# selector (pseudo-classes, escapes, namespaces) is left to soupsieve on a BeautifulSoup tree.

_IDENT = r"-?[A-Za-z_][A-Za-z0-9_-]*"
_TOKEN = re.compile(
    rf"""(?P<comb>[ \t\r\n\f]*[>+~,][ \t\r\n\f]*)|(?P<space>[ \t\r\n\f]+)|(?P<type>{_IDENT}|\*)|\#(?P<id>{_IDENT})
    |\.(?P<cls>{_IDENT})
    |\[[ \t]*(?P<attr>{_IDENT})[ \t]*(?:(?P<op>[~|^$*]?=)[ \t]*(?:(?P<bare>{_IDENT})|"(?P<dq>[^"\\]*)"|'(?P<sq>[^'\\]*)')[ \t]*)?\]""",
    re.X,
)


def _literal(value: str) -> str | None:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return None


def _condition(attr: str, op: str | None, value: str) -> str | None:
    name = "@" + attr.lower()
    literal = _literal(value)
    if op is None:
        return name
    if literal is None:
        return None
    if op == "=":
        return f"{name}={literal}"
    if op == "|=":
        return f"({name}={literal} or starts-with({name}, {_literal(value + '-')}))"
    if not value or (op == "~=" and any(c in value for c in " \t\r\n\f")):
        return "false()"  # CSS: an empty (or, for ~=, spaced) value matches nothing
    if op == "~=":
        return f"contains(concat(' ', normalize-space({name}), ' '), {_literal(f' {value} ')})"
    if op == "^=":
        return f"starts-with({name}, {literal})"
    if op == "$=":
        return f"substring({name}, string-length({name}) - {len(value) - 1}) = {literal}"
    return f"contains({name}, {literal})"  # *=


def selector_xpath(selector: str) -> str | None:
    """The XPath (from the document root) of a CSS selector of the common subset; None for any other."""
    groups: list[str] = []
    path = ""
    axis = "//"  # descendant, for the first compound of a selector
    step: str | None = None
    conditions: list[str] = []
    pos = 0
    text = selector.strip()

    def close() -> bool:
        nonlocal path, step, conditions
        if step is None and not conditions:
            return False
        name = step or "*"
        if axis == "+":  # the element right after: the next element sibling, if it is of that type
            path += "/following-sibling::*[1]" + (f"[self::{name}]" if name != "*" else "")
        else:
            path += axis + name
        path += "".join(f"[{c}]" for c in conditions)
        step, conditions = None, []
        return True

    if not text:
        return None
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        pos = match.end()
        kind = match.lastgroup
        if kind in ("space", "comb"):
            if not close():
                return None
            mark = match.group().strip() or " "
            if mark == ",":
                groups.append(path)
                path, axis = "", "//"
            else:
                axis = {" ": "//", ">": "/", "~": "/following-sibling::", "+": "+"}[mark]
        elif match.group("type") is not None:
            if step is not None or conditions:
                return None  # a type selector comes first in its compound
            step = match.group("type").lower()
        elif match.group("id") is not None:
            conditions.append(f"@id={_literal(match.group('id'))}")
        elif match.group("cls") is not None:
            conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {match.group('cls')} ')")
        else:
            value = next((v for v in (match.group("bare"), match.group("dq"), match.group("sq")) if v is not None), "")
            condition = _condition(match.group("attr"), match.group("op"), value)
            if condition is None:
                return None
            conditions.append(condition)
    if not close():
        return None
    groups.append(path)
    return " | ".join(groups)


def _soup_listing(html: str, base_url: str, link_selector: str) -> Iterator[Link]:
    """The links of a selector outside the subset lxml is given, by soupsieve on a BeautifulSoup tree."""
    from bs4 import BeautifulSoup
    from soupsieve import SelectorSyntaxError

    from tradewatch.article.markup import defuse_tags

    soup = BeautifulSoup(defuse_tags(html), "lxml")  # a tag of 100,000 attributes costs libxml2 minutes
    base = soup.find("base", href=True)
    if base is not None:
        base_url = _page_base(base_url, str(base["href"]))
    try:
        nodes = soup.select(link_selector)
    except SelectorSyntaxError as exc:
        raise FeedError(f"invalid link_selector {link_selector!r}: {exc}") from exc
    first_anchor = _first_soup_anchors(soup) if nodes else {}
    return _soup_links(nodes, first_anchor, base_url)


def _soup_links(nodes: list[Any], first_anchor: dict[int, Any], base_url: str) -> Iterator[Link]:
    anchors = (node if node.name == "a" else first_anchor.get(id(node)) for node in nodes)
    return _unique_links(((a.get("href"), lambda a=a: a.get_text(" ")) for a in anchors if a is not None), base_url)


def _first_soup_anchors(root: Any) -> dict[int, Any]:
    """id(element) -> its first `<a href>` (itself, or the first in its subtree), for every element that
    has one, in one post-order pass (see `_first_anchors`)."""
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
