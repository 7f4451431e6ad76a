"""Canonical URLs and stable ids: the same article reached two ways is stored once."""

from __future__ import annotations

import hashlib
import re
import string
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the reader; they never change the document.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src", "cmpid", "ocid", "sr_share", "s_cid", "at_medium",
        "at_campaign", "xtor", "spm", "__twitter_impression",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters, sort the rest."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    path = _normal_path(parts.path)
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def _normal_path(path: str) -> str:
    """The path as RFC 3986 (6.2.2) normalises it: escapes of unreserved characters decoded ("%7E" is
    "~"), other escapes in upper case, "." and ".." segments resolved ("/a/./b/../c" is "/a/c")."""
    if "%" in path:
        path = _ESCAPE.sub(lambda m: c if (c := chr(int(m[1], 16))) in _UNRESERVED else "%" + m[1].upper(), path)
    if _CONTROL.search(path):  # "\x1b[31m", a raw space: escaped, never stored or printed as they are
        path = _CONTROL.sub(lambda m: f"%{ord(m[0]):02X}", path)
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
    return path or "/"


def article_id(url: str) -> str:
    """Stable id of an article: a hash of its canonical URL."""
    return canonical_id(canonical_url(url))


def canonical_id(canonical: str) -> str:
    """`article_id` of a URL that is already canonical (saves canonicalising it twice)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"
