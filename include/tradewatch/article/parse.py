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
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            fast=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted errors on hostile markup; fall back below
        doc = None
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = meta.get("text") or ""
    title = meta.get("title")
    language = meta.get("language")
    published = _to_date(meta.get("date"))
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
        author=meta.get("author"),
    )


def _to_date(value: object) -> date | None:
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
