"""Canonical URLs and article ids: the same article under two URLs gets one id."""

from __future__ import annotations

import pytest

from tradewatch.fetch.urls import article_id, canonical_url, host_of


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.ORG/News/1", "http://example.org/News/1"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("http://example.org:8080/a", "http://example.org:8080/a"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/a#section-2", "https://example.org/a"),
        ("https://example.org/a?utm_source=x&utm_medium=email&id=7", "https://example.org/a?id=7"),
        ("https://example.org/a?fbclid=abc&gclid=def", "https://example.org/a"),
        ("https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org/a?UTM_Campaign=x&p=1", "https://example.org/a?p=1"),
        ("  https://example.org./a  ", "https://example.org/a"),
        ("https://example.org/news/./a.html", "https://example.org/news/a.html"),
        ("https://example.org/news/2026/../a.html", "https://example.org/news/a.html"),
        ("https://example.org/../../a", "https://example.org/a"),
        ("https://example.org/news/b/..", "https://example.org/news/"),
        ("https://example.org/news/.", "https://example.org/news/"),
        ("https://example.org/news/%61%2Dz%7e.html", "https://example.org/news/a-z~.html"),
        ("https://example.org/caf%c3%a9/a%2fb", "https://example.org/caf%C3%A9/a%2Fb"),
        ("https://example.org/v1.2/.well-known/a..b", "https://example.org/v1.2/.well-known/a..b"),
        # control characters and raw spaces in a path are escaped, never stored as they are
        ("https://example.org/a\x1b[31mb c", "https://example.org/a%1B[31mb%20c"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", ["https://Example.org:443/x?utm_source=a&z=1&a=2#frag",
                                 "https://example.org/a/./b/../%7Ec/%e2%82%ac/.."])
def test_canonical_url_is_idempotent(url):
    assert canonical_url(canonical_url(url)) == canonical_url(url)


def test_same_article_under_two_urls_same_id():
    a = "https://news.example.org/2026/01/ofac-designates?utm_source=rss&utm_medium=feed"
    b = "HTTPS://NEWS.example.org:443/2026/01/ofac-designates#comments"
    assert article_id(a) == article_id(b)
    assert len(article_id(a)) == 20


def test_different_articles_different_ids():
    assert article_id("https://example.org/a?id=1") != article_id("https://example.org/a?id=2")
    assert article_id("https://example.org/a") != article_id("https://example.org/b")
    assert article_id("http://example.org/a") != article_id("https://example.org/a")  # scheme kept: not assumed equal


def test_path_case_is_kept():
    assert article_id("https://example.org/A") != article_id("https://example.org/a")


def test_host_of():
    assert host_of("HTTP://127.0.0.1:8080/a/b?c") == "http://127.0.0.1:8080"


@pytest.mark.parametrize(
    "url",
    [
        "https://Example.org:443/x?utm_source=a&z=1&a=2#frag",
        "https://example.org/search?q=a+b&q=c%20d&empty=",
        "http://example.org:8080/caf%C3%A9/%7Euser/?x=%2F",
        "https://example.org/a;params?b=1&b=0",
        "https://[2001:db8::1]:8443/p?x=1",
    ],
)
def test_crawl_id_of_a_canonical_url_is_its_article_id(url):
    # The crawl canonicalises each link once and hashes the result directly.
    from tradewatch.fetch.urls import canonical_id

    canonical = canonical_url(url)
    assert canonical_url(canonical) == canonical
    assert canonical_id(canonical) == article_id(url)


# Red team round 2: session ids made every visit a new article; Latin-1 query strings merged three articles into one.
@pytest.mark.parametrize(("url", "expected"), [
    ("http://news.example/story.html?sid=26338ae40e47", "http://news.example/story.html"),
    ("http://news.example/story.html;jsessionid=0A1B2C3D4E", "http://news.example/story.html"),
    ("http://news.example/story.html?PHPSESSID=9f8e7d&id=5", "http://news.example/story.html?id=5"),
    ("http://news.example/story.html?sid=1234", "http://news.example/story.html?sid=1234"),  # a story's number
    ("http://news.example/pipe.html?ASPSESSIONIDQQGGQQSA=449D74A4&p=2", "http://news.example/pipe.html?p=2"),
    ("http://news.example/x.html?osCsid=abc123def456", "http://news.example/x.html"),
    ("http://news.example/q.html?zenid=0f9e8d7c6b", "http://news.example/q.html"),
    ("http://news.example/(S(abc123xyz))/page.aspx?id=3", "http://news.example/page.aspx?id=3"),
])
def test_session_ids_are_not_part_of_an_article_url(url, expected):
    assert canonical_url(url) == expected


def test_queries_in_another_encoding_keep_their_bytes():
    urls = [f"http://news.example/show?title=Sanktionen%{x}&page=1" for x in ("E4", "F6", "fc")]
    canonical = [canonical_url(u) for u in urls]
    assert len(set(canonical)) == 3
    assert canonical[2] == "http://news.example/show?page=1&title=Sanktionen%FC"


@pytest.mark.parametrize(("url", "expected"), [
    # red team round 4: on a later run these variants stored the same articles again
    ("http://news.example/art/good1.html/", "http://news.example/art/good1.html"),
    ("http://news.example/art//good2.html", "http://news.example/art/good2.html"),
    ("http://news.example/news/2031/story/", "http://news.example/news/2031/story/"),  # a folder keeps its slash
])
def test_a_page_reached_with_a_stray_slash_is_one_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(("url", "expected"), [
    # hostile probe 26: a link holding a raw U+2028 or U+0085 was stored in `fetches.url` as it was and split log lines
    ("http://h.test/a/\u2028raw-2028.html", "http://h.test/a/%E2%80%A8raw-2028.html"),
    ("http://h.test/a/\x85raw-0085.html", "http://h.test/a/%C2%85raw-0085.html"),
    ("http://h.test/a/\u2029b\u202ec\u2066d", "http://h.test/a/%E2%80%A9b%E2%80%AEc%E2%81%A6d"),
    ("http://h.test/caf\u00e9/a", "http://h.test/caf\u00e9/a"),  # other non-ASCII text stays as the site wrote it
])
def test_line_separators_c1_and_bidi_controls_are_percent_encoded(url: str, expected: str) -> None:
    canonical = canonical_url(url)
    assert canonical == expected
    assert canonical_url(canonical) == canonical
    assert article_id(url) == article_id(expected)  # the raw and the percent-encoded link are one page


def test_pace_key_is_the_server_not_the_origin():
    from tradewatch.fetch.urls import pace_key

    same = {pace_key(u) for u in ("http://example.org/a", "https://example.org/b", "http://example.org:80/c",
                                  "https://example.org:443/", "http://EXAMPLE.org./d", "http://u:p@example.org/e")}
    assert same == {"example.org"}
    assert pace_key("http://example.org:8080/") == "example.org:8080"
    assert pace_key("http://[::1]:80/") == "::1"


def test_other_spellings_of_a_page_are_its_scheme_slash_and_www_forms() -> None:
    from tradewatch.fetch.urls import other_spellings

    assert other_spellings("https://www.example.gov/news/a?id=5") == [
        "http://example.gov/news/a/?id=5", "http://example.gov/news/a?id=5", "http://www.example.gov/news/a/?id=5",
        "http://www.example.gov/news/a?id=5", "https://example.gov/news/a/?id=5", "https://example.gov/news/a?id=5",
        "https://www.example.gov/news/a/?id=5"]
    # an address has no "www." form; the port stays; a page named by its file takes no slash
    assert other_spellings("http://127.0.0.1:8080/a.html") == ["https://127.0.0.1:8080/a.html"]
    # the home page is no article's other spelling, and a URL that is no web page has none
    assert other_spellings("https://example.gov/") == other_spellings("ftp://example.gov/a") == []
    # each is canonical, and no spelling is another page's: the path's case and the query stay
    for url in other_spellings("http://example.gov/News/A?b=2&a=1"):
        assert url == canonical_url(url) and "/News/A" in url and url.endswith("?a=1&b=2")
