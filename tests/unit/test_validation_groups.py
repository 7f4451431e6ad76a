"""validate_run validates the run's staged chunks a group at a time (TRADEWATCH_VALIDATE_BATCH articles at
most per Great Expectations batch): how the chunks are grouped never changes what is kept or quarantined."""

from __future__ import annotations

import hashlib
from typing import Any

import pyarrow as pa
import pytest

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, workspace  # noqa: F401 - fixture
from tradewatch import pipeline
from tradewatch.article.parse import parse_article
from tradewatch.staging import write_parquet

RUN = "group-test"


def _stage_chunks(chunks: list[tuple[str, list[int]]]) -> None:
    """Crawl-stage chunks as a crawl writes them: `(source_id, article indices)` per chunk, in order."""
    ctx = pipeline.RunContext.create(RUN, LOGICAL_DATE)
    staged: dict[str, pipeline.Staged] = {}
    for source_id, indices in chunks:
        batch = staged.setdefault(source_id, pipeline.Staged())
        for i in indices:
            body = syn.article_html(7, i)
            parsed = parse_article(body.decode("utf-8"), f"https://news.example/{i}")
            aid = f"article-{i:03d}"  # the same page under two sources is the same article
            batch.add("articles", article_id=aid, source_id=source_id, url=f"https://news.example/{i}",
                      title=parsed.title, published_at=ctx.logical_date, text=parsed.text, language="en",
                      sha256=hashlib.sha256(body).hexdigest(), fetched_at=ctx.logical_date,
                      first_seen_at=ctx.logical_date, last_seen_at=ctx.logical_date)
            assert pipeline.add_records(batch, aid, parsed.text, parsed.title, None, None) > 0
            if i % 4 == 1:  # a record whose evidence is not in its article: quarantined, whatever the grouping
                batch.add("sanctions", sanction_id=f"bad-{i}", article_id=aid, authority="OFAC", measure="asset freeze",
                          evidence="A sentence this article never had.", start_offset=0, end_offset=10,
                          confidence=0.9, extractor_version="test")
        batch.flush(ctx, source_id)


def _validated(table: str) -> list[tuple[Any, ...]]:
    got = pipeline.read_staged(RUN, "validated", table)
    columns = [c for c in pipeline.COLUMNS[table] if c not in ("quarantined_at", "validated_at")]
    return sorted(tuple(str(v) for v in row.values()) for row in got.select(columns).to_pylist())


def _run(monkeypatch: pytest.MonkeyPatch, most: int) -> dict[str, Any]:
    monkeypatch.setenv("TRADEWATCH_VALIDATE_BATCH", str(most))
    summary = pipeline.validate_run(RUN, LOGICAL_DATE)
    tables = ("articles", "sanctions", "sanction_targets", "deals", "deal_parties", "quarantine")
    return {"summary": summary, **{t: _validated(t) for t in tables}}


def test_grouping_changes_the_number_of_batches_and_nothing_else(workspace: Workspace,  # noqa: F811
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # source a: chunks of 3 and 2 articles; source b: 3 articles, one (index 2) also staged by a.
    _stage_chunks([("src_a", [0, 1, 2]), ("src_a", [3, 4]), ("src_b", [2, 5, 6])])

    alone = _run(monkeypatch, 1)  # every chunk its own batch, as before grouping
    assert alone["summary"]["chunks"] == 3 and alone["summary"]["batches"] == 3
    assert len(alone["articles"]) == 7  # article 2 once
    assert {row[2] for row in alone["quarantine"]} == {"bad-1", "bad-5"}  # the made-up records, whatever failed
    assert {row[0] for row in alone["sanctions"]}.isdisjoint({"bad-1", "bad-5"})

    pairs = _run(monkeypatch, 5)  # [a-0000 + a-0001] then [b-0000]
    together = _run(monkeypatch, 100)  # one batch
    assert pairs["summary"]["batches"] == 2 and together["summary"]["batches"] == 1
    for table in ("articles", "sanctions", "sanction_targets", "deals", "deal_parties", "quarantine"):
        assert pairs[table] == alone[table], table
        assert together[table] == alone[table], table
    assert pairs["summary"]["quarantined"] == together["summary"]["quarantined"] == len(alone["quarantine"])
    assert pipeline.list_parts(RUN, "validated", "articles") == ["src_a-0000.parquet"]  # the last run's one batch, named after its first chunk


def test_groups_hold_at_most_the_cap_unless_one_chunk_is_larger(workspace: Workspace) -> None:  # noqa: F811
    def chunk(name: str, n: int) -> None:
        rows = {c: [None] * n for c in pipeline.COLUMNS["articles"]}
        rows["article_id"] = [f"{name}-{i}" for i in range(n)]
        write_parquet(pa.table(rows).cast(pipeline.arrow_schema("articles")), RUN, "crawl", "articles", f"{name}.parquet")

    for name, n in (("a-0000", 3), ("a-0001", 2), ("b-0000", 6), ("c-0000", 1)):
        chunk(name, n)
    chunks = pipeline.list_parts(RUN, "crawl", "articles")
    groups = [(first, parts["articles"].num_rows, parts["sanctions"].num_rows)
              for first, parts in pipeline._validation_groups(RUN, chunks, 5, pipeline.GROUP_BYTES)]
    assert groups == [("a-0000.parquet", 5, 0), ("b-0000.parquet", 6, 0), ("c-0000.parquet", 1, 0)]
    assert list(pipeline._validation_groups(RUN, [], 5, pipeline.GROUP_BYTES)) == []


def test_groups_also_close_at_the_byte_cap(workspace: Workspace) -> None:  # noqa: F811
    def chunk(name: str, n: int, chars: int) -> int:
        rows = {c: [None] * n for c in pipeline.COLUMNS["articles"]}
        rows["article_id"] = [f"{name}-{i}" for i in range(n)]
        rows["text"] = [f"{name}-{i} " + "x" * chars for i in range(n)]  # (a text twice is one article: kept once)
        table = pa.table(rows).cast(pipeline.arrow_schema("articles"))
        write_parquet(table, RUN, "crawl", "articles", f"{name}.parquet")
        return table.nbytes

    big = chunk("a-0000", 2, 50_000)
    chunk("a-0001", 2, 50_000)
    chunk("b-0000", 1, 10)
    chunks = pipeline.list_parts(RUN, "crawl", "articles")
    by_count = [(f, p["articles"].num_rows) for f, p in pipeline._validation_groups(RUN, chunks, 100, pipeline.GROUP_BYTES)]
    assert by_count == [("a-0000.parquet", 5)]
    by_bytes = [(f, p["articles"].num_rows) for f, p in pipeline._validation_groups(RUN, chunks, 100, big + 1_000)]
    assert by_bytes == [("a-0000.parquet", 2), ("a-0001.parquet", 3)]


def test_validation_leaves_older_objects_out_of_gc_scans_and_restores_them(workspace: Workspace,  # noqa: F811
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    _stage_chunks([("src_a", [0, 1])])
    from tradewatch import quality

    during: list[int] = []
    real = quality.validate_batch  # validate_run imports it from tradewatch.quality when it runs

    def watched(*args: Any, **kwargs: Any) -> Any:
        during.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(quality, "validate_batch", watched)
    before = gc.get_freeze_count()
    pipeline.validate_run(RUN, LOGICAL_DATE)
    assert during and all(count > 0 for count in during)  # the objects older than the task were frozen
    assert gc.get_freeze_count() == before == 0  # and handed back to the collector afterwards
