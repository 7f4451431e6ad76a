"""The per-host rate limit holds across fetchers and processes (hostile probe 7: parallel crawls of one host each kept
their own pace, 4 requests in one second against a limit of one a second)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support.hostile_server import HostileServer, Reply
from tradewatch.fetch.http import PoliteFetcher
from tradewatch.fetch.pacing import HostTurns

PAGE = b"<html><body><p>paced</p></body></html>"
ROOT = Path(__file__).resolve().parents[3]


def _gaps(server: HostileServer) -> list[float]:
    times = sorted(r.at for r in server.requests)
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_two_fetchers_of_one_deployment_share_the_hosts_pace(server, settings) -> None:
    for p in ("/1", "/2", "/3", "/4"):
        server.route(p, Reply(200, PAGE))
    paced = dataclasses.replace(settings, min_interval=0.25)
    first, second = PoliteFetcher(paced), PoliteFetcher(paced)
    for fetcher, p in ((first, "/1"), (second, "/2"), (first, "/3"), (second, "/4")):
        assert fetcher.get(server.url(p)).ok
    assert len(server.requests) == 6  # each fetcher reads robots.txt once
    assert min(_gaps(server)) >= 0.23, _gaps(server)


def test_crawl_processes_running_at_once_share_the_hosts_pace(server, tmp_path: Path) -> None:
    for i in range(6):
        server.route(f"/p{i}", Reply(200, PAGE))
    script = textwrap.dedent("""
        import sys
        from tradewatch.fetch.http import PoliteFetcher
        fetcher = PoliteFetcher()
        for url in sys.argv[1:]:
            assert fetcher.get(url).ok, url
    """)
    env = {**os.environ, "TRADEWATCH_DATA_DIR": str(tmp_path / "data"), "TRADEWATCH_MIN_INTERVAL": "0.3",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "include"), str(ROOT)])}
    workers = [subprocess.Popen([sys.executable, "-c", script, server.url(f"/p{2 * i}"), server.url(f"/p{2 * i + 1}")],
                                env=env) for i in range(3)]
    assert [w.wait(timeout=120) for w in workers] == [0, 0, 0]
    assert len(server.requests) == 9  # 3 robots.txt and 6 pages
    assert min(_gaps(server)) >= 0.27, _gaps(server)


def test_a_slot_from_a_clock_set_back_or_a_garbled_file_is_ignored(tmp_path: Path) -> None:
    turns = HostTurns(tmp_path)
    assert turns.take("example.org", 2.0, now=1_000_000.0) == 0.0
    assert turns.take("example.org", 2.0, now=1_000_000.5) == 1.5  # the next slot is 2 s after the first
    assert turns.take("other.example", 2.0, now=1_000_000.5) == 0.0  # hosts are paced apart
    assert turns.take("example.org", 2.0, now=10.0) == 0.0  # the clock went back a fortnight: no 11-day wait
    for garbage in (b"nan", b"\xff\xfe", b"1e999"):
        for path in tmp_path.iterdir():
            path.write_bytes(garbage)
        assert turns.take("example.org", 2.0, now=50.0) == 0.0


def test_a_folder_that_cannot_be_written_paces_this_process_alone(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    turns = HostTurns(blocked / "pacing")
    assert turns.take("example.org", 1.0, now=100.0) == 0.0
    assert turns.take("example.org", 1.0, now=100.25) == 0.75
    assert turns.folder is None
