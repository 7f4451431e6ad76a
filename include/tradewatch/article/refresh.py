"""A page that only sends its reader on: <meta http-equiv="refresh" content="0; url=..."> on a page of a few words."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin, urlsplit

REFRESH_HEAD_CHARS = 64 * 1024  # of the markup searched: a redirect page is small, its meta near the top
REFRESH_MAX_WORDS = 60  # of the page's own text: more, and the page is read as itself (a live blog reloading itself)
REFRESH_MAX_DELAY = 10.0  # seconds: a later refresh ("back to the home page after 5 minutes") sends no reader on

_META = re.compile(r"<meta\b[^<>]*?http-equiv\s*=\s*[\"']?refresh[\"']?[^<>]*>", re.I)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_DELAY_URL = re.compile(r"""^\s*(\d{1,9}(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?["']?([^"']*)["']?\s*)?$""", re.I)


def refresh_target(html: str, page_url: str, text: str, header: str | None = None) -> str | None:
    """The absolute http(s) URL a page of `text` (a few words at most) sends its reader on to at once, by a meta refresh
    or a `Refresh` header (`header`, as browsers read it), or None: no such meta, a delay over REFRESH_MAX_DELAY, a
    refresh of the page itself, or a page with text of its own. Such a page was a failed page ("its text is a few words
    only: 'Redirecting to the article'") on every run, its article never read (hostile probe 50 F4)."""
    if len(text.split(None, REFRESH_MAX_WORDS)) > REFRESH_MAX_WORDS:  # (counted no further: every page is asked)
        return None
    meta = _META.search(html, 0, REFRESH_HEAD_CHARS)
    content = _CONTENT.search(meta.group(0)) if meta else None
    value = next(g for g in content.groups() if g is not None) if content else header
    found = _DELAY_URL.match(unescape(value)) if value else None
    if found is None or not found.group(2) or float(found.group(1)) > REFRESH_MAX_DELAY:
        return None
    try:
        target = urljoin(page_url, found.group(2).strip())
        scheme = urlsplit(target).scheme.lower()
    except ValueError:  # "http://[::1/x": no URL
        return None
    if scheme not in ("http", "https") or target.split("#", 1)[0] == page_url.split("#", 1)[0]:
        return None
    return target
