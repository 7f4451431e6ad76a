"""`tradewatch extract FILE` on what a user may hand it by mistake (hostile probe 22)."""

from __future__ import annotations

from pathlib import Path

from tradewatch.cli import main


def test_a_web_address_says_to_save_the_page_first(capsys) -> None:
    assert main(["extract", "https://example.com/news/article.html"]) == 2
    err = capsys.readouterr().err
    assert "https://example.com/news/article.html is a web address" in err and "--url" in err


def test_a_binary_file_is_refused_not_read_as_an_empty_article(tmp_path: Path, capsys) -> None:
    fake = tmp_path / "fake.html"
    fake.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    assert main(["extract", str(fake)]) == 2
    assert "not text" in capsys.readouterr().err


def test_a_page_over_the_size_limit_is_refused_as_the_pipeline_refuses_it(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TRADEWATCH_MAX_BYTES", "1000")
    big = tmp_path / "big.html"
    big.write_text("<p>" + "Sanctions were imposed. " * 200 + "</p>", encoding="utf-8")
    assert main(["extract", str(big)]) == 2
    err = capsys.readouterr().err
    assert "over the page size limit" in err and "TRADEWATCH_MAX_BYTES" in err
    small = tmp_path / "small.txt"
    small.write_text("OFAC sanctions Sberbank\n\nOFAC on Monday sanctioned Sberbank.\n", encoding="utf-8")
    assert main(["extract", str(small)]) == 0
    assert "Sberbank" in capsys.readouterr().out


def test_relative_dates_left_unresolved_for_want_of_a_publication_date_are_said(tmp_path: Path, capsys) -> None:
    # hostile probe 33 F13: "date": null, and nothing said that "on Friday" needed --published
    text = tmp_path / "fri.txt"
    text.write_text("OFAC designates Amur Shipping\n\nOFAC on Friday designated Amur Shipping LLC.\n", encoding="utf-8")
    assert main(["extract", str(text)]) == 0
    err = capsys.readouterr().err
    assert "1 relative date(s) ('on Friday') not resolved" in err and "--published" in err
    assert main(["extract", str(text), "--published", "2025-03-03"]) == 0
    assert "not resolved" not in capsys.readouterr().err
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta name="date" content="3rd of the month"></head><body><article>'
                    "<h1>OFAC designates Amur Shipping</h1><p>OFAC on Friday designated Amur Shipping LLC for shipping "
                    "Russian oil above the price cap, the Treasury said.</p></article></body></html>", encoding="utf-8")
    assert main(["extract", str(page)]) == 0
    err = capsys.readouterr().err
    assert "publication date '3rd of the month' could not be read" in err and "'on Friday'" in err
