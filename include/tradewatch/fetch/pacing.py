"""Whose turn it is to ask a host: the per-host rate limit, shared by every crawl process on the machine.

The crawl runs as many Airflow task processes at once (one mapped task per source, several DAG runs), and several
sources can live on one host. A limit kept in one fetcher's memory let each process keep its own pace: hostile probe 7
saw 4 requests in one second against a host limited to one a second. So the time a host may next be asked is kept in a
small file per host under `<TRADEWATCH_DATA_DIR>/pacing`, read and moved on under an exclusive lock of that file
(`flock`, which also orders the threads of one process). A process takes the next free slot and then sleeps until it
comes, so N processes asking at once are spread `interval` apart.

A host that answers 429 or 503 with a Retry-After is held: the file also keeps the time before which no process may
ask it again (hostile probe 36 F3: "come back in an hour" was followed by the next page a pacing interval later).

The times are wall-clock seconds (the processes share no monotonic clock); a slot further ahead than any queue of
waiting processes could push it (the clock was set back) is ignored. Where the folder cannot be used (read-only, no
`fcntl`), the limit falls back to this process alone and says so once; where one host's file cannot (a symlink or
other non-file in its place, a lock held for seconds), that host alone is paced by this process. Files no crawl has
touched for a day are swept away when a fetcher starts, so the folder does not grow by one file per host ever seen.
Workers on other machines do not share it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tradewatch.logs import get_logger

log = get_logger("fetch.pacing")

# A slot more than this many intervals ahead of now was not written by a queue of waiting processes (a DAG run crawls
# at most 8 sources at once, two runs at once: 16).
_MAX_QUEUE = 32
# A host's file untouched for this long holds no slot anyone waits for: `sweep` removes it.
STALE_SECONDS = 86_400.0
_OURS = re.compile(r"[0-9a-f]{32}")


class _HostFileUnusable(OSError):
    """This host's pacing file cannot be used (the folder may still serve the other hosts)."""


class HostTurns:
    """`take(host, interval, now)` reserves the host's next slot at least `interval` seconds after the one before
    and returns how long to wait for it (0.0: go now). `folder=None`: this object's memory only."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._next: dict[str, float] = {}
        self._holds: dict[str, float] = {}
        self._lock = threading.Lock()
        self._alone: set[str] = set()  # hosts whose file cannot be used: paced by this object alone
        self._warned = False

    def _warn(self, message: str, host: str | None, exc: BaseException) -> None:
        """Once per object at warning level (logs quiet by default), later ones at info."""
        kv = {"folder": str(self.folder), "error": str(exc), **({"host": host} if host else {})}
        (log.info if self._warned else log.warning)(message, extra={"kv": kv})
        self._warned = True

    def take(self, host: str, interval: float, now: float, max_wait: float | None = None, *,
             max_hold: float = 0.0, waited_out: float | None = None) -> float:
        """The wait for the host's next slot, reserved; a wait of `max_wait` seconds or more is returned but reserves
        nothing (the caller will not take it: hostile probe 8 saw refused slots push every later one further).

        The slot comes no earlier than the host's hold (see `hold`), unless the hold is `waited_out` or earlier (the
        caller set it and has slept it out), or further ahead than `max_hold` seconds (not a Retry-After we honour:
        the clock was set back)."""
        if interval <= 0 and max_hold <= 0:
            return 0.0
        if self.folder is not None and host not in self._alone:
            try:
                return self._shared(host, lambda stored: self._reserve(
                    stored, interval, now, max_wait, max_hold, waited_out))
            except _HostFileUnusable as exc:
                # (probe 8: one bad entry turned sharing off for every host of the process)
                self._alone.add(host)
                self._warn("this host's rate limit cannot be shared with other crawl processes; it holds for this "
                           "one only (the other hosts are still shared)", host, exc)
            except (OSError, ImportError) as exc:
                self._warn("the per-host rate limit cannot be shared with other crawl processes; it holds for this "
                           "one only", None, exc)
                self.folder = None
        with self._lock:
            state = (self._next.get(host), self._holds.get(host))
            wait, (slot, hold) = self._reserve(state, interval, now, max_wait, max_hold, waited_out)
            self._keep(host, slot, hold)
            return wait

    def hold(self, host: str, until: float) -> None:
        """No slot of the host before `until` (a Retry-After), for every process pacing it; a later hold stands."""
        def later(stored: tuple[float | None, float | None]) -> tuple[None, tuple[float | None, float | None]]:
            slot, held = stored
            return None, (slot, until if held is None or held < until else held)

        if self.folder is not None and host not in self._alone:
            try:
                self._shared(host, later)
                return
            except (OSError, ImportError):
                pass  # the fetcher's next `take` says why, and paces this process alone
        with self._lock:
            self._keep(host, *later((self._next.get(host), self._holds.get(host)))[1])

    def _keep(self, host: str, slot: float | None, hold: float | None) -> None:
        if slot is not None:
            self._next[host] = slot
        if hold is not None:
            self._holds[host] = hold

    def _shared(self, host: str, change: Callable[[tuple[float | None, float | None]],
                                                  tuple[Any, tuple[float | None, float | None]]]) -> Any:
        """`change` applied to the host's (slot, hold) in its file, under the file's lock; returns its first value."""
        import fcntl
        import stat

        assert self.folder is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / hashlib.sha256(host.encode()).hexdigest()[:32]
        for _ in range(3):
            fd = _open_host_file(path)
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise _HostFileUnusable(f"{path} is not a regular file")
                _lock(fd)
            except BaseException:
                os.close(fd)
                raise
            if _same_file(fd, path):
                break
            # swept (or replaced) between our open and our lock: that inode is no longer the host's file
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        else:
            raise _HostFileUnusable(f"{path} keeps being replaced")
        try:
            try:
                data = os.pread(fd, 64, 0)
                stored = _pair(data)
                value, changed = change(stored)
                if changed != stored:
                    slot, hold = changed
                    data = (repr(slot) if slot is not None else "nan").encode() + (
                        b" " + repr(hold).encode() if hold is not None else b"")
                    os.pwrite(fd, data, 0)
                    os.ftruncate(fd, len(data))
                return value
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    @staticmethod
    def _reserve(stored: tuple[float | None, float | None], interval: float, now: float, max_wait: float | None,
                 max_hold: float, waited_out: float | None) -> tuple[float, tuple[float | None, float | None]]:
        """(the wait, the host's new (slot, hold))."""
        last, hold = stored
        if last is not None and last - now > _MAX_QUEUE * interval:
            # further ahead than every crawl process of a deployment queued for the host could push it: the clock
            # was set back, or the file is not ours (probe 8: a slot an hour ahead was waited out in silence)
            last = None
        wait = 0.0 if last is None else max(last + interval - now, 0.0)
        if hold is not None and hold - now <= max_hold and (waited_out is None or hold > waited_out):
            wait = max(wait, hold - now)
        if interval > 0 and (max_wait is None or wait < max_wait):
            last = now + wait
        return wait, (last, hold)


# Holding a pacing file's lock takes microseconds; one held longer is not another crawl taking its turn.
LOCK_WAIT_SECONDS = 2.0


def _lock(fd: int) -> None:
    """An exclusive lock of `fd` within LOCK_WAIT_SECONDS, or OSError (probe 8: a lock held by a stuck process left
    the crawl waiting for ever in `flock`)."""
    import fcntl

    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise _HostFileUnusable(f"a pacing file stayed locked for more than {LOCK_WAIT_SECONDS:.0f} s") from None
            time.sleep(0.005)


def _pair(data: bytes) -> tuple[float | None, float | None]:
    """A host file's (slot, hold): "slot" or "slot hold"; what cannot be read is None."""
    parts = data.split(b" ", 1)
    return _float(parts[0]), _float(parts[1]) if len(parts) > 1 else None


def _float(data: bytes) -> float | None:
    try:
        value = float(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if value == value and abs(value) != float("inf") else None  # not NaN, not infinite


def _open_host_file(path: Path) -> int:
    """The host's file, opened (created) for reading and writing: never through a symlink (probe 8: a link there had
    the crawl overwrite the file it pointed to), never waiting on a FIFO or device (O_NONBLOCK)."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO) or os.path.lexists(path):
            raise _HostFileUnusable(f"{path}: {exc.strerror}") from None
        raise  # the folder itself refuses (read-only, not ours): no host can share


def _same_file(fd: int, path: Path) -> bool:
    try:
        now = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def sweep(folder: Path, now: float, older_than: float = STALE_SECONDS) -> int:
    """Remove the hosts' files of `folder` no crawl has written for `older_than` seconds (their slots are long
    past); a file in use (locked) or not ours (another name, not a regular file) is left. Returns how many went."""
    import fcntl

    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        try:
            if not _OURS.fullmatch(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime <= older_than:
                continue
            fd = os.open(entry.path, os.O_RDWR | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # under the lock: still stale and still the file at that name (a crawl may have just written it)
            if now - os.fstat(fd).st_mtime > older_than and _same_file(fd, Path(entry.path)):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed
