"""Small stacked bar charts drawn as inline SVG, so the briefing needs no script, font or CDN."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

# Okabe-Ito: distinguishable for colour-blind readers and in greyscale print. Last one is "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D31", "#999999")
OTHER = "other"


@dataclass(frozen=True)
class Series:
    """One stacked segment type: its label, colour and one value per category."""

    label: str
    colour: str
    values: list[float]


def build_series(
    categories: list[str], cells: dict[tuple[str, str], float], max_series: int = len(PALETTE) - 1
) -> list[Series]:
    """Turn {(category, series label): value} into coloured series; the smallest beyond `max_series` become "other"."""
    totals: dict[str, float] = {}
    for (_, label), value in cells.items():
        totals[label] = totals.get(label, 0.0) + value
    ranked = sorted(totals, key=lambda label: (-totals[label], label))
    kept, folded = ranked[:max_series], ranked[max_series:]
    series = [
        Series(label, PALETTE[i], [cells.get((c, label), 0.0) for c in categories]) for i, label in enumerate(kept)
    ]
    if folded:
        values = [sum(cells.get((c, label), 0.0) for label in folded) for c in categories]
        series.append(Series(OTHER, PALETTE[-1], values))
    return series


def nice_max(value: float) -> tuple[float, float]:
    """An axis maximum >= value and a tick step, both round numbers (1, 2 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0, 1.0
    raw_step = value / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw_step)
    step = max(step, 1.0)  # counts: no fractional ticks
    return math.ceil(value / step) * step, step


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def legend(series: list[Series]) -> str:
    items = "".join(
        f'<li><span class="swatch" style="background:{s.colour}"></span>{escape(s.label)}</li>' for s in series
    )
    return f'<ul class="legend">{items}</ul>'


def empty_chart(message: str) -> str:
    return f'<p class="empty">{escape(message)}</p>'


def column_chart(title: str, categories: list[str], series: list[Series], width: int = 760, height: int = 250) -> str:
    """Vertical stacked columns, one per category (e.g. a week), segments per series (e.g. an authority)."""
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    if not categories or not any(totals):
        return empty_chart(f"{title}: no data for this period.")
    left, right, top, bottom = 44, 12, 14, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    axis_max, step = nice_max(max(totals))
    slot = plot_w / len(categories)
    bar_w = max(4.0, min(48.0, slot * 0.7))
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    tick = 0.0
    while tick <= axis_max + 1e-9:
        y = top + plot_h - tick / axis_max * plot_h
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>')
        tick += step
    label_every = max(1, math.ceil(len(categories) / 14))
    for i, category in enumerate(categories):
        x = left + i * slot + (slot - bar_w) / 2
        y_base = float(top + plot_h)
        for s in series:
            value = s.values[i]
            if value <= 0:
                continue
            h = value / axis_max * plot_h
            y_base -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y_base:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{s.colour}">'
                f"<title>{escape(category)} · {escape(s.label)}: {_fmt(value)}</title></rect>"
            )
        if totals[i]:
            parts.append(
                f'<text class="value" x="{x + bar_w / 2:.1f}" y="{y_base - 4:.1f}" text-anchor="middle">{_fmt(totals[i])}</text>'
            )
        if i % label_every == 0:
            parts.append(
                f'<text class="tick" x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{escape(category)}</text>'
            )
    parts.append(f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}"/>')
    parts.append("</svg>")
    return "".join(parts) + legend(series)


def bar_chart(title: str, categories: list[str], series: list[Series], width: int = 760) -> str:
    """Horizontal stacked bars, one per category (e.g. a country), segments per series (e.g. a deal type)."""
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    if not categories or not any(totals):
        return empty_chart(f"{title}: no data for this period.")
    left, right, top, row_h, bar_h = 130, 48, 8, 28, 18
    height = top * 2 + row_h * len(categories) + 20
    plot_w = width - left - right
    axis_max, step = nice_max(max(totals))
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    bottom_y = top + row_h * len(categories)
    tick = 0.0
    while tick <= axis_max + 1e-9:
        x = left + tick / axis_max * plot_w
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom_y}"/>')
        parts.append(f'<text class="tick" x="{x:.1f}" y="{bottom_y + 16}" text-anchor="middle">{_fmt(tick)}</text>')
        tick += step
    for i, category in enumerate(categories):
        y = top + i * row_h + (row_h - bar_h) / 2
        parts.append(
            f'<text class="label" x="{left - 8}" y="{y + bar_h / 2 + 4:.1f}" text-anchor="end">{escape(category[:20])}</text>'
        )
        x = float(left)
        for s in series:
            value = s.values[i]
            if value <= 0:
                continue
            w = value / axis_max * plot_w
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{bar_h}" fill="{s.colour}">'
                f"<title>{escape(category)} · {escape(s.label)}: {_fmt(value)}</title></rect>"
            )
            x += w
        parts.append(f'<text class="value" x="{x + 6:.1f}" y="{y + bar_h / 2 + 4:.1f}">{_fmt(totals[i])}</text>')
    parts.append(f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{bottom_y}"/>')
    parts.append("</svg>")
    return "".join(parts) + legend(series)
