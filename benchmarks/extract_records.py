"""Benchmark: articles per second for extract_records, and for parse_article + extract_records."""

from __future__ import annotations

import datetime as dt
import html
import time
from pathlib import Path

# Corpus-like sentences written for this benchmark (not copied from any article).
_SENTENCES = [
    "The Treasury's Office of Foreign Assets Control on Tuesday sanctioned Kestrel Trading LLC and the tanker Grey Heron.",
    "Three other entities and two individuals were also designated for shipping oil to North Korea.",
    "The European Union imposed an asset freeze and a travel ban on Ivan Petrovich SOKOLOV.",
    "Orion Metals Corp. agreed to acquire Vela Mining Ltd. for $850 million, the companies said on Monday.",
    "Analysts said the market reacted calmly and shares closed slightly higher in London trading.",
    "The Bureau of Industry and Security added Northwind Microelectronics Co. to the Entity List.",
    "Britain's Office of Financial Sanctions Implementation fined Marlow Bank plc £1.5 million.",
    "The European Investment Bank and Lumen Automotive S.p.A. signed a EUR 300 million loan for research.",
    "Officials from both countries discussed tariffs and farm exports but reached no agreement.",
    "Weather in the region stayed mild through the week, according to the national forecaster.",
]


def build_article(size: int = 5000) -> str:
    parts: list[str] = []
    i = 0
    while sum(len(p) + 1 for p in parts) < size:
        parts.append(_SENTENCES[i % len(_SENTENCES)])
        i += 1
        if i % 4 == 0:
            parts.append("\n")
    return " ".join(parts)


def _corpus_articles() -> list[str]:
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "docs"
    return [p.read_text(encoding="utf-8").partition("\n")[2] for p in sorted(corpus.glob("*.txt"))]


def _rate(fn, items: list, min_seconds: float = 2.0) -> float:
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < min_seconds:
        for item in items:
            fn(item)
        done += len(items)
    return done / (time.perf_counter() - start)


def main() -> None:
    from tradewatch.extract import extract_records

    published = dt.date(2024, 3, 5)
    synthetic = [build_article() + f" Item {n}." for n in range(20)]
    extract_records(synthetic[0], published=published)  # warm-up: lexicons load once
    rate = _rate(lambda t: extract_records(t, title="Sanctions and deals", published=published), synthetic)
    print(f"extract_records, synthetic 5 KB articles: {rate:,.0f} articles/s (one core)")

    corpus = _corpus_articles()
    if corpus:
        padded = [(t * (1 + 5000 // max(len(t), 1)))[:5000] for t in corpus]
        rate = _rate(lambda t: extract_records(t, published=published), padded)
        print(f"extract_records, corpus texts cut/padded to 5 KB: {rate:,.0f} articles/s (one core)")

    try:
        from tradewatch.article.parse import parse_article
    except ImportError:
        print("parse_article not available: whole-path figure skipped")
        return
    pages = [
        "<html><head><title>Sanctions news</title><meta property='article:published_time' content='2024-03-05'></head>"
        "<body><article><h1>Sanctions news</h1>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in t.split("\n") if p.strip())
        + "</article></body></html>"
        for t in synthetic
    ]

    def whole(page: str) -> None:
        parsed = parse_article(page, "https://example.org/news/1")
        extract_records(parsed.text, title=parsed.title, published=parsed.published)

    rate = _rate(whole, pages)
    print(f"parse_article + extract_records, 5 KB HTML articles: {rate:,.0f} articles/s (one core)")


if __name__ == "__main__":
    main()
