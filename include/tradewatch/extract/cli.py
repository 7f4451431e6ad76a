"""`tradewatch extract` (records from one article) and `tradewatch eval` (scores on a gold corpus)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("extract", help="print the sanction and deal records of one article as JSON")
    p.add_argument("path", type=Path, help="article file: .html (main text extracted first; decoded as the crawl "
                   "decodes a page) or .txt (first line = title)")
    p.add_argument("--url", help="the article's URL (recorded in the output; helps HTML metadata)")
    p.add_argument("--published", help="publication date YYYY-MM-DD (resolves 'today', weekdays)")
    p.set_defaults(func=run_extract)

    e = subparsers.add_parser("eval", help="score the extractor against a gold corpus (precision, recall, F1)")
    e.add_argument("corpus_dir", type=Path, help="folder with docs/ and gold/ (format of shared/corpus)")
    e.add_argument("--verbose", action="store_true", help="list every miss and every spurious record")
    e.set_defaults(func=run_eval)


def _read_article(path: Path, url: str | None) -> tuple[str, str | None, dt.date | None, str | None]:
    """(text, title, publication date, language) of the article in `path`."""
    from tradewatch.article.metadata import text_language
    from tradewatch.fetch.http import decode_body

    # The bytes decoded as the crawl decodes a page (a byte-order mark, <meta charset>, then detection): read as UTF-8,
    # a windows-1252 page's "Société Générale" became the target "Soci" (hostile probe 41 F9)
    raw, _ = decode_body(path.read_bytes(), None)
    # (MOFCOM's pages are .shtml: read as text, the title was "<!DOCTYPE html>")
    if path.suffix.lower() in (".html", ".htm", ".shtml", ".xhtml") or raw.lstrip()[:15].lower().startswith(
            ("<!doctype html", "<html")):
        from tradewatch.article.parse import parse_article

        parsed = parse_article(raw, url)
        if parsed.listing:  # (the crawl skips such a page: its teasers are other articles' records)
            print(f"note: {path} is not an article page: {parsed.listing}; the pipeline skips it", file=sys.stderr)
        if parsed.published is None and parsed.unread_date:
            print(f"note: the page's publication date {parsed.unread_date!r} could not be read", file=sys.stderr)
        return parsed.text or "", parsed.title, parsed.published, parsed.language
    title, _, body = raw.partition("\n")
    from tradewatch.article.parse import clean_text

    # (the body's characters are cleaned by extract_records, its offsets kept in the file's text)
    body = body.lstrip("\n")
    return body, clean_text(title) or None, None, text_language(body, None)


def _note_unresolved(text: str) -> None:
    """Say on stderr which relative dates ("on Friday", "yesterday", "3 March") were left undated for want of a
    publication date (hostile probe 33 F13: the records said "date": null and nothing said why)."""
    from tradewatch.extract.dates import find_dates

    # (any day resolves them: only whether the text has any matters here)
    relative = [text[d.start : d.end] for d in find_dates(text, dt.date(2000, 6, 15)) if d.relative]
    if relative:
        shown = ", ".join(repr(r) for r in dict.fromkeys(relative[:3]))
        print(f"note: {len(relative)} relative date(s) ({shown}{', ...' if len(relative) > 3 else ''}) not resolved: "
              "no publication date (the page gives none we can read); give --published YYYY-MM-DD", file=sys.stderr)


def run_extract(args: argparse.Namespace) -> int:
    from tradewatch.extract import extract_records, read_for_records

    raw_path = str(args.path)
    if raw_path.startswith(("http:/", "https:/")):
        # (argparse's Path had made "https://x/a.html" into "https:/x/a.html", said to be no file: hostile probe 22)
        print(f"error: {raw_path.replace(':/', '://', 1)} is a web address: extract reads a saved page. Save it first "
              "(e.g. curl -o page.html URL), then run: tradewatch extract page.html --url URL", file=sys.stderr)
        return 2
    if not args.path.is_file():
        print(f"error: {args.path} is not a file; give the path of an .html or .txt article", file=sys.stderr)
        return 2
    from tradewatch.settings import get_settings

    limit = get_settings().max_bytes
    size = args.path.stat().st_size
    if size > limit:
        # (a 200 MB page took 46 s and 2.1 GB: the pipeline refuses pages over TRADEWATCH_MAX_BYTES, so does this)
        print(f"error: {args.path} is {size / 1e6:.1f} MB, over the page size limit ({limit / 1e6:.1f} MB, "
              "TRADEWATCH_MAX_BYTES): no article is that long; raise the limit to read it anyway", file=sys.stderr)
        return 2
    with args.path.open("rb") as f:
        head = f.read(8192)
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # (UTF-16 text has NULs and a BOM)
        print(f"error: {args.path} is not text (it holds NUL bytes: a binary file); give an .html or .txt article",
              file=sys.stderr)
        return 2
    published = None
    if args.published:
        try:
            published = dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"error: --published {args.published!r} is not a date; use YYYY-MM-DD", file=sys.stderr)
            return 2
    text, title, found, language = _read_article(args.path, args.url)
    published = published or found
    if read_for_records(language):
        records = extract_records(text, title=title, published=published, url=args.url)
    else:  # (as a run: no records from a text the rules cannot read, rather than none or junk without a word)
        why = f"the article is in {language}: no records extracted; the extractor reads English only"
        print(f"note: {why}", file=sys.stderr)
        records = {"sanctions": [], "deals": [], "notes": [why]}
    if published is None:
        _note_unresolved(text)
    out = {
        "article": {"title": title, "url": args.url, "published": published.isoformat() if published else None,
                    "language": language},
        **records,
    }
    from tradewatch.terminal import json_text

    print(json_text(json.dumps(out, ensure_ascii=False, indent=2)))  # a scraped C1 control (U+009B) stays inert
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    from tradewatch.extract import EXTRACTOR_VERSION
    from tradewatch.extract.scoring import GoldError, evaluate
    from tradewatch.terminal import SafeConsole as Console

    console = Console()
    try:
        report, _ = evaluate(args.corpus_dir)
    except (FileNotFoundError, GoldError) as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        return 2
    if report.skipped:
        shown = ", ".join(report.skipped[:5]) + (" ..." if len(report.skipped) > 5 else "")
        console.print(f"[yellow]{len(report.skipped)} gold file(s) not scored: no docs/<id>.txt for {escape(shown)}[/yellow]")
    table = Table(title=escape(f"Extractor {EXTRACTOR_VERSION} on {args.corpus_dir} ({report.documents} documents)"))
    for col in ("unit", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col != "unit" else "left")
    for label, c in (("sanction targets", report.targets), ("sanction events", report.events), ("deal parties", report.parties)):
        table.add_row(label, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
    console.print(table)
    fields = Table(title="Field accuracy on matched records")
    fields.add_column("field")
    fields.add_column("correct / total", justify="right")
    fields.add_column("accuracy", justify="right")
    for name, (ok, total) in sorted(report.fields.items()):
        fields.add_row(name, f"{ok} / {total}", f"{ok / total:.3f}" if total else "-")
    console.print(fields)
    if args.verbose:
        errors = Table(title="Misses and spurious records")
        errors.add_column("doc")
        errors.add_column("error")
        errors.add_column("unit")
        errors.add_column("value", overflow="fold")
        for doc, kind, value in report.misses:
            errors.add_row(Text(doc), "[yellow]miss[/yellow]", kind, Text(str(value)))
        for doc, kind, value in report.spurious:
            errors.add_row(Text(doc), "[red]spurious[/red]", kind, Text(str(value)))
        console.print(errors)
    return 0
