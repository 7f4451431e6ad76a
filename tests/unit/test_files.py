"""write_atomically: the new file whole or the old one untouched, and never a temp file left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewatch.files import TMP_PREFIX, TMP_SUFFIX, write_atomically


def test_replaces_the_file_whole_and_makes_its_folder(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "report.html"
    assert write_atomically(target, lambda tmp: tmp.write_text("first", encoding="utf-8")) == target
    write_atomically(target, lambda tmp: tmp.write_bytes(b"second"))
    assert target.read_text(encoding="utf-8") == "second"
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "index.pkl"
    target.write_bytes(b"old")
    seen: list[Path] = []

    def half_then_fail(tmp: Path) -> None:
        seen.append(tmp)
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert seen[0].parent == tmp_path and seen[0].name.startswith(TMP_PREFIX) and seen[0].name.endswith(TMP_SUFFIX)
    assert [p.name for p in tmp_path.iterdir()] == ["index.pkl"]


def test_a_folder_given_as_the_file_is_named_in_the_error(tmp_path: Path) -> None:
    # hostile probe 14: `--out /tmp` failed naming a temp file in the folder's parent
    (tmp_path / "out").mkdir()
    with pytest.raises(IsADirectoryError, match=r"out is a folder: give a file name in it"):
        write_atomically(tmp_path / "out", lambda tmp: tmp.write_text("x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
