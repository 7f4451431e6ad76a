"""An Atom entry whose <updated> moves past our copy is a corrected article: it is fetched again and its new text
and records replace the old ones (before, the skip read <published> only, so a correction never arrived while the
stale copy's last_seen_at kept advancing). An entry not updated since costs no request."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.support import synthetic as syn
from tests.support.harness import LOGICAL_DATE, Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

PUBLISHED = "2026-01-20T08:00:00Z"
LATER = (datetime.fromisoformat(LOGICAL_DATE) + timedelta(days=1)).isoformat()


def _atom(base: str, updated: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        f'<id>tag:wire,2026:feed</id><updated>{updated}</updated><entry><title>Story</title>'
        f'<link href="{base}{syn.article_path(1)}"/><id>tag:wire,2026:1</id><published>{PUBLISHED}</published>'
        f"<updated>{updated}</updated></entry></feed>"
    ).encode()


def _serve(srv: HostileServer, updated: str, revision: int) -> bytes:
    page = syn.article_html(21, 1, revision=revision)
    srv.route("/feed.xml", Reply(200, _atom(srv.base_url, updated), content_type="application/atom+xml"))
    srv.route(syn.article_path(1), Reply(200, page, etag=syn.etag(page)))
    return page


def _stored_sha(ws: Workspace) -> list[tuple[str]]:
    return query(ws.duckdb, "select sha256 from articles")


def test_an_atom_entry_updated_after_our_copy_is_fetched_again_and_replaces_it(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    import hashlib

    srv = HostileServer().start()
    servers.append(srv)
    first = _serve(srv, PUBLISHED, revision=0)
    workspace.add_source("wire", srv.url("/feed.xml"))
    run_pipeline(workspace)
    assert _stored_sha(workspace) == [(hashlib.sha256(first).hexdigest(),)]

    # the next day: the entry says it was updated after our copy (a correction), and the page changed
    corrected = _serve(srv, "2026-02-01T12:00:00Z", revision=1)
    before = len(srv.hits(syn.article_path(1)))
    out = run_pipeline(workspace, LATER, LATER)
    assert len(srv.hits(syn.article_path(1))) == before + 1
    assert out["crawled"]["wire"]["fetched"] == 1
    assert _stored_sha(workspace) == [(hashlib.sha256(corrected).hexdigest(),)]


def test_an_atom_entry_not_updated_since_our_copy_costs_no_request(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    _serve(srv, PUBLISHED, revision=0)
    workspace.add_source("wire", srv.url("/feed.xml"))
    run_pipeline(workspace)
    before = len(srv.hits(syn.article_path(1)))
    out = run_pipeline(workspace, LATER, LATER)
    assert len(srv.hits(syn.article_path(1))) == before
    assert out["crawled"]["wire"]["unchanged"] == 1
