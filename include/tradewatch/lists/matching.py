"""Screen extracted names (sanction targets, deal parties) against the loaded lists; fill `matches`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from tradewatch.lists.index import Match, NameIndex
from tradewatch.lists.normalise import NormalName, normalise
from tradewatch.lists.scoring import COUNTRY_PENALTY
from tradewatch.lists.store import sql
from tradewatch.logs import get_logger

if TYPE_CHECKING:
    import duckdb

log = get_logger("lists.matching")

# At most this many list entities are stored per screened name: an ambiguous short name
# ("Ali Hassan") should not fill the table with hundreds of weak hits. The best match of each list is always among them
# (`keep_fairly`), and the rows say how many more matched (`more_matches`).
MAX_MATCHES_PER_NAME = 5


def keep_fairly(ranked: list[Match], limit: int) -> list[Match]:
    """At most `limit` of `ranked` (best first), in its order: the best match of each list, then the best of the rest
    whatever their list. (Hostile probe 29 F2: the EU listed "Bank Melli Iran" five times, and the five EU rows filled
    the cut while OFAC's and the UK's, at 100 too, were dropped: "deals with an OFAC-listed party" missed the deal.)"""
    if len(ranked) <= limit:
        return ranked
    kept: dict[Match, None] = {}
    for m in ranked:  # the best of each list, best lists first
        if len(kept) < limit and not any(k.list_id == m.list_id for k in kept):
            kept[m] = None
    for m in ranked:
        if len(kept) >= limit:
            break
        kept.setdefault(m)
    return [m for m in ranked if m in kept]


def load_index(con: duckdb.DuckDBPyConnection) -> NameIndex:
    """A blocking index over every name of every currently loaded list, rebuilt only when the lists change."""
    from tradewatch.lists.index_cache import cached_index

    return cached_index(con)


def _threshold(threshold: float | None) -> float:
    if threshold is not None:
        return float(threshold)
    from tradewatch.settings import get_settings

    return get_settings().match_threshold


def in_country(ranked: list[Match], country: str | None, index: NameIndex, threshold: float) -> list[Match]:
    """`ranked` for a name the extractor placed in `country` ("Spanish businessman Daniel Ortega"): a partial name's
    match (method "partial", `scoring.partial_name_cost`) of an entry the list gives countries, none of them `country`,
    loses COUNTRY_PENALTY ("partial+country") and is dropped under `threshold`. A given name and a surname are shared by
    many people: the first surname and one given name of a Nicaraguan listed person are no Spanish businessman's. A
    whole name, or a name or an entry without a country, is not checked."""
    if not country or not any(m.method.startswith("partial") for m in ranked):
        return ranked
    out = []
    for m in ranked:
        listed = index.entity_countries(m.entity_id)
        if m.method.startswith("partial") and listed and country.upper() not in listed:
            m = replace(m, score=round(m.score - COUNTRY_PENALTY, 2), method=m.method + "+country")
            if m.score < threshold:
                continue
        out.append(m)
    return sorted(out, key=lambda m: (-m.score, m.list_id, m.entity_id))


def screen_names(
    subjects: Iterable[tuple[str, str | None]], threshold: float, index: NameIndex
) -> list[dict[str, Any]]:
    """The matches of each (name, country) (best first, `rank` 0 up), searching the index once per distinct normalised
    name: the same name in a thousand articles, or written otherwise ("PJSC Sberbank", "Sberbank PJSC"), costs one
    search; the country (the extractor's, or None) weighs on partial names' matches only (`in_country`).
    `organisation`: the name shows an organisation (a legal form or a business word: the kind screening itself uses,
    see `scoring.kinds_conflict`), which makes its subjects' `subject_kind` "organization". At most
    MAX_MATCHES_PER_NAME matches of a name are kept (`keep_fairly`); `more_matches`: how many more scored at least
    `threshold`."""
    searched: dict[NormalName, list[Match]] = {}
    found: dict[tuple[NormalName, str | None], tuple[list[Match], int]] = {}
    rows: list[dict[str, Any]] = []
    for name, country in subjects:
        norm = normalise(name)
        if norm.comparable not in searched:
            searched[norm.comparable] = index.search_normal(norm, threshold)  # (every match is scored: no limit)
        key = (norm.comparable, country)
        if key not in found:
            ranked = in_country(searched[norm.comparable], country, index, threshold)
            found[key] = (keep_fairly(ranked, MAX_MATCHES_PER_NAME), len(ranked))
        matches, total = found[key]
        rows.extend(
            {
                "subject_name": name,
                "subject_country": country,
                "organisation": norm.organisation,
                "rank": rank,
                "list_id": m.list_id,
                "entity_id": m.entity_id,
                "matched_name": m.matched_name,
                "score": m.score,
                "method": m.method,
                "more_matches": total - len(matches),
            }
            for rank, m in enumerate(matches)
        )
    return rows


def refresh_matches(
    con: duckdb.DuckDBPyConnection,
    threshold: float | None = None,
    article_ids: list[str] | None = None,
    *,
    as_of: dt.datetime | None = None,
) -> int:
    """(Re)compute matches for the given articles' targets and parties (all when None). Returns rows stored.

    Each distinct name is screened once (`screen_names`) and its matches joined back, in SQL, to every target and
    party that bears it: the cost grows with the distinct names, not with the articles stored (hostile probe 27: a
    list refresh re-screened 318k rows holding 2k names one by one, 100+ s under the write lock).
    Idempotent: the articles' previous matches are deleted and the new ones inserted in one
    transaction. `as_of` stamps `matched_at` (a DAG passes its logical date; default: now).
    """
    import pyarrow as pa

    from tradewatch.store.db import transaction

    limit = _threshold(threshold)
    stamp = as_of or dt.datetime.now(dt.UTC)
    index = load_index(con)
    con.execute(sql("match_subjects.sql"), {"article_ids": article_ids})
    try:
        names = con.execute("select distinct subject_name, subject_country from match_subject_rows").fetchall()
        table = pa.Table.from_pylist(
            screen_names(names, limit, index),
            schema=pa.schema(
                [
                    ("subject_name", pa.string()),
                    ("subject_country", pa.string()),
                    ("organisation", pa.bool_()),
                    ("rank", pa.int32()),
                    ("list_id", pa.string()),
                    ("entity_id", pa.string()),
                    ("matched_name", pa.string()),
                    ("score", pa.float64()),
                    ("method", pa.string()),
                    ("more_matches", pa.int32()),
                ]
            ),
        )
        con.register("name_matches", table)
        try:
            with transaction(con):
                # when each match was first held, kept across this recomputation (the briefing shows deals whose party
                # was newly listed: hostile probe 31 F1)
                con.execute(sql("matches_first.sql"), {"article_ids": article_ids})
                if article_ids is None:
                    con.execute("delete from matches")
                else:
                    con.execute("delete from matches where list_contains(?, article_id)", [article_ids])
                stored = con.execute(sql("matches_insert.sql"), {"matched_at": stamp}).fetchall()[0][0]
                con.execute("drop table if exists match_first_seen")
                if article_ids is None:  # every match recomputed: against these versions, in the same transaction
                    con.execute(
                        "insert or replace into match_state (id, list_versions, computed_at) values (1, ?, ?)",
                        [current_list_versions(con, limit), stamp],
                    )
        finally:
            con.unregister("name_matches")
    finally:
        con.execute("drop table if exists match_subject_rows")
    log.info(
        "matches refreshed",
        extra={
            "kv": {
                "rows": stored,
                "names": len({name for name, _country in names}),
                "threshold": limit,
                "articles": "all" if article_ids is None else len(article_ids),
            }
        },
    )
    return int(stored)


# The rules that score a name against the lists (normalise.py, scoring.py, legal_forms.yml, the cut per name): bump it
# when they change, so that the next load or list refresh screens the stored names again. Matches were recomputed only
# when a list's version changed: after an upgrade, a warehouse kept the old rules' flags (hostile probe 29's fixes).
# 3: the index's pre-check drops nothing the score keeps, look-alike companies and run-on surnames lose points
# (hostile probe 38 F1, F2). 4: names in Chinese characters compared a character a word, without their legal forms;
# Ukrainian "ьо" read as "ё" (hostile probe 41 F4, F8). 5: legal forms as the press abbreviates them ("Joint Stock
# Co.", "Limited Liability Co.", "Closed JSC", "Free Zone Establishment", "Ltd. Şti.": hostile probe 49). 6: Yuri/Yury/
# Iurii, Ilia/Ilya, Ihor/Igor read as one given name (hostile probe 49). 7: two names that name different countries
# and no country in common lose 10 (hostile probe 49). 8: a ship's prefix (MV, MT, M/V, M/T) is a generic word
# (hostile probe 49). 9: a country's adjective is no word run on ("Iranian" ~ IRAN, hostile probe 49). 10: "DMCC" (a
# company of the Dubai Multi Commodities Centre free zone) is a legal form of the free-zone group (hostile probe 49).
# 11: a listed person named by a given name and the first word of the surname the list gives ("Nicolas Maduro" ~
# Nicolas MADURO MOROS, "Daniel Ortega" ~ Jose Daniel ORTEGA SAAVEDRA: 88 and 76 before), unless the extractor placed
# the name in a country the entry is not listed in (`scoring.partial_name_cost`, `in_country`).
MATCHER_VERSION = "11"


def current_list_versions(con: duckdb.DuckDBPyConnection, threshold: float | None = None) -> str:
    """"list_id=version/parser=N" of every current list, ";"-joined in list order, after the matcher's version and the
    threshold (TRADEWATCH_MATCH_THRESHOLD unless given): what `match_state` records ("" while no list is loaded).
    The threshold is in it since hostile probe 34 F5: a changed TRADEWATCH_MATCH_THRESHOLD applied only to names
    screened later, and the views held a mix of thresholds until the lists changed."""
    rows = con.execute("select list_id, list_version, parser_version from list_versions where is_current "
                       "order by list_id").fetchall()
    if not rows:
        return ""
    # (with the parser's version: a list version parsed again changes its names, not its version, hostile probe 34 F4)
    return ";".join([f"matcher={MATCHER_VERSION}", f"threshold={_threshold(threshold):g}",
                     *(f"{list_id}={version}/parser={parser}" for list_id, version, parser in rows)])


def matches_are_stale(con: duckdb.DuckDBPyConnection, threshold: float | None = None) -> bool:
    """Whether the stored matches were computed against other list versions than the current ones (or never, while
    lists are loaded): a refresh that crashed or failed after loading a list, before its matches; or by another version
    of the matcher (an upgrade), or at another threshold than `threshold` (TRADEWATCH_MATCH_THRESHOLD unless given)."""
    current = current_list_versions(con, threshold)
    rows = con.execute("select list_versions from match_state where id = 1").fetchall()
    return (rows[0][0] if rows else "") != current


def recorded_threshold(con: duckdb.DuckDBPyConnection) -> float | None:
    """The threshold the stored matches were last computed at, as `match_state` records it (None: not recorded, as
    before hostile probe 34, or no matches computed yet)."""
    rows = con.execute("select list_versions from match_state where id = 1").fetchall()
    for part in (rows[0][0] if rows else "").split(";"):
        key, _, value = part.partition("=")
        if key == "threshold":
            try:
                return float(value)
            except ValueError:
                return None
    return None


def screen(
    con: duckdb.DuckDBPyConnection, name: str, threshold: float = 80.0, limit: int = 10
) -> list[dict[str, Any]]:
    """Best list matches for one name, with the entries' details (see `screen_result`)."""
    matches: list[dict[str, Any]] = screen_result(con, name, threshold, limit)["matches"]
    return matches


def screen_result(
    con: duckdb.DuckDBPyConnection, name: str, threshold: float = 80.0, limit: int = 10,
    stored_threshold: float | None = None, country: str | None = None,
) -> dict[str, Any]:
    """What `tradewatch screen` shows: "matches", the best `limit` scoring at least `threshold` (the best of each list
    among them, as `keep_fairly` keeps), each with the entry's details and `in_views`, whether a deal party or sanction
    target of this name is flagged with it in the views ("yes", or why not: under the stored threshold, or beyond the
    matches stored per name); "more", how many more scored at least `threshold`; "stored_threshold", the lowest score
    stored in `matches`: unless given, the threshold they were computed at (`match_state`), else
    TRADEWATCH_MATCH_THRESHOLD; "configured_threshold", TRADEWATCH_MATCH_THRESHOLD, which the next load or list refresh
    screens the stored names at when it differs. Hostile probe 29 F6: `screen` showed matches from 80 while the views
    hold only those of 90 or more, and nothing said so; hostile probe 34 F5: after TRADEWATCH_MATCH_THRESHOLD was
    lowered to 80, `screen` said "in views: yes" of a match of 88 the views, computed at 90, did not hold.
    `country`: where the name's bearer is, as the extractor gives a deal party's or a sanction target's (`in_country`)."""
    configured = _threshold(None)
    if stored_threshold is None:
        stored_threshold = recorded_threshold(con)
    stored_at = configured if stored_threshold is None else float(stored_threshold)
    index = load_index(con)
    lowest = min(threshold, stored_at)
    ranked: list[Match] = in_country(index.search(name, lowest), country, index, lowest)
    shown = keep_fairly([m for m in ranked if m.score >= threshold], limit)
    stored = set(keep_fairly([m for m in ranked if m.score >= stored_at], MAX_MATCHES_PER_NAME))
    result: dict[str, Any] = {"matches": [], "more": sum(m.score >= threshold for m in ranked) - len(shown),
                              "stored_threshold": stored_at, "configured_threshold": configured,
                              "recently_removed": recently_removed(con, name, threshold, {m.entity_id for m in ranked})}
    if not shown:
        return result
    details = {
        row[0]: row[1:]
        for row in con.execute(
            "select entity_id, list_id, kind, primary_name, countries, programs, listed_on, list_version "
            "from list_entities where list_contains(?, entity_id)",
            [[m.entity_id for m in shown]],
        ).fetchall()
    }
    for m in shown:
        list_id, kind, primary, countries, programs, listed_on, version = details.get(
            m.entity_id, (m.list_id, None, None, [], [], None, None)
        )
        in_views = ("yes" if m in stored else f"no: under {stored_at:g}" if m.score < stored_at
                    else f"no: beyond the {MAX_MATCHES_PER_NAME} matches stored per name")
        result["matches"].append(
            {
                "score": m.score,
                "method": m.method,
                "matched_name": m.matched_name,
                "list_id": list_id,
                "entity_id": m.entity_id,
                "kind": kind,
                "primary_name": primary,
                "countries": list(countries or []),
                "programs": list(programs or []),
                "listed_on": listed_on.isoformat() if listed_on else None,
                "list_version": version,
                "in_views": in_views,
            }
        )
    return result


# How far back `screen` looks for entries removed from a list (hostile probe 31 F13: a name delisted that morning
# screened as "no list entry scores 80 or more", with nothing to say it was listed until then)
REMOVED_LOOKBACK_DAYS = 30


def recently_removed(
    con: duckdb.DuckDBPyConnection, name: str, threshold: float, current: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Entries removed from a list in the last REMOVED_LOOKBACK_DAYS days whose name (as listed when removed, aliases
    not kept) scores at least `threshold` against `name`, newest first; entries listed again since (in `current`, the
    ids the current lists matched) are left out."""
    from datetime import UTC

    rows = con.execute(
        "select list_id, entity_id, primary_name, max(changed_at) from list_changes where change = 'removed' "
        "and primary_name is not null and changed_at >= current_timestamp - to_days(?) "
        "and entity_id not in (select entity_id from list_entities) group by all",
        [REMOVED_LOOKBACK_DAYS],
    ).fetchall()
    rows = [r for r in rows if r[1] not in (current or set())]
    if not rows:
        return []
    index = NameIndex((str(r[0]), str(r[1]), str(r[2])) for r in rows)
    when = {r[1]: r[3] for r in rows}
    found = []
    for m in keep_fairly(index.search(name, threshold), len(rows)):
        removed = when[m.entity_id]
        removed = removed.replace(tzinfo=UTC) if removed.tzinfo is None else removed.astimezone(UTC)
        found.append({"score": m.score, "list_id": m.list_id, "entity_id": m.entity_id, "listed_name": m.matched_name,
                      "removed_at": removed.isoformat(timespec="minutes")})
    return sorted(found, key=lambda f: f["removed_at"], reverse=True)
