"""`tradewatch extract FILE` reads a file as a run reads the page: its bytes decoded by the fetch stage's rules (a
<meta charset>, a byte-order mark: hostile probe 41 F9), and no records from a text in a language the rules do not read
(F2, F3), said on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from tradewatch.cli import main

PAGE = ('<!doctype html><html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title></head><body>'
        "<article><h1>{title}</h1><p>{body}</p></article></body></html>")


def _extract(path: Path, capsys) -> tuple[dict, str]:
    assert main(["extract", str(path), "--published", "2025-03-17"]) == 0
    got = capsys.readouterr()
    return json.loads(got.out), got.err


def test_a_page_in_a_single_byte_code_page_is_decoded_by_its_meta_charset(tmp_path: Path, capsys) -> None:
    # probe 41 F9: read as UTF-8, the title was "EU sanctions Soci�t� G�n�rale �nergie" and the target "Soci"
    page = tmp_path / "cp1252.html"
    page.write_bytes(PAGE.format(lang="en", charset="windows-1252", title="EU sanctions Société Générale Énergie",
                                 body="The European Union on Monday sanctioned Société Générale Énergie, a trader "
                                      "of crude oil.").encode("cp1252"))
    out, _ = _extract(page, capsys)
    assert out["article"]["title"] == "EU sanctions Société Générale Énergie"
    assert [t["name"] for r in out["sanctions"] for t in r["targets"]] == ["Société Générale Énergie"]


def test_a_utf16_page_with_its_byte_order_mark(tmp_path: Path, capsys) -> None:
    page = tmp_path / "bom.html"
    page.write_bytes(PAGE.replace('<meta charset="{charset}">', "").format(
        lang="ru", charset="", title="О визовых ограничениях",
        body="Министерство иностранных дел России ввело санкции против 15 британских граждан.").encode("utf-16"))
    out, _ = _extract(page, capsys)
    assert out["article"]["title"] == "О визовых ограничениях" and out["article"]["language"] == "ru"


def test_a_french_page_gives_no_records_and_says_why(tmp_path: Path, capsys) -> None:
    # probe 41 F3: the country "Russie" and "Roman Abramovitch et de Sergueï Axionov" as targets, dated by the run
    page = tmp_path / "seco-fr.html"
    page.write_text(PAGE.format(
        lang="fr", charset="utf-8", title="Nouvelles sanctions contre la Russie",
        body="Le Département fédéral de l'économie a mis en vigueur le 12 mars 2025 de nouvelles sanctions contre la "
             "Russie. Les avoirs sont gelés. Les mesures ont été prises à l’encontre de Roman Abramovitch et de "
             "Sergueï Axionov, selon le communiqué publié par le SECO dans la journée."), encoding="utf-8")
    out, err = _extract(page, capsys)
    assert out["sanctions"] == [] and out["deals"] == []
    assert "the article is in fr: no records extracted; the extractor reads English only" in err
    assert out["notes"] == ["the article is in fr: no records extracted; the extractor reads English only"]


def test_a_text_file_in_ukrainian_gives_no_records_an_english_one_quoting_cyrillic_does(tmp_path: Path, capsys) -> None:
    uk = tmp_path / "uk.txt"
    uk.write_text("Рішення РНБО\nРада національної безпеки і оборони України ухвалила рішення про застосування санкцій "
                  "щодо 15 фізичних осіб, серед яких Абрамович Роман Аркадійович.\n", encoding="utf-8")
    out, err = _extract(uk, capsys)
    assert out["sanctions"] == [] and "the article is in uk" in err
    en = tmp_path / "en.txt"
    en.write_text("US sanctions Volgatrans\nThe US Treasury on Thursday sanctioned Volgatrans Logistics (ООО "
                  "Волгатранс Логистика), a Russian freight company.\n", encoding="utf-8")
    out, err = _extract(en, capsys)
    assert "Volgatrans Logistics" in [t["name"] for r in out["sanctions"] for t in r["targets"]]
    assert "English only" not in err


def test_a_shtml_page_is_read_as_html(tmp_path: Path, capsys) -> None:
    # (MOFCOM's pages: GBK, .shtml; read as a text file, the title was "<!DOCTYPE html>")
    page = tmp_path / "20250312.shtml"
    page.write_bytes(PAGE.format(lang="zh-CN", charset="gbk", title="商务部公告",
                                 body="商务部决定将洛克希德·马丁公司等实体列入不可靠实体清单。").encode("gbk"))
    out, err = _extract(page, capsys)
    assert out["article"]["title"] == "商务部公告" and out["article"]["language"] == "zh"
    assert "the article is in zh" in err
