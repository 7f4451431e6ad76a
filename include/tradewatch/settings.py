"""All configuration in one place: environment variables with documented defaults.

`tradewatch config` prints the effective values. Nothing else in the library reads os.environ.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

# The project root when running from a checkout (include/tradewatch/settings.py -> ../../).
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_registry(name: str) -> Path:
    """The default registry folder `name` ("sources", "lists"): the checkout's include/<name>, else (an installed
    package, no checkout around it) the copy the wheel carries in tradewatch/registries/<name> (setup.py). An installed
    tradewatch looked in site-packages' parent for include/sources and found no registry at all (hostile probe 47)."""
    checkout = PROJECT_ROOT / "include" / name
    packaged = Path(__file__).resolve().parent / "registries" / name
    return packaged if not checkout.is_dir() and packaged.is_dir() else checkout


def in_checkout() -> bool:
    """Whether this tradewatch runs from a checkout of the project (its DAGs beside the library), not from an installed
    package, which carries no dags/ and no demo/ (and no Makefile)."""
    return (PROJECT_ROOT / "dags" / "news_ingest.py").is_file()


def first_run_hint() -> str:
    """What loads a first run, for "run ... first" hints: `make demo` only where there is a Makefile to run it."""
    return "`make demo` or the news_ingest DAG" if in_checkout() else "the news_ingest DAG"


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


class SettingsError(ValueError):
    """An environment variable holds a value the setting cannot take; the message names the variable."""


def _number(name: str, default: float, kind: type[int] | type[float] = float, minimum: float = 0,
            maximum: float = 1e9) -> Any:
    """The variable as a finite number of `kind` from `minimum` to `maximum`, or the default when unset."""
    raw = _env(name, str(default))
    try:
        value = kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise SettingsError(f"{name} must be {what}, got {raw!r}: fix it or unset it to use the default ({default})") from None
    if not math.isfinite(value):  # "nan" made every comparison false (a threshold matching everything)
        raise SettingsError(f"{name} must be a finite number, got {raw!r}: fix it or unset it to use the default ({default})")
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {raw!r}: fix it or unset it to use the default ({default})")
    if value > maximum:
        raise SettingsError(f"{name} must be at most {maximum:g}, got {raw!r}: fix it or unset it to use the default ({default})")
    return value


_MEMORY = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([KMGT])(?:i?B)?|bytes)\s*", re.IGNORECASE)
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_STORAGE_SCHEMES = ("s3", "gs", "gcs", "abfs", "abfss", "az", "hdfs", "file")  # what pyarrow's filesystems open


def _memory(name: str, default: str) -> str:
    """A DuckDB memory limit ("512MB", "2GB")."""
    raw = _env(name, default)
    amount = _MEMORY.fullmatch(raw)
    if amount is None or not _MIN_MEMORY <= _bytes(amount) <= _MAX_MEMORY:
        # (probe 8: "99999999TB" and "1 bytes" passed here, then failed in DuckDB with a message naming no variable)
        raise SettingsError(f"{name} must be an amount of memory such as 512MB or 2GB (from 16MB to 1024TB), got "
                            f"{raw!r}: fix it or unset it to use the default ({default})")
    return raw.strip()


_MIN_MEMORY, _MAX_MEMORY = 16 * 1024**2, 1024 * 1024**4


def _bytes(amount: re.Match[str]) -> float:
    """Bytes of a `_MEMORY` match (its unit letter, or none for "bytes")."""
    unit = amount[2]
    return float(amount[1]) * (1024 ** ("KMGT".index(unit.upper()) + 1) if unit else 1)


# The password of any URL: to the last "@" before the host ("s3://KEY:p@ss@bucket" is the password "p@ss"); an S3
# secret key may hold a "/" ("s3://KEY:SECRET/pa$$@bucket").
_URL_SECRET = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:/@\s]*):[^@\s]+?@(?:[^@\s/?#]*@)*")
# In a web URL the user name alone may be the credential ("https://TOKEN@host/feed"); in "s3://aws_default@bucket" it
# names an Airflow connection, which is no secret and helps to read the configuration. The user info runs to the LAST
# "@" before the path, as urlsplit (and so requests) reads it: "http://carol:p@ss-Hunter3@host/x" was shown as
# "http://***@ss-Hunter3@host/x" (hostile probe 42 F5).
_WEB_USERINFO = re.compile(r"(?P<head>\b(?:https?|ftp)://)[^/?#\s]*@", re.IGNORECASE)
# The value of a query parameter named as a credential ("?token=", "&api_key=", "&X-Amz-Signature=", "&sig="): many
# feeds and APIs take their key there (hostile probe 42 F6). The name stays, to say what was masked; "key" counts only
# as a credential's ("api_key", "aws_secret_access_key"), not "sort_key"; the other words count glued too
# ("dbpassword"). The value ends where a message goes on after the URL ("...?token=XYZ: HTTP 404", "(...?sig=XYZ)").
# (The one masker: `Settings.describe` used a second, looser one, which let "aws_secret_access_key" through here.)
_QUERY_SECRET = re.compile(
    r"(?P<head>[?&;](?:[a-z0-9_.-]*(?:token|secret|password|passwd|pwd|signature|credential)|"
    r"(?:[a-z0-9_.-]*(?:api|access|secret|private|client|app|auth|subscription)[_.-]?)?key|sig|auth)=)"
    r"(?:[^&#\s\"'<>:),]|:(?!\s|$))+", re.IGNORECASE)


def redacted(value: str) -> str:
    """`value` with the credentials of any URL in it masked: the password ("s3://KEY:SECRET@bucket" ->
    "s3://KEY:***@bucket"), the whole user name and password of a web URL ("https://user:pw@host" -> "https://***@host"),
    and the value of a query parameter named as a credential ("?token=XYZ" -> "?token=***"). The one masking of URLs:
    what the CLI and the logs print may be pasted into a ticket (hostile probes 19 and 26), and what a source run,
    a fetch row and a task's return value store is shown by `status`, the reports and the Airflow UI (probe 42)."""
    if "@" in value:
        value = _URL_SECRET.sub(r"\g<head>:***@", _WEB_USERINFO.sub(r"\g<head>***@", value))
    if "=" in value:
        value = _QUERY_SECRET.sub(r"\g<head>***", value)
    return value


def _check_can_make(name: str, path: Path) -> None:
    """The nearest existing folder of `path` (itself or a parent) must be a folder: a file where a parent folder should be
    was accepted, the crawl then ran without its stored validators and the load died with a bare FileExistsError that
    named no setting (hostile probe 19)."""
    for parent in (path, *path.parents):
        if parent.exists():
            if not parent.is_dir() and parent != path:
                raise SettingsError(f"{name} points at {path}, but {parent} is a file, so no folder can be made "
                                    "there: point it elsewhere")
            return


def not_a_duckdb_file(path: Path) -> str | None:
    """What an existing `path` is when it is no DuckDB file ("a folder", "an empty file", ...), else None."""
    if not path.exists():
        return None
    if path.is_dir():
        return "a folder"
    with path.open("rb") as f:
        head = f.read(16)
    if not head:
        return "an empty file"
    if head.startswith(b"SQLite format 3"):
        return "a SQLite file (Airflow's metadata database?)"
    if len(head) < 12 or head[8:12] != b"DUCK":
        return "not a DuckDB file"
    return None


def _check_robots_token(user_agent: str) -> None:
    """The User-Agent's product token is what robots.txt groups name us by (RFC 9309): a browser's ("Mozilla/5.0
    (compatible; TradewatchBot/0.1)") made every site's group for our bot unread, and its rules for Mozilla ours
    (hostile probe 36 F5); a first word with no letters matches no group at all."""
    from tradewatch.fetch.robots import robots_token

    token = robots_token(user_agent)
    if token.lower() == "mozilla" or token == "*":
        raise SettingsError(
            f"TRADEWATCH_USER_AGENT must start with the crawler's own product token (letters, '-' or '_'), which "
            f"robots.txt groups are matched against, got {user_agent!r} (read as {token!r}): e.g. "
            "'MyCompanyBot/1.0 (+https://example.org/bot; mailto:ops@example.org)', or unset it to use the default")


def _check_duckdb_file(path: Path) -> None:
    """An existing TRADEWATCH_DUCKDB must be a DuckDB file (probe 8: a folder, an empty file or Airflow's SQLite file
    was found only by the load, after a whole crawl had refetched everything without validators)."""
    try:
        what = not_a_duckdb_file(path)
    except OSError as exc:
        raise SettingsError(f"TRADEWATCH_DUCKDB {path} cannot be read ({exc}): fix its permissions or point it "
                            "at another file") from exc
    if what is not None:
        raise SettingsError(f"TRADEWATCH_DUCKDB points at {path}, which is {what}: point it at a DuckDB file, or at a "
                            "path that does not exist yet (a new database is made there)")


def _flag(name: str, default: bool) -> bool:
    """A yes/no variable: 1, true, yes, on or 0, false, no, off (any case)."""
    raw = _env(name, "yes" if default else "no")
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be yes or no (also 1/0, true/false, on/off), got {raw!r}: fix it or unset it to use "
                        f"the default ({'yes' if default else 'no'})")


def _choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = _env(name, default)
    if raw.upper() not in choices:
        raise SettingsError(f"{name} must be one of {', '.join(choices)}, got {raw!r}: fix it or unset it to use the "
                            f"default ({default})")
    return raw.upper()


@dataclass(frozen=True)
class Settings:
    """Effective configuration. Each field is read from the environment variable in its metadata."""

    data_dir: Path
    """TRADEWATCH_DATA_DIR: everything the pipeline writes (DuckDB, blobs, staging, reports). Default ./data."""
    duckdb_path: Path
    """TRADEWATCH_DUCKDB: the DuckDB file. Default $TRADEWATCH_DATA_DIR/tradewatch.duckdb."""
    storage_path: str
    """TRADEWATCH_STORAGE: where fetch/extract tasks stage Parquet for the loader; a local folder or an
    object-store URL (s3://bucket/prefix) read through Airflow's ObjectStoragePath. Default $DATA_DIR/staging."""
    sources_dir: Path
    """TRADEWATCH_SOURCES_DIR: the source registry (one YAML file per source). Default include/sources (in an installed package, the copy it carries)."""
    lists_dir: Path
    """TRADEWATCH_LISTS_DIR: the sanctions-list registry (one YAML file per list). Default include/lists (in an installed package, the copy it carries)."""
    user_agent: str
    """TRADEWATCH_USER_AGENT: sent with every request; keep a contact address in it. Its first word, up to "/", a space
    or "(", is the product token robots.txt groups are matched against ("TradewatchBot"); a browser's ("Mozilla/5.0
    ...") is refused."""
    min_interval: float
    """TRADEWATCH_MIN_INTERVAL: minimum seconds between two requests to the same host. Default 1.0."""
    timeout_connect: float
    """TRADEWATCH_TIMEOUT_CONNECT: connect timeout in seconds. Default 10."""
    timeout_read: float
    """TRADEWATCH_TIMEOUT_READ: read timeout in seconds. Default 30."""
    timeout_total: float
    """TRADEWATCH_TIMEOUT_TOTAL: longest time one URL may take, in seconds: its redirects, retries and backoff, each answer's status line, headers and body, all together (stops dribbling servers). Default 120."""
    list_timeout_total: float
    """TRADEWATCH_LIST_TIMEOUT_TOTAL: the same deadline for each download of an official sanctions list, in seconds, instead of TRADEWATCH_TIMEOUT_TOTAL: a list is far larger than a news page (the OFAC SDN XML is ~100 MB, 30 min at 60 KB/s). Default 1800."""
    max_retries: int
    """TRADEWATCH_MAX_RETRIES: retries on timeouts, 429 and 5xx. Default 3."""
    max_failures_in_a_row: int
    """TRADEWATCH_MAX_FAILURES_IN_A_ROW: a source's pages that may fail in a row (timeouts, refused connections, 429 or 5xx after retries) before the rest of its pages are left for the next run. Default 5."""
    source_budget: float
    """TRADEWATCH_SOURCE_BUDGET: seconds a source's crawl may spend on its article pages; the pages left when they are spent (a site with a huge Crawl-delay, a slow one) are left for the next run. Default 1800."""
    revalidate_days: float
    """TRADEWATCH_REVALIDATE_DAYS: days a page the feed dates no later than our copy goes without a request; after that a conditional GET checks it (an RSS item edited under the same pubDate). Default 7."""
    backoff_base: float
    """TRADEWATCH_BACKOFF: first backoff delay in seconds, doubled each retry. Default 1.0."""
    max_retry_after: float
    """TRADEWATCH_MAX_RETRY_AFTER: longest Retry-After honoured, in seconds. Default 120."""
    max_bytes: int
    """TRADEWATCH_MAX_BYTES: an article page's body size cap, enforced while streaming (also after decompression).
    Default 10 MB."""
    max_listing_bytes: int
    """TRADEWATCH_MAX_LISTING_BYTES: the body size cap of a source's listing page, feed or sitemap (and of a sitemap
    index's sitemaps), enforced as TRADEWATCH_MAX_BYTES is. Default 50 MB, the sitemaps.org limit of a sitemap file
    (50,000 URLs)."""
    max_articles_per_source: int
    """TRADEWATCH_MAX_ARTICLES: articles fetched per source per run. Default 50."""
    duckdb_memory_limit: str
    """TRADEWATCH_DUCKDB_MEMORY: DuckDB's memory limit for queries, reports and name matching; they spill to disk
    beyond it. Default 512MB."""
    load_memory_limit: str
    """TRADEWATCH_LOAD_MEMORY: DuckDB's memory limit while a run is loaded (one transaction, on one thread); the
    load spills to disk beyond it, so what it needs does not grow with the size of the run. Default 128MB."""
    validate_batch_articles: int
    """TRADEWATCH_VALIDATE_BATCH: most articles (with their records) that one Great Expectations batch validates; the
    run's staged chunks are validated a group at a time. Each batch costs ~0.5-0.8 s of fixed work and each 1,000
    articles in it ~40 MB of the validate task's memory. Default 5000."""
    match_threshold: float
    """TRADEWATCH_MATCH_THRESHOLD: minimum name-match score (0-100) stored in `matches`. Default 90."""
    log_level: str
    """TRADEWATCH_LOG_LEVEL: WARNING by default; INFO or DEBUG to see each request."""
    keep_days: float
    """TRADEWATCH_KEEP_DAYS: how long a run's staged files and saved validation results are kept after they last
    changed (the reports DAG and `tradewatch prune` remove older ones; the loaded data stays in DuckDB). Default 14."""
    allow_internal_sources: bool | None
    """TRADEWATCH_ALLOW_INTERNAL_SOURCES: whether sources and lists on this machine or its network (a URL whose host is
    loopback, private, link-local such as cloud metadata, a localhost or *.internal name, or a name resolving to one)
    are crawled. Unset (None, the default): they are, with a warning (`sources validate`, `lists refresh`, and the
    source run's note, which `status` and the briefing show). yes (True): they are meant (an intranet, the demo's and
    the tests' 127.0.0.1), no warning. no (False): refused, and so is a link or redirect of any source to such an
    address (hostile probe 42 F4: "default no" was documented, but nothing was refused). Such a source may lead its
    crawl anywhere on that network."""
    task_retries: int
    """TRADEWATCH_TASK_RETRIES: how many times Airflow retries a failed task of the DAGs (0-10; read when the DAG files
    are parsed; the demo and the tests set 0, so that a failure shows at once). Default 1."""

    @classmethod
    def from_env(cls) -> Settings:
        data_dir = Path(_env("TRADEWATCH_DATA_DIR", str(Path.cwd() / "data"))).expanduser().resolve()
        if data_dir.exists() and not data_dir.is_dir():
            raise SettingsError(f"TRADEWATCH_DATA_DIR must be a folder, but {data_dir} is a file: point it at a folder")
        _check_can_make("TRADEWATCH_DATA_DIR", data_dir)
        storage = _env("TRADEWATCH_STORAGE", str(data_dir / "staging"))
        scheme = storage.split("://", 1)[0].lower() if "://" in storage else None
        if scheme is not None and scheme not in _STORAGE_SCHEMES:
            raise SettingsError(f"TRADEWATCH_STORAGE must be a folder or a {', '.join(_STORAGE_SCHEMES)} URL, got {storage!r}")
        if scheme is None:
            # a relative folder is taken from where the settings are read, as TRADEWATCH_DATA_DIR is, not from each
            # task's own working folder (probe 8: the crawl and the load could stage and read in different places)
            storage = str(Path(storage).expanduser().resolve())
        if scheme is None and Path(storage).exists() and not Path(storage).is_dir():
            raise SettingsError(f"TRADEWATCH_STORAGE must be a folder, but {storage} is a file: point it at a folder")
        if scheme is None:
            _check_can_make("TRADEWATCH_STORAGE", Path(storage))
        user_agent = _env(
            "TRADEWATCH_USER_AGENT",
            "TradewatchBot/0.1 (+https://github.com/tradewatch/tradewatch; mailto:tradewatch-ops@example.org)",
        )
        # (probe 8: a header must be Latin-1 too; "Bot 中文" failed every request as "robots.txt unreachable")
        if (not user_agent.strip() or len(user_agent) > 500
                or any(ord(c) < 32 or 127 <= ord(c) < 160 or ord(c) > 255 for c in user_agent)):
            # a line break in a header makes every request fail ("robots.txt unreachable", a misleading hint)
            raise SettingsError(
                f"TRADEWATCH_USER_AGENT must be one line of printable text in Latin-1 (ASCII is safest; at most 500 "
                f"characters), got {user_agent!r}: "
                "e.g. 'MyCompanyBot/1.0 (+https://example.org/bot; mailto:ops@example.org)', or unset it to use the default"
            )
        _check_robots_token(user_agent)
        duckdb_path = Path(_env("TRADEWATCH_DUCKDB", str(data_dir / "tradewatch.duckdb"))).expanduser().resolve()
        _check_can_make("TRADEWATCH_DUCKDB", duckdb_path)
        _check_duckdb_file(duckdb_path)
        return cls(
            data_dir=data_dir,
            duckdb_path=duckdb_path,
            storage_path=storage,
            sources_dir=Path(_env("TRADEWATCH_SOURCES_DIR", str(default_registry("sources")))).expanduser().resolve(),
            lists_dir=Path(_env("TRADEWATCH_LISTS_DIR", str(default_registry("lists")))).expanduser().resolve(),
            user_agent=user_agent,
            min_interval=_number("TRADEWATCH_MIN_INTERVAL", 1.0, maximum=3600),
            timeout_connect=_number("TRADEWATCH_TIMEOUT_CONNECT", 10.0, minimum=0.001, maximum=3600),
            timeout_read=_number("TRADEWATCH_TIMEOUT_READ", 30.0, minimum=0.001, maximum=3600),
            timeout_total=_number("TRADEWATCH_TIMEOUT_TOTAL", 120.0, minimum=0.001, maximum=86400),
            # (hostile probe 25 F7: with the pages' 120 s, the SDN list needed a sustained 0.85 MB/s to refresh at all)
            list_timeout_total=_number("TRADEWATCH_LIST_TIMEOUT_TOTAL", 1800.0, minimum=0.001, maximum=86400),
            max_retries=_number("TRADEWATCH_MAX_RETRIES", 3, int, maximum=20),
            max_failures_in_a_row=_number("TRADEWATCH_MAX_FAILURES_IN_A_ROW", 5, int, minimum=1),
            # (at most 50 minutes: the crawl task's execution_timeout is 1 hour, and a longer budget had Airflow kill the
            # task, recorded as "the crawl did not finish", hostile probe 19)
            source_budget=_number("TRADEWATCH_SOURCE_BUDGET", 1800.0, minimum=0.001, maximum=3000),
            revalidate_days=_number("TRADEWATCH_REVALIDATE_DAYS", 7.0, maximum=3650),
            backoff_base=_number("TRADEWATCH_BACKOFF", 1.0, maximum=600),
            max_retry_after=_number("TRADEWATCH_MAX_RETRY_AFTER", 120.0, maximum=86400),
            max_bytes=_number("TRADEWATCH_MAX_BYTES", 10 * 1024 * 1024, int, minimum=1, maximum=2**34),
            max_listing_bytes=_number("TRADEWATCH_MAX_LISTING_BYTES", 50 * 1024 * 1024, int, minimum=1, maximum=2**34),
            max_articles_per_source=_number("TRADEWATCH_MAX_ARTICLES", 50, int, minimum=1),
            duckdb_memory_limit=_memory("TRADEWATCH_DUCKDB_MEMORY", "512MB"),
            load_memory_limit=_memory("TRADEWATCH_LOAD_MEMORY", "128MB"),
            validate_batch_articles=_number("TRADEWATCH_VALIDATE_BATCH", 5000, int, minimum=1),
            match_threshold=_number("TRADEWATCH_MATCH_THRESHOLD", 90.0, maximum=100),  # a fuzzy-match score
            log_level=_choice("TRADEWATCH_LOG_LEVEL", "WARNING", _LOG_LEVELS),
            keep_days=_number("TRADEWATCH_KEEP_DAYS", 14.0, minimum=1, maximum=36500),
            allow_internal_sources=(_flag("TRADEWATCH_ALLOW_INTERNAL_SOURCES", True)
                                    if _env("TRADEWATCH_ALLOW_INTERNAL_SOURCES", "") else None),
            task_retries=task_retries(),
        )

    def describe(self) -> list[tuple[str, str, str]]:
        """(field, value, documentation) for every setting, for `tradewatch config`."""
        docs = _field_docs()
        # (a password may come as a query parameter too: "s3://aws_default@bucket/tw?password=hunter2" was printed as
        # it is, hostile probe 43 F14)
        return [(f.name, redacted(str(getattr(self, f.name))), docs.get(f.name, "")) for f in fields(self)]

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def http_state_dir(self) -> Path:
        return self.data_dir / "http_state"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"


def task_retries() -> int:
    """TRADEWATCH_TASK_RETRIES, read alone: the DAG files need only this when they are parsed. A bad value (empty is
    the default, as for every setting) stops the DAG files with one error naming the variable (hostile probe 10: "abc"
    failed both with a bare int() error; 99999999 retried a failing task every few minutes for ever)."""
    return int(_number("TRADEWATCH_TASK_RETRIES", 1, int, maximum=10))


def _field_docs() -> dict[str, str]:
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(Settings))
    docs: dict[str, str] = {}
    body = tree.body[0].body  # type: ignore[attr-defined]
    for node, nxt in zip(body, body[1:], strict=False):
        if isinstance(node, ast.AnnAssign) and isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant):
            docs[node.target.id] = " ".join(str(nxt.value.value).split())  # type: ignore[union-attr]
    return docs


_CACHED: tuple[tuple[object, ...], Settings] | None = None


def get_settings() -> Settings:
    """The settings for the current environment (and working directory).

    Cached against the TRADEWATCH_* variables and the working directory, so a change to either is
    seen at once, while the hot paths that ask many times per page do not re-read and re-resolve."""
    global _CACHED
    key = (os.getcwd(), tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("TRADEWATCH_"))))
    cached = _CACHED
    if cached is not None and cached[0] == key:
        return cached[1]
    settings = Settings.from_env()
    # (in a task's log too: its environment is set apart from the CLI's, which says it first in its own words)
    tell_misspelt_variables(lambda name, known: logging.getLogger("tradewatch.settings").warning(
        "%s is not a Tradewatch setting and is ignored; did you mean %s?", name, known))
    _CACHED = (key, settings)
    return settings


# Every TRADEWATCH_* variable the project reads (settings, CLI, scripts, compose); a test checks the list against the
# sources. Other TRADEWATCH_* names may be a user's own, for ${VAR} in source files (TRADEWATCH_DEMO_BASE).
KNOWN_VARIABLES = frozenset({
    "TRADEWATCH_AIRFLOW_CONNECTIONS", "TRADEWATCH_ALLOW_INTERNAL_SOURCES", "TRADEWATCH_AIRFLOW_HOME", "TRADEWATCH_AIRFLOW_HOST", "TRADEWATCH_AIRFLOW_LOG_PORT",
    "TRADEWATCH_AIRFLOW_PARALLELISM", "TRADEWATCH_AIRFLOW_PORT", "TRADEWATCH_AIRFLOW_TIMEOUT", "TRADEWATCH_AIRFLOW_VARIABLES",
    "TRADEWATCH_BACKOFF", "TRADEWATCH_DATA_DIR", "TRADEWATCH_DB", "TRADEWATCH_DB_ASSET", "TRADEWATCH_DEMO_BASE",
    "TRADEWATCH_DUCKDB", "TRADEWATCH_DUCKDB_MEMORY", "TRADEWATCH_DUCKDB_POOL", "TRADEWATCH_FLOWER_PORT", "TRADEWATCH_IMAGE",
    "TRADEWATCH_KEEP_DAYS", "TRADEWATCH_LISTS_DIR", "TRADEWATCH_LIST_TIMEOUT_TOTAL", "TRADEWATCH_LOAD_MEMORY", "TRADEWATCH_LOG_LEVEL",
    "TRADEWATCH_MATCH_THRESHOLD", "TRADEWATCH_MAX_ARTICLES", "TRADEWATCH_MAX_BYTES", "TRADEWATCH_MAX_FAILURES_IN_A_ROW",
    "TRADEWATCH_MAX_LISTING_BYTES",
    "TRADEWATCH_MAX_RETRIES", "TRADEWATCH_MAX_RETRY_AFTER", "TRADEWATCH_MIN_INTERVAL", "TRADEWATCH_REVALIDATE_DAYS",
    "TRADEWATCH_SOURCES_DIR", "TRADEWATCH_SOURCE_BUDGET", "TRADEWATCH_STORAGE", "TRADEWATCH_TASK_RETRIES",
    "TRADEWATCH_TIMEOUT_CONNECT", "TRADEWATCH_TIMEOUT_READ", "TRADEWATCH_TIMEOUT_TOTAL", "TRADEWATCH_USER_AGENT",
    "TRADEWATCH_VALIDATE_BATCH", "TRADEWATCH_VENV", "TRADEWATCH_WORKER_CONCURRENCY",
})


# The base URLs that source and list files may write as ${VAR} (safeyaml.env_value); every other variable above is a
# setting of the project and is never expanded in a registry file, whatever its name.
REGISTRY_BASE_VARIABLES = frozenset({"TRADEWATCH_DEMO_BASE"})


def setting_variables() -> frozenset[str]:
    """The TRADEWATCH_* variables the project reads as settings (not as a registry file's base URL)."""
    return KNOWN_VARIABLES - REGISTRY_BASE_VARIABLES


def misspelt_variables(environ: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(set name, the known name it is close to) for each TRADEWATCH_* variable that is no setting but looks like a
    misspelt one (TRADEWATCH_DATA_DIR without its "_DIR": silently ignored, the default folder used, hostile probes
    19 and 22)."""
    import difflib

    env = os.environ if environ is None else environ
    out = []
    for name in sorted(k for k in env if k.startswith("TRADEWATCH_") and k not in KNOWN_VARIABLES
                       and not k.endswith("_BASE")):  # (a registry file's own base URL: safeyaml.env_value)
        close = difflib.get_close_matches(name, KNOWN_VARIABLES, n=1, cutoff=0.8)
        if close:
            out.append((name, close[0]))
    return out


_TOLD: set[str] = set()  # the misspelt variables said already in this process


def tell_misspelt_variables(tell: Callable[[str, str], object]) -> None:
    """`tell(name, known)` once a process for each misspelt variable (`misspelt_variables`): the CLI and the settings
    it then reads both ask, and the user heard it twice."""
    for name, known in misspelt_variables():
        if name not in _TOLD:
            _TOLD.add(name)
            tell(name, known)
