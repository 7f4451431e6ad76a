"""Record extraction: sanctions and deals stated in an article's text, with evidence offsets."""

from __future__ import annotations

import datetime as dt
from typing import Any

EXTRACTOR_VERSION = "0.1.0"

__all__ = ["EXTRACTOR_VERSION", "extract_records"]


def extract_records(
    text: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Sanction and deal records in `text` (the article body; offsets index it).

    `title` gives context (authority, main country); `published` resolves "today" and weekdays.
    Returns {"sanctions": [...], "deals": [...]} in the shape of `tradewatch extract`.
    """
    from tradewatch.extract.deals import extract_deals
    from tradewatch.extract.document import Document
    from tradewatch.extract.sanctions import extract_sanctions

    doc = Document(text or "", title, published, url)
    return {"sanctions": extract_sanctions(doc), "deals": extract_deals(doc)}
