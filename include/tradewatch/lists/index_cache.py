"""The name index, built once per set of list versions: kept in memory and pickled under the data folder.

Airflow runs every task in a fresh process, so the in-memory copy only helps within one process
(`tradewatch lists refresh`, tests); the pickle is what makes news_ingest's per-run matching cheap.
The pickle lives in our own data folder and is written only by this module, so loading it trusts
nothing more than the DuckDB file beside it already does.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from tradewatch.files import write_atomically
from tradewatch.lists.index import NameIndex
from tradewatch.logs import get_logger

if TYPE_CHECKING:
    import duckdb

log = get_logger("lists.index_cache")

# Only the latest index is worth keeping: lists change together at most daily.
_memory: dict[str, NameIndex] = {}


@functools.cache
def _code_fingerprint() -> str:
    """Changes whenever the code or vocabulary that shapes an index changes (a stale pickle is never read)."""
    digest = hashlib.sha256()
    package = resources.files("tradewatch.lists")
    for name in ("index.py", "normalise.py", "scoring.py", "legal_forms.yml"):
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:16]


def index_key(con: duckdb.DuckDBPyConnection) -> str:
    """Hash of the current list versions plus a checksum of the names themselves (a few ms in DuckDB).

    The checksums (of the names with their surnames, and of the entries' kinds and countries the scores use) guard
    names loaded without a version row (hand-filled tables in tests, a repair) and a version parsed again
    (`PARSER_VERSION`).
    """
    versions = con.execute(
        "select list_id, list_version from list_versions where is_current order by list_id"
    ).fetchall()
    count, checksum, kinds = con.execute(
        "select count(*), coalesce(sum(hash(list_id, entity_id, name, surname)), 0), "
        "(select coalesce(sum(hash(entity_id, kind, countries)), 0) from list_entities) from list_names"
    ).fetchall()[0]
    text = repr((_code_fingerprint(), [tuple(map(str, v)) for v in versions], int(count), int(checksum), int(kinds)))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def build_index(con: duckdb.DuckDBPyConnection) -> NameIndex:
    """A fresh blocking index over every name of every currently loaded list (seconds for 50k names)."""
    rows = con.execute("select list_id, entity_id, name, surname from list_names "
                       "order by list_id, entity_id, name").fetchall()
    kinds = dict(con.execute("select entity_id, kind from list_entities where kind is not null").fetchall())
    countries = dict(con.execute("select entity_id, countries from list_entities where len(countries) > 0").fetchall())
    return NameIndex(((str(r[0]), str(r[1]), str(r[2]), r[3]) for r in rows), kinds, countries)


def cache_dir() -> Path:
    from tradewatch.settings import get_settings

    return get_settings().data_dir / "lists"


def _read(path: Path) -> NameIndex | None:
    try:
        with open(path, "rb") as fh:
            index = pickle.load(fh)  # noqa: S301 - our own file in our data folder, see module docstring
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or outdated pickle is rebuilt, never fatal
        log.warning("index cache unreadable, rebuilding", extra={"kv": {"path": str(path), "error": repr(exc)}})
        return None
    return index if isinstance(index, NameIndex) else None


def _write(path: Path, index: NameIndex) -> None:
    def dump(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)

    try:
        write_atomically(path, dump)  # a concurrent reader sees the old file or the whole new one
        for old in path.parent.glob("index-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only data folder costs speed, not correctness
        log.warning("index cache not written", extra={"kv": {"path": str(path), "error": repr(exc)}})


def cached_index(con: duckdb.DuckDBPyConnection) -> NameIndex:
    """The index for the lists now loaded: from memory, else from the pickle, else built (and saved)."""
    key = index_key(con)
    index = _memory.get(key)
    if index is not None:
        return index
    path = cache_dir() / f"index-{key}.pkl"
    index = _read(path)
    if index is None:
        index = build_index(con)
        _write(path, index)
        log.info("name index built", extra={"kv": {"names": len(index), "path": str(path)}})
    _memory.clear()
    _memory[key] = index
    return index


def clear_memory() -> None:
    """Forget the in-memory copy (tests; a long-lived process that wants to re-read the pickle)."""
    _memory.clear()
