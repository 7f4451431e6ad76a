"""A scriptable HTTP server on 127.0.0.1 that misbehaves on purpose, for fetcher and fault tests.

Each test scripts routes: a path answers with a sequence of `Reply`s (the last one repeats), each of
which can delay, send any status and headers, gzip its body, stream it without Content-Length, cut
the body short, or reset the connection. Every request is recorded with its headers and time.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

Body = bytes | Callable[[], Iterable[bytes]]


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: Body = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0
    """Seconds to wait before sending anything (a read timeout when larger than the client's)."""
    body_delay: float = 0.0
    """Seconds to wait after the headers, before the body."""
    gzip: bool = False
    """Send the body gzip-compressed with Content-Encoding: gzip."""
    content_length: bool = True
    """False: no Content-Length; the body ends when the connection closes."""
    truncate_to: int | None = None
    """Announce the full Content-Length but send only this many bytes, then close."""
    reset: bool = False
    """Reset the TCP connection (RST) instead of answering."""
    etag: str | None = None
    """With an ETag, a request whose If-None-Match matches gets 304 and no body."""
    last_modified: str | None = None
    """Sent as Last-Modified; a request whose If-Modified-Since is no earlier gets 304 and no body (Apache and nginx
    compare the dates, not the strings)."""


@dataclass
class Seen:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    at: float


def _chunks(body: Body) -> Iterator[bytes]:
    if isinstance(body, bytes):
        yield body
    else:
        yield from body()


def gzip_bomb(inflated: int, chunk: int = 1 << 20) -> bytes:
    """A small gzip stream that inflates to `inflated` zero bytes (built without holding them)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    parts = [b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"]
    zeros = b"\0" * chunk
    left = inflated
    crc = 0
    while left > 0:
        piece = zeros if left >= chunk else zeros[:left]
        parts.append(comp.compress(piece))
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    parts.append(comp.flush())
    parts.append(struct.pack("<II", crc & 0xFFFFFFFF, inflated & 0xFFFFFFFF))
    return b"".join(parts)


def repeated(piece: bytes, total: int) -> Callable[[], Iterator[bytes]]:
    """A body of `total` bytes made of `piece`, streamed without ever holding it whole."""

    def gen() -> Iterator[bytes]:
        left = total
        while left > 0:
            out = piece if left >= len(piece) else piece[:left]
            left -= len(out)
            yield out

    return gen


def dripping(piece: bytes, times: int, pause: float, head: bytes = b"") -> Callable[[], Iterator[bytes]]:
    """A body that never hurries: `head` at once, then `piece` `times` times, `pause` seconds apart (each piece within
    any read timeout, the whole past a deadline)."""

    def gen() -> Iterator[bytes]:
        if head:
            yield head
        for _ in range(times):
            time.sleep(pause)
            yield piece

    return gen


def _not_modified_since(since: str | None, last_modified: str) -> bool:
    try:
        return since is not None and parsedate_to_datetime(since) >= parsedate_to_datetime(last_modified)
    except (TypeError, ValueError):
        return False


class HostileServer:
    """`with HostileServer() as srv: srv.route("/x", Reply(503), Reply(200, b"ok")); srv.url("/x")`."""

    def __init__(self, robots: str | None = "User-agent: *\nAllow: /\n", tls: tuple[Path, Path] | None = None) -> None:
        """`tls`: a certificate and its key (tests.support.tls): the port then answers https too, as a site's 443
        beside its 80 (a connection opening with a TLS handshake is served encrypted; `https_url`)."""
        self._routes: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()
        self.requests: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
                return

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                server._handle(self)

        context = None
        if tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*tls)

        class Server(ThreadingHTTPServer):
            def finish_request(self, request: Any, client_address: Any) -> None:
                # (in the request's own thread: a client that sends nothing holds no other one)
                if context is not None and request.recv(1, socket.MSG_PEEK) == b"\x16":
                    try:
                        request = context.wrap_socket(request, server_side=True)
                    except (ssl.SSLError, OSError):
                        return
                super().finish_request(request, client_address)

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="hostile-server", daemon=True
        )
        if robots is not None:
            self.route("/robots.txt", Reply(200, robots.encode(), content_type="text/plain"))

    # -- scripting -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def https_url(self, path: str) -> str:
        """`path` on this server by https (a server started with `tls`)."""
        return self.base_url.replace("http://", "https://", 1) + path

    def route(self, path: str, *replies: Reply) -> None:
        """Answer `path` with these replies in turn; the last one repeats."""
        with self._lock:
            self._routes[path] = list(replies)

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if urlsplit(r.path).path == path]

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> HostileServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving ---------------------------------------------------------------------------------

    def _next(self, path: str) -> Reply | None:
        with self._lock:
            replies = self._routes.get(path)
            if not replies:
                return None
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        path = urlsplit(h.path).path
        with self._lock:
            self.requests.append(Seen("GET", h.path, {k.lower(): v for k, v in h.headers.items()}, time.monotonic()))
        # a route for the path with its query ("/?p=101", "/news.php?id=5") before one for the path alone
        reply = (self._next(h.path.split("#", 1)[0]) if "?" in h.path else None) or self._next(path) or Reply(
            404, b"not found", content_type="text/plain")
        if reply.delay:
            time.sleep(reply.delay)
        if reply.reset:
            # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.close_connection = True
            h.connection.close()
            return
        if reply.etag and h.headers.get("If-None-Match") == reply.etag:
            h.send_response(304)
            h.send_header("ETag", reply.etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if reply.last_modified and _not_modified_since(h.headers.get("If-Modified-Since"), reply.last_modified):
            h.send_response(304)
            h.send_header("Last-Modified", reply.last_modified)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        try:
            self._send(h, reply)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True  # the client gave up (size cap, timeout): expected

    def _send(self, h: BaseHTTPRequestHandler, reply: Reply) -> None:
        body: Body = reply.body
        if reply.gzip and isinstance(body, bytes) and not body.startswith(b"\x1f\x8b"):
            body = gzip.compress(body)
        h.send_response(reply.status)
        if reply.content_type:
            h.send_header("Content-Type", reply.content_type)
        if reply.gzip:
            h.send_header("Content-Encoding", "gzip")
        if reply.etag:
            h.send_header("ETag", reply.etag)
        if reply.last_modified:
            h.send_header("Last-Modified", reply.last_modified)
        for key, value in reply.headers.items():
            h.send_header(key, value)
        if reply.content_length and isinstance(body, bytes):
            h.send_header("Content-Length", str(len(body)))
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        h.wfile.flush()
        if reply.body_delay:
            time.sleep(reply.body_delay)
        if reply.truncate_to is not None and isinstance(body, bytes):
            h.wfile.write(body[: reply.truncate_to])
            h.wfile.flush()
            h.close_connection = True
            return
        for chunk in _chunks(body):
            h.wfile.write(chunk)
        h.wfile.flush()
