"""Data quality: GX expectation suites per table, quarantine, dq_results history, Data Docs and reports.

Importing this package is cheap; pandas and great_expectations load only when a function runs.
"""

from tradewatch.quality.runner import BatchValidationError, ValidationOutcome, validate_batch

__all__ = ["BatchValidationError", "ValidationOutcome", "validate_batch", "source_health_results", "build_data_docs"]


def __getattr__(name: str) -> object:
    # docs and source_health are imported on first use to keep this package's import small
    if name == "source_health_results":
        from tradewatch.quality.source_health import source_health_results

        return source_health_results
    if name == "build_data_docs":
        from tradewatch.quality.docs import build_data_docs

        return build_data_docs
    raise AttributeError(name)
