"""The daily briefing: one self-contained HTML file (inline CSS and SVG, no scripts) built from the report queries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tradewatch.files import write_atomically
from tradewatch.logs import get_logger
from tradewatch.registry import standing_note
from tradewatch.report import charts
from tradewatch.report.queries import relation_exists, run_query
from tradewatch.settings import first_run_hint
from tradewatch.terminal import bidi_isolated, visible

if TYPE_CHECKING:
    import duckdb

log = get_logger("report.render")

CHART_WEEKS = 12
"""The weekly sanctions chart always shows this many weeks up to the report date, whatever `since` is."""
ROW_LIMIT = 200
"""Rows per table; the briefing says when a table was cut."""
BRIEFING_WINDOW = timedelta(days=1)
"""The scheduled briefing covers records that reached the warehouse since the day before the run."""
LISTED_PARTIES_VIEW = "v_deals_with_listed_parties"
"""Owned by the lists area (migration 0005); used when present, else the report reads `matches` directly."""

Row = dict[str, Any]

JURISDICTION_NOTE = (
    "A jurisdiction is the state or bloc that imposed a sanction (US, GB, EU, UN, ...); articles name one office "
    "several ways (OFAC, US Treasury, US government), so those names are listed, not counted. A sanction is one "
    "measure: an asset freeze and a travel ban imposed on one person count as two sanctions and one target (targets "
    "are distinct names). One action reported by several articles (the same jurisdiction, measure and day, the targets "
    "of one all named by the other) counts once; each article's record is listed below."
)
VALUE_NOTE = (
    "Values in US dollars at approximate annual-average rates; a value in a currency with no shipped rate is shown "
    "as written (e.g. HKD 3.0bn) and left out of the USD total; — means no value was disclosed."
)
UPDATED_NOTE = (
    "\"updated\": a record of an article received earlier whose page changed in this period and now gives other "
    "records (a corrected value); it is not counted among the new ones above."
)


# ---------------------------------------------------------------- formatting helpers (all escape)


def text(value: Any, empty: str = "—") -> str:
    """Any value as escaped HTML text."""
    if value is None or value == "":
        return f'<span class="muted">{escape(empty)}</span>'
    if isinstance(value, datetime):
        return escape(_utc(value).strftime("%Y-%m-%d %H:%M UTC"))
    if isinstance(value, date):
        return escape(value.isoformat())
    if isinstance(value, float):
        return escape(f"{value:,.2f}")
    shown = visible(str(value))  # (a bidi override in a scraped name would display it reversed)
    return bidi_isolated(escape(shown, quote=True), shown)


def safe_href(url: Any) -> str | None:
    """The URL escaped for an attribute when it is an absolute http(s) URL, else None (no javascript:, data:, ...)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return escape(url, quote=True)


def article_link(title: Any, url: Any) -> str:
    """The article title linking to its source; an unsafe or missing URL leaves plain text."""
    label = text(title, empty="(untitled article)")
    href = safe_href(url)
    if href is None:
        return f'{label} <span class="muted">(no link)</span>'
    return f'<a href="{href}" rel="noopener noreferrer">{label}</a>'


def _scaled(amount: float) -> str:
    """3e9 as "3.0bn", 2.5e6 as "2.5m", 950 as "950"."""
    for threshold, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(amount) >= threshold:
            return f"{amount / threshold:,.1f}{suffix}"
    return f"{amount:,.0f}"


def usd(value: Any) -> str:
    if value is None:
        return '<span class="muted">—</span>'
    return escape(f"${_scaled(float(value))}")


def money(value_usd: Any, amount: Any, currency: Any) -> str:
    """The USD figure; without one (no shipped rate for the currency), the amount as written ("HKD 3.0bn"), marked as
    left out of USD totals; "—" only when no amount was disclosed."""
    if value_usd is not None or amount is None:
        return usd(value_usd)
    written = f"{currency} {_scaled(float(amount))}" if currency else _scaled(float(amount))
    return f'<span title="no USD rate: not in USD totals">{text(written)}</span>'


def number(value: Any, digits: int = 0) -> str:
    if value is None:
        return '<span class="muted">—</span>'
    return escape(f"{float(value):,.{digits}f}")


def status_badge(status: Any) -> str:
    css = "".join(c for c in str(status or "") if c.isalnum() or c == "_")
    return f'<span class="status status-{css}">{text(status)}</span>'


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# ---------------------------------------------------------------- building blocks


@dataclass(frozen=True)
class Column:
    header: str
    cell: Callable[[Row], str]
    css: str = ""


def table(columns: Sequence[Column], rows: list[Row], empty: str, limit: int = ROW_LIMIT) -> str:
    if not rows:
        return f'<p class="empty">{escape(empty)}</p>'
    head = "".join(f'<th class="{c.css}">{escape(c.header)}</th>' for c in columns)
    body = "".join(
        "<tr>" + "".join(f'<td class="{c.css}">{c.cell(row)}</td>' for c in columns) + "</tr>" for row in rows
    )
    cut = (
        f'<p class="note">Showing the first {limit} rows; query the views with `tradewatch sql` for all.</p>'
        if len(rows) >= limit
        else ""
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{cut}"


def card(figure: str, label: str, alert: bool = False) -> str:
    css = "card alert" if alert else "card"
    return f'<div class="{css}"><div class="figure">{figure}</div><div class="label">{escape(label)}</div></div>'


def section(section_id: str, title: str, body: str, note: str = "") -> str:
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    return f'<section id="{escape(section_id)}"><h2>{escape(title)}</h2>{note_html}{body}</section>'


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Window:
    """What the briefing covers: records that reached the warehouse in [since, until] (`articles.arrived_for`: a
    backfill's records arrive with the newest date loaded, not their own), records updated in it, and deals whose party
    was newly listed in it; charts from chart_start."""

    since: datetime | None
    until: datetime
    chart_start: date

    @classmethod
    def build(cls, since: date | None, generated_at: datetime) -> Window:
        until = _utc(generated_at)
        start = datetime.combine(since, time(), tzinfo=UTC) if since else None
        if start is not None and start > until:
            # (a window "from 2026-12-01 to 2026-11-30 22:49 UTC" with every figure 0, exit 0: hostile probe 31 F9)
            raise ValueError(f"the window would start ({start.strftime('%Y-%m-%d %H:%M UTC')}) after the report time "
                             f"({until.strftime('%Y-%m-%d %H:%M UTC')}): give a day up to {until.date().isoformat()}")
        this_monday = until.date() - timedelta(days=until.date().weekday())
        return cls(start, until, this_monday - timedelta(weeks=CHART_WEEKS - 1))

    def params(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until, "chart_start": self.chart_start, "limit": ROW_LIMIT}

    def describe(self) -> str:
        until = self.until.strftime("%Y-%m-%d %H:%M UTC")
        if self.since is None:
            return f"All records received up to {until}."
        return f"Records received from {self.since.strftime('%Y-%m-%d %H:%M UTC')} to {until}."


def listed_party_deals(con: duckdb.DuckDBPyConnection, window: Window) -> tuple[str, int, int]:
    """(HTML table of its first rows, number of all its deals, number of those newly listed) for deals with a party
    on an official list that are news in the window: new deals, and older deals whose party was first matched in it
    (a list refresh added the party)."""
    query = "listed_party_deals_view" if relation_exists(con, LISTED_PARTIES_VIEW) else "listed_party_deals"
    rows = run_query(con, query, window.params())
    columns = [
        Column("Reported", lambda r: text(r["reported_on"]), "date"),
        Column("Why now", lambda r: text(r["change"])),
        Column("Deal type", lambda r: text(r["deal_type"])),
        Column("Party", lambda r: text(r["party"])),
        Column("Listed as", lambda r: text(r["matched_name"])),
        Column("List", lambda r: text(r["list_id"])),
        Column("Programs", lambda r: text(r["programs"])),
        Column("Score", lambda r: number(r["score"], 1), "num"),
        Column("Source article", lambda r: article_link(r["article_title"], r["article_url"])),
    ]
    empty = "No deal in this period involves a party found on an official sanctions list."
    if not rows:
        return table(columns, rows, empty), 0, 0
    return table(columns, rows, empty), int(rows[0]["total_deals"]), int(rows[0]["newly_listed_deals"])


def _authority(row: Row) -> str | None:
    """The authority as the article named it, with the jurisdiction it is counted under: "OFAC (US)"."""
    authority, country = row["authority"], row["authority_country"]
    if authority and country:
        return f"{authority} ({country})"
    return authority or country


def _weeks(window: Window) -> list[date]:
    return [window.chart_start + timedelta(weeks=i) for i in range(CHART_WEEKS)]


def sanctions_per_week_chart(con: duckdb.DuckDBPyConnection, window: Window) -> str:
    rows = run_query(con, "sanctions_per_week", window.params())
    weeks = _weeks(window)
    labels = [w.strftime("%b %d") for w in weeks]
    by_label = dict(zip(weeks, labels, strict=True))
    cells = {(by_label[r["week"]], r["jurisdiction"]): float(r["sanctions"]) for r in rows if r["week"] in by_label}
    title = "Sanction measures per jurisdiction per week"
    outside = run_query(con, "sanctions_outside_chart", window.params())[0]
    if not outside["sanctions"]:
        return charts.column_chart(title, labels, charts.build_series(labels, cells))
    # (hostile probe 33 F14: "no data for this period" beside the 12 new sanctions the briefing listed, all reported
    # before the chart's weeks)
    count = outside["sanctions"]
    earliest, latest = outside["earliest"].isoformat(), outside["latest"].isoformat()
    span = earliest if earliest == latest else f"{earliest} to {latest}"
    said = (f"{count:,} {'sanction' if count == 1 else 'sanctions'} of this briefing "
            f"{'is' if count == 1 else 'are'} dated {span}, outside the {CHART_WEEKS} weeks charted "
            f"(from {window.chart_start.isoformat()})")
    if not any(cells.values()):
        return charts.empty_chart(f"{title}: none reported in the {CHART_WEEKS} weeks charted; {said}.")
    return (charts.column_chart(title, labels, charts.build_series(labels, cells))
            + f'<p class="note">Not in the chart: {escape(said)}.</p>')


def _jurisdictions_label(head: Row) -> str:
    """The jurisdictions card's label, naming the states or blocs counted when there are few: "... (EU, GB, US)"."""
    named = head["jurisdiction_list"] or []
    label = "sanctioning jurisdictions" + (f" ({', '.join(named)})" if 0 < len(named) <= 6 else "")
    # (the card left out the sanctions naming no authority without a word, while the table beside it had them under
    # "unknown": hostile probe 31 F14)
    unattributed = head["sanctions_without_jurisdiction"]
    if unattributed:
        label += f" · not counted: {unattributed:,} {'sanction' if unattributed == 1 else 'sanctions'} naming no authority"
    return label


def _deal_value_label(head: Row) -> str:
    """The USD total's label, saying how many valued deals it leaves out (no shipped rate for their currency)."""
    left_out = head["deals_unconverted"]
    if not left_out:
        return "disclosed deal value (USD)"
    currencies = ", ".join(head["deals_unconverted_currencies"] or [])
    deals = "deal" if left_out == 1 else "deals"
    return f"disclosed deal value (USD) · leaves out {left_out:,} valued {deals} with no USD rate" + (
        f" ({currencies})" if currencies else ""
    )


def _health_status(row: Row, standing: dict[str, str | None]) -> str:
    """The last run's status, with "(disabled)" or "(not in the registry)" for a source that will not run again."""
    note = standing_note(standing, str(row["source_id"]))
    badge = status_badge(row["last_status"])
    return badge if note is None else f'{badge} <span class="muted">({escape(note)})</span>'


def _health_error(row: Row) -> str:
    """The last error; an earlier run's error beside a clean last run says it is earlier, and when."""
    error = row["last_error"]
    if error and not row["last_run_error"]:
        when = text(row["last_error_at"]) if row["last_error_at"] is not None else "an earlier run"
        return f'<span class="muted">(earlier, {when})</span> <span class="error">{text(error)}</span>'
    return f'<span class="error">{text(error, empty="")}</span>'


def _failing(health: list[Row], standing: dict[str, str | None]) -> tuple[int, int]:
    """(sources failing, failing sources left out because they are disabled or no longer in the registry): a source
    that can never run again cannot clear its alert (hostile probe 31 F4)."""
    failing = [r for r in health if r["failure_streak"]]
    gone = [r for r in failing if standing_note(standing, str(r["source_id"])) is not None]
    return len(failing) - len(gone), len(gone)


def deals_chart(con: duckdb.DuckDBPyConnection, window: Window, max_countries: int = 12) -> str:
    rows = run_query(con, "deals_by_type_country", window.params())
    totals: dict[str, float] = {}
    for r in rows:
        totals[r["country"]] = totals.get(r["country"], 0.0) + r["deals"]
    countries = sorted(totals, key=lambda c: (-totals[c], c))
    kept = set(countries[:max_countries])
    categories = countries[:max_countries] + ([charts.OTHER] if len(countries) > max_countries else [])
    cells: dict[tuple[str, str], float] = {}
    for r in rows:
        key = (r["country"] if r["country"] in kept else charts.OTHER, r["deal_type"])
        cells[key] = cells.get(key, 0.0) + float(r["deals"])
    return charts.bar_chart("Deals by country and type", categories, charts.build_series(categories, cells))


# ---------------------------------------------------------------- the page


def render_report(
    con: duckdb.DuckDBPyConnection, since: date | None, generated_at: datetime,
    standing: dict[str, str | None] | None = None,
) -> str:
    """The briefing as one HTML document. `con` needs the reporting views (migration 0006). `standing` is the source
    registry's (`registry.registry_standing`): sources disabled or no longer in it are marked and not counted as
    failing; None or {} marks nothing."""
    standing = standing or {}
    window = Window.build(since, generated_at)
    params = window.params()
    head = run_query(con, "headline", params)[0]
    by_jurisdiction = run_query(con, "sanctions_by_jurisdiction", params)
    sanctions = run_query(con, "new_sanctions", params)
    deals = run_query(con, "new_deals", params)
    health = run_query(con, "source_health", params)
    listed_html, listed_count, newly_listed = listed_party_deals(con, window)
    failing, failing_gone = _failing(health, standing)
    failing_label = "sources failing" + (
        f" · not counted: {failing_gone:,} disabled or removed from the registry" if failing_gone else "")

    cards = "".join(
        [
            card(number(head["articles"]), "new articles"),
            card(number(head["sanctions"]),
                 f"new sanctions (measures) · {head['sanction_targets']:,} distinct named targets"),
            card(number(head["jurisdictions"]), _jurisdictions_label(head)),
            card(number(head["deals"]), "new deals"),
            card(usd(head["deals_value_usd"]), _deal_value_label(head)),
            card(number(listed_count), "deals with listed parties"
                 + (f" · {newly_listed:,} newly listed" if newly_listed else ""), alert=listed_count > 0),
            card(number(failing), failing_label, alert=failing > 0),
        ]
    )
    chart_note = (
        f"Weekly chart: the {CHART_WEEKS} weeks to the report date, by the date each sanction was reported. "
        "Deals chart: deals received in this briefing's window; a deal naming two countries counts in both."
    )
    chart_html = (
        '<div class="charts">'
        f"<figure><figcaption>Sanction measures per jurisdiction per week</figcaption>{sanctions_per_week_chart(con, window)}</figure>"
        f"<figure><figcaption>Deals by country and type</figcaption>{deals_chart(con, window)}</figure>"
        "</div>"
    )
    jurisdiction_table = table(
        [
            Column("Jurisdiction", lambda r: text(r["jurisdiction"])),
            Column("Named in articles as", lambda r: text(r["authorities"], empty="(no authority named)")),
            Column("Sanctions (measures)", lambda r: number(r["sanctions"]), "num"),
            Column("Distinct targets", lambda r: number(r["targets"]), "num"),
            Column("Articles", lambda r: number(r["articles"]), "num"),
            Column("Latest", lambda r: text(r["latest_reported_on"]), "date"),
        ],
        by_jurisdiction,
        "No new sanctions in this period.",
    )
    sanctions_table = table(
        [
            Column("Reported", lambda r: text(r["reported_on"]), "date"),
            Column("Change", lambda r: text(r["change"])),
            Column("Authority", lambda r: text(_authority(r))),
            Column("Measure", lambda r: text(r["measure"])),
            Column("Targets", lambda r: text(r["target_names"] or r["unnamed_targets"], empty="(none named)")),
            Column("Amount", lambda r: money(r["amount_usd"], r["amount"], r["currency"]), "num"),
            Column("Source article", lambda r: article_link(r["article_title"], r["article_url"])),
        ],
        sanctions,
        "No new sanctions in this period.",
    )
    deals_table = table(
        [
            Column("Reported", lambda r: text(r["reported_on"]), "date"),
            Column("Change", lambda r: text(r["change"])),
            Column("Type", lambda r: text(r["deal_type"])),
            Column("Parties", lambda r: text(r["party_names"])),
            Column("Countries", lambda r: text(r["countries"])),
            Column("Value", lambda r: money(r["value_usd"], r["value"], r["currency"]), "num"),
            Column("Source article", lambda r: article_link(r["article_title"], r["article_url"])),
        ],
        deals,
        "No new deals in this period.",
    )
    health_table = table(
        [
            Column("Source", lambda r: text(r["source_id"])),
            Column("Last run", lambda r: text(r["last_run_at"]), "date"),
            Column("Status", lambda r: _health_status(r, standing)),
            Column("Last success", lambda r: text(r["last_success_at"], empty="never"), "date"),
            Column("Failure streak", lambda r: number(r["failure_streak"]), "num"),
            Column("Runs", lambda r: number(r["runs"]), "num"),
            Column("New / run", lambda r: number(r["yield_new_per_run"], 1), "num"),
            Column("Last error", _health_error),
        ],
        health,
        f"No source has run yet: run {first_run_hint()}.",
    )
    body = "".join(
        [
            f'<section id="headline"><div class="cards">{cards}</div></section>',
            section("charts", "Trends", chart_html, chart_note),
            section("sanctions", "New sanctions by jurisdiction", jurisdiction_table, JURISDICTION_NOTE),
            section("sanction-list", "New sanctions", sanctions_table, UPDATED_NOTE),
            section("deals", "New deals", deals_table, f"{VALUE_NOTE} {UPDATED_NOTE}"),
            section(
                "listed-parties",
                "Deals involving listed parties",
                listed_html,
                "A party name matched an entry on an official sanctions list; check the match before acting. "
                "\"new deal\": the deal reached the warehouse in this period; \"newly listed\": an older deal whose "
                "party was first matched in this period (a list refresh added it).",
            ),
            section("source-health", "Source health", health_table),
        ]
    )
    stamp = window.until.strftime("%Y-%m-%d %H:%M UTC")
    title = f"Tradewatch briefing — {window.until.date().isoformat()}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta name=\"referrer\" content=\"no-referrer\">"
        f"<title>{escape(title)}</title><style>{_css()}</style></head><body>"
        f'<header><h1>{escape(title)}</h1><div class="subtitle">{escape(window.describe())}</div></header>'
        f"<main>{body}</main>"
        f"<footer>Generated by tradewatch at {escape(stamp)}. Records are extracted automatically from news "
        "articles; every record links to its source article. Figures come from the reporting views "
        "(`tradewatch sql \"select * from v_recent_sanctions\"`).</footer>"
        "</body></html>\n"
    )


def _css() -> str:
    return (resources.files("tradewatch.report") / "templates" / "briefing.css").read_text(encoding="utf-8")


# ---------------------------------------------------------------- files


def default_report_path(reports_dir: Path, generated_at: datetime, suffix: str = "") -> Path:
    return reports_dir / f"briefing-{_utc(generated_at).date().isoformat()}{suffix}.html"


def open_for_reading(db_path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection that has the reporting views, migrating the file once if it predates them."""
    from tradewatch.store.db import applied_versions, connect, migrations

    # (raises with "run `make demo`" when the file is missing, and refuses another application's file before the
    # read-write reopen below could write to it)
    con = connect(db_path, read_only=True)
    shipped = {version for version, _, _ in migrations()}
    if shipped <= applied_versions(con):  # a set, not the maximum: migrations can land out of order (0006 before 0005)
        return con
    con.close()
    connect(db_path).close()  # applies the missing migrations (waits for the writer's lock)
    return connect(db_path, read_only=True)


def write_report(
    db_path: Path, out: Path | None, since: date | None, generated_at: datetime | None = None
) -> Path:
    """Render the briefing from the DuckDB file and write it atomically to `out`.

    `out` None means `<data_dir>/reports/briefing-YYYY-MM-DD.html`, dated by `generated_at` (default: now).
    """
    generated_at = generated_at or datetime.now(UTC)
    if out is None:
        from tradewatch.settings import get_settings

        out = default_report_path(get_settings().reports_dir, generated_at)
    from tradewatch.registry import registry_standing

    standing = registry_standing()
    con = open_for_reading(Path(db_path))
    try:
        html = render_report(con, since, generated_at, standing)
    finally:
        con.close()
    out = write_atomically(Path(out), lambda tmp: tmp.write_text(html, encoding="utf-8"))
    log.info("briefing written", extra={"kv": {"path": str(out), "bytes": len(html)}})
    return out


def write_briefing(run_after: datetime) -> str:
    """The scheduled briefing for a run: records since the day before, dated by the run. Returns its path."""
    from tradewatch.settings import get_settings

    settings = get_settings()
    since = (_utc(run_after) - BRIEFING_WINDOW).date()
    out = default_report_path(settings.reports_dir, run_after)
    return str(write_report(settings.duckdb_path, out, since, generated_at=run_after))
