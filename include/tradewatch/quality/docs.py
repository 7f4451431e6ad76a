"""GX Data Docs: a static site (index.html) of the saved validation results, rebuilt by the reporting side.

`validate_run` only saves each run's GX results as JSON (`<data_dir>/dq/validations/<run>/<chunk>/`);
the `reports` DAG, `tradewatch dq-report`, `tradewatch dq-docs` and the demo summary turn them into the site
(`rebuild_data_docs`), so rendering never sits on the ingest path. The built pages load nothing from outside the site
and run no script (`_self_contained`); the index is our own static table (`_index_page`).
"""

from __future__ import annotations

import copy
import html
import json
import re
import shutil
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from tradewatch.logs import get_logger

log = get_logger("quality.docs")
SITE_NAME = "tradewatch"


def default_docs_dir() -> Path:
    """`<data_dir>/dq/data_docs`."""
    from tradewatch.settings import get_settings

    return get_settings().data_dir / "dq" / "data_docs"


def default_results_dir() -> Path:
    """`<data_dir>/dq/validations`: one sub-folder per run of `ValidationOutcome.write_validation_results`."""
    from tradewatch.settings import get_settings

    return get_settings().data_dir / "dq" / "validations"


def rebuild_data_docs(results: Path | None = None, out_dir: Path | None = None) -> Path | None:
    """Rebuild the site from the saved results (default folders); None when no run has saved any yet."""
    results = results or default_results_dir()
    if not results.is_dir() or not any(results.rglob("*.json")):
        log.info("no saved validation results, no data docs", extra={"kv": {"results": str(results)}})
        return None
    return build_data_docs(results, out_dir or default_docs_dir())


def load_validation_results(folder: Path, *, max_runs: int | None = None) -> list[Any]:
    """The GX validation results saved as JSON under `folder` (recursively), oldest file name first.

    With `max_runs`, only the files of the newest `max_runs` runs are parsed (`newest_run_files`): a site that shows 30
    runs parsed all 310 kept (hostile probe 27 F4: 2.6 s of GX objects to throw away)."""
    from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResultSchema

    schema = ExpectationSuiteValidationResultSchema()
    out = []
    paths = sorted(folder.rglob("*.json")) if max_runs is None else newest_run_files(folder, max_runs)
    for path in paths:
        try:
            out.append(schema.load(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            # one cut or damaged file (a validate killed mid-write before writes were atomic, a full disk) must not
            # stop every later build, and with it the retention of old runs (hostile probe 21): left out, and said
            log.warning("saved validation result unreadable, left out of the Data Docs",
                        extra={"kv": {"file": str(path), "error": f"{type(exc).__name__}: {exc}"[:200],
                                      "fix": "delete the file, or rerun that run's validate task"}})
    return out


def newest_run_files(folder: Path, max_runs: int) -> list[Path]:
    """The saved result files of the newest `max_runs` runs under `folder`, sorted, chosen before any is parsed whole.

    A run is a sub-folder of `folder` (`<run>/<chunk>/<suite>.json`; a file directly in `folder` stands alone). Its
    run id and time are read from the `meta` of its smallest readable file: the validate task writes every file of a
    run with the same `tradewatch_run_id` and `validated_at` (the run's logical date) and a rerun replaces the whole
    folder. The order is `_newest_runs`' (newest time first, then run id), not the folders' names or modification
    times: a backfill validated today is as old as its logical date, and run ids need not carry a date.
    """
    units: dict[Path, list[tuple[int, Path]]] = {}
    for path in folder.rglob("*.json"):
        try:
            size = path.stat().st_size
        except OSError:  # removed meanwhile
            continue
        top = folder / path.relative_to(folder).parts[0]
        units.setdefault(top, []).append((size, path))
    newest: dict[str, str] = {}
    run_of: dict[Path, str | None] = {}
    for top, files in units.items():
        recorded = _recorded_run(path for _, path in sorted(files))
        if recorded is None:  # nothing readable in it: kept, for the full load to say which files, as it always did
            run_of[top] = None
            continue
        run, at = recorded
        run_of[top] = run
        newest[run] = max(newest.get(run, ""), at)
    keep = set(sorted(newest, key=lambda run: (newest[run], run), reverse=True)[:max_runs])
    return sorted(path for top, files in units.items() if run_of[top] is None or run_of[top] in keep
                  for _, path in files)


def _recorded_run(paths: Iterable[Path]) -> tuple[str, str] | None:
    """(tradewatch_run_id, validated_at) from the meta of the first of `paths` that reads as JSON; None if none does."""
    for path in paths:
        try:
            meta = json.loads(path.read_text(encoding="utf-8")).get("meta") or {}
        except (OSError, ValueError, UnicodeDecodeError, AttributeError):
            continue
        if isinstance(meta, dict):
            return str(meta.get("tradewatch_run_id")), str(meta.get("validated_at") or "")
    return None


class DataDocsNotWritable(RuntimeError):
    """The folder the Data Docs site is built in cannot be written: nothing was built, the old site is left."""


def build_data_docs(results: Path | Iterable[Any], out_dir: Path, *, max_runs: int | None = 30) -> Path:
    """(Re)build the Data Docs site in `out_dir` from GX validation results; return its index.html.

    `results` is a folder of saved results (`ValidationOutcome.write_validation_results`, one sub-folder
    per run: the site then shows the history) or the result objects themselves
    (`outcome.validation_results`). Uses GX's own SiteBuilder on a filesystem store in an ephemeral
    context. The new site is built beside `out_dir` and swapped in, so a failed build leaves the old one.
    Only the newest `max_runs` runs are shown (None: all), so the site does not grow without end.
    """
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )
    from great_expectations.render.renderer.site_builder import SiteBuilder

    from tradewatch.quality.runner import make_context
    from tradewatch.quality.suites import ROW_SUITES

    if isinstance(results, Path):  # only the runs shown are parsed
        loaded = load_validation_results(results, max_runs=max_runs)
    else:
        loaded = list(results)
    if max_runs is not None:
        loaded = _newest_runs(loaded, max_runs)
    out_dir = Path(out_dir)
    building = out_dir.with_name(out_dir.name + ".building")
    try:
        if building.exists():
            shutil.rmtree(building)
        building.mkdir(parents=True)
    except OSError as exc:
        # (hostile probe 14: in a read-only data folder GX printed a traceback for each of 17 pages it failed to write)
        raise DataDocsNotWritable(
            f"the Data Docs site was not rebuilt: {building.parent} is not writable ({exc.strerror or exc}); "
            "build it elsewhere with `tradewatch dq-docs --out DIR`") from None
    context = make_context()
    store_backend = {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(building)}
    context.add_data_docs_site(
        SITE_NAME,
        {
            "class_name": "SiteBuilder",
            "store_backend": store_backend,
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    latest: datetime | None = None
    shown: list[tuple[Any, Any]] = []
    for result in loaded:
        meta = result.meta or {}
        run_time = _parse_time(meta.get("validated_at")) or _parse_time(meta.get("validation_time"))
        latest = max(latest, run_time) if latest and run_time else (run_time or latest)
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=result.suite_name),
            run_id=RunIdentifier(run_name=str(meta.get("tradewatch_run_id") or "unknown"), run_time=run_time),
            batch_identifier=result.suite_name,
        )
        context.validation_results_store.set(key, _escaped(result))
        shown.append((key, result))
    suites = []
    if latest is not None:  # the suites as they are now, for the "Expectation Suites" pages
        for make_suite in ROW_SUITES.values():
            suites.append(ExpectationSuiteIdentifier(name=context.suites.add(make_suite(latest)).name))
    context.build_data_docs(site_names=[SITE_NAME])
    index = building / "index.html"
    if not index.exists():
        raise RuntimeError(f"GX built no index.html in {building}")
    _self_contained(building)

    # one site builder for every page's URL (`context.get_docs_sites_urls` makes one per call: 5 ms a page)
    urls = SiteBuilder(data_context=context, store_backend=store_backend, site_name=SITE_NAME)

    def page(key: Any) -> str | None:
        return _site_path(urls.get_resource_url(resource_identifier=key), building)

    index.write_text(_index_page([(key, result, page(key)) for key, result in shown],
                                 [(key.name, page(key)) for key in suites]), encoding="utf-8")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    building.rename(out_dir)
    log.info("data docs built", extra={"kv": {"path": str(out_dir), "results": len(loaded)}})
    return out_dir / "index.html"


# What a built page may load: its own site's files. GX's stock pages load jQuery, Bootstrap, bootstrap-table and vega
# from five CDNs (mostly unpinned, without SRI) and a logo from S3 stamped with the build time, beside unexpected values
# that are scraped text (hostile probe 26 F6). No script runs at all: the pages are static HTML without them.
CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; "
       "base-uri 'none'; form-action 'none'")
_SCRIPT = re.compile(r"<script\b.*?</script\s*>|<script\b[^>]*>", re.I | re.S)
_REMOTE = r"""(?:[a-z][a-z0-9+.-]*:)?//"""  # http://, https://, //host (and any other scheme's) are outside the site
_REMOTE_TAG = re.compile(
    r"""<(?:link|img|source|iframe|embed|object|audio|video)\b[^>]*?\b(?:src|href|srcset|data)\s*=\s*["']?\s*"""
    + _REMOTE + r"[^>]*>", re.I)
_REMOTE_CSS = re.compile(r"""@import\s+(?:url\()?\s*["']?\s*""" + _REMOTE + r"""[^;]*;|url\(\s*["']?\s*""" + _REMOTE
                         + r"[^)]*\)", re.I)
_STYLED = re.compile(r"""(<style\b[^>]*>.*?</style\s*>|\bstyle\s*=\s*(?:"[^"]*"|'[^']*'))""", re.I | re.S)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)


def _self_contained(site: Path) -> None:
    """Drop every script and every remote stylesheet, image, font and frame from the built site; add the CSP."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(CSP)}">'
    for path in site.rglob("*"):
        if path.suffix.lower() in (".html", ".htm"):
            text = _REMOTE_TAG.sub("", _SCRIPT.sub("", path.read_text(encoding="utf-8")))
            # (CSS in <style> and style="" only: a scraped value reading "url(https://...)" is text, shown as written)
            text = _STYLED.sub(lambda m: _REMOTE_CSS.sub("none", m.group(0)), text)
            head = _HEAD.search(text)
            text = text[:head.end()] + meta + text[head.end():] if head else meta + text
            path.write_text(text, encoding="utf-8")
        elif path.suffix.lower() == ".css":
            path.write_text(_REMOTE_CSS.sub("none", path.read_text(encoding="utf-8")), encoding="utf-8")


def _site_path(url: str | None, site: Path) -> str | None:
    """The page's path inside the site, from GX's URL of it (`file:///.../<site>/validations/...`), URL-quoted."""
    try:
        return quote(Path(unquote(urlsplit(url or "").path)).relative_to(site).as_posix()) if url else None
    except ValueError:  # not a page of this site
        return None


_INDEX_CSS = """body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}
th{background:#f4f4f4}.num{text-align:right}.ok{color:#176b2c}.bad{color:#a4161a;font-weight:600}.muted{color:#666}"""


def _index_page(results: list[tuple[Any, Any, str | None]], suites: list[tuple[str, str | None]]) -> str:
    """The site's index as static HTML (GX's own fills its tables with bootstrap-table, i.e. third-party script)."""
    rows = []
    for key, result, link in sorted(results, key=lambda r: (r[0].run_id.run_time, r[0].run_id.run_name,
                                                             r[0].expectation_suite_identifier.name), reverse=True):
        stats = result.statistics or {}
        failed = int(stats.get("unsuccessful_expectations") or 0)
        status = '<td class="ok">passed</td>' if result.success else '<td class="bad">failed</td>'
        page = f'<a href="{html.escape(link)}">open</a>' if link else ""
        rows.append(f"<tr><td>{html.escape(str(key.run_id.run_time))}</td><td>{html.escape(key.run_id.run_name)}</td>"
                    f"<td>{html.escape(key.expectation_suite_identifier.name)}</td>{status}"
                    f'<td class="num">{int(stats.get("evaluated_expectations") or 0)}</td>'
                    f'<td class="num{" bad" if failed else ""}">{failed}</td><td>{page}</td></tr>')
    suite_items = [f'<li><a href="{html.escape(link)}">{html.escape(name)}</a></li>' if link
                   else f"<li>{html.escape(name)}</li>" for name, link in sorted(suites)]
    return "\n".join([
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Tradewatch Data Docs</title>",
        f"<style>{_INDEX_CSS}</style></head><body>",
        "<h1>Tradewatch Data Docs</h1>",
        '<p class="muted">Great Expectations validation results of the newest runs, newest first (run time: the '
        "run's logical date). Each links to its page of expectations and observed values.</p>",
        "<h2>Validation results</h2>",
        "<table><thead><tr><th>Run time</th><th>Run</th><th>Suite</th><th>Result</th><th>Expectations</th>"
        "<th>Failed</th><th>Page</th></tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        "<h2>Expectation suites</h2>",
        "<ul>", *suite_items, "</ul>",
        "</body></html>",
    ]) + "\n"


def _newest_runs(results: list[Any], max_runs: int) -> list[Any]:
    newest: dict[str, str] = {}
    for result in results:
        meta = result.meta or {}
        run = str(meta.get("tradewatch_run_id"))
        newest[run] = max(newest.get(run, ""), str(meta.get("validated_at") or ""))
    keep = set(sorted(newest, key=lambda run: (newest[run], run), reverse=True)[:max_runs])
    return [r for r in results if str((r.meta or {}).get("tradewatch_run_id")) in keep]


def _escape_tree(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value)
    if isinstance(value, dict):
        return {_escape_tree(k): _escape_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_escape_tree(v) for v in value]
    return value


def _escaped(result: Any) -> Any:
    """A copy with every string in the per-expectation results HTML-escaped.

    GX 1.24's renderers put unexpected values into the page as raw HTML, and those values are scraped
    text (an entity name of `<script>...` would run in the browser); escaped, they display as written.
    """
    result = copy.deepcopy(result)
    for item in result.results:
        item.result = _escape_tree(item.result or {})
        if item.exception_info:
            item.exception_info = _escape_tree(item.exception_info)
    return result


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
