"""Hostile probe 41 F2, F3: the record rules read English only. An article in another language is stored (its text and
language, for SQL) but gives no records, and the run says so, instead of running "ok" with none (NSDC, MOFCOM) or with
junk ones (a French SECO release: the country "Russie" and two people glued by "et de" as targets)."""

from __future__ import annotations

from tests.support.harness import Workspace, query, run_pipeline
from tests.support.hostile_server import HostileServer, Reply

PAGE = ('<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><article>'
        "<h1>{title}</h1>{body}</article></body></html>")
PAGES = {
    # SECO's French release (the probe's page): gave the targets "Russie" and "Roman Abramovitch et de Sergueï Axionov"
    "seco-fr": ("fr", "Le SECO met en vigueur de nouvelles sanctions",
                "<p>Le Département fédéral de l'économie, de la formation et de la recherche a mis en vigueur le 12 mars "
                "2025 de nouvelles sanctions contre la Russie. Les avoirs des personnes concernées sont gelés, selon "
                "le communiqué publié par le SECO.</p><p>Les mesures ont été prises à l’encontre de Roman Abramovitch "
                "et de Sergueï Axionov, qui sont inscrits sur la liste des sanctions de la Suisse.</p>"),
    "nsdc-uk": ("uk", "Рішення РНБО про застосування санкцій",
                "<p>Рада національної безпеки і оборони України ухвалила рішення про застосування персональних "
                "спеціальних економічних та інших обмежувальних заходів щодо 15 фізичних осіб, серед яких Абрамович "
                "Роман Аркадійович, а також щодо ПАТ «Сбербанк». Указ президента набирає чинності з дня його "
                "опублікування.</p>"),
    # all Japanese, under a template's lang="en" (F7): stored as English, it hid among the English pages
    "mofa-ja": ("en", "ロシア関係者に対する資産凍結等の措置",
                "<p>外務省は、ロシア連邦の関係者に対する資産凍結等の措置を実施することを決定しました。対象はロスネフチ（Rosneft）"
                "及びヴィクトル・ブト（Viktor BOUT）を含む個人及び団体です。</p>"),
    # English quoting names in Cyrillic: read as English
    "wire-cyrillic": ("en", "US sanctions Volgatrans Logistics",
                      "<p>The US Treasury on Thursday sanctioned Volgatrans Logistics (ООО Волгатранс Логистика), a "
                      "Russian freight company, and Ivan Petrov (Иван Петров), its director, for supplying drone "
                      "engines to the Russian army.</p><p>The designation freezes any assets they hold in the United "
                      "States.</p>"),
    # a short English page under lang="ru" (F7: it stayed "ru", and would now go unread)
    "wire-declared-ru": ("ru", "US Treasury sanctions Arktika Precision Components",
                         "<p>The US Treasury Department on Sunday sanctioned Arktika Precision Components, a Russian "
                         "maker of drone engines, and its director Pavel Volkov.</p><p>The designation freezes any "
                         "assets they hold in the United States.</p>"),
}



def _site(servers: list[HostileServer], names: list[str]) -> HostileServer:
    """A site serving the pages `names` of PAGES under /news/ and an RSS feed of them at /feed.xml."""
    srv = HostileServer().start()
    servers.append(srv)
    items = ""
    for name in names:
        lang, title, body = PAGES[name]
        srv.route(f"/news/{name}", Reply(200, PAGE.format(lang=lang, title=title, body=body).encode(),
                                         content_type="text/html; charset=utf-8"))
        items += f"<item><title>{name}</title><link>{srv.url(f'/news/{name}')}</link></item>"
    srv.route("/feed.xml", Reply(200, ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                                       f"<link>{srv.url('/')}</link>{items}</channel></rss>").encode(),
                                 content_type="application/rss+xml"))
    return srv

def test_articles_not_in_english_are_stored_without_records_and_the_run_says_so(
        workspace: Workspace, servers: list[HostileServer]) -> None:
    srv = _site(servers, list(PAGES))
    workspace.add_source("multi", srv.url("/feed.xml"))
    result = run_pipeline(workspace, run_key="run", logical_date="2025-03-20T06:00:00+00:00")

    stored = {url.rsplit("/", 1)[1]: (language, bool(text)) for url, language, text in query(
        workspace.duckdb, "select url, language, text from articles")}
    assert stored == {"seco-fr": ("fr", True), "nsdc-uk": ("uk", True), "mofa-ja": ("ja", True),
                      "wire-cyrillic": ("en", True), "wire-declared-ru": ("en", True)}
    targets = query(workspace.duckdb, "select a.url, t.name from sanction_targets as t join articles as a "
                                      "using (article_id) order by 1, 2")
    with_records = {url.rsplit("/", 1)[1] for url, _ in targets}
    assert with_records == {"wire-cyrillic", "wire-declared-ru"}, targets
    assert "Russie" not in {name for _, name in targets}

    note = result["crawled"]["multi"]["error"]
    assert result["crawled"]["multi"]["status"] == "ok"
    assert "3 article(s) not in English (fr 1, ja 1, uk 1)" in note, note
    assert "no records extracted; the extractor reads English only" in note
    # ... in the warehouse, where `tradewatch status` and the briefing's source health read it
    (error,) = query(workspace.duckdb, "select error from source_runs where source_id = 'multi'")[0]
    assert "not in English" in error
    fetch_notes = dict(query(workspace.duckdb, "select url, error from fetches where error is not null"))
    assert fetch_notes == {srv.url(f"/news/{name}"): f"not read for records: the article is in {lang}; the extractor "
                                                     "reads English only"
                           for name, lang in (("seco-fr", "fr"), ("nsdc-uk", "uk"), ("mofa-ja", "ja"))}


def test_status_shows_the_note(workspace: Workspace, servers: list[HostileServer], capsys) -> None:
    from tradewatch.cli import main

    srv = HostileServer().start()
    servers.append(srv)
    lang, title, body = PAGES["nsdc-uk"]
    srv.route("/news/nsdc", Reply(200, PAGE.format(lang=lang, title=title, body=body).encode(),
                                  content_type="text/html; charset=utf-8"))
    srv.route("/feed.xml", Reply(200, ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                                       f"<link>{srv.url('/')}</link><item><title>n</title>"
                                       f"<link>{srv.url('/news/nsdc')}</link></item></channel></rss>").encode(),
                                 content_type="application/rss+xml"))
    workspace.add_source("nsdc", srv.url("/feed.xml"))
    run_pipeline(workspace, run_key="run", logical_date="2025-03-20T06:00:00+00:00")
    capsys.readouterr()
    assert main(["status"]) == 0
    shown = " ".join(capsys.readouterr().out.replace("│", " ").split())
    assert "1 article(s) not in English (uk 1)" in shown, shown


def test_reextract_drops_the_records_an_older_extractor_made_from_a_page_not_in_english(
        workspace: Workspace, servers: list[HostileServer], monkeypatch) -> None:
    # Stored by an extractor that read every language (the French release's junk targets), and the Japanese page
    # under lang="en" stored as "en" (before the script was looked at): `tradewatch reextract` reads the text's language
    from tradewatch import extract
    from tradewatch.cli import main

    srv = _site(servers, ["seco-fr", "mofa-ja", "wire-cyrillic"])
    workspace.add_source("multi", srv.url("/feed.xml"))
    with monkeypatch.context() as mp:
        mp.setattr(extract, "EXTRACTOR_VERSION", "0.0.1-older")
        mp.setattr(extract, "read_for_records", lambda language: True)
        run_pipeline(workspace, run_key="run", logical_date="2025-03-20T06:00:00+00:00")
    from tradewatch.store.db import connect

    con = connect(workspace.duckdb)
    con.execute("update articles set language = 'en' where url like '%mofa-ja'")
    con.close()
    before = {url.rsplit("/", 1)[1] for (url,) in query(
        workspace.duckdb, "select distinct a.url from sanctions join articles as a using (article_id)")}
    assert "seco-fr" in before  # (the junk the probe saw)
    assert main(["reextract"]) == 0
    after = {url.rsplit("/", 1)[1] for (url,) in query(
        workspace.duckdb, "select distinct a.url from sanctions join articles as a using (article_id)")}
    assert after == {"wire-cyrillic"}
