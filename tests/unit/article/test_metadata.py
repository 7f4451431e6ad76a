"""The page's own date, title and language, not those of the related stories, scripts and site furniture around it
(hostile probe 30: M1-M3, M8, L1, L3)."""

from __future__ import annotations

from datetime import date

import pytest

from tradewatch.article.parse import parse_article

URL = "https://news.example/world/kestrel-sanctions"
STORY = (
    "<p>The Treasury on Tuesday designated Kestrel Trading LLC for shipping oil to North Korea, officials said.</p>"
    "<p>The company did not respond to a request for comment, and its lawyers declined to discuss the case.</p>"
    "<p>Analysts said further measures against intermediaries in third countries were likely this year.</p>"
)


def page(head: str = "", article: str = "", before: str = "", after: str = "", lang: str = "en") -> str:
    """A page whose <article> holds the headline, `article` and the story, with `before`/`after` around it."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{before}'
            f"<article><h1>Treasury designates Kestrel Trading</h1>{article}{STORY}</article>{after}</body></html>")


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


def published(html: str) -> date | None:
    return parse_article(html, URL).published


# --- publication date --------------------------------------------------------------------------------------------

def test_a_related_story_cards_microdata_does_not_beat_the_pages_json_ld() -> None:
    card = ('<div class="css-4rt5"><a href="/n/3">Japan imposes export ban on Kuril Trading Co</a>'
            '<div itemscope itemtype="https://schema.org/NewsArticle">'
            '<meta itemprop="datePublished" content="2026-10-02"></div></div>')
    html = page(head=ld('{"@type":"NewsArticle","datePublished":"2026-11-19T14:00:00Z"}'), after=card)
    assert published(html) == date(2026, 11, 19)
    # nor does it date a page that has no other date
    assert published(page(after=card)) is None


def test_the_microdata_item_holding_the_headline_dates_the_page() -> None:
    html = ('<html><body><div itemscope itemtype="https://schema.org/NewsArticle"><h1>Treasury designates Kestrel</h1>'
            '<meta itemprop="datePublished" content="2026-11-18">' + STORY + "</div></body></html>")
    assert published(html) == date(2026, 11, 18)


def test_a_framework_data_blobs_related_story_is_not_the_pages_date() -> None:
    next_data = ('<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"related":'
                 '[{"title":"Older story","datePublished":"2025-03-04T10:00:00Z"}]}}}</script>')
    html = page(head=next_data + ld('{"@type":"NewsArticle","datePublished":"2026-11-23T10:00:00Z"}'))
    assert published(html) == date(2026, 11, 23)
    # a blob alone dates nothing (it is no JSON-LD)
    assert published(page(head=next_data)) is None


def test_a_live_blogs_updates_do_not_date_the_live_blog() -> None:
    blog = ('{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Live: G7 sanctions summit",'
            '"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Canada lists Arctic Freight",'
            '"datePublished":"2026-11-12T15:00:00Z"}],"datePublished":"2026-11-10T07:00:00Z"}')
    assert published(page(head=ld(blog))) == date(2026, 11, 10)


def test_the_json_ld_article_whose_url_is_the_pages_wins_over_an_earlier_one() -> None:
    objects = ('[{"@type":"NewsArticle","url":"https://news.example/world/older","datePublished":"2025-06-01"},'
               '{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://news.example/world/kestrel-sanctions/"},'
               '"datePublished":"2026-11-21"}]')
    assert published(page(head=ld(objects))) == date(2026, 11, 21)
    # without a url that matches, the first article object speaks
    assert parse_article(page(head=ld(objects)), "https://news.example/other").published == date(2025, 6, 1)


def test_json_ld_graphs_and_lists_of_other_stories() -> None:
    graph = ('{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"World Wire"},'
             '{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2024-01-01"}]},'
             '{"@type":"WebPage","datePublished":"2026-11-20","mainEntity":{"@type":"NewsArticle",'
             '"datePublished":"2026-11-21"}}]}')
    assert published(page(head=ld(graph))) == date(2026, 11, 21)
    listing = '{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2024-01-01"}]}'
    assert published(page(head=ld(listing))) is None


def test_a_header_clock_and_an_updated_date_are_not_the_publication_date() -> None:
    ticker = ('<header><a href="/">Canberra Observer</a><div class="ticker">'
              '<time datetime="2026-11-30T08:00:00+11:00">Mon 30 Nov</time> <a href="/x">Markets open</a></div></header>')
    dates = ('<p class="dates">Updated <time datetime="2026-11-29T09:00:00+11:00">29 November 2026</time>'
             ' — first published <time datetime="2026-11-20T06:00:00+11:00">20 November 2026</time></p>')
    assert published(page(before=ticker, article=dates)) == date(2026, 11, 20)
    assert published(page(article=dates)) == date(2026, 11, 20)
    # an unlabelled updated date is skipped by its markup; a lone unlabelled <time> in the article is its date
    marked = ('<span class="article-date-updated"><time datetime="2026-11-29">29 Nov</time></span>'
              '<time datetime="2026-11-20">20 Nov</time>')
    assert published(page(article=marked)) == date(2026, 11, 20)
    assert published(page(before=ticker, article='<p>By Jo Lee, <time datetime="2026-11-21">21 Nov</time></p>')) == \
        date(2026, 11, 21)


def test_a_time_marked_as_published_wins_and_a_cards_time_never_counts() -> None:
    html = page(article='<time datetime="2026-11-29">29 Nov</time> <time pubdate datetime="2026-11-19">19 Nov</time>',
                after='<section class="more"><article><a href="/n/9">Older story</a>'
                      '<time datetime="2026-12-01">1 Dec</time></article></section>')
    assert published(html) == date(2026, 11, 19)
    card_only = page(after='<div class="related-stories"><time datetime="2026-12-01">1 Dec</time></div>')
    assert published(card_only) is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # JSON-LD published beats modified, also when modified comes first, and beats article:modified_time
        ('<meta property="article:modified_time" content="2026-11-28T10:00:00Z">'
         + ld('{"@type":"NewsArticle","dateModified":"2026-11-28","datePublished":"2026-11-27T09:00:00Z"}'),
         date(2026, 11, 27)),
        # GOV.UK: first published, not updated
        ('<meta name="govuk:first-published-at" content="2026-11-25T10:00:00.000+00:00">'
         '<meta name="govuk:updated-at" content="2026-11-28T15:00:00.000+00:00">', date(2026, 11, 25)),
        ('<meta name="govuk:updated-at" content="2026-11-28T15:00:00.000+00:00">'
         + ld('{"@context":"http://schema.org","@type":"NewsArticle","datePublished":"2026-11-25T10:00:00.000+00:00",'
              '"dateModified":"2026-11-28T15:00:00.000+00:00"}'), date(2026, 11, 25)),
        # head meta first, then JSON-LD; a placeholder date lets the next one speak
        ('<meta property="article:published_time" content="2026-03-04T10:00:00Z">'
         + ld('{"@type":"NewsArticle","datePublished":"2025-01-01"}'), date(2026, 3, 4)),
        ('<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
         + ld('{"@type":"NewsArticle","datePublished":"2025-01-01"}'), date(2025, 1, 1)),
        # JSON-LD that is no valid JSON (a raw quote in its body) still gives its date, as a last resort
        (ld('{"@type":"NewsArticle","articleBody":"He said "no" twice","datePublished":"2026-02-03"}'),
         date(2026, 2, 3)),
    ],
)
def test_the_pages_own_dates_in_their_order(head: str, expected: date) -> None:
    assert published(page(head=head)) == expected


# --- title -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="Mon, 03 Mar 2025 10:00:00 GMT">',
        '<meta name="date" content="March 3, 2025">',
        '<meta name="dc.date" content="03.03.2025">',
        '<meta name="date" content="2025-3-3">',
        '<meta name="date" content="2025/03/03">',
        ld('{"@type":"NewsArticle","datePublished":"3 March 2025"}'),
    ],
)
def test_a_date_written_otherwise_than_iso_dates_the_page(head: str) -> None:
    # hostile probe 33 F8: each was no date, silently
    parsed = parse_article(page(head=head), URL)
    assert (parsed.published, parsed.unread_date) == (date(2025, 3, 3), None)


def test_a_written_time_dates_the_page() -> None:
    assert published(page(article='<time datetime="March 3, 2025">3 March</time>')) == date(2025, 3, 3)


def test_a_date_no_one_can_read_is_kept_to_be_reported_and_a_placeholder_is_not() -> None:
    unreadable = parse_article(page(head='<meta name="date" content="3rd of the month">'), URL)
    assert (unreadable.published, unreadable.unread_date) == (None, "3rd of the month")
    placeholder = parse_article(page(head='<meta name="date" content="1970-01-01">'), URL)
    assert (placeholder.published, placeholder.unread_date) == (None, None)
    later = parse_article(page(head='<meta name="date" content="soon">', article='<time datetime="2025-03-03">x</time>'),
                          URL)
    assert (later.published, later.unread_date) == (date(2025, 3, 3), None)


def test_an_og_title_that_is_the_sites_name_gives_way_to_the_headline() -> None:
    head = ('<title>Treasury designates Kestrel Trading | Northern Affairs Weekly</title>'
            '<meta property="og:title" content="Northern Affairs Weekly">')
    assert parse_article(page(head=head + '<meta property="og:site_name" content="Northern Affairs Weekly">'),
                         URL).title == "Treasury designates Kestrel Trading"
    # no og:site_name: the <title>'s site part names the site too
    assert parse_article(page(head=head), URL).title == "Treasury designates Kestrel Trading"
    # a real og:title is kept
    real = '<meta property="og:title" content="US designates Kestrel"><meta property="og:site_name" content="NAW">'
    assert parse_article(page(head=real), URL).title == "US designates Kestrel"


def _titled(head: str, before: str = "") -> str:
    return f'<html lang="en"><head>{head}</head><body>{before}<div class="story">{STORY}</div></body></html>'


@pytest.mark.parametrize(
    ("head", "before", "expected"),
    [
        ('<title>UK sanctions Harbin Precision Tools | World Wire</title>'
         '<meta property="og:site_name" content="World Wire">', "", "UK sanctions Harbin Precision Tools"),
        ("<title>UK sanctions Harbin Precision Tools - World  Wire</title>", '<a href="/">World Wire</a>',
         "UK sanctions Harbin Precision Tools"),
        ("<title>UK sanctions Harbin Precision Tools – GOV.UK</title>",
         '<a href="https://news.example"><img alt="GOV.UK" src="/logo.png"></a>', "UK sanctions Harbin Precision Tools"),
        # a dash that is part of the headline, not the site's name, stays
        ("<title>Sanctions - what changes for exporters</title>", '<a href="/">World Wire</a>',
         "Sanctions - what changes for exporters"),
        ('<title>World Wire</title><meta property="og:site_name" content="World Wire">', "", "World Wire"),
    ],
)
def test_a_titles_site_suffix_is_cut_when_it_names_the_site(head: str, before: str, expected: str) -> None:
    assert parse_article(_titled(head, before), URL).title == expected


def test_the_json_ld_headline_stands_in_for_a_missing_h1() -> None:
    head = ("<title>UK sanctions Harbin Precision Tools for supplying Russia | Wire</title>"
            + ld('{"@type":"NewsArticle","headline":"UK sanctions Harbin Precision Tools for supplying Russia"}'))
    assert parse_article(_titled(head), URL).title == "UK sanctions Harbin Precision Tools for supplying Russia"


# --- language ----------------------------------------------------------------------------------------------------

GERMAN = ("<p>Das Eidgenössische Departement für Wirtschaft hat am Dienstag die Vermögenswerte der Alpina Commodities AG "
          "eingefroren. Die Gesellschaft mit Sitz in Zug hat nach Angaben des Departements russisches Erdöl gehandelt, "
          "und sie wird von der Behörde auch auf die Liste der sanktionierten Unternehmen gesetzt.</p>")
ENGLISH = ("<p>The Federal Department of Economic Affairs on Tuesday froze the assets of Alpina Commodities AG. The "
           "company, which is based in Zug, has traded Russian crude oil, the department said, and it was also added "
           "to the list of sanctioned companies.</p>")


def _language(body: str, lang: str) -> str | None:
    return parse_article(f'<html lang="{lang}"><head><title>Alpina</title></head><body><header>'
                         '<a href="/">Startseite</a></header><article><h1>Alpina Commodities AG</h1>'
                         f"{body}</article></body></html>", URL).language


def test_the_language_of_the_extracted_text_wins_over_a_templates_html_lang() -> None:
    assert _language(ENGLISH + STORY, "de") == "en"
    assert _language(GERMAN * 2, "en") == "de"


def test_the_declared_language_stays_when_the_text_agrees_or_is_bilingual() -> None:
    assert _language(GERMAN * 2, "de") == "de"
    assert _language(ENGLISH + STORY, "en") == "en"
    assert _language(GERMAN + ENGLISH, "de") == "de"  # both halves: the page's own word stands
    assert _language("<p>Sanctions: Kestrel Trading LLC.</p>", "fr") == "fr"  # too few words to say
