"""Ingest benchmark: the news_ingest tasks over a synthetic site of N articles on 127.0.0.1, as JSON.

    python benchmarks/ingest.py                       # N = 1,000 and N = 10,000, 3 runs each
    python benchmarks/ingest.py --n 1000 --repeat 1   # one size, one run

Pages (5-20 KB news pages) and RSS feeds are generated on the fly from a seed, so the site costs no
disk and the server no memory. Sources hold at most 1,000 articles (the registry's cap), so N
articles are N/1,000 sources on one host, crawled by `--workers` processes as Airflow's mapped
`crawl` tasks would be. Each N runs in a fresh child process: its peak RSS is its own.

Stage timings: `fetch` is time inside PoliteFetcher.get, `article_extraction` inside parse_article,
`record_extraction` inside extract_records (summed over crawl workers); `crawl_other` is the rest of
the crawl (blob writes, staging Parquet). `validation` and `load` are the validate_run / load_run
calls. Each stage is timed as wall time and as CPU time (process_time: the cost of the work, not
inflated by other processes on the same cores). Library imports (Great Expectations alone takes
~10 s) are done before the clock starts and reported apart. The rerun is a later logical date
against an unchanged site: conditional GETs only. Bare `trafilatura.extract` is timed over the same
pages two ways: paired (a second cold run, in a process of its own, hands every page parse_article
gets to trafilatura.extract right after it: the ratio's baseline) and in a tight loop in the crawl
workers before and after the main run (averaged; a second comparison). Each N runs `--repeat` times;
`summary` gives medians and ranges, `results` every run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from support import synthetic as syn  # noqa: E402 - after the path setup above

PER_SOURCE = 1000
SEED = 20260201
COLD = "2026-02-01T06:00:00+00:00"
RERUN = "2026-02-01T12:00:00+00:00"
_ARTICLE = re.compile(r"^/news/\d{4}/\d{2}/article-(\d+)\.html$")
_FEED = re.compile(r"^/feeds/(\d+)\.xml$")


# -- the site ----------------------------------------------------------------------------------------


def serve(n: int) -> ThreadingHTTPServer:
    """Feeds /feeds/<k>.xml (1,000 articles each) and article pages, with ETag / If-None-Match.

    Like a real server, a 304 is answered from the page's known ETag, without rendering the page."""
    etags: dict[str, str] = {}  # ~60 bytes a page: the site's metadata, not its content

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle's algorithm on, the client's delayed ACK
        # then stalls every keep-alive response by ~40 ms, and "fetch" would measure that stall.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            return

        def do_GET(self) -> None:  # noqa: N802 - stdlib name
            path = self.path.split("?", 1)[0]
            known = etags.get(path)
            if known and self.headers.get("If-None-Match") == known:
                self._send(304, b"", None, known)
                return
            body, ctype = None, "text/html; charset=utf-8"
            if path == "/robots.txt":
                body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
            elif (m := _FEED.match(path)) and int(m[1]) < math.ceil(n / PER_SOURCE):
                k = int(m[1])
                body = syn.rss_feed(base, range(k * PER_SOURCE, min(n, (k + 1) * PER_SOURCE)))
                ctype = "application/rss+xml"
            elif (m := _ARTICLE.match(path)) and int(m[1]) < n:
                body = syn.article_html(SEED, int(m[1]))
            if body is None:
                self._send(404, b"not found", "text/plain", None)
                return
            self._send(200, body, ctype, etags.setdefault(path, syn.etag(body)))

        def _send(self, status: int, body: bytes, ctype: str | None, tag: str | None) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            if tag:
                self.send_header("ETag", tag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# -- the child: one N ---------------------------------------------------------------------------------


class Timers:
    """Wraps library functions to add up the time spent inside them (per process): wall time and
    CPU time (`time.process_time`, all threads of the process), so the CPU cost of a stage is not
    inflated by the other crawl worker and the page server competing for the same cores."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {
            "fetch": 0.0, "article_extraction": 0.0, "record_extraction": 0.0, "trafilatura_paired": 0.0,
        }
        self.cpu: dict[str, float] = dict.fromkeys(self.seconds, 0.0)
        self.calls: dict[str, int] = dict.fromkeys(self.seconds, 0)
        # paired runs: CPU seconds of article + record extraction and of trafilatura, per order of the two
        self.by_order: dict[str, dict[str, float]] = {
            order: {"pipeline": 0.0, "trafilatura": 0.0, "pages": 0} for order in ("pipeline_first", "trafilatura_first")
        }
        self.flush_paired: Any = lambda: None

    def wrap(self, owner: Any, name: str, stage: str) -> None:
        real = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - started
                self.cpu[stage] += time.process_time() - cpu
                self.calls[stage] += 1

        setattr(owner, name, timed)


def _import_libraries(crawl_only: bool = False) -> None:
    """Everything the tasks import lazily, paid before the clock (an Airflow task process pays it
    once at start-up; it does not grow with the number of articles). Crawl workers skip GX."""
    if not crawl_only:
        import great_expectations  # noqa: F401 - ~10 s

        import tradewatch.lists.matching  # noqa: F401
        import tradewatch.quality  # noqa: F401
        import tradewatch.store.loader  # noqa: F401
    import duckdb  # noqa: F401
    import pandas  # noqa: F401 - pyarrow imports it on the first time-zone-aware timestamp it converts
    import pyarrow.parquet  # noqa: F401
    import trafilatura  # noqa: F401

    import tradewatch.article.parse  # noqa: F401
    import tradewatch.extract  # noqa: F401
    import tradewatch.fetch.feeds  # noqa: F401
    import tradewatch.fetch.http  # noqa: F401
    import tradewatch.fetch.listing  # noqa: F401
    import tradewatch.fetch.urls  # noqa: F401
    import tradewatch.pipeline  # noqa: F401
    import tradewatch.registry  # noqa: F401
    import tradewatch.staging  # noqa: F401
    import tradewatch.store.blobs  # noqa: F401
    import tradewatch.store.db  # noqa: F401


def _reset_peak() -> None:
    """Start a new peak-RSS window for this process (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass  # elsewhere the figures are peaks since the process started


def _release_freed_memory() -> None:
    """Hand memory freed by the previous task back to the OS (glibc and Arrow keep freed pages resident), so the
    next task's peak RSS counts what that task holds, as it would in a process of its own."""
    import ctypes
    import gc

    import pyarrow as pa

    gc.collect()
    pa.default_memory_pool().release_unused()  # Arrow's allocator (mimalloc/jemalloc) keeps freed pages too
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the next window starts from what this process still holds


def _peak_mb() -> float:
    """Peak resident memory of this process since the last `_reset_peak`, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_PROCESS_POOL: Any = None  # Arrow's memory pool as a new process starts with it


def _fresh_task_pool() -> None:
    """Arrow's pool back to a new process's default (the validate task then picks its own): Airflow runs
    validate and load in processes of their own, this benchmark in one."""
    global _PROCESS_POOL
    import pyarrow as pa

    if _PROCESS_POOL is None:
        _PROCESS_POOL = pa.default_memory_pool()
    pa.set_memory_pool(_PROCESS_POOL)


_TIMERS: Timers | None = None
_PAIRED = False  # set per crawl: also time bare trafilatura.extract on each page (see _pair_with_trafilatura)


def _worker_init() -> None:
    global _TIMERS
    import tradewatch.article.parse
    import tradewatch.extract
    import tradewatch.fetch.http

    _import_libraries(crawl_only=True)
    _TIMERS = Timers()
    _TIMERS.wrap(tradewatch.fetch.http.PoliteFetcher, "get", "fetch")
    _TIMERS.wrap(tradewatch.article.parse, "parse_article", "article_extraction")
    _TIMERS.wrap(tradewatch.extract, "extract_records", "record_extraction")
    _pair_with_trafilatura(tradewatch.article.parse, tradewatch.extract)
    tradewatch.extract.extract_records("warm up")  # lexicons load once per worker, outside the clock


def _pair_with_trafilatura(parse_module: Any, extract_module: Any) -> None:
    """In a paired crawl, each page parse_article gets is also given to bare `trafilatura.extract`
    (timed apart, as `trafilatura_paired`): same page, same process, same moment, same load from the
    page server and the other worker.

    The two orders alternate page by page. trafilatura keeps `line_processing` and `trim` in LRU
    caches, and parse_article runs trafilatura too: whichever side reads a page second finds that
    page's lines cached by the first (measured in a tight loop: parse_article cost 0.725x bare
    trafilatura when it ran first and 0.625x when it ran second; 0.67x both ways with the caches
    cleared before each call). On even pages the pipeline (parse_article, then extract_records)
    goes first and trafilatura after it; on odd pages trafilatura goes first. The sums over both
    orders are the ratio's figures; `by_order` keeps each order's own (article + record extraction
    against trafilatura), so the effect stays visible.
    """
    import trafilatura

    parse, records = parse_module.parse_article, extract_module.extract_records
    timers = _TIMERS
    assert timers is not None
    state: dict[str, Any] = {"page": 0, "pending": None, "order": "pipeline_first"}

    def time_trafilatura(html: str, order: str) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        trafilatura.extract(html)
        took_cpu = time.process_time() - cpu
        timers.seconds["trafilatura_paired"] += time.perf_counter() - started
        timers.cpu["trafilatura_paired"] += took_cpu
        timers.calls["trafilatura_paired"] += 1
        timers.by_order[order]["trafilatura"] += took_cpu
        timers.by_order[order]["pages"] += 1

    def flush() -> None:
        if state["pending"] is not None:  # a page that ended before extract_records (no text)
            html, state["pending"] = state["pending"], None
            time_trafilatura(html, "pipeline_first")

    def paired_parse(html: str, *args: Any, **kwargs: Any) -> Any:
        if not _PAIRED:
            return parse(html, *args, **kwargs)
        flush()
        state["page"] += 1
        state["order"] = order = "pipeline_first" if state["page"] % 2 == 0 else "trafilatura_first"
        if order == "trafilatura_first":
            time_trafilatura(html, order)
        cpu = time.process_time()
        try:
            return parse(html, *args, **kwargs)
        finally:
            timers.by_order[order]["pipeline"] += time.process_time() - cpu
            if order == "pipeline_first":
                state["pending"] = html

    def paired_records(*args: Any, **kwargs: Any) -> Any:
        if not _PAIRED:
            return records(*args, **kwargs)
        cpu = time.process_time()
        try:
            return records(*args, **kwargs)
        finally:
            timers.by_order[state["order"]]["pipeline"] += time.process_time() - cpu
            flush()

    parse_module.parse_article = paired_parse
    extract_module.extract_records = paired_records
    timers.flush_paired = flush


def _ready(_: int) -> None:
    time.sleep(0.5)  # long enough that every worker takes one: all have started (and imported)


def _trafilatura_lane(indices: list[int]) -> tuple[float, float]:
    """Wall and CPU seconds of bare `trafilatura.extract` over these pages (generation outside the clock)."""
    import trafilatura

    wall = cpu = 0.0
    for i in indices:
        html = syn.article_html(SEED, i).decode("utf-8")
        started, cpu_started = time.perf_counter(), time.process_time()
        trafilatura.extract(html)
        wall += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    return wall, cpu


def _crawl_one(args: tuple[str, str, str, bool]) -> dict[str, Any]:
    global _PAIRED
    from tradewatch.pipeline import crawl_source

    assert _TIMERS is not None
    _PAIRED = args[3]
    _reset_peak()
    before, before_cpu = dict(_TIMERS.seconds), dict(_TIMERS.cpu)
    before_calls = _TIMERS.calls["trafilatura_paired"]
    before_order = {k: dict(v) for k, v in _TIMERS.by_order.items()}
    started, cpu = time.perf_counter(), time.process_time()
    summary = crawl_source(args[0], args[1], args[1], sources_dir=Path(args[2]))
    _TIMERS.flush_paired()  # the last page's trafilatura run, when it waits for the pipeline
    took, took_cpu = time.perf_counter() - started, time.process_time() - cpu
    stages = {k: _TIMERS.seconds[k] - before[k] for k in _TIMERS.seconds}
    stages_cpu = {k: _TIMERS.cpu[k] - before_cpu[k] for k in _TIMERS.cpu}
    return {"summary": {k: summary[k] for k in ("status", "fetched", "unchanged", "failed", "records")},
            "seconds": took, "cpu_seconds": took_cpu, "stages": stages, "stages_cpu": stages_cpu,
            "rss_mb": _peak_mb(), "paired_pages": _TIMERS.calls["trafilatura_paired"] - before_calls,
            "by_order": {order: {k: v - before_order[order][k] for k, v in sums.items()}
                         for order, sums in _TIMERS.by_order.items()}}


def run_pipeline(logical_date: str, sources: Path, pool: ProcessPoolExecutor, paired: bool = False) -> dict[str, Any]:
    from tradewatch import pipeline

    t0, c0 = time.perf_counter(), time.process_time()
    ids = pipeline.list_enabled_sources(logical_date, logical_date, sources)
    t1 = time.perf_counter()
    crawled = list(pool.map(_crawl_one, [(sid, logical_date, str(sources), paired) for sid in ids]))
    t2, c2 = time.perf_counter(), time.process_time()
    # Each task's memory window starts as a fresh process's would (outside the clock), with the Arrow
    # memory pool a fresh process has: the validate task picks its own (staging.use_arrow_memory_pool).
    _release_freed_memory()
    _reset_peak()
    _fresh_task_pool()
    tv, cv = time.perf_counter(), time.process_time()
    validated = pipeline.validate_run(logical_date, logical_date)
    t3, c3 = time.perf_counter(), time.process_time()
    validate_peak = _peak_mb()
    _release_freed_memory()
    _fresh_task_pool()
    _reset_peak()
    tl, cl = time.perf_counter(), time.process_time()
    loaded = pipeline.load_run(logical_date, logical_date)
    t4, c4 = time.perf_counter(), time.process_time()
    load_peak = _peak_mb()
    stages = {k: sum(c["stages"][k] for c in crawled) for k in crawled[0]["stages"]}
    stages_cpu = {k: sum(c["stages_cpu"][k] for c in crawled) for k in crawled[0]["stages_cpu"]}
    crawl_sum = sum(c["seconds"] for c in crawled)
    crawl_cpu = sum(c["cpu_seconds"] for c in crawled)
    return {
        "total_s": (t2 - t0) + (t3 - tv) + (t4 - tl), "list_s": t1 - t0, "crawl_wall_s": t2 - t1, "crawl_sum_s": crawl_sum,
        "stages_s": {**stages, "crawl_other": crawl_sum - sum(stages.values()), "validation": t3 - tv, "load": t4 - tl},
        "stages_cpu_s": {**stages_cpu, "crawl_other": crawl_cpu - sum(stages_cpu.values()),
                         "validation": c3 - cv, "load": c4 - cl},
        # CPU of the whole run: main process (list, validation, load) plus every crawl worker
        "cpu_s": (c2 - c0) + (c3 - cv) + (c4 - cl) + crawl_cpu,
        "fetched": sum(c["summary"]["fetched"] for c in crawled),
        "unchanged": sum(c["summary"]["unchanged"] for c in crawled),
        "failed": sum(c["summary"]["failed"] for c in crawled),
        "records": sum(c["summary"]["records"] for c in crawled),
        "articles_loaded": loaded["articles_loaded"], "quarantined": validated["quarantined"],
        "paired_pages": sum(c["paired_pages"] for c in crawled),
        "by_order": {order: {k: sum(c["by_order"][order][k] for c in crawled) for k in crawled[0]["by_order"][order]}
                     for order in crawled[0]["by_order"]},
        "crawl_worker_peak_rss_mb": max(c["rss_mb"] for c in crawled),
        "validate_peak_rss_mb": validate_peak, "load_peak_rss_mb": load_peak,
    }


PIPELINE_STAGES = ("article_extraction", "record_extraction", "crawl_other", "validation", "load")


def _setup(n: int, base: str, folder: str) -> tuple[Path, Path, int, float]:
    """A work folder with the source registry and the environment of a run (the crawl workers, forked
    later, inherit it); the libraries imported."""
    work = Path(tempfile.mkdtemp(prefix=f"tw-bench-{n}-{folder}-"))
    data = work / "data"
    os.environ.update({
        "TRADEWATCH_DATA_DIR": str(data), "TRADEWATCH_STORAGE": str(data / "staging"), "TRADEWATCH_MIN_INTERVAL": "0", "TRADEWATCH_MAX_ARTICLES": str(PER_SOURCE),
        "TRADEWATCH_LOG_LEVEL": "ERROR", "GX_ANALYTICS_ENABLED": "false",
    })
    sources = work / "sources"
    sources.mkdir()
    n_sources = math.ceil(n / PER_SOURCE)
    for k in range(n_sources):
        sid = f"bench_{k:03d}"
        (sources / f"{sid}.yml").write_text(syn.source_yaml(sid, f"{base}/feeds/{k}.xml", max_articles=PER_SOURCE))
    t = time.perf_counter()
    _import_libraries()
    return work, sources, n_sources, time.perf_counter() - t


def child_paired(n: int, base: str, workers: int) -> dict[str, Any]:
    """A cold run in which every page given to parse_article is also given to bare trafilatura.extract,
    right after it, in the same process: both sides see the same page, the same page server and other
    worker, the same moment of a machine whose speed drifts. A process of its own (fresh workers, a
    fresh validate/load process), so its stages pay what the cold run's pay."""
    work, sources, _n_sources, _imports = _setup(n, base, "paired")
    with ProcessPoolExecutor(workers, initializer=_worker_init) as pool:
        list(pool.map(_ready, range(workers)))
        run = run_pipeline(COLD, sources, pool, paired=True)
    sc, pages = run["stages_cpu_s"], run["paired_pages"]
    st = run["stages_s"]
    return {
        "articles_loaded": run["articles_loaded"], "paired_pages": pages,
        "trafilatura_ms_per_article": st["trafilatura_paired"] / pages * 1000,
        "trafilatura_cpu_ms_per_article": sc["trafilatura_paired"] / pages * 1000,
        "stage_ms_per_article": {k: st[k] / n * 1000 for k in PIPELINE_STAGES},
        "stage_cpu_ms_per_article": {k: sc[k] / n * 1000 for k in PIPELINE_STAGES},
        # article + record extraction against bare trafilatura, CPU, for each order of the two (see
        # _pair_with_trafilatura): the side that reads a page second finds its lines in trafilatura's caches
        "extraction_ratio_by_order": {
            order: {"pages": int(sums["pages"]), "ratio": round(sums["pipeline"] / sums["trafilatura"], 3)}
            for order, sums in run["by_order"].items() if sums["trafilatura"] > 0
        },
        "work_dir": str(work),
    }


def child(n: int, base: str, workers: int, baseline_pages: int) -> dict[str, Any]:
    """The cold run, the no-change rerun and the tight-loop trafilatura baseline."""
    work, sources, n_sources, imports_s = _setup(n, base, "main")
    # Tight-loop baseline: pages generated outside the clock, extracted one after another in the crawl
    # workers, as many at once as the crawl runs, before and after the pipeline (averaged).
    sample = list(range(min(n, baseline_pages)))
    lanes = max(1, min(workers, n_sources))
    with ProcessPoolExecutor(workers, initializer=_worker_init) as pool:
        list(pool.map(_ready, range(workers)))  # worker start-up and imports before the clock
        before = list(pool.map(_trafilatura_lane, [sample[k::lanes] for k in range(lanes)]))
        cold = run_pipeline(COLD, sources, pool)
        rerun = run_pipeline(RERUN, sources, pool)
        after = list(pool.map(_trafilatura_lane, [sample[k::lanes] for k in range(lanes)]))
    traf_before = (sum(t[0] for t in before) / len(sample), sum(t[1] for t in before) / len(sample))
    traf_after = (sum(t[0] for t in after) / len(sample), sum(t[1] for t in after) / len(sample))
    tight_per = (traf_before[0] + traf_after[0]) / 2
    tight_cpu_per = (traf_before[1] + traf_after[1]) / 2

    st, sc = cold["stages_s"], cold["stages_cpu_s"]
    per_stage = {k: {"seconds": round(v, 2), "cpu_seconds": round(sc[k], 2),
                     "articles_per_s": round(n / v, 1) if v > 0 else None}
                 for k, v in st.items() if k != "trafilatura_paired"}
    cold_excl_fetch_cpu = sum(sc[k] for k in PIPELINE_STAGES)
    return {
        "n_articles": n,
        "n_sources": n_sources,
        "airflow_tasks": 1 + n_sources + 1 + 1,
        "workers": workers,
        "imports_s": round(imports_s, 2),
        "cold": {"total_s": round(cold["total_s"], 2), "crawl_wall_s": round(cold["crawl_wall_s"], 2),
                 "articles_per_s": round(n / cold["total_s"], 1), "stages": per_stage,
                 "fetched": cold["fetched"], "failed": cold["failed"], "records": cold["records"],
                 "articles_loaded": cold["articles_loaded"], "quarantined": cold["quarantined"]},
        "rerun_no_change": {"total_s": round(rerun["total_s"], 2), "crawl_wall_s": round(rerun["crawl_wall_s"], 2),
                            "unchanged": rerun["unchanged"], "fetched": rerun["fetched"],
                            "articles_loaded": rerun["articles_loaded"],
                            "stages": {k: round(v, 2) for k, v in rerun["stages_s"].items() if k != "trafilatura_paired"},
                            "speedup_vs_cold": round(cold["total_s"] / rerun["total_s"], 1)},
        # Peak resident memory per task, as Airflow runs each in a process of its own: one crawl task
        # (largest over the workers' crawls), the validate task, the load task (DuckDB's buffer pool
        # capped by TRADEWATCH_LOAD_MEMORY). Each window is reset before the task starts.
        "peak_rss_mb": {
            "crawl_task": round(max(cold["crawl_worker_peak_rss_mb"], rerun["crawl_worker_peak_rss_mb"]), 1),
            "validate_task": round(max(cold["validate_peak_rss_mb"], rerun["validate_peak_rss_mb"]), 1),
            "load_task": round(max(cold["load_peak_rss_mb"], rerun["load_peak_rss_mb"]), 1),
        },
        "trafilatura_tight_loop": {
            "pages": len(sample), "ms_per_article": round(tight_per * 1000, 2),
            "cpu_ms_per_article": round(tight_cpu_per * 1000, 2),
            "cpu_ms_before_pipeline": round(traf_before[1] * 1000, 2),
            "cpu_ms_after_pipeline": round(traf_after[1] * 1000, 2),
        },
        "cold_pipeline_cpu_ms_per_article_excl_fetch": round(cold_excl_fetch_cpu / n * 1000, 2),
        # The cold run against the tight-loop baseline: a second, stricter comparison.
        "ratio_cold_pipeline_to_tight_loop_trafilatura_cpu": round(cold_excl_fetch_cpu / n / tight_cpu_per, 2),
        "cold_cpu_s_all_processes": round(cold["cpu_s"], 2),
        "work_dir": str(work),
    }


def _with_paired(result: dict[str, Any], paired: dict[str, Any]) -> dict[str, Any]:
    """The run's result with the paired run's figures and the ratios (the goal's figure: paired CPU)."""
    cpu, wall = paired["stage_cpu_ms_per_article"], paired["stage_ms_per_article"]
    excl_fetch_cpu, excl_fetch = sum(cpu.values()), sum(wall.values())
    extraction_cpu = cpu["article_extraction"] + cpu["record_extraction"]
    traf_cpu, traf = paired["trafilatura_cpu_ms_per_article"], paired["trafilatura_ms_per_article"]
    return {
        **result,
        "paired_run": {
            "articles_loaded": paired["articles_loaded"], "pages": paired["paired_pages"],
            "stage_cpu_ms_per_article": {k: round(v, 2) for k, v in cpu.items()},
            "trafilatura_cpu_ms_per_article": round(traf_cpu, 2), "trafilatura_ms_per_article": round(traf, 2),
            "extraction_ratio_by_order": paired["extraction_ratio_by_order"],
            "work_dir": paired["work_dir"],
        },
        "pipeline_cpu_ms_per_article_excl_fetch": round(excl_fetch_cpu, 2),
        "pipeline_ms_per_article_excl_fetch": round(excl_fetch, 2),
        "ratio_pipeline_excl_fetch_to_trafilatura_cpu": round(excl_fetch_cpu / traf_cpu, 2),
        "ratio_pipeline_excl_fetch_to_trafilatura": round(excl_fetch / traf, 2),
        "ratio_extraction_only_to_trafilatura_cpu": round(extraction_cpu / traf_cpu, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="articles (repeatable; default 1000 and 10000)")
    parser.add_argument("--workers", type=int, default=2, help="crawl processes (Airflow mapped tasks); default 2")
    parser.add_argument("--baseline-pages", type=int, default=1000,
                        help="pages timed with bare trafilatura.extract (per-article cost does not depend on N)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="fresh runs per N (default 3); the summary gives each figure's median")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--paired", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = args.n or [1000, 10000]
    if args.child:
        print(json.dumps(child(sizes[0], args.base, args.workers, args.baseline_pages)))
        return 0
    if args.paired:
        print(json.dumps(child_paired(sizes[0], args.base, args.workers)))
        return 0
    results, summary = [], []
    for n in sizes:
        runs = []
        for attempt in range(max(1, args.repeat)):
            print(f"N = {n:,}: run {attempt + 1} of {max(1, args.repeat)}", file=sys.stderr, flush=True)
            server = serve(n)
            base = f"http://127.0.0.1:{server.server_address[1]}"
            found = []
            for mode in ("--child", "--paired"):
                proc = subprocess.run(
                    [sys.executable, __file__, mode, "--n", str(n), "--base", base, "--workers", str(args.workers),
                     "--baseline-pages", str(args.baseline_pages)],
                    capture_output=True, text=True, env={**os.environ, "NO_PROXY": "127.0.0.1"},
                )
                if proc.returncode != 0:
                    server.shutdown()
                    print(proc.stderr[-4000:], file=sys.stderr)
                    return proc.returncode
                found.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            server.shutdown()
            runs.append(_with_paired(*found))
        results.extend(runs)
        summary.append(_summary(n, runs))
    print(json.dumps({"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
                      "summary": summary, "results": results}, indent=2))
    return 0


def _summary(n: int, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median over the runs of the figures the goals are about, with the range."""

    def figure(get: Any) -> dict[str, float]:
        values = sorted(get(r) for r in runs)
        return {"median": statistics.median(values), "min": values[0], "max": values[-1]}

    return {
        "n_articles": n, "runs": len(runs),
        "cold_s": figure(lambda r: r["cold"]["total_s"]),
        "rerun_s": figure(lambda r: r["rerun_no_change"]["total_s"]),
        "rerun_speedup": figure(lambda r: r["rerun_no_change"]["speedup_vs_cold"]),
        "trafilatura_cpu_ms": figure(lambda r: r["paired_run"]["trafilatura_cpu_ms_per_article"]),
        "pipeline_cpu_ms_excl_fetch": figure(lambda r: r["pipeline_cpu_ms_per_article_excl_fetch"]),
        "ratio_cpu": figure(lambda r: r["ratio_pipeline_excl_fetch_to_trafilatura_cpu"]),
        "ratio_wall": figure(lambda r: r["ratio_pipeline_excl_fetch_to_trafilatura"]),
        "extraction_ratio_by_order": {
            order: figure(lambda r, o=order: r["paired_run"]["extraction_ratio_by_order"][o]["ratio"])
            for order in ("pipeline_first", "trafilatura_first")
        },
        "tight_loop_trafilatura_cpu_ms": figure(lambda r: r["trafilatura_tight_loop"]["cpu_ms_per_article"]),
        "cold_pipeline_cpu_ms_excl_fetch": figure(lambda r: r["cold_pipeline_cpu_ms_per_article_excl_fetch"]),
        "ratio_cold_vs_tight_loop_cpu": figure(lambda r: r["ratio_cold_pipeline_to_tight_loop_trafilatura_cpu"]),
        "stage_cpu_ms_per_article": {
            stage: figure(lambda r, s=stage: round(r["cold"]["stages"][s]["cpu_seconds"] / n * 1000, 2))
            for stage in ("fetch", *PIPELINE_STAGES)
        },
        "paired_stage_cpu_ms_per_article": {
            stage: figure(lambda r, s=stage: r["paired_run"]["stage_cpu_ms_per_article"][s]) for stage in PIPELINE_STAGES
        },
        "peak_rss_mb": {task: figure(lambda r, t=task: r["peak_rss_mb"][t])
                        for task in ("crawl_task", "validate_task", "load_task")},
    }


if __name__ == "__main__":
    sys.exit(main())
