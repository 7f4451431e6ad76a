"""robots.txt as RFC 9309 reads it: the longest rule wins, wildcards, merged groups, exact product tokens."""

from __future__ import annotations

import pytest

from tradewatch.fetch.robots import parse_robots

UA = "TradewatchBot/0.1 (+https://example.org/bot)"


def allowed(robots: str, path: str) -> bool:
    return parse_robots(200, robots).allowed(f"http://news.example{path}", UA)


@pytest.mark.parametrize(("robots", "path", "expected"), [
    # the most specific (longest) rule decides, whichever comes first (urllib's parser let the first match win)
    ("User-agent: *\nAllow: /\nDisallow: /private/\n", "/private/a.html", False),
    ("User-agent: *\nAllow: /\nDisallow: /private/\n", "/pub/a.html", True),
    ("User-agent: *\nDisallow: /news\nAllow: /news/public/\n", "/news/public/a.html", True),
    ("User-agent: *\nDisallow: /news\nAllow: /news/public/\n", "/news/other.html", False),
    # an Allow and a Disallow of the same length: Allow
    ("User-agent: *\nDisallow: /a\nAllow: /a\n", "/a/b", True),
    # wildcards and a closing $ (urllib escaped "*" and took "$" literally: these never matched)
    ("User-agent: *\nDisallow: /*/secret\n", "/news/secret/a.html", False),
    ("User-agent: *\nDisallow: /*.php$\n", "/pub/p.php", False),
    ("User-agent: *\nDisallow: /*.php$\n", "/pub/p.php?x=1", True),
    ("User-agent: *\nDisallow: /*?session=\n", "/a.html?session=9", False),
    # groups for the same agent are one group
    ("User-agent: *\nDisallow: /a/\n\nUser-agent: *\nDisallow: /b/\n", "/b/x.html", False),
    # our own group, by its exact product token, case-insensitive; never a substring ("b" in "tradewatchbot")
    ("User-agent: b\nAllow: /\n\nUser-agent: *\nDisallow: /\n", "/x.html", False),
    ("User-agent: tradewatchbot\nAllow: /\n\nUser-agent: *\nDisallow: /\n", "/x.html", True),
    ("User-agent: TradewatchBot/2.0\nDisallow: /\n", "/x.html", False),
    # rules before any group, empty Disallow, comments
    ("Disallow: /\nUser-agent: *\nDisallow:\n", "/x.html", True),
    ("User-agent: * # everyone\nDisallow: /tmp/ # scratch\n", "/tmp/a", False),
    ("", "/x.html", True),
    ("\ufeffUser-agent: *\nDisallow: /\n", "/x.html", False),  # a byte-order mark before the first line
    ("USER-AGENT: *\nDISALLOW: /a\n", "/a/b", False),  # field names in any case
])
def test_rfc_9309_rules(robots: str, path: str, expected: bool) -> None:
    assert allowed(robots, path) is expected


def test_crawl_delay_of_our_group_and_fractions() -> None:
    rules = parse_robots(200, "User-agent: *\nCrawl-delay: 10\n\nUser-agent: TradewatchBot\nCrawl-delay: 0.5\n")
    assert rules.crawl_delay(UA) == 0.5
    assert parse_robots(200, "User-agent: *\nCrawl-delay: soon\n").crawl_delay(UA) is None


def test_unreachable_and_missing_robots() -> None:
    assert not parse_robots(503, None).allowed("http://news.example/a", UA)
    assert parse_robots(404, None).allowed("http://news.example/a", UA)


def test_a_robots_txt_answered_429_means_stay_out_with_the_reason():
    rules = parse_robots(429, "slow down")
    assert not rules.allowed("http://news.example/a", UA) and "429" in rules.note and "staying out" in rules.note
    assert parse_robots(404, None).allowed("http://news.example/a", UA)  # other 4xx: no rules, as RFC 9309 says


@pytest.mark.parametrize(("user_agent", "token"), [
    ("TradewatchBot/0.1 (+https://x; mailto:y)", "TradewatchBot"),
    ("TradewatchBot (+mailto:ops@example.org)", "TradewatchBot"),
    ("TradewatchBot(+mailto:ops@example.org)", "TradewatchBot"),
    ("TradewatchBot-0.1 ops@example.org", "TradewatchBot"),
    ("  Trade_watch-Bot/2", "Trade_watch-Bot"),
    ("Mozilla/5.0 (compatible; TradewatchBot/0.1)", "Mozilla"),
    ("12345", "*"),
])
def test_the_product_token_is_the_user_agents_first_word(user_agent, token):
    # hostile probe 36 F5: it was everything before the first "/", so our group went unread for a UA without one
    from tradewatch.fetch.robots import robots_token

    assert robots_token(user_agent) == token
    if token == "TradewatchBot":
        rules = parse_robots(200, "User-agent: TradewatchBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
        assert not rules.allowed("http://h/news", user_agent)


@pytest.mark.parametrize(("robots", "path", "expected"), [
    # hostile probe 36 F7: a Sitemap line between two User-agent lines split them, leaving our group empty (allow all)
    ("User-agent: TradewatchBot\nSitemap: http://h/s.xml\nUser-agent: *\nDisallow: /\n", "/x", False),
    ("User-agent: TradewatchBot\nFoo: bar\nUser-agent: other\nDisallow: /private\n", "/private/a", False),
    # a rule still ends the run of User-agent lines: the next User-agent opens another group
    ("User-agent: TradewatchBot\nDisallow: /a\nSitemap: http://h/s.xml\nUser-agent: *\nDisallow: /\n", "/x", True),
])
def test_records_of_no_group_do_not_split_a_group(robots, path, expected):
    assert allowed(robots, path) is expected


@pytest.mark.parametrize(("robots", "path", "expected"), [
    ("User agent: *\nDisallow: /private\n", "/private/a", False),
    ("useragent: TradewatchBot\nDissallow: /\n", "/x", False),
    ("User-agent: *\nDisalow: /a\nDiasllow: /b\nDisallaw: /c\nDissalow: /d\n", "/d/1", False),
    ("User-agent: *\nDisallow /private\n", "/private/a", False),  # the colon forgotten
    ("User-agent *\nDisallow: /private\n", "/private/a", False),
    ("User-agent: *\nDisallow /private and more\n", "/private/a", True),  # not a record: ignored
    ("User-agent: *\nDisallow /private\n", "/public", True),
])
def test_misspelt_records_and_a_forgotten_colon_are_read_as_meant(robots, path, expected):
    """Hostile probe 50 F6: 'User agent: *' and 'Disallow /private' were no records, so the site's rules were ignored
    and everything allowed; Google's parser reads them as the site meant, and a polite crawler must not do less."""
    assert allowed(robots, path) is expected


@pytest.mark.parametrize(("lines", "delay"), [
    ("Crawl-delay: 5s", 5.0), ("Crawl-delay: 2.5 sec", 2.5), ("Crawl-delay: 10\nCrawl-delay: 0", 10.0),
    ("Crawl-delay: soon", None), ("Crawl-delay: -3", 0.0),
])
def test_crawl_delay_with_a_unit_or_given_twice(lines, delay):
    assert parse_robots(200, f"User-agent: *\n{lines}\n").crawl_delay(UA) == delay
