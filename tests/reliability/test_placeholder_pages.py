"""Pages that answer 200 but hold no article (a soft 404, a cookie wall, a sign-in page) are recorded as failed pages
with the reason, and give no article and no records; the real articles of the source load."""

from __future__ import annotations

from tests.support import synthetic as syn
from tests.support.harness import Workspace, query, run_pipeline, serve_site, workspace  # noqa: F401
from tests.support.hostile_server import HostileServer, Reply

PLACEHOLDERS = {
    "/news/gone.html": ("Page not found", "Sorry, the page you requested could not be found. Try the search."),
    "/news/cookies.html": ("We value your privacy", "By clicking Accept all, you consent to the use of cookies for "
                           "personalised advertising and sanctions news content."),
    "/news/login.html": ("Sign in to your account", "Sign in to your account to read sanctions coverage. Email. "
                         "Password. Forgot your password?"),
}


def _page(title: str, text: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p></main>"
            "</body></html>").encode()


def test_placeholder_pages_are_failed_pages_with_a_reason_and_no_records(workspace: Workspace) -> None:  # noqa: F811
    with HostileServer() as srv:
        serve_site(srv, seed=5, indices=[1, 2])
        items = "".join(f"<item><title>x</title><link>{srv.url(path)}</link></item>" for path in PLACEHOLDERS)
        real = "".join(f"<item><title>a</title><link>{srv.url(syn.article_path(i))}</link></item>" for i in (1, 2))
        srv.route("/feed.xml", Reply(200, f"<rss><channel>{items}{real}</channel></rss>".encode(),
                                     content_type="application/rss+xml"))
        for path, (title, text) in PLACEHOLDERS.items():
            srv.route(path, Reply(200, _page(title, text)))
        workspace.add_source("mixed", srv.url("/feed.xml"))
        run = run_pipeline(workspace)
        assert run["crawled"]["mixed"]["failed"] == 3
        errors = dict(query(workspace.duckdb, "select url, error from fetches where url like '%/news/%.html' "
                                              "and url not like '%article%'"))
        assert len(errors) == 3 and all(e.startswith("not an article page") for e in errors.values())
        assert query(workspace.duckdb, "select count(*) from articles") == [(2,)]
        assert query(workspace.duckdb, "select count(*) from http_cache where url like '%gone%'") == [(0,)]
