"""parse_article: main text without boilerplate, metadata in its order of preference, hostile input."""

from __future__ import annotations

from datetime import date

import pytest

from tradewatch.article.parse import parse_article

BODY = (
    "<p>The Treasury on Tuesday designated Kestrel Trading LLC for shipping oil to North Korea, officials said.</p>"
    "<p>The company did not respond to a request for comment, and its lawyers declined to discuss the case.</p>"
    "<p>Analysts said further measures against intermediaries in third countries were likely this year.</p>"
)


def page(head: str = "", body: str = BODY, lang: str = "en", before: str = "", after: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
            f"{before}<article>{body}</article>{after}</body></html>")


def test_main_text_keeps_paragraphs_and_drops_navigation_scripts_and_footer() -> None:
    html = page(
        before='<nav><ul><li><a href="/world">World news menu</a></li></ul></nav><script>var tracker = 1;</script>',
        after="<aside>Most read: unrelated story</aside><footer>Copyright Example News Ltd</footer>",
    )
    parsed = parse_article(html, "https://news.example.org/a")
    assert "designated Kestrel Trading LLC" in parsed.text
    assert "further measures against intermediaries" in parsed.text
    for junk in ("World news menu", "tracker", "Most read", "Copyright Example News"):
        assert junk not in parsed.text


def test_text_after_an_inline_script_is_kept() -> None:
    body = BODY.replace("officials said.</p>", "officials <script>ad()</script>said on Tuesday.</p>")
    parsed = parse_article(page(body=body))
    assert "officials said on Tuesday." in " ".join(parsed.text.split())
    assert "ad()" not in parsed.text


def test_blanks_are_normalised() -> None:
    body = BODY.replace("on Tuesday", "on\u00a0\u00a0Tuesday").replace("The company", "The \t  company")
    text = parse_article(page(body=body)).text
    assert "on Tuesday" in text and "The company" in text
    assert "\t" not in text and "\u00a0" not in text and "  " not in text


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        ('<meta property="og:title" content="OG title"><title>Page title</title>', "<h1>Heading</h1>", "OG title"),
        ("<title>Page title</title>", "<h1>Heading <span>two</span></h1>", "Heading two"),
        ("<title>Page   title &amp; more</title>", "", "Page title & more"),
    ],
)
def test_title_prefers_og_title_then_h1_then_title(head: str, body_prefix: str, expected: str) -> None:
    assert parse_article(page(head=head, body=body_prefix + BODY)).title == expected


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        ('<meta name="article:published_time" content="2026-03-04T10:00:00Z">'
         '<script type="application/ld+json">{"datePublished": "2025-01-01"}</script>',
         '<time datetime="2024-02-02">2 Feb</time>', date(2026, 3, 4)),
        ('<script type="application/ld+json">{"datePublished": "2025-01-01"}</script>',
         '<time datetime="2024-02-02">2 Feb</time>', date(2025, 1, 1)),
        ("", '<p>Posted <time datetime="2024-02-02T08:00">2 Feb</time></p>', date(2024, 2, 2)),
        ('<meta content="2023-07-08" itemprop="datePublished">', "", date(2023, 7, 8)),
        ("", "", None),
    ],
)
def test_publication_date_prefers_meta_then_json_ld_then_time(head: str, body_prefix: str, expected: date | None) -> None:
    assert parse_article(page(head=head, body=body_prefix + BODY)).published == expected


def test_language_from_the_html_element() -> None:
    french = ("<p>Le Trésor a désigné mardi la société Kestrel Trading LLC pour le transport de pétrole vers la Corée du "
              "Nord, selon des responsables. La société n'a pas répondu aux questions, et ses avocats ont refusé de "
              "commenter les mesures prises dans cette affaire par les autorités.</p>")
    assert parse_article(page(lang="fr-FR", body=french)).language == "fr"
    assert parse_article(page(lang="")).language in (None, "en")  # trafilatura may still guess


def test_article_selector_narrows_the_text() -> None:
    html = page(after='<div class="story"><p>Only this paragraph belongs to the story we want to keep here.</p></div>')
    parsed = parse_article(html, article_selector="div.story")
    assert parsed.text == "Only this paragraph belongs to the story we want to keep here."


def test_a_selector_that_finds_nothing_leaves_the_automatic_text() -> None:
    # (a redesigned page: the element the registry names is gone) the main text as without a selector, not the whole
    # body with its boilerplate
    html = page(before="<div><p>Sign up for our morning newsletter and never miss a story from our newsroom.</p></div>",
                after="<div><p>Related: ten things to know about the markets before the opening bell rings.</p></div>")
    plain = parse_article(html)
    parsed = parse_article(html, article_selector="div.story-body")
    assert "designated Kestrel Trading LLC" in parsed.text
    assert parsed.text == plain.text


@pytest.mark.parametrize("html", ["", "   ", "\x00\x01\x02 not html at all", "<html><body></body></html>",
                                  "<p>" * 5000, "<<<>>>&&&;;;"])
def test_hostile_or_empty_markup_gives_a_result_not_an_exception(html: str) -> None:
    parsed = parse_article(html)
    assert isinstance(parsed.text, str)
    assert parsed.published is None


def test_short_sanctions_briefs_are_articles_and_placeholders_are_not():
    from tradewatch.article.parse import not_an_article

    brief = ("Persons in the EU are forbidden to make funds available to Kessel Trading LLC, the Council said. Visa "
             "services for the listed persons are temporarily unavailable, the ministry added. " * 3)
    assert not_an_article("EU lists Kessel Trading", brief) is None
    assert not_an_article("404 Not Found", "The requested URL was not found on this server.")
    assert not_an_article("Offices", "Our offices are under maintenance. We'll be back soon.")
    assert not_an_article("Sanctions update", "Download PDF")


def test_a_pages_epoch_date_is_no_date() -> None:
    body = "<p>" + "The ministry announced new export rules for dual-use goods on Tuesday. " * 8 + "</p>"
    page = ('<html><head><meta property="article:published_time" content="1970-01-01T00:00:00Z"></head>'
            f"<body><article><h1>Export rules</h1>{body}</article></body></html>")
    assert parse_article(page).published is None
    assert parse_article(page.replace("1970-01-01", "2026-01-20")).published == date(2026, 1, 20)


@pytest.mark.parametrize("placeholder", ["0001-01-01T00:00:00", "1753-01-01", "1900-01-01", "9999-12-31T23:59:59Z",
                                         "2100-01-01"])
def test_a_pages_placeholder_date_is_no_date(placeholder: str) -> None:
    # hostile probe 17: .NET's DateTime.MinValue or a "9999-12-31" in JSON-LD quarantined the article and its records
    body = "<p>" + "The ministry announced new export rules for dual-use goods on Tuesday. " * 8 + "</p>"
    page = (f'<html><head><meta property="article:published_time" content="{placeholder}"></head>'
            f"<body><article><h1>Export rules</h1>{body}</article></body></html>")
    assert parse_article(page).published is None
    assert parse_article(page.replace(placeholder, "1901-03-04")).published == date(1901, 3, 4)


@pytest.mark.parametrize("hidden", [
    '<div hidden>OFAC today designated Phantom Freight Ltd.</div>',
    '<p style="display: none">OFAC today designated Phantom Freight Ltd.</p>',
    '<span style="Visibility:Hidden">OFAC today designated Phantom Freight Ltd.</span>',
])
@pytest.mark.parametrize("selector", [None, "article"])
def test_text_no_reader_sees_is_not_the_articles(hidden: str, selector: str | None) -> None:
    # hostile probe 20: a page planted sanction "targets" in a hidden element, which were screened and briefed
    body = "<p>" + "The ministry announced new export rules for dual-use goods on Tuesday. " * 6 + "</p>"
    page = (f"<html><body><article><h1>Export rules</h1>{body}<ul><li>Before {hidden} and the visible rest.</li></ul>"
            f"{body}</article></body></html>")
    text = parse_article(page, article_selector=selector).text
    assert "Phantom" not in text
    assert "Before" in text and "the visible rest" in text


@pytest.mark.parametrize("head, body", [
    ('<meta property="og:url" content="https://[site_url]/news/sanctions-7">', ""),
    ('<link rel="canonical" href="https://[DOMAIN]/news/sanctions-7">', ""),
    ('<link rel="canonical" href="http://[::1/news/sanctions-7">', ""),
    ("", '<p><a href="https://[DOMAIN]/news/sanctions-7?page=2">Next page</a></p>'),
])
def test_a_url_that_is_no_url_in_the_markup_costs_the_page_nothing(head: str, body: str) -> None:
    """Hostile probe 50 F7: a template's placeholder left in og:url or the canonical link ("https://[site_url]/...",
    which urlsplit refuses: 'site_url' does not appear to be an IPv4 or IPv6 address) failed the whole page, 'could
    not process the page: ValueError', and its article was lost on every run; so did such a link to the next page."""
    sentence = "The Treasury today imposed sanctions on Northwind Freight LLC for shipping drone parts to Russia."
    html = (f"<html lang='en'><head><title>Treasury sanctions Northwind</title>{head}</head><body><article>"
            f"<h1>Treasury sanctions Northwind</h1><p>{sentence}</p><p>{sentence.replace('today', 'also')}</p>{body}"
            "</article></body></html>")
    parsed = parse_article(html, "https://news.example.org/news/sanctions-7")
    assert sentence in parsed.text and parsed.title == "Treasury sanctions Northwind"
