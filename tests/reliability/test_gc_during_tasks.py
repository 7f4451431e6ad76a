"""A crawl leaves the objects older than it (its process's imports) out of the cyclic GC's scans while it
runs, and hands them back to the collector afterwards, whether the crawl succeeds or its source is broken."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from tests.support.harness import LOGICAL_DATE, Workspace, serve_site, workspace  # noqa: F401 - fixture
from tests.support.hostile_server import HostileServer
from tradewatch import pipeline


def test_crawl_leaves_older_objects_out_of_gc_scans_and_restores_them(workspace: Workspace,  # noqa: F811
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    during: list[int] = []
    real = pipeline._crawl

    def watched(*args: Any, **kwargs: Any) -> Any:
        during.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_crawl", watched)
    with HostileServer() as srv:
        serve_site(srv, seed=5, indices=range(2))
        workspace.add_source("site", srv.url("/feed.xml"))
        before = gc.get_freeze_count()
        summary = pipeline.crawl_source("site", LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
    assert summary["status"] == "ok" and summary["fetched"] == 2
    assert during and during[0] > 0  # the objects older than the crawl were frozen while it ran
    assert gc.get_freeze_count() == before == 0  # and handed back afterwards


def test_a_failing_crawl_also_hands_the_objects_back(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    def broken(*args: Any, **kwargs: Any) -> Any:
        assert gc.get_freeze_count() > 0
        raise RuntimeError("a bug in the crawl")

    monkeypatch.setattr(pipeline, "_crawl", broken)
    workspace.add_source("site", "http://127.0.0.1:9/feed.xml")
    summary = pipeline.crawl_source("site", LOGICAL_DATE, LOGICAL_DATE, sources_dir=workspace.sources)
    assert summary["status"] == "failed" and "a bug in the crawl" in summary["error"]
    assert gc.get_freeze_count() == 0
