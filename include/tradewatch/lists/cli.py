"""`tradewatch screen NAME` and `tradewatch lists refresh|changes`: the analyst's view of the lists."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tradewatch.cli_args import whole_number


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("screen", help="screen a name against the loaded sanctions lists")
    p.add_argument("name", help='the name to screen, e.g. "PJSC Sberbank"')
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--threshold", type=_score, default=80.0,
                   help="lowest score shown (0-100, default 80: below TRADEWATCH_MATCH_THRESHOLD, the lowest the deal and "
                        "news views flag, so that near misses show; the 'in views' column says which are flagged)")
    p.add_argument("--limit", type=whole_number(1, 1000), default=10, help="most matches shown (default 10)")
    p.add_argument("--country", type=_country, default=None, metavar="CC",
                   help="where the name's bearer is (ISO 3166-1 alpha-2, as a deal party's or sanction target's "
                        "country): a partial name's match of an entry listed in other countries only scores 10 less")
    p.add_argument("--db", type=Path, default=None, help="DuckDB file (default: TRADEWATCH_DUCKDB)")
    p.set_defaults(func=run_screen)

    lists = subparsers.add_parser("lists", help="official sanctions lists: refresh, recent changes")
    sub = lists.add_subparsers(dest="lists_command", metavar="SUBCOMMAND")
    refresh = sub.add_parser("refresh", help="download, parse and load every enabled list (what the DAG does)")
    refresh.add_argument("--registry", help="registry folder of <list_id>.yml files (default TRADEWATCH_LISTS_DIR)")
    refresh.add_argument("--accept-shrink", action="append", default=[], metavar="LIST_ID",
                         help="load this list's new version although it has far fewer entries or names than the loaded one "
                              "(after checking the download); repeatable")
    refresh.add_argument("--reparse", action="store_true",
                         help="parse each loaded list's stored download again, though unchanged (a version an older "
                              "parser loaded is parsed again without it)")
    refresh.set_defaults(func=run_refresh)
    changes = sub.add_parser("changes", help="entries added, removed or changed in recent list versions")
    changes.add_argument("--list", dest="list_id", help="only this list_id")
    changes.add_argument("--days", type=whole_number(1, 3650, "days"), default=7, help="look back this many days (default 7, at most 3650)")
    changes.add_argument("--limit", type=whole_number(1, 1000), default=200,
                         help="most changes listed (1-1000, default 200; the totals per list cover them all)")
    changes.set_defaults(func=run_changes)
    lists.set_defaults(func=lambda args: (lists.print_help(), 2)[1])


# What each method of a match means (`scoring.score_pair`), printed under `screen`'s table for the methods in it.
METHODS = {
    "exact": "the same name once normalised (case, accents, transliteration, word order, legal-form spellings)",
    "fuzzy": "the whole names spelt alike",
    "core": "alike once generic words (Trading, International, Group...) are dropped; 2 points off",
    "tokens": "each word spelt like a word of the other name",
    "subset": "every word of the shorter name in the longer one; 2 points off per extra word",
    "glued": "the same letters, split or glued otherwise (Sber Bank ~ SBERBANK); 2 points off",
    "form": "legal forms of different kinds (LLC ~ FZE); 10 points off",
    "kind": "an organisation's name against a person entry; 30 points off",
    "partial": "a listed person's given name and first surname, as the list splits the name; 4 points off per listed "
               "word left out",
    "country": "two names of different countries, or a partial name placed elsewhere than the entry; 10 points off",
}


def _country(value: str) -> str:
    if len(value) != 2 or not value.isascii() or not value.isalpha():
        raise argparse.ArgumentTypeError(f"{value!r} is no two-letter country code (ISO 3166-1 alpha-2, e.g. VE)")
    return value.upper()


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number: give a score from 0 to 100") from None
    if not 0 <= score <= 100:  # (also refuses nan: it compares false to everything, and listed every candidate)
        raise argparse.ArgumentTypeError(f"{value!r} is not a score from 0 to 100")
    return score


def _open_read_only(db: Path | None = None) -> tuple[Any, str | None]:
    from tradewatch.settings import get_settings
    from tradewatch.store.db import connect

    path = db or get_settings().duckdb_path
    if not path.exists():
        from tradewatch.settings import in_checkout

        return None, f"no database at {path}: run `tradewatch lists refresh`{' (or `make demo`)' if in_checkout() else ''} first"
    con = connect(path, read_only=True)
    loaded = con.execute(
        "select count(*) from information_schema.tables where table_name = 'list_names'"
    ).fetchall()[0][0]
    names = con.execute("select count(*) from list_names").fetchall()[0][0] if loaded else 0
    if not names:
        con.close()
        return None, "no sanctions lists are loaded yet: run `tradewatch lists refresh` (or the sanctions_lists DAG)"
    return con, None


def run_screen(args: argparse.Namespace) -> int:
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    from tradewatch.lists.matching import MAX_MATCHES_PER_NAME, screen_result
    from tradewatch.lists.normalise import tokens
    from tradewatch.terminal import SafeConsole as Console

    console = Console()
    if not tokens(args.name):
        # "screen ''" answered "No list entry scores 80 or more for ." and exit 0: a script screening an empty field
        # would have recorded it as not listed (hostile probe 18)
        console.print("Give a name with letters or digits to screen (this one has none); nothing was screened.",
                      style="yellow", markup=False, highlight=False)
        return 2
    con, problem = _open_read_only(getattr(args, "db", None))
    if con is None:
        console.print(problem, style="yellow", markup=False, highlight=False)
        return 1
    try:
        result = screen_result(con, args.name, threshold=args.threshold, limit=args.limit,
                               country=getattr(args, "country", None))
        found = result["matches"]
        versions = con.execute(
            "select list_id, list_version, fetched_at from list_versions where is_current order by list_id"
        ).fetchall()
    finally:
        con.close()
    if args.json:
        from tradewatch.terminal import json_text

        print(json_text(json.dumps({"query": args.name, "matches": found, "more_matches": result["more"],
                                    "stored_threshold": result["stored_threshold"],
                                    "configured_threshold": result["configured_threshold"],
                                    "recently_removed": result["recently_removed"]}, ensure_ascii=False, indent=2)))
        return 0
    # (no highlighter on the name: rich's spent a minute on a 100,000-character one, hostile probe 14; a long one is cut)
    shown = args.name if len(args.name) <= 200 else f"{args.name[:200]}… ({len(args.name):,} characters)"
    if not found:
        console.print(f"No list entry scores {args.threshold:g} or more for [bold]{escape(shown)}[/bold].", highlight=False)
    else:
        table = Table(title=escape(f"Sanctions-list matches for {shown!r}"), highlight=False)
        for column in ("score", "list entry", "listed name", "matched on", "programs", "countries", "listed on",
                       "in views"):
            table.add_column(column, overflow="fold")
        for m in found:
            matched_on = m["matched_name"] if m["matched_name"] != m["primary_name"] else "(primary name)"
            table.add_row(*(Text(str(v)) for v in (  # list entries are text from outside: no markup
                f"{m['score']:.1f} {m['method']}", f"{m['entity_id']}\n{m['kind'] or ''}", m["primary_name"] or "",
                matched_on, ", ".join(m["programs"]), ", ".join(m["countries"]), m["listed_on"] or "", m["in_views"],
            )))
        console.print(table)
        if result["more"]:
            more = result["more"]
            console.print(f"{more} more list {'entry scores' if more == 1 else 'entries score'} {args.threshold:g} or "
                          "more: raise --limit to see them.", highlight=False)
        # (hostile probe 29 F6: a match shown here and no flag in the views, with nothing to say why)
        stored = result["stored_threshold"]
        methods = sorted({part for m in found for part in m["method"].split("+")} & set(METHODS),
                         key=list(METHODS).index)
        configured = result["configured_threshold"]
        # (hostile probe 34 F5: the views keep the threshold they were computed at until the next load or refresh)
        setting = ("TRADEWATCH_MATCH_THRESHOLD" if configured == stored else
                   f"the threshold they were computed at; TRADEWATCH_MATCH_THRESHOLD is now {configured:g}, and the "
                   "next load or `tradewatch lists refresh` screens the stored names again at it")
        console.print(
            f"Scores run to 100. The deal and news views flag a name's matches of {stored:g} or more "
            f"({setting}), at most {MAX_MATCHES_PER_NAME} a name, the best of each list among them: "
            "'in views' says which of these they flag. Methods: "
            + "; ".join(f"{method}: {METHODS[method]}" for method in methods) + ".",
            style="dim", markup=False, highlight=False,
        )
    for gone in result["recently_removed"]:
        # (hostile probe 31 F13: a name delisted that morning read as never listed)
        console.print(Text(
            f"Removed from {gone['list_id']} on {gone['removed_at'][:16].replace('T', ' ')} UTC: {gone['entity_id']} "
            f"{gone['listed_name']!r} (scored {gone['score']:.1f}; `tradewatch lists changes --list {gone['list_id']}` "
            "shows the change)."), style="yellow", highlight=False)
    console.print(
        "Lists: " + ", ".join(f"{lid} ({str(ver)[:12]}, {fetched:%Y-%m-%d})" for lid, ver, fetched in versions),
        style="dim",
    )
    return 0


def run_refresh(args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    from tradewatch.lists.refresh import refresh_lists
    from tradewatch.settings import get_settings
    from tradewatch.terminal import SafeConsole as Console

    console = Console()
    if args.accept_shrink:
        from tradewatch.lists.registry import read_registry

        sources, errors = read_registry(args.registry, include_disabled=True)
        known = {src.list_id for src in sources} | set(errors)
        unknown = sorted(set(args.accept_shrink) - known)
        if unknown:
            # (a misspelt id was accepted without a word, and the list it meant stayed refused: hostile probe 22)
            console.print(f"error: --accept-shrink names no list of the registry: {', '.join(unknown)}; the lists are "
                          f"{', '.join(sorted(known)) or 'none'}.", markup=False, highlight=False)
            return 2
    # (hostile probe 34 F8: run from another folder, the refresh built and filled a second warehouse without a word)
    database = get_settings().duckdb_path
    console.print(f"DuckDB: {database}" + ("" if database.exists() else " (no file there yet: a new one is made)"),
                  highlight=False, markup=False)
    from tradewatch.files import check_folder_writable
    from tradewatch.store.db import check_writable

    # before any download: a warehouse that cannot take the lists was found only at the load (hostile probe 47 F9)
    check_folder_writable(get_settings().data_dir, "TRADEWATCH_DATA_DIR")  # (the downloads are kept there)
    check_writable(database)
    with console.status("Downloading and loading sanctions lists..."):
        results = refresh_lists(args.registry, raise_on_failure=False, accept_shrink=frozenset(args.accept_shrink),
                                reparse=args.reparse)
    table = Table(title="Sanctions lists")
    for column in ("list", "status", "entities", "added", "removed", "changed", "kept (no name)", "error"):
        table.add_column(column, overflow="fold")
    for item in results["staged"]:
        loaded = results["lists"].get(item["list_id"], {})
        table.add_row(*(Text(str(v)) for v in (
            item["list_id"], loaded.get("status") or ("failed" if item["list_id"] in results["failed"] else item["status"]),
            loaded.get("entities", ""),
            # (a first version records no changes: "added 0" read as "nothing on the list", hostile probe 31 F13)
            *(("first version", "", "") if loaded.get("first") else
              (loaded.get("added", ""), loaded.get("removed", ""), loaded.get("changed", ""))),
            loaded.get("nameless_kept", ""),
            _short(results["failed"].get(item["list_id"]) or ""),
        )))
    console.print(table)
    for item in results["staged"]:
        loaded = results["lists"].get(item["list_id"], {})
        if loaded.get("status") == "reparsed":
            # (hostile probe 34 F4: a parser fix reached a list only when its publisher changed the file)
            console.print(f"{item['list_id']}: the loaded version's download was parsed again by this parser "
                          f"(version {item.get('parser_version')}): {loaded.get('names_before')} names before, "
                          f"{loaded.get('names')} now; not counted as the publisher's changes.",
                          markup=False, highlight=False)
        if item.get("warning"):
            console.print(Text.assemble(("warning", "yellow"), f" {item['list_id']}: {item['warning']}"), highlight=False)
    if results["matches"] is not None:
        console.print(f"Matches recomputed: {results['matches']} rows in `matches`.")
    if results["failed"]:
        console.print("[red]Some lists failed[/red]: each one's error above says why (its current version is kept); "
                      "check the URL in the registry file if it says so, or rerun with -v.")
        return 1
    return 0


def run_changes(args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    from tradewatch.lists.store import sql
    from tradewatch.terminal import SafeConsole as Console

    console = Console()
    con, problem = _open_read_only()
    if con is None:
        console.print(problem, style="yellow", markup=False, highlight=False)
        return 1
    where = "where changed_at >= current_timestamp - to_days(?) and (? is null or list_id = ?)"
    params = [args.days, args.list_id, args.list_id]
    try:
        # the newest --limit changes (30,000 printed took 20 s and 335 MB), and the totals of all of them
        rows = con.execute(
            "select changed_at, list_id, change, entity_id, primary_name, detail from list_changes "  # noqa: S608 - fixed text
            f"{where} order by changed_at desc, list_id, change, entity_id limit ?", [*params, args.limit],
        ).fetchall()
        totals = con.execute(
            f"select list_id, change, count(*) from list_changes {where} group by all order by all", params,  # noqa: S608
        ).fetchall()
        known = ([r[0] for r in con.execute("select distinct list_id from list_versions order by 1").fetchall()]
                 if not rows and args.list_id else [])
        keys = sorted({f"{r[1]}|{r[3]}" for r in rows})
        flagged = {(r[0], r[1]): r[2:] for r in con.execute(sql("change_records.sql"), {"entity_keys": keys}).fetchall()}
    finally:
        con.close()
    if not rows and args.list_id and args.list_id not in known:
        # (a misspelt id read as "nothing changed": hostile probe 22)
        console.print(f"No list {args.list_id!r} is loaded; the lists are {', '.join(known) or 'none yet'}.",
                      markup=False, highlight=False)
        return 2
    if not rows:
        console.print("No list changes in that period.")
        return 0
    table = Table(title=f"List changes in the last {args.days} days")
    for column in ("when (UTC)", "list", "change", "entity", "name", "detail", "stored records flagged"):
        table.add_column(column, overflow="fold")
    for when, list_id, change, entity_id, name, detail in rows:
        records = _flagged(*flagged.get((list_id, entity_id), (0, [], 0)))
        table.add_row(*(Text(str(v)) for v in (f"{_utc(when):%Y-%m-%d %H:%M}", list_id, change, entity_id, name or "",
                                                detail or "", records)))
    console.print(table)
    console.print("stored records flagged: the deals and sanctions whose party or target the entry's matches flag now "
                  "(in v_deals_with_listed_parties and v_news_about_listed_entities); a removed entry flags none.",
                  style="dim", highlight=False, markup=False)
    total = sum(n for _l, _c, n in totals)
    if total > len(rows):
        console.print(f"{total:,} changes, the newest {len(rows)} shown (use --limit, --list or --days): "
                      + ", ".join(f"{list_id} {change} {n:,}" for list_id, change, n in totals), style="dim", highlight=False)
    return 0


def _utc(moment: Any) -> Any:
    """`moment` in UTC (DuckDB hands a timestamptz over in the machine's own zone)."""
    from datetime import UTC

    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _flagged(deals: int, deal_ids: list[str], sanctions: int) -> str:
    """'2 deals (d1, d2), 1 sanction': the stored records an entry flags, naming the first deals."""
    parts = []
    if deals:
        more = ", ..." if deals > len(deal_ids) else ""
        parts.append(f"{deals:,} deal{'s' if deals != 1 else ''} ({', '.join(deal_ids)}{more})")
    if sanctions:
        parts.append(f"{sanctions:,} sanction{'s' if sanctions != 1 else ''}")
    return ", ".join(parts) or "none"


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
