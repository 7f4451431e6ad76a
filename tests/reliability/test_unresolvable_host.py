"""A source whose host name does not resolve (hostile probe 25): it fails alone, at once, saying so; the others go on."""

from __future__ import annotations

import pytest

from tests.support.harness import (
    NO_SUCH_HOST,
    Workspace,
    resolver_says_no_such_name,
    run_pipeline,
    serve_site,
)
from tests.support.hostile_server import HostileServer


@pytest.mark.skipif(not resolver_says_no_such_name(),
                    reason="this machine's resolver gives no answer for a .invalid name (no 'no such name' to act on)")
def test_a_source_whose_host_does_not_resolve_fails_alone_saying_so(
    workspace: Workspace, servers: list[HostileServer]
) -> None:
    # (that the name is not asked again nor retried is tested on the fetcher, tests/unit/fetch/test_http_fetcher.py)
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, seed=39, indices=range(2))
    workspace.add_source("good", srv.url("/feed.xml"))
    workspace.add_source("nohost", f"http://{NO_SUCH_HOST}/rss.xml")

    crawled = run_pipeline(workspace)["crawled"]

    assert crawled["good"]["status"] == "ok" and crawled["good"]["fetched"] == 2
    nohost = crawled["nohost"]
    assert nohost["status"] == "failed"
    assert nohost["error"] == f"listing http://{NO_SUCH_HOST}/rss.xml: host name does not resolve: {NO_SUCH_HOST}"
