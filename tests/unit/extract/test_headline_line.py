"""A page's text opening with its headline (an <h1> inside the article): the headline is context, not a sentence."""

from __future__ import annotations

import datetime as dt

from tradewatch.extract import extract_records

DAY = dt.date(2031, 5, 14)
HEADLINE = "Kestrel Shipping sanctioned over Belarus links; Norrland Steel signs ore deal"
BODY = (
    "The Office of Foreign Assets Control (OFAC) on Tuesday designated Kestrel Shipping Ltd for moving potash "
    "for a state-owned producer.\n"
    "Separately, Norrland Steel AB signed a $240 million agreement to buy iron ore pellets from Caldera Mining "
    "Corp, the companies said.\n"
    "Brokers said freight rates were little changed on the week."
)


def _without_offsets(found: dict) -> dict:
    return {kind: [{k: v for k, v in rec.items() if k not in ("start", "end")} for rec in recs]
            for kind, recs in found.items()}


def test_a_first_line_repeating_the_headline_is_not_read_as_a_sentence() -> None:
    text = HEADLINE + "\n" + BODY
    with_headline = extract_records(text, title=HEADLINE, published=DAY)
    body_only = extract_records(BODY, title=HEADLINE, published=DAY)
    assert with_headline["sanctions"] and with_headline["deals"], with_headline
    assert _without_offsets(with_headline) == _without_offsets(body_only)
    for rec in (*with_headline["sanctions"], *with_headline["deals"]):
        # evidence is a body sentence, and the offsets still index the text that was given, headline included
        assert HEADLINE not in rec["evidence"], rec["evidence"]
        assert text[rec["start"]:rec["end"]] == rec["evidence"]


def test_the_headlines_countries_are_not_the_deals() -> None:
    found = extract_records(HEADLINE + "\n" + BODY, title=HEADLINE, published=DAY)
    (deal,) = found["deals"]
    assert "BY" not in (deal["countries"] or []), deal


def test_a_title_with_the_sites_name_after_it_still_marks_the_headline_line() -> None:
    text = HEADLINE + "\n" + BODY
    found = extract_records(text, title=f"{HEADLINE} | Baltic Freight Wire", published=DAY)
    assert found["sanctions"], found
    assert all(HEADLINE not in rec["evidence"] for rec in (*found["sanctions"], *found["deals"]))


def test_a_first_line_that_is_not_the_headline_is_read() -> None:
    # a kicker or a lead line of its own is part of the body: what it states is found
    first = "The Office of Foreign Assets Control designated Marten Logistics LLC on Tuesday"
    found = extract_records(first + "\nThe company did not respond to a request for comment.",
                            title="Treasury acts against logistics firm", published=DAY)
    assert {t["name"] for rec in found["sanctions"] for t in rec["targets"]} == {"Marten Logistics LLC"}, found
