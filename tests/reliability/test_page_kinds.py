"""Pages crawled over HTTP whose markup is no plain article: a story only in JSON-LD is stored with its own text and
records, a section page of teasers is skipped with its reason, a headline saying "Access denied" is an article, and a
paywall teaser is a failed page (hostile probe 30 H1, H3, M5, M6)."""

from __future__ import annotations

from pathlib import Path

from tests.support.harness import Workspace, query, run_pipeline, workspace  # noqa: F401
from tests.support.hostile_server import HostileServer, Reply

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
SERVED = ("jsonld_only.html", "index.html", "article_related.html", "access_headline.html", "paywall.html")


def test_page_kinds_over_http(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        for name in SERVED:
            srv.route(f"/news/{name}", Reply(200, (PAGES / name).read_bytes(), etag=f'"{name}"'))
        items = "".join(f"<item><title>{name}</title><link>{srv.url('/news/' + name)}</link></item>" for name in SERVED)
        srv.route("/feed.xml", Reply(200, f"<rss><channel>{items}</channel></rss>".encode(),
                                     content_type="application/rss+xml"))
        workspace.add_source("kinds", srv.url("/feed.xml"))
        run = run_pipeline(workspace)["crawled"]["kinds"]
        assert (run["fetched"], run["skipped"], run["failed"]) == (5, 1, 1), run
        errors = dict((url.rsplit("/", 1)[-1], error) for url, error in
                      query(workspace.duckdb, "select url, error from fetches where error is not null"))
        assert errors.keys() == {"index.html", "paywall.html"}
        assert errors["index.html"].startswith("not an article page: a listing of 4 stories") and "(skipped)" in errors[
            "index.html"]
        assert errors["paywall.html"].startswith("not an article page: a paywall")
        stored = {url.rsplit("/", 1)[-1]: text for url, text in query(workspace.duckdb, "select url, text from articles")}
        assert stored.keys() == {"jsonld_only.html", "article_related.html", "access_headline.html"}
        assert "Trending" not in stored["jsonld_only.html"]
        targets = {name for (name,) in query(workspace.duckdb, "select name from sanction_targets")}
        assert "Volga Machine Tools Co Ltd" in targets and "Kestrel Maritime LLC" in targets
        assert "Copper Lantern Exchange" not in targets  # (the trending box's headline)
        assert "Salihorsk Potash Export LLC" not in targets  # (a teaser of the listing only)
        # the listing's validators are kept: the next run asks with a conditional GET, and it is not read as new
        assert query(workspace.duckdb, "select article_id from http_cache where url like '%/index.html'") == [(None,)]
