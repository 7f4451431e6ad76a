"""Settings from the environment: numbers parse, and a bad value names its variable and what to do."""

from __future__ import annotations

import pytest

from tradewatch.settings import Settings, SettingsError


def test_defaults_and_set_values(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TRADEWATCH_VALIDATE_BATCH", "TRADEWATCH_MAX_ARTICLES", "TRADEWATCH_TIMEOUT_READ"):
        monkeypatch.delenv(name, raising=False)
    defaults = Settings.from_env()
    assert (defaults.validate_batch_articles, defaults.max_articles_per_source, defaults.timeout_read) == (5000, 50, 30.0)

    monkeypatch.setenv("TRADEWATCH_VALIDATE_BATCH", "1200")
    monkeypatch.setenv("TRADEWATCH_TIMEOUT_READ", "0.5")
    monkeypatch.setenv("TRADEWATCH_MAX_RETRIES", "0")
    got = Settings.from_env()
    assert (got.validate_batch_articles, got.timeout_read, got.max_retries) == (1200, 0.5, 0)
    assert isinstance(got.validate_batch_articles, int)


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("TRADEWATCH_VALIDATE_BATCH", "5k", "must be a whole number"),
        ("TRADEWATCH_VALIDATE_BATCH", "0", "must be at least 1"),
        ("TRADEWATCH_MAX_ARTICLES", "2.5", "must be a whole number"),
        ("TRADEWATCH_TIMEOUT_READ", "soon", "must be a number"),
        ("TRADEWATCH_TIMEOUT_READ", "0", "must be at least"),
        ("TRADEWATCH_MIN_INTERVAL", "-1", "must be at least 0"),
    ],
)
def test_a_bad_value_names_the_variable_and_the_way_out(monkeypatch: pytest.MonkeyPatch, name: str, value: str,
                                                        says: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        Settings.from_env()
    message = str(caught.value)
    assert name in message and says in message and repr(value) in message
    assert "unset it to use the default" in message
