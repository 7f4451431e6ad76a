"""Validate one run's frames with GX: schema first (batch-level), then rows (quarantine), then cascade."""

from __future__ import annotations

import functools
import json
import threading
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradewatch.logs import get_logger
from tradewatch.quality import helpers, quarantine, suites
from tradewatch.quality.schema import KEYS, VALIDATED_TABLES, Column, table_columns

if TYPE_CHECKING:
    import pandas as pd

log = get_logger("quality.runner")

RESULT_COLUMNS = [
    "run_id", "suite", "expectation", "column_name", "success", "element_count", "unexpected_count",
    "observed_value", "validated_at",
]
# Parents before children, so a quarantined parent can take its children with it.
ORDER = ("articles", "sanctions", "deals", "sanction_targets", "deal_parties", "list_entities", "list_names")
# Row suites run BOOLEAN_ONLY (pass or fail); only the expectations that failed run again COMPLETE, for
# their counts, sample and the row positions to quarantine. COMPLETE for all cost 2.5x, BASIC 1.3x: GX's
# per-metric graph building, not the data, is the cost. A passing expectation (none sets `mostly`) has
# no unexpected value, so its dq_results row is exact without GX's counts: see `_result_rows`.
ROW_RESULT_FORMAT = {"result_format": "BOOLEAN_ONLY"}
FAILED_RESULT_FORMAT = {"result_format": "COMPLETE", "return_unexpected_index_query": False}
SCHEMA_RESULT_FORMAT = {"result_format": "SUMMARY", "partial_unexpected_count": 5}


class BatchValidationError(ValueError):
    """The batch as a whole is unusable (wrong columns or types, a required table empty): nothing loads."""

    def __init__(self, message: str, results: pd.DataFrame | None = None) -> None:
        super().__init__(message)
        self.results = results


@dataclass
class ValidationOutcome:
    """What the loader needs: clean frames to load, quarantine rows, dq_results rows."""

    clean: dict[str, pd.DataFrame]
    quarantine: pd.DataFrame
    results: pd.DataFrame
    validation_results: list[Any] = field(default_factory=list)
    """GX ExpectationSuiteValidationResult objects, for Data Docs (`build_data_docs`)."""
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.quarantine.empty and bool(self.results["success"].all())

    def write_validation_results(self, folder: Path) -> list[Path]:
        """Save the GX results as JSON (one file per suite) so another task can build Data Docs from them."""
        from tradewatch.files import write_atomically

        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for result in self.validation_results:
            path = folder / f"{result.suite_name}.json"
            text = json.dumps(result.to_json_dict(), ensure_ascii=False, default=str)
            # whole or not at all: a validate killed mid-write (or a full disk) left a cut file, and every Data Docs
            # build after it failed with a JSON error naming no file (hostile probe 21)
            write_atomically(path, functools.partial(_write_text, text=text))
            written.append(path)
        return written


def _write_text(path: Path, text: str) -> int:
    return path.write_text(text, encoding="utf-8")


def make_context() -> Any:
    """One ephemeral GX context (in-memory stores, no progress bars, no analytics)."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
    )
    return gx.get_context(project_config=config, mode="ephemeral")


class _Engine:
    """The process's GX context and pandas data source, with one whole-frame batch definition.

    Built once per process and reused by every `validate_batch` call: a new context and new assets per
    chunk cost ~0.3 s (GX re-serialises the project config on every `add_*`), which is also why all
    suites share one asset and batch definition (results name their suite, not the asset). Nothing of a
    batch is kept here: the frame is a batch parameter, and results are not stored in the context.
    """

    _lock = threading.Lock()
    _instance: _Engine | None = None

    def __init__(self) -> None:
        from tradewatch.quality import gx_kwargs

        gx_kwargs.install()
        self.context = make_context()
        asset = self.context.data_sources.add_pandas("tradewatch").add_dataframe_asset("frames")
        self.definition = asset.add_batch_definition_whole_dataframe("whole_frame")

    @classmethod
    def get(cls) -> _Engine:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance


class _Validator:
    """Runs suites against frames through the shared engine; collects the GX results of one batch."""

    def __init__(self, run_id: str, validated_at: datetime) -> None:
        self.engine = _Engine.get()
        self.run_id = run_id
        self.validated_at = validated_at
        self.gx_results: list[Any] = []

    def run(self, suite: Any, frame: pd.DataFrame, result_format: dict[str, Any]) -> Any:
        result = self._validate(suite, frame, result_format)
        self._keep(result)
        return result

    def run_rows(self, suite: Any, frame: pd.DataFrame) -> Any:
        """A row suite: BOOLEAN_ONLY for every expectation, then COMPLETE for only those that failed.

        The failed ones' COMPLETE results (with `unexpected_index_list`) replace their BOOLEAN_ONLY ones, so
        the kept result reads as one COMPLETE-where-it-matters validation.
        """
        import great_expectations as gx

        result = self._validate(suite, frame, ROW_RESULT_FORMAT)
        failed = [item.expectation_config for item in result.results if not item.success and not _raised(item)]
        if failed:
            detail = self._validate(gx.ExpectationSuite(name=suite.name, expectations=failed), frame, FAILED_RESULT_FORMAT)
            complete = {_config_key(item.expectation_config): item for item in detail.results}
            result.results = [complete.get(_config_key(item.expectation_config), item) for item in result.results]
        self._keep(result)
        return result

    def _validate(self, suite: Any, frame: pd.DataFrame, result_format: dict[str, Any]) -> Any:
        # What `Batch.validate` does, minus its first `get_batch`: that loads (and fingerprints) the
        # frame once, and the validator it builds loads it again.
        from great_expectations.validator.v1_validator import Validator

        validator = Validator(
            batch_definition=self.engine.definition,
            batch_parameters={"dataframe": frame},
            result_format=result_format,
        )
        return validator.validate_expectation_suite(suite)

    def _keep(self, result: Any) -> None:
        result.meta["tradewatch_run_id"] = self.run_id
        result.meta["validated_at"] = self.validated_at.isoformat()
        self.gx_results.append(result)


def _raised(item: Any) -> bool:
    return bool(_exception_messages(item.exception_info))


def _exception_messages(info: Any) -> list[str]:
    """The messages of the errors GX caught running an expectation, at any nesting of its `exception_info`.

    GX 1.x puts an error in computing a metric under the metric's id (`{"MetricConfigurationID(...)":
    {"raised_exception": True, "exception_message": ...}}`), not at the top level: read only there, such an error
    looked like an ordinary failure with no row to quarantine, and every row it should have checked loaded unchecked
    (hostile probe 32 F1).
    """
    if not isinstance(info, dict):
        return []
    if info.get("raised_exception"):
        return [str(info.get("exception_message") or "no message")]
    return [message for value in info.values() for message in _exception_messages(value)]


def _config_key(config: Any) -> str:
    return json.dumps([config.type, config.kwargs, config.description], sort_keys=True, default=str)


def validate_batch(
    frames: dict[str, pd.DataFrame],
    *,
    run_id: str,
    validated_at: datetime,
    required: Collection[str] = frozenset(),
    reference: dict[str, pd.DataFrame] | None = None,
) -> ValidationOutcome:
    """Validate one run's frames; return the clean frames, the quarantine rows and the dq_results rows.

    `frames` maps table names (articles, sanctions, sanction_targets, deals, deal_parties, list_entities,
    list_names) to frames with exactly the table's columns. Tables in `required` must be present and
    non-empty; any other table may be missing or empty (a run that found nothing new). Raises
    `BatchValidationError` when a frame has the wrong columns or value types or a required table is
    empty. Frames under other names pass through unvalidated.

    `reference` holds parent rows that are already stored (e.g. the articles of records re-extracted
    this run): they count for the cross-table checks (article in batch, evidence in its text, dates)
    but are neither validated nor returned.
    """
    import pandas as pd

    started = time.perf_counter()
    unknown_required = set(required) - set(VALIDATED_TABLES)
    if unknown_required:
        raise ValueError(f"required names tables that have no suite: {sorted(unknown_required)}")
    missing = sorted(set(required) - set(frames))
    if missing:
        raise BatchValidationError(f"required table(s) {missing} not in the batch (got {sorted(frames)})")
    passthrough = {name: frame for name, frame in frames.items() if name not in VALIDATED_TABLES}
    if passthrough:
        log.warning("tables without a suite pass through", extra={"kv": {"tables": sorted(passthrough)}})
    tables = [t for t in ORDER if t in frames]
    batch = {t: frames[t].reset_index(drop=True) for t in tables}

    validator = _Validator(run_id, validated_at)
    result_rows: list[dict[str, Any]] = []

    failures = []
    for table in tables:
        gx_result = validator.run(
            _schema_suite(table, table in required), _shape_of(batch[table]), SCHEMA_RESULT_FORMAT
        )
        result_rows += _result_rows(table, gx_result, run_id, validated_at)
        failures += _schema_failures(table, gx_result)
        if gx_result.success:  # with the right columns, check what the columns hold
            type_rows = _type_results(table, batch[table], run_id, validated_at)
            result_rows += type_rows
            failures += [
                f"{table}.{row['column_name']}: {row['expectation']} failed: {row['observed_value']}"
                for row in type_rows if not row["success"]
            ]
    if failures:
        raise BatchValidationError(
            "batch rejected, nothing loaded: " + "; ".join(failures), results_frame(result_rows)
        )

    quarantined: list[dict[str, Any]] = []
    bad_keys: dict[str, dict[Any, str]] = {}  # table -> parent key -> first reason
    # record parts (targets, parties) that failed an expectation of their own: their record's key -> first reason
    failed_parts: dict[str, dict[Any, str]] = {}
    clean: dict[str, pd.DataFrame] = {}
    with_reference = _with_reference(batch, reference)
    articles: helpers.ArticleLookup | None = None  # built for the first of sanctions and deals, kept for the other
    for table in tables:
        frame = batch[table]
        bad: set[int] = set()
        reasons: dict[int, str] = {}
        if not frame.empty:
            suite, columns = _row_suite(table, validated_at)
            if table in ("sanctions", "deals") and articles is None:
                articles = helpers.ArticleLookup.of(with_reference.get("articles"))
            vframe = helpers.validation_frame(table, frame, with_reference, validated_at, articles)
            # only the columns the suite reads: less for GX to copy and fingerprint
            gx_result = validator.run_rows(suite, vframe[columns])
            result_rows += _result_rows(table, gx_result, run_id, validated_at, rows=len(frame),
                                        observed=_real_values(table, gx_result, frame))
            _raise_on_exceptions(table, gx_result, result_rows)
            for item in gx_result.results:
                if item.success:
                    continue
                positions = _positions(item)
                config = item.expectation_config
                reason = config.description or config.type
                quarantined += quarantine.quarantine_rows(
                    table, frame, positions, expectation=config.type,
                    column=suites.reported_column(table, config.kwargs), reason=reason,
                    run_id=run_id, quarantined_at=validated_at,
                )
                for position in positions:
                    bad.add(position)
                    reasons.setdefault(position, reason)
        if table in _WHOLE_RECORDS and bad:
            parent_columns = list(helpers.PARENTS[table][1])
            own = sorted(bad)
            failed_parts[table] = {}
            for key, position in zip(_row_keys(frame.iloc[own], parent_columns), own, strict=True):
                failed_parts[table].setdefault(key, reasons[position])
        if table in helpers.PARENTS and not frame.empty:
            cascaded = _cascade(table, frame, bad_keys, run_id, validated_at, failed_itself=bad)
            quarantined += cascaded["rows"]
            bad |= cascaded["positions"]
            for position, reason in cascaded["reasons"].items():
                reasons.setdefault(position, reason)
            result_rows.append(cascaded["result"])
        keys = list(KEYS[table]) if table != "list_names" else []
        if keys:
            bad_rows = frame.iloc[sorted(bad)]
            bad_keys[table] = dict(zip(_row_keys(bad_rows, keys), (reasons[p] for p in sorted(bad)), strict=True))
        mask = pd.Series(True, index=frame.index)
        if bad:
            mask.loc[sorted(bad)] = False
        clean[table] = frame.loc[mask].reset_index(drop=True)

    for table, failed in failed_parts.items():
        whole = _whole_records(table, failed, clean, run_id, validated_at)
        quarantined += whole["rows"]
        result_rows.append(whole["result"])
    clean.update(passthrough)
    outcome = ValidationOutcome(
        clean=clean,
        quarantine=quarantine.to_frame(quarantined),
        results=results_frame(result_rows),
        validation_results=validator.gx_results,
        seconds=time.perf_counter() - started,
    )
    log.info(
        "batch validated",
        extra={"kv": {
            "run_id": run_id, "seconds": round(outcome.seconds, 2), "quarantined": len(outcome.quarantine),
            "failed_expectations": int((~outcome.results["success"]).sum()),
        }},
    )
    return outcome


# Suites are only read by a validation, so one built suite serves every chunk of a run (and every run
# with the same validation time); building one and listing its columns costs ~10 ms.
@functools.lru_cache(maxsize=32)
def _row_suite(table: str, validated_at: datetime) -> tuple[Any, list[str]]:
    suite = suites.ROW_SUITES[table](validated_at)
    return suite, suites.columns_used(suite)


@functools.lru_cache(maxsize=32)
def _schema_suite(table: str, required: bool) -> Any:
    return suites.schema_suite(table, required=required)


def _shape_of(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame's column names and row count over one byte per cell: all the schema suite reads.

    GX fingerprints every frame it is given (hashing each value); the article text alone made that the
    schema suites' main cost.
    """
    import numpy as np
    import pandas as pd

    return pd.DataFrame(np.zeros(frame.shape, dtype=np.int8), columns=frame.columns)


def _with_reference(batch: dict[str, pd.DataFrame], reference: dict[str, pd.DataFrame] | None) -> dict[str, pd.DataFrame]:
    """The batch's frames with the reference rows appended (batch rows first, so they win on duplicates)."""
    if not reference:
        return batch
    import pandas as pd

    merged = dict(batch)
    for table, extra in reference.items():
        merged[table] = pd.concat([batch[table], extra], ignore_index=True) if table in batch else extra
    return merged


def _row_keys(frame: pd.DataFrame, columns: list[str]) -> list[Any]:
    """Each row's key in these columns as plain values: the value itself for one column, else a tuple."""
    values = [[quarantine.plain(v) for v in frame[c].tolist()] for c in columns]
    return values[0] if len(columns) == 1 else list(zip(*values, strict=True))


def _cascade(
    table: str, frame: pd.DataFrame, bad_keys: dict[str, dict[Any, str]], run_id: str, validated_at: datetime,
    failed_itself: Collection[int] = (),
) -> dict[str, Any]:
    """Quarantine the rows whose parent (article, sanction, deal, list entity) was quarantined. A row in `failed_itself`
    (positions quarantined by its own failure) is quarantined already: its own reason stands, with no second row
    saying "parent quarantined" (hostile probe 32 F6)."""
    parent, columns = helpers.PARENTS[table]
    parent_bad = bad_keys.get(parent, {})
    rows: list[dict[str, Any]] = []
    positions: set[int] = set()
    reasons: dict[int, str] = {}
    if parent_bad:
        found = [(p, key) for p, key in enumerate(_row_keys(frame, list(columns)))
                 if key in parent_bad and p not in failed_itself]
        records = frame.iloc[[p for p, _key in found]].to_dict("records")
        for (position, key), record in zip(found, records, strict=True):
            positions.add(position)
            reasons[position] = parent_bad[key]  # the first reason up the chain, not "parent quarantined" again
            rows.append(quarantine.quarantine_row(
                table, record, expectation=quarantine.CASCADE_EXPECTATION, column=",".join(columns),
                reason=f"parent quarantined: {parent} {key!s} ({parent_bad[key]})",
                run_id=run_id, quarantined_at=validated_at,
            ))
    result = {
        "run_id": run_id, "suite": table, "expectation": quarantine.CASCADE_EXPECTATION,
        "column_name": ",".join(columns), "success": not positions, "element_count": len(frame),
        "unexpected_count": len(positions),
        "observed_value": f"{len(positions)} of {len(frame)} rows have a quarantined parent in {parent}",
        "validated_at": validated_at,
    }
    return {"rows": rows, "positions": positions, "reasons": reasons, "result": result}


# Parts of a record whose failure quarantines the whole record (its other parts too): a deal loaded with 100 of its 123
# parties hid a listed 111th party from screening (hostile probe 18). A list entity keeps its other names: screening
# needs every name that is valid.
_WHOLE_RECORDS = ("sanction_targets", "deal_parties")


def _whole_records(
    table: str, failed: dict[Any, str], clean: dict[str, pd.DataFrame], run_id: str, validated_at: datetime
) -> dict[str, Any]:
    """Quarantine the records (sanctions, deals) one of whose `table` rows failed, and their remaining rows."""
    parent, columns = helpers.PARENTS[table]
    rows: list[dict[str, Any]] = []
    records = 0
    for name, reason_of in ((parent, lambda key: f"a part of the record failed: {table} of {key!s} ({failed[key]})"),
                            (table, lambda key: f"record quarantined whole: {parent} {key!s} ({failed[key]})")):
        frame = clean.get(name)
        if frame is None or frame.empty:
            continue
        found = [p for p, key in enumerate(_row_keys(frame, list(columns))) if key in failed]
        if not found:
            continue
        if name == parent:
            records = len(found)
        keys = [k for p, k in enumerate(_row_keys(frame, list(columns))) if p in set(found)]
        for record, key in zip(frame.iloc[found].to_dict("records"), keys, strict=True):
            rows.append(quarantine.quarantine_row(
                name, record, expectation=quarantine.WHOLE_RECORD_EXPECTATION, column=",".join(columns),
                reason=reason_of(key), run_id=run_id, quarantined_at=validated_at,
            ))
        clean[name] = frame.drop(index=frame.index[found]).reset_index(drop=True)
    result = {
        "run_id": run_id, "suite": parent, "expectation": quarantine.WHOLE_RECORD_EXPECTATION,
        "column_name": ",".join(columns), "success": not records, "element_count": len(failed),
        "unexpected_count": records,
        "observed_value": f"{records} record(s) quarantined whole: {len(failed)} had a failing row in {table}",
        "validated_at": validated_at,
    }
    return {"rows": rows, "result": result}


def _positions(item: Any) -> list[int]:
    found = item.result.get("unexpected_index_list") or []
    out = []
    for entry in found:
        if isinstance(entry, dict):  # when unexpected_index_column_names is set; we rely on the index
            entry = entry.get("index", next(iter(entry.values())))
        out.append(int(entry))
    return sorted(set(out))


def _raise_on_exceptions(table: str, gx_result: Any, result_rows: list[dict[str, Any]]) -> None:
    broken = [
        f"{item.expectation_config.type} on {item.expectation_config.kwargs.get('column')}: "
        + " / ".join(dict.fromkeys(_exception_messages(item.exception_info)))
        for item in gx_result.results
        if _raised(item)
    ]
    if broken:
        # (no check is ever skipped: a GX or pandas upgrade that breaks one must stop the load, not let its rows through)
        raise BatchValidationError(
            f"batch rejected, nothing loaded: {table}: expectation(s) could not run: " + "; ".join(broken)
            + ". This is a fault of the checks (an upgrade of great_expectations or pandas, or an edited suite), not "
            "of the data: fix the suite or pin the versions that worked, then clear the validate task so that it runs "
            "again", results_frame(result_rows))


def _schema_failures(table: str, gx_result: Any) -> list[str]:
    """Readable lines for the failed schema expectations."""
    lines = []
    for item in gx_result.results:
        if item.success:
            continue
        kind = item.expectation_config.type
        if kind == "expect_table_columns_to_match_set":
            details = (item.result.get("details") or {}).get("mismatched") or {}
            missing = sorted(details.get("missing") or [])
            extra = sorted(details.get("unexpected") or [])
            lines.append(f"{table}: {kind} failed: missing columns {missing}, unexpected columns {extra}")
        elif kind == "expect_table_row_count_to_be_between":
            lines.append(f"{table}: {kind} failed: required table has {item.result.get('observed_value')} rows")
        else:
            lines.append(f"{table}: {kind} failed: {_observed(item)}")
    return lines


TYPE_EXPECTATION = "expect_column_values_to_be_of_sql_type"


def _type_results(table: str, frame: pd.DataFrame, run_id: str, validated_at: datetime) -> list[dict[str, Any]]:
    """One dq_results row per column: do its non-null values have the Python type of the SQL column?

    A column whose dtype can only hold the right type (a string, numeric, bool or datetime dtype) is
    settled by its dtype; only object columns (lists, dates, mixed values) are checked value by value.
    """
    rows = []
    for column in table_columns()[table]:
        series = frame[column.name]
        present = series.notna().to_numpy()
        if _dtype_fits(series.dtype, column):
            checked, wrong = int(present.sum()), []
        else:
            values = [helpers.plain_value(v) for v in series[present].tolist()]
            checked = len(values)
            wrong = [v for v in values if not isinstance(v, column.python_types) or isinstance(v, bool) != column.is_bool]
        observed = f"{len(wrong)} of {checked} values are not {column.sql_type}"
        if wrong:
            observed += " (dtype " + str(series.dtype) + "), e.g. " + ", ".join(
                f"{v!r:.60} ({type(v).__name__})" for v in wrong[:3]
            )
        rows.append({
            "run_id": run_id, "suite": f"{table}.schema", "expectation": TYPE_EXPECTATION,
            "column_name": column.name, "success": not wrong, "element_count": len(frame),
            "unexpected_count": len(wrong), "observed_value": observed, "validated_at": validated_at,
        })
    return rows


def _dtype_fits(dtype: Any, column: Column) -> bool:
    """Whether every non-null value of a column of this dtype is of the column's SQL type."""
    import pandas as pd
    from pandas.api import types

    if column.sql_type == "VARCHAR":
        return isinstance(dtype, pd.StringDtype)
    if column.is_bool:
        return types.is_bool_dtype(dtype)
    if column.is_date or column.is_timestamp:
        return types.is_datetime64_any_dtype(dtype)
    if column.is_list:
        return False
    return types.is_numeric_dtype(dtype) and not types.is_bool_dtype(dtype) and not types.is_complex_dtype(dtype)


def _observed(item: Any) -> str | None:
    result = item.result or {}
    if messages := _exception_messages(item.exception_info):
        return ("error: " + " / ".join(dict.fromkeys(messages)))[: quarantine.MAX_VALUE_CHARS]
    if "observed_value" in result:
        return quarantine.text_of(result["observed_value"])
    if "unexpected_count" in result:
        text = f"{result.get('unexpected_count')} of {result.get('element_count')} unexpected"
        sample = result.get("partial_unexpected_list") or []
        if sample:
            text += ", e.g. " + json.dumps([quarantine.plain(v) for v in sample[:5]], ensure_ascii=False, default=str)
        return text[: quarantine.MAX_VALUE_CHARS]
    return None


def _real_values(table: str, gx_result: Any, frame: pd.DataFrame) -> dict[int, str]:
    """For the failed expectations on a helper column (`_dq_countries_valid`, `_dq_evidence_in_text`, ...), by position
    in the results: their observed value with the sample taken from the real column at the failing rows. GX's sample
    is the helper's own values, so the report said "e.g. [false]" where the quarantine row showed ["XK"] (hostile probe
    32 F7)."""
    out: dict[int, str] = {}
    for n, item in enumerate(gx_result.results):
        column = item.expectation_config.kwargs.get("column")
        real = suites.reported_column(table, item.expectation_config.kwargs)
        if item.success or _raised(item) or not column or not real or real == column:
            continue
        columns = real.split(",")
        positions = _positions(item)
        if not positions or not set(columns) <= set(frame.columns):
            continue
        sample = [quarantine.plain(frame[columns[0]].iloc[p]) if len(columns) == 1
                  else [quarantine.plain(frame[c].iloc[p]) for c in columns] for p in positions[:5]]
        text = f"{len(positions)} of {len(frame)} unexpected, e.g. " + json.dumps(sample, ensure_ascii=False, default=str)
        out[n] = text[: quarantine.MAX_VALUE_CHARS]
    return out


def _result_rows(
    table: str, gx_result: Any, run_id: str, validated_at: datetime, rows: int | None = None,
    observed: dict[int, str] | None = None,
) -> list[dict[str, Any]]:
    """dq_results rows. `rows`: the frame's row count, for row-suite expectations that passed BOOLEAN_ONLY
    (GX returns no counts then; with `mostly` unset, passing means no unexpected value among `rows`). `observed`: the
    observed value to write instead of GX's, by position in the results (`_real_values`)."""
    out = []
    for n, item in enumerate(gx_result.results):
        config = item.expectation_config
        result = item.result or {}
        observed_value = (observed or {}).get(n) or _observed(item)
        if not result and item.success and rows is not None and config.kwargs.get("mostly", 1) == 1:
            result = {"element_count": rows, "unexpected_count": 0}
            observed_value = f"0 of {rows} unexpected"
        out.append({
            "run_id": run_id,
            "suite": gx_result.suite_name,
            "expectation": config.type,
            "column_name": suites.reported_column(table, config.kwargs),
            "success": bool(item.success),
            "element_count": result.get("element_count"),
            "unexpected_count": result.get("unexpected_count"),
            "observed_value": observed_value,
            "validated_at": validated_at,
        })
    return out


def results_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """dq_results rows as a frame with the table's column types."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=RESULT_COLUMNS)
    frame["success"] = frame["success"].astype(bool)
    for column in ("element_count", "unexpected_count"):
        frame[column] = frame[column].astype("Int64")
    frame["validated_at"] = pd.to_datetime(frame["validated_at"], utc=True)
    return frame
