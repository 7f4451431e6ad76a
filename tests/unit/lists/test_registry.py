"""The list registry: validation, `${VAR}` expansion, clear errors; the shipped registries load."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewatch.lists.registry import RegistryError, load_registry, load_source

REPO = Path(__file__).resolve().parents[3]


def write(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


VALID = "title: t\npublisher: p\nurl: {url}\nformat: un_sc_xml\n"


def test_production_registry_has_the_four_lists() -> None:
    sources = {s.list_id: s for s in load_registry(REPO / "include" / "lists")}
    assert set(sources) == {"us_ofac_sdn", "uk_sanctions_list", "eu_fsf", "un_sc"}
    assert all(s.url.startswith("https://") for s in sources.values())
    assert sources["us_ofac_sdn"].max_bytes >= 100 * 1024 * 1024


def test_demo_registry_expands_the_demo_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWATCH_DEMO_BASE", "http://127.0.0.1:9999")
    sources = load_registry(REPO / "demo" / "lists" / "registry")
    assert len(sources) == 4
    assert all(s.url.startswith("http://127.0.0.1:9999/lists/") for s in sources)
    for s in sources:  # each demo URL names a bundled sample file
        assert (REPO / "demo" / s.url.removeprefix("http://127.0.0.1:9999/")).is_file()


def test_undefined_variable_names_file_and_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRADEWATCH_TEST_UNDEFINED_BASE", raising=False)
    path = write(tmp_path, "un_sc.yml", VALID.format(url="${TRADEWATCH_TEST_UNDEFINED_BASE}/un.xml"))
    with pytest.raises(RegistryError) as err:
        load_source(path)
    assert "un_sc.yml" in str(err.value) and "'url'" in str(err.value) and "TRADEWATCH_TEST_UNDEFINED_BASE" in str(err.value)


def test_a_variable_outside_the_projects_own_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "postgresql://airflow:s3cr3t@db/airflow")
    path = write(tmp_path, "un_sc.yml", VALID.format(url="https://x.org/a.xml?c=${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN}"))
    with pytest.raises(RegistryError) as err:
        load_source(path)
    assert "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" in str(err.value) and "not allowed" in str(err.value)
    assert "s3cr3t" not in str(err.value)


@pytest.mark.parametrize("field", ["url", "extra_files"])
def test_a_setting_is_never_expanded_in_a_list_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str) -> None:
    # hostile probe 26: "${TRADEWATCH_STORAGE}" sent the storage keys to the list's host
    monkeypatch.setenv("TRADEWATCH_STORAGE", "s3://AKIAEXAMPLEKEY:wJalrSECRETKEYexample@bucket/staging")
    leak = "https://x.org/a.xml?c=${TRADEWATCH_STORAGE}"
    text = (VALID.format(url=leak) if field == "url"
            else VALID.format(url="https://x.org/a.xml") + f"extra_files:\n  alt.csv: \"{leak}\"\n")
    path = write(tmp_path, "un_sc.yml", text)
    with pytest.raises(RegistryError) as err:
        load_source(path)
    said = str(err.value)
    assert "un_sc.yml" in said and "list 'un_sc'" in said and field in said and "TRADEWATCH_STORAGE" in said, said
    assert "_BASE" in said and "SECRET" not in said


def test_list_id_must_match_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, "un_sc.yml", "list_id: other\n" + VALID.format(url="https://x.org/a.xml"))
    with pytest.raises(RegistryError, match="must equal the file name"):
        load_source(path)


@pytest.mark.parametrize(
    "body",
    [
        VALID.format(url="ftp://x.org/a.xml"),
        VALID.format(url="'https://x.org/a list.xml'"),  # hostile probe 50 F5: blanks, control characters, ports
        VALID.format(url='"https://x.org/a.xml\\nHost: y"'),
        VALID.format(url="https://x.org:0/a.xml"),
        VALID.format(url="https://x.org/a.xml").replace("un_sc_xml", "pdf"),
        VALID.format(url="https://x.org/a.xml") + "surprise: 1\n",
        VALID.format(url="https://x.org/a.xml") + "max_bytes: 0\n",
        "- not a mapping\n",
    ],
)
def test_invalid_files_are_rejected(tmp_path: Path, body: str) -> None:
    with pytest.raises(RegistryError):
        load_source(write(tmp_path, "un_sc.yml", body))


def test_disabled_lists_are_skipped(tmp_path: Path) -> None:
    write(tmp_path, "un_sc.yml", VALID.format(url="https://x.org/a.xml") + "enabled: false\n")
    assert load_registry(tmp_path) == []
    assert len(load_registry(tmp_path, include_disabled=True)) == 1


# A bad file among good ones: each stopped every list (UnicodeDecodeError, RecursionError), or cost minutes and GBs.
BOMB = "".join(
    [f"a0: &a0 [{', '.join(['lol'] * 10)}]\n"] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 8)]
) + "title: *a7\n"  # 445 bytes standing for 10^8 values: 83 s and 2.9 GB before
HOSTILE = {
    "latin1": ("title: Liste des personnes visées\n".encode("latin-1"), None, "not UTF-8"),
    "deep": (("title: " + "[" * 2000 + "]" * 2000 + "\n").encode(), "title", "nested more than"),
    "bomb": (BOMB.encode(), "a1", "aliases"),
    "huge": (b"# padding\n" * 40_000, None, "larger than"),
}

_READ_IN_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from tradewatch.lists.registry import read_registry
sources, errors = read_registry(sys.argv[2])
print(json.dumps({"sources": [s.list_id for s in sources], "errors": errors}))
"""


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_file_fails_its_own_list_naming_file_and_field(tmp_path: Path, kind: str) -> None:
    # in a child process: the old code took minutes on the alias bomb
    import json
    import subprocess
    import sys

    import tradewatch

    body, field, words = HOSTILE[kind]
    write(tmp_path, "un_sc.yml", VALID.format(url="https://x.org/a.xml"))
    (tmp_path / f"{kind}.yml").write_bytes(VALID.format(url="https://x.org/a.xml").encode() + body)
    done = subprocess.run(
        [sys.executable, "-c", _READ_IN_CHILD, str(Path(tradewatch.__file__).parents[1]), str(tmp_path)],
        capture_output=True, text=True, timeout=30,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout)
    assert got["sources"] == ["un_sc"]
    assert list(got["errors"]) == [kind]
    message = got["errors"][kind]
    assert f"{kind}.yml" in message and words in message, message
    if field:
        assert f"field {field!r}" in message, message


def test_a_list_file_that_is_no_regular_file_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "un_sc.yml", VALID.format(url="https://x.org/a.xml"))
    (tmp_path / "zero.yml").symlink_to("/dev/null")
    with pytest.raises(RegistryError, match="zero.yml: cannot read file: zero.yml is not a regular file"):
        load_source(tmp_path / "zero.yml")


@pytest.mark.parametrize("hidden", [".draft.yml", ".#un_sc.yml", "un_sc.yml~"])
def test_hidden_and_editor_files_are_no_lists(tmp_path: Path, hidden: str) -> None:
    write(tmp_path, "un_sc.yml", VALID.format(url="https://example.org/un.xml"))
    write(tmp_path, hidden, "title: [broken\n")
    assert [s.list_id for s in load_registry(tmp_path)] == ["un_sc"]
