"""`tradewatch reextract`: stored articles' records made again by the installed extractor.

A page the crawl finds unchanged (a 304, the same bytes) is not parsed again, so its records keep the extractor
version they were made with (`article_extractions`, `extractor_version` on every record). This re-runs record
extraction over the stored text of the articles another version made, batch by batch: each batch's records are
validated by the same expectations as a run's, then replace the old ones in one transaction, together with the
articles' version, so a crash leaves every article with its old records or its new ones, never part of either, and a
second pass finds nothing left to do. The articles' names are screened again afterwards (marked due first, as a load
does: a crash before the screening leaves it for the next load or refresh).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from tradewatch.logs import get_logger
from tradewatch.settings import Settings, get_settings

log = get_logger("reextract")

# Articles re-extracted, validated and replaced together. A GX batch costs a near-fixed ~0.5 s, extraction a few ms an
# article: 250 keeps the fixed part small and a progress line every few seconds.
BATCH_ARTICLES = 250
_RECORD_TABLES = ("sanctions", "sanction_targets", "deals", "deal_parties")
_UNKNOWN = "(unknown)"  # an article stored before versions were kept, that yielded no records


# What `article_extractions` holds, worked out from the records, for a file its migration has not reached yet (a
# `--dry-run` opens the file read-only, so it does not migrate it): as the migration fills the table.
_VERSIONS_FROM_RECORDS = (
    "(select article_id, min(extractor_version) as extractor_version from (select article_id, extractor_version from "
    "sanctions union all select article_id, extractor_version from deals) group by article_id)"
)


def versions_table(con: Any) -> str:
    """`article_extractions`, or a subquery of what it would hold for a file its migration has not reached."""
    found = con.execute("select count(*) from information_schema.tables where table_schema = 'main' "
                        "and table_name = 'article_extractions'").fetchall()[0][0]
    return "article_extractions" if found else _VERSIONS_FROM_RECORDS


def articles_to_reextract(con: Any, *, everything: bool = False, among: Sequence[str] | None = None) -> list[str]:
    """Ids of the stored articles whose records an older extractor version made (an unknown version counts as
    older), or of every stored article with `everything`; only those in `among` when given. In id order.

    Records a newer version made are never among them, even with `everything`: after a rollback, or with workers of
    two releases during a deploy, the older code "re-extracted" them downwards, and records flipped between versions
    from run to run (hostile probe 34 F11). `newer_than_installed` counts them, for a note."""
    from tradewatch.extract import EXTRACTOR_VERSION

    sql = (f"select a.article_id from articles as a left join {versions_table(con)} as e using (article_id) "
           "where (? or e.extractor_version is distinct from ?) "
           "and (e.extractor_version is null or e.extractor_version not in (select unnest(?)))")
    params: list[Any] = [everything, EXTRACTOR_VERSION, newer_versions(con)]
    if among is not None:
        sql += " and a.article_id in (select unnest(?))"
        params.append(list(among))
    return [row[0] for row in con.execute(sql + " order by a.article_id", params).fetchall()]


def newer_than_installed(con: Any, *, among: Sequence[str] | None = None) -> dict[str, int]:
    """How many stored articles (of `among` when given) each extractor version newer than the installed one made."""
    newer = newer_versions(con)
    if not newer:
        return {}
    sql = (f"select extractor_version, count(*) from {versions_table(con)} "
           "where extractor_version in (select unnest(?))")
    params: list[Any] = [newer]
    if among is not None:
        sql += " and article_id in (select unnest(?))"
        params.append(list(among))
    return {version: count for version, count in con.execute(sql + " group by 1 order by 1", params).fetchall()}


def newer_versions(con: Any) -> list[str]:
    """The stored extractor versions newer than the installed one, compared number by number (0.1.123 > 0.1.99)."""
    from tradewatch.extract import EXTRACTOR_VERSION

    installed = version_key(EXTRACTOR_VERSION)
    stored = con.execute(f"select distinct extractor_version from {versions_table(con)} "
                         "where extractor_version is not null").fetchall()
    return [v for (v,) in stored if (key := version_key(v)) is not None and installed is not None and key > installed]


def version_key(version: str) -> tuple[int, ...] | None:
    """"0.1.123" as (0, 1, 123), to compare by number; None for a version not written so (counted as older)."""
    parts = version.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None


def newer_note(newer: dict[str, int]) -> str:
    """What to say of the articles a newer extractor made, left as they are."""
    from tradewatch.extract import EXTRACTOR_VERSION

    made = ", ".join(f"{count} by {version}" for version, count in newer.items())
    return (f"{sum(newer.values())} stored articles have records made by a newer extractor than this one "
            f"({EXTRACTOR_VERSION}): {made}; they are left as they are. This Tradewatch is older than the one that "
            "made them (a rollback, or a worker not yet upgraded): upgrade it, and run `tradewatch reextract` from "
            "the newest release if needed.")


def versions_of(con: Any, article_ids: Sequence[str]) -> dict[str, int]:
    """How many of the articles each extractor version made ("(unknown)": stored before versions were kept)."""
    rows = con.execute(
        "select coalesce(e.extractor_version, ?) as v, count(*) from (select unnest(?) as article_id) as a "
        f"left join {versions_table(con)} as e using (article_id) group by v order by v", [_UNKNOWN, list(article_ids)]
    ).fetchall()
    return {version: count for version, count in rows}


def reextract_articles(con: Any, article_ids: Sequence[str], *, run_id: str, at: datetime,
                       settings: Settings | None = None,
                       progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Re-extract the records of the stored articles `article_ids` through `con` (writable), then screen them.

    Records failing an expectation go to `quarantine` under `run_id` (replacing what an earlier pass with that run id
    put there for these articles); `at` is their `quarantined_at` and the validation's time. Returns counts."""
    from tradewatch.pipeline import _screening_done, _screening_pending, match_articles

    settings = settings or get_settings()
    ids = list(dict.fromkeys(article_ids))
    summary: dict[str, Any] = {"articles": 0, "records_before": 0, "records_after": 0, "quarantined": 0,
                               "matches": None}
    # Due first (a crash between a batch's commit and the screening below leaves them for the next load or refresh);
    # already due (an earlier pass or load stopped before its screening): every article is screened.
    stale = _screening_pending(con, settings.match_threshold)
    for start in range(0, len(ids), BATCH_ARTICLES):
        batch = ids[start:start + BATCH_ARTICLES]
        got = _reextract_batch(con, batch, run_id=run_id, at=at)
        for key in ("articles", "records_before", "records_after", "quarantined"):
            summary[key] += got[key]
        if progress is not None:
            progress(min(start + len(batch), len(ids)), len(ids))
    if ids or stale:
        summary["matches"] = match_articles(con, None if stale else ids, settings, as_of=at)
    _screening_done(con)
    log.info("articles re-extracted", extra={"kv": {"run": run_id, **{k: v for k, v in summary.items() if v is not None}}})
    return summary


def _extracted(con: Any, *, run_id: str, at: datetime) -> tuple[Any, dict[str, Any]]:
    """The articles in `tw_reextract_ids` (Arrow) and their records made again and validated, with the rows to
    quarantine ("quarantine"), as Arrow tables: nothing written."""
    import pyarrow as pa

    from tradewatch.article.metadata import text_language
    from tradewatch.pipeline import COLUMNS, Staged, add_records, arrow_schema
    from tradewatch.quality import validate_batch

    columns = ", ".join(f'a."{c}"' for c in COLUMNS["articles"])
    articles = con.sql(f"select {columns} from articles as a semi join tw_reextract_ids using (article_id)"
                       ).to_arrow_table()
    staged = Staged()
    for row in articles.select(["article_id", "text", "title", "published_at", "url", "language"]).to_pylist():
        published = row["published_at"].astimezone(UTC).date() if row["published_at"] else None
        # as the crawl calls it: the stored text (the rules read at most extract.MAX_TEXT_CHARS of it), in the language
        # its text shows (one stored before that was looked at may say "en" over a Japanese page)
        add_records(staged, row["article_id"], row["text"] or "", row["title"], published, row["url"],
                    language=text_language(row["text"] or "", row["language"]))
    frames = {t: pa.Table.from_pylist(staged.rows[t], schema=arrow_schema(t)).to_pandas() for t in _RECORD_TABLES}
    outcome = validate_batch(frames, run_id=run_id, validated_at=at, reference={"articles": articles.to_pandas()})
    quarantine = outcome.quarantine
    if len(quarantine):  # an article failing now takes its records with it; the stored article itself stays
        quarantine = quarantine[quarantine["table_name"] != "articles"]
    clean = {t: pa.Table.from_pandas(outcome.clean[t].reindex(columns=COLUMNS[t]), schema=arrow_schema(t),
                                     preserve_index=False) for t in _RECORD_TABLES}
    clean["quarantine"] = pa.Table.from_pandas(quarantine.reindex(columns=COLUMNS["quarantine"]),
                                               schema=arrow_schema("quarantine"), preserve_index=False)
    return articles, clean


# Articles the dry run re-extracts and validates (writing nothing) to time the command
SAMPLE_ARTICLES = 50


def estimate_seconds(con: Any, article_ids: Sequence[str]) -> tuple[float, int]:
    """How long re-extracting `article_ids` takes, and the sample it was measured on: one of them made again and
    validated (nothing written), then up to SAMPLE_ARTICLES, after a first pass that warms up. A batch's validation costs a near-fixed time (the first),
    extraction a time per article (the difference); writing and screening the names are not in it (hostile probe 39 F3:
    2,880 articles held the write lock for 51 s, and the dry run did not say so)."""
    import time

    import pyarrow as pa

    ids = list(article_ids)
    sample = ids[::max(1, len(ids) // SAMPLE_ARTICLES)][:SAMPLE_ARTICLES]  # (spread over the ids)
    took = []
    for part in (sample[:1], sample[:1], sample):  # (the first warms up: it loads the expectations, ~10 s)
        con.register("tw_reextract_ids", pa.table({"article_id": pa.array(part, pa.string())}))
        try:
            started = time.perf_counter()
            _extracted(con, run_id="reextract estimate", at=datetime.now(UTC))
            took.append(time.perf_counter() - started)
        finally:
            con.unregister("tw_reextract_ids")
    fixed, per_article = took[1], max(0.0, took[2] - took[1]) / max(1, len(sample) - 1)
    return fixed * -(-len(ids) // BATCH_ARTICLES) + per_article * len(ids), len(sample)


def duration(seconds: float) -> str:
    """"40 s", "12 min", "2.5 h"."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


def _reextract_batch(con: Any, article_ids: list[str], *, run_id: str, at: datetime) -> dict[str, int]:
    import pyarrow as pa

    from tradewatch.extract import EXTRACTOR_VERSION
    from tradewatch.store.db import transaction

    ids = pa.table({"article_id": pa.array(article_ids, pa.string())})
    con.register("tw_reextract_ids", ids)
    try:
        articles, clean = _extracted(con, run_id=run_id, at=at)
        quarantine = clean["quarantine"]
        before = _records_of(con)
        for table, frame in clean.items():
            con.register(f"tw_new_{table}", frame)
        try:
            with transaction(con):
                for table in _RECORD_TABLES:  # fixed names, not input
                    con.execute(f"delete from {table} where article_id in (select article_id from tw_reextract_ids)")
                    con.execute(f"insert into {table} by name select * from tw_new_{table}")
                con.execute("delete from quarantine where run_id = ? and article_id in "
                            "(select article_id from tw_reextract_ids)", [run_id])
                con.execute("insert into quarantine by name select * from tw_new_quarantine")
                con.execute("delete from article_extractions where article_id in (select article_id from tw_reextract_ids)")
                con.execute("insert into article_extractions select article_id, ? from articles "
                            "semi join tw_reextract_ids using (article_id)", [EXTRACTOR_VERSION])
        finally:
            for table in clean:
                con.unregister(f"tw_new_{table}")
        after = _records_of(con)
    finally:
        con.unregister("tw_reextract_ids")
    return {"articles": articles.num_rows, "records_before": before, "records_after": after,
            "quarantined": len(quarantine)}


def _records_of(con: Any) -> int:
    """Sanctions and deals of the articles in `tw_reextract_ids`."""
    (count,), = con.execute(
        "select (select count(*) from sanctions semi join tw_reextract_ids using (article_id)) "
        "+ (select count(*) from deals semi join tw_reextract_ids using (article_id))").fetchall()
    return int(count)


# ---------------------------------------------------------------------------------------------------
# the command


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "reextract",
        help="re-run record extraction over stored articles whose records an older extractor made",
        description="Records keep the extractor version they were made with, and a page that has not changed is "
                    "not parsed again. This makes the records of the stored articles another version made again "
                    "with the installed extractor (validated, quarantined and screened as a run's), article by "
                    "article all or nothing; articles already at this version are left as they are.",
    )
    p.add_argument("--all", action="store_true", dest="everything",
                   help="every stored article, including those this version made already")
    p.add_argument("--dry-run", action="store_true",
                   help="say how many articles would be re-extracted and about how long it takes, change nothing")
    p.set_defaults(func=run_reextract)


def run_reextract(args: argparse.Namespace) -> int:
    import time

    from tradewatch.extract import EXTRACTOR_VERSION
    from tradewatch.pipeline import LOAD_WAIT_SECONDS
    from tradewatch.store.db import open_db

    settings = get_settings()
    if not settings.duckdb_path.exists():
        print(f"no database at {settings.duckdb_path}: nothing to re-extract (TRADEWATCH_DUCKDB)", file=sys.stderr)
        return 1
    print(f"DuckDB: {settings.duckdb_path}")  # (which warehouse: hostile probe 34 F8)
    with open_db(settings.duckdb_path, read_only=bool(args.dry_run)) as con:
        ids = articles_to_reextract(con, everything=args.everything)
        stored = con.execute("select count(*) from articles").fetchall()[0][0]
        versions = versions_of(con, ids)
        made_by = ", ".join(f"{count} by {version}" for version, count in versions.items())
        if newer := newer_than_installed(con):
            print(f"Note: {newer_note(newer)}")
        if not ids:
            print(f"Nothing to re-extract: no stored article of {stored} has records made by an extractor older "
                  f"than {EXTRACTOR_VERSION}." if newer else f"Nothing to re-extract: all {stored} stored articles "
                  f"have records made by extractor {EXTRACTOR_VERSION}.")
            return 0
        print(f"{len(ids)} of {stored} stored articles to re-extract with extractor {EXTRACTOR_VERSION} "
              f"(made {made_by}).")
        if args.dry_run:
            seconds, sample = estimate_seconds(con, ids)
            print(f"It would take about {duration(seconds)} (measured on {sample} of them, without the writes and the "
                  "screening), and holds the warehouse's write lock for as long: a news_ingest load or a list refresh "
                  f"started meanwhile waits {LOAD_WAIT_SECONDS:.0f} s, then fails (clear its task once this is done). "
                  "Run it between scheduled runs.")
            print("Dry run: nothing changed.")
            return 0
        print("This holds the warehouse's write lock until it is done: a news_ingest load or a list refresh started "
              f"meanwhile waits {LOAD_WAIT_SECONDS:.0f} s, then fails (clear its task once this is done).")
        started = time.monotonic()

        def said(done: int, total: int) -> None:
            spent = time.monotonic() - started
            left = f", about {duration(spent / done * (total - done))} left" if done < total else ""
            print(f"  {done}/{total} articles re-extracted ({duration(spent)}{left})", file=sys.stderr, flush=True)

        got = reextract_articles(con, ids, run_id=f"reextract {EXTRACTOR_VERSION}", at=datetime.now(UTC),
                                 settings=settings, progress=said)
    matches = ("names not screened (matching unavailable)" if got["matches"] is None
               else f"names screened again: {got['matches']} matches")
    print(f"Re-extracted {got['articles']} articles: {got['records_before']} records before, "
          f"{got['records_after']} now; {got['quarantined']} rows quarantined; {matches}.")
    return 0
