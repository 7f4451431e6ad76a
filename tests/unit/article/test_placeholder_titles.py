"""not_an_article: a headline holding an error phrase is an article, an error page is not; a paywall teaser is no
article (hostile probe 30 M5, M6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewatch.article.parse import not_an_article, parse_article

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def parsed(name: str):  # noqa: ANN201
    return parse_article((PAGES / name).read_text(encoding="utf-8"), f"https://news.example.org/{name}")


def test_a_headline_holding_an_error_phrase_is_an_article() -> None:
    page = parsed("access_headline.html")
    assert not_an_article(page.title, page.text) is None


@pytest.mark.parametrize("title", ["Captcha farm operators in Vietnam sanctioned by the US Treasury",
                                   "Service unavailable: EU cuts three Russian banks off from SWIFT"])
def test_headlines_with_placeholder_words_are_articles(title: str) -> None:
    page = parsed("access_headline.html")
    assert not_an_article(title, page.text) is None


@pytest.mark.parametrize(("title", "text"), [
    ("Access Denied", None),
    ("Error 404 - The page you requested does not exist", "Sorry, we could not find that page. Go back home."),
    ("Access denied: you need a subscription to read sanctions coverage on this site",
     "Please sign in. Your account. Email address. Password. Forgot your password?"),
])
def test_error_pages_are_still_no_articles(title: str, text: str | None) -> None:
    page = parsed("access_denied.html")
    assert not_an_article(title, text or page.text) is not None


def test_a_paywall_teaser_is_no_article() -> None:
    page = parsed("paywall.html")
    reason = not_an_article(page.title, page.text)
    assert reason is not None and reason.startswith("a paywall")


def test_a_long_article_ending_with_a_prompt_or_one_mentioning_subscriptions_is_an_article() -> None:
    page = parsed("article_related.html")
    long_text = "\n".join([page.text] * 8) + "\nSubscribe now to continue reading our sanctions coverage."
    assert not_an_article(page.title, long_text) is None
    mention = ("Streaming groups said on Tuesday that fewer users now subscribe to read the news, analysts said, and "
               "their shares rose 3% in New York trading.\n" + page.text)
    assert not_an_article(page.title, mention) is None
