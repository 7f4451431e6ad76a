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
