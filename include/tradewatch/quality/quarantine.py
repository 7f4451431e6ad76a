"""Quarantine rows: one per (record, failed expectation), with the whole record kept as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tradewatch.quality.schema import KEYS

if TYPE_CHECKING:
    import pandas as pd

QUARANTINE_COLUMNS = [
    "run_id", "table_name", "record_key", "expectation", "column_name", "offending_value", "reason",
    "article_id", "record_json", "quarantined_at",
]
CASCADE_EXPECTATION = "expect_parent_not_quarantined"
# A record is loaded whole or not at all: one target or party failing quarantines its sanction or deal and the rest
WHOLE_RECORD_EXPECTATION = "expect_every_part_of_the_record_valid"
MAX_VALUE_CHARS = 500


def is_own_failure(expectation: Any) -> bool:
    """Whether a quarantine row's record failed a check itself (not only taken along with its parent or record)."""
    return expectation not in (CASCADE_EXPECTATION, WHOLE_RECORD_EXPECTATION)


def is_na(value: Any) -> bool:
    """True for None, NaN, NaT and pd.NA; False for everything else, containers included."""
    import pandas as pd

    if value is None:
        return True
    if isinstance(value, (str, bytes, list, tuple, dict)):
        return False
    result = pd.isna(value)
    return bool(result) if result is True or result is False or type(result).__name__ == "bool" else False


def plain(value: Any) -> Any:
    """A JSON-friendly version of one cell: lists for arrays, ISO strings for dates, None for NA."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if is_na(value):
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def key_of(table: str, row: dict[str, Any]) -> str | None:
    """`sanction_id:target_idx` style key; None when a key column is missing."""
    parts = [plain(row.get(column)) for column in KEYS[table]]
    if any(part is None for part in parts):
        return None
    return ":".join(str(int(p)) if isinstance(p, float) and p.is_integer() else str(p) for p in parts)


def text_of(value: Any) -> str | None:
    value = plain(value)
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def record_json(row: dict[str, Any]) -> str:
    return json.dumps({k: plain(v) for k, v in row.items()}, ensure_ascii=False, default=str, sort_keys=False)


def quarantine_rows(
    table: str,
    frame: pd.DataFrame,
    positions: Iterable[int],
    *,
    expectation: str,
    column: str | None,
    reason: str,
    run_id: str,
    quarantined_at: datetime,
) -> list[dict[str, Any]]:
    """Quarantine rows for the rows of `frame` at `positions` (a RangeIndex frame: labels are positions)."""
    return [
        quarantine_row(table, row, expectation=expectation, column=column, reason=reason, run_id=run_id,
                       quarantined_at=quarantined_at)
        for row in frame.iloc[[int(p) for p in positions]].to_dict("records")
    ]


def quarantine_row(
    table: str,
    row: dict[str, Any],
    *,
    expectation: str,
    column: str | None,
    reason: str,
    run_id: str,
    quarantined_at: datetime,
) -> dict[str, Any]:
    """The quarantine row for one record (a dict of its columns)."""
    offending = row.get(column) if column in row else None
    return {
        "run_id": run_id,
        "table_name": table,
        "record_key": key_of(table, row),
        "expectation": expectation,
        "column_name": column,
        "offending_value": text_of(offending),
        "reason": reason,
        "article_id": text_of(row.get("article_id")),
        "record_json": record_json(row),
        "quarantined_at": quarantined_at,
    }


def to_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=QUARANTINE_COLUMNS)
    frame["quarantined_at"] = pd.to_datetime(frame["quarantined_at"], utc=True)
    return frame


def define_standing(con: Any) -> None:
    """Define the temp view `quarantine_standing` on `con` (read-only too): each quarantine row, whether its record is
    loaded now, and which newer extractor superseded it (`queries/quarantine_standing.sql`)."""
    from importlib import resources

    from tradewatch.reextract import versions_table

    sql = (resources.files("tradewatch.quality") / "queries" / "quarantine_standing.sql").read_text(encoding="utf-8")
    con.execute(sql.replace("{versions}", versions_table(con)))
