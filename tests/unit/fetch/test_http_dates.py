"""HTTP and feed dates read whatever the machine's time zone: a date without a zone is GMT (RFC 9110 dates always are),
and one too large for a datetime is refused, not a crash (hostile probe 47 F5)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tradewatch.fetch.feeds import parse_date, parse_feed
from tradewatch.fetch.http import future_date, parse_retry_after


@pytest.fixture(autouse=True)
def far_from_greenwich(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14: a local reading is 14 hours off
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def zoneless(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC)).removesuffix(" +0000")  # "Tue, 01 Dec 2026 10:00:00"


def test_a_date_header_without_a_zone_is_gmt() -> None:
    date = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    same = format_datetime(date, usegmt=True)
    assert not future_date(same, zoneless(date))  # (read as local time, the Date was 14 h earlier: "in the future")
    assert future_date(zoneless(date + timedelta(hours=2)), same)


def test_a_retry_after_date_without_a_zone_is_gmt() -> None:
    wait = parse_retry_after(zoneless(datetime.now(UTC) + timedelta(hours=1)))
    assert wait is not None and 3500 < wait <= 3600


@pytest.mark.parametrize("value", ["Fri, 31 Dec 9999 23:59:59 -0100", "Tue, 01 Dec 99999 10:00:00 GMT",
                                   "99999-12-01T10:00:00Z", "Fri, 31 Dec 9999 23:59:59 -2359"])
def test_a_date_too_large_is_refused(value: str) -> None:
    assert parse_date(value) is None
    assert future_date(value, None) in (True, False) and future_date(format_datetime(datetime.now(UTC)), value) is False
    parse_retry_after(value)  # (a number or None: no exception)


def test_a_feed_item_with_an_overflowing_date_keeps_no_date() -> None:
    rss = ("<rss version='2.0'><channel><title>t</title>"
           "<item><title>a</title><link>http://127.0.0.1/a</link><pubDate>Fri, 31 Dec 9999 23:59:59 -0100</pubDate></item>"
           "<item><title>b</title><link>http://127.0.0.1/b</link><pubDate>Tue, 01 Dec 2026 10:00:00</pubDate></item>"
           "</channel></rss>")
    items = parse_feed(rss, "http://127.0.0.1/feed")
    dates = {item.url: item.published for item in items}
    assert dates == {"http://127.0.0.1/a": None, "http://127.0.0.1/b": datetime(2026, 12, 1, 10, tzinfo=UTC)}
