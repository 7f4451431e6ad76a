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


def _assert_paced(gaps: list[float], interval: float) -> None:
    """Requests kept the host's pace: unpaced, they arrive a few milliseconds apart; paced, `interval` apart, give or
    take when each process got the CPU after taking its turn (on a loaded machine a request may arrive ~50 ms late,
    making one gap shorter and the next longer: a CI run saw 0.255 s against 0.3)."""
    assert min(gaps) >= 0.6 * interval, gaps
    assert sorted(gaps)[len(gaps) // 2] >= 0.9 * interval, gaps


def test_two_fetchers_of_one_deployment_share_the_hosts_pace(server, settings) -> None:
    for p in ("/1", "/2", "/3", "/4"):
        server.route(p, Reply(200, PAGE))
    paced = dataclasses.replace(settings, min_interval=0.25)
    first, second = PoliteFetcher(paced), PoliteFetcher(paced)
    for fetcher, p in ((first, "/1"), (second, "/2"), (first, "/3"), (second, "/4")):
        assert fetcher.get(server.url(p)).ok
    assert len(server.requests) == 6  # each fetcher reads robots.txt once
    _assert_paced(_gaps(server), 0.25)


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
    _assert_paced(_gaps(server), 0.3)


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


def test_a_symlink_in_the_pacing_folder_is_not_written_through(tmp_path: Path) -> None:
    # hostile probe 8: a link named like a host's pacing file had the crawl truncate the file it pointed to
    victim = tmp_path / "precious.txt"
    victim.write_text("x" * 4100)
    folder = tmp_path / "pacing"
    folder.mkdir()
    turns = HostTurns(folder)
    assert turns.take("example.org", 1.0, now=100.0) == 0.0  # creates the host's file
    (name,) = [p.name for p in folder.iterdir()]
    (folder / name).unlink()
    (folder / name).symlink_to(victim)
    assert turns.take("example.org", 1.0, now=100.25) == 0.0  # this process's own pace from here on
    assert turns.take("example.org", 1.0, now=100.5) == 0.75
    assert victim.read_text() == "x" * 4100


def test_a_pacing_file_locked_by_a_stuck_process_does_not_hang_the_crawl(tmp_path: Path, monkeypatch) -> None:
    # hostile probe 8: another process holding the lock left the crawl waiting in flock for ever
    import fcntl
    import time

    from tradewatch.fetch import pacing

    monkeypatch.setattr(pacing, "LOCK_WAIT_SECONDS", 0.3)
    turns = HostTurns(tmp_path)
    turns.take("example.org", 1.0, now=100.0)
    (path,) = list(tmp_path.iterdir())
    with path.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        started = time.monotonic()
        assert turns.take("example.org", 1.0, now=200.0) == 0.0
        assert time.monotonic() - started < 5
    assert turns.take("example.org", 1.0, now=200.25) == 0.75  # that host: this process's own pace from here on
    assert turns.folder == tmp_path  # the other hosts are still shared (see the test below)


def test_a_wait_the_caller_will_not_take_reserves_nothing(tmp_path: Path) -> None:
    # hostile probe 8: each refused slot was still taken, so the next refused waits grew 2, 4, 6, 8, 10 s
    turns = HostTurns(tmp_path)
    assert turns.take("example.org", 2.0, now=100.0) == 0.0
    assert [turns.take("example.org", 2.0, now=100.5, max_wait=1.0) for _ in range(3)] == [1.5, 1.5, 1.5]
    assert turns.take("example.org", 2.0, now=100.5) == 1.5  # the slot is still the one after the first


def test_a_slot_far_beyond_any_queue_of_crawls_is_ignored(tmp_path: Path) -> None:
    # hostile probe 8: a slot an hour ahead (a clock set back by less than an hour) was waited out in silence
    turns = HostTurns(tmp_path)
    turns.take("example.org", 1.0, now=1000.0 + 60)
    assert turns.take("example.org", 1.0, now=1000.0) == 0.0


def test_a_pacing_wait_past_the_callers_time_is_out_of_time_not_a_failure(server, settings) -> None:
    for p in ("/1", "/2"):
        server.route(p, Reply(200, PAGE))
    fetcher = PoliteFetcher(dataclasses.replace(settings, min_interval=5.0))
    assert fetcher.get(server.url("/1")).ok
    refused = fetcher.get(server.url("/2"), time_left=1.0)
    assert refused.out_of_time and "pacing" in (refused.error or ""), refused.error
    assert len(server.hits("/2")) == 0
    allowed, why = fetcher.allowed(server.url("/3"), time_left=1.0)
    assert allowed  # robots.txt was read before: not cached as unreachable


def test_one_unusable_host_file_leaves_the_other_hosts_shared(tmp_path: Path) -> None:
    # hostile probe 8: a FIFO at one host's path turned sharing off for every host of the process
    one, other = HostTurns(tmp_path), HostTurns(tmp_path)
    one.take("bad.example", 1.0, now=100.0)
    (bad,) = list(tmp_path.iterdir())
    bad.unlink()
    os.mkfifo(bad)
    assert one.take("bad.example", 1.0, now=100.0) == 0.0
    assert one.take("good.example", 1.0, now=100.0) == 0.0
    assert other.take("good.example", 1.0, now=100.25) == 0.75  # another process sees that slot: still shared
    assert one.folder == tmp_path


def test_files_of_hosts_no_crawl_asked_for_a_day_are_swept(tmp_path: Path) -> None:
    # hostile probe 8: the folder kept one file per host ever seen
    import fcntl
    import time

    from tradewatch.fetch.pacing import STALE_SECONDS, sweep

    turns = HostTurns(tmp_path)
    made = {}
    for host in ("old.example", "busy.example", "recent.example"):
        before = set(tmp_path.iterdir())
        turns.take(host, 1.0, now=100.0)
        (made[host],) = set(tmp_path.iterdir()) - before
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not ours")
    now = time.time()
    for path in (made["old.example"], made["busy.example"], foreign):
        os.utime(path, (now - STALE_SECONDS - 60, now - STALE_SECONDS - 60))
    with made["busy.example"].open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # a crawl holds it this very moment: left alone
        assert sweep(tmp_path, now) == 1
    assert set(tmp_path.iterdir()) == {made["busy.example"], made["recent.example"], foreign}
    assert sweep(tmp_path, now) == 1  # released: now it goes
    assert set(tmp_path.iterdir()) == {made["recent.example"], foreign}
    assert turns.take("busy.example", 1.0, now=100.0) == 0.0  # a swept host starts afresh, its file made again
    assert made["busy.example"].exists()


def test_a_fetcher_paces_a_host_under_the_key_its_interval_is_kept(server, settings, monkeypatch) -> None:
    # hostile probe 8: the pace was kept under the URL's netloc, the interval under scheme://netloc
    from tradewatch.fetch.urls import pace_key

    server.route("/1", Reply(200, PAGE))
    keys: list[str] = []
    fetcher = PoliteFetcher(dataclasses.replace(settings, min_interval=0.01))
    original = fetcher._turns.take
    monkeypatch.setattr(fetcher._turns, "take", lambda host, *a, **k: keys.append(host) or original(host, *a, **k))
    assert fetcher.get(server.url("/1")).ok
    assert keys and set(keys) == {pace_key(server.url("/1"))}


def test_one_host_spelled_several_ways_is_paced_as_one(settings, tmp_path: Path) -> None:
    # hostile probe 36 F4: http and https, ":80", a trailing dot, "user@" and capitals each had a slot of their own,
    # so a feed of http links to a site redirecting to https asked it twice an interval
    spellings = ["http://example.org/a", "https://example.org/b", "http://example.org:80/c", "http://EXAMPLE.org./d",
                 "http://u@example.org/e", "https://example.org:443/f"]
    for shared in (True, False):  # the pacing file shared by the crawl processes, and one fetcher's memory
        data = tmp_path / str(shared)
        paced = dataclasses.replace(settings, min_interval=1.0, data_dir=data)
        fetcher = PoliteFetcher(paced, sleep=lambda s: None) if shared else \
            PoliteFetcher(paced, sleep=lambda s: None, clock=lambda: 1000.0)
        waits = [fetcher._pace(url) for url in spellings]
        assert waits[0] == 0.0 and all(w >= 0.9 * i for i, w in enumerate(waits)), waits
        assert waits == sorted(waits)
    # another port is another server; the interval a source sets holds for every spelling
    fetcher = PoliteFetcher(dataclasses.replace(settings, min_interval=0.0), sleep=lambda s: None, clock=lambda: 5.0)
    fetcher.set_min_interval("http://example.org:80/", 2.0)
    assert fetcher._pace("https://EXAMPLE.org./x") == 0.0 and fetcher._pace("https://example.org/y") == 2.0
    assert fetcher._pace("http://example.org:8080/z") == 0.0


# -- Retry-After holds the host (hostile probe 36 F3) ----------------------------------------------


def test_a_hold_is_shared_bounded_and_not_waited_twice(tmp_path: Path) -> None:
    turns, other = HostTurns(tmp_path), HostTurns(tmp_path)  # two crawl processes
    turns.hold("example.org", 130.0)
    assert other.take("example.org", 1.0, now=100.0, max_hold=60.0) == 30.0
    assert other.take("example.org", 1.0, now=100.0, max_hold=60.0) == 31.0  # the slot after the hold's
    assert other.take("elsewhere.example", 1.0, now=100.0, max_hold=60.0) == 0.0
    assert turns.take("example.org", 1.0, now=100.0, max_hold=20.0) == 32.0  # 30 s ahead: more than a Retry-After we honour; the slots still stand
    turns.hold("example.org", 120.0)  # an earlier hold does not shorten a later one
    assert HostTurns(tmp_path).take("late.example", 0.0, now=100.0, max_hold=60.0) == 0.0
    fresh = HostTurns(tmp_path / "b")
    fresh.hold("example.org", 110.0)
    assert fresh.take("example.org", 1.0, now=100.0, max_hold=60.0, waited_out=110.0) == 0.0  # its setter slept it out
    assert HostTurns(tmp_path / "b").take("example.org", 1.0, now=100.0, max_hold=60.0, waited_out=105.0) == 10.0
    alone = HostTurns(None)  # one process's memory
    alone.hold("example.org", 105.0)
    assert alone.take("example.org", 0.0, now=100.0, max_hold=60.0) == 5.0


def test_a_retry_after_holds_the_whole_host_for_every_fetcher(server, settings) -> None:
    server.route("/busy", Reply(503, headers={"Retry-After": "2"}))
    server.route("/next", Reply(200, PAGE))
    waits: list[float] = []
    fetcher = PoliteFetcher(dataclasses.replace(settings, max_retries=0), sleep=waits.append)
    assert fetcher.get(server.url("/busy")).status == 503  # given up at once (no retries), the hold stands
    assert fetcher.get(server.url("/next")).ok
    assert len(waits) == 1 and 1.5 < waits[0] <= 2.0, waits
    # another crawl process (another fetcher on the same pacing folder) waits for it too ...
    other: list[float] = []
    assert PoliteFetcher(settings, sleep=other.append).get(server.url("/next")).ok
    assert other and all(1.5 < w <= 2.0 for w in other), other  # (its robots.txt request, then the page: our sleep is fake)
    # ... but not past the time its caller has left: the page is left for later, not asked
    assert fetcher.get(server.url("/busy")).status == 503
    before = len(server.hits("/next"))
    late = fetcher.get(server.url("/next"), time_left=1.0)
    assert late.out_of_time and "Retry-After" in (late.error or "") and len(server.hits("/next")) == before


def test_a_retry_after_past_the_maximum_ends_the_hosts_requests_for_the_run(server, settings, sleep) -> None:
    server.route("/a", Reply(429, headers={"Retry-After": "3600"}))
    server.route("/b", Reply(200, PAGE))
    fetcher = PoliteFetcher(settings, sleep=sleep)
    first = fetcher.get(server.url("/a"))
    assert first.status == 429 and "3600 s" in (first.error or "")
    ok, why = fetcher.allowed(server.url("/b"))
    assert not ok and "Retry-After of 3600 s" in why and "TRADEWATCH_MAX_RETRY_AFTER" in why
    assert "not asked again this run" in why
    assert fetcher.get(server.url("/b")).error and server.hits("/b") == []
