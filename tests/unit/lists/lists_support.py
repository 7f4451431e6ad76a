"""Helpers for the lists tests: fixture paths, a local HTTP server, a registry writer."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "lists"
FORMATS = {
    "us_ofac_sdn": ("ofac_sdn_xml", "sdn.xml"),
    "uk_sanctions_list": ("uk_sanctions_list_xml", "uk_sanctions_list.xml"),
    "eu_fsf": ("eu_fsf_xml", "eu_fsf.xml"),
    "un_sc": ("un_sc_xml", "un_sc.xml"),
}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


class LocalServer:
    """Serves a folder on 127.0.0.1 and counts the requests per path."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hits: dict[str, int] = {}
        server = self

        class Handler(_QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                super().do_GET()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def write_registry(folder: Path, base_url: str, list_ids: tuple[str, ...] = tuple(FORMATS)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for list_id in list_ids:
        fmt, filename = FORMATS[list_id]
        (folder / f"{list_id}.yml").write_text(
            f"list_id: {list_id}\ntitle: test {list_id}\npublisher: test\n"
            f"url: {base_url}/{filename}\nformat: {fmt}\nmax_bytes: 1000000\nmin_entities: 1\n",
            encoding="utf-8",
        )
    return folder


