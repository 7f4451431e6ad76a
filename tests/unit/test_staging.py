"""Staging adapter: Parquet per run on a local folder and through Airflow's ObjectStoragePath (file://)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from tradewatch import staging


@pytest.fixture(params=["plain", "file_url"])
def storage(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point TRADEWATCH_STORAGE at a temp folder, as a plain path or as a file:// URL."""
    root = tmp_path / "staging"
    if request.param == "file_url":
        pytest.importorskip("airflow.sdk")
        monkeypatch.setenv("TRADEWATCH_STORAGE", root.as_uri())
    else:
        monkeypatch.setenv("TRADEWATCH_STORAGE", str(root))
    return root


def _table(n: int) -> pa.Table:
    return pa.table({"id": list(range(n)), "title": [f"t{i}" for i in range(n)]})


def test_round_trip_and_listing(storage: Path) -> None:
    run = "manual__2026-01-02T03:04:05+00:00"
    where = staging.write_parquet(_table(3), run, "src-a", "articles.parquet")
    staging.write_parquet(_table(1), run, "src-b", "articles.parquet")

    # Lands under the configured root, in one folder per run, whatever the scheme.
    on_disk = storage / staging.safe_run_key(run) / "src-a" / "articles.parquet"
    assert on_disk.is_file()
    assert where.endswith(str(on_disk))

    got = staging.read_parquet(run, "src-a", "articles.parquet")
    assert got is not None and got.equals(_table(3))
    assert staging.list_parts(run) == ["src-a", "src-b"]
    assert staging.list_parts(run, "src-b") == ["articles.parquet"]


def test_missing_things_are_empty_not_errors(storage: Path) -> None:
    assert staging.read_parquet("nope", "x.parquet") is None
    assert staging.list_parts("nope") == []
    staging.remove_run("nope")  # nothing staged: no error


def test_overwrite_is_whole_and_leaves_no_temp_files(storage: Path) -> None:
    staging.write_parquet(_table(5), "r1", "s", "a.parquet")
    staging.write_parquet(_table(2), "r1", "s", "a.parquet")
    got = staging.read_parquet("r1", "s", "a.parquet")
    assert got is not None and got.num_rows == 2
    folder = storage / "r1" / "s"
    assert sorted(p.name for p in folder.iterdir()) == ["a.parquet"]


def test_failed_write_keeps_previous_file(storage: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    staging.write_parquet(_table(4), "r1", "s", "a.parquet")

    import pyarrow.parquet as pq

    def boom(table: pa.Table, where: object, **kwargs: object) -> None:
        # Half a file reaches wherever the adapter writes, then the disk fills up.
        if isinstance(where, (str, Path)):
            Path(where).write_bytes(b"PAR1 half")
        else:
            where.write(b"PAR1 half")  # type: ignore[attr-defined]
        raise OSError("disk full")

    with monkeypatch.context() as m:
        m.setattr(pq, "write_table", boom)
        with pytest.raises(OSError):
            staging.write_parquet(_table(9), "r1", "s", "a.parquet")
    got = staging.read_parquet("r1", "s", "a.parquet")
    assert got is not None and got.num_rows == 4
    assert staging.list_parts("r1", "s") == ["a.parquet"]


def test_remove_run_only_touches_that_run(storage: Path) -> None:
    staging.write_parquet(_table(1), "r1", "s", "a.parquet")
    staging.write_parquet(_table(1), "r2", "s", "a.parquet")
    staging.remove_run("r1")
    assert staging.list_parts("r1") == []
    assert staging.list_parts("r2") == ["s"]


def test_remove_one_stage_of_a_run(storage: Path) -> None:
    staging.write_parquet(_table(1), "r1", "crawl", "a.parquet")
    staging.write_parquet(_table(1), "r1", "validated", "a.parquet")
    staging.remove_run("r1", "crawl")
    assert staging.list_parts("r1") == ["validated"]


def test_list_hides_temp_files(storage: Path) -> None:
    staging.write_parquet(_table(1), "r1", "s", "a.parquet")
    (storage / "r1" / "s" / ".tmp-123-b.parquet").write_bytes(b"half")
    assert staging.list_parts("r1", "s") == ["a.parquet"]


def test_plain_path_needs_no_airflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setenv("TRADEWATCH_STORAGE", str(tmp_path))
    monkeypatch.setitem(sys.modules, "airflow", None)  # any Airflow import now raises ImportError
    monkeypatch.setitem(sys.modules, "airflow.sdk", None)
    assert isinstance(staging.stage_path("r", "x.parquet"), Path)
    staging.write_parquet(_table(2), "r", "x.parquet")
    got = staging.read_parquet("r", "x.parquet")
    assert got is not None and got.num_rows == 2


@pytest.mark.parametrize(
    "run_key",
    ["scheduled__2026-01-01T00:00:00+00:00", "../../etc", "a/b", "a b", ".hidden", "é"],
)
def test_run_key_becomes_one_safe_folder(run_key: str) -> None:
    key = staging.safe_run_key(run_key)
    assert "/" not in key and "\\" not in key and not key.startswith(".")
    assert key not in ("", ".", "..")
    assert key == staging.safe_run_key(run_key)  # stable across calls and workers


def test_distinct_run_keys_never_share_a_folder() -> None:
    keys = ["a:b", "a_b", "a/b", "a b"]
    assert len({staging.safe_run_key(k) for k in keys}) == len(keys)
    assert staging.safe_run_key("manual_1") == "manual_1"  # already-safe keys stay readable


@pytest.mark.parametrize("part", ["..", ".", "a/b", "", "x\\y", ".tmp-1-a.parquet"])
def test_unsafe_parts_are_rejected(part: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWATCH_STORAGE", str(tmp_path))
    with pytest.raises(ValueError):
        staging.stage_path("r", part)


def test_empty_run_key_is_rejected() -> None:
    with pytest.raises(ValueError):
        staging.safe_run_key("  ")


def _pool_after_a_task(env: dict[str, str], tmp_path: Path) -> str:
    """Arrow's pool in a fresh process (the pool is process-wide) after it ran the validate task."""
    import os
    import subprocess
    import sys

    code = (
        "import pyarrow as pa\n"
        "from tradewatch import pipeline\n"
        "import tempfile\n"
        "folder = pipeline.Path(tempfile.mkdtemp())\n"
        "(folder / 'half.yml').write_text('id: half\\n')\n"  # a run of no sources: one file, invalid
        "pipeline.list_enabled_sources('r1', '2026-02-01', folder)\n"
        "pipeline.validate_run('r1', '2026-02-01')\n"
        "print(pa.default_memory_pool().backend_name)\n"
    )
    base = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    base.update(TRADEWATCH_DATA_DIR=str(tmp_path / "data"), TRADEWATCH_STORAGE=str(tmp_path / "staging"), **env)
    done = subprocess.run([sys.executable, "-c", code], env=base, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_validate_task_uses_the_c_library_allocator_unless_arrow_is_told_otherwise(tmp_path: Path) -> None:
    # The validate task switches to glibc's malloc (mimalloc's churn cost it much of its Parquet time
    # in the kernel); ARROW_DEFAULT_MEMORY_POOL, Arrow's own setting, still wins.
    assert _pool_after_a_task({}, tmp_path) == "system"
    others = [name for name in pa.supported_memory_backends() if name != "system"]
    if not others:
        pytest.skip("this pyarrow build has no allocator but the system one")
    assert _pool_after_a_task({"ARROW_DEFAULT_MEMORY_POOL": others[0]}, tmp_path) == others[0]


def test_a_lone_surrogate_in_a_staged_value_costs_that_character_only() -> None:
    # hostile probe 13: a JSON Feed title "\ud800" (valid JSON, no valid UTF-8) failed the source's staging, every run
    from tradewatch import pipeline

    table = pipeline._arrow_table("articles", [{"article_id": "a1", "title": "Bad \ud800 title", "text": "Body."}])
    assert table.column("title").to_pylist() == ["Bad ? title"]
    assert table.column("text").to_pylist() == ["Body."]
