"""Data quality: GX expectation suites per table, quarantine, dq_results history, Data Docs and reports.

Importing this package is cheap; pandas, duckdb and great_expectations load only when a function runs.
"""

from tradewatch.quality.docs import build_data_docs, rebuild_data_docs
from tradewatch.quality.runner import BatchValidationError, ValidationOutcome, validate_batch
from tradewatch.quality.source_health import source_health_results

__all__ = [
    "BatchValidationError", "ValidationOutcome", "build_data_docs", "rebuild_data_docs", "source_health_results",
    "validate_batch",
]
