"""Expectation suites as code: one per table, plus the batch-level schema suite every table gets first.

Each expectation's `description` is the reason written to quarantine (and shown in Data Docs);
`reported_column` names the column a person should look at (helper columns are reported under the
real column they check). Row-level expectations quarantine the offending rows; schema-suite failures
stop the whole batch.

Speed: GX re-serialises an expectation's configuration many times per validation, so a 250-item
`value_set` costs ~150 ms per expectation. The ISO code lists are therefore matched as one regex
alternation (~20 ms); the small vocabularies stay value sets.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tradewatch.quality import helpers as h
from tradewatch.quality.codes import DEAL_TYPES, KINDS, MEASURES, country_codes, currency_codes
from tradewatch.quality.schema import KEYS, table_columns

if TYPE_CHECKING:
    import great_expectations as gx

# The largest real records seen: an EU annex of some hundreds of names, a syndicated loan of a few dozen banks.
# Rows past these are quarantined (the record keeps the rest): a hostile page of 14,000 names in designation
# sentences made one "sanction" of all of them.
MAX_TARGETS = 1000
MAX_PARTIES = 100

URL_REGEX = r"^https?://[^\s/?#]+[^\s]*$"


# Helper column -> the real column reported in quarantine and dq_results.
_HELPER_REPORTS = {
    h.ARTICLE_IN_BATCH: "article_id",
    h.EVIDENCE_IN_TEXT: "evidence",
    h.COUNTRIES_VALID: "countries",
    h.LATEST_DATE: "date",
    h.SPAN_IS_EVIDENCE: "start_offset,end_offset",
    h.SAME_ARTICLE_AS_PARENT: "article_id",
}
# Helper columns reported under a column that differs by table.
_HELPER_REPORTS_BY_TABLE = {
    h.UNCONVERTED_AMOUNT: {table: money[0] for table, money in h.MONEY.items()},
    h.USD_HAS_AMOUNT: {table: money[0] for table, money in h.MONEY.items()},
    h.AMOUNT_HAS_USD: {table: money[1] for table, money in h.MONEY.items()},
}


def reported_column(table: str, kwargs: dict[str, Any]) -> str | None:
    """The column a person should look at for an expectation with these kwargs."""
    if "column" in kwargs:
        column = kwargs["column"]
        if column == h.PARENT_IN_BATCH:
            return ",".join(h.PARENTS[table][1])
        if column in _HELPER_REPORTS_BY_TABLE:
            return _HELPER_REPORTS_BY_TABLE[column][table]
        if column.startswith(h.HAS_LETTERS):
            return column.removeprefix(h.HAS_LETTERS)
        return _HELPER_REPORTS.get(column, column)
    if "column_A" in kwargs:
        column_a = kwargs["column_A"]
        return _HELPER_REPORTS.get(column_a, column_a)
    if "column_list" in kwargs:
        return ",".join(kwargs["column_list"])
    return None


def columns_used(suite: gx.ExpectationSuite) -> list[str]:
    """Every column an expectation of the suite reads, in first-use order."""
    found: dict[str, None] = {}
    for expectation in suite.expectations:
        kwargs = expectation.configuration.kwargs
        for name in (kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B"), *kwargs.get("column_list", ())):
            if name:
                found.setdefault(name, None)
    return list(found)


def _e(kind: str, reason: str, **kwargs: Any) -> Any:
    """One GX expectation of class `kind`; its description is the quarantine reason."""
    import great_expectations as gx

    return getattr(gx.expectations, kind)(**kwargs, description=reason)


def _code_regex(codes: tuple[str, ...]) -> str:
    return "^(?:" + "|".join(codes) + ")$"


def _suite(name: str, expectations: list[Any]) -> gx.ExpectationSuite:
    import great_expectations as gx

    return gx.ExpectationSuite(name=name, expectations=expectations)


def _not_null(*columns: str) -> list[Any]:
    return [_e("ExpectColumnValuesToNotBeNull", f"{c} is missing", column=c) for c in columns]


def _key(table: str) -> list[Any]:
    """Key columns present and unique. A key column that joins the parent needs no not-null expectation:
    the parent-in-batch one (`_dq_parent_in_batch`) already fails a missing value."""
    keys = KEYS[table]
    joins = h.PARENTS[table][1] if table in h.PARENTS else ()
    found = _not_null(*(k for k in keys if k not in joins))
    if len(keys) == 1:
        found.append(_e("ExpectColumnValuesToBeUnique", f"duplicate {keys[0]} in the batch", column=keys[0]))
    else:
        found.append(
            _e("ExpectCompoundColumnsToBeUnique", f"duplicate ({', '.join(keys)}) in the batch", column_list=list(keys))
        )
    return found


def _in_set(column: str, values: tuple[str, ...], what: str) -> Any:
    return _e("ExpectColumnValuesToBeInSet", f"{column} is not {what}", column=column, value_set=list(values))


def _country(column: str) -> Any:
    return _e(
        "ExpectColumnValuesToMatchRegex", f"{column} is not an ISO 3166-1 alpha-2 code (or EU/UN)",
        column=column, regex=_code_regex(country_codes()),
    )


def _currency(column: str) -> Any:
    return _e(
        "ExpectColumnValuesToMatchRegex", f"{column} is not an ISO 4217 currency code",
        column=column, regex=_code_regex(currency_codes()),
    )


def _non_negative(*columns: str) -> list[Any]:
    return [_e("ExpectColumnValuesToBeBetween", f"{c} is negative", column=c, min_value=0) for c in columns]


# No sanction or deal is worth more than this many US dollars (world output is ~1e14 a year): a larger figure, or an
# infinite one ("$" and 400 nines "billion"), is a misread, quarantined instead of summed into every report. Judged on
# the US-dollar figure: Rp 1,500 trillion is ~$95bn, a real deal (hostile probe 32 F3); on the amount itself only where
# it has none (no currency was read).
MAX_AMOUNT = 1e15
_LARGEST_FLOAT = sys.float_info.max


def _plausible_amount(table: str) -> list[Any]:
    amount, usd = h.MONEY[table]
    return [
        _e("ExpectColumnValuesToBeBetween", f"{usd} is larger than {MAX_AMOUNT:.0e} (a misread amount)",
           column=usd, max_value=MAX_AMOUNT),
        _e("ExpectColumnValuesToBeBetween",
           f"{amount} (with no US-dollar figure) is larger than {MAX_AMOUNT:.0e} (a misread amount)",
           column=h.UNCONVERTED_AMOUNT, max_value=MAX_AMOUNT),
        _e("ExpectColumnValuesToBeBetween", f"{amount} is not a finite number", column=amount, max_value=_LARGEST_FLOAT),
    ]


def _not_blank(column: str) -> Any:
    """The column shows a letter or digit: `\\S` let a zero-width space, a braille blank or a dash pass as a name."""
    return _helper_true(h.HAS_LETTERS + column, f"{column} is blank (no letter or digit)")


def _evidence_substantive() -> Any:
    return _helper_true(
        h.HAS_LETTERS + "evidence",
        f"evidence is blank or too short to support a record (no word of {h.EVIDENCE_MIN_WORD} letters or digits)",
    )


def _same_article_as(parent: str) -> Any:
    return _helper_true(h.SAME_ARTICLE_AS_PARENT, f"article_id differs from its {parent}'s article_id")


def _helper_true(helper: str, reason: str) -> Any:
    return _e("ExpectColumnValuesToBeInSet", reason, column=helper, value_set=[True])


def _record(table: str, kind_column: str, kind_values: tuple[str, ...], kind_what: str) -> list[Any]:
    """What sanctions and deals share: keys, evidence in the article, offsets, confidence, dates, money."""
    money = h.MONEY[table]
    return [
        *_key(table),
        *_not_null("evidence", "extractor_version"),  # a missing article_id fails the next one
        _helper_true(h.ARTICLE_IN_BATCH, "article_id is missing or not among this batch's articles"),
        _evidence_substantive(),
        _helper_true(h.EVIDENCE_IN_TEXT, "evidence not found in the article text"),
        _helper_true(h.SPAN_IS_EVIDENCE, "start_offset:end_offset of the article text is not the evidence"),
        _in_set(kind_column, kind_values, kind_what),
        _currency("currency"),
        *_non_negative(*money, "start_offset"),
        *_plausible_amount(table),
        _helper_true(h.USD_HAS_AMOUNT, f"{money[1]} is given but {money[0]} is missing (or not a number)"),
        _helper_true(h.AMOUNT_HAS_USD,
                     f"{money[1]} is missing (or not a number) though {money[0]} and its currency are known"),
        _e(
            "ExpectColumnPairValuesAToBeGreaterThanB", "end_offset before start_offset",
            column_A="end_offset", column_B="start_offset", or_equal=True, ignore_row_if="either_value_is_missing",
        ),
        _e("ExpectColumnValuesToNotBeNull", "confidence is missing (or not a number)", column="confidence"),
        _e("ExpectColumnValuesToBeBetween", "confidence outside [0, 1]", column="confidence", min_value=0, max_value=1),
        _e("ExpectColumnValuesToBeBetween", "date before 1945-01-01", column="date", min_value=h.EARLIEST_DATE),
        _e(
            "ExpectColumnPairValuesAToBeGreaterThanB",
            "date after the article's publication date plus one day",
            column_A=h.LATEST_DATE, column_B="date", or_equal=True,
            ignore_row_if="either_value_is_missing",
        ),
    ]


def articles_suite(validated_at: datetime) -> gx.ExpectationSuite:
    latest = h.latest_allowed(validated_at)
    return _suite("articles", [
        *_key("articles"),
        *_not_null("source_id", "url", "first_seen_at", "last_seen_at"),
        _e("ExpectColumnValuesToMatchRegex", "url is not an http(s) URL", column="url", regex=URL_REGEX),
        _e(
            "ExpectColumnValuesToBeBetween", "published_at before 1945 or in the future", column="published_at",
            min_value=h.EARLIEST_DATE, max_value=latest,
        ),
        _e(
            "ExpectColumnValuesToBeBetween", "first_seen_at in the future", column="first_seen_at",
            max_value=latest,
        ),
        _e(
            "ExpectColumnPairValuesAToBeGreaterThanB", "last_seen_at before first_seen_at",
            column_A="last_seen_at", column_B="first_seen_at", or_equal=True, ignore_row_if="either_value_is_missing",
        ),
    ])


def sanctions_suite(validated_at: datetime) -> gx.ExpectationSuite:
    return _suite("sanctions", [
        *_record("sanctions", "measure", MEASURES, "a known measure"),
        _country("authority_country"),
    ])


def sanction_targets_suite(validated_at: datetime) -> gx.ExpectationSuite:
    return _suite("sanction_targets", [
        *_key("sanction_targets"),
        *_not_null("article_id", "name"),
        _helper_true(h.PARENT_IN_BATCH, "sanction_id is missing or not among this batch's sanctions"),
        _same_article_as("sanction"),
        _not_blank("name"),
        _e("ExpectColumnValuesToBeBetween",
           f"target_idx is negative or past the {MAX_TARGETS:,}th target of one record (a page of names, not one action)",
           column="target_idx", min_value=0, max_value=MAX_TARGETS - 1),
        _in_set("kind", KINDS, "a known kind"),
        _country("country"),
    ])


def deals_suite(validated_at: datetime) -> gx.ExpectationSuite:
    return _suite("deals", [
        *_record("deals", "deal_type", DEAL_TYPES, "a known deal type"),
        _helper_true(h.COUNTRIES_VALID, "countries has a code that is not ISO 3166-1 alpha-2 (or EU/UN)"),
    ])


def deal_parties_suite(validated_at: datetime) -> gx.ExpectationSuite:
    return _suite("deal_parties", [
        *_key("deal_parties"),
        *_not_null("article_id", "name"),
        _helper_true(h.PARENT_IN_BATCH, "deal_id is missing or not among this batch's deals"),
        _same_article_as("deal"),
        _not_blank("name"),
        _e("ExpectColumnValuesToBeBetween",
           f"party_idx is negative or past the {MAX_PARTIES}th party of one deal (a list of names, not one deal)",
           column="party_idx", min_value=0, max_value=MAX_PARTIES - 1),
        _country("country"),
    ])


def list_entities_suite(validated_at: datetime) -> gx.ExpectationSuite:
    return _suite("list_entities", [
        *_key("list_entities"),
        *_not_null("primary_name", "list_version"),
        _not_blank("primary_name"),
        _in_set("kind", KINDS, "a known kind"),
        _helper_true(h.COUNTRIES_VALID, "countries has a code that is not ISO 3166-1 alpha-2 (or EU/UN)"),
        _e(
            "ExpectColumnValuesToBeBetween", "listed_on before 1945 or in the future", column="listed_on",
            min_value=h.EARLIEST_DATE, max_value=h.latest_allowed(validated_at),
        ),
    ])


def list_names_suite(validated_at: datetime) -> gx.ExpectationSuite:
    return _suite("list_names", [
        *_not_null("name", "is_alias", "normalised_name"),  # list_id and entity_id: the parent check
        _not_blank("name"),
        _helper_true(h.PARENT_IN_BATCH, "(list_id, entity_id) is missing or not among this batch's list entities"),
    ])


ROW_SUITES = {
    "articles": articles_suite,
    "sanctions": sanctions_suite,
    "sanction_targets": sanction_targets_suite,
    "deals": deals_suite,
    "deal_parties": deal_parties_suite,
    "list_entities": list_entities_suite,
    "list_names": list_names_suite,
}


def schema_suite(table: str, required: bool) -> gx.ExpectationSuite:
    """Batch-level: exactly the table's columns; at least one row if the caller requires the table.

    Value types are checked in pandas next to this suite (`runner._type_results`): GX's type-list
    check costs ~50 ms per column and does not understand pandas 3 `str` or tz-aware dtypes.
    """
    columns = table_columns()[table]
    expectations = [
        _e(
            "ExpectTableColumnsToMatchSet", f"{table} columns differ from the table's",
            column_set=[c.name for c in columns], exact_match=True,
        ),
    ]
    if required:
        expectations.append(_e("ExpectTableRowCountToBeBetween", f"{table} is required but empty", min_value=1))
    return _suite(f"{table}.schema", expectations)
