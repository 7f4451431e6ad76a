"""Refresh the sanctions lists: download each (conditional GET), parse to Parquet, load changed ones.

`stage_list` runs once per list (the DAG maps it); `load_lists` is the single DuckDB writer;
`refresh_lists` does both in one process for `tradewatch lists refresh`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import shutil
from pathlib import Path
from typing import Any

from tradewatch.lists.registry import ListSource, get_source, read_registry
from tradewatch.logs import get_logger
from tradewatch.settings import Settings, get_settings, redacted
from tradewatch.store.db import stop_if_interrupted

log = get_logger("lists.refresh")
_VERSION_NAME = re.compile(r"[0-9a-f]{16,64}")


class ListsRefreshFailed(RuntimeError):
    """Some lists could not be downloaded, parsed or loaded (the others were refreshed)."""


class ListNotStaged(RuntimeError):
    """A list download or parse refused with a message of ours, which says what to do: shown without a class name."""


def _said(exc: BaseException) -> str:
    """What a failed list's error says: our own refusals as written, anything else with its class name (which tells a
    person reading a traceback-less message what kind of failure it was)."""
    from tradewatch.lists.store import ListRefused

    if isinstance(exc, (ListNotStaged, ListRefused)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def list_dir(settings: Settings, list_id: str) -> Path:
    return settings.data_dir / "lists" / list_id


def _state_path(settings: Settings, list_id: str) -> Path:
    return list_dir(settings, list_id) / "http_state.json"


def read_state(settings: Settings, list_id: str) -> dict[str, Any]:
    """What we know about the version last loaded: sha256, etag, last_modified (empty if none)."""
    path = _state_path(settings, list_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_state(settings: Settings, list_id: str, state: dict[str, Any]) -> None:
    from tradewatch.files import write_atomically

    # a temp file of its own per call: two refreshes at once shared one fixed temp name
    write_atomically(_state_path(settings, list_id), lambda tmp: tmp.write_text(json.dumps(state, indent=2), encoding="utf-8"))


def download(source: ListSource, state: dict[str, Any], settings: Settings, url: str | None = None) -> Any:
    """One conditional GET through the polite fetcher (retries, pacing, robots, size cap), under the lists' own deadline
    (hostile probe 25 F7: with the news pages' 120 s, the ~100 MB SDN list never refreshed on a modest link), guarded as
    a news source's fetches are: when the list's URL is on the internet, no redirect (nor an extra file) may lead to an
    internal address (hostile probe 26: a mirror's redirect reached 127.0.0.1 and 169.254.169.254)."""
    from tradewatch.fetch.http import PoliteFetcher

    fetcher = PoliteFetcher(settings, deadline=(settings.list_timeout_total, "TRADEWATCH_LIST_TIMEOUT_TOTAL"))
    fetcher.set_origin(source.url)
    try:
        return fetcher.get(
            url or source.url, etag=state.get("etag"), last_modified=state.get("last_modified"),
            max_bytes=source.max_bytes,
        )
    finally:
        fetcher.close()


def _download_all(source: ListSource, state: dict[str, Any], settings: Settings) -> tuple[Any, dict[str, bytes], str]:
    """(main result, extra file bodies by name, version) for one list.

    A list of several files (OFAC CSVs) is downloaded whole every time: a new alias changes only
    alt.csv, so a 304 on the main file proves nothing. Its version hashes every file's sha256.
    """
    import hashlib

    if not source.extra_files:
        result = download(source, state, settings)
        return result, {}, str(result.sha256)
    result = download(source, {}, settings)
    if result.error:
        return result, {}, ""
    bodies: dict[str, bytes] = {}
    digest = hashlib.sha256(f"main:{result.sha256}".encode())
    for name, url in sorted(source.extra_files.items()):
        extra = download(source, {}, settings, url)
        if extra.error:
            raise ListNotStaged(f"download of {name} failed: {extra.error}")
        bodies[name] = extra.body or b""
        digest.update(f"\n{name}:{extra.sha256}".encode())
    return result, bodies, digest.hexdigest()


def _warn_if_internal(source: ListSource, summary: dict[str, Any]) -> None:
    """A list whose URL (or an extra file's) is on this machine or its network is warned about in the log and the
    summary (see `registry.internal_url_warning`)."""
    from tradewatch.registry import internal_url_warning

    for field, url in [("url", source.url), *((f"extra_files.{k}", v) for k, v in sorted(source.extra_files.items()))]:
        why = internal_url_warning(url)
        if why:
            summary["warning"] = f"field '{field}': {why}"
            log.warning("list URL is internal", extra={"kv": {"list_id": source.list_id, "why": summary["warning"]}})
            return


def _write_bytes(path: Path, body: bytes) -> None:
    path.write_bytes(body)


def stage_list(list_id: str, registry_dir: Path | str | None = None, settings: Settings | None = None,
               reparse: bool = False) -> dict[str, Any]:
    """Download and parse one list; returns a small dict for XCom (status: unchanged | staged | failed).

    A download that has not changed is parsed again, from the copy stored with its version, when an older parser made
    the loaded rows (`parsers.PARSER_VERSION`), or with `reparse` (`tradewatch lists refresh --reparse`); the staged
    dict then says `reparse`."""
    from tradewatch.files import write_atomically
    from tradewatch.lists.parsers import PARSER_VERSION, parse_file, what_was_found
    from tradewatch.lists.store import parse_is_older, to_tables, write_staged

    settings = settings or get_settings()
    summary: dict[str, Any] = {"list_id": list_id, "status": "failed", "error": None}
    folder: Path | None = None
    created = False
    try:
        source = get_source(list_id, registry_dir or settings.lists_dir)
        summary["url"] = redacted(source.url)  # (kept with the version and printed: no user name or password)
        _warn_if_internal(source, summary)
        state = read_state(settings, list_id)
        loaded, loaded_parser = _loaded_version(settings, list_id)
        if state.get("sha256") and loaded != state["sha256"]:
            # The state file says a version was loaded, but this database does not hold it (a new, restored or
            # replaced file): "unchanged" would leave it without the list for ever. Fetch it whole.
            log.info("list state does not match the database; fetching it whole", extra={"kv": {"list_id": list_id}})
            state = {}
        stored = _stored_download(settings, list_id, source.format, state.get("sha256"))
        again = bool(state.get("sha256")) and parse_is_older(loaded_parser, PARSER_VERSION, reparse)
        if again and stored is None:
            # (the version's folder was removed: the download is fetched whole, and parsed)
            log.info("list to parse again, but its stored download is gone; fetching it whole",
                     extra={"kv": {"list_id": list_id}})
            state = {}
        result, extras, version = _download_all(source, state, settings)
        if result.error:
            slow = ("; the list's current version is kept. On a slow link, raise TRADEWATCH_LIST_TIMEOUT_TOTAL"
                    if result.stalled else "")
            raise ListNotStaged(f"download failed: {result.error}{slow}")
        unchanged = result.not_modified or (result.sha256 and version == state.get("sha256"))
        if unchanged and not again:
            summary.update(status="unchanged", sha256=state.get("sha256"))
            log.info("list unchanged", extra={"kv": {"list_id": list_id, "http_status": result.status}})
            return summary
        if unchanged and stored is not None:  # the same download, parsed again by this parser
            version, raw, folder = state["sha256"], stored, stored.parent
            summary["reparse"] = True
            log.info("list unchanged, parsed again", extra={"kv": {"list_id": list_id, "loaded_by_parser": loaded_parser,
                                                                   "parser": PARSER_VERSION}})
        else:
            folder = list_dir(settings, list_id) / version
            created = not folder.exists()
            folder.mkdir(parents=True, exist_ok=True)
            raw = folder / ("source.csv" if source.format.endswith("_csv") else "source.xml")
            # whole files or none: another refresh may be writing and parsing this same version at the same time
            write_atomically(raw, lambda tmp: tmp.write_bytes(result.body or b""))
            for name, body in extras.items():
                write_atomically(folder / name, functools.partial(_write_bytes, body=body))
            summary["reparse"] = reparse
        try:
            entities = list(parse_file(source.format, raw, list_id))
            named = sum(not e.nameless for e in entities)
            if named < source.min_entities:
                raise ListNotStaged(
                    f"parsed {named} entities with a name, fewer than min_entities={source.min_entities}: "
                    f"the format may have changed or the download is truncated ({what_was_found(source.format, raw, len(entities))}); "
                    "the list's current version is kept. If the publisher changed the format, check the list's URL "
                    "and format in its registry file"
                )
        except Exception as exc:
            stop_if_interrupted(exc)
            # (hostile probe 14: a maintenance page or a JSON error served with 200 was reported as a parser error)
            answered = _not_a_list(result.body or b"", result.content_type,
                                   show_title=_same_host(result.url, result.final_url))
            forbidden = _forbidden_character(exc)
            if answered is None and forbidden:
                # (hostile probe 26: a whole file holding "&#x1b;" was called cut short, and refreshing later advised)
                raise ListNotStaged(
                    f"the download ({len(result.body or b''):,} bytes) holds a character XML does not allow "
                    f"({forbidden}): the publisher's file is invalid, so refreshing will not help until the publisher "
                    "fixes it; the list's current version is kept") from exc
            if answered is None and type(exc).__name__ == "XMLSyntaxError":
                # (hostile probe 18: a download cut short read "XMLSyntaxError: Couldn't find end of Start Tag u, line
                # 6 (<string>, line 6)", then advice to check the URL, which had answered 200)
                raise ListNotStaged(
                    f"the download ({len(result.body or b''):,} bytes) is not whole, well-formed XML: cut short or "
                    f"damaged ({exc}); the list's current version is kept. Refresh again later; if it "
                    "persists, open the list's URL to see what it serves") from exc
            if answered is None:
                raise
            raise ListNotStaged(f"the server answered {answered} instead of the list ({source.format}); the list's "
                               "current version is kept. Check the list's URL, or refresh again later") from exc
        write_staged(folder, *to_tables(list_id, version, entities))
        summary.update(
            status="staged", sha256=version, folder=str(folder), entities=named, nameless=len(entities) - named,
            etag=result.etag or state.get("etag"), last_modified=result.last_modified or state.get("last_modified"),
            parser_version=PARSER_VERSION,
        )
    except Exception as exc:  # one broken list must not stop the others
        stop_if_interrupted(exc)
        summary["error"] = redacted(_said(exc))
        log.warning("list not staged", extra={"kv": {"list_id": list_id, "error": summary["error"]}})
        if created and folder is not None:  # a version that failed to parse is not kept (a download of 100+ MB)
            shutil.rmtree(folder, ignore_errors=True)
    return summary


def _forbidden_character(exc: BaseException) -> str | None:
    """Where a list file holds a character XML 1.0 forbids ("&#x1b;", a raw ESC), and what libxml2 said; None for any
    other error (a file cut short, a broken tag)."""
    if type(exc).__name__ != "XMLSyntaxError":
        return None
    from lxml import etree

    codes = {etree.ErrorTypes.ERR_INVALID_CHAR, etree.ErrorTypes.ERR_INVALID_CHARREF,
             etree.ErrorTypes.ERR_INVALID_DEC_CHARREF, etree.ErrorTypes.ERR_INVALID_HEX_CHARREF}
    if getattr(exc, "code", None) not in codes:
        return None
    line, column = getattr(exc, "position", None) or (getattr(exc, "lineno", "?"), "?")
    said = str(getattr(exc, "msg", "") or exc).split(", line ")[0]
    return f"line {line}, column {column}: {said}"


_PAGE_TITLE = re.compile(rb"<title[^>]*>([^<]{1,120})", re.IGNORECASE)


def _same_host(url: str, final_url: str) -> bool:
    from urllib.parse import urlsplit

    from tradewatch.fetch.hosts import normal_host

    return normal_host(urlsplit(url).hostname or "") == normal_host(urlsplit(final_url).hostname or "")


def _not_a_list(body: bytes, content_type: str | None, show_title: bool = True) -> str | None:
    """What a download that is no list is ("text/html (<title>Service unavailable</title>)"): an HTML page or a JSON
    document, by its Content-Type or its first bytes; None for anything else. `show_title`: whether the page's own words
    (its title, the JSON's start) may go into the error, which is logged and shown: not for a page a redirect took us to
    on another host, whose content is no business of the list's log (hostile probe 26: an internal page's title,
    "SECRET-METADATA-TOKEN...", was printed)."""
    head = body[:2048].lstrip().lower()
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml") or head.startswith((b"<!doctype html", b"<html")):
        title = _PAGE_TITLE.search(body[:8192]) if show_title else None
        shown = title.group(1).decode("utf-8", "replace").strip() if title else ""
        return f"an HTML page ({kind or 'no Content-Type'}{', titled ' + repr(shown) if shown else ''})"
    if kind.endswith("json") or head.startswith((b"{", b"[")):
        start = f": {body[:80].decode('utf-8', 'replace')!r}" if show_title else ""
        return f"a JSON document ({kind or 'no Content-Type'}{start})"
    return None


# Version folders are kept for the current version and the one before it (to compare or roll back); older ones, and
# any folder changed in the last hour (another refresh may be staging it), are left alone by `_prune_versions`.
KEEP_RECENT_SECONDS = 3600


def _prune_versions(settings: Settings, list_id: str, keep: set[str]) -> None:
    """Remove a list's version folders but those in `keep` and those changed in the last hour."""
    import time

    root = list_dir(settings, list_id)
    if not root.is_dir():
        return
    for child in root.iterdir():
        if not child.is_dir() or child.name in keep or not _VERSION_NAME.fullmatch(child.name):
            continue
        try:
            if time.time() - child.stat().st_mtime < KEEP_RECENT_SECONDS:
                continue
        except OSError:
            continue
        shutil.rmtree(child, ignore_errors=True)
        log.info("old list version removed", extra={"kv": {"list_id": list_id, "version": child.name}})


LOADED_VERSION_WAIT_SECONDS = 10


def _stored_download(settings: Settings, list_id: str, fmt: str, version: str | None) -> Path | None:
    """The download of the list's `version` as it was stored beside its parse (None: no such version, or removed)."""
    if not version or not _VERSION_NAME.fullmatch(version):
        return None
    raw = list_dir(settings, list_id) / version / ("source.csv" if fmt.endswith("_csv") else "source.xml")
    return raw if raw.is_file() else None


def _loaded_version(settings: Settings, list_id: str) -> tuple[str | None, int | None]:
    """The list's current version in the DuckDB file and the parser version that made its rows, or None for either
    (no file, no lists table, no version; a version loaded before parser versions were kept)."""
    import duckdb

    from tradewatch.lists.store import current_parser_version, current_version
    from tradewatch.store.db import read_if_available

    # (a few seconds, not the default two minutes: behind a long news load each list's download waited the full wait,
    # one after another, for a figure that only spares the load a comparison; hostile probe 24)
    with read_if_available(settings.duckdb_path, LOADED_VERSION_WAIT_SECONDS,
                           "loaded list version not read (the database is busy or unreadable): the list is staged whole "
                           "and compared when it is loaded", list=list_id) as con:
        if con is None:
            return None, None
        try:
            version = current_version(con, list_id)
        except duckdb.CatalogException:  # a file from before the lists migration
            return None, None
        try:
            return version, current_parser_version(con, list_id)
        except duckdb.BinderException:  # a file from before migration 0018: parsed again (the load migrates it)
            return version, None


def load_lists(
    staged: list[dict[str, Any]],
    as_of: dt.datetime,
    settings: Settings | None = None,
    raise_on_failure: bool = True,
    accept_shrink: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Load every staged list (one transaction each), then refresh all matches if any list changed. `accept_shrink`:
    lists whose much smaller new version a person checked and accepts (see `store.load_version`)."""
    from tradewatch.lists.matching import matches_are_stale, refresh_matches
    from tradewatch.lists.store import current_version, load_version, read_staged
    from tradewatch.store.db import open_db

    settings = settings or get_settings()
    results: dict[str, Any] = {"lists": {}, "matches": None, "failed": {}}
    with open_db(settings.duckdb_path) as con:
        for item in staged:
            list_id = item["list_id"]
            if item.get("status") != "staged":
                results["lists"][list_id] = {"status": item.get("status")}
                if item.get("status") == "failed":
                    results["failed"][list_id] = item.get("error")
                continue
            previous = current_version(con, list_id)
            try:
                entities, names = read_staged(Path(item["folder"]))
                loaded = load_version(con, list_id, item["sha256"], entities, names, item.get("url"), as_of,
                                      accept_shrink=list_id in accept_shrink,
                                      parser_version=item.get("parser_version"), reparse=bool(item.get("reparse")))
            except Exception as exc:
                stop_if_interrupted(exc)  # Ctrl-C stops the refresh; it is not this list failing
                results["failed"][list_id] = _said(exc)
                log.warning("list not loaded", extra={"kv": {"list_id": list_id, "error": str(exc)}})
                continue
            _write_state(
                settings, list_id,
                {"sha256": item["sha256"], "etag": item.get("etag"), "last_modified": item.get("last_modified"),
                 "url": item.get("url")},
            )
            results["lists"][list_id] = vars(loaded)
            _prune_versions(settings, list_id, {item["sha256"], previous or ""})
        # (also when every list is unchanged but the matches are of other versions: an earlier refresh loaded a list
        # and crashed or failed before its matches, and its retry found the list unchanged)
        changed = any(v.get("status") in ("loaded", "reparsed") for v in results["lists"].values())
        if changed or matches_are_stale(con, settings.match_threshold):
            results["matches"] = refresh_matches(con, settings.match_threshold, None, as_of=as_of)
    if results["failed"] and raise_on_failure:
        detail = "; ".join(f"{k}: {v}" for k, v in sorted(results["failed"].items()))
        others = len(set(results["lists"]) | set(results["failed"])) - len(results["failed"])
        tail = ("; the other list was refreshed" if others == 1 else f"; the other {others} were refreshed" if others
                else "; no list was refreshed (the versions loaded before are kept)")
        raise ListsRefreshFailed(f"{len(results['failed'])} list(s) failed ({detail}){tail}")
    return results


def enabled_list_ids(registry_dir: Path | str | None = None) -> list[str]:
    """The enabled lists' ids, and those of invalid registry files: their stage task fails naming the file and the field
    (and the refresh fails after loading the others), instead of the whole refresh stopping at the registry."""
    sources, errors = read_registry(registry_dir)
    for list_id, error in errors.items():
        log.warning("invalid list registry file", extra={"kv": {"list_id": list_id, "error": error}})
    return sorted({s.list_id for s in sources} | set(errors))


def refresh_lists(
    registry_dir: Path | str | None = None,
    as_of: dt.datetime | None = None,
    settings: Settings | None = None,
    raise_on_failure: bool = True,
    accept_shrink: frozenset[str] = frozenset(),
    reparse: bool = False,
) -> dict[str, Any]:
    """What the DAG does, in one process: stage every enabled list, then load. `reparse`: parse the loaded versions'
    stored downloads again even where this parser made them (`stage_list`)."""
    settings = settings or get_settings()
    staged = [stage_list(list_id, registry_dir, settings, reparse=reparse)
              for list_id in enabled_list_ids(registry_dir or settings.lists_dir)]
    results = load_lists(staged, as_of or dt.datetime.now(dt.UTC), settings, raise_on_failure=raise_on_failure,
                         accept_shrink=accept_shrink)
    results["staged"] = staged
    return results
