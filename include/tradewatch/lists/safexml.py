"""Streaming XML parsing that refuses DTD entities, external fetches and huge trees."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml import etree

# Official lists never declare entities or reference external resources; any document that
# does is either broken or hostile, so we refuse it before the parser sees it.
_FORBIDDEN = re.compile(rb"<!ENTITY|<!DOCTYPE[^>]*\b(SYSTEM|PUBLIC)\b", re.IGNORECASE)
_PROLOG_BYTES = 64 * 1024


class UnsafeXMLError(ValueError):
    """The document declares entities or external resources."""


def check_prolog(path: Path) -> None:
    """Reject a file whose prolog (everything before the root element) declares entities or a DTD URL."""
    with open(path, "rb") as fh:
        head = fh.read(_PROLOG_BYTES)
    # The prolog ends at the first start tag that is not `<?` or `<!`.
    match = re.search(rb"<[^?!]", head)
    prolog = head if match is None else head[: match.start()]
    if _FORBIDDEN.search(prolog):
        raise UnsafeXMLError(f"{path.name}: XML declares entities or an external DTD; refusing to parse it")


def _refuse_declared_entities(path: Path, elem: Any) -> None:
    info = elem.getroottree().docinfo
    dtd = info.internalDTD
    if info.system_url or info.public_id or (dtd is not None and any(True for _ in dtd.iterentities())):
        raise UnsafeXMLError(f"{path.name}: XML declares entities or an external DTD; refusing to parse it")


def local(tag: Any) -> str:
    """Tag name without its namespace (`{ns}sdnEntry` -> `sdnEntry`)."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


# A list's entries are a few KB each (the largest official ones well under 1 MB; a broken one of 150,000 aliases, 11 MB,
# is still read): this much of a file without a wanted element ending is no list of this format. libxml2 keeps every
# element it has parsed (~130 bytes each: ~34 bytes of memory a byte of "<a/><a/>..."), and only a wanted element's
# end lets us free what came before it.
MAX_BYTES_BETWEEN_ELEMENTS = 16 * 1024 * 1024
_READ_BYTES = 256 * 1024


class MalformedListError(ValueError):
    """The document is not a list of the expected format (no wanted elements where they must be)."""


def iter_elements(path: Path, tags: set[str]) -> Iterator[etree._Element]:
    """Yield each complete element whose local name is in `tags`, freeing it (and its siblings) after use.

    Second line of defence after `check_prolog`: the parser itself neither substitutes entities nor
    touches the network, and keeps libxml2's limits on tree depth and text size. The file is fed to it in
    chunks, so that more than MAX_BYTES_BETWEEN_ELEMENTS without a wanted element ending (a file of other
    elements, one entry of megabytes) stop it with `MalformedListError` while memory is still small.
    """
    from lxml import etree

    check_prolog(path)
    parser = etree.XMLPullParser(
        events=("end",),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        # Only the wanted elements come out as Python objects: with one for every element, freeing an
        # entry of 80,000 aliases took lxml 15 s (quadratic in the entry's size); this way 0.1 s.
        tag=[f"{{*}}{name}" for name in sorted(tags)],
    )
    checked = False
    gap = 0  # bytes fed since the last wanted element ended
    wanted = " or ".join(f"<{name}>" for name in sorted(tags))
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(_READ_BYTES)
            if chunk:
                parser.feed(chunk)
                gap += len(chunk)
            else:
                parser.close()  # raises XMLSyntaxError on a truncated or malformed document
            for _event, elem in parser.read_events():
                if not checked:
                    # The prolog check reads the first 64 KB of bytes; a DOCTYPE behind a long comment, inside what
                    # looked like a start tag, or in UTF-16 passed it, and entity references then cut names short.
                    # The parser's own view of the document type, at its first element, is the one that counts.
                    _refuse_declared_entities(path, elem)
                    checked = True
                gap = 0
                yield elem
                elem.clear(keep_tail=False)
                parent = elem.getparent()
                if parent is not None:
                    while elem.getprevious() is not None:
                        del parent[0]
            if gap > MAX_BYTES_BETWEEN_ELEMENTS:
                raise MalformedListError(
                    f"{path.name}: {gap // (1024 * 1024)} MB of XML without a complete {wanted} element: not a list "
                    "of this format (check the list's URL and format in its registry entry)"
                )
            if not chunk:
                return


def child_text(elem: etree._Element, name: str) -> str | None:
    """Text of the first direct child with this local name (namespace-agnostic)."""
    for child in elem:
        if local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


def children(elem: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in elem if local(child.tag) == name]


def descendants(elem: etree._Element, name: str) -> list[etree._Element]:
    return [d for d in elem.iter() if local(d.tag) == name]
