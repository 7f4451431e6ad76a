"""A static site on 127.0.0.1 for the offline demo and the tests, with ETag/Last-Modified support.

Feeds in a bundled site name their links with the fixed base `http://127.0.0.1:8765`; the server
rewrites that base to its real address on the fly, so any free port works.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

PLACEHOLDER_BASE = "http://127.0.0.1:8765"
_TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
          ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".csv": "text/csv; charset=utf-8"}


class StaticSite:
    """Serve a folder; `with StaticSite(folder) as site: site.base_url`."""

    def __init__(self, root: Path, port: int = 0, host: str = "127.0.0.1",
                 mounts: dict[str, Path] | None = None) -> None:
        self.root = Path(root).resolve()
        # Extra folders served under a URL prefix, e.g. {"/lists": demo/lists}.
        self.mounts = {"/" + k.strip("/"): Path(v).resolve() for k, v in (mounts or {}).items()}
        self.requests: list[tuple[str, str, int]] = []  # (method, path, status), for tests
        site = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "TradewatchDemo/1.0"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
                return  # quiet: the demo prints its own summary

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                status = site._serve(self)
                site.requests.append(("GET", self.path, status))

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="static-site", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{host}:{port}"

    def start(self) -> StaticSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> StaticSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self, handler: BaseHTTPRequestHandler) -> int:
        path = unquote(urlsplit(handler.path).path)
        root = self.root
        for prefix, folder in self.mounts.items():
            if path == prefix or path.startswith(prefix + "/"):
                root, path = folder, path[len(prefix):]
                break
        target = (root / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if root not in target.parents or not target.is_file():
            return self._send(handler, 404, b"not found", "text/plain")
        body = target.read_bytes()
        if PLACEHOLDER_BASE.encode() in body:
            body = body.replace(PLACEHOLDER_BASE.encode(), self.base_url.encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(target.stat().st_mtime, usegmt=True)
        if handler.headers.get("If-None-Match") == etag:
            return self._send(handler, 304, b"", None, {"ETag": etag, "Last-Modified": modified})
        ctype = _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return self._send(handler, 200, body, ctype, {"ETag": etag, "Last-Modified": modified})

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str | None,
              headers: dict[str, str] | None = None) -> int:
        handler.send_response(status)
        if ctype:
            handler.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        if status != 304:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if status != 304:
            handler.wfile.write(body)
        return status
