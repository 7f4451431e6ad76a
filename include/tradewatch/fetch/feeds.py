"""Links out of RSS 1.0/2.0, Atom and sitemap documents, parsed without a parser ever expanding XML entities."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring


@dataclass(frozen=True)
class Link:
    """An article (or nested sitemap) a listing points to."""

    url: str
    title: str | None = None
    published: datetime | None = None
    is_sitemap: bool = False
    # An Atom entry's <updated> when later than its <published>: the page changed since (a correction)
    updated: datetime | None = None


class FeedError(ValueError):
    """A feed or sitemap we cannot read; the message says why."""


class _Refused(FeedError):
    """A document refused for what it declares (XML entities, external references), not for being malformed."""


# The most links read from one listing, feed or sitemap: the sitemaps protocol's own limit per file. A listing of
# millions of links (6.2 million in a sitemap index of 20 sitemaps: 83 s, 1.4 GB) costs no more than this; the
# caller reports the cap when it is reached.
MAX_LINKS_PER_DOCUMENT = 50_000


def without_surrogates(text: str) -> str:
    """`text` with any lone surrogate ("\udcff", from a decoder that lets one through) replaced: no XML or HTML
    parser takes one, and one character should not cost a whole listing."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


_ABSOLUTE = re.compile(r"https?://[^\s/?#]+(?:[/?#][^\s]*)?", re.ASCII)


def join_url(base_url: str, href: str) -> str:
    """urljoin that never raises: a malformed link is returned as written, for the caller to skip.

    An absolute http(s) link is returned as it is (urljoin would only take it apart and put it back
    together: a feed of 1,000 items spent most of its parsing time there)."""
    href = href.strip()
    if "\\" in href:
        href = _browser_slashes(href)
    if _ABSOLUTE.fullmatch(href):
        return href
    try:
        return urljoin(base_url, href)
    except ValueError:
        return href


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def _browser_slashes(href: str) -> str:
    """An http(s) link's backslashes before its query read as slashes, as browsers read them (the WHATWG URL standard):
    `\\\\host\\news\\d.html` and `http:\\\\host\\news\\d.html` open `http://host/news/d.html`, where urljoin
    made `/%5C%5Chost%5Cnews%5Cd.html` of them, a 404 on every run (hostile probe 35 F4)."""
    scheme = _SCHEME.match(href)
    if scheme and scheme.group().lower() not in ("http:", "https:"):
        return href  # (another scheme's link is skipped as it is)
    cut = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=len(href))
    return href[:cut].replace("\\", "/") + href[cut:]


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(node: Element, name: str) -> Element | None:
    for child in node:
        if _local(child.tag) == name:
            return child
    return None


# Elements that are another item's or entry's, or an Atom entry's <source> (the feed it was copied from): not the
# item's own
_NOT_OWN = frozenset({"item", "entry", "source"})


def _deeper(node: Element) -> Iterator[Element]:
    """`node`'s elements below its children, shallowest first, none inside another item or entry or a <source>.

    A recovering parser puts what follows an item's unescaped HTML ("<description>A<br>B</description>", an unclosed
    <p> or <img>) inside that HTML: the item's <link>, title and date after it were no children of the item, and the
    item was dropped (hostile probe 51 F5)."""
    queue = deque(child for child in node if _local(child.tag) not in _NOT_OWN)
    while queue:
        for child in queue.popleft():
            if _local(child.tag) not in _NOT_OWN:
                yield child
                queue.append(child)


def _own(node: Element, name: str) -> Element | None:
    """An item's or entry's element `name`: its child, else one a recovering parser put deeper (see `_deeper`)."""
    child = _child(node, name)
    return child if child is not None else next((e for e in _deeper(node) if _local(e.tag) == name), None)


MAX_TITLE_MARKUP = 4096  # characters of a title holding markup that are read
_BLANKS = re.compile(r"[ \t\r\n]+")
_MARKUP = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>|<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL | re.IGNORECASE)


def _plain(title: str | None) -> str | None:
    """A feed title as text: an Atom title of type html, or an RSS title in CDATA, holds markup ("<b>EU</b> adds ...",
    "&lt;i&gt;", a script) that was stored as the article's title, tags and all, when its page gave none (hostile probe
    51 F11). Tags, scripts and comments dropped, and then (the text being HTML) entities read."""
    if not title or "<" not in title:
        return title
    # (cut first: the title stored is shorter still, and a script left open makes the match scan to the end: 20,000 of
    # them in a title of 180 KB took 36 s)
    text, tags = _MARKUP.subn(" ", title[:MAX_TITLE_MARKUP])
    if not tags:
        return title  # "Tariffs <25% on steel": no markup, nor are its "&amp;"s escapes of it
    from html import unescape

    return _BLANKS.sub(" ", unescape(text)).strip() or None


def _text(node: Element | None) -> str | None:
    if node is None:
        return None
    value = "".join(node.itertext()).strip()
    return value or None


# The year after the day and month of an RFC 822 date ("01 Jan 0001"), as written
_FOUR_DIGIT_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(\d{4})\b")


def parse_date(value: str | None) -> datetime | None:
    """RFC 822 (RSS), ISO 8601 (Atom, sitemaps) or a date written without a time; None when unreadable, and for the Unix epoch's day
    ("Thu, 01 Jan 1970 00:00:00 GMT": a feed's zero timestamp for an item it has no date for)."""
    try:
        found = _parse_date(value)
        return None if found is not None and found.astimezone(UTC).date() == _EPOCH_DAY else found
    except OverflowError:  # "Fri, 31 Dec 9999 23:59:59 -0100" is past year 9999 in UTC: no date (hostile probe 47 F5)
        return None


_EPOCH_DAY = datetime(1970, 1, 1, tzinfo=UTC).date()


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    import email.utils

    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is not None:
            written = _FOUR_DIGIT_YEAR.search(value)
            if written and int(written.group(1)) != parsed.year:
                return None  # "Mon, 01 Jan 0001": email.utils reads years below 100 as 19xx/20xx, a wrong plausible date
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except ValueError:
        pass
    # A date without a time ("03 Mar 2025", "Mon, 03 Mar 2025": RFC 822 wants one), "March 3, 2025", "2025/03/03": the
    # day as written, at 00:00 UTC (hostile probe 33 F8: these items had no date)
    from tradewatch.article.parse import written_date

    day = written_date(value)
    return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None


def _parse_xml(text: str) -> Element:
    # Drop an encoding declaration: the text is already decoded, and ElementTree refuses str input with one.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"), count=1)
    try:
        return _defused(text)
    except ParseError as exc:
        return _recover(text, exc)
    except _Refused:
        plain = _with_plain_entities_expanded(text)
        if plain is None:
            raise
    try:  # (once: a document still declaring entities, a second DOCTYPE, is refused)
        return _defused(plain)
    except ParseError as exc:
        return _recover(plain, exc)


# A DOCTYPE with an internal subset, and what that subset may hold for its entities to be read: whitespace, comments,
# general entities of short literal text (character references allowed), element declarations. Anything else (a
# parameter entity, an external one, a reference inside a value, a quoted attribute default) keeps the document refused.
_DOCTYPE = re.compile(r"<!DOCTYPE\s+[^\[<>]*\[(.*?)\]\s*>", re.DOTALL)
_DECLARATION = re.compile(
    r"""\s+|<!--(?:[^-]|-(?!->))*-->|<!(?:ELEMENT|ATTLIST)\s[^<>"']*>"""
    r"""|<!ENTITY\s+([A-Za-z_][\w.-]{0,31})\s+(?:"([^"]{0,200})"|'([^']{0,200})')\s*>"""
)
_PLAIN_VALUE = re.compile(r"(?:[^&<%]|&#[0-9]{1,7};|&#[xX][0-9A-Fa-f]{1,6};)*")
MAX_ENTITY_TEXT = 1_000_000  # characters the declared entities may add to a document in all


def _with_plain_entities_expanded(text: str) -> str | None:
    """`text` without its DOCTYPE, each reference to an entity the DOCTYPE declares as plain text written out as
    character references, when it declares nothing else; else None. A feed declaring `<!ENTITY nbsp "&#160;">` for its
    own use was refused whole, its source failed on every run (hostile probe 51 F3); no entity is expanded by a parser,
    none refers to another, and what they add is bounded, so no expansion bomb gets through."""
    doctype = _DOCTYPE.search(text, 0, 64 * 1024)
    if doctype is None or re.search(r"<[A-Za-z]", text[: doctype.start()]):
        return None
    subset, position, entities = doctype.group(1), 0, {}
    while position < len(subset):
        declaration = _DECLARATION.match(subset, position)
        if declaration is None:
            return None
        if declaration.group(1):
            value = declaration.group(2) if declaration.group(2) is not None else declaration.group(3) or ""
            if not _PLAIN_VALUE.fullmatch(value):
                return None
            entities[declaration.group(1)] = "".join(
                f"&#{ord(c)};" for c in _CHARACTER_REFERENCE.sub(_character, value))
        position = declaration.end()
    added = 0

    def written_out(match: re.Match[str]) -> str:
        nonlocal added
        value = entities.get(match.group(1) or "") if not match.group().startswith("<") else None
        if value is None:
            return match.group()  # CDATA, a comment, or another reference: as it was
        added += len(value)
        if added > MAX_ENTITY_TEXT:
            raise _Refused(f"refused: the document's declared XML entities would add over {MAX_ENTITY_TEXT:,} characters")
        return value

    return _AMPERSAND.sub(written_out, text[: doctype.start()] + text[doctype.end() :])


def _defused(text: str) -> Element:
    """The document through defusedxml; one that declares entities or external references is refused (FeedError),
    a malformed one raises ParseError."""
    try:
        return fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise _Refused(f"refused: the document declares XML entities or external references ({type(exc).__name__})") from exc


# Outside CDATA sections and comments, every "&" with what it starts: a character reference, a name (";" closing
# it), or nothing (a bare "&": "S&P", "?id=5&cat=2"). A name of one letter too: "&x;" failed the whole feed.
_AMPERSAND = re.compile(
    r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|&(?:(#[0-9]{1,10}|#[xX][0-9A-Fa-f]{1,10}|[A-Za-z][A-Za-z0-9]{0,31});)?",
    re.DOTALL,
)
_XML_ENTITIES = {"amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39}


def _as_character_reference(match: re.Match[str]) -> str:
    from html.entities import name2codepoint

    if match.group().startswith("<"):
        return match.group()  # CDATA or a comment: an "&" in it is text already
    name = match.group(1)
    if name is None:
        return "&#38;"  # a bare "&": the character the site wrote
    if name.startswith("#"):
        return match.group()
    code = _XML_ENTITIES.get(name) or name2codepoint.get(name)
    if code is None:
        return f"&#38;{name};"  # no entity anyone defines: the text as written
    return f"&#{code};"


def _recover(text: str, original: ParseError) -> Element:
    """Real feeds are often slightly broken: a bare "&" ("S&P cuts rating"), HTML's named entities ("A&nbsp;B",
    "Caf&eacute;", undefined in XML). Each "&" is made what the site meant (itself, or a character reference) and the
    document parsed strictly again; only a document broken in other ways too goes to lxml's recovering parser
    (entities off), and no link it gives is used unless the document holds it as written."""

    # Every reference a character reference: libxml2's recovery drops each entity reference after the first error
    # ("?id=6&amp;cat=2" read "?id=6cat=2", "M&amp;A" read "MA") but keeps character references.
    text = _AMPERSAND.sub(_as_character_reference, text)
    try:
        return _defused(text)
    except ParseError:
        pass  # broken in other ways too: recover below
    root = _lxml_recovered(text)
    items = _item_spans(text)
    if items is not None and len(items[2]) > (found := _items_in(root, items[1])):
        # libxml2's recovery gives up at some errors ('<a href=http://x/>' in an item's HTML) and drops the rest of the
        # document: every item after the first broken one was lost (hostile probe 51 F7). Each item is then read alone.
        alone = _read_items_alone(text, *items)
        if alone is not None and _items_in(alone, items[1]) > found:
            from tradewatch.logs import get_logger

            get_logger(__name__).warning("malformed feed read item by item", extra={"kv": {
                "items": len(items[2]), "read": _items_in(alone, items[1]), "recovered_whole": found}})
            return alone
    if root is None:
        raise FeedError(f"malformed XML: {original}") from original
    return root


# A feed's or sitemap's root start tag, and the name of its items
_ROOT_START = re.compile(r"<((?:[A-Za-z_][\w.-]*:)?(rss|RDF|feed|urlset|sitemapindex))(?=[\s>])[^<>]*>")
_ITEM_OF = {"rss": "item", "rdf": "item", "feed": "entry", "urlset": "url", "sitemapindex": "sitemap"}


MAX_ROOT_TAG = 16 * 1024  # characters of a root start tag (its namespace declarations) around which items are read alone
MAX_ALONE_CHARS = 32 * 1024 * 1024  # characters of root start tags read in all, once around each item read alone


def _item_spans(text: str) -> tuple[str, str, list[tuple[int, int]]] | None:
    """The root start tag, the items' name and where each item that has an end tag is, the first
    MAX_LINKS_PER_DOCUMENT of them (in one pass: CDATA sections and comments are skipped, an item whose end tag never
    comes is left out); None when the document has no root a feed or sitemap has."""
    root = _ROOT_START.search(text)
    if root is None:
        return None
    name = _ITEM_OF[root.group(2).lower()]
    tags = re.compile(rf"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<(/?)(?:[A-Za-z_][\w.-]*:)?{name}(?=[\s>/])[^<>]*>",
                      re.DOTALL | re.IGNORECASE)
    spans: list[tuple[int, int]] = []
    opened = None
    for tag in tags.finditer(text, root.end()):
        if tag.group().startswith("<!"):
            continue
        if tag.group(1):
            if opened is not None:
                spans.append((opened, tag.end()))
                if len(spans) >= MAX_LINKS_PER_DOCUMENT:
                    break
            opened = None
        elif not tag.group().endswith("/>"):
            opened = tag.start()
    return root.group(), name, spans


def _items_in(root: Element | None, name: str) -> int:
    return 0 if root is None else sum(1 for element in root.iter() if _local(element.tag) == name)


def _read_items_alone(text: str, start_tag: str, name: str, spans: list[tuple[int, int]]) -> Element | None:
    """A document of the root and each item read on its own (strictly, else recovered, inside the root's start tag for
    its namespaces); None when the root's start tag itself is broken."""
    if len(start_tag) > MAX_ROOT_TAG:
        return None  # (it is copied around every item)
    # (and read with every item: as many items as MAX_ALONE_CHARS of root start tags allow, ~2,000 of a 16 KB one)
    spans = spans[: max(1, MAX_ALONE_CHARS // len(start_tag))]
    end_tag = f"</{start_tag[1:].split(None, 1)[0].rstrip('>')}>"
    try:
        root = _defused(start_tag + end_tag)
    except (ParseError, FeedError):
        return None
    for start, end in spans:
        wrapped = start_tag + text[start:end] + end_tag
        try:
            one: Element | None = _defused(wrapped)
        except ParseError:
            one = _lxml_recovered(wrapped)
        except FeedError:
            one = None
        root.extend(element for element in (one if one is not None else ()) if _local(element.tag) == name)
    return root


def _lxml_recovered(text: str) -> Element | None:
    """`text` read by lxml's recovering parser (entities off), its links not held as written dropped; None when it
    makes nothing of it."""
    from lxml import etree

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
    )
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        return None
    _drop_altered_links(root, text)
    # Re-parse the repaired document through the defused parser so callers see one element type.
    try:
        repaired = etree.tostring(root, encoding="unicode")
    except (UnicodeDecodeError, ValueError):
        # The recovering parser kept bytes that are not UTF-8 (a character reference to a surrogate,
        # "&#xD800;"): serialise the bytes and replace what does not decode.
        repaired = etree.tostring(root, encoding="utf-8", xml_declaration=False).decode("utf-8", "replace")
    try:
        return fromstring(repaired, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException):
        # What the recovering parser kept and writes out may still be no XML (an attribute written twice,
        # '<img src="a" src="b">' in an item's unescaped HTML): the whole feed failed on every run (hostile probe 51 F6).
        # Its tree is copied instead, element by element.
        return _copied(root)


def _copied(root: Any) -> Element:
    """An lxml tree as an ElementTree one: elements, their attributes, text and tails (comments, processing
    instructions and entity references left out, their tails kept). Walked without recursion."""
    from xml.etree.ElementTree import SubElement

    def read(get: Any) -> str | None:
        try:
            value = get()
        except (UnicodeDecodeError, ValueError):  # bytes the recovering parser kept that are no UTF-8
            return None
        return without_surrogates(value) if isinstance(value, str) else None

    top = Element(root.tag, _attributes(root))
    top.text = read(lambda: root.text)
    stack = [(root, top)]
    while stack:
        source, target = stack.pop()
        last = None
        for child in source:
            tail = read(lambda child=child: child.tail)
            if not isinstance(child.tag, str):
                if tail and last is not None:
                    last.tail = (last.tail or "") + tail
                elif tail:
                    target.text = (target.text or "") + tail
                continue
            last = SubElement(target, child.tag, _attributes(child))
            last.text, last.tail = read(lambda child=child: child.text), tail
            stack.append((child, last))
    return top


def _attributes(element: Any) -> dict[str, str]:
    try:
        return {str(name): without_surrogates(str(value)) for name, value in element.attrib.items()}
    except (UnicodeDecodeError, ValueError):
        return {}


_LINK_ELEMENTS = frozenset({"link", "guid", "loc"})
_LINK_ATTRIBUTES = ("href", "{http://www.w3.org/XML/1998/namespace}base")
# (each alternative stops at a character that starts another: linear, whatever the document)
_WRITTEN = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\Z)|>([^<>]*)(?=<)|=\s*\"([^\"<]*)\"|=\s*'([^'<]*)'", re.DOTALL)
_CHARACTER_REFERENCE = re.compile(r"&#([0-9]+|[xX][0-9A-Fa-f]+);")


def _character(match: re.Match[str]) -> str:
    number = match.group(1)
    try:
        return chr(int(number[1:], 16) if number[0] in "xX" else int(number))
    except (ValueError, OverflowError):
        return match.group()


def _normal(value: str) -> str:
    return " ".join(value.split())


def _drop_altered_links(root: Any, text: str) -> None:
    """Remove the links of a recovered document that the document does not hold as written (text of an element,
    CDATA or an attribute value): a recovering parser that dropped characters of a URL would send us to a page the
    site never named. The item without its link is skipped like any item without one, and a warning says so."""
    written: set[str] = set()
    for match in _WRITTEN.finditer(text):
        value = next(group for group in match.groups() if group is not None)
        written.add(_normal(value if match.group(1) is not None else _CHARACTER_REFERENCE.sub(_character, value)))
    dropped: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        if _local(element.tag) in _LINK_ELEMENTS and len(element) == 0 and element.text and element.text.strip():
            if _normal(element.text) not in written:
                dropped.append(element.text.strip())
                element.text = None
        for name in _LINK_ATTRIBUTES:
            value = element.get(name)
            if value is not None and _normal(value) not in written:
                dropped.append(value)
                del element.attrib[name]
    if dropped:
        from tradewatch.logs import get_logger

        get_logger(__name__).warning("links of a malformed feed dropped: the recovering parser altered them",
                                     extra={"kv": {"dropped": len(dropped), "first": dropped[0][:200]}})


def parse_feed(text: str, base_url: str) -> list[Link]:
    """Links of an RSS, Atom or sitemap document, in document order, without duplicates."""
    return list(iter_feed(text, base_url))


def iter_feed(text: str, base_url: str) -> Iterator[Link]:
    """`parse_feed`, one link at a time: the document is parsed (a malformed one raises FeedError) at the
    call, its links made only as far as the caller reads."""
    if not text or not text.strip():
        raise FeedError("empty document")
    if text.lstrip("\ufeff \t\r\n").startswith("{"):
        return _unique(_json_feed(text.lstrip("\ufeff \t\r\n"), base_url))
    text = without_surrogates(text)
    try:
        root: Element | None = _parse_xml(text)
    except _Refused:
        raise
    except FeedError as exc:
        root, malformed = None, exc
    kind = _local(root.tag) if root is not None else ""
    if kind not in _ROOTS and (start := _after_junk(text)):
        # "<br />\n<b>Deprecated</b>: ... on line 3" before the feed: a PHP notice printed ahead of a WordPress feed, the
        # whole source failed on every run ("not a feed or sitemap: root element is <br>", hostile probe 51 F2)
        root = _parse_xml(text[start:])
        kind = _local(root.tag)
        from tradewatch.logs import get_logger

        get_logger(__name__).warning("text before the feed's XML skipped",
                                     extra={"kv": {"skipped": " ".join(text[:start].split())[:200]}})
    elif root is None:
        raise malformed
    if kind == "rss" or kind == "rdf":
        links = _rss(root, base_url)
    elif kind == "feed":
        links = _atom(root, base_url)
    elif kind in ("urlset", "sitemapindex"):
        links = _sitemap(root, base_url, is_index=(kind == "sitemapindex"))
    else:
        raise FeedError(f"not a feed or sitemap: root element is <{kind}>")
    return _unique(links)


_ROOTS = frozenset({"rss", "rdf", "feed", "urlset", "sitemapindex"})
# Where a feed's XML starts after text a server printed before it (its declaration, else its root element), looked for in
# the first MAX_JUNK characters only: a page that is no feed is not searched through
_FEED_START = re.compile(r"<\?xml\s|<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF|urlset|sitemapindex)[\s>]")
MAX_JUNK = 8192


def _after_junk(text: str) -> int | None:
    """The position of a feed's XML that does not start the document (a warning, a blank line of HTML before it)."""
    found = _FEED_START.search(text, 1, MAX_JUNK)
    return found.start() if found else None


# A web page's <link> to its feed (RSS/Atom autodiscovery): in its head, near the top
_LINK_TAG = re.compile(r"<link\b[^<>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
DISCOVERY_HEAD_CHARS = 64 * 1024


def advertised_feeds(html: str, page_url: str) -> list[str]:
    """The feeds a web page names as its alternates (`<link rel="alternate" type="application/rss+xml" href>`), as
    absolute http(s) URLs, in page order: where a source's url meant for a feed should point when it names the site's
    page instead."""
    from html import unescape

    found: list[str] = []
    for tag in _LINK_TAG.finditer(html, 0, DISCOVERY_HEAD_CHARS):
        attributes = {m.group(1).lower(): unescape(next(g for g in m.groups()[1:] if g is not None))
                      for m in _ATTRIBUTE.finditer(tag.group())}
        rel = attributes.get("rel", "").lower().split()
        kind = attributes.get("type", "").split(";")[0].strip().lower()
        if "alternate" not in rel or kind not in _FEED_TYPES or not attributes.get("href"):
            continue
        url = join_url(page_url, attributes["href"])
        if _ABSOLUTE.fullmatch(url) and url not in found:
            found.append(url)
    return found


def _json_feed(text: str, base_url: str) -> Iterator[Link]:
    """A JSON Feed's (jsonfeed.org, 1.0 and 1.1) items: `url` (else `external_url`), `title`, `date_published` and
    `date_modified`. Parsed at the call: a document that is not one raises FeedError saying what it is."""
    import json

    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"malformed JSON: {str(exc)[:120]}") from None
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or "jsonfeed.org/version/" not in version:
        raise FeedError("a JSON document, not a JSON Feed (no jsonfeed.org version): not a feed or sitemap")
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError("JSON Feed without an items list")
    return _json_items(items, base_url)


def _json_items(items: list[Any], base_url: str) -> Iterator[Link]:
    for item in items:
        if not isinstance(item, dict):
            continue
        url = item.get("url") if isinstance(item.get("url"), str) else item.get("external_url")
        if not isinstance(url, str) or not url.strip():
            continue
        # (JSON's "\ud800" escape decodes to a lone surrogate, which no file or database takes: one such title sank the
        # whole source's staging, every run: hostile probe 13)
        url = without_surrogates(url)
        title = _plain(without_surrogates(item["title"])) if isinstance(item.get("title"), str) else None
        published = parse_date(_string(item.get("date_published")))
        modified = parse_date(_string(item.get("date_modified")))
        updated = modified if modified is not None and (published is None or modified > published) else None
        yield Link(join_url(base_url, url.strip()), title, published or modified, updated=updated)


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _unique(links: Iterator[Link]) -> Iterator[Link]:
    seen: set[str] = set()
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            yield link


def _rss(root: Element, base_url: str) -> Iterator[Link]:
    for item in root.iter():
        if _local(item.tag) != "item":
            continue
        url = _rss_link(item)
        guid = _own(item, "guid")
        if not url and guid is not None and guid.get("isPermaLink", "true") != "false":
            url = _permalink(_text(guid))
        if not url:  # an RSS 1.0 item names its page in rdf:about too ("identical to its <link>", which some leave out)
            url = _permalink(item.get(_RDF_ABOUT))
        if not url:
            continue
        published = parse_date(_text(_own(item, "pubdate")) or _text(_own(item, "date")))
        yield Link(join_url(base_url, url), _plain(_text(_own(item, "title"))), published)


_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"
# A guid that is a permalink: a URL a browser opens, absolute (RSS 2.0); scheme-relative ("//host/a") read as one too
_PERMALINK = re.compile(r"(?:https?:)?//[^/\s]", re.IGNORECASE)


def _permalink(guid: str | None) -> str | None:
    """An item's guid as its link, when it is a URL: isPermaLink is true unless said otherwise, and many feeds leave it
    so for ids that are no URL ("post-123", "7a1b2c"). Resolved against the feed's URL, each such id was a page of the
    feed's folder that does not exist: a 404 an item, the source partial on every run (hostile probe 51 F1)."""
    return guid if guid and _PERMALINK.match(guid) else None


def _rss_link(item: Element) -> str | None:
    """An RSS item's link: its <link>'s text, wherever it stands among the item's link elements (an <atom:link rel="self">
    before it left the item without one, hostile probe 12); else an <atom:link>'s alternate href. Its children are
    looked at first, then the elements a recovering parser put deeper (see `_deeper`)."""
    return _link_among(item) or _link_among(_deeper(item))


def _link_among(elements: Iterable[Element]) -> str | None:
    href = None
    for child in elements:
        if _local(child.tag) != "link":
            continue
        text = _text(child)
        if text:
            return text
        if href is None and child.get("href") and child.get("rel", "alternate") in _ALTERNATE:
            href = child.get("href")
    return href


# an alternate link's rel, short or as its IANA URI
_ALTERNATE = ("alternate", "http://www.iana.org/assignments/relation/alternate")
# an alternate link's type that is a web page (a PDF or audio alternate is not the article's page)
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _based(base_url: str, xml_base: str | None) -> str:
    """`base_url` with an element's xml:base (relative to it) applied, if it has one."""
    return join_url(base_url, xml_base) if xml_base else base_url


def _atom(root: Element, base_url: str) -> Iterator[Link]:
    """The entries' alternate links, resolved against xml:base (the feed's, then the entry's, then the link's:
    each relative to the one around it) and then the feed's own URL."""
    feed_base = _based(base_url, root.get(_XML_BASE))
    for entry in root.iter():  # (an entry a recovering parser put inside the one before it too, see `_deeper`)
        if _local(entry.tag) != "entry":
            continue
        entry_base = _based(feed_base, entry.get(_XML_BASE))
        href, link_base = _alternate(entry)
        if href is None:
            href, link_base = _alternate(_deeper(entry))
        if href is None:  # "<link>https://...</link>", as RSS writes it: a generator mixing the two (hostile probe 51 F12)
            href = _permalink(next((_text(e) for e in entry if _local(e.tag) == "link" and not e.get("href")), None))
        if not href:
            continue
        base = _based(entry_base, link_base)
        updated = parse_date(_text(_own(entry, "updated")))
        published = parse_date(_text(_own(entry, "published"))) or updated
        later = updated if updated is not None and published is not None and updated > published else None
        yield Link(join_url(base, href), _plain(_text(_own(entry, "title"))), published, updated=later)


def _alternate(elements: Iterable[Element]) -> tuple[str | None, str | None]:
    """The href of the first alternate link among `elements` that is a web page, else of the first alternate ("a PDF,
    then the HTML page": the page), and that link's xml:base."""
    href = link_base = None
    for link in elements:
        if _local(link.tag) == "link" and link.get("rel", "alternate") in _ALTERNATE and link.get("href"):
            page = link.get("type") is None or link.get("type", "").split(";")[0].strip().lower() in _PAGE_TYPES
            if href is None or page:
                href, link_base = link.get("href"), link.get(_XML_BASE)
            if page:
                break
    return href, link_base


def _sitemap(root: Element, base_url: str, is_index: bool) -> Iterator[Link]:
    for node in root.iter():  # (a <url> a recovering parser put inside the one before it too, see `_deeper`)
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        loc = _text(_child(node, "loc"))
        if loc:
            yield Link(join_url(base_url, loc), None, parse_date(_text(_child(node, "lastmod"))), is_sitemap=is_index)
