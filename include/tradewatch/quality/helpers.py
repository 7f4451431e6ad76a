"""Helper columns added to a copy of each frame before validation, so GX can check cross-table facts.

GX validates one frame at a time; facts that need another table (the article's publication date, its
text, whether a parent row is in the batch) are computed here in pandas and checked by an expectation
on the helper column. Every helper column starts with `_dq_` and never reaches the clean frames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tradewatch.quality.codes import country_codes
from tradewatch.quality.schema import table_columns

if TYPE_CHECKING:
    import pandas as pd

ARTICLE_IN_BATCH = "_dq_article_in_batch"
PARENT_IN_BATCH = "_dq_parent_in_batch"
EVIDENCE_IN_TEXT = "_dq_evidence_in_text"
LATEST_DATE = "_dq_latest_date"
COUNTRIES_VALID = "_dq_countries_valid"
UNCONVERTED_AMOUNT = "_dq_unconverted_amount"
SPAN_IS_EVIDENCE = "_dq_span_is_evidence"
SAME_ARTICLE_AS_PARENT = "_dq_same_article_as_parent"
USD_HAS_AMOUNT = "_dq_usd_has_amount"
AMOUNT_HAS_USD = "_dq_amount_has_usd"
# `_dq_has_letters_<column>`: whether the column's text has a letter or digit (evidence: a word of three)
HAS_LETTERS = "_dq_has_letters_"
# Evidence shorter than one word of this many letters or digits supports nothing ("e" is found in any article); the
# shortest real evidence the extractor writes is a heading such as "Sanctions".
EVIDENCE_MIN_WORD = 3
# Hangul fillers are letters to Unicode (category Lo) yet show nothing: a name of them is as blank as U+200B.
_INVISIBLE_LETTERS = re.compile("[\u115f\u1160\u3164\uffa0]")

# A record's amount in its own currency and in US dollars.
MONEY = {"sanctions": ("amount", "amount_usd"), "deals": ("value", "value_usd")}

# How far a record's date may lie after its article's publication (time zones, "tomorrow" in the text).
DATE_SLACK = timedelta(days=1)
EARLIEST_DATE = datetime(1945, 1, 1)
_WS = re.compile(r"\s+")

PARENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    # child table -> (parent table, join columns)
    "sanctions": ("articles", ("article_id",)),
    "deals": ("articles", ("article_id",)),
    "sanction_targets": ("sanctions", ("sanction_id",)),
    "deal_parties": ("deals", ("deal_id",)),
    "list_names": ("list_entities", ("list_id", "entity_id")),
}


def naive_utc(moment: datetime) -> datetime:
    """The same instant as a naive UTC datetime (validation frames hold naive UTC timestamps)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def latest_allowed(validated_at: datetime) -> datetime:
    """Nothing in a batch may be dated later than this: the validation time (the run's logical date, or now when
    that is later: a backfill of an old date sees articles published since) plus the slack."""
    return max(naive_utc(validated_at), naive_utc(datetime.now(UTC))) + DATE_SLACK


def plain_value(value: Any) -> Any:
    """Arrow list columns arrive as numpy arrays and numbers as numpy scalars; checks want Python values."""
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, str) and not hasattr(value, "tz"):
        return value.tolist()
    return value


def validation_frame(
    table: str, frame: pd.DataFrame, frames: dict[str, pd.DataFrame], validated_at: datetime,
    articles: ArticleLookup | None = None,
) -> pd.DataFrame:
    """A copy of `frame` with dates as naive UTC datetime64 and the helper columns for its suite.

    `articles`: `ArticleLookup.of(frames["articles"])`, when the caller validates both sanctions and deals
    against the same articles (built once, it spares the second table a copy of every text)."""
    import pandas as pd

    out = frame.copy()
    for column in table_columns()[table]:
        if column.is_timestamp:
            out[column.name] = pd.to_datetime(out[column.name], utc=True, errors="coerce").dt.tz_localize(None)
        elif column.is_date:
            out[column.name] = pd.to_datetime(out[column.name], errors="coerce")
        elif column.is_list:
            out[column.name] = out[column.name].map(plain_value)
    if "countries" in out.columns:
        allowed = set(country_codes())
        out[COUNTRIES_VALID] = out["countries"].map(
            lambda codes: None if not isinstance(codes, list) else all(c in allowed for c in codes)
        )
    if table in ("sanctions", "deals"):
        _add_article_helpers(out, articles or ArticleLookup.of(frames.get("articles")), validated_at)
        amount, usd = MONEY[table]
        # the amount a person can only judge in its own units: where no US-dollar figure is known
        out[UNCONVERTED_AMOUNT] = out[amount].where(out[usd].isna())
        # pandas reads NaN as missing, and NaN loads as NULL: a NaN figure is a figure missing where the record has
        # what it is computed from (every currency the extractor reads has a rate, so it always converts)
        has_amount, has_usd = out[amount].notna(), out[usd].notna()
        out[USD_HAS_AMOUNT] = (has_amount | ~has_usd).astype(object)
        out[AMOUNT_HAS_USD] = (has_usd | ~(has_amount & out["currency"].notna())).astype(object)
    for text_column, run in _LETTERS_CHECKED.get(table, ()):
        out[HAS_LETTERS + text_column] = [has_letters(value, run) for value in out[text_column].tolist()]
    if table in ("sanction_targets", "deal_parties"):
        _add_same_article(out, table, frames.get(PARENTS[table][0]))
    if table in PARENTS and table not in ("sanctions", "deals"):
        parent_table, keys = PARENTS[table]
        parent = frames.get(parent_table)
        has_key = out[list(keys)].notna().all(axis=1).tolist()
        if parent is None:  # parent table not in this batch: only a missing key is known to be wrong
            out[PARENT_IN_BATCH] = [None if ok else False for ok in has_key]
        else:
            present = set(parent[list(keys)].itertuples(index=False, name=None))
            out[PARENT_IN_BATCH] = [
                ok and key in present
                for key, ok in zip(out[list(keys)].itertuples(index=False, name=None), has_key, strict=True)
            ]
    return out


# Per table, the text columns that must show a letter or digit, and how long a run of them at least.
_LETTERS_CHECKED: dict[str, tuple[tuple[str, int], ...]] = {
    "sanctions": (("evidence", EVIDENCE_MIN_WORD),),
    "deals": (("evidence", EVIDENCE_MIN_WORD),),
    "sanction_targets": (("name", 1),),
    "deal_parties": (("name", 1),),
    "list_entities": (("primary_name", 1),),
    "list_names": (("name", 1),),
}


def has_letters(value: Any, run: int) -> bool | None:
    """Whether `value` has `run` letters or digits in a row (in any script); None if it is missing.

    Zero-width spaces, byte-order marks, the braille blank, dashes and Hangul fillers are not letters:
    a name of them alone is blank to a reader (hostile probe 32 F8)."""
    if not isinstance(value, str):
        return None
    return re.search(rf"[^\W_]{{{run}}}", _INVISIBLE_LETTERS.sub(" ", value)) is not None


def _add_same_article(out: pd.DataFrame, table: str, parent: pd.DataFrame | None) -> None:
    """A target's or party's article must be its record's: False where they differ, None where unknown."""
    _parent_table, keys = PARENTS[table]
    if parent is None or parent.empty:
        out[SAME_ARTICLE_AS_PARENT] = None
        return
    article_of = dict(zip(parent[keys[0]].tolist(), parent["article_id"].tolist(), strict=True))
    out[SAME_ARTICLE_AS_PARENT] = [
        None if key not in article_of or not isinstance(article_of[key], str) else article == article_of[key]
        for key, article in zip(out[keys[0]].tolist(), out["article_id"].tolist(), strict=True)
    ]


@dataclass(frozen=True)
class ArticleLookup:
    """Per article id (the first row of each), its latest allowed record date and its text, as plain dicts:
    per-row lookups in Arrow-backed string columns cost ~10x more. None when the batch has no articles."""

    published_by_id: dict[Any, Any]  # article ids (str) as read, looked up with ids that may be None
    text_by_id: dict[Any, Any]

    @classmethod
    def of(cls, articles: pd.DataFrame | None) -> ArticleLookup | None:
        import pandas as pd

        if articles is None or articles.empty:
            return None
        first = articles[["article_id", "published_at", "text"]].dropna(subset=["article_id"])
        first = first.drop_duplicates("article_id")
        published = pd.to_datetime(first["published_at"], utc=True, errors="coerce").dt.tz_localize(None)
        published = published.dt.normalize() + pd.Timedelta(DATE_SLACK)
        ids = first["article_id"].tolist()
        return cls(dict(zip(ids, published.tolist(), strict=True)), dict(zip(ids, first["text"].tolist(), strict=True)))


def _add_article_helpers(out: pd.DataFrame, articles: ArticleLookup | None, validated_at: datetime) -> None:
    import pandas as pd

    latest = pd.Timestamp(latest_allowed(validated_at)).normalize()
    if articles is None:
        out[ARTICLE_IN_BATCH] = False
        out[EVIDENCE_IN_TEXT] = None
        out[LATEST_DATE] = latest
        return
    published_by_id, text_by_id = articles.published_by_id, articles.text_by_id
    article_ids = [a if isinstance(a, str) else None for a in out["article_id"].tolist()]
    in_batch = [a in text_by_id for a in article_ids]
    out[ARTICLE_IN_BATCH] = in_batch
    dates = pd.to_datetime(pd.Series([published_by_id.get(a) for a in article_ids], index=out.index, dtype=object))
    out[LATEST_DATE] = dates.fillna(latest)
    out[EVIDENCE_IN_TEXT] = [
        evidence_found(evidence, text_by_id[a]) if ok else None
        for evidence, a, ok in zip(out["evidence"].tolist(), article_ids, in_batch, strict=True)
    ]
    out[SPAN_IS_EVIDENCE] = [
        span_is_evidence(evidence, text_by_id[a], start, end) if ok else None
        for evidence, a, ok, start, end in zip(out["evidence"].tolist(), article_ids, in_batch,
                                               out["start_offset"].tolist(), out["end_offset"].tolist(), strict=True)
    ]


def span_is_evidence(evidence: Any, text: Any, start: Any, end: Any) -> bool | None:
    """Whether `text[start:end]` is the evidence (whitespace-insensitive); None if any of them is missing.

    The offsets are how a reader finds the evidence in the article: offsets that point elsewhere, past the
    text or at nothing pass every other check (hostile probe 32 F8)."""
    if not isinstance(evidence, str) or not isinstance(text, str) or _missing(start) or _missing(end):
        return None
    start, end = int(start), int(end)
    if start < 0 or end > len(text) or end <= start:
        return False
    span = text[start:end]
    return span == evidence or _WS.sub(" ", span).strip() == _WS.sub(" ", evidence).strip()


def _missing(value: Any) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def evidence_found(evidence: Any, text: Any) -> bool | None:
    """Whether the evidence span occurs in the article text (whitespace-insensitive); None if unknown."""
    if not isinstance(evidence, str) or not evidence.strip():
        return None  # missing or blank evidence is its own expectation
    if not isinstance(text, str):
        return False
    if evidence in text:
        return True
    return _WS.sub(" ", evidence).strip() in _WS.sub(" ", text)
