"""A newer extractor reaches stored articles (hostile probe 23 F7): a page the crawl finds unchanged is not parsed
again, so its records kept the version that made them for as long as the page did not change. The load re-extracts
the unchanged pages its run saw, and `tradewatch reextract` the rest; article by article all or nothing, and a second
pass is a no-op."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from rich.console import Console

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline, serve_site, snapshot
from tests.support.hostile_server import HostileServer, Reply
from tradewatch import extract, pipeline, reextract
from tradewatch.cli import main
from tradewatch.fetch.urls import article_id
from tradewatch.pipeline_cli import print_summary
from tradewatch.settings import get_settings

LATER = "2026-02-02T06:00:00+00:00"
OLDER = "0.0.1-older"


def _older_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The installed extractor as an older version that found no deals."""
    real = extract.extract_records

    def older(text: str, **kwargs: Any) -> dict[str, Any]:
        return {**real(text, **kwargs), "deals": []}

    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", OLDER)
    monkeypatch.setattr(extract, "extract_records", older)


def _versions(ws: Workspace) -> dict[str, set[str]]:
    """Per article: the versions its records and its `article_extractions` row carry."""
    rows = query(ws.duckdb, "select article_id, extractor_version from sanctions union all "
                            "select article_id, extractor_version from deals union all "
                            "select article_id, extractor_version from article_extractions")
    out: dict[str, set[str]] = {aid: set() for (aid,) in query(ws.duckdb, "select article_id from articles")}
    for aid, version in rows:
        out[aid].add(version)
    return out


def _stored_by_an_older_extractor(ws: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch,
                                  articles: int) -> HostileServer:
    """A site of `articles` synthetic articles, the source "syn" reading its feed, crawled and loaded once by the
    older extractor; its server."""
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=23, indices=list(range(articles)))
    ws.add_source("syn", srv.url("/feed.xml"))
    with monkeypatch.context() as mp:
        _older_extractor(mp)
        run_pipeline(ws)
    return srv


def test_records_of_an_older_extractor_are_made_again_by_the_load_and_the_command(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    srv = _stored_by_an_older_extractor(workspace, servers, monkeypatch, 6)
    assert set().union(*_versions(workspace).values()) == {OLDER}
    assert query(workspace.duckdb, "select count(*) from deals") == [(0,)]
    (sanctions_before,), = query(workspace.duckdb, "select count(*) from sanctions")

    # The next run sees articles 0-2 unchanged (3-5 have left the feed): the load re-extracts those three.
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [0, 1, 2]), content_type="application/rss+xml"))
    out = run_pipeline(workspace, LATER, LATER)
    assert out["crawled"]["syn"]["unchanged"] == 3 and out["validated"]["chunks"] == 0  # nothing parsed by the crawl
    seen = {article_id(srv.url(syn.article_path(i))) for i in range(3)}
    versions = _versions(workspace)
    assert {aid for aid, v in versions.items() if v == {extract.EXTRACTOR_VERSION}} == seen
    assert all(v == {OLDER} for aid, v in versions.items() if aid not in seen)
    assert query(workspace.duckdb, "select count(distinct article_id) from deals") == [(3,)]
    assert out["loaded"]["reextracted"]["articles"] == 3
    # ... and `tradewatch run`'s summary, printed by another process than the load's, says so (hostile probe 24 F6)
    console = Console(record=True, width=300)
    print_summary(console, out["loaded"]["run_id"], get_settings())
    said = " ".join(console.export_text().split())
    assert ("The load re-extracted 3 unchanged article(s) whose records another extractor version made: "
            f"{out['loaded']['reextracted']['records_before']} records before, "
            f"{out['loaded']['reextracted']['records_after']} after.") in said

    # The command finds the other three, says so, and makes them again.
    assert main(["reextract", "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert f"3 of 6 stored articles to re-extract with extractor {extract.EXTRACTOR_VERSION} (made 3 by {OLDER})" in said
    assert "Dry run" in said
    assert f"DuckDB: {workspace.duckdb.resolve()}" in said  # which warehouse (hostile probe 34 F8)
    assert main(["reextract"]) == 0
    said = capsys.readouterr()
    assert "Re-extracted 3 articles" in said.out and "3/3 articles re-extracted" in said.err
    assert all(v == {extract.EXTRACTOR_VERSION} for v in _versions(workspace).values())
    assert query(workspace.duckdb, "select count(distinct article_id) from deals") == [(6,)]
    assert query(workspace.duckdb, "select count(*) from sanctions") == [(sanctions_before,)]  # replaced, not added

    # A second pass has nothing to do, and re-extracting everything again changes no row.
    done = snapshot(workspace.duckdb)
    assert main(["reextract"]) == 0
    assert "Nothing to re-extract: all 6 stored articles" in capsys.readouterr().out
    assert main(["reextract", "--all"]) == 0
    assert "Re-extracted 6 articles" in capsys.readouterr().out
    assert snapshot(workspace.duckdb) == done
    # ... nor does rerunning the later date
    run_pipeline(workspace, LATER, LATER)
    assert snapshot(workspace.duckdb) == done


def test_a_reextract_stopped_midway_leaves_each_article_with_old_or_new_records(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stored_by_an_older_extractor(workspace, servers, monkeypatch, 6)
    real = pipeline.add_records
    calls = {"n": 0}

    def dies_on_the_fifth(*args: Any, **kwargs: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 5:
            raise MemoryError("killed mid-way")
        return real(*args, **kwargs)

    with monkeypatch.context() as mp:
        mp.setattr(reextract, "BATCH_ARTICLES", 2)
        mp.setattr(pipeline, "add_records", dies_on_the_fifth)
        assert main(["reextract"]) == 1  # (the command says the error and stops)
    versions = _versions(workspace)
    assert all(len(v) == 1 for v in versions.values()), versions  # no article holds records of two versions
    assert sorted(len([a for a, v in versions.items() if v == {version}]) for version in (OLDER, extract.EXTRACTOR_VERSION)) == [2, 4]
    assert main(["reextract"]) == 0  # the rerun does the rest
    assert all(v == {extract.EXTRACTOR_VERSION} for v in _versions(workspace).values())


def test_a_dry_run_reads_a_file_stored_before_versions_were_kept(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import duckdb

    _stored_by_an_older_extractor(workspace, servers, monkeypatch, 3)
    con = duckdb.connect(str(workspace.duckdb))  # as a file written before migration 0010 (article_extractions)
    con.execute("drop table article_extractions")
    con.execute("delete from schema_migrations where version = 10")
    con.close()
    assert main(["reextract", "--dry-run"]) == 0  # read-only: the file is not migrated, the records say the versions
    said = capsys.readouterr()
    assert f"3 of 3 stored articles to re-extract with extractor {extract.EXTRACTOR_VERSION} (made 3 by {OLDER})" in said.out
    assert not said.err


def test_records_of_a_newer_extractor_are_not_made_again_downwards(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # hostile probe 34 F11: after a rollback, or on a worker not yet upgraded, the older code counted a newer
    # version as "another" and re-extracted its records downwards, by the load and by the command
    major, minor, patch = extract.EXTRACTOR_VERSION.split(".")
    newer = f"{major}.{minor}.{int(patch) + 1000}"  # (before the installed one as text: compared by number)
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=23, indices=list(range(3)))
    workspace.add_source("syn", srv.url("/feed.xml"))
    with monkeypatch.context() as mp:
        mp.setattr(extract, "EXTRACTOR_VERSION", newer)
        run_pipeline(workspace)
    assert set().union(*_versions(workspace).values()) == {newer}
    made = snapshot(workspace.duckdb)

    out = run_pipeline(workspace, LATER, LATER)  # the installed, older extractor sees the three pages unchanged
    assert out["crawled"]["syn"]["unchanged"] == 3
    assert out["loaded"]["reextracted"] is None
    assert set().union(*_versions(workspace).values()) == {newer}

    for args in (["reextract", "--dry-run"], ["reextract"], ["reextract", "--all"]):
        assert main(args) == 0
        said = " ".join(capsys.readouterr().out.split())
        assert f"Note: 3 stored articles have records made by a newer extractor than this one " \
               f"({extract.EXTRACTOR_VERSION}): 3 by {newer}; they are left as they are." in said
        assert "Nothing to re-extract" in said
    assert set().union(*_versions(workspace).values()) == {newer}
    assert snapshot(workspace.duckdb)["sanctions"] == made["sanctions"]


def test_a_page_parsed_again_by_an_older_extractor_keeps_the_newer_records(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # hostile probe 39 F1: after a rollback, a page the crawl parsed again (a rerun of a date puts back the validators
    # of before it, so every page comes back whole; or an edited page) was loaded over the newer extractor's records
    # with the older one's, its unchanged page marked "updated", and the note counted only the other articles
    major, minor, patch = extract.EXTRACTOR_VERSION.split(".")
    newer = f"{major}.{minor}.{int(patch) + 1000}"
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=23, indices=list(range(3)))
    workspace.add_source("syn", srv.url("/feed.xml"))
    with monkeypatch.context() as mp:
        mp.setattr(extract, "EXTRACTOR_VERSION", newer)
        first = run_pipeline(workspace)
    made = snapshot(workspace.duckdb)
    cache = query(workspace.duckdb, "select url, sha256, etag from http_cache order by url")

    # The installed, older extractor reruns the date: all three pages fetched whole and parsed again
    monkeypatch.setattr(logging.getLogger("tradewatch"), "propagate", True)  # (to caplog)
    with caplog.at_level(logging.WARNING, logger="tradewatch"):
        out = run_pipeline(workspace, first["loaded"]["run_id"], first["loaded"]["run_id"])
    assert out["validated"]["chunks"] > 0
    assert set().union(*_versions(workspace).values()) == {newer}
    for table in ("articles", "sanctions", "sanction_targets", "deals", "deal_parties", "article_extractions"):
        assert snapshot(workspace.duckdb)[table] == made[table], table  # (updated_for stays null: nothing changed)
    (updated, error), = query(workspace.duckdb, "select updated, error from source_runs where run_id = ?",
                              [first["loaded"]["run_id"]])
    assert updated == 0
    assert error == (f"3 article(s) kept: their records are from a newer extractor ({newer}), and this install runs "
                     f"the older {extract.EXTRACTOR_VERSION}: upgrade it")
    noted = [str(getattr(r, "kv", "")) for r in caplog.records]
    assert any(f"3 stored articles have records made by a newer extractor than this one ({extract.EXTRACTOR_VERSION})"
               f": 3 by {newer}; they are left as they are" in kv and "upgrade it" in kv for kv in noted), noted

    # A later date where article 2 was edited: the older extractor does not load it either, and the page's validators
    # stay those of the content kept, so the upgraded install fetches it whole and reads it
    edited = syn.article_html(23, 2, revision=1)
    srv.route(syn.article_path(2), Reply(200, edited, etag=syn.etag(edited)))
    feed = re.sub(rb"<pubDate>[^<]+</pubDate>", b"<pubDate>Mon, 02 Feb 2026 05:00:00 +0000</pubDate>",
                  syn.rss_feed(srv.base_url, [0, 1, 2]), count=1)  # (item 2, first, dated after our copy: fetched again)
    srv.route("/feed.xml", Reply(200, feed, content_type="application/rss+xml"))
    run_pipeline(workspace, LATER, LATER)
    assert set().union(*_versions(workspace).values()) == {newer}
    assert snapshot(workspace.duckdb)["sanctions"] == made["sanctions"]
    assert query(workspace.duckdb, "select updated, error from source_runs where run_id = ?", [LATER]) == [
        (0, f"1 article(s) kept: their records are from a newer extractor ({newer}), and this install runs "
            f"the older {extract.EXTRACTOR_VERSION}: upgrade it")]
    assert query(workspace.duckdb, "select url, sha256, etag from http_cache order by url") == cache
    assert query(workspace.duckdb, "select count(*) from articles where updated_for is not null") == [(0,)]


def test_reextract_says_how_long_it_holds_the_write_lock(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # hostile probe 39 F3: on 2,880 articles the command held the write lock for 51 s (a load waits 120 s, then fails),
    # and neither the dry run nor the progress said how long it would take
    _stored_by_an_older_extractor(workspace, servers, monkeypatch, 6)
    done = snapshot(workspace.duckdb)
    assert main(["reextract", "--dry-run"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert re.search(r"It would take about \d+ s \(measured on 6 of them, without the writes and the screening\), and "
                     r"holds the warehouse's write lock for as long: a news_ingest load or a list refresh started "
                     r"meanwhile waits 120 s, then fails \(clear its task once this is done\)\. Run it between scheduled "
                     r"runs\.", said), said
    assert snapshot(workspace.duckdb) == done  # (the sample was validated, nothing written)

    monkeypatch.setattr(reextract, "BATCH_ARTICLES", 2)
    assert main(["reextract"]) == 0
    said = capsys.readouterr()
    assert "holds the warehouse's write lock until it is done" in said.out
    assert re.search(r"2/6 articles re-extracted \(\d+ s, about \d+ s left\)", said.err), said.err
    assert re.search(r"6/6 articles re-extracted \(\d+ s\)\n", said.err), said.err


def test_durations_read_as_a_person_would_say_them() -> None:
    assert [reextract.duration(s) for s in (0.2, 40, 600, 9000)] == ["1 s", "40 s", "10 min", "2.5 h"]


def test_versions_compare_by_number() -> None:
    assert reextract.version_key("0.1.123") > reextract.version_key("0.1.99")  # type: ignore[operator]
    assert reextract.version_key("0.0.1-older") is None


def _older_extractor_reading_a_bad_sanction(monkeypatch: pytest.MonkeyPatch) -> None:
    """The installed extractor as an older version that also read a sanction by an unknown country ("ZZ"), with one
    target: validation quarantines it (a false positive the installed extractor fixed)."""
    real = extract.extract_records

    def older(text: str, **kwargs: Any) -> dict[str, Any]:
        found = real(text, **kwargs)
        bad = {"authority": "Ministry of Nowhere", "authority_country": "ZZ", "measure": "asset_freeze",
               "evidence": text[:40], "start": 0, "end": 40, "confidence": 0.9,
               "targets": [{"name": "Tomoko Ishiguro", "kind": "person", "country": None}]}
        return {**found, "sanctions": [*found.get("sanctions", []), bad]}

    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", "0.0.1")
    monkeypatch.setattr(extract, "extract_records", older)


def _loaded_since(markdown: str) -> dict[str, str]:
    """The "Loaded since" cell of each record of dq-report's list of quarantined records, by record key."""
    table = markdown[markdown.index("| Run | Runs | Table | Record |"):]
    cells = [[c.strip() for c in line.split(" | ")] for line in table.splitlines()[2:] if line.startswith("| ")]
    return {row[3].replace("\\", ""): row[-1].rstrip(" |") for row in cells}


def test_records_an_older_extractor_quarantined_are_superseded_once_a_newer_one_remakes_the_article(
    workspace: Workspace, servers: list[HostileServer], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # hostile probe 39 F2: after the upgrade and `reextract --all`, dq-report still listed the record 0.1.141 had
    # quarantined (and 0.1.158 no longer read) as "Loaded since: no", and told the user to run `reextract --all`, the
    # command just run; `tradewatch status` counted it with the rest
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=23, indices=[0, 1])
    workspace.add_source("syn", srv.url("/feed.xml"))
    with monkeypatch.context() as mp:
        _older_extractor_reading_a_bad_sanction(mp)
        run_pipeline(workspace)
    held = query(workspace.duckdb, "select article_id, record_key from quarantine where table_name = 'sanctions'")
    assert len(held) == 2, held
    first, second = (article_id(srv.url(syn.article_path(i))) for i in (0, 1))
    key = {aid: record for aid, record in held}
    rows = query(workspace.duckdb, "select count(*) from quarantine")

    # The next run sees article 0 unchanged (1 has left the feed): the load remakes its records, without the bad one
    srv.route("/feed.xml", Reply(200, syn.rss_feed(srv.base_url, [0]), content_type="application/rss+xml"))
    assert run_pipeline(workspace, LATER, LATER)["loaded"]["reextracted"]["articles"] == 1
    assert main(["dq-report", "--out", str(workspace.root / "dq.html")]) == 0
    said = capsys.readouterr().out
    assert "## Quarantined records (4: 2 outstanding, 2 superseded by a newer extractor)" in said
    loaded = _loaded_since(said)
    superseded = f"superseded: extractor {extract.EXTRACTOR_VERSION} no longer reads it"
    assert loaded[key[first]] == loaded[f"{key[first]}:0"] == superseded
    assert loaded[key[second]] == loaded[f"{key[second]}:0"] == "no"  # (still the older extractor's: outstanding)

    # `reextract` remakes article 1: nothing outstanding is left, and nothing tells the user to run it again
    assert main(["reextract"]) == 0
    capsys.readouterr()
    assert main(["dq-report", "--out", str(workspace.root / "dq.html")]) == 0
    said = capsys.readouterr().out
    assert "## Quarantined records (4: 0 outstanding, 4 superseded by a newer extractor)" in said
    assert set(_loaded_since(said).values()) == {superseded}
    assert "reextract" not in said
    assert f"Nothing to do: extractor {extract.EXTRACTOR_VERSION} made these articles' records again" in said
    html = (workspace.root / "dq.html").read_text(encoding="utf-8")
    assert "0 outstanding, 4 superseded by a newer extractor" in html and superseded in html
    assert query(workspace.duckdb, "select count(*) from quarantine") == rows  # kept: the quarantine is a history

    monkeypatch.setenv("COLUMNS", "200")
    assert main(["status"]) == 0
    said = capsys.readouterr().out
    assert re.search(r"│ quarantine\s+│\s+4 \(4 superseded\) │", said), said
