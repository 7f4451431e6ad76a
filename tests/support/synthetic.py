"""Synthetic news sites from a seed: article pages (5-20 KB, with boilerplate) and their RSS feeds.

Pages are generated on demand from (seed, index), so a site of 10,000 articles costs no disk and
no memory; the same index always yields the same bytes (stable ETags, stable article ids).
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

AUTHORITIES = [
    ("The U.S. Treasury Department's Office of Foreign Assets Control (OFAC)", "designated"),
    ("The UK Office of Financial Sanctions Implementation (OFSI)", "imposed an asset freeze on"),
    ("The Council of the European Union", "added to its sanctions list"),
    ("The U.S. Bureau of Industry and Security (BIS)", "added to the Entity List"),
]
COMPANIES = [
    "Volga Maritime Holdings LLC", "Caspian Freight Services JSC", "Northern Star Trading Ltd",
    "Amur Petroleum Logistics", "Golden Crescent Shipping FZE", "Baltic Energy Partners",
    "Sino-Pacific Components Co Ltd", "Red Sea Commodities SA", "Ural Precision Machinery",
    "Orion Dual-Use Electronics GmbH",
]
COUNTRIES = ["Russia", "Iran", "North Korea", "Belarus", "Syria", "China", "Venezuela", "Myanmar"]
BUYERS = ["Rolls-Royce", "Siemens Energy", "Maersk", "Tata Steel", "BHP", "Vale", "Petrobras", "Airbus"]
SECTORS = ["liquefied natural gas", "steel", "semiconductors", "grain", "aircraft engines", "copper ore"]
FILLER = [
    "Officials said the measures were coordinated with allied governments and would be reviewed in six months.",
    "Analysts at several banks said the decision had been widely expected after weeks of negotiations.",
    "The ministry did not respond to a request for comment on Tuesday evening.",
    "Trade volumes between the two countries have fallen sharply since the previous round of restrictions.",
    "Shipping data compiled by brokers showed tankers idling outside the port for a third consecutive week.",
    "Lawyers advising exporters said compliance teams were still assessing the scope of the new rules.",
    "The announcement follows a series of enforcement actions against intermediaries in third countries.",
    "Industry groups welcomed the clarity but warned of higher costs for small and medium-sized firms.",
]
BOILERPLATE = (
    '<header><nav><ul>' + "".join(f'<li><a href="/section/{s}">{s.title()}</a></li>' for s in
                                   ("world", "business", "markets", "politics", "opinion", "sanctions", "trade"))
    + '</ul></nav><div class="promo">Subscribe for unlimited access to our journalism.</div></header>'
)
FOOTER = (
    '<footer><p>&copy; 2026 Synthetic News Ltd. All rights reserved.</p><ul>'
    + "".join(f'<li><a href="/legal/{p}">{p}</a></li>' for p in ("terms", "privacy", "cookies", "contact"))
    + "</ul></footer>"
)
BASE_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def published(i: int) -> datetime:
    # within the 30 days before the benchmark's and the tests' logical dates (2026-02-01): never "in the future"
    return BASE_DATE + timedelta(hours=i % 720)


def article_path(i: int) -> str:
    return f"/news/{published(i):%Y/%m}/article-{i}.html"


def article_html(seed: int, i: int, revision: int = 0) -> bytes:
    """One news page, 5-20 KB, mentioning a sanction and a deal most of the time."""
    rng = random.Random(f"{seed}:{i}:{revision}")
    authority, verb = rng.choice(AUTHORITIES)
    target = rng.choice(COMPANIES)
    country = rng.choice(COUNTRIES)
    buyer, seller = rng.sample(BUYERS, 2)
    sector = rng.choice(SECTORS)
    amount = rng.randint(2, 900)
    when = published(i)
    title = f"{target} sanctioned over {country} links; {buyer} signs {sector} deal"
    paras = [
        f"{authority} on {when:%d %B %Y} {verb} {target}, a company based in {country}, "
        f"for supplying the military sector.",
        f"Separately, {buyer} signed a ${amount} million agreement to buy {sector} from {seller}, the companies said.",
    ]
    target_size = rng.randint(5_000, 19_000)
    body_len = len(BOILERPLATE) + len(FOOTER) + 600
    while body_len < target_size:
        para = " ".join(rng.choice(FILLER) for _ in range(rng.randint(3, 6)))
        paras.append(para)
        body_len += len(para) + 8
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta property="article:published_time" content="{when.isoformat()}">'
        f'<meta name="author" content="Staff reporter"></head><body>{BOILERPLATE}'
        f'<main><article><h1>{escape(title)}</h1><p class="byline">By Staff reporter, {when:%d %B %Y}</p>'
        + "".join(f"<p>{escape(p)}</p>" for p in paras)
        + f"</article></main>{FOOTER}</body></html>"
    )
    return html.encode("utf-8")


def etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


def rss_feed(base_url: str, indices: range | list[int], title: str = "Synthetic news") -> bytes:
    """An RSS 2.0 feed linking the given articles (newest first)."""
    items = "".join(
        f"<item><title>Article {i}</title><link>{base_url}{article_path(i)}?utm_source=rss</link>"
        f"<pubDate>{format_datetime(published(i))}</pubDate></item>"
        for i in sorted(indices, reverse=True)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>{base_url}/</link>{items}</channel></rss>"
    ).encode()


def source_yaml(source_id: str, url: str, kind: str = "rss", max_articles: int = 50, **extra: object) -> str:
    """A registry file for a synthetic source."""
    lines = [
        f"id: {source_id}", f"name: Synthetic {source_id}", "publisher: Synthetic News Ltd", f"kind: {kind}",
        f"url: {url}", "terms: synthetic test site on 127.0.0.1", f"max_articles: {max_articles}", "language: en",
    ]
    lines += [f"{k}: {v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"
