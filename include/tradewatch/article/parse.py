"""Main text and metadata of an article page (trafilatura, with a BeautifulSoup fallback)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ParsedArticle:
    title: str | None
    text: str
    published: date | None
    language: str | None
    author: str | None = None


_HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2})""", re.I)
_META_TITLE = re.compile(r"""<meta[^>]+(?:property|name)\s*=\s*["'](?:og:title|twitter:title|dc\.title)["'][^>]*?content\s*=\s*["']([^"']+)""", re.I)
_META_DATE = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datepublished|"""
    r"""pubdate|publishdate|publish[-_]date|date|dc\.date(?:\.issued)?|dcterms\.date|citation_publication_date)["']"""
    r"""[^>]*?content\s*=\s*["']([^"']+)""",
    re.I,
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME = re.compile(r"""<time[^>]+datetime\s*=\s*["']([^"']+)""", re.I)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")
_WS = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")


def _clean(text: str) -> str:
    lines = [_WS.sub(" ", line).strip() for line in text.splitlines()]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def parse_article(html: str, url: str | None = None, article_selector: str | None = None) -> ParsedArticle:
    """Title, main text, publication date and language of an article page.

    `article_selector` (from the source registry) narrows the text to one element when the page's
    boilerplate defeats automatic extraction."""
    import trafilatura

    doc = None
    try:
        # Metadata comes from cheap <meta>/<time>/JSON-LD scans below; trafilatura's own metadata
        # pass (htmldate) costs about a third of the whole parse.
        doc = trafilatura.bare_extraction(
            html, url=url, fast=True, with_metadata=False, include_comments=False, include_tables=True,
        )
    except Exception:  # trafilatura raises assorted errors on hostile markup; fall back below
        doc = None
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = meta.get("text") or ""
    head = html[:200_000]
    title = _first(_META_TITLE, head) or _first(_H1, head) or _first(_TITLE, head)
    language = meta.get("language")
    published = to_date(_first(_META_DATE, head) or _first(_JSONLD_DATE, head) or _first(_TIME, head))
    if not language:
        match = _HTML_LANG.search(html[:4096])
        language = match.group(1).lower() if match else None
    if article_selector or not text.strip():
        fallback_title, fallback_text, fallback_lang = _soup_text(html, article_selector)
        text = fallback_text or text
        title = title or fallback_title
        language = language or fallback_lang
    return ParsedArticle(
        title=_clean(title) if title else None,
        text=_clean(text),
        published=published,
        language=(language or None),
        author=None,
    )


def _first(pattern: re.Pattern[str], html: str) -> str | None:
    import html as html_lib

    match = pattern.search(html)
    if not match:
        return None
    value = html_lib.unescape(_TAGS.sub(" ", match.group(1))).strip()
    return " ".join(value.split()) or None


def to_date(value: object) -> date | None:
    """The date at the start of an ISO 8601 string (or a date), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _soup_text(html: str, selector: str | None) -> tuple[str | None, str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for junk in soup(["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "form"]):
        junk.decompose()
    node = None
    if selector:
        try:
            node = soup.select_one(selector)
        except Exception:
            node = None
    node = node or soup.find("article") or soup.find("main") or soup.body or soup
    title_node = soup.find("title")
    lang = soup.html.get("lang") if soup.html else None
    blocks = [b.get_text(" ", strip=True) for b in node.find_all(["p", "li", "h1", "h2", "h3", "td"])]
    text = "\n\n".join(b for b in blocks if b) or node.get_text("\n", strip=True)
    title = title_node.get_text(" ", strip=True) if title_node else None
    return title, text, (str(lang)[:2].lower() if lang else None)
