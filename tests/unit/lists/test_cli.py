"""`tradewatch screen` and `tradewatch lists refresh` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.lists.lists_support import write_registry
from tradewatch.cli import main


def test_screen_without_lists_says_what_to_do(env, capsys) -> None:
    assert main(["screen", "Rosneft"]) == 1
    assert "lists refresh" in capsys.readouterr().out


def test_refresh_then_screen(served, env, tmp_path: Path, capsys) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url)
    assert main(["lists", "refresh", "--registry", str(registry)]) == 0
    capsys.readouterr()
    assert main(["screen", "Роснефть", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["matches"][0]["entity_id"] == "us_ofac_sdn:25370"
    assert out["matches"][0]["programs"] == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    assert main(["screen", "Viktor But"]) == 0  # the table, for people
    assert "BOUT" in capsys.readouterr().out


def test_refresh_reports_failures(served, env, tmp_path: Path, capsys) -> None:
    registry = write_registry(tmp_path / "registry", served.base_url, ("un_sc",))
    (served.root / "un_sc.xml").unlink()
    assert main(["lists", "refresh", "--registry", str(registry)]) == 1
    assert "failed" in capsys.readouterr().out
