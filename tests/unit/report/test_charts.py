"""Inline SVG charts: scales, folding of small series, escaping, empty data."""

from __future__ import annotations

import pytest

from tradewatch.report import charts


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, (1.0, 1.0)), (1, (1.0, 1.0)), (3, (3.0, 1.0)), (7, (8.0, 2.0)), (37, (40.0, 10.0)), (180, (200.0, 50.0))],
)
def test_nice_max_is_round_and_covers_the_value(value, expected):
    assert charts.nice_max(value) == expected


def test_build_series_keeps_the_largest_and_folds_the_rest_into_other():
    categories = ["w1", "w2"]
    cells = {("w1", "A"): 5, ("w2", "A"): 1, ("w1", "B"): 2, ("w2", "C"): 1, ("w1", "D"): 1}
    series = charts.build_series(categories, cells, max_series=2)
    assert [s.label for s in series] == ["A", "B", charts.OTHER]
    assert series[-1].values == [1, 1]
    assert sum(sum(s.values) for s in series) == sum(cells.values())


def test_column_chart_draws_one_rect_per_nonzero_cell_and_escapes_labels():
    categories = ["<w1>", "w2"]
    series = charts.build_series(categories, {("<w1>", "<b>OFAC</b>"): 2, ("w2", "EU"): 3})
    svg = charts.column_chart("Sanctions", categories, series)
    assert svg.count("<rect") == 2
    assert "<b>OFAC</b>" not in svg and "&lt;b&gt;OFAC&lt;/b&gt;" in svg
    assert "&lt;w1&gt;" in svg


def test_bar_chart_widths_are_proportional():
    categories = ["KZ", "TR"]
    series = charts.build_series(categories, {("KZ", "jv"): 4, ("TR", "jv"): 2})
    svg = charts.bar_chart("Deals", categories, series)
    import re

    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert len(widths) == 2 and widths[0] == pytest.approx(2 * widths[1])


@pytest.mark.parametrize("draw", [charts.column_chart, charts.bar_chart])
def test_empty_data_gives_an_empty_state_not_an_svg(draw):
    assert "<svg" not in draw("Nothing", [], [])
    assert "no data" in draw("Nothing", ["a"], [charts.Series("x", "#000", [0.0])])
