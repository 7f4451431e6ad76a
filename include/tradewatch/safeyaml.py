"""Registry YAML files read safely: a size cap, UTF-8, no aliases, bounded nesting, no key written twice, time linear
in the file."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

# A registry file is a few hundred bytes; anything past this is not one (a symlink to /dev/zero reads forever).
MAX_FILE_BYTES = 256 * 1024
# A registry file is a mapping whose deepest values are a list or a mapping of scalars (3 levels). Deeper nesting is
# refused while it is being read: a 4 KB "[[[[..." overflowed Python's stack (RecursionError) in the composer, and
# PyYAML's scanner keeps one possible key per open "[", so scanning 50,000 of them took 84 s.
MAX_DEPTH = 16


# ${VAR} in a registry value expands only a base URL meant for registry files: TRADEWATCH_<NAME>_BASE (the demo's
# TRADEWATCH_DEMO_BASE), whose value is an http(s) URL without a user name or password. A source or list file (a
# one-line change in a contribution) must not read a secret into a URL that is then sent to its host and stored in
# `fetches`: not cloud keys or the Airflow database URL (hostile probe 12), and not a Tradewatch setting either, such
# as TRADEWATCH_STORAGE, which may hold "s3://KEY:SECRET@bucket" (hostile probe 26).
EXPANDABLE_PREFIX = "TRADEWATCH_"
EXPANDABLE_SUFFIX = "_BASE"
_EXPANDABLE = re.compile(r"TRADEWATCH_[A-Z0-9_]+_BASE")


def env_value(name: str) -> tuple[str | None, str | None]:
    """The value of environment variable `name` for a registry's ${name}, or None and what is wrong (never the value)."""
    from tradewatch.settings import setting_variables

    setting = name in setting_variables()
    if setting or not _EXPANDABLE.fullmatch(name):
        what = "it is a Tradewatch setting" if setting else "it is not a base URL variable"
        return None, (f"writes ${{{name}}}, which is not allowed ({what}): registry files expand only "
                      f"{EXPANDABLE_PREFIX}<NAME>{EXPANDABLE_SUFFIX} variables, each an http(s) base URL such as "
                      f"${{TRADEWATCH_DEMO_BASE}}; write the URL out, or set a {EXPANDABLE_PREFIX}<NAME>"
                      f"{EXPANDABLE_SUFFIX} variable to its base")
    if name not in os.environ:
        return None, f"uses ${{{name}}} but the environment variable {name} is not set"
    value = os.environ[name]
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # "http://[::1" and the like
        host = None
    if not host or parts.scheme not in ("http", "https") or any(c.isspace() or not c.isprintable() for c in value):
        return None, (f"uses ${{{name}}}, whose value is not an http(s) base URL (such as http://127.0.0.1:8000): "
                      f"set {name} to the base URL the file's URLs start with")
    if "@" in parts.netloc:
        return None, (f"uses ${{{name}}}, whose value holds a user name or password (user:password@host): a registry "
                      "file's URLs are sent to their hosts, printed and stored, so credentials are never expanded "
                      "into them")
    return value, None


class YamlFileError(ValueError):
    """A registry file that cannot be read as safe YAML: what is wrong, and the top-level field where it is, if known."""

    def __init__(self, message: str, field: str | None = None):
        self.message = message
        self.field = field
        super().__init__(message if field is None else f"field {field!r}: {message}")


def hidden(path: Path) -> bool:
    """A file a registry folder's listing leaves out: hidden (".draft.yml"), an editor's lock or swap file (".#x.yml",
    ".x.yml.swp") or backup ("x.yml~"), which was read as one more source or list (hostile probe 47 F4)."""
    return path.name.startswith(".") or path.name.endswith("~")


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The file's text: a regular file of at most `max_bytes`, UTF-8; raises YamlFileError saying what to do."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise YamlFileError(f"cannot read file: {path.name} is not a regular file")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise YamlFileError(f"cannot read file: {exc}") from exc
    if len(data) > max_bytes:
        raise YamlFileError(f"cannot read file: larger than {max_bytes // 1024} KB: a registry file is a few lines of YAML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise YamlFileError(
            f"cannot read file: not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}): save the file as UTF-8"
        ) from None


def _too_deep(line: object) -> str:
    return f"nested more than {MAX_DEPTH} levels deep (line {line}): write each value as a scalar, a list or a mapping"


class _SafeBoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing aliases and nesting deeper than MAX_DEPTH before it composes them, and a key
    written twice in one mapping (PyYAML keeps the last silently: a second `url:` added below the first would
    replace it without a word)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._field: str | None = None

    def fetch_flow_collection_start(self, token_class: Any) -> None:
        # The scanner reads up to 1,024 characters ahead of what the composer has seen, keeping a possible key per
        # open "[" or "{": stop it at the bound too, or a line of "[[[[..." still costs a quarter of a second.
        if self.flow_level >= MAX_DEPTH:
            raise YamlFileError(_too_deep(self.line + 1), self._field)
        super().fetch_flow_collection_start(token_class)

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self._depth == 1 and isinstance(index, ScalarNode):  # the value of a top-level key: name that field
            self._field = str(index.value)
        event = self.peek_event()
        line = event.start_mark.line + 1 if event.start_mark else "?"
        if isinstance(event, yaml.AliasEvent):
            # "*a8" nine levels deep stands for 10^9 values (a "billion laughs"): expanding it takes minutes and GBs
            raise YamlFileError(f"YAML aliases (*name) are not allowed in registry files (line {line}): "
                                "write the values out", self._field)
        if self._depth >= MAX_DEPTH:
            raise YamlFileError(_too_deep(line), self._field)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1
            if self._depth == 1:
                self._field = None


    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        lines: dict[str, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in lines:
                    raise YamlFileError(f"the key {key_node.value!r} is written twice in one mapping (lines "
                                        f"{lines[key_node.value]} and {line}): keep one", str(key_node.value))
                lines[key_node.value] = line
        return super().construct_mapping(node, deep)


def load(text: str) -> Any:
    """One YAML document of safe types (`yaml.safe_load`), in time linear in its length; raises YamlFileError."""
    try:
        # (probe 9: the reader checks for control characters as it is built: a NUL or an ESC pasted into one file
        # raised a bare ReaderError that stopped every source)
        loader = _SafeBoundedLoader(text)
    except yaml.YAMLError as exc:
        raise YamlFileError(f"not valid YAML: {exc} (remove the control character)") from exc
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        if "'\\t'" in str(exc.problem) and exc.problem_mark is not None:
            # (hostile probe 47 F6: PyYAML's three lines on "found character '\t' that cannot start any token")
            mark = exc.problem_mark
            raise YamlFileError(f"not valid YAML: a tab on line {mark.line + 1}, column {mark.column + 1}: YAML indents "
                                "and separates with spaces: use spaces, not tabs") from exc
        raise YamlFileError(f"not valid YAML: {exc}") from exc
    except yaml.YAMLError as exc:
        raise YamlFileError(f"not valid YAML: {exc}") from exc
    except RecursionError:  # not reached with MAX_DEPTH this low; kept so it can never take the whole registry down
        raise YamlFileError(f"nested too deep: at most {MAX_DEPTH} levels") from None
    finally:
        loader.dispose()


def load_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """The one YAML document of a registry file, checked as `read_text` and `load` do; raises YamlFileError."""
    return load(read_text(path, max_bytes))
