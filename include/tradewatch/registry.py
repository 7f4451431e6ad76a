"""The source registry: one YAML file per source in include/sources/, validated on load."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from tradewatch.fetch.urls import fetchable_url

SourceKind = Literal["rss", "atom", "html", "sitemap"]
_ID = re.compile(r"[a-z0-9][a-z0-9_]{1,62}\Z")  # (\Z: "$" also accepts a final newline, "nl\n")
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Source(BaseModel):
    """A news source the pipeline watches."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    """Stable identifier: lowercase letters, digits and underscores; the file is named `<id>.yml`."""
    name: str = Field(min_length=1)
    """Human-readable name shown in summaries and reports."""
    publisher: str = Field(min_length=1)
    """Who publishes it (an authority or a news organisation)."""
    kind: SourceKind
    """How the listing is read: `rss` or `atom` feed (a JSON Feed is read under either), `html` listing page, or `sitemap`."""
    url: Annotated[str, AfterValidator(fetchable_url)]
    """The feed, listing page or sitemap URL (http or https)."""
    enabled: bool = True
    """Disabled sources are validated but not fetched."""
    terms: str = Field(min_length=1)
    """What the site's terms and robots.txt allow, and how we comply."""
    link_selector: str | None = None
    """For `html`: CSS selector of the article links on the listing page."""
    article_selector: str | None = None
    """Optional CSS selector of the article body, when automatic main-text extraction is not enough."""
    link_pattern: str | None = None
    """Optional regular expression an article URL must match (sitemaps and broad listings)."""
    max_articles: int | None = Field(default=None, ge=1, le=1000)
    """Articles fetched per run; defaults to TRADEWATCH_MAX_ARTICLES."""
    language: str = "en"
    """Expected language (ISO 639-1)."""
    min_interval: float | None = Field(default=None, ge=0, le=600)
    """Seconds between requests to this source's host, when the site asks for more than the default."""
    tags: list[str] = []
    """Free labels: sanctions, trade, authority, news."""

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must be 2-63 lowercase letters, digits or underscores, starting with a letter or digit")
        return value

    @field_validator("link_pattern")
    @classmethod
    def _check_pattern(cls, value: str | None) -> str | None:
        if value is not None:
            import regex  # what the crawl matches it with (see pipeline._crawl)

            try:
                re.compile(value)
                regex.compile(value)
            except (re.error, regex.error) as exc:
                raise ValueError(f"is not a valid regular expression: {exc}") from exc
        return value

    @field_validator("link_selector", "article_selector")
    @classmethod
    def _check_selector(cls, value: str | None) -> str | None:
        if value is not None:
            import soupsieve  # BeautifulSoup's selector engine, which the crawl uses

            try:
                soupsieve.compile(value)
            except soupsieve.SelectorSyntaxError as exc:
                # an invalid article_selector was silently ignored at crawl time: the page's automatic text was kept
                raise ValueError(f"is not a valid CSS selector: {str(exc).splitlines()[0]}") from exc
        return value

    @model_validator(mode="after")
    def _check_kind_fields(self) -> Source:
        if self.kind == "html" and not self.link_selector:
            raise ValueError("link_selector: required when kind is 'html'")
        return self


@dataclass(frozen=True)
class RegistryError:
    """One invalid source file: which file, which field, what is wrong."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: field '{self.field}': {self.message}"


class RegistryInvalid(ValueError):
    def __init__(self, errors: list[RegistryError]):
        self.errors = errors
        super().__init__("invalid source registry:\n  " + "\n  ".join(str(e) for e in errors))


def _expand(value: object, file: str, field: str, source_id: str) -> object:
    """Expand ${TRADEWATCH_<NAME>_BASE} base URLs from the environment in string values (the demo points sources at
    127.0.0.1); any other ${VAR} is an error naming the file, the source and the variable."""
    from tradewatch import safeyaml

    if isinstance(value, str):
        def sub(m: re.Match[str]) -> str:
            found, problem = safeyaml.env_value(m.group(1))
            if found is None:
                raise _ExpandError(RegistryError(file, field, f"source {source_id!r} {problem}"))
            return found
        return _VAR.sub(sub, value)
    if isinstance(value, list):
        return [_expand(v, file, field, source_id) for v in value]
    return value


class _ExpandError(Exception):
    def __init__(self, error: RegistryError):
        self.error = error


def load_source_file(path: Path) -> Source:
    """Load and validate one source file; raises RegistryInvalid naming the file and the field."""
    from tradewatch import safeyaml

    name = path.name
    try:
        # size cap, regular file, UTF-8, no aliases, bounded nesting: one bad file is one error, in bounded time
        raw = safeyaml.load_file(path)
    except safeyaml.YamlFileError as exc:
        raise RegistryInvalid([RegistryError(name, exc.field or "-", exc.message)]) from None
    if not isinstance(raw, dict):
        raise RegistryInvalid([RegistryError(name, "-", "must be a mapping of field: value")])
    try:
        source_id = str(raw.get("id", path.stem))
        data = {k: _expand(v, name, str(k), source_id) for k, v in raw.items()}
    except _ExpandError as exc:
        raise RegistryInvalid([exc.error]) from None
    data.setdefault("id", path.stem)
    try:
        source = Source.model_validate(data)
    except ValidationError as exc:
        errors = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "-"
            msg = err["msg"]
            if err["type"] == "missing":
                msg = "required field is missing"
            elif err["type"] == "extra_forbidden":
                msg = "unknown field (check the spelling; see docs in tradewatch.registry.Source)"
            elif err["type"] == "literal_error":
                msg = f"unknown value {err.get('input')!r}; expected one of rss, atom, html, sitemap"
            elif err["type"] == "string_type" and isinstance(err.get("input"), (int, float, bool)):
                # "id: 0123", "id: yes": YAML read a number or a yes/no (hostile probe 19)
                msg = (f"must be text, but YAML read {err.get('input')!r} ({type(err.get('input')).__name__}): "
                       "put the value in quotes")
            if loc == "-" and msg.startswith("Value error, "):
                loc, _, msg = msg.removeprefix("Value error, ").partition(": ")
            errors.append(RegistryError(name, loc, msg.removeprefix("Value error, ")))
        raise RegistryInvalid(errors) from None
    if source.id != path.stem:
        raise RegistryInvalid([RegistryError(name, "id", f"{source.id!r} does not match the file name {path.stem!r}")])
    return source


def internal_url_warning(url: str) -> str | None:
    """What to tell about a source's or a list's URL whose host is internal by what it is written as (loopback, private,
    link-local such as cloud metadata, a localhost or *.internal name), or None: such a source may lead its crawl
    anywhere on this machine's network, so a contributed file pointing at 169.254.169.254 must not pass unremarked
    (hostile probe 26). TRADEWATCH_ALLOW_INTERNAL_SOURCES=yes says they are meant. Names are not looked up in DNS here:
    the crawl's guard judges those (see `PoliteFetcher.set_origin`)."""
    from tradewatch.fetch.hosts import internal_by_name
    from tradewatch.settings import get_settings

    why = internal_by_name(urlsplit(url).hostname or "")
    allowed = get_settings().allow_internal_sources
    if why is None or allowed:
        return None
    if allowed is False:
        return (f"its URL's host is internal: {why}. TRADEWATCH_ALLOW_INTERNAL_SOURCES=no, so it is refused when "
                "crawled or downloaded; set the variable to yes if it is meant (an intranet, a local test site)")
    return (f"its URL's host is internal: {why}. A source on this machine or its network may lead the crawl anywhere "
            "on it; if that is meant (an intranet, a local test site), set TRADEWATCH_ALLOW_INTERNAL_SOURCES=yes; "
            "set it to no to refuse such sources")


def not_a_folder(folder: Path, setting: str) -> str:
    """Why `folder` (not a folder) cannot be a registry, and what to set instead (hostile probe 14: a file was said not
    to exist, and a symlink loop gave a bare "Symlink loop from ...")."""
    import errno
    import os

    try:
        os.stat(folder)
    except OSError as exc:
        if exc.errno != errno.ENOENT:  # a symlink loop, a name too long, no permission
            return f"registry folder cannot be read ({exc.strerror or exc}): point {setting} at a folder of .yml files"
    else:
        return f"registry folder is a file, not a folder: point {setting} at the folder that holds the .yml files"
    return f"registry folder does not exist: create it, or point {setting} at the folder that holds the .yml files"


def load_registry(folder: Path | None = None) -> tuple[list[Source], list[RegistryError]]:
    """Every source file in the folder: the valid sources, and one error per problem in the others.

    An invalid file never stops the valid ones from loading.
    """
    from tradewatch.settings import get_settings

    folder = Path(folder or get_settings().sources_dir)
    if not folder.is_dir():
        return [], [RegistryError(str(folder), "folder", not_a_folder(folder, "TRADEWATCH_SOURCES_DIR (or --dir)"))]
    sources: list[Source] = []
    errors: list[RegistryError] = []
    from tradewatch.safeyaml import hidden

    for path in sorted(folder.iterdir()):
        if hidden(path):
            continue
        if path.suffix.lower() in (".yml", ".yaml") and path.suffix not in (".yml", ".yaml"):
            # ("FreightWaves.YML" was skipped without a word: hostile probe 22)
            errors.append(RegistryError(path.name, "file", f"not read: source files end in lower-case .yml or .yaml; "
                                                           f"rename it to {path.stem}{path.suffix.lower()}"))
    seen: dict[str, str] = {}
    twice: set[str] = set()
    for path in sorted(folder.glob("*.y*ml")):
        if hidden(path):
            continue
        try:
            source = load_source_file(path)
        except RegistryInvalid as exc:
            errors.extend(exc.errors)
            continue
        if source.id in seen:
            # "x.yml" and "x.yaml": which one is meant is anyone's guess, so neither runs (the crawl, which opens a
            # source by its id, would otherwise read one file while validation had accepted the other)
            errors.append(RegistryError(path.name, "id", f"source {source.id!r} is also defined in {seen[source.id]}: "
                                                         "keep one of the two files"))
            twice.add(source.id)
            continue
        seen[source.id] = path.name
        sources.append(source)
    return [s for s in sources if s.id not in twice], errors


def get_source(source_id: str, folder: Path | None = None) -> Source:
    folder = Path(folder) if folder else None
    from tradewatch.settings import get_settings

    base = folder or get_settings().sources_dir
    found = [p for p in (Path(base) / f"{source_id}.yml", Path(base) / f"{source_id}.yaml") if p.exists()]
    if len(found) > 1:
        raise RegistryInvalid([RegistryError(found[1].name, "id", f"source {source_id!r} is also defined in "
                                                                  f"{found[0].name}: keep one of the two files")])
    if found:
        return load_source_file(found[0])
    raise KeyError(f"no source {source_id!r} in {base}")


# In the data folder: the source registry the last run read (see `registry_used`).
LAST_REGISTRY_FILE = "last-run-registry.txt"


def record_registry_used(folder: Path) -> None:
    """Note in the data folder which registry a run read, for `registry_used`. Best effort: a note that cannot be
    written only leaves `status` and the briefing judging by TRADEWATCH_SOURCES_DIR."""
    from tradewatch.files import write_atomically
    from tradewatch.settings import get_settings

    note = get_settings().data_dir / LAST_REGISTRY_FILE
    try:
        folder = folder.resolve()
        if not (note.is_file() and note.read_text(encoding="utf-8").strip() == str(folder)):
            write_atomically(note, lambda tmp: tmp.write_text(f"{folder}\n", encoding="utf-8"))
    except OSError as exc:
        from tradewatch.logs import get_logger

        get_logger("registry").warning("could not note the registry read",
                                       extra={"kv": {"path": str(note), "error": str(exc)}})


def registry_used() -> Path:
    """The registry to judge stored runs by: TRADEWATCH_SOURCES_DIR when set, else the one the last run read (noted by
    `record_registry_used`), else the default. (Hostile probe 43 F2: `make demo` crawls demo/sources, and right after it
    `tradewatch status` and `report` read include/sources and called every demo source "not in the registry".)"""
    from tradewatch.settings import get_settings

    settings = get_settings()
    if os.environ.get("TRADEWATCH_SOURCES_DIR"):
        return settings.sources_dir
    try:
        noted = Path((settings.data_dir / LAST_REGISTRY_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return settings.sources_dir
    return noted if noted.is_absolute() and noted.is_dir() else settings.sources_dir


def registry_standing(folder: Path | None = None) -> dict[str, str | None]:
    """Source id -> None for an enabled source of the registry, "disabled" for a disabled one; {} when the registry
    cannot be read (then callers mark nothing). A source id absent from a non-empty answer is no longer in the
    registry (renamed, its file deleted): its runs are history, and it can never run again. By default the registry
    is `registry_used()`."""
    folder = Path(folder or registry_used())
    try:
        if not folder.is_dir():
            return {}
        sources, errors = load_registry(folder)
    except Exception:  # a registry that cannot be read marks nothing: `sources validate` says what is wrong
        return {}
    # (an invalid file is in the registry too: its runs are config_error rows named after the file)
    standing: dict[str, str | None] = {Path(error.file).stem: None for error in errors}
    standing.update({src.id: (None if src.enabled else "disabled") for src in sources})
    return standing


def standing_note(standing: dict[str, str | None], source_id: str) -> str | None:
    """What to say of a source beside its runs: "disabled", "not in the registry", or None (an enabled source, or a
    registry that could not be read)."""
    if not standing:
        return None
    return standing[source_id] if source_id in standing else "not in the registry"
