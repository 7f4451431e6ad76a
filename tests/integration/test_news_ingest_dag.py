"""End to end: the real news_ingest DAG (`airflow dags test`, SQLite metadata) over the fixture site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewatch.dagrun import airflow_env, dags_test, ensure_metadata_db
from tradewatch.devserver import StaticSite

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SITE = REPO / "tests" / "fixtures" / "site"
SOURCES = REPO / "tests" / "fixtures" / "sources" / "valid"
LOGICAL_DATE = "2026-11-20T06:00:00+00:00"
TABLES = ("fetches", "articles", "source_runs", "sanctions", "sanction_targets", "deals", "deal_parties",
          "quarantine", "dq_results", "http_cache")


def snapshot(db: Path) -> dict[str, list[tuple]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        # table names are fixed constants above
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def pipeline_run(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("e2e")
    with StaticSite(SITE) as site:
        extra = {
            "TRADEWATCH_TEST_BASE": site.base_url,
            "TRADEWATCH_SOURCES_DIR": str(SOURCES),
            "TRADEWATCH_DATA_DIR": str(tmp / "data"),
            "TRADEWATCH_DUCKDB": str(tmp / "data" / "tradewatch.duckdb"),
            "TRADEWATCH_LISTS_DIR": str(tmp / "no-lists"),
            "TRADEWATCH_MIN_INTERVAL": "0",
            "TRADEWATCH_BACKOFF": "0.05",
        }
        env = airflow_env(tmp / "airflow", extra)
        log = tmp / "airflow.log"
        ensure_metadata_db(env, log)
        dags_test("news_ingest", LOGICAL_DATE, env, log)
        first = snapshot(tmp / "data" / "tradewatch.duckdb")
        dags_test("reports", LOGICAL_DATE, env, log)  # builds the Data Docs site from the saved results
        dags_test("news_ingest", LOGICAL_DATE, env, log)
        second = snapshot(tmp / "data" / "tradewatch.duckdb")
        yield {"first": first, "second": second, "data": tmp / "data", "base": site.base_url, "requests": site.requests}


def test_every_source_recorded(pipeline_run) -> None:
    runs = {r[1]: r for r in pipeline_run["first"]["source_runs"]}
    assert set(runs) == {p.stem for p in SOURCES.glob("*.yml")}
    assert all(r[3] in ("ok", "partial") for r in runs.values()), runs


def test_articles_loaded_once_with_provenance(pipeline_run) -> None:
    articles = pipeline_run["first"]["articles"]
    assert len(articles) >= 5
    urls = [a[2] for a in articles]
    assert len(urls) == len(set(urls)), "the same article reached from two sources must be stored once"
    assert not any("utm_" in u for u in urls), "tracking parameters must be dropped from canonical URLs"
    for a in articles:
        assert a[2].startswith(pipeline_run["base"]) and a[5] and a[7], a  # url, text, sha256


def test_robots_disallowed_page_never_requested(pipeline_run) -> None:
    fetch_errors = [f for f in pipeline_run["first"]["fetches"] if f[7] and "robots" in f[7]]
    assert fetch_errors, "the fixture site's robots.txt disallows one listed page"
    disallowed = {f[2].removeprefix(pipeline_run["base"]) for f in fetch_errors}
    requested = {path for _, path, _ in pipeline_run["requests"]}
    assert not disallowed & requested


def test_records_extracted_and_keyed_to_articles(pipeline_run) -> None:
    snap = pipeline_run["first"]
    article_ids = {a[0] for a in snap["articles"]}
    assert snap["sanctions"] and snap["deals"]
    assert {s[1] for s in snap["sanctions"]} <= article_ids
    assert {d[1] for d in snap["deals"]} <= article_ids
    texts = {a[0]: a[5] for a in snap["articles"]}
    for s in snap["sanctions"]:
        assert texts[s[1]][s[12]:s[13]] == s[11], "evidence offsets must point into the article text"


def test_validation_results_kept(pipeline_run) -> None:
    assert pipeline_run["first"]["dq_results"], "every run stores its expectation results"
    saved = list((pipeline_run["data"] / "dq" / "validations").rglob("*.json"))
    assert saved, "validate saves the GX results of each run"
    docs = pipeline_run["data"] / "dq" / "data_docs"
    assert (docs / "index.html").exists(), "the reports DAG builds the GX Data Docs site from the saved results"
    assert any(p.name == "articles.html" for p in (docs / "validations").rglob("*.html"))


def test_rerun_of_same_logical_date_is_identical(pipeline_run) -> None:
    for table in TABLES:
        assert pipeline_run["first"][table] == pipeline_run["second"][table], f"{table} changed on rerun"
