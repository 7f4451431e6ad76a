"""Redirect pages: the URL a meta refresh of a page of a few words sends its reader on to."""

from __future__ import annotations

import pytest

from tradewatch.article.refresh import refresh_target

PAGE = "https://news.example.org/go/7"


@pytest.mark.parametrize(("meta", "expected"), [
    ('<meta http-equiv="refresh" content="0; url=/story/7">', "https://news.example.org/story/7"),
    ("<META HTTP-EQUIV=Refresh CONTENT=\"0;URL='https://other.example.com/a?b=1&amp;c=2'\">", "https://other.example.com/a?b=1&c=2"),
    ('<meta content="3, /story/7" http-equiv="refresh">', "https://news.example.org/story/7"),
    ('<meta http-equiv="refresh" content="0">', None),  # a reload
    ('<meta http-equiv="refresh" content="0; url=/go/7">', None),  # itself
    ('<meta http-equiv="refresh" content="600; url=/">', None),  # later: back to the home page
    ('<meta http-equiv="refresh" content="0; url=javascript:alert(1)">', None),
    ('<meta http-equiv="refresh" content="0; url=data:text/html,x">', None),
    ('<meta name="refresh" content="0; url=/story/7">', None),
    ('<meta http-equiv="refresh" content="0; url=http://[::1/story/7">', None),  # no URL (urljoin raises)
    ('<meta http-equiv="refresh" content="0; url=https://[DOMAIN]/story/7">', None),
])
def test_the_target_of_a_redirect_page(meta: str, expected: str | None) -> None:
    assert refresh_target(f"<html><head>{meta}</head><body>Redirecting</body></html>", PAGE, "Redirecting") == expected


def test_a_page_with_text_of_its_own_is_no_redirect_page() -> None:
    html = '<html><head><meta http-equiv="refresh" content="0; url=/story/7"></head><body>...</body></html>'
    assert refresh_target(html, PAGE, "word " * 61) is None
    assert refresh_target(html, PAGE, "word " * 60) == "https://news.example.org/story/7"


def test_a_refresh_header_sends_a_page_of_a_few_words_on_too() -> None:
    page = "<html><body>Moved.</body></html>"
    assert refresh_target(page, PAGE, "Moved.", "0; url=/story/7") == "https://news.example.org/story/7"
    assert refresh_target(page, PAGE, "Moved.", "0") is None and refresh_target(page, PAGE, "Moved.") is None
