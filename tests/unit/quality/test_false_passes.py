"""Records that looked valid to every expectation yet were wrong are held back, each with its own reason
(hostile probe 32 F8); the legitimate look-alikes still load."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from tradewatch.quality import validate_batch

from .batches import VALIDATED_AT, make_batch

Batch = dict[str, pd.DataFrame]


def _set(table: str, column: str, value: object) -> Callable[[Batch], None]:
    def spoil(batch: Batch) -> None:
        batch[table].at[0, column] = value
    return spoil


def _offsets(start: int, end: int) -> Callable[[Batch], None]:
    def spoil(batch: Batch) -> None:
        batch["sanctions"].at[0, "start_offset"] = start
        batch["sanctions"].at[0, "end_offset"] = end
    return spoil


def _empty_span(batch: Batch) -> None:
    batch["sanctions"].at[0, "end_offset"] = batch["sanctions"].at[0, "start_offset"]


SPAN = "start_offset:end_offset of the article text is not the evidence"
CASES = {
    "offsets at the headline": (_offsets(0, 5), "sanctions", "start_offset,end_offset", SPAN),
    "end offset past the text": (_set("sanctions", "end_offset", 10_000_000), "sanctions", "start_offset,end_offset", SPAN),
    "empty span": (_empty_span, "sanctions", "start_offset,end_offset", SPAN),
    "one-letter evidence": (
        _set("sanctions", "evidence", "e"), "sanctions", "evidence",
        "evidence is blank or too short to support a record (no word of 3 letters or digits)",
    ),
    "NaN confidence": (_set("sanctions", "confidence", float("nan")), "sanctions", "confidence",
                       "confidence is missing (or not a number)"),
    "NaN amount beside a dollar figure": (_set("sanctions", "amount", float("nan")), "sanctions", "amount",
                                          "amount_usd is given but amount is missing (or not a number)"),
    "NaN dollar figure of a converted amount": (
        _set("sanctions", "amount_usd", float("nan")), "sanctions", "amount_usd",
        "amount_usd is missing (or not a number) though amount and its currency are known",
    ),
    "NaN deal value": (_set("deals", "value", float("nan")), "deals", "value",
                       "value_usd is given but value is missing (or not a number)"),
    "zero-width space name": (_set("sanction_targets", "name", "\u200b"), "sanction_targets", "name",
                              "name is blank (no letter or digit)"),
    "byte-order mark name": (_set("sanction_targets", "name", "\ufeff"), "sanction_targets", "name",
                             "name is blank (no letter or digit)"),
    "braille blank name": (_set("sanction_targets", "name", "\u2800"), "sanction_targets", "name",
                           "name is blank (no letter or digit)"),
    "hangul filler name": (_set("deal_parties", "name", "\uffa0 \u3164"), "deal_parties", "name",
                           "name is blank (no letter or digit)"),
    "dash name": (_set("deal_parties", "name", "-"), "deal_parties", "name", "name is blank (no letter or digit)"),
    "target of another article": (_set("sanction_targets", "article_id", "another-article"), "sanction_targets",
                                  "article_id", "article_id differs from its sanction's article_id"),
    "party of another article": (_set("deal_parties", "article_id", "another-article"), "deal_parties",
                                 "article_id", "article_id differs from its deal's article_id"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_false_pass_is_held_back_with_its_own_reason(case: str) -> None:
    spoil, table, column, reason = CASES[case]
    batch = make_batch(2)
    spoil(batch)
    outcome = validate_batch(batch, run_id="fp", validated_at=VALIDATED_AT)
    q = outcome.quarantine
    own = q[(q["table_name"] == table) & (q["reason"] == reason)]
    assert list(own["column_name"]) == [column], q[["table_name", "column_name", "reason"]]
    # only the spoiled record is held back: the other three load
    assert len(outcome.clean["sanctions"]) + len(outcome.clean["deals"]) == 3


def test_legitimate_look_alikes_load() -> None:
    batch = make_batch(3)
    s, t, d, p = batch["sanctions"], batch["sanction_targets"], batch["deals"], batch["deal_parties"]
    text = batch["articles"].at[0, "text"]
    t.at[0, "name"] = "ПАО Сбербанк России"
    t.at[1, "name"] = "Œ"                    # one letter is a name (an initial, a vessel's letter)
    p.at[0, "name"] = "中国中铁"
    p.at[1, "name"] = "7-Eleven"
    s.loc[0, ["amount", "currency", "amount_usd"]] = [None, None, None]   # no amount at all
    s.loc[1, ["amount", "currency", "amount_usd"]] = [5e6, None, None]    # an amount in no currency read
    # evidence whose whitespace differs from the text's (a line break inside the span)
    evidence = s.at[0, "evidence"]
    spaced = evidence.replace(" ", "\n", 1)
    batch["articles"].at[0, "text"] = text.replace(evidence, spaced)
    s.at[0, "start_offset"] = batch["articles"].at[0, "text"].index(spaced)
    s.at[0, "end_offset"] = s.at[0, "start_offset"] + len(spaced)
    d.loc[2, ["start_offset", "end_offset"]] = [None, None]               # offsets unknown: nothing to hold
    outcome = validate_batch(batch, run_id="ok", validated_at=VALIDATED_AT)
    assert outcome.quarantine.empty, outcome.quarantine[["table_name", "column_name", "reason"]]
