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
    if _parse_selector(link_selector) is None:  # a selector beyond the common subset: soupsieve, on a BeautifulSoup tree
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
    return _links(select(root, link_selector) or [], root, base_url)


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


# A compound selector as one XPath step's test ("a[contains(@href, '/news/')]"), with the combinator joining it to the
# compound before it (None for the first of a group)
_Compound = tuple[str | None, str]


def _parse_selector(selector: str) -> list[list[_Compound]] | None:
    """The groups of a CSS selector of the common subset, each a list of compounds; None for any other selector."""
    groups: list[list[_Compound]] = []
    compounds: list[_Compound] = []
    comb: str | None = None
    step: str | None = None
    conditions: list[str] = []
    pos = 0
    text = selector.strip()

    def close() -> bool:
        nonlocal step, conditions
        if step is None and not conditions:
            return False
        compounds.append((comb, (step or "*") + "".join(f"[{c}]" for c in conditions)))
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
                groups.append(compounds)
                compounds, comb = [], None
            else:
                comb = mark
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
    groups.append(compounds)
    return groups


def selector_xpath(selector: str) -> str | None:
    """The XPath (from the document root) of a CSS selector of the common subset; None for any other."""
    groups = _parse_selector(selector)
    if groups is None:
        return None
    paths = []
    for compounds in groups:
        path = ""
        for comb, test in compounds:
            if comb == "+":  # the element right after: the next element sibling, if it is of that type
                name, _, rest = test.partition("[")
                path += "/following-sibling::*[1]" + (f"[self::{name}]" if name != "*" else "") + (f"[{rest}" if rest else "")
            else:
                path += {None: "//", " ": "//", ">": "/", "~": "/following-sibling::"}[comb] + test
        paths.append(path)
    return " | ".join(paths)


def select(root: Any, selector: str) -> list[Any] | None:
    """The elements a selector of the common subset matches under `root`, in document order; None for any other
    selector.

    Matched right to left, as browsers do: the elements of the last compound (one XPath step over the tree), then,
    for each, whether the compounds before it hold among its ancestors or siblings, remembered per element.
    libxml2 evaluating `//*[@class]//a[@href]` itself merges a node-set under every nested match: a listing of 4,000
    nested divs took 24 s, of 10,000 six minutes (hostile probe 17); here it is linear in the tree."""
    groups = _parse_selector(selector)
    if groups is None:
        return None
    matched: list[Any] = []
    for compounds in groups:
        matcher = _Matcher(compounds)
        matched += [e for e in root.xpath(f"//{compounds[-1][1]}") if matcher.sat(e, len(compounds) - 1)]
    if len(groups) == 1:
        return matched
    found = set(matched)
    return [e for e in root.iter() if e in found]


class _Matcher:
    """Whether an element matches a group's compound i with the compounds before it holding around it, remembered."""

    def __init__(self, compounds: list[_Compound]) -> None:
        from lxml import etree

        self.compounds = compounds
        self.tests = [etree.XPath(f"self::{test}") for _comb, test in compounds]
        self.memo: list[dict[Any, bool]] = [{} for _ in compounds]
        # (compound i, siblings?) -> element -> whether it or an element before it (an ancestor, an earlier sibling)
        # matches i
        self.reach: dict[tuple[int, bool], dict[Any, bool]] = {}

    def sat(self, element: Any, i: int) -> bool:
        known = self.memo[i].get(element)
        if known is not None:
            return known
        ok = bool(self.tests[i](element))
        if ok and i > 0:
            comb = self.compounds[i][0]
            if comb == ">":
                parent = element.getparent()
                ok = parent is not None and self.sat(parent, i - 1)
            elif comb == "+":
                before = _previous_element(element)
                ok = before is not None and self.sat(before, i - 1)
            else:  # " ": an ancestor, "~": an earlier sibling
                siblings = comb == "~"
                ok = self._before(_previous_element(element) if siblings else element.getparent(), i - 1, siblings)
        self.memo[i][element] = ok
        return ok

    def _before(self, node: Any, i: int, siblings: bool) -> bool:
        """Whether `node` or an element before it (its ancestors; `siblings`: its earlier siblings) matches i. The
        chain is walked once: every element on it keeps the answer, so nested matches cost one walk in all, not one
        per descendant."""
        reach = self.reach.setdefault((i, siblings), {})
        chain = []
        answer = False
        while node is not None:
            known = reach.get(node)
            if known is not None:
                answer = known
                break
            chain.append(node)
            if self.sat(node, i):
                answer = True
                break
            node = _previous_element(node) if siblings else node.getparent()
        for walked in chain:  # each is the node found, or comes after it: the same answer
            reach[walked] = answer
        return answer


def _previous_element(element: Any) -> Any:
    """The element sibling before `element` (comments and processing instructions are no elements), or None."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before


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
