"""The data-quality report: pass rates, top failing expectations, quarantined rows (HTML + Markdown)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from tradewatch.quality.quarantine import CASCADE_EXPECTATION, WHOLE_RECORD_EXPECTATION, define_standing
from tradewatch.terminal import bidi_isolated, visible

if TYPE_CHECKING:
    import duckdb

REQUIRED_TABLES = ("dq_results", "quarantine", "articles")


@dataclass
class DqReport:
    generated_at: datetime
    runs_requested: int
    runs: list[dict[str, Any]]
    pass_rates: list[dict[str, Any]]
    top_failing: list[dict[str, Any]]
    quarantined: list[dict[str, Any]]
    quarantined_limit: int
    quarantine_reasons: list[dict[str, Any]] = field(default_factory=list)
    """Distinct quarantined records per table, column and reason (`quarantine_reasons.sql`)."""

    @property
    def quarantined_total(self) -> int:
        """Quarantined records in these runs, each once, however many the list shows."""
        return int(self.quarantined[0]["total"]) if self.quarantined else 0

    @property
    def superseded_total(self) -> int:
        """Of those, the records a newer extractor superseded: history, not outstanding (hostile probe 39 F2)."""
        return int(self.quarantined[0]["superseded_total"]) if self.quarantined else 0

    @property
    def quarantined_heading(self) -> str:
        """"Quarantined records (3)", or "(3: 1 outstanding, 2 superseded by a newer extractor)"."""
        total, superseded = self.quarantined_total, self.superseded_total
        if not superseded:
            return f"Quarantined records ({total:,})"
        return (f"Quarantined records ({total:,}: {total - superseded:,} outstanding, {superseded:,} superseded by a "
                "newer extractor)")


def _query(name: str) -> str:
    return (resources.files("tradewatch.quality") / "queries" / f"{name}.sql").read_text(encoding="utf-8")


def _rows(con: duckdb.DuckDBPyConnection, name: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(_query(name), params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def collect(
    con: duckdb.DuckDBPyConnection, generated_at: datetime, runs: int = 10, top: int = 15, max_quarantined: int = 200
) -> DqReport:
    """Read the report's numbers from DuckDB (tables dq_results, quarantine, articles)."""
    present = {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
    missing = [t for t in REQUIRED_TABLES if t not in present]
    if missing:
        from tradewatch.settings import first_run_hint

        raise RuntimeError(f"the database has no {', '.join(missing)} table: run {first_run_hint()} first")
    define_standing(con)
    return DqReport(
        generated_at=generated_at,
        runs_requested=runs,
        runs=_rows(con, "recent_runs", [runs]),
        pass_rates=_rows(con, "pass_rate_by_suite", [runs]),
        top_failing=_rows(con, "top_failing_expectations", [runs, top]),
        quarantined=_rows(con, "quarantined_rows", [runs, *_TAKEN_ALONG, max_quarantined]),
        quarantined_limit=max_quarantined,
        quarantine_reasons=_rows(con, "quarantine_reasons", [runs, *_TAKEN_ALONG]),
    )


_TAKEN_ALONG = (CASCADE_EXPECTATION, WHOLE_RECORD_EXPECTATION)

# What to do about a quarantined record, by why it is there: no reason said so (hostile probe 32 F9). A record of a stored
# article is never parsed again from its page: after a fix, `reextract` is what validates it again and loads it.
NEXT_STEP_RECORD = ("Open the article. If the page says so, nothing to do: the record stays out. If the extractor "
                    "misread it, fix the extractor; if the check is wrong, fix the suite (quality/suites.py); then run "
                    "`tradewatch reextract --all`, which validates the stored articles' records again and loads those "
                    "that pass (\"Loaded since\" then says yes).")
NEXT_STEP_ARTICLE = ("Open the page. A quarantined article is fetched whole again by every run, and loads once the page "
                     "(or the check) is fixed; nothing to do if the page is wrong.")
NEXT_STEP_TAKEN_ALONG = {
    CASCADE_EXPECTATION: "Taken along with its parent: see the parent's own reason; it loads with its parent.",
    WHOLE_RECORD_EXPECTATION: "Taken along with the rest of its record (a record loads whole or not at all): see the "
                              "failing part's own reason.",
}


def next_step(row: dict[str, Any]) -> str:
    """What a person should do about the quarantined records of a `quarantine_reasons` row."""
    if row.get("superseded_by"):
        return (f"Nothing to do: extractor {row['superseded_by']} made these articles' records again and no longer "
                "reads these; the rows stay as the history of what the older extractor held back.")
    if row["expectation"] in NEXT_STEP_TAKEN_ALONG:
        return NEXT_STEP_TAKEN_ALONG[row["expectation"]]
    return NEXT_STEP_ARTICLE if row["table_name"] == "articles" else NEXT_STEP_RECORD


def _reason_label(row: dict[str, Any]) -> str:
    if row.get("superseded_by"):
        return f"superseded: extractor {row['superseded_by']} no longer reads it ({_reason_label({**row, 'superseded_by': None})})"
    if row["expectation"] == CASCADE_EXPECTATION:
        return "parent quarantined"
    if row["expectation"] == WHOLE_RECORD_EXPECTATION:
        return "a part of the record failed"
    return str(row["reason"] or row["expectation"])


def safe_url(value: Any) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (no javascript:, data:, relative links)."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value.strip()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, float):
        return f"{value:g}"
    return visible(str(value))  # controls and bidi overrides of scraped text written out, not obeyed


# ---------------------------------------------------------------------------------------------- HTML

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:78rem;
padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
.bad{color:#b42318;font-weight:600}.ok{color:#1a7f37}.muted{color:#656d76}code{font-size:12px;word-break:break-all}
.bar{background:#eee;height:.6rem;width:8rem;display:inline-block;vertical-align:middle}
.bar span{display:block;height:100%;background:#1a7f37}
"""


def _cell(value: Any, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    shown = _text(value)
    return f"<td{cls}>{bidi_isolated(html.escape(shown), shown)}</td>"


def _table(headers: list[str], body: list[str]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _article_link(row: dict[str, Any]) -> str:
    shown = _text(row.get("title")) or _text(row.get("article_id")) or ""
    label = bidi_isolated(html.escape(shown), shown)
    url = safe_url(row.get("url"))
    if url and label:
        return f'<td><a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{label}</a></td>'
    return f"<td>{label}</td>"


def render_html(report: DqReport) -> str:
    """One self-contained page: inline CSS, no scripts, fonts or remote resources; every value escaped."""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Tradewatch data quality</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Tradewatch data quality</h1>",
        f'<p class="muted">Generated {html.escape(_text(report.generated_at))} from the last '
        f"{len(report.runs)} run(s) (asked for {report.runs_requested}).</p>",
    ]
    parts.append("<h2>Pass rate per suite</h2>")
    if report.pass_rates:
        body = []
        for row in report.pass_rates:
            rate = float(row["pass_rate"] or 0)
            css = "ok" if rate >= 100 else "bad"
            bar = f'<span class="bar"><span style="width:{rate:.0f}%"></span></span>'
            body.append(
                "<tr>" + _cell(row["suite"]) + f'<td class="num {css}">{rate:.1f}% {bar}</td>'
                + _cell(row["passed"], "num") + _cell(row["evaluated"], "num") + _cell(row["runs"], "num")
                + _cell(row["runs_with_failures"], "num") + "</tr>"
            )
        parts.append(_table(["Suite", "Pass rate", "Passed", "Evaluated", "Runs", "Runs with failures"], body))
    else:
        parts.append('<p class="muted">No validation results yet.</p>')
    parts.append("<h2>Runs</h2>")
    # (the run's logical date, which the checks judge dates against: a backfill of 2024 validates "as of" 2024, whenever
    # it ran; hostile probe 23 F9)
    parts.append('<p class="muted">Logical date: the date a run was for (the checks judge dates as of it), not the '
                 "wall-clock time the validation ran; a <code>reextract</code> pass has no logical date, and is dated "
                 "by when it ran. Quarantined rows: all a run held back, records another run quarantined too included."
                 "</p>")
    parts.append(_table(
        ["Run", "Logical date", "Expectations", "Failed", "Quarantined rows"],
        [
            "<tr>" + _cell(r["run_id"]) + _cell(r["validated_at"]) + _cell(r["evaluated"], "num")
            + _cell(r["failed"], "num bad" if r["failed"] else "num") + _cell(r["quarantined"], "num") + "</tr>"
            for r in report.runs
        ],
    ))
    parts.append("<h2>Top failing expectations</h2>")
    if report.top_failing:
        parts.append(_table(
            ["Suite", "Expectation", "Column", "Failures", "Runs failed", "Unexpected rows", "Last observed"],
            [
                "<tr>" + _cell(r["suite"]) + f"<td><code>{html.escape(_text(r['expectation']))}</code></td>"
                + _cell(r["column_name"]) + _cell(r["failures"], "num") + _cell(r["runs_failed"], "num")
                + _cell(r["unexpected_rows"], "num") + _cell(r["last_observed_value"]) + "</tr>"
                for r in report.top_failing
            ],
        ))
    else:
        parts.append('<p class="ok">No expectation failed in these runs.</p>')
    parts.append(f"<h2>{html.escape(report.quarantined_heading)}</h2>")
    if report.quarantine_reasons:
        parts.append('<p class="muted">Each record once, however many runs quarantined it. Why, and what to do:</p>')
        parts.append(_table(
            ["Table", "Column", "Reason", "Records", "Runs", "What to do"],
            [
                "<tr>" + _cell(r["table_name"]) + _cell(r["column_name"]) + _cell(_reason_label(r))
                + _cell(r["records"], "num") + _cell(r["runs"], "num") + _cell(next_step(r)) + "</tr>"
                for r in report.quarantine_reasons
            ],
        ))
    if report.quarantined:
        if report.quarantined_total > len(report.quarantined):
            parts.append(f'<p class="muted">Showing {len(report.quarantined):,} of {report.quarantined_total:,} '
                         "records: those outstanding first, failed a check themselves first, newest first.</p>")
        parts.append(_table(
            ["Quarantined at", "Run", "Runs", "Table", "Record", "Reason", "Column", "Offending value", "Article",
             "Expectation", "Loaded since"],
            [
                "<tr>" + _cell(r["quarantined_at"]) + _cell(r["run_id"]) + _cell(r["seen_in_runs"], "num")
                + _cell(r["table_name"])
                + f"<td><code>{html.escape(_text(r['record_key']))}</code></td>" + _cell(r["reason"])
                + _cell(r["column_name"]) + _cell(r["offending_value"]) + _article_link(r)
                + f"<td><code>{html.escape(_text(r['expectation']))}</code></td>" + _cell(_loaded_since(r)) + "</tr>"
                for r in report.quarantined
            ],
        ))
    else:
        parts.append('<p class="ok">Nothing quarantined in these runs.</p>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# ------------------------------------------------------------------------------------------ Markdown


_MD_MARKS = re.compile(r"[|\[\]*_`~\\]")


def _md(value: Any, limit: int = 120, keep_end: bool = False) -> str:
    """A table-safe Markdown cell: one line, pipes escaped, HTML escaped so renderers show it as text. Cut to `limit`
    characters at the end, or in the middle with `keep_end` (an error's cause comes last: "listing http://...: HTTP
    404" lost its "HTTP 404", hostile probe 31 F13)."""
    text = " ".join(_text(value).split())
    if len(text) > limit:
        # cut between words where one is near ("deals 14a1fa8d32b2f…at is not ISO" cut two words: hostile probe 32 F9)
        if keep_end:
            head = (limit - 1) // 2
            text = _words_head(text, head) + "…" + _words_tail(text, limit - 1 - head)
        else:
            text = _words_head(text, limit - 1) + "…"
    # (and Markdown's emphasis, code and strike marks, and "://", so that scraped text is never formatting or a live
    # link: hostile probe 16)
    return _MD_MARKS.sub(r"\\\g<0>", html.escape(text, quote=False)).replace("://", ":\\//")


def _words_head(text: str, size: int) -> str:
    """The first `size` characters of `text`, ending at a word's end when one is in the last two thirds (a record key
    cut short names nothing)."""
    cut = text[:size]
    space = cut.rfind(" ")
    return cut[:space].rstrip() if text[size:size + 1] not in ("", " ") and space > size // 3 else cut


def _words_tail(text: str, size: int) -> str:
    """The last `size` characters of `text`, starting at a word's start when one is in the first two thirds."""
    cut = text[len(text) - size:]
    space = cut.find(" ")
    return cut[space + 1:] if text[len(text) - size - 1] != " " and 0 <= space < size * 2 // 3 else cut


def _md_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _md_link(row: dict[str, Any]) -> str:
    label = _md(row.get("title") or row.get("article_id"), 60)
    url = safe_url(row.get("url"))
    if not url or not label:
        return label
    return f"[{label}]({quote(url, safe=':/?#[]@!$&*+,;=%~._-')})"


def _loaded_since(row: dict[str, Any]) -> str:
    """Whether a quarantined record has been loaded by a later run (a fixed page), or a newer extractor made its
    article's records again without it: either way it needs no action."""
    if row.get("superseded_by"):
        return f"superseded: extractor {row['superseded_by']} no longer reads it"
    loaded = row.get("loaded_now")
    return "" if loaded is None else "yes" if loaded else "no"


def render_markdown(report: DqReport) -> str:
    lines = [
        "# Tradewatch data quality",
        "",
        f"Generated {_text(report.generated_at)} from the last {len(report.runs)} run(s).",
        "",
        "## Pass rate per suite",
        "",
    ]
    if report.pass_rates:
        lines += _md_table(
            ["Suite", "Pass rate", "Passed", "Evaluated", "Runs with failures"],
            [
                [_md(r["suite"]), f"{float(r['pass_rate'] or 0):.1f}%", str(r["passed"]), str(r["evaluated"]),
                 str(r["runs_with_failures"])]
                for r in report.pass_rates
            ],
        )
    else:
        lines.append("No validation results yet.")
    lines += ["", "## Top failing expectations", ""]
    if report.top_failing:
        lines += _md_table(
            ["Suite", "Expectation", "Column", "Failures", "Unexpected rows", "Last observed"],
            [
                [_md(r["suite"]), _md(r["expectation"]), _md(r["column_name"]), str(r["failures"]),
                 str(r["unexpected_rows"]), _md(r["last_observed_value"], 80, keep_end=True)]
                for r in report.top_failing
            ],
        )
    else:
        lines.append("No expectation failed in these runs.")
    lines += ["", f"## {report.quarantined_heading}", ""]
    if report.quarantine_reasons:
        lines += ["Each record once, however many runs quarantined it. Why, and what to do:", ""]
        lines += _md_table(
            ["Table", "Column", "Reason", "Records", "Runs", "What to do"],
            [
                [_md(r["table_name"]), _md(r["column_name"]), _md(_reason_label(r), 100), f"{r['records']:,}",
                 str(r["runs"]), _md(next_step(r), 400)]
                for r in report.quarantine_reasons
            ],
        )
        lines.append("")
    if report.quarantined:
        if report.quarantined_total > len(report.quarantined):
            lines += [f"Showing {len(report.quarantined):,} of {report.quarantined_total:,} records: those outstanding "
                      "first, failed a check themselves first, newest first.", ""]
        lines += _md_table(
            ["Run", "Runs", "Table", "Record", "Reason", "Offending value", "Article", "Loaded since"],
            [
                [_md(r["run_id"], 40), str(r["seen_in_runs"]), _md(r["table_name"]), _md(r["record_key"], 45),
                 _md(r["reason"], 120, keep_end=True), _md(r["offending_value"], 60), _md_link(r),
                 _md(_loaded_since(r))]
                for r in report.quarantined
            ],
        )
    else:
        lines.append("Nothing quarantined in these runs.")
    return "\n".join(lines) + "\n"


def write_report(report: DqReport, out: Path) -> Path:
    """The report, written whole or not at all, through a temp file of its own (probe 9: a fixed `<out>.tmp` was
    written through when a symlink stood there, was shared by two reports at once, and outlived a failed write)."""
    from tradewatch.files import write_atomically

    html = render_html(report)
    return write_atomically(out, lambda tmp: tmp.write_text(html, encoding="utf-8"))
