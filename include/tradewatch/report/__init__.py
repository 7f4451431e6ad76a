"""Reporting: SQL views and queries, the self-contained HTML briefing, and the analysts' CLI."""
