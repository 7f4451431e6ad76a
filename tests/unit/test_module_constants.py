"""No module of the library assigns one of its module-level names twice.

The extraction rules are hundreds of module-level patterns: a new one that reuses an existing name replaces the old one
for every rule that reads it, with no error from Python, ruff or mypy (it happened once: two targets of an older
article moved to another state's record)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

LIBRARY = Path(__file__).resolve().parents[2] / "include" / "tradewatch"
MODULES = sorted(LIBRARY.rglob("*.py"))


def _assigned_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:  # module level only: functions and classes have their own scopes
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            names += [t.id for t in ast.walk(target) if isinstance(t, ast.Name)]
    return names


def test_the_library_has_modules_to_check() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(LIBRARY)))
def test_no_module_level_name_is_assigned_twice(module: Path) -> None:
    counts = Counter(_assigned_names(ast.parse(module.read_text(encoding="utf-8"))))
    twice = sorted(name for name, n in counts.items() if n > 1)
    assert not twice, f"{module.name} assigns {twice} more than once at module level"
