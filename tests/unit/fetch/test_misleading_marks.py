"""Byte-order marks, charset labels and file signatures that contradict the bytes they stand before (hostile probe 13):
believed, they stored an ASCII page as CJK gibberish, Cyrillic names as U+FFFD or mojibake no list matched, and a PDF as
an article of PDF syntax."""

from __future__ import annotations

import codecs

import pytest

from tradewatch.fetch.http import _binary_kind, decode_body

CYRILLIC = "<html><head><title>Новости</title></head><body><p>Санкции против Сбербанка и ВТБ</p></body></html>"


def test_a_utf16_mark_before_8bit_markup_is_not_believed() -> None:
    text, codec = decode_body(codecs.BOM_UTF16_LE + CYRILLIC.encode("utf-8"), "text/html; charset=utf-8")
    assert codec == "utf-8" and "Сбербанка" in text


def test_a_utf8_mark_before_a_cp1251_page_is_not_believed() -> None:
    text, codec = decode_body(codecs.BOM_UTF8 + CYRILLIC.encode("cp1251"), "text/html")
    assert "Сбербанка" in text and "\ufffd" not in text and codec.replace("-", "").endswith("1251")


def test_a_true_mark_still_settles_it() -> None:
    text, codec = decode_body(codecs.BOM_UTF16_LE + CYRILLIC.encode("utf-16-le"), "text/html; charset=iso-8859-1")
    assert codec == "utf-16" and "Сбербанка" in text
    text, codec = decode_body(codecs.BOM_UTF8 + CYRILLIC.encode("utf-8"), "text/html; charset=windows-1251")
    assert codec == "utf-8" and "Сбербанка" in text


@pytest.mark.parametrize("label", ["windows-1251", "koi8-r", "iso-8859-5", "windows-1250"])
def test_valid_utf8_wins_over_a_single_byte_meta_label(label: str) -> None:
    page = CYRILLIC.replace("<head>", f'<head><meta charset="{label}">').encode("utf-8")
    text, codec = decode_body(page, "text/html")
    assert codec == "utf-8" and "Сбербанка" in text


def test_a_cp1251_page_labelled_so_is_still_read_as_such() -> None:
    page = CYRILLIC.replace("<head>", '<head><meta charset="windows-1251">').encode("cp1251")
    text, _ = decode_body(page, "text/html")
    assert "Сбербанка" in text


def test_a_pdf_after_a_line_break_is_a_pdf() -> None:
    pdf = b"\r\n%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n2 0 obj<</Length 44>>stream\nBT /F1 12 Tf (OFAC designated X) Tj ET\n"
    body = pdf * 20
    assert _binary_kind(body, body.decode("latin-1")) == "a PDF document"
    page = b"<html><body><p>Our annual report (%PDF-1.7, 2 MB) is online; see the obj list.</p></body></html>"
    assert _binary_kind(page, page.decode()) is None
