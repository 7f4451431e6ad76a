"""Reporting: SQL views and queries, the self-contained HTML briefing, and the analysts' CLI."""

from tradewatch.report.render import render_report, write_report

__all__ = ["render_report", "write_report"]
