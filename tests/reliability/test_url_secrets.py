"""A source URL's credentials (user info, a key in its query) are fetched with but never stored or returned in clear
(hostile probe 42 F1/F3/F5/F6): "http://carol:Hunter2pw@host/feed.xml?token=XYZ" was in source_runs.error (so in
`status`, the briefing, the dq-report and v_source_health), in the crawl task's return value (an XCom the Airflow UI
shows), in fetches.url and in the staged Parquet, while the log line was masked."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from tests.support.harness import Workspace, query, run_pipeline, serve_site
from tests.support.hostile_server import HostileServer

SECRETS = ("S3cr3tPw", "TOPSECRETKEY", "p@ss-Hunter3", "ss-Hunter3", "XYZTOKEN", "SIGVALUE")


def _leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def _staged_strings(root: Path) -> str:
    """Every string value of every staged Parquet file under `root`."""
    values = []
    for path in root.rglob("*.parquet"):
        for column in pq.read_table(path).to_pylist():
            values += [str(v) for v in column.values() if isinstance(v, str)]
    return "\n".join(values)


def test_a_source_urls_credentials_are_masked_in_every_row_and_return_value(workspace: Workspace,
                                                                             servers: list[HostileServer]) -> None:
    srv = HostileServer().start()
    servers.append(srv)
    serve_site(srv, 42, range(2))
    port = srv.base_url.rsplit(":", 1)[1]
    # a password holding "@" (urlsplit, and so requests, reads the user info to the last "@") and keys in the query
    workspace.add_source("paywalled", f"http://alice:S3cr3tPw@127.0.0.1:{port}/feed.xml?api_key=TOPSECRETKEY&sig=SIGVALUE")
    workspace.add_source("broken", f"http://carol:p@ss-Hunter3@127.0.0.1:{port}/missing/feed.xml?token=XYZTOKEN")

    ran = run_pipeline(workspace)

    # the fetch itself used the real URL: its query reached the server as written
    assert [seen.path for seen in srv.hits("/feed.xml")] == ["/feed.xml?api_key=TOPSECRETKEY&sig=SIGVALUE"]
    assert ran["crawled"]["paywalled"]["status"] == "ok" and ran["crawled"]["paywalled"]["fetched"] == 2
    broken = ran["crawled"]["broken"]
    assert broken["status"] == "failed"
    assert broken["error"] == f"listing http://***@127.0.0.1:{port}/missing/feed.xml?token=***: HTTP 404", broken
    assert not _leaks(repr(ran)), repr(ran)  # the crawl task's return value: an XCom
    assert not _leaks(_staged_strings(workspace.data / "staging"))
    stored = query(workspace.duckdb, "select url, error from fetches where url like '%feed.xml%' order by url")
    assert stored == [
        (f"http://***@127.0.0.1:{port}/feed.xml?api_key=***&sig=***", None),
        (f"http://***@127.0.0.1:{port}/missing/feed.xml?token=***", "HTTP 404"),
    ], stored
    for table in ("fetches", "source_runs", "v_source_health"):
        rows = query(workspace.duckdb, f"select * from {table}")  # fixed names
        assert not _leaks(repr(rows)), (table, rows)
    assert query(workspace.duckdb, "select count(*) from articles")[0][0] == 2


def test_two_urls_masked_alike_stay_two_fetch_rows() -> None:
    # one fetch row per (run, source, URL) is the table's key: "?id=1&sig=A" and "?id=1&sig=B" both mask to "sig=***"
    from tradewatch.pipeline import Staged

    staged = Staged()
    for sig in ("A", "B", "A"):
        staged.add("fetches", run_id="r", source_id="s", url=f"https://h.example/p?id=1&sig={sig}", status=200,
                   bytes=1, sha256=None, fetched_at=None, error=None)
    urls = [row["url"] for row in staged.stored_rows()["fetches"]]
    assert urls == ["https://h.example/p?id=1&sig=***", "https://h.example/p?id=1&sig=***#2",
                    "https://h.example/p?id=1&sig=***"]
