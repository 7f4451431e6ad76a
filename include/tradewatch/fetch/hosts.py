"""Whether a host is internal (this machine, its network, cloud metadata): the one verdict the fetcher's guard uses for
a source's own URL, its links and its redirects, and the registries' checks use for the URLs they are given."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

# Names that are internal by definition, whatever DNS (or a proxy resolving names for us) says: RFC 6761 reserves
# "localhost" and every name under it for this machine; ".internal" is reserved for private networks (ICANN, 2024) and
# holds the clouds' metadata names (metadata.google.internal, instance-data.ec2.internal); "metadata" and
# "instance-data" are the short forms a cloud's search domain completes; ".local" is multicast DNS (RFC 6762),
# ".home.arpa" a home network (RFC 8375).
_INTERNAL_NAMES = frozenset({"localhost", "metadata", "instance-data"})
_INTERNAL_SUFFIXES = (".localhost", ".internal", ".local", ".home.arpa")

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the last 32 bits are the IPv4 address
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: a network's own translators
_INET_ATON_CHARS = frozenset("0123456789abcdefx.")


def normal_host(host: str) -> str:
    """The host as a connection and `fetch.urls.canonical_url` see it: without IPv6 brackets, lower-case, without the
    trailing dot of a fully qualified name ("LOCALHOST." is "localhost"), a non-ASCII name IDNA-encoded (its full-width
    letters and ideographic full stops mapped: "ｌｏｃａｌｈｏｓｔ" is "localhost"). A name IDNA cannot encode stays as
    written, lower-case (the fetcher refuses it as ambiguous)."""
    host = host.strip().strip("[]")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    return host.lower().rstrip(".")


def internal_address(address: str) -> bool:
    """Loopback, private, link-local (cloud metadata: 169.254.169.254), shared, reserved: not the internet. An IPv6
    address that carries an IPv4 one (mapped, IPv4-compatible "::127.0.0.1", NAT64 "64:ff9b::a9fe:a9fe", 6to4, Teredo)
    is judged by that IPv4 address: ipaddress calls the NAT64 and IPv4-compatible forms global (hostile probe 10).
    Anything that is no address at all is internal (nothing to vouch for it)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64_LOCAL:
            return True
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and (ip in _NAT64 or 1 < int(ip) < 2**32):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return not embedded.is_global
    return not ip.is_global


def literal_address(host: str) -> str | None:
    """The address a host that is an IP literal stands for, in its usual form, or None for a name. The legacy IPv4
    forms a connection accepts count too ("127.1", "2130706433", "0x7f.1", "0177.0.0.1")."""
    host = normal_host(host)
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        pass
    if host and set(host) <= _INET_ATON_CHARS and host[0].isdigit():
        try:
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            return None
    return None


def internal_by_name(host: str) -> str | None:
    """Why `host` is internal by what it is written as, without asking DNS (an internal IP literal, a name internal by
    definition), or None."""
    host = normal_host(host)
    address = literal_address(host)
    if address is not None:
        return f"it is an internal address ({address})" if internal_address(address) else None
    if host in _INTERNAL_NAMES or host.endswith(_INTERNAL_SUFFIXES):
        return f"{host!r} is an internal name (localhost, *.localhost, *.internal, *.local, cloud metadata names)"
    return None


def resolve_host(host: str) -> list[str]:
    """The addresses a host name resolves to (an IP literal resolves to itself); [] when it does not."""
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)})
    except (OSError, UnicodeError):
        return []


def internal_verdict(host: str, resolve: Callable[[str], list[str]] = resolve_host) -> str | None:
    """Why `host` is internal, or None when it is on the internet: by what it is written as (`internal_by_name`), else
    by the addresses `resolve` gives for its normal form (a name that does not resolve here is on the internet: behind a
    proxy that resolves names, what it connects to is then the proxy's to check)."""
    why = internal_by_name(host)
    if why is not None:
        return why
    normal = normal_host(host)
    internal = [a for a in (resolve(normal) if normal else []) if internal_address(a)]
    return f"it resolves to an internal address ({internal[0]})" if internal else None
