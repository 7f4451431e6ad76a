"""Fixtures for the reliability suite (helpers live in tests/support/harness.py)."""

from tests.support.harness import servers, workspace

__all__ = ["servers", "workspace"]
