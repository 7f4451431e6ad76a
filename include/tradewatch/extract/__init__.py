"""Record extraction: sanctions and deals stated in an article's text, with evidence offsets."""

from __future__ import annotations

import datetime as dt
from typing import Any

EXTRACTOR_VERSION = "0.1.46"  # 0.1.46: a measure withdrawn, lifted or revoked later in the article is not folded into its action; round 48

__all__ = ["EXTRACTOR_VERSION", "MAX_TEXT_CHARS", "extract_records"]

# Records are looked for in at most this much of an article (~30,000 words; a long press release is
# ~5,000): the text of a hostile or broken page beyond it is stored but not read by the rules, whose
# cost grows faster than the text's length.
MAX_TEXT_CHARS = 200_000


def extract_records(
    text: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Sanction and deal records in `text` (the article body; offsets index it).

    `title` gives context (authority, main country); `published` resolves "today" and weekdays.
    Returns {"sanctions": [...], "deals": [...]} in the shape of `tradewatch extract`. Only the first
    MAX_TEXT_CHARS characters are read (up to a line break when there is one in their second half).
    """
    from tradewatch.extract.deals import extract_deals
    from tradewatch.extract.document import Document
    from tradewatch.extract.sanctions import extract_sanctions

    doc = Document(_bounded(text or "", url), title, published, url)
    return {"sanctions": extract_sanctions(doc), "deals": extract_deals(doc)}


def _bounded(text: str, url: str | None) -> str:
    """`text`, or its first MAX_TEXT_CHARS characters (a prefix: offsets into it index `text` too)."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    cut = text.rfind("\n", 0, MAX_TEXT_CHARS + 1)
    if cut < MAX_TEXT_CHARS // 2:
        cut = MAX_TEXT_CHARS
    from tradewatch.logs import get_logger

    get_logger(__name__).warning(
        "article text too long: records looked for in its first part only",
        extra={"kv": {"url": url, "chars": len(text), "read": cut}},
    )
    return text[:cut]
