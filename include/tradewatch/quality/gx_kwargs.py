"""GX's kwargs helpers, reading an expectation's configuration once per call instead of once per key.

`Expectation.configuration` is a property that rebuilds an `ExpectationConfiguration` from the
expectation's pydantic fields on every access, and GX's `_get_domain_kwargs`, `_get_success_kwargs`,
`_get_runtime_kwargs` and `_get_success_kwarg` read it inside their per-key loops: ~500 rebuilds per
validation of our suites, a fifth of the validate task's time. The replacements below read it once
per call; they return exactly what GX's return (the property is a pure function of the fields, which
nothing changes during these calls).

They are installed only over the GX code they were written against: each original method's source
is fingerprinted, and any difference (another GX version) leaves GX's own methods in place.
"""

from __future__ import annotations

import hashlib
import inspect
import threading
from typing import Any

from tradewatch.logs import get_logger

log = get_logger("quality.gx_kwargs")

# sha256[:16] of inspect.getsource of each method in great-expectations 1.24.1
_EXPECTED = {
    "_get_success_kwarg": "baef37a186b40871",
    "_get_domain_kwargs": "91ad2a0670ff463a",
    "_get_success_kwargs": "fe376905e18bc525",
    "_get_runtime_kwargs": "4196ca2a2cdb5bbf",
}
_lock = threading.Lock()
_state: dict[str, bool] = {}


def _success_kwarg(self: Any, key: str, default: Any = None, *, _kwargs: dict[str, Any] | None = None) -> Any:
    kwargs = self.configuration.kwargs if _kwargs is None else _kwargs
    if key in kwargs:
        return kwargs[key]
    field = self.__fields__.get(key)
    if field is not None:
        return field.default if not field.required else default
    return _ORIGINALS["_get_success_kwarg"](self, key, default)  # GX's own warning for an unknown key


def _domain_kwargs(self: Any, *, _kwargs: dict[str, Any] | None = None) -> dict[str, Any]:
    from great_expectations.exceptions import InvalidExpectationKwargsError

    kwargs = self.configuration.kwargs if _kwargs is None else _kwargs
    domain_kwargs = {key: kwargs.get(key, self._get_default_value(key)) for key in self.domain_keys}
    missing = set(self.domain_keys) - set(domain_kwargs.keys())
    if missing:
        raise InvalidExpectationKwargsError(f"Missing domain kwargs: {list(missing)}")
    return domain_kwargs


def _success_kwargs(self: Any, *, _kwargs: dict[str, Any] | None = None) -> dict[str, Any]:
    kwargs = self.configuration.kwargs if _kwargs is None else _kwargs
    domain_kwargs = _domain_kwargs(self, _kwargs=kwargs)
    success_kwargs = {key: kwargs.get(key, self._get_default_value(key)) for key in self.success_keys}
    success_kwargs.update(domain_kwargs)
    return success_kwargs


def _runtime_kwargs(self: Any, runtime_configuration: dict[str, Any] | None = None) -> dict[str, Any]:
    from great_expectations.expectations.expectation import parse_result_format

    runtime_configuration = runtime_configuration or {}
    kwargs = self.configuration.kwargs
    success_kwargs = _success_kwargs(self, _kwargs=kwargs)
    runtime_kwargs = {
        key: runtime_configuration.get(key, _success_kwarg(self, key, _kwargs=kwargs)) for key in self.runtime_keys
    }
    runtime_kwargs.update(success_kwargs)
    runtime_kwargs["result_format"] = parse_result_format(runtime_kwargs["result_format"])
    return runtime_kwargs


_REPLACEMENTS = {
    "_get_success_kwarg": _success_kwarg,
    "_get_domain_kwargs": _domain_kwargs,
    "_get_success_kwargs": _success_kwargs,
    "_get_runtime_kwargs": _runtime_kwargs,
}
_ORIGINALS: dict[str, Any] = {}


def _fingerprint(function: Any) -> str | None:
    try:
        return hashlib.sha256(inspect.getsource(function).encode("utf-8")).hexdigest()[:16]
    except (OSError, TypeError):  # no source shipped: cannot tell what it does
        return None


def install() -> bool:
    """Put the replacements in place if GX's methods are the ones they mirror; True when installed."""
    from great_expectations.expectations.expectation import Expectation

    with _lock:
        if "installed" in _state:
            return _state["installed"]
        found = {name: _fingerprint(getattr(Expectation, name, None)) for name in _EXPECTED}
        installed = found == _EXPECTED
        if installed:
            for name, replacement in _REPLACEMENTS.items():
                _ORIGINALS[name] = getattr(Expectation, name)
                setattr(Expectation, name, replacement)
        else:
            log.info("GX differs from the version the kwargs speed-up mirrors; GX's own methods kept",
                     extra={"kv": {"found": found}})
        _state["installed"] = installed
        return installed


def uninstall() -> None:
    """Put GX's own methods back (tests compare both)."""
    from great_expectations.expectations.expectation import Expectation

    with _lock:
        for name, original in _ORIGINALS.items():
            setattr(Expectation, name, original)
        _ORIGINALS.clear()
        _state.clear()
