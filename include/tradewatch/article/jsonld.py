"""An article's text as its page's JSON-LD gives it (`articleBody`), for pages that render the story with JavaScript.

A client-rendered page holds only its chrome in the markup (menus, a "Trending" box) and the story in
`<script type="application/ld+json">`: read from the markup, the chrome was stored as the article and its headlines
made records (hostile probe 30 H1). The JSON-LD is the publisher's own text but no reader sees it, so it is taken only
where the visible text has no prose of its own, or is a short start of it (see `prefer_body`), and it is read as
untrusted text: size-capped, markup reduced to plain text, never kept as HTML.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from typing import Any

# schema.org types whose articleBody is an article's text (a page's own object; a LiveBlogPosting's text is its
# updates, read from the markup)
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "report", "blogposting", "analysisnewsarticle", "reportagenewsarticle",
    "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "scholarlyarticle",
    "techarticle", "socialmediaposting",
})
MAX_SCRIPT_CHARS = 2_000_000  # a JSON-LD block larger than this is not read (pages carry a few KB)
MAX_BODY_CHARS = 200_000  # what the record rules read at most (extract.MAX_TEXT_CHARS)
MAX_NODES = 20_000  # JSON values visited per page
MIN_BODY_CHARS = 80  # a shorter articleBody is a summary, never the article

_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|<!--")
# A line of prose: eight words or more ending as a sentence ends (a headline, a menu entry or a byline does not).
_SENTENCE_END = re.compile(r"""[.!?]["'”’)]?$""")


@dataclass(frozen=True)
class JsonLd:
    """What a page's JSON-LD says of it: its article objects' bodies (plain text, longest first) and the types of its
    objects (top level, @graph and mainEntity: "newsarticle", "collectionpage", ...)."""

    bodies: tuple[str, ...] = ()
    types: frozenset[str] = frozenset()


def read_jsonld(tree: Any) -> JsonLd:
    """The page's JSON-LD blocks read (before its scripts are stripped); a block that is no valid JSON is passed over."""
    bodies: list[str] = []
    types: set[str] = set()
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(raw, strict=False)  # strict=False: raw newlines inside strings, as CMSs write them
        except (ValueError, RecursionError):
            continue
        for body in _walk(data, types):
            text = _plain(body)
            if len(text) >= MIN_BODY_CHARS:
                bodies.append(text)
    return JsonLd(tuple(sorted(bodies, key=len, reverse=True)), frozenset(types))


def _walk(data: Any, types: set[str]) -> list[str]:
    """The articleBody strings of the article objects in `data`; the types of the objects visited are added to
    `types`."""
    found: list[str] = []
    stack = [data]
    seen = 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            kinds = node.get("@type")
            names = {_type_name(k) for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}
            types |= names
            body = node.get("articleBody")
            if isinstance(body, str) and names & ARTICLE_TYPES:
                found.append(body)
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                if isinstance(node.get(key), (list, dict)):
                    stack.append(node[key])
    return found


def _type_name(value: str) -> str:
    """"https://schema.org/NewsArticle" and "schema:NewsArticle" as "newsarticle"."""
    return value.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower()


def _plain(body: str) -> str:
    """`body` as plain text: markup (some CMSs put the story's HTML there) read as text, entities decoded, capped."""
    from tradewatch.article.parse import _flat_text

    body = body[: MAX_BODY_CHARS * 4]
    if _MARKUP.search(body):
        text = _flat_text(body)  # block elements start lines; script and style contents are dropped
    else:
        text = html_lib.unescape(body)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)[:MAX_BODY_CHARS]


def prose_chars(text: str) -> int:
    """How many characters of `text` are in lines of prose (eight words or more, ended like a sentence)."""
    return sum(len(line) for line in (s.strip() for s in text.splitlines())
               if len(line.split()) >= 8 and _SENTENCE_END.search(line))


def prefer_body(visible: str, body: str) -> bool:
    """Whether the JSON-LD `body` is the article rather than the page's `visible` main text: the visible text has no
    prose at all (chrome, headlines, an empty app shell), or less than a third of the body's length and its first
    prose line is in the body (a teaser of it). A body unrelated to the visible prose (planted, or another story's)
    never replaces it, and a body shorter than the visible prose (a summary) neither."""
    prose = prose_chars(visible)
    if prose == 0:
        return True
    if prose * 3 > len(body):
        return False
    first = next(line for line in (s.strip() for s in visible.splitlines())
                 if len(line.split()) >= 8 and _SENTENCE_END.search(line))
    return " ".join(first.split())[:200] in " ".join(body.split())
