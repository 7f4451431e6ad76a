"""Text from outside (a site's error message, a list entry) is printed as text, never read as rich markup: a
"[/bold]" in a source's error made `tradewatch run` fail after its DAGs had finished."""

from __future__ import annotations

from rich.console import Console

from tests.support.harness import Workspace, workspace  # noqa: F401 - fixture
from tradewatch.pipeline_cli import print_summary
from tradewatch.settings import get_settings
from tradewatch.store.db import open_db

HOSTILE = "listing http://x.example/[/bold]: HTTP 500 [red]Internal[/red] [link=file:///etc/passwd]here[/link]"


def test_a_source_error_with_markup_is_printed_as_it_is(workspace: Workspace) -> None:  # noqa: F811
    settings = get_settings()
    with open_db(settings.duckdb_path) as con:
        con.execute("insert into source_runs (run_id, source_id, status, error) values (?, ?, ?, ?)",
                    ["run-1", "src_[b]", "failed", HOSTILE])
    console = Console(record=True, width=400)
    print_summary(console, "run-1", settings)
    out = console.export_text()
    assert HOSTILE in out
    assert "src_[b]" in out


ESCAPES = "OFAC today \x1b]2;PWNED-BY-FEED\x1b\\ \x1b[2J\x1b[41mRED\x9b0m"


def test_terminal_control_sequences_in_scraped_text_are_shown_not_sent(workspace: Workspace, capsys) -> None:  # noqa: F811
    # An article or a server's header may hold "ESC ] 2 ;" (retitle the window) or "ESC [ 2 J" (clear the screen).
    from tradewatch.cli import main

    settings = get_settings()
    with open_db(settings.duckdb_path) as con:
        con.execute("insert into source_runs (run_id, source_id, status, error) values (?, ?, ?, ?)",
                    ["run-1", "src_esc", "failed", ESCAPES])
    assert main(["sql", "select error from source_runs where source_id = 'src_esc'"]) == 0
    out = capsys.readouterr().out
    assert "\x1b]" not in out and "\x1b[2J" not in out and "\x9b" not in out
    assert "\\x1b]2;PWNED-BY-FEED" in out


def test_csv_and_json_to_a_terminal_show_control_sequences_and_to_a_pipe_keep_the_data(
        workspace: Workspace, capsys, monkeypatch) -> None:  # noqa: F811
    import sys

    from tradewatch.cli import main

    settings = get_settings()
    with open_db(settings.duckdb_path) as con:
        con.execute("insert into source_runs (run_id, source_id, status, error) values (?, ?, ?, ?)",
                    ["run-1", "src_esc", "failed", ESCAPES])
    query = "select error from source_runs where source_id = 'src_esc'"
    for fmt in ("csv", "json"):
        assert main(["sql", query, "--format", fmt]) == 0
        piped = capsys.readouterr().out  # piped: the data as stored (JSON writes C0 controls as \u escapes)
        assert ("\x1b]2;" if fmt == "csv" else "\\u001b]2;") in piped and "\x9b" in piped
        with monkeypatch.context() as patch:
            patch.setattr(sys.stdout, "isatty", lambda: True)
            assert main(["sql", query, "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x9b" not in out
        if fmt == "json":
            # hostile probe 16: on a terminal the JSON was made invalid ("\\x9b" is no JSON escape); the same data now
            import json

            assert json.loads(out)[0]["error"] == ESCAPES


def test_extract_prints_a_scraped_c1_control_escaped_and_the_json_keeps_it(tmp_path, capsys) -> None:
    import json

    from tradewatch.cli import main

    page = tmp_path / "a.txt"
    page.write_text("OFAC sanctions Zorvane\x9b2J Trading LLC\n\nOFAC today sanctioned Zorvane\x9b2J Trading LLC.",
                    encoding="utf-8")
    assert main(["extract", str(page)]) == 0
    out = capsys.readouterr().out
    assert "\x9b" not in out and "\\u009b" in out
    assert "\x9b" in json.loads(out)["article"]["title"]  # the same data, written as a JSON escape
