"""The briefing opens offline in headless Chromium and renders a real page (not blank, nothing overflowing)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1280, 2000


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    pytest.skip("Chromium not found: install the Debian package `chromium` (make browser) to run this test")


def _build_db(path: Path) -> Path:
    # The unit tests' fixture builder, loaded by path so the two conftest modules never collide.
    spec = importlib.util.spec_from_file_location("report_fixture_db", REPO_ROOT / "tests/unit/report/conftest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_report_db(path)


def decode_png(data: bytes) -> tuple[int, int, list[list[tuple[int, ...]]]]:
    """(width, height, rows of pixels) for 8-bit RGB/RGBA non-interlaced PNGs, which is what Chromium writes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    assert header, "PNG without IHDR"
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG: {header}"
    bpp = 3 if colour == 2 else 4
    import numpy as np  # installed with pandas; vectorises the common None/Sub/Up filters

    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[list[tuple[int, ...]]] = []
    prev = np.zeros(stride, dtype=np.uint8)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=start + 1)
        if kind == 0:
            out = line.copy()
        elif kind == 1:
            out = (np.cumsum(line.reshape(width, bpp), axis=0, dtype=np.uint64) & 0xFF).astype(np.uint8).ravel()
        elif kind == 2:
            out = ((line.astype(np.uint16) + prev) & 0xFF).astype(np.uint8)
        else:
            out = _unfilter_slow(kind, bytearray(line.tobytes()), prev.tobytes(), bpp)
        flat = out.tobytes()
        rows.append(list(zip(flat[0::bpp], flat[1::bpp], flat[2::bpp], strict=True)))
        prev = out
    return width, height, rows


def _unfilter_slow(kind: int, line: bytearray, prev: bytes, bpp: int):
    """Average (3) and Paeth (4) depend on the byte just decoded, so they go byte by byte."""
    import numpy as np

    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = prev[i]
        if kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            up_left = prev[i - bpp] if i >= bpp else 0
            p = left + up - up_left
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 0xFF
        else:
            raise AssertionError(f"unknown PNG filter {kind}")
    return np.frombuffer(bytes(line), dtype=np.uint8)


def test_decode_png_roundtrip():
    """The decoder itself, on a PNG built here with every filter type."""
    width, height = 3, 5
    pixels = [[((x * 40 + y) % 256, (y * 50) % 256, 7) for x in range(width)] for y in range(height)]
    raw = b""
    for y, row in enumerate(pixels):
        line = bytes(c for px in row for c in px)
        kind = y % 5
        prev = bytes(c for px in pixels[y - 1] for c in px) if y else bytes(len(line))
        out = bytearray()
        for i, value in enumerate(line):
            left = line[i - 3] if i >= 3 else 0
            up, up_left = prev[i], (prev[i - 3] if i >= 3 else 0)
            if kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
            else:
                pred = (0, left, up, (left + up) // 2)[kind]
            out.append((value - pred) & 0xFF)
        raw += bytes([kind]) + bytes(out)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    assert decode_png(png) == (width, height, pixels)


def test_briefing_screenshot(tmp_path: Path):
    chromium = _chromium()
    from tradewatch.report.render import write_report

    db = _build_db(tmp_path / "tradewatch.duckdb")
    html = write_report(db, tmp_path / "briefing.html", None, generated_at=datetime(2026, 3, 20, 9, tzinfo=UTC))
    png = tmp_path / "briefing.png"
    cmd = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        f"--screenshot={png}",
        f"--window-size={WIDTH},{HEIGHT}",
        html.resolve().as_uri(),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert png.exists(), f"no screenshot (exit {result.returncode}): {result.stderr[-2000:]}"

    width, height, rows = decode_png(png.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    counts = Counter(px for row in rows[::4] for px in row[::4])
    background, share = counts.most_common(1)[0][0], counts.most_common(1)[0][1] / sum(counts.values())
    assert len(counts) > 50, "the page looks blank: almost no distinct colours"
    assert share < 0.97, f"the page is {share:.0%} one colour"
    assert background == (255, 255, 255), f"unexpected page background {background}"

    # Content is centred in a max-width column: the outer margins stay background (no overflow),
    # and the column is filled from the header down through the charts and tables.
    # (the rightmost 20px hold Chromium's scrollbar)
    margin = [row[x] for row in rows[::8] for x in range(0, 40, 4)] + [
        row[x] for row in rows[::8] for x in range(WIDTH - 60, WIDTH - 20, 4)
    ]
    assert set(margin) == {background}, "something overflows into the page margins"
    inked_bands = [
        any(px != background for row in rows[y : y + 200 : 4] for px in row[100:-100:4]) for y in range(0, 1600, 200)
    ]
    assert all(inked_bands), f"empty vertical bands in the first 1600px: {inked_bands}"
