"""Tradewatch: sanctions and trade news into structured, validated DuckDB tables."""

__version__ = "0.1.0"
