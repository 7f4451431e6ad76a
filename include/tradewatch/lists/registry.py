"""The sanctions-list registry: one YAML file per list, validated by a pydantic model."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from tradewatch import safeyaml
from tradewatch.fetch.urls import fetchable_url
from tradewatch.settings import redacted

ListFormat = Literal["ofac_sdn_xml", "ofac_sdn_csv", "uk_sanctions_list_xml", "eu_fsf_xml", "un_sc_xml"]
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class RegistryError(ValueError):
    """A registry file is missing, malformed or refers to an undefined environment variable."""


class ListSource(BaseModel):
    """One official sanctions list and where to download it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    list_id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    """Stable id, also the prefix of every entity_id of the list (e.g. `us_ofac_sdn`)."""
    title: str
    """Human-readable name of the list."""
    publisher: str
    """Authority that publishes the list."""
    url: Annotated[str, AfterValidator(fetchable_url)] = Field(pattern=r"^https?://")
    """Official download URL; `${VAR}` is expanded from the environment when the registry is loaded."""
    format: ListFormat
    """Which parser reads the file (see `tradewatch.lists.parsers`)."""
    extra_files: dict[Annotated[str, Field(pattern=r"^[a-z0-9_-]+\.[a-z0-9]+$")], Annotated[str, Field(pattern=r"^https?://"), AfterValidator(fetchable_url)]] = {}
    """Further files the parser reads beside the main download, by the file name it expects
    (format `ofac_sdn_csv`: `alt.csv` and `add.csv`). All files together make one list version."""
    max_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    """Download size cap; lists are far larger than news pages (the SDN XML is ~100 MB)."""
    min_entities: int = Field(default=1, ge=0)
    """Parsing fewer entities than this means the format changed or the download is truncated: fail."""
    enabled: bool = True
    """Disabled lists stay in the registry but are not downloaded."""
    homepage: str | None = None
    """Where a person can read about the list."""


def _expand(value: object, path: Path, field: str, list_id: str) -> object:
    """Expand ${TRADEWATCH_<NAME>_BASE} base URLs (safeyaml.env_value); any other ${VAR} is an error naming the file,
    the list and the variable."""
    if isinstance(value, str):

        def repl(match: re.Match[str]) -> str:
            found, problem = safeyaml.env_value(match.group(1))
            if found is None:
                raise RegistryError(f"{path}: list {list_id!r}: field {field!r} {problem}")
            return found

        return _VAR.sub(repl, value)
    if isinstance(value, dict):
        return {key: _expand(item, path, f"{field}.{key}", list_id) for key, item in value.items()}
    return value


def load_source(path: Path) -> ListSource:
    """Read and validate one registry file, expanding `${VAR}` in its string fields."""
    try:
        # the source registry's guards: size cap, regular file, UTF-8, no aliases, bounded nesting (a 445-byte alias
        # bomb took 83 s and 2.9 GB here, and a Latin-1 or deeply nested file stopped every list)
        raw = safeyaml.load_file(path)
    except safeyaml.YamlFileError as exc:
        raise RegistryError(f"{path}: {exc}") from None
    if not isinstance(raw, dict):
        raise RegistryError(f"{path}: expected a mapping of fields")
    list_id = str(raw.get("list_id", path.stem))
    data = {key: _expand(value, path, str(key), list_id) for key, value in raw.items()}
    data.setdefault("list_id", path.stem)
    if data["list_id"] != path.stem:
        raise RegistryError(f"{path}: list_id {data['list_id']!r} must equal the file name {path.stem!r}")
    try:
        return ListSource.model_validate(data)
    except ValidationError as exc:
        # (pydantic quotes the values it refused: a URL's user name and password are masked, hostile probe 26)
        raise RegistryError(redacted(f"{path}: {exc}")) from None  # (its whole text is here; chained, a traceback showed it)


def _folder(directory: Path | str | None) -> Path:
    if directory is None:
        from tradewatch.settings import get_settings

        directory = get_settings().lists_dir
    folder = Path(directory)
    if not folder.is_dir():
        from tradewatch.registry import not_a_folder

        raise RegistryError(f"sanctions-list {folder}: {not_a_folder(folder, 'TRADEWATCH_LISTS_DIR or --registry')}")
    return folder


def read_registry(directory: Path | str | None = None, include_disabled: bool = False) -> tuple[list[ListSource], dict[str, str]]:
    """The valid lists of the registry folder (default: `get_settings().lists_dir`), sorted by list_id, and the error of
    each invalid file by its file's list id: one broken file does not keep the others from refreshing."""
    sources: list[ListSource] = []
    errors: dict[str, str] = {}
    from tradewatch.safeyaml import hidden

    for path in sorted(_folder(directory).glob("*.yml")):
        if hidden(path):
            continue
        try:
            sources.append(load_source(path))
        except RegistryError as exc:
            errors[path.stem] = str(exc)
    return [s for s in sources if include_disabled or s.enabled], errors


def load_registry(directory: Path | str | None = None, include_disabled: bool = False) -> list[ListSource]:
    """All lists in the registry folder (default: `get_settings().lists_dir`), sorted by list_id; raises RegistryError
    naming the first invalid file (`read_registry` gives the valid ones and the errors apart)."""
    sources, errors = read_registry(directory, include_disabled)
    if errors:
        raise RegistryError(next(iter(errors.values())))
    return sources


def get_source(list_id: str, directory: Path | str | None = None) -> ListSource:
    """One list by its id, read from its own file (the other files need not be valid)."""
    path = _folder(directory) / f"{list_id}.yml"
    if not path.is_file():
        raise RegistryError(f"no list {list_id!r} in the registry ({path} does not exist)")
    return load_source(path)
