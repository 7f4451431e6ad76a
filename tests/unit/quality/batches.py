"""Batch builders for the quality tests: a consistent, valid batch that tests then spoil on purpose."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pandas as pd

VALIDATED_AT = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
PUBLISHED_AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:20]


def make_batch(n_articles: int = 3) -> dict[str, pd.DataFrame]:
    """n articles, each with one sanction (two targets) and one deal (two parties); all valid."""
    articles, sanctions, targets, deals, parties = [], [], [], [], []
    for i in range(n_articles):
        article_id = _id("article", i)
        sanction_evidence = f"The Council froze the assets of Acme Shipping {i} and its owner."
        deal_evidence = f"Globex {i} agreed to buy a stake in Initech for $5 million."
        text = f"Headline {i}.\n{sanction_evidence}\nMore text follows.\n{deal_evidence}\nEnd."
        articles.append({
            "article_id": article_id, "source_id": f"source_{i % 2}", "url": f"https://news.example.org/{i}",
            "title": f"Story {i}", "published_at": PUBLISHED_AT, "text": text, "language": "en",
            "sha256": _id("body", i), "fetched_at": VALIDATED_AT, "first_seen_at": VALIDATED_AT,
            "last_seen_at": VALIDATED_AT,
        })
        sanction_id = _id("sanction", i)
        start = text.index(sanction_evidence)
        sanctions.append({
            "sanction_id": sanction_id, "article_id": article_id, "authority": "Council of the EU",
            "authority_country": "EU", "unnamed_targets": None, "measure": "asset_freeze", "program": "RUS",
            "date": date(2026, 2, 28), "amount": 1000.0, "currency": "EUR", "amount_usd": 1080.0,
            "evidence": sanction_evidence, "start_offset": start, "end_offset": start + len(sanction_evidence),
            "confidence": 0.9, "extractor_version": "1",
        })
        for idx, (name, kind, country) in enumerate([(f"Acme Shipping {i}", "organization", "RU"),
                                                     ("Ivan Petrov", "person", "RU")]):
            targets.append({"sanction_id": sanction_id, "target_idx": idx, "article_id": article_id,
                            "name": name, "kind": kind, "country": country})
        deal_id = _id("deal", i)
        start = text.index(deal_evidence)
        deals.append({
            "deal_id": deal_id, "article_id": article_id, "deal_type": "acquisition", "sector": "software",
            "countries": ["US", "DE"], "value": 5e6, "currency": "USD", "value_usd": 5e6,
            "date": date(2026, 3, 1), "evidence": deal_evidence, "start_offset": start,
            "end_offset": start + len(deal_evidence), "confidence": 0.8, "extractor_version": "1",
        })
        for idx, (name, country) in enumerate([(f"Globex {i}", "US"), ("Initech", "DE")]):
            parties.append({"deal_id": deal_id, "party_idx": idx, "article_id": article_id,
                            "name": name, "country": country})
    frames = {
        "articles": pd.DataFrame(articles),
        "sanctions": pd.DataFrame(sanctions),
        "sanction_targets": pd.DataFrame(targets),
        "deals": pd.DataFrame(deals),
        "deal_parties": pd.DataFrame(parties),
    }
    for column in ("published_at", "fetched_at", "first_seen_at", "last_seen_at"):
        frames["articles"][column] = pd.to_datetime(frames["articles"][column], utc=True)
    return frames
