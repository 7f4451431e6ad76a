"""The demo site keeps its port from one run to the next (hostile probe 14: the port probe bound without SO_REUSEADDR,
so the connections the last run's server had just closed made it fail for a minute; the second run moved to a random
port, every URL changed, and no conditional GET applied)."""

from __future__ import annotations

import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tradewatch.pipeline_cli import _free_port


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_the_port_a_stopped_server_just_used_is_free_again() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    for _ in range(3):  # the server closes each connection first: its side of each waits in TIME_WAIT
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as reply:
            assert reply.read() == b"ok"
    server.shutdown()
    server.server_close()
    thread.join(5)
    assert _free_port(port) == port
    # and the demo site can bind it again
    again = ThreadingHTTPServer(("127.0.0.1", port), _Page)
    again.server_close()
