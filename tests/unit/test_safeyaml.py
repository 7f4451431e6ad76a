"""Registry YAML read safely: what safe_load gives for real files, one clear error for hostile ones."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tradewatch import safeyaml

REPO = Path(__file__).resolve().parents[2]
REGISTRIES = [REPO / "include" / "sources", REPO / "include" / "lists", REPO / "demo" / "sources",
              REPO / "demo" / "lists" / "registry", REPO / "tests" / "fixtures" / "sources" / "valid"]


@pytest.mark.parametrize("path", [p for folder in REGISTRIES for p in sorted(folder.glob("*.yml"))],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_shipped_registry_file_reads_as_safe_load_reads_it(path: Path) -> None:
    assert safeyaml.load_file(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "field", "words"), [
    ("a: 1\nb: &x [1]\nc: *x\n", "c", "aliases (*name) are not allowed in registry files (line 3)"),
    ("a: 1\nb:\n  <<: *x\n", "b", "aliases"),
    ("a: 1\nb: " + "[" * 17 + "]" * 17 + "\n", "b", "nested more than 16 levels deep (line 2)"),
    ("a: 1\nb: " + "{k: " * 17 + "v" + "}" * 17 + "\n", "b", "nested more than 16 levels deep"),
    ("deep:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 40)), "deep", "nested more than 16 levels deep"),
    ("id: x\nurl: http://a/\nurl: http://b/\n", "url", "the key 'url' is written twice in one mapping (lines 2 and 3)"),
    ("a: 1\nheaders:\n  X-Key: 1\n  X-Key: 2\n", "X-Key", "written twice in one mapping (lines 3 and 4)"),
    ("a: [{k: 1, k: 2}]\n", "k", "written twice"),
    ("a: 1\n---\nb: 2\n", None, "not valid YAML: expected a single document"),
    ("a: !!python/object/apply:os.system [true]\n", None, "not valid YAML"),
])
def test_a_hostile_document_is_one_error_naming_the_field(text: str, field: str | None, words: str) -> None:
    with pytest.raises(safeyaml.YamlFileError) as err:
        safeyaml.load(text)
    assert err.value.field == field
    assert words in err.value.message, err.value.message


def test_sixteen_levels_are_allowed() -> None:
    text = "a: " + "[" * 15 + "]" * 15 + "\n"  # the mapping, then 15 lists
    assert safeyaml.load(text) == yaml.safe_load(text)


@pytest.mark.parametrize("body, line", [("id: x\ntitle: t\n\turl: http://a\n", 3), ('id: x\ntitle:\t"t"\nurl: http://a\n', 2)])
def test_a_tab_is_named_with_its_file_and_line(tmp_path: Path, body: str, line: int) -> None:
    # (hostile probe 47 F6: PyYAML's three lines on "found character '\t' that cannot start any token" said no fix)
    from tradewatch.lists.registry import RegistryError, load_source
    from tradewatch.registry import RegistryInvalid, load_source_file

    path = tmp_path / "tabbed.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RegistryInvalid) as source:
        load_source_file(path)
    with pytest.raises(RegistryError) as listed:
        load_source(path)
    for said in (str(source.value), str(listed.value)):
        assert "tabbed.yml" in said and f"line {line}" in said and "use spaces, not tabs" in said, said
        assert "\n" not in said.split("tabbed.yml", 1)[1].strip(), said  # one line
