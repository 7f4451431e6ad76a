"""validate_batch: clean rows load, bad rows go to quarantine with reasons, bad batches are refused."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from tradewatch.quality import BatchValidationError, validate_batch
from tradewatch.quality.quarantine import QUARANTINE_COLUMNS
from tradewatch.quality.runner import RESULT_COLUMNS

from .batches import VALIDATED_AT, make_batch


def _keys(frame: pd.DataFrame, *columns: str) -> set:
    return set(frame[list(columns)].itertuples(index=False, name=None))


def test_clean_batch_passes_unchanged(batch):
    outcome = validate_batch(batch, run_id="run-1", validated_at=VALIDATED_AT)

    assert outcome.quarantine.empty
    assert list(outcome.results.columns) == RESULT_COLUMNS
    assert outcome.results["success"].all(), outcome.results[~outcome.results["success"]]
    assert set(outcome.results["suite"]) >= {"articles", "sanctions", "sanction_targets", "deals", "deal_parties"}
    assert (outcome.results["run_id"] == "run-1").all()
    # row suites pass BOOLEAN_ONLY, yet their dq_results rows carry the counts
    rows = outcome.results[(outcome.results["suite"] == "deal_parties")
                           & (outcome.results["expectation"] != "expect_parent_not_quarantined")]
    assert len(rows) > 3
    assert (rows["element_count"] == len(batch["deal_parties"])).all() and (rows["unexpected_count"] == 0).all()
    assert set(rows["observed_value"]) == {f"0 of {len(batch['deal_parties'])} unexpected"}
    for table, frame in batch.items():
        pd.testing.assert_frame_equal(outcome.clean[table], frame)
    assert outcome.passed


@pytest.fixture
def spoiled():
    """Eight articles; rows of articles 0-5 spoiled one way each, articles 6 and 7 untouched."""
    b = make_batch(8)
    s, t, d = b["sanctions"], b["sanction_targets"], b["deals"]
    ids = list(s["sanction_id"])
    deal_ids = list(d["deal_id"])
    s.loc[0, "sanction_id"] = None                                   # null key
    s = pd.concat([s, s.iloc[[1]]], ignore_index=True)               # duplicate id
    s.loc[2, "amount"] = -5.0                                        # negative amount
    s.loc[3, "evidence"] = "A sentence the article never contained."  # evidence not in text
    t.loc[(t["sanction_id"] == ids[4]) & (t["target_idx"] == 1), "country"] = "XX"  # unknown country
    d.at[3, "countries"] = ["US", "QQ"]                              # unknown country in a list
    d.loc[4, "date"] = date(2026, 3, 5)                              # after publication + 1 day
    a = b["articles"]
    a.loc[5, "published_at"] = pd.Timestamp("2027-01-01", tz="UTC")  # article from the future
    extra = a.iloc[[6]].copy()
    extra["article_id"] = None                                       # null article key, no children
    b["articles"] = pd.concat([a, extra], ignore_index=True)
    b["sanctions"] = s
    return b, ids, deal_ids


def test_bad_rows_are_quarantined_and_good_rows_load(spoiled):
    batch, ids, deal_ids = spoiled
    articles = batch["articles"]
    outcome = validate_batch(batch, run_id="run-2", validated_at=VALIDATED_AT)
    q = outcome.quarantine
    assert list(q.columns) == QUARANTINE_COLUMNS

    good_articles = set(articles["article_id"][:5]) | set(articles["article_id"][6:8])
    assert set(outcome.clean["articles"]["article_id"]) == good_articles
    assert len(outcome.clean["articles"]) == 7
    # ids[4]'s second target fails: the sanction goes to quarantine whole, its good first target with it
    assert set(outcome.clean["sanctions"]["sanction_id"]) == {ids[6], ids[7]}
    assert _keys(outcome.clean["sanction_targets"], "sanction_id", "target_idx") == {
        (ids[6], 0), (ids[6], 1), (ids[7], 0), (ids[7], 1)
    }
    assert set(outcome.clean["deals"]["deal_id"]) == {deal_ids[i] for i in (0, 1, 2, 6, 7)}
    assert set(outcome.clean["deal_parties"]["deal_id"]) == {deal_ids[i] for i in (0, 1, 2, 6, 7)}
    # clean rows are the input rows, untouched, with the input's columns
    for table, frame in outcome.clean.items():
        assert list(frame.columns) == list(batch[table].columns)
    kept = batch["deals"][batch["deals"]["deal_id"].isin(outcome.clean["deals"]["deal_id"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(outcome.clean["deals"], kept)

    record_keys = [None if pd.isna(k) else k for k in q["record_key"]]
    reasons = set(zip(q["table_name"], record_keys, q["expectation"], q["column_name"], strict=True))
    expected = {
        ("articles", None, "expect_column_values_to_not_be_null", "article_id"),
        ("articles", articles.loc[5, "article_id"], "expect_column_values_to_be_between", "published_at"),
        ("sanctions", None, "expect_column_values_to_not_be_null", "sanction_id"),
        ("sanctions", ids[1], "expect_column_values_to_be_unique", "sanction_id"),
        ("sanctions", ids[2], "expect_column_values_to_be_between", "amount"),
        ("sanctions", ids[3], "expect_column_values_to_be_in_set", "evidence"),
        ("sanctions", ids[5], "expect_parent_not_quarantined", "article_id"),
        ("sanction_targets", f"{ids[0]}:0", "expect_column_values_to_be_in_set", "sanction_id"),
        ("sanction_targets", f"{ids[4]}:1", "expect_column_values_to_match_regex", "country"),
        ("sanctions", ids[4], "expect_every_part_of_the_record_valid", "sanction_id"),
        ("sanction_targets", f"{ids[4]}:0", "expect_every_part_of_the_record_valid", "sanction_id"),
        ("sanction_targets", f"{ids[2]}:0", "expect_parent_not_quarantined", "sanction_id"),
        ("deals", deal_ids[3], "expect_column_values_to_be_in_set", "countries"),
        ("deals", deal_ids[4], "expect_column_pair_values_a_to_be_greater_than_b", "date"),
        ("deals", deal_ids[5], "expect_parent_not_quarantined", "article_id"),
        ("deal_parties", f"{deal_ids[3]}:1", "expect_parent_not_quarantined", "deal_id"),
    }
    assert expected <= reasons, expected - reasons
    # both copies of the duplicated sanction are kept in quarantine, not one silently dropped
    dupes = q[(q["record_key"] == ids[1]) & (q["expectation"] == "expect_column_values_to_be_unique")]
    assert len(dupes) == 2
    # every input row is either clean or quarantined: nothing is lost
    for table, frame in batch.items():
        quarantined_rows = q[q["table_name"] == table]["record_json"].drop_duplicates()
        assert len(outcome.clean[table]) + len(quarantined_rows) == len(frame) - (table == "sanctions"), table

    negative = q[(q["record_key"] == ids[2]) & (q["column_name"] == "amount")].iloc[0]
    assert negative["offending_value"] == "-5.0"
    assert negative["reason"] == "amount is negative"
    assert json.loads(negative["record_json"])["amount"] == -5.0
    assert negative["article_id"] == articles.loc[2, "article_id"]
    cascade = q[(q["record_key"] == ids[5])].iloc[0]
    assert cascade["reason"].startswith("parent quarantined: articles")
    assert (q["quarantined_at"] == pd.Timestamp(VALIDATED_AT)).all()

    failed = outcome.results[~outcome.results["success"]]
    assert ("sanctions", "expect_column_values_to_be_between", "amount") in set(
        zip(failed["suite"], failed["expectation"], failed["column_name"], strict=True)
    )
    amount = failed[failed["column_name"] == "amount"].iloc[0]
    assert (amount["element_count"], amount["unexpected_count"]) == (len(batch["sanctions"]), 1)
    assert "-5.0" in amount["observed_value"]
    # the kept GX result has the failed expectation's COMPLETE result (for Data Docs)
    kept = next(r for r in outcome.validation_results if r.suite_name == "sanctions")
    item = next(i for i in kept.results if i.expectation_config.kwargs.get("column") == "amount")
    assert item.result["unexpected_index_list"] == [2]
    assert not outcome.passed


def test_missing_and_extra_columns_raise_naming_them(batch):
    batch["articles"] = batch["articles"].drop(columns=["url"])
    batch["deals"]["surprise"] = 1
    with pytest.raises(BatchValidationError) as caught:
        validate_batch(batch, run_id="run-3", validated_at=VALIDATED_AT)
    message = str(caught.value)
    assert "expect_table_columns_to_match_set" in message
    assert "'url'" in message and "articles" in message
    assert "'surprise'" in message and "deals" in message
    assert caught.value.results is not None and not caught.value.results["success"].all()


def test_wrong_value_type_raises_naming_the_column(batch):
    batch["sanctions"]["amount"] = batch["sanctions"]["amount"].astype(str)
    with pytest.raises(BatchValidationError, match=r"sanctions\.amount: .*DOUBLE"):
        validate_batch(batch, run_id="run-4", validated_at=VALIDATED_AT)


def test_empty_tables_pass_unless_required(batch):
    empty = {table: frame.iloc[0:0] for table, frame in batch.items()}
    outcome = validate_batch(empty, run_id="run-5", validated_at=VALIDATED_AT)
    assert outcome.quarantine.empty and outcome.results["success"].all()
    assert all(frame.empty for frame in outcome.clean.values())

    with pytest.raises(BatchValidationError, match="articles.*row_count"):
        validate_batch(empty, run_id="run-5", validated_at=VALIDATED_AT, required={"articles"})
    with pytest.raises(BatchValidationError, match="list_entities"):
        validate_batch(empty, run_id="run-5", validated_at=VALIDATED_AT, required={"list_entities"})


def test_records_whose_article_is_not_in_the_batch_are_quarantined(batch):
    batch["articles"] = batch["articles"].iloc[1:]
    outcome = validate_batch(batch, run_id="run-6", validated_at=datetime(2026, 3, 2, tzinfo=UTC))
    orphans = outcome.quarantine[outcome.quarantine["table_name"] == "sanctions"]
    assert list(orphans["reason"]) == ["article_id is missing or not among this batch's articles"]
    assert len(outcome.clean["sanctions"]) == 2


def test_missing_parent_key_fails_the_parent_check_even_without_the_parent_table(batch):
    batch["sanction_targets"].loc[0, "sanction_id"] = None
    batch["sanctions"].loc[1, "article_id"] = None
    outcome = validate_batch(batch, run_id="run-7", validated_at=VALIDATED_AT)
    q = outcome.quarantine
    assert set(zip(q["table_name"], q["reason"], strict=True)) >= {
        ("sanction_targets", "sanction_id is missing or not among this batch's sanctions"),
        ("sanctions", "article_id is missing or not among this batch's articles"),
    }
    assert len(q[q["table_name"] == "sanction_targets"]) == 1 + 2  # the null-key row, and sanction 1's two targets

    del batch["sanctions"]  # no parent table: only the missing key is known to be wrong
    outcome = validate_batch(batch, run_id="run-8", validated_at=VALIDATED_AT)
    targets = outcome.quarantine[outcome.quarantine["table_name"] == "sanction_targets"]
    assert list(targets["reason"]) == ["sanction_id is missing or not among this batch's sanctions"]
    assert len(outcome.clean["sanction_targets"]) == len(batch["sanction_targets"]) - 1


def test_a_backfill_of_an_old_date_accepts_articles_published_since_but_not_the_future() -> None:
    # red team round 3: validating "in the future" against an old logical date quarantined every article of a backfill
    from datetime import UTC, datetime, timedelta

    from tradewatch.quality.helpers import DATE_SLACK, latest_allowed

    now = datetime.now(UTC).replace(tzinfo=None)
    assert latest_allowed(datetime(2020, 1, 1, tzinfo=UTC)) >= now + DATE_SLACK - timedelta(seconds=5)
    later = datetime(2090, 1, 1, tzinfo=UTC)
    assert latest_allowed(later) == later.replace(tzinfo=None) + DATE_SLACK
    assert datetime(2062, 1, 1) > latest_allowed(datetime(2020, 1, 1, tzinfo=UTC))


def test_targets_past_the_largest_real_record_quarantine_the_whole_record(batch):
    # red team round 5: a page of 14,000 one-word names in designation sentences made one "sanction" of them all;
    # hostile probe 18: a record loaded with its first 1,000 targets (or 100 parties) hid the rest from screening, so a
    # record is loaded whole or not at all
    from tradewatch.quality.suites import MAX_TARGETS

    targets = batch["sanction_targets"]
    first = targets.iloc[[0]]
    many = pd.concat([first] * (MAX_TARGETS + 5), ignore_index=True)
    many["target_idx"] = range(len(many))
    many["name"] = [f"Name {i}" for i in range(len(many))]
    batch["sanction_targets"] = pd.concat([targets[targets["sanction_id"] != first["sanction_id"].iloc[0]], many],
                                          ignore_index=True).astype(targets.dtypes.to_dict())
    outcome = validate_batch(batch, run_id="run-cap", validated_at=VALIDATED_AT)
    sid = first["sanction_id"].iloc[0]
    q = outcome.quarantine
    own = q[(q["table_name"] == "sanction_targets") & (q["expectation"] != "expect_every_part_of_the_record_valid")]
    assert len(own) == 5 and own["reason"].str.contains("page of names").all()
    whole = q[q["expectation"] == "expect_every_part_of_the_record_valid"]
    assert len(whole[whole["table_name"] == "sanction_targets"]) == MAX_TARGETS  # the other targets, kept in quarantine
    assert list(whole.loc[whole["table_name"] == "sanctions", "record_key"]) == [sid]
    assert whole["reason"].str.contains("page of names").all()  # the first reason, carried
    kept = outcome.clean["sanction_targets"]
    assert sid not in set(kept["sanction_id"]) and sid not in set(outcome.clean["sanctions"]["sanction_id"])
    assert len(outcome.clean["sanctions"]) == len(batch["sanctions"]) - 1  # the other records load
    results = outcome.results[outcome.results["expectation"] == "expect_every_part_of_the_record_valid"]
    assert list(results["success"]) == [False] and list(results["unexpected_count"]) == [1]


def test_an_infinite_or_implausible_amount_is_quarantined_not_loaded():
    # "$" followed by 400 nines "billion" is read as infinity; a 1e36-dollar deal is no deal either
    batch = make_batch(3)
    d = batch["deals"]
    deal_ids = list(d["deal_id"])
    d.loc[0, ["value", "value_usd"]] = float("inf")
    d.loc[1, ["value", "value_usd"]] = 1e36
    outcome = validate_batch(batch, run_id="run-1", validated_at=VALIDATED_AT)

    assert set(outcome.clean["deals"]["deal_id"]) == {deal_ids[2]}
    q = outcome.quarantine
    flagged = q[(q["table_name"] == "deals") & (q["column_name"] == "value_usd")]
    assert set(flagged["record_key"]) == {deal_ids[0], deal_ids[1]}
    assert set(flagged["reason"]) == {"value_usd is larger than 1e+15 (a misread amount)"}


def test_a_deal_with_a_party_past_the_cap_is_quarantined_with_every_party(batch):
    # hostile probe 18: a 123-party "deal" loaded with its first 100 parties, so a listed 111th party was never screened
    from tradewatch.quality.suites import MAX_PARTIES

    parties = batch["deal_parties"]
    first = parties.iloc[[0]]
    many = pd.concat([first] * (MAX_PARTIES + 23), ignore_index=True)
    many["party_idx"] = range(len(many))
    many["name"] = [f"Party {i}" for i in range(len(many))]
    batch["deal_parties"] = pd.concat([parties[parties["deal_id"] != first["deal_id"].iloc[0]], many],
                                      ignore_index=True).astype(parties.dtypes.to_dict())
    outcome = validate_batch(batch, run_id="run-parties", validated_at=VALIDATED_AT)
    did = first["deal_id"].iloc[0]
    assert did not in set(outcome.clean["deals"]["deal_id"]) and did not in set(outcome.clean["deal_parties"]["deal_id"])
    q = outcome.quarantine
    names = {json.loads(r)["name"] for r in q.loc[q["table_name"] == "deal_parties", "record_json"]}
    assert names == {f"Party {i}" for i in range(MAX_PARTIES + 23)}  # every party kept, none loaded
    assert len(outcome.clean["deals"]) == len(batch["deals"]) - 1


def test_a_row_two_levels_below_a_quarantined_article_carries_the_first_reason():
    # hostile probe 18: targets read "parent quarantined: sanctions X (parent quarantined)", the cause lost
    batch = make_batch(3)
    batch["articles"].loc[0, "published_at"] = pd.Timestamp("2099-01-01", tz="UTC")
    outcome = validate_batch(batch, run_id="run-chain", validated_at=VALIDATED_AT)
    q = outcome.quarantine
    article = batch["articles"].loc[0, "article_id"]
    root = q.loc[(q["table_name"] == "articles") & (q["record_key"] == article), "reason"].iloc[0]
    below = q[(q["table_name"] == "sanction_targets") & (q["article_id"] == article)]
    assert len(below) and below["reason"].str.contains(root, regex=False).all(), list(below["reason"])
    assert not below["reason"].str.contains("(parent quarantined)", regex=False).any()


@pytest.fixture
def sanctions_suite_with_a_broken_check(monkeypatch):
    """The real sanctions suite plus one real GX expectation that cannot run (an invalid regex): GX catches the error
    inside its metric computation and reports it keyed by the metric's id."""
    import great_expectations as gx

    from tradewatch.quality import runner, suites

    real = suites.ROW_SUITES["sanctions"]

    def broken(validated_at):
        suite = real(validated_at)
        suite.add_expectation(gx.expectations.ExpectColumnValuesToMatchRegex(
            column="authority", regex="(", description="authority matches an unbalanced pattern"))
        return suite

    monkeypatch.setitem(suites.ROW_SUITES, "sanctions", broken)
    runner._row_suite.cache_clear()
    yield
    runner._row_suite.cache_clear()


def test_an_expectation_that_cannot_run_rejects_the_batch_with_its_error(batch, sanctions_suite_with_a_broken_check):
    # hostile probe 32 F1: the error sat under a metric id, was read as a failure with no row to quarantine, and every
    # sanction loaded unchecked
    with pytest.raises(BatchValidationError) as caught:
        validate_batch(batch, run_id="run-broken", validated_at=VALIDATED_AT)
    message = str(caught.value)
    assert "could not run" in message and "nothing loaded" in message
    assert "expect_column_values_to_match_regex on authority" in message
    # GX's own message about the pattern, not a placeholder
    assert re.search(r"(missing \)|unterminated subpattern|unbalanced parenthesis)", message), message
    results = caught.value.results
    assert results is not None
    broken = results[(results["suite"] == "sanctions") & (results["expectation"] == "expect_column_values_to_match_regex")
                     & (results["column_name"] == "authority")]
    assert len(broken) == 1 and not broken["success"].iloc[0]
    assert str(broken["observed_value"].iloc[0]).startswith("error: ")


def test_observed_values_of_helper_checks_are_the_real_columns_values(spoiled):
    # hostile probe 32 F7: "1 of 8 unexpected, e.g. [false]", the helper column's value, where the row held ["US", "QQ"]
    batch, ids, deal_ids = spoiled
    outcome = validate_batch(batch, run_id="run-f7", validated_at=VALIDATED_AT)
    failed = outcome.results[~outcome.results["success"]].set_index(["suite", "column_name"])
    countries = failed.loc[("deals", "countries"), "observed_value"]
    assert countries == f'1 of {len(batch["deals"])} unexpected, e.g. [["US", "QQ"]]', countries
    evidence = failed.loc[("sanctions", "evidence"), "observed_value"]
    assert "A sentence the article never contained." in evidence and "false" not in evidence, evidence


def test_a_part_failing_itself_under_a_failing_parent_has_one_row_its_own(batch):
    # hostile probe 32 F6: a party that failed itself got its own row and a second "parent quarantined" one
    deal_id = batch["deals"].loc[0, "deal_id"]
    batch["deals"].at[0, "countries"] = ["US", "QQ"]
    parties = batch["deal_parties"]
    parties.loc[(parties["deal_id"] == deal_id) & (parties["party_idx"] == 1), "country"] = "QQ"
    outcome = validate_batch(batch, run_id="run-f6", validated_at=VALIDATED_AT)
    q = outcome.quarantine
    rows = q[(q["table_name"] == "deal_parties") & (q["record_key"] == f"{deal_id}:1")]
    assert list(rows["expectation"]) == ["expect_column_values_to_match_regex"], rows[["expectation", "reason"]]
    # its sibling, which did not fail itself, goes with the deal
    sibling = q[(q["table_name"] == "deal_parties") & (q["record_key"] == f"{deal_id}:0")]
    assert list(sibling["expectation"]) == ["expect_parent_not_quarantined"]
    assert deal_id not in set(outcome.clean["deal_parties"]["deal_id"])


def test_the_misread_amount_cap_judges_the_us_dollar_figure_not_the_local_currency():
    # hostile probe 32 F3: Rp 1,500 trillion (~$95bn) and VND 1,713 trillion (~$68bn) are real deals, yet their own-
    # currency figures passed 1e15 and every one was quarantined as "a misread amount"
    batch = make_batch(5)
    d, s = batch["deals"], batch["sanctions"]
    deal_ids, sanction_ids = list(d["deal_id"]), list(s["sanction_id"])
    d.loc[0, ["value", "currency", "value_usd"]] = [1.5e15, "IDR", 9.465e10]
    d.loc[1, ["value", "currency", "value_usd"]] = [1.713e15, "VND", 6.8e10]
    s.loc[0, ["amount", "currency", "amount_usd"]] = [2.0e15, "IRR", 4.8e10]
    d.loc[2, ["value", "currency", "value_usd"]] = [2e15, None, None]       # no US-dollar figure: judged as it is
    d.loc[3, ["value", "currency", "value_usd"]] = [float("inf"), "IDR", 5e9]  # a finite dollar figure cannot save it
    outcome = validate_batch(batch, run_id="run-cap", validated_at=VALIDATED_AT)

    assert {deal_ids[0], deal_ids[1]} <= set(outcome.clean["deals"]["deal_id"])
    assert sanction_ids[0] in set(outcome.clean["sanctions"]["sanction_id"])
    q = outcome.quarantine[outcome.quarantine["table_name"] == "deals"]
    assert set(zip(q["record_key"], q["column_name"], q["reason"], strict=True)) == {
        (deal_ids[2], "value", "value (with no US-dollar figure) is larger than 1e+15 (a misread amount)"),
        (deal_ids[3], "value", "value is not a finite number"),
    }
