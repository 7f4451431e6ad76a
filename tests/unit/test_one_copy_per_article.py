"""validate_run sees each article once per run: copies staged by a second source or a later chunk go."""

from __future__ import annotations

import pandas as pd

from tradewatch.pipeline import _one_copy_per_article


def _chunk(articles: list[tuple[str | None, str]], sanctions: list[tuple[str, str | None]]) -> dict[str, pd.DataFrame]:
    def frame(rows: list[dict]) -> pd.DataFrame:
        return pd.DataFrame(rows).astype("string") if rows else pd.DataFrame()

    return {
        "articles": frame([{"article_id": a, "source_id": s, "sha256": f"sha-{a}"} for a, s in articles]),
        "sanctions": frame([{"sanction_id": i, "article_id": a, "evidence": "e"} for i, a in sanctions]),
        "sanction_targets": pd.DataFrame({"sanction_id": [], "target_idx": [], "name": [], "article_id": []}),
        "deals": pd.DataFrame({"deal_id": [], "article_id": [], "evidence": []}),
        "deal_parties": pd.DataFrame({"deal_id": [], "party_idx": [], "name": [], "article_id": []}),
    }


def test_a_later_chunk_loses_what_an_earlier_one_had_and_keeps_the_rest():
    seen: set[str] = set()
    first = _one_copy_per_article(_chunk([("a1", "src_b"), ("a1", "src_a"), ("a2", "src_a")],
                                         [("s1", "a1"), ("s1", "a1"), ("s2", "a2")]), seen)
    assert first["articles"][["article_id", "source_id"]].values.tolist() == [["a1", "src_a"], ["a2", "src_a"]]
    assert first["sanctions"]["sanction_id"].tolist() == ["s1", "s2"]
    assert seen == {"a1", "a2"}

    second = _one_copy_per_article(_chunk([("a2", "src_c"), ("a3", "src_c"), (None, "src_c")],
                                          [("s2", "a2"), ("s3", "a3"), ("s9", None)]), seen)
    assert second["articles"]["article_id"].tolist()[:1] == ["a3"] and len(second["articles"]) == 2
    assert second["articles"]["article_id"].isna().sum() == 1  # a row without an id is left for validation
    assert second["sanctions"]["sanction_id"].tolist() == ["s3", "s9"]
    assert seen >= {"a1", "a2", "a3"}


def test_copies_keep_the_first_source_by_id_a_missing_one_last_and_rows_keep_their_order():
    seen: set[str] = set()
    chunk = _chunk([("a2", "src_c"), ("a1", None), ("a1", "src_b"), ("a3", "src_a"), ("a1", "src_b"), ("a2", "src_a")],
                   [])
    got = _one_copy_per_article(chunk, seen)["articles"]
    # a1: src_b (the first of its two src_b rows), not the row without a source; a2: src_a; order as staged
    assert got[["article_id", "source_id"]].values.tolist() == [["a1", "src_b"], ["a3", "src_a"], ["a2", "src_a"]]
    assert list(got.index) == [0, 1, 2]

    only_missing = _one_copy_per_article(_chunk([("a9", None), ("a9", None)], []), set())["articles"]
    assert len(only_missing) == 1


def test_a_chunk_with_nothing_to_drop_comes_back_whole():
    chunk = _chunk([("a1", "src_a"), ("a2", "src_a")], [("s1", "a1")])
    got = _one_copy_per_article(chunk, set())
    assert got["articles"]["article_id"].tolist() == ["a1", "a2"]
    assert got["sanctions"]["sanction_id"].tolist() == ["s1"]


def test_copies_of_one_article_with_different_bytes_keep_the_first_sources_copy():
    """A page whose bytes change per request (a CSP nonce, a CSRF token) reached from two sources: both copies
    were quarantined as duplicates and the article was lost."""
    chunk = _chunk([("a1", "src_b"), ("a1", "src_a")], [("s1", "a1"), ("s1", "a1")])
    chunk["articles"]["sha256"] = pd.Series(["sha-one", "sha-two"], dtype="string")
    got = _one_copy_per_article(chunk, set())
    assert got["articles"][["article_id", "source_id", "sha256"]].values.tolist() == [["a1", "src_a", "sha-two"]]
    assert got["sanctions"]["sanction_id"].tolist() == ["s1"]
