"""The polite fetcher: every HTTP request the pipeline makes goes through `PoliteFetcher.get`.

It never raises for what a server or network does: the result carries `error` instead, so a caller
records the failure and goes on with the next URL or source.
"""

from __future__ import annotations

import codecs
import email.utils
import functools
import hashlib
import heapq
import http.client
import http.cookiejar
import itertools
import os
import random
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from tradewatch.fetch.hosts import internal_address, internal_verdict, normal_host, resolve_host
from tradewatch.fetch.pacing import HostTurns, sweep
from tradewatch.fetch.robots import RobotsRules, parse_robots
from tradewatch.fetch.urls import host_of, pace_key
from tradewatch.logs import get_logger
from tradewatch.settings import Settings, get_settings

log = get_logger("fetch.http")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
ROBOTS_BYTES = 512 * 1024  # of a robots.txt read (RFC 9309 2.5: at least 500 KiB); what follows is ignored
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_FALLBACK_ENCODINGS = [
    "cp1252", "iso-8859-1", "cp1251", "koi8-r", "cp1250", "iso-8859-2", "iso-8859-7", "cp1256",
    "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr",
]
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)


@dataclass
class FetchResult:
    """What one GET produced. `body` is None on 304 and on errors. On a 304, `etag` and `last_modified` are the
    validators we sent (those of the copy the server confirmed), not the 304's: a server that compares dates answers
    304 to any If-Modified-Since no earlier than its page's date, so its 304's Last-Modified may be that of a newer
    body than ours (hostile probe 36 F1)."""

    url: str
    final_url: str
    status: int | None = None
    body: bytes | None = None
    text: str | None = None
    content_type: str | None = None
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    error: str | None = None
    not_modified: bool = False
    attempts: int = 0
    elapsed: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    stalled: bool = False
    """The body was still arriving at the URL's deadline (TRADEWATCH_TIMEOUT_TOTAL, or the fetcher's own): the site is
    not answering usefully."""
    out_of_time: bool = False
    """The caller's `time_left` ran out before the URL was done: no verdict on the URL, only on the time."""
    not_text: bool = False
    """The answer is a document or a medium (a PDF, an image: by its Content-Type, unread, or by its bytes), no page."""
    unresolved: bool = False
    """The host name does not resolve (the resolver says no such name): not asked again, not retried."""
    ignored_validator: str | None = None
    """Why an ETag or Last-Modified (the server's, or the one we were given to send) was dropped: a date in the future,
    one too long or unfit to send back (see `unusable_validator`)."""
    cut: bool = False
    """The body was longer than the cap and is its first `max_bytes` bytes (a `get(..., keep_head=True)`)."""

    @property
    def ok(self) -> bool:
        return self.error is None and (self.not_modified or self.body is not None)

    @property
    def bytes(self) -> int:
        return len(self.body) if self.body is not None else 0


class _Abort(Exception):
    """A failure that retrying will not fix (size cap, robots, bad scheme, redirect loop)."""


class _BodyTooSlow(_Abort):
    """The body was not complete at the deadline (a server dribbling bytes)."""


class _NotText(_Abort):
    """The answer is a document or a medium (a PDF, an image), no page of text: nothing the site did wrong."""


class _TooLarge(_Abort):
    """A body over the caller's size cap: the same body again would be as large."""


class _NoSuchHost(_Abort):
    """A host name the resolver says does not exist: asking again within the run would not make it exist."""


class _OutOfTime(_Abort):
    """The URL's deadline (or the caller's time left) passed between two steps of the fetch."""


class _PacedOut(_OutOfTime):
    """The host's turn (its pacing) comes after the caller's time left: our time ran out, not the site."""


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None = None, status: int | None = None,
                 url: str | None = None):
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status
        self.url = url


# Content codings urllib3 undoes without optional packages (brotli, zstandard): what we ask for.
_READABLE_CODINGS = frozenset({"gzip", "x-gzip", "deflate", "identity", ""})


class _HeadersTooSlow(http.client.HTTPException):
    """The status line and headers did not arrive in time (see `_HeaderDeadline`)."""


class _Deadline:
    """When one `get()` must be done: `total` seconds (TRADEWATCH_TIMEOUT_TOTAL, or the setting named by `setting`) from
    its start, for every redirect hop, retry and backoff together (a deadline per hop and per attempt let 5 dribbling
    hops and 3 retries hold one URL for 21 times the setting), and never after the caller's `time_left` (a source's
    budget). Waiting for the host's pacing (our own politeness, not the server's slowness) moves the first, never the
    second."""

    def __init__(self, now: float, total: float, time_left: float | None,
                 setting: str = "TRADEWATCH_TIMEOUT_TOTAL") -> None:
        self.total = total
        self.setting = setting
        self.end = now + total
        self.hard_end = None if time_left is None else now + time_left

    def left(self, now: float) -> float:
        return min(self.end, self.hard_end if self.hard_end is not None else self.end) - now

    def cut_by_caller(self) -> bool:
        return self.hard_end is not None and self.hard_end < self.end

    def why(self) -> str:
        if self.cut_by_caller():
            return "the time its caller had left (TRADEWATCH_SOURCE_BUDGET)"
        return f"this URL's {self.total:g} s deadline ({self.setting}), redirects and retries included"


# The seconds the status line and headers of the request this thread is making may still take (its
# URL's deadline), read by `_HeaderDeadline`: one adapter serves every request, each with its own time left.
_HEADER_WINDOW = threading.local()


class _Deadlines:
    """Callbacks run at their deadlines by one daemon thread per process, unless cancelled first.

    A header deadline per request without a thread per request: a `threading.Timer` started and cancelled
    for every request cost ~0.17 ms (CPU and wall time), a tenth of a fetch's CPU. Callbacks must be quick
    (shutting a socket down): they run on the shared thread."""

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked task starts with no thread and no lock held

    def _reset(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._pending: dict[int, Callable[[], None]] = {}
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def schedule(self, seconds: float, callback: Callable[[], None]) -> int:
        """Run `callback` in `seconds`; returns the token that cancels it."""
        with self._cond:
            token = next(self._tokens)
            self._pending[token] = callback
            heapq.heappush(self._heap, (time.monotonic() + seconds, token))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="tradewatch-deadlines", daemon=True)
                self._thread.start()
            elif self._heap[0][1] == token:
                self._cond.notify()  # the new deadline comes first: the thread's wait must be shorter
            return token

    def cancel(self, token: int) -> None:
        with self._cond:
            self._pending.pop(token, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][1] not in self._pending:
                    heapq.heappop(self._heap)  # cancelled
                if not self._heap:
                    self._cond.wait()
                    continue
                deadline, token = self._heap[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
                callback = self._pending.pop(token)
                self._cond.release()
                try:
                    callback()
                except Exception:  # noqa: BLE001 - one failed callback must not end the others' deadlines
                    log.debug("deadline callback failed", exc_info=True)
                finally:
                    self._cond.acquire()


_DEADLINES = _Deadlines()


class _TooManyInterim(http.client.HTTPException):
    """More interim (1xx) answers before the final one than any server needs."""


_MAX_INTERIM = 10


class _CutInHeaders(http.client.HTTPException):
    """The connection closed before the blank line that ends the headers."""


class _HeaderReader:
    """The response's file while http.client reads the status line and headers: notes an end of the stream, which
    http.client takes for the end of the headers."""

    def __init__(self, fp: Any) -> None:
        self._fp = fp
        self.ended = False

    def readline(self, *args: Any) -> bytes:
        line: bytes = self._fp.readline(*args)
        if not line:
            self.ended = True
        return line

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fp, name)


class _FinalResponse(http.client.HTTPResponse):
    """http.client's response, reading past interim answers: it skips only 100 Continue, so a 103 Early Hints or a
    102 Processing before the 200 was taken for the answer ("HTTP 103: not a complete page"). RFC 9110 (15.2): a
    client parses and ignores them.

    And a connection closed in the middle of the headers is an error: http.client ends the headers at the end of
    the stream, so "HTTP/1.1 200 OK" and half a header line read as a complete 200 with an empty body (hostile
    probe 10); a robots.txt cut that way would have allowed everything."""

    def begin(self) -> None:
        fp = self.fp
        reader = _HeaderReader(fp)
        self.fp = reader  # type: ignore[assignment]
        try:
            super().begin()
        finally:
            if self.fp is reader:
                self.fp = fp
        if reader.ended:
            self.close()
            raise _CutInHeaders("the connection closed before the end of the headers")

    def _read_status(self) -> tuple[str, int, str]:
        for _ in range(_MAX_INTERIM):
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if not 102 <= status < 200:  # 100 is skipped by http.client itself; 101 would switch protocols
                return version, status, reason
            http.client.parse_headers(self.fp)  # the interim answer's headers (Link: preload hints), not kept
        raise _TooManyInterim(f"more than {_MAX_INTERIM} interim (1xx) answers before the final one")


class _HeaderDeadline:
    """urllib3 connections whose answer's status line and headers must arrive within `seconds`.

    The read timeout bounds each wait for bytes, so a server sending its status line or headers a byte
    at a time (each within the timeout) held a request for hours: http.client reads up to 64 KB of
    status line and 100 headers. A timer shuts the socket down at the deadline, and the blocked read
    ends as a timeout."""

    header_seconds: float | None = None
    sock: Any

    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        seconds = self.header_seconds
        window = getattr(_HEADER_WINDOW, "seconds", None)
        if window is not None:
            seconds = min(seconds, window) if seconds else window
        if not seconds:
            return super().getresponse(*args, **kwargs)  # type: ignore[misc]
        expired = threading.Event()
        timer = _DEADLINES.schedule(max(seconds, 0.001), functools.partial(self._shut, expired))
        too_slow = (f"status line and headers not complete after {round(seconds, 1):g} s "
                    f"({getattr(_HEADER_WINDOW, 'why', None) or 'TRADEWATCH_TIMEOUT_TOTAL'})")
        try:
            response = super().getresponse(*args, **kwargs)  # type: ignore[misc]
        except Exception as exc:
            if expired.is_set():
                raise _HeadersTooSlow(too_slow) from exc
            raise
        finally:
            _DEADLINES.cancel(timer)
        if expired.is_set():  # cut in the headers, http.client may still have made an answer of them
            response.close()
            raise _HeadersTooSlow(too_slow)
        return response

    def _shut(self, expired: threading.Event) -> None:
        expired.set()
        sock = getattr(self, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed: the read has ended anyway


class _InternalPeer(OSError):
    """A connection that reached an internal address a public source may not lead to (see `PoliteFetcher.set_origin`)."""


class _PeerCheck:
    """urllib3 connections that hand the address they actually connected to to `refuse` (None: fine, else why not),
    and close at once when refused. The guard checks a host's addresses before the request, but urllib3 resolves the
    name again to connect: a hostile site's DNS may answer with a public address first and 127.0.0.1 next (hostile
    probe 10: DNS rebinding fetched a localhost admin page). Through a proxy the peer is the proxy: not checked."""

    refuse: Callable[[str], str | None] | None = None
    proxy: Any

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        if self.refuse is not None and getattr(self, "proxy", None) is None:
            try:
                peer = str(sock.getpeername()[0])
            except OSError:
                peer = ""
            why = self.refuse(peer) if peer else None
            if why:
                sock.close()
                raise _InternalPeer(why)
        return sock


def _deadline_adapter(header_seconds: float, refuse: Callable[[str], str | None] | None = None,
                      ) -> requests.adapters.HTTPAdapter:
    """A requests adapter whose connections enforce `_HeaderDeadline` and `_PeerCheck` (with `refuse`)."""
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class Connection(_PeerCheck, _HeaderDeadline, HTTPConnection):
        pass

    class SecureConnection(_PeerCheck, _HeaderDeadline, HTTPSConnection):
        pass

    Connection.refuse = SecureConnection.refuse = staticmethod(refuse) if refuse is not None else None

    Connection.header_seconds = SecureConnection.header_seconds = header_seconds
    Connection.response_class = SecureConnection.response_class = _FinalResponse

    class Pool(HTTPConnectionPool):
        ConnectionCls = Connection

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = SecureConnection

    class Adapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}

        def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
            from urllib3 import ProxyManager

            manager = super().proxy_manager_for(proxy, **kwargs)
            if type(manager) is ProxyManager:  # a SOCKS proxy's manager keeps its own pools
                manager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}
            return manager

    return Adapter()


def _too_many_headers(exc: BaseException) -> BaseException | None:
    """http.client's "got more than 100 headers" (a plain HTTPException; its subclasses, such as a
    server closing a kept-alive connection, are worth a retry and are not matched)."""
    found = _cause(exc, http.client.HTTPException)
    return found if type(found) is http.client.HTTPException and "headers" in str(found) else None


def _cause(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    """The `kind` exception `exc` wraps, however deep (requests and urllib3 wrap in args and reasons)."""
    todo: list[object] = [exc]
    seen: set[int] = set()
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, kind):
            return item
        todo.extend([*item.args, getattr(item, "reason", None), item.__cause__, item.__context__])
    return None


_PROXY_SCHEMES = ("http", "https", "socks4", "socks4a", "socks5", "socks5h")


def proxy_problem(url: str, proxies: dict[str, str]) -> str | None:
    """Why the proxy the environment names for `url` cannot work (None: none named, or it can): a malformed
    HTTP_PROXY, or a socks5:// ALL_PROXY without PySocks, failed every fetch as "robots.txt unreachable (Missing
    dependencies for SOCKS support)", naming no variable (hostile probe 10)."""
    from urllib3.exceptions import LocationParseError
    from urllib3.util import parse_url

    parts = urlsplit(url)
    for key in (f"{parts.scheme}://{parts.hostname}", parts.scheme, f"all://{parts.hostname}", "all"):
        value = proxies.get(key)
        if value:
            break
    else:
        return None
    variable = f"{key.split(':', 1)[0].upper()}_PROXY"
    fix = f"fix or unset {variable} (or its lower-case twin)"
    try:
        proxy = parse_url(value if "://" in value else "http://" + value)  # requests reads "host:port" as http
    except (LocationParseError, ValueError) as exc:
        return f"{variable} is not a proxy URL ({value!r}: {exc}): {fix}"
    scheme = (proxy.scheme or "").lower()
    if scheme not in _PROXY_SCHEMES or not proxy.host:
        return f"{variable} is not a proxy URL ({value!r}: expected {'/'.join(_PROXY_SCHEMES)}://host:port): {fix}"
    if scheme.startswith("socks"):
        try:
            import socks  # noqa: F401  (PySocks, which requests needs for SOCKS proxies)
        except ImportError:
            return (f"{variable} names a SOCKS proxy ({value!r}), and SOCKS support is not installed: "
                    f"pip install 'requests[socks]', or {fix}")
    return None


class _Session(requests.Session):
    def resolve_redirects(self, resp: requests.Response, req: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """None: redirects are followed by `PoliteFetcher._follow`, hop by hop. requests' own, even with
        allow_redirects=False, read a redirect's whole body into memory first (to offer it as `Response.next`), with
        no size cap and no deadline: a 302 with a 500 MB body took 1 GB of memory under a 1 MB cap, one of 10 GB ran
        past the URL's deadline until the read timed out (hostile probe 50 F10); and a Location in Latin-1, not
        UTF-8, raised UnicodeDecodeError in them: the redirect failed as an invalid URL."""
        return iter(())


class _BrowserCookieBounds(http.cookiejar.DefaultCookiePolicy):
    """Cookies kept as RFC 6265 6.1 bounds what a browser must keep: a cookie of at most 4,096 bytes, at most 50 a
    domain and 3,000 in all (a site may still set its session or consent cookie and have it back). Without a bound a
    hostile site setting new cookies on every answer had them all sent back: 720 KB of request headers after its
    robots.txt, and a request that grew with every page of the crawl (hostile probe 50 F1)."""

    COOKIE_BYTES = 4096
    PER_DOMAIN = 50
    IN_ALL = 3000

    def __init__(self, jar: http.cookiejar.CookieJar) -> None:
        super().__init__()
        self._jar = jar

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        if len(cookie.name) + len(cookie.value or "") > self.COOKIE_BYTES:
            return False
        kept = list(self._jar)  # (at most IN_ALL)
        if any((c.domain, c.path, c.name) == (cookie.domain, cookie.path, cookie.name) for c in kept):
            return super().set_ok(cookie, request)  # a new value for a cookie it keeps
        if len(kept) >= self.IN_ALL or sum(c.domain == cookie.domain for c in kept) >= self.PER_DOMAIN:
            return False
        return super().set_ok(cookie, request)


class PoliteFetcher:
    """One `requests.Session` with timeouts, retries, robots.txt, per-host pacing and size caps."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] | None = None,
        resolve: Callable[[str], list[str]] = resolve_host,
        check_peers: bool = True,
        deadline: tuple[float, str] | None = None,
    ) -> None:
        """`clock`: monotonic seconds for deadlines, and the per-host pacing shared with every crawl process on this
        machine (see `fetch.pacing`); a clock given instead (a test's) paces this fetcher's requests alone. `resolve`:
        the guard's view of host names (see `set_origin`); `check_peers`: whether the address each connection reached
        is checked too (see `_PeerCheck`; off only where a test's `resolve` calls its local server public).
        `deadline`: (seconds, the setting they come from) each URL may take instead of TRADEWATCH_TIMEOUT_TOTAL (an
        official list's download, TRADEWATCH_LIST_TIMEOUT_TOTAL: ~100 MB, where a news page is a few hundred KB)."""
        self.settings = settings or get_settings()
        self._total, self._total_setting = deadline or (self.settings.timeout_total, "TRADEWATCH_TIMEOUT_TOTAL")
        self.session = _Session()
        # The environment's proxies and CA bundle are read here and per host (see `_proxies_for`), not by
        # requests on every request: with trust_env it scans every environment variable twice a request
        # (~0.3-0.5 ms with Airflow's hundred-odd variables: a third of a fetch's CPU) and looks for a
        # ~/.netrc, whose credentials a news site has no business receiving.
        self.session.trust_env = False
        self.session.cookies.set_policy(_BrowserCookieBounds(self.session.cookies))
        self.session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        self._proxies: dict[str, dict[str, str]] = {}
        for prefix in ("http://", "https://"):
            self.session.mount(prefix, _deadline_adapter(self._total,
                                                         self._refused_peer if check_peers else None))
        self.session.headers.update(
            {
                "User-Agent": self.settings.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Encoding": "gzip, deflate",
            }
        )
        self._sleep = sleep
        self._clock = clock or time.monotonic
        self._pace_clock = clock or time.time  # wall-clock: the slots are shared between processes
        self._turns = HostTurns(self.settings.data_dir / "pacing" if clock is None else None)
        if self._turns.folder is not None:
            sweep(self._turns.folder, time.time())  # hosts no crawl asked for a day (probe 8: one file per host ever)
        self._robots: dict[str, RobotsRules] = {}
        self._host_interval: dict[str, float] = {}
        self._resolve = resolve
        self._verdicts: dict[str, str | None] = {}
        self._guard_internal = False  # see set_origin
        self._unresolved: set[str] = set()  # hosts (as `host_of` names them) whose name does not resolve
        # hosts (as `pace_key` names them) whose Retry-After passes TRADEWATCH_MAX_RETRY_AFTER: (until, why)
        self._resting: dict[str, tuple[float, str]] = {}
        self._waited_out: dict[str, float] = {}  # the hold (see HostTurns.hold) this fetcher set and slept out, by host

    # -- public ---------------------------------------------------------------------------------

    def set_min_interval(self, url: str, seconds: float) -> None:
        """A source may ask for slower pacing than the default for its host."""
        self._host_interval[pace_key(url)] = max(seconds, self.settings.min_interval)

    def set_origin(self, url: str) -> str | None:
        """The source's own URL. When its host is on the internet, no URL it leads to (a link, a
        redirect) may reach an internal address: a hostile feed must not turn the crawler against the
        network it runs in (cloud metadata, admin ports on localhost). A source that is itself internal
        (an intranet, a local test site) may link anywhere. A host that does not resolve here is on the internet: behind
        a proxy that resolves names for us, it left the guard off, and its feed led to 169.254.169.254 through the
        proxy (hostile probe 10). Every fetcher whose URLs come from a registry or a page calls this first: the news
        crawl with its source's URL, a list download with its list's (hostile probe 26: list downloads never did, and a
        mirror's redirect reached 169.254.169.254). With TRADEWATCH_ALLOW_INTERNAL_SOURCES=no the guard is on for every
        source (the caller refuses an internal one itself). Returns why the URL's host is internal, or None."""
        why = self._verdict(url)
        self._guard_internal = why is None or self.settings.allow_internal_sources is False
        return why

    def allowed(self, url: str, *, time_left: float | None = None) -> tuple[bool, str]:
        """Whether we may fetch the URL: not an internal address a public source led us to (see
        `set_origin`), and robots.txt lets us (fetched once per host, within `time_left` seconds when
        given: a robots.txt not read in that time keeps us out, and is asked for again next time)."""
        # (a host two parsers read differently, "%31%32%37.0.0.1", refused as such: its robots.txt fetch refused it
        # too, and the page was said to be out for "robots.txt unreachable (...)", hostile probe 35 F7)
        refused = _ambiguous_host(url) or self._refused_address(url)
        if refused:
            return False, refused
        resting = self._resting.get(pace_key(url))
        if resting is not None and self._clock() < resting[0]:
            return False, resting[1]
        rules = self._robots_for(url, time_left)
        if rules.allowed(url, self.settings.user_agent):
            return True, ""
        return False, rules.note or "disallowed by robots.txt"

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        cap_setting: str | None = None,
        check_robots: bool = True,
        robots_checked: bool = False,
        time_left: float | None = None,
        gzip_file: bool = False,
        keep_head: bool = False,
    ) -> FetchResult:
        """Fetch `url` politely. `max_bytes`: the body's size cap (TRADEWATCH_MAX_BYTES when not given); `cap_setting`:
        the setting that raises it, named in the error of a body over it. `robots_checked`: the caller already asked
        `allowed(url)` (redirect targets are still checked). `gzip_file`: a body that is gzip data itself (a "sitemap.xml.gz", served
        without Content-Encoding) is inflated, under the same cap as a gzip Content-Encoding. The whole fetch (redirects, retries, backoff) ends at the URL's deadline
        (TRADEWATCH_TIMEOUT_TOTAL, or the fetcher's `deadline`) or after `time_left` seconds, whichever comes first.
        `keep_head`: a body over the cap is cut at it (`cut`), not refused (robots.txt: RFC 9309 reads the first 500 KiB)."""
        started = self._clock()
        result = FetchResult(url=url, final_url=url)
        deadline = _Deadline(started, self._total, time_left, self._total_setting)
        cap = max_bytes or self.settings.max_bytes
        if max_bytes is None:
            cap_setting = cap_setting or "TRADEWATCH_MAX_BYTES"
        conditional = {}
        # (held from before such validators were refused: sent, every later request of the page failed)
        if etag and unusable_validator("ETag", etag):
            result.ignored_validator, etag = f"the {unusable_validator('ETag', etag)}: not sent", None
        if last_modified and unusable_validator("Last-Modified", last_modified):
            result.ignored_validator = f"the {unusable_validator('Last-Modified', last_modified)}: not sent"
            last_modified = None
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified and future_date(last_modified, None):
            # (stored before such dates were refused: sent back, it had every date-comparing server answer 304 for ever)
            result.ignored_validator = (f"the Last-Modified we held, {last_modified!r}, is in the future: not sent "
                                        f"({_FUTURE_WHY})")
        elif last_modified:
            conditional["If-Modified-Since"] = last_modified
        attempt = 0
        paced_out = False
        while True:
            attempt += 1
            result.attempts = attempt
            try:
                self._follow(result, url, conditional, cap, check_robots, robots_checked, deadline, gzip_file,
                             keep_head)
                break
            except _Abort as exc:
                result.error = str(exc)
                if isinstance(exc, _TooLarge) and cap_setting:
                    result.error += f": raise {cap_setting} to read it"
                result.stalled = isinstance(exc, _BodyTooSlow)
                result.not_text = isinstance(exc, _NotText)
                result.unresolved = isinstance(exc, _NoSuchHost)
                # (a host's pacing that would pass the caller's time: the time ran out, not the site; probe 8 saw it
                # counted as a failed page and robots.txt cached as unreachable)
                paced_out = isinstance(exc, _PacedOut)
                break
            except (ValueError, UnicodeError) as exc:  # a malformed URL or Location header
                result.error = f"invalid URL: {exc}"
                break
            except _Retryable as exc:
                result.status = exc.status
                held = self._hold_host(exc)
                if attempt > self.settings.max_retries:
                    result.error = f"{exc} (gave up after {attempt} attempts)"
                    break
                delay = self.settings.backoff_base * (2 ** (attempt - 1))
                delay = delay + random.uniform(0, delay / 4)
                if exc.retry_after is not None:
                    if exc.retry_after > self.settings.max_retry_after:
                        result.error = (
                            f"{exc}; server asked to retry after {_seconds(exc.retry_after)}, more than the "
                            f"{self.settings.max_retry_after:.0f} s we wait (TRADEWATCH_MAX_RETRY_AFTER)"
                        )
                        break
                    delay = max(delay, exc.retry_after)
                if delay >= deadline.left(self._clock()):
                    result.error = (f"{exc}; gave up after {attempt} attempt(s): a retry in {delay:.1f} s would pass "
                                    f"{deadline.why()}")
                    break
                log.info("retrying", extra={"kv": {"url": url, "attempt": attempt, "delay": round(delay, 2), "why": str(exc)}})
                self._sleep(delay)
                if held is not None:  # slept out here: the retry does not wait for it again
                    self._waited_out[held[0]] = held[1]
        result.elapsed = self._clock() - started
        result.out_of_time = bool(result.error) and (
            paced_out or deadline.cut_by_caller() and deadline.left(self._clock()) <= 0)
        log.info(
            "fetched",
            extra={"kv": {"url": url, "status": result.status, "bytes": result.bytes, "error": result.error or "-"}},
        )
        return result

    def close(self) -> None:
        self.session.close()

    # -- internals ------------------------------------------------------------------------------

    def _follow(self, result: FetchResult, url: str, conditional: dict[str, str], cap: int, check_robots: bool,
                robots_checked: bool, deadline: _Deadline, gzip_file: bool = False, keep_head: bool = False) -> None:
        seen: set[str] = set()
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if deadline.left(self._clock()) <= 0:
                raise _OutOfTime(f"no complete answer by {deadline.why()} (at {current})")
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ("http", "https"):
                raise _Abort(f"refusing non-HTTP URL scheme {scheme!r} ({current})")
            if current in seen:
                raise _Abort(f"redirect loop at {current}")
            seen.add(current)
            ambiguous = _ambiguous_host(current)
            if ambiguous:
                raise _Abort(ambiguous)
            refused = self._refused_address(current)
            if refused:
                raise _Abort(refused)
            if check_robots and not (robots_checked and current == url):
                ok, why = self.allowed(current, time_left=deadline.left(self._clock()))
                if not ok and host_of(current) in self._unresolved:
                    raise _NoSuchHost(why)  # (the name is the whole story, not robots.txt)
                if not ok:
                    raise _Abort(f"{why}: {current}")
            response = self._request(current, conditional, deadline)
            result.final_url = current
            result.status = response.status_code
            if response.is_redirect or response.status_code in (301, 302, 303, 307, 308):
                location = _header_text(response.headers.get("Location"))
                response.close()
                if not location:
                    raise _Abort(f"redirect {response.status_code} without a Location header")
                current = _ascii_host(urljoin(current, location))
                continue
            if response.status_code == 304 and not conditional:
                # Nothing was offered to reuse: taking it as "unchanged" would skip a page we never stored.
                response.close()
                raise _Abort("HTTP 304 Not Modified to a request that sent no ETag or date: there is no copy to reuse")
            self._read(result, response, cap, deadline, gzip_file, keep_head)
            if result.not_modified and conditional and not_our_copy(conditional, result.etag, result.last_modified):
                # A 304 naming a date before the one we sent (a site that restored an older copy: a server comparing
                # dates answers 304 to any later If-Modified-Since), and not our ETag, confirms no copy of ours: the
                # page is asked again, whole, and its body's sha256 decides (the restored text went unread until the
                # page's date passed ours: a hostile probe of article updates, (4))
                conditional = {}
                result.not_modified, result.etag, result.last_modified = False, None, None
                seen.discard(current)
                continue
            if result.not_modified:
                result.etag = conditional.get("If-None-Match")
                result.last_modified = conditional.get("If-Modified-Since")
            return
        raise _Abort(f"more than {MAX_REDIRECTS} redirects from {url}")

    def _request(self, url: str, headers: dict[str, str], deadline: _Deadline) -> requests.Response:
        waited = self._pace(url, deadline)
        deadline.end += waited
        left = deadline.left(self._clock())
        if left <= 0:
            raise _OutOfTime(f"no complete answer by {deadline.why()} (at {url})")
        _HEADER_WINDOW.seconds, _HEADER_WINDOW.why = left, deadline.why()
        try:
            response = self.session.get(
                url,
                headers=headers,
                proxies=self._proxies_for(url),
                timeout=(min(self.settings.timeout_connect, left), min(self.settings.timeout_read, left)),
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.Timeout as exc:
            raise _Retryable(f"timeout: {type(exc).__name__}") from exc
        except requests.exceptions.ConnectionError as exc:
            refused = _cause(exc, _InternalPeer)
            if refused is not None:
                raise _Abort(str(refused)) from exc
            slow = _cause(exc, _HeadersTooSlow)
            if slow is not None:  # a dribbling server: waiting for it again would only cost as long again
                raise _Abort(str(slow)) from exc
            malformed = _cause(exc, http.client.LineTooLong) or _cause(exc, _TooManyInterim) or _too_many_headers(exc)
            if malformed is not None:  # a header line over 64 KB, over 100 headers: the same answer again
                raise _Abort(f"malformed response from the server: {malformed}") from exc
            unresolved = _unresolved_host(exc, url)
            if unresolved is not None:  # (hostile probe 25: asked four times, 7.7 s, for a name that does not exist)
                raise _NoSuchHost(f"host name does not resolve: {unresolved}") from exc
            raise _Retryable(f"connection failed: {_short(exc)}") from exc
        except requests.exceptions.RequestException as exc:
            raise _Abort(f"request failed: {_short(exc)}") from exc
        finally:
            _HEADER_WINDOW.seconds = _HEADER_WINDOW.why = None
        if response.status_code in RETRY_STATUSES:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            response.close()
            raise _Retryable(f"HTTP {response.status_code}", retry_after=retry_after, status=response.status_code,
                             url=url)
        return response

    def _proxies_for(self, url: str) -> dict[str, str]:
        """The proxies HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY name for this URL's scheme and host
        ({} when none, or when NO_PROXY bypasses the host), as requests itself would read them; read once
        per scheme and host."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        found = self._proxies.get(key)
        if found is None:
            found = dict(requests.utils.get_environ_proxies(url))
            why = proxy_problem(url, found)
            if why:  # every request to the host would fail the same way: said once, naming the variable
                raise _Abort(why)
            self._proxies[key] = found
        return found

    def _read(self, result: FetchResult, response: requests.Response, cap: int, deadline: _Deadline,
              gzip_file: bool = False, keep_head: bool = False) -> None:
        result.headers = {k.lower(): v for k, v in response.headers.items()}
        result.etag = response.headers.get("ETag")
        result.last_modified = response.headers.get("Last-Modified")
        if result.last_modified and future_date(result.last_modified, response.headers.get("Date")):
            # "Last-Modified: Fri, 01 Jan 2099" (a skewed clock): sent back as If-Modified-Since, a server comparing
            # dates answers 304 to it after the page is corrected, and the correction was never read (hostile probe 36
            # F1). Without it the next request is asked by ETag, or whole, and the body's sha256 decides.
            result.ignored_validator = (f"Last-Modified {result.last_modified!r} is later than the answer's date "
                                        f"({response.headers.get('Date') or 'our clock'}): not kept ({_FUTURE_WHY})")
            result.last_modified = None
        if result.etag and unusable_validator("ETag", result.etag):
            result.ignored_validator = f"the page's {unusable_validator('ETag', result.etag)}: not kept"
            result.etag = None
        if result.last_modified and unusable_validator("Last-Modified", result.last_modified):
            result.ignored_validator = f"the page's {unusable_validator('Last-Modified', result.last_modified)}: not kept"
            result.last_modified = None
        result.content_type = response.headers.get("Content-Type")
        if response.status_code == 304:
            result.not_modified = True
            response.close()
            return
        if response.status_code >= 400:
            response.close()
            raise _Abort(f"HTTP {response.status_code}")
        if response.status_code not in (200, 203):
            # 204 No Content, 206 to a request without a Range, 300 Multiple Choices: no page of the site to keep
            response.close()
            raise _Abort(f"HTTP {response.status_code}: not a complete page (expected 200)")
        coding = (response.headers.get("Content-Encoding") or "").strip().lower()
        if coding and not {c.strip() for c in coding.split(",")} <= _READABLE_CODINGS:
            response.close()
            raise _Abort(f"unsupported Content-Encoding {coding!r}: the body cannot be read (we ask for gzip or deflate)")
        media = (result.content_type or "").split(";", 1)[0].strip().lower()
        if _DOCUMENT_TYPE.fullmatch(media):
            # a PDF or an image a listing links to, known from its headers: not read (it was read whole, up to the
            # 10 MB cap, on every run, hostile probe 17); its validators are kept by the caller
            response.close()
            raise _NotText(f"not a text page: Content-Type {result.content_type!r} (a document or medium; not read)")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap and not keep_head:
            response.close()
            raise _TooLarge(f"body of {int(declared)} bytes exceeds the {cap}-byte cap (Content-Length)")
        chunks: list[bytes] = []
        size = wire = 0
        decoder = _BodyDecoder(coding)
        # The deadline is checked after every chunk, and a timer shuts the socket at it too: what urllib3 reads within
        # one call (a chunked body's trailer lines, which it reads to the blank line with no bound) ran past it for
        # as long as the server went on (hostile probe 50 F11: a trailer line every 50 ms held a 5 s fetch for good)
        expired = threading.Event()
        timer = _DEADLINES.schedule(max(deadline.left(self._clock()), 0.001),
                                    functools.partial(_shut_body, response.raw, expired))
        too_slow = f"body too slow: not complete by {deadline.why()}"
        try:
            # The body is read as it came over the wire and inflated here, a bounded step per chunk: the cap
            # on the inflated size stops decompression bombs, and the deadline is checked after every chunk,
            # also while the inflated body grows by nothing (a gzip stream of empty blocks: urllib3's own
            # decoding kept reading until it produced output, past every deadline). The read timeout bounds
            # each wait; a server that dribbles bytes forever is stopped by the deadline on the whole body.
            for raw in itertools.chain(_available_chunks(response.raw), [None]):  # None: the end, to flush
                chunk = decoder.flush() if raw is None else decoder.decompress(raw, cap - size + 1)
                wire += len(raw or b"")
                size += len(chunk)
                if (size > cap or wire > cap) and keep_head:
                    chunks.append(chunk)
                    result.cut = True
                    break
                if size > cap or wire > cap:
                    raise _TooLarge(f"body exceeds the {cap}-byte cap (stopped reading at {max(size, wire)} bytes)")
                if deadline.left(self._clock()) < 0 or expired.is_set():
                    raise _BodyTooSlow(too_slow)
                chunks.append(chunk)
            if expired.is_set():  # (the shut socket read as the body's end)
                raise _BodyTooSlow(too_slow)
            if gzip_file:
                whole = b"".join(chunks)
                chunks = [_gunzip(whole, cap) if whole.startswith(_GZIP_MAGIC) else whole]
        except _Abort:
            raise
        except Exception as exc:  # urllib3 raises several types for cut connections and bad gzip
            if expired.is_set():  # (our timer shut the socket: the deadline, not a cut stream to retry)
                raise _BodyTooSlow(too_slow) from exc
            if isinstance(exc, _TruncatedStream):
                raise _Retryable(f"truncated body: {exc}") from exc
            name = type(exc).__name__
            if isinstance(exc, zlib.error) or "Decode" in name or "zlib" in str(exc).lower():
                raise _Abort(f"undecodable body: {_short(exc)}") from exc
            raise _Retryable(f"truncated body: {name}: {_short(exc)}") from exc
        finally:
            _DEADLINES.cancel(timer)
            response.close()
        body = b"".join(chunks)[:cap]
        text, encoding = decode_body(body, result.content_type)
        binary = _binary_kind(body, text)
        if binary:
            raise _NotText(f"not a text page: the body is {binary} (Content-Type {result.content_type!r})")
        result.body = body
        result.sha256 = hashlib.sha256(body).hexdigest()
        result.text, result.encoding = text, encoding

    def _hold_host(self, exc: _Retryable) -> tuple[str, float] | None:
        """A 429 or 503 with a Retry-After holds its host for every URL and every crawl process pacing it (see
        `HostTurns.hold`), at most TRADEWATCH_MAX_RETRY_AFTER; past that, this fetcher asks the host nothing more
        until the Retry-After is over (the run, as a robots.txt 429 does). Hostile probe 36 F3: after "429 Retry-After:
        3600" the next page was asked a pacing interval later, until 5 had failed in a row. Returns (host, hold)."""
        if exc.retry_after is None or exc.status not in (429, 503) or exc.url is None:
            return None
        host = pace_key(exc.url)
        until = self._pace_clock() + min(exc.retry_after, self.settings.max_retry_after)
        self._turns.hold(host, until)
        if exc.retry_after > self.settings.max_retry_after:
            self._resting[host] = (self._clock() + exc.retry_after, (
                f"{host} answered HTTP {exc.status} with a Retry-After of {_seconds(exc.retry_after)}, more than the "
                f"{self.settings.max_retry_after:.0f} s we wait (TRADEWATCH_MAX_RETRY_AFTER): not asked again this run"))
        return host, until

    def _pace(self, url: str, deadline: _Deadline | None = None) -> float:
        """Wait for the host's turn; returns the seconds waited. A wait past the caller's time left is not taken."""
        host = pace_key(url)
        interval = self._host_interval.get(host, self.settings.min_interval)
        rules = self._robots.get(host_of(url))
        if rules is not None:
            delay = rules.crawl_delay(self.settings.user_agent)
            if delay is not None:
                interval = max(interval, min(delay, 60.0))
        limit = None if deadline is None or deadline.hard_end is None else deadline.hard_end - self._clock()
        wait = self._turns.take(host, interval, self._pace_clock(), max_wait=limit,  # (the interval's own key)
                                max_hold=self.settings.max_retry_after, waited_out=self._waited_out.get(host))
        if wait <= 0:
            return 0.0
        if limit is not None and wait >= limit:  # (the slot was not taken: see HostTurns.take)
            raise _PacedOut(f"the host's pacing or its Retry-After ({wait:.1f} s) would pass "
                            f"{deadline.why() if deadline else ''}")
        if wait >= max(10.0, 3 * interval):
            log.warning("waiting for the host's turn: other crawls of it are ahead",
                        extra={"kv": {"host": host, "seconds": round(wait, 1), "interval": interval}})
        self._sleep(wait)
        return wait

    def _verdict(self, url: str) -> str | None:
        """Why the URL's host is internal, or None (see `fetch.hosts.internal_verdict`; one lookup per host and fetcher)."""
        host = normal_host(urlsplit(url).hostname or "")
        if host not in self._verdicts:
            self._verdicts[host] = internal_verdict(host, self._resolve)
        return self._verdicts[host]

    def _refused_address(self, url: str) -> str | None:
        """Why a public source may not lead to the URL: one verdict for its links, its redirects (checked hop by hop in
        `_follow`) and, through `set_origin`, its own URL, on the host's normal form, so that "localhost." and
        "localhost" are one host (hostile probe 26: a redirect to "localhost." was followed behind a proxy)."""
        if not self._guard_internal:
            return None
        why = self._verdict(url)
        if why is None:
            return None
        return f"refusing {urlsplit(url).hostname}: {why}, and {self._guarded_because()}"

    def _refused_peer(self, address: str) -> str | None:
        """Why a connection made to `address` is refused (see `_PeerCheck`), or None."""
        if not self._guard_internal or not internal_address(address):
            return None
        return f"refusing the connection: it reached an internal address ({address}), and {self._guarded_because()}"

    def _guarded_because(self) -> str:
        if self.settings.allow_internal_sources is False:
            return "TRADEWATCH_ALLOW_INTERNAL_SOURCES=no refuses internal addresses (set it to yes if this one is meant)"
        return "this source is on the internet"

    def crawl_delay_of(self, url: str) -> float | None:
        """The Crawl-delay the host's robots.txt (already read) asks of us, or None."""
        rules = self._robots.get(host_of(url))
        return rules.crawl_delay(self.settings.user_agent) if rules is not None else None

    def _robots_for(self, url: str, time_left: float | None = None) -> RobotsRules:
        host = host_of(url)
        rules = self._robots.get(host)
        if rules is None:
            robots_url = host + "/robots.txt"
            fetched = self.get(robots_url, check_robots=False, max_bytes=ROBOTS_BYTES, time_left=time_left, keep_head=True)
            if fetched.unresolved:
                # no such name: said as it is (it was "robots.txt unreachable (connection failed: Pool(...) ...
                # NameResolutionError ...)", hostile probe 25), and not asked again this run
                self._unresolved.add(host)
                rules = RobotsRules(None, disallow_all=True, note=fetched.error or "host name does not resolve")
            elif fetched.out_of_time:
                # Our time ran out, not the site's: stay out now, and ask again next time (not cached).
                return RobotsRules(None, disallow_all=True, note=f"robots.txt not read in the time left ({fetched.error}); staying out")
            elif fetched.status == 204:
                rules = parse_robots(204, "")  # a success with no content: no rules (RFC 9309 2.3.1.1), not "unreadable"
            elif fetched.error and fetched.status is not None and fetched.status < 400:
                # Answered but not read whole (too slow, undecodable): its rules are not
                # known, and an empty rule set would allow everything, its "Disallow: /" included.
                rules = RobotsRules(None, disallow_all=True, note=f"robots.txt unreadable ({fetched.error}); staying out")
            elif fetched.status is None and fetched.error:
                # no answer at all: say why (a refused connection, a resolver that did not answer), not "status None"
                rules = RobotsRules(None, disallow_all=True, note=f"robots.txt unreachable ({fetched.error}); staying out")
            elif fetched.cut:
                # larger than ROBOTS_BYTES (bot lists): its first ROBOTS_BYTES read, to the last whole line, as RFC 9309
                # 2.5 says and Google does (it kept the host out on every run, hostile probe 36 F8)
                text = fetched.text or ""
                end = max(text.rfind("\n"), text.rfind("\r"))  # (a line cut short may be a shorter, wider rule)
                rules = parse_robots(fetched.status, text[: end + 1]) if end >= 0 else RobotsRules(
                    None, disallow_all=True, note=f"robots.txt unreadable (no line break in its first {ROBOTS_BYTES} "
                                                  "bytes); staying out")
                log.warning("robots.txt larger than we read; its first part used",
                            extra={"kv": {"url": robots_url, "bytes_read": ROBOTS_BYTES}})
            else:
                rules = parse_robots(fetched.status, fetched.text)
            self._robots[host] = rules
        return rules


_GZIP_MAGIC = b"\x1f\x8b"


def _gunzip(data: bytes, cap: int) -> bytes:
    """A gzip file's content, at most `cap` bytes (one step bounded as a Content-Encoding's chunks are: a bomb
    inflates no further than the cap, and the input is itself capped)."""
    decoder = _BodyDecoder("gzip")
    out = decoder.decompress(data, cap + 1)
    out += decoder.flush() if len(out) <= cap else b""
    if len(out) > cap:
        raise _TooLarge(f"body exceeds the {cap}-byte cap (a gzip file inflating past it)")
    return out


_MAGIC = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"), (_GZIP_MAGIC, "gzip data without a Content-Encoding header"),
)


_NOT_TEXT = re.compile(r"[\ufffd\x00-\x08\x0e-\x1f\x7f]")


# Media types that are never a page of text to read: documents and media (not archives: a list may come zipped, a
# sitemap gzipped, and not application/octet-stream, which servers put on anything)
_DOCUMENT_TYPE = re.compile(
    r"application/(?:pdf|msword|vnd\.ms-[\w.+-]+|vnd\.openxmlformats-[\w.+-]+|vnd\.oasis\.opendocument\.[\w.+-]+|epub\+zip|"
    r"postscript)|(?:image|audio|video|font)/[\w.+-]+"
)


def _binary_kind(body: bytes, text: str) -> str | None:
    """What a body that is no text is ("a PDF document"), or None. A server that labels a PDF, an image or
    compressed bytes text/html would otherwise have them stored as an article of mojibake."""
    # (after whitespace too: "\r\n%PDF-1.4 ..." of plain-ASCII streams was stored as an article of PDF syntax, hostile
    # probe 13; PDF readers take the header anywhere in the first 1,024 bytes)
    start = body[:64].lstrip()
    for magic, kind in _MAGIC:
        if start.startswith(magic):
            return kind
    if b"%PDF-" in body[:1024] and b"obj" in body[:4096] and b"<html" not in body[:1024].lower():
        return "a PDF document"
    head = text[:4096]
    # bytes that decode to nothing (U+FFFD) or to control characters, a tenth of the start: binary data whatever it claims
    # (not on a few bytes: a short body of junk reads as what it fails to be, "malformed XML", "no article text")
    if len(head) >= 256 and len(_NOT_TEXT.findall(head)) * 10 > len(head):
        return "binary data that decodes to no text"
    return None


def _ambiguous_host(url: str) -> str | None:
    """Why a URL must not be fetched when the guard's parser (urlsplit) and the one that connects (urllib3) read
    different hosts in it: "http://127.0.0.1:8080\\@example.org/" is example.org to the first and 127.0.0.1
    to the second, which would take a redirect past the internal-address guard."""
    from urllib3.util import parse_url

    try:
        connects_to = parse_url(url).host
    except Exception:  # noqa: BLE001 - urllib3 raises its own LocationParseError and ValueErrors: not fetchable
        return f"refusing a URL the HTTP client cannot parse: {url[:200]!r}"
    checked = urlsplit(url).hostname or ""
    try:
        checked_ascii = checked.encode("idna").decode("ascii") if not checked.isascii() else checked
    except UnicodeError:
        checked_ascii = checked
    if (connects_to or "").lower().strip("[]") != checked_ascii.lower():
        return f"refusing an ambiguous URL (its host reads as {checked!r} and as {connects_to!r}): {url[:200]!r}"
    return None


def _header_text(value: str | None) -> str | None:
    """A header value as the server meant it: http.client reads header bytes as Latin-1, and a Location sent as
    raw UTF-8 ("/artikel/sanktionen-gegen-rußland", as many CMSes send it) read as mojibake, a page the site never
    had ("ru%C3%83%C2%9Fland"). Bytes that are not UTF-8 stay Latin-1 (requests' own redirects do the same)."""
    if value is None or value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _ascii_host(url: str) -> str:
    """`url` with a non-ASCII host IDNA-encoded ("bücher.example" -> "xn--bcher-kva.example"): the host a
    request connects to and the one the guards check are then one string. One that cannot be encoded is
    returned as it is (and refused by `_ambiguous_host`)."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host or host.isascii():
        return url
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return url
    userinfo, _, hostport = parts.netloc.rpartition("@")
    port = hostport.rpartition(":")[2] if ":" in hostport else ""
    netloc = (userinfo + "@" if userinfo else "") + ascii_host + (":" + port if port else "")
    return parts._replace(netloc=netloc).geturl()


def _shut_body(raw: Any, expired: threading.Event) -> None:
    """Shut the socket a response's body is read from (urllib3's response `raw`): a blocked read ends at once."""
    expired.set()
    sock = getattr(getattr(raw, "connection", None), "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: the read has ended anyway


def _available_chunks(raw: Any) -> Iterator[bytes]:
    """Whatever bytes have arrived, as sent (not inflated: see `_BodyDecoder`), up to _CHUNK at a time:
    `stream()` would wait to fill a whole chunk, so a server sending a trickle could hold us past every
    deadline."""
    read1 = getattr(raw, "read1", None)
    if read1 is None:  # an older urllib3
        yield from raw.stream(_CHUNK, decode_content=False)
        return
    while True:
        chunk = read1(_CHUNK, decode_content=False)
        if not chunk:
            return
        yield chunk


class _BodyDecoder:
    """Content-Encoding undone one received chunk at a time, with a bound on what one chunk may inflate to.

    "gzip" (several members, trailing garbage after a complete one ignored, as browsers and urllib3 do) and
    "deflate" (zlib-wrapped, or raw as some servers send it), in the order the header lists them; the
    caller checks its deadline and caps between chunks, however little a chunk inflates to.
    """

    def __init__(self, coding: str) -> None:
        steps = [c.strip() for c in coding.split(",") if c.strip() not in ("", "identity")]
        self._steps: list[_Inflate] = [_Inflate(c) for c in reversed(steps)]  # the last coding applied is undone first

    def decompress(self, data: bytes, max_length: int) -> bytes:
        for i, step in enumerate(self._steps):
            data = step.decompress(data, max_length if i == len(self._steps) - 1 else 0)
        return data

    def flush(self) -> bytes:
        """What is left, at the end of the body; a stream cut before its end raises `_TruncatedStream` (with no
        Content-Length, a connection closed half-way through a gzip body is the only sign the body is short)."""
        data = b""
        for i, step in enumerate(self._steps):
            data = step.decompress(data, 0) + step.flush() if i else step.flush()
            if not step.complete:
                raise _TruncatedStream(f"the {step.name} stream was cut before its end (no gzip trailer or last deflate block)")
        return data


class _TruncatedStream(Exception):
    """A compressed body that stopped before the end of its stream: a cut connection, worth a retry."""


class _Inflate:
    """One gzip or deflate layer of a body."""

    def __init__(self, coding: str) -> None:
        self.gzip = coding in ("gzip", "x-gzip")
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS if self.gzip else zlib.MAX_WBITS)
        self._raw_tried = self.gzip  # deflate may come without its zlib wrapper
        self._seen = b""  # deflate's first bytes, fed again as raw deflate if the zlib wrapper is missing
        self._done = False  # gzip: a member ended and what followed was not another member
        self._fed = False  # any bytes at all: an empty body is no truncated stream
        self.name = "gzip" if self.gzip else "deflate"

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._done or not data:
            return b""
        self._fed = True
        try:
            out = self._obj.decompress(data, max_length)
        except zlib.error:
            if self._raw_tried:
                raise
            self._raw_tried = True
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.decompress(self._seen + data, max_length)
        if not self._raw_tried:
            self._seen += data
            self._raw_tried = len(self._seen) > 1024  # past the header: it was zlib after all
        if max_length and self._obj.unconsumed_tail:
            return out + b"\0"  # more than max_length: one byte over tells the caller its cap is passed
        if self.gzip and self._obj.eof and self._obj.unused_data:
            if max_length and len(out) >= max_length:
                return out + b"\0"  # the cap is reached and another member follows: over it (0 would mean no limit)
            rest, self._obj = self._obj.unused_data, zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                out += self.decompress(rest, max_length - len(out) if max_length else 0)
            except zlib.error:
                self._done = True  # trailing garbage after a complete member
        return out

    def flush(self) -> bytes:
        return b"" if self._done else self._obj.flush()

    @property
    def complete(self) -> bool:
        """Whether the stream reached its end: the gzip trailer, zlib's checksum, or raw deflate's last block."""
        return self._done or not self._fed or self._obj.eof


# How far a Last-Modified may run ahead of the answer's Date (or our clock) before it is taken for a skewed clock
FUTURE_TOLERANCE = 60.0


def http_timestamp(value: str) -> float | None:
    """The HTTP date `value` as a Unix time; None when unreadable or beyond what a datetime holds ("Fri, 31 Dec 9999
    23:59:59 -0100"). A date without a zone ("Tue, 01 Dec 2026 10:00:00") is GMT, as every HTTP date is: it was read
    in the machine's time zone, 14 hours off in Kiritimati (hostile probe 47 F5)."""
    try:
        when = email.utils.parsedate_to_datetime(value)
        return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def not_our_copy(sent: dict[str, str], etag: str | None, last_modified: str | None) -> bool:
    """Whether a 304 answering the validators `sent` shows that the server's page is not the copy they name: its
    Last-Modified is before the If-Modified-Since sent (a site that restored an older copy), and it does not name our
    ETag (weakly compared, RFC 9110 8.8.3.2), which would confirm our copy. A later date, or another ETag with it, is
    left alone: a server comparing dates may name a newer page's validators in its 304 (see FetchResult)."""
    ours = sent.get("If-None-Match")
    if ours and etag and etag.strip().removeprefix("W/") == ours.strip().removeprefix("W/"):
        return False
    since = sent.get("If-Modified-Since")
    if not since or not last_modified:
        return False
    page, asked = http_timestamp(last_modified), http_timestamp(since)
    return page is not None and asked is not None and page < asked


_FUTURE_WHY = ("a date in the future sent back as If-Modified-Since would have the site answer 304 after the page "
               "changes; its pages are asked for by ETag or whole until the site's dates are right")
VALIDATOR_CHARS = 1024
"""The longest ETag or Last-Modified sent back: web servers refuse a request header line over ~8 KB (nginx, Apache)."""


def unusable_validator(name: str, value: str) -> str | None:
    """Why `value`, a server's `name` header (ETag, Last-Modified), cannot be sent back to it (If-None-Match,
    If-Modified-Since), or None. Kept as it came, a 20 KB ETag had every later request of the page refused (HTTP 431)
    and one opening with a blank that is no space or tab (U+00A0, \\x0b, \\x1c: requests refuses such a header
    value) failed it before it was sent, on every run (hostile probe 50 F2)."""
    if len(value) > VALIDATOR_CHARS:
        return f"{name} of {len(value):,} characters is too long to send back (over {VALIDATOR_CHARS:,})"
    if value[:1].isspace() or "\r" in value or "\n" in value:  # (requests' own rule for a header value)
        return f"{name} {value[:60]!r} cannot be sent back as a request header (a blank first, a line break)"
    return None


def future_date(value: str, date_header: str | None) -> bool:
    """Whether the HTTP date `value` is later than the response's Date header and our clock (the earlier of the two,
    so that a server whose clock and pages both say 2099 does not vouch for itself), give or take FUTURE_TOLERANCE.
    An unreadable date is no future one."""
    when = http_timestamp(value)
    if when is None:
        return False
    now = time.time()
    if date_header and (date := http_timestamp(date_header)) is not None:
        now = min(now, date)
    return when > now + FUTURE_TOLERANCE


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date; None for anything else (our backoff then applies)."""
    if not value:
        return None
    value = value.strip()
    # (ASCII digits only: "²", byte 0xB2 read as Latin-1, is a digit to isdigit() and not to float(), and its ValueError
    # ended the fetch as "invalid URL" with the 503 lost, hostile probe 36 F2)
    if value.isascii() and value.isdigit():
        return float(value)
    when = http_timestamp(value)
    return None if when is None else max(0.0, when - time.time())


def _seconds(value: float) -> str:
    """A wait as a person reads it: "3600 s", and "more than a year" for a Retry-After of 26 digits (it printed as
    "100000000000000004764729344 s", hostile probe 36 F9)."""
    return f"{value:.0f} s" if value < 366 * 86400 else "more than a year"


_BOMS = (  # UTF-32's marks first: UTF-32-LE's begins with UTF-16-LE's
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# Python's names of the codecs of the WHATWG Encoding Standard's labels (those Python has), and UTF-32
_WEB_CODECS = frozenset(
    ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii", "cp866", "koi8-r", "koi8-u",
     "mac-roman", "mac-cyrillic", "tis-620", "cp874", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "euc_jp",
     "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949"]
    + [f"iso8859-{n}" for n in range(1, 17)] + [f"cp{n}" for n in range(1250, 1259)]
)


def _web_codec(label: str) -> bool:
    """Whether `label` names a web page's charset (not another of Python's codecs: "punycode", "utf-7", "hex")."""
    try:
        return codecs.lookup(label).name in _WEB_CODECS
    except (LookupError, ValueError):
        return False


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Decode bytes to text: the declared charset when it fits, else the document's own, else detection."""
    declared = None
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
        if match:
            declared = match.group(1).lower()
    head = body[:4096]
    embedded = None
    for pattern in (_XML_ENCODING, _META_CHARSET):
        found = pattern.search(head)
        if found:
            embedded = found.group(1).decode("ascii", "ignore").lower()
            break
    for bom, codec in _BOMS:  # a byte-order mark settles it, whatever the labels say ...
        if body.startswith(bom):
            rest = body[len(bom) :]
            if _bom_fits(rest, codec):
                return rest.decode(codec, "replace"), codec.removesuffix("-le").removesuffix("-be")
            # ... unless the bytes after it contradict it: a UTF-16 mark before 8-bit markup (no NUL bytes) made an ASCII
            # page CJK gibberish, a UTF-8 mark before a cp1251 page made its names U+FFFD (hostile probe 13). Those bytes
            # are read as if there were no mark.
            body = rest
            break
    # Only the charsets of the web: a label naming any other codec Python has ("punycode", "utf-7",
    # "unicode_escape", "rot13") is ignored, not obeyed (punycode decoding is quadratic: 45 s for 1 MB).
    candidates = [c for c in (declared, embedded) if c and _web_codec(c)]
    if body.count(0) * 8 < len(body):
        # Labelled UTF-16/32 without a byte-order mark, but hardly a NUL byte: ASCII text (markup) in those
        # has one in every other byte. Decoded as labelled, an ASCII page became CJK gibberish (HTML's rule
        # reads a "utf-16" meta label as UTF-8, for the same reason).
        candidates = [c for c in candidates if not c.replace("-", "").replace("_", "").startswith(("utf16", "utf32", "ucs"))]
    for candidate in candidates:
        if _single_byte(candidate):
            # Servers often label UTF-8 as Latin-1, pages keep a template's old "windows-1251" meta; valid multi-byte
            # UTF-8 is almost never an accident (any single-byte label: a cp1251 meta over UTF-8 stored every Cyrillic
            # name as mojibake no list matched, hostile probe 13).
            try:
                text = body.decode("utf-8")
                if any(b > 0x7F for b in body):
                    return text, "utf-8"
            except UnicodeDecodeError:
                pass
        try:
            return body.decode(candidate), candidate
        except (LookupError, UnicodeError):
            continue
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if not candidates or any(c.replace("_", "-") in ("utf-8", "utf8") for c in candidates):
        # UTF-8 (as labelled, or unlabelled) with a stray paragraph in another code page: read as UTF-8, the stray
        # bytes replaced. Detection picked one single-byte code page for the whole page and turned the valid UTF-8
        # into mojibake. A page in another code page throughout has next to no valid multi-byte sequence.
        lenient = _utf8_with_strays(body)
        if lenient is not None:
            return lenient, "utf-8"
    from charset_normalizer import from_bytes

    # Without a BOM, UTF-16/32 guesses on short 8-bit text are wrong far more often than right.
    guesses = list(from_bytes(body, cp_isolation=_FALLBACK_ENCODINGS))
    if guesses:
        # Near-ties are common between single-byte code pages: prefer the more widespread one.
        least = min(m.chaos for m in guesses)
        close = [m for m in guesses if m.chaos <= least + 0.02]
        best = min(close, key=lambda m: (-m.coherence, _rank(m.encoding)))
        return str(best), best.encoding
    return body.decode("cp1252", "replace"), "cp1252"


def _bom_fits(rest: bytes, codec: str) -> bool:
    """Whether the bytes after a byte-order mark read as the mark says: UTF-16/32 markup has NUL bytes (ASCII in every
    other byte), UTF-8 decodes with next to no error."""
    if not rest:
        return True
    if not codec.startswith("utf-8"):
        return rest.count(0) * 8 >= len(rest)
    try:
        rest.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return _utf8_with_strays(rest) is not None


def _utf8_with_strays(body: bytes) -> str | None:
    """`body` read as UTF-8 with its stray bytes replaced, when its valid multi-byte characters outnumber the strays
    four to one (text in another code page throughout has next to no valid multi-byte sequence); else None."""
    lenient = body.decode("utf-8", "replace")
    bad = lenient.count("\ufffd")
    return lenient if sum(1 for ch in lenient if ch > "\x7f") - bad > 4 * bad else None


def _single_byte(label: str) -> bool:
    """A single-byte code page's label (Latin-1, windows-125x, koi8, iso-8859-x, ...): what valid UTF-8 overrides."""
    normal = label.replace("_", "-").lower()
    return (normal in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "koi8-r", "koi8-u", "cp866", "ibm866",
                       "macintosh", "mac-roman", "x-mac-cyrillic", "tis-620", "iso-8859-11")
            or normal.startswith(("windows-125", "cp125", "iso-8859-", "iso8859-")))


def _rank(encoding: str) -> int:
    normal = encoding.replace("_", "-").lower()
    aliases = {"windows-1252": "cp1252", "latin-1": "iso-8859-1", "windows-1251": "cp1251", "windows-1250": "cp1250"}
    normal = aliases.get(normal, normal)
    return _FALLBACK_ENCODINGS.index(normal) if normal in _FALLBACK_ENCODINGS else len(_FALLBACK_ENCODINGS)


# getaddrinfo's answers that the name does not exist (NXDOMAIN, or no address for it); EAI_AGAIN, a resolver that did
# not answer in time, may answer the next time and is retried as any failed connection is
_NO_SUCH_NAME = frozenset({socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)})


def _unresolved_host(exc: BaseException, url: str) -> str | None:
    """The host name whose resolution `exc` says does not exist, or None when `exc` is no such failure. The name is the
    one the connection was for (a proxy's, when a proxy is used), else the URL's host."""
    from urllib3.exceptions import NameResolutionError

    failed = _cause(exc, socket.gaierror)
    if not isinstance(failed, socket.gaierror) or failed.errno not in _NO_SUCH_NAME:
        return None
    connection = getattr(_cause(exc, NameResolutionError), "conn", None)
    return str(getattr(connection, "host", None) or urlsplit(url).hostname or url)


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:297] + "..."
