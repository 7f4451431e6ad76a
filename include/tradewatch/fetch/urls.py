"""Canonical URLs and stable ids: the same article reached two ways is stored once."""

from __future__ import annotations

import hashlib
import re
import string
import unicodedata
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the reader; they never change the document.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src", "cmpid", "ocid", "sr_share", "s_cid", "at_medium",
        "at_campaign", "xtor", "spm", "__twitter_impression",
        # session ids: a new one per visit made the same article new on every run
        "jsessionid", "phpsessid", "sessionid", "session_id", "sessid", "cfid", "cftoken", "oscsid", "zenid",
        "sess_id", "sesskey", "xtcsid", "wosid",
        # campaign tags a feed rotates per build (hostile probe 35 F1: "?CMP=rss1", then "?CMP=rss2", stored the
        # article twice): the Guardian's CMP, Reuters' and Yahoo's ncid, the New York Times' smid/smtyp, ito, Google
        # Analytics' linker _ga/_gl, mbid
        "cmp", "ncid", "smid", "smtyp", "ito", "_ga", "_gl", "mbid", "s_kwcid",
    }
)
# "sid" is a session id when it is a token ("sid=26338ae40e47"); a number may be a story's id ("sid=1234")
_SESSION_TOKEN_PARAMS = frozenset({"sid"})
# ";jsessionid=0A1B2C" in the path (Java servlets), before any query
# ... and ASP.NET's cookieless "/(S(abc123xyz))/page.aspx" segment
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#]*|/\((?:[A-Z]\([^()/]*\))+\)(?=/)", re.IGNORECASE)
# "ASPSESSIONIDQQGGQQSA": a suffix per server; "WT.mc_id", "WT.mc_ev" (Webtrends, common on government sites);
# "ns_mchannel", "ns_source" (the BBC's comScore tags)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_", "aspsessionid", "wt.", "ns_")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters, sort the rest."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = _CONTROL.sub(_percent_encoded, (parts.hostname or "").lower().rstrip("."))
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = _normal_path(_PATH_SESSION.sub("", parts.path) if ";" in parts.path or "(" in parts.path else parts.path)
    try:
        pairs = parse_qsl(parts.query, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        # "?title=Sanktionen%E4" (Latin-1): decoding with replacement made three articles one URL the site never
        # gave. Such a query keeps its bytes: its parts sorted as written, escapes normalised.
        raw = [p for p in parts.query.split("&") if p and not _dropped(p.split("=", 1)[0], p.partition("=")[2])]
        return urlunsplit((scheme, netloc, path, "&".join(sorted(_CONTROL.sub(_percent_encoded, _normal_escapes(p))
                                                                 for p in raw)), ""))
    query = [(k, v) for k, v in pairs if not _dropped(k, v)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def _dropped(key: str, value: str) -> bool:
    """A parameter that only tracks the reader or the visit."""
    key = key.lower()
    return (key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)
            or key in _SESSION_TOKEN_PARAMS and len(value) >= 8 and not value.isdigit())


def _normal_escapes(text: str) -> str:
    return _ESCAPE.sub(lambda m: c if (c := chr(int(m[1], 16))) in _UNRESERVED else "%" + m[1].upper(), text)


_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
# Written percent-encoded wherever they are in a URL, never stored or printed as they are: C0 controls and the space,
# DEL and the C1 controls (U+0085 ends a line for Python and many log shippers), the Unicode line and paragraph
# separators, and the bidi controls that reorder what a reader sees (hostile probe 26: a link holding a raw U+2028
# reached `fetches.url` and split the log line). Other non-ASCII text ("/café/") stays as the site wrote it.
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _percent_encoded(match: re.Match[str]) -> str:
    return quote(match.group(), safe="")  # (UTF-8: U+2028 is "%E2%80%A8")


def _normal_path(path: str) -> str:
    """The path as RFC 3986 (6.2.2) normalises it: escapes of unreserved characters decoded ("%7E" is
    "~"), other escapes in upper case, "." and ".." segments resolved ("/a/./b/../c" is "/a/c")."""
    if "%" in path:
        path = _normal_escapes(path)
    if _CONTROL.search(path):  # "\x1b[31m", a raw space, U+2028: escaped, never stored or printed as they are
        path = _CONTROL.sub(_percent_encoded, path)
    if "/." in path:
        segments = path.split("/")
        kept: list[str] = []
        for segment in segments:
            if segment == "..":
                if len(kept) > 1:
                    kept.pop()
            elif segment != ".":
                kept.append(segment)
        if segments[-1] in (".", ".."):
            kept.append("")  # "/a/b/.." names the folder "/a/"
        path = "/".join(kept)
    if "//" in path:  # "/art//good2.html": an empty segment a site's link template left
        path = _SLASHES.sub("/", path)
    if path.endswith("/") and _PAGE_WITH_SLASH.search(path):  # "/art/good1.html/": a page, not a folder
        path = path[:-1]
    return path or "/"


_SLASHES = re.compile(r"/{2,}")
_PAGE_WITH_SLASH = re.compile(r"\.(?:html?|shtml|php|aspx?|jsp|cfm)/$", re.IGNORECASE)


def article_id(url: str) -> str:
    """Stable id of an article: a hash of its canonical URL."""
    return canonical_id(canonical_url(url))


def canonical_id(canonical: str) -> str:
    """`article_id` of a URL that is already canonical (saves canonicalising it twice)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


def same_page_canonical(served: str, href: str | None, site_hosts: Iterable[str]) -> str | None:
    """The canonical URL of a page's own `<link rel="canonical">` when it names that same page, else None.

    It names the page when it is on the page's site (the page's host or the source's, "www." or not, http or https)
    and its path is the page's but for the case of its letters and a trailing slash, and its query keeps only
    parameters the page's URL has (hostile probe 35 F1: "/news/a/", "/News/A", "localhost/news/a" and
    "/news/a?CMP=rss2" all declared "/news/a", and each was stored as an article of its own). A canonical link that
    names another page is not taken: a broken template that points every story at the home page or the section, or a
    page claiming another one's identity, would make one article of many."""
    if not href:
        return None
    try:
        canonical = canonical_url(urljoin(served, href.strip()))
        page, named = urlsplit(served), urlsplit(canonical)
        hosts = {_site_host(h) for h in site_hosts} | {_site_host(served)}
    except ValueError:  # "http://[::1": no canonical URL, the page's own is kept
        return None
    if named.scheme not in ("http", "https") or _site_host(canonical) not in hosts:
        return None
    if named.path.rstrip("/").lower() != page.path.rstrip("/").lower() or named.path.rstrip("/") == "":
        return None  # (the home page, or another page)
    if not set(parse_qsl(named.query, keep_blank_values=True)) <= set(parse_qsl(page.query, keep_blank_values=True)):
        return None
    return canonical


def other_spellings(canonical: str) -> list[str]:
    """The other canonical URLs one page is reached by on a site that serves it under each: http and https (a port
    written out stays), with and without a trailing slash, "www." or not (the home page aside). An article stored under
    one is that page's article when a later run links it under another (see `pipeline._load_other_spellings`)."""
    parts = urlsplit(canonical)
    scheme = parts.scheme.lower()
    path = parts.path
    if scheme not in ("http", "https") or not parts.hostname or path.rstrip("/") == "":
        return []
    host = parts.netloc
    bare = host[4:] if host.startswith("www.") else host
    hosts = (bare, "www." + bare) if bare.count(".") >= 1 and not _IP_LITERAL.match(bare) else (host,)
    paths = (path.rstrip("/"), path.rstrip("/") + "/")
    spellings = {canonical_url(urlunsplit((sch, netloc, p, parts.query, ""))) for sch in ("http", "https")
                 for netloc in hosts for p in paths}
    return sorted(spellings - {canonical})


_IP_LITERAL = re.compile(r"^(?:\[[^\]]*\]|[\d.]+)(?::\d+)?$")  # "127.0.0.1:8080", "[::1]": no "www." form


def _site_host(url: str) -> str:
    """A URL's host as one site: lower case, without "www." (www.gov.uk and gov.uk are one site)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def host_of(url: str) -> str:
    """The URL's origin as written ("https://example.org"): robots.txt is per origin (RFC 9309)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"


_DEFAULT_PORTS = {"http": 80, "https": 443}


def pace_key(url: str) -> str:
    """The server a URL asks, as the per-host rate limit counts it: the host's normal form and a port other than its
    scheme's default, without scheme or userinfo. Pacing protects the server, not the origin: keyed on scheme://netloc,
    "http://example.org" and "https://example.org" (a feed of http links to a site that redirects to https), ":80",
    a trailing dot or "user@" each had a slot of their own (hostile probe 36 F4)."""
    from tradewatch.fetch.hosts import normal_host

    parts = urlsplit(url)
    host = normal_host(parts.hostname or "")
    try:
        port = parts.port
    except ValueError:  # a port that is no number: the URL fails when asked; its key is the host's
        port = None
    return host if port is None or port == _DEFAULT_PORTS.get(parts.scheme.lower()) else f"{host}:{port}"


_BLANK_OR_CONTROL = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})  # controls, invisible format marks (U+200B), blanks


def registry_url_problem(url: str) -> str | None:
    """Why `url`, a registry's source or list URL, cannot be fetched as written, or None: a blank, invisible or control
    character (percent-encoded by the client, "feed.xml\\nHost: x" was asked for as "feed.xml%0AHost:%20x", a 404; a
    zero-width space pasted with the address, likewise), a port outside 1-65535 (":0" had robots.txt asked for on port
    80), a host the HTTP client cannot read ("127.0. 0.1", ":99999"). Such a URL validated and failed at every crawl
    as "HTTP 404" or "a URL the HTTP client cannot parse"; now it is the file's error, naming the field (hostile probe
    50 F5)."""
    from urllib3.util import parse_url

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return f"must be an absolute http(s) URL, got {url[:200]!r}"
    blank = next(((at, char) for at, char in enumerate(url) if unicodedata.category(char) in _BLANK_OR_CONTROL), None)
    if blank:
        return (f"holds a blank, invisible or control character ({blank[1]!r} at {blank[0]}): percent-encode it "
                f"(a space is %20) or delete it, got {url[:200]!r}")
    try:
        port = parts.port
    except ValueError:  # "Port out of range 0-65535", "Port could not be cast to integer value"
        port = 0
    if port is not None and not 1 <= port <= 65535:
        return f"its port must be a number from 1 to 65535, got {url[:200]!r}"
    try:
        parse_url(url)
    except Exception:  # noqa: BLE001 - urllib3 raises LocationParseError and ValueErrors: not fetchable
        return f"is not a URL the HTTP client can read, got {url[:200]!r}"
    return None


def fetchable_url(url: str) -> str:
    """`url` when a registry may hold it, else ValueError saying why (`registry_url_problem`): the one check of the
    source and list registries' URLs, as a pydantic validator (`AfterValidator(fetchable_url)`)."""
    problem = registry_url_problem(url)
    if problem:
        raise ValueError(problem)
    return url
