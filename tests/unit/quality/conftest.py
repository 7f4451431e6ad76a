"""Fixtures for the quality tests."""

from __future__ import annotations

import pandas as pd
import pytest

from .batches import make_batch


@pytest.fixture
def batch() -> dict[str, pd.DataFrame]:
    return make_batch()
