"""An article's text in one Unicode form: decomposed accents and invisible variation selectors neither split nor
hide the names in it (hostile probe 11: "Société" written with combining accents gave the targets "Socie" and "Ge")."""

from __future__ import annotations

import unicodedata

from tradewatch.article.parse import parse_article
from tradewatch.extract import extract_records

BODY = ("The Office of Foreign Assets Control on Tuesday imposed sanctions on Société Générale de Négoce SARL and on "
        "Jürgen Müller, its director, for shipping drone parts to Russia.")


def _page(body: str, title: str = "Treasury sanctions Négoce network") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p><p>The designations were made under Executive Order 14024.</p></article></body></html>")


def _targets(html: str) -> set[str]:
    parsed = parse_article(html, "https://news.example.org/a")
    recs = extract_records(parsed.text, title=parsed.title)
    return {t["name"] for r in recs["sanctions"] for t in r["targets"]}


def test_decomposed_accents_read_as_the_composed_names() -> None:
    nfd = unicodedata.normalize("NFD", BODY)
    assert nfd != BODY
    parsed = parse_article(_page(nfd, unicodedata.normalize("NFD", "Treasury sanctions Négoce network")))
    assert BODY in parsed.text  # stored as composed text
    assert parsed.title == "Treasury sanctions Négoce network"
    composed = _targets(_page(BODY))
    assert "Jürgen Müller" in composed
    assert _targets(_page(nfd)) == composed  # not "Ju", "Mu", "Socie", "Ge"


def test_variation_selectors_inside_names_are_dropped() -> None:
    marked = BODY.replace("Société", "Société\ufe0f").replace("Jürgen", "Jürgen\U000e0100")
    assert _targets(_page(marked)) == _targets(_page(BODY))  # not "Jürgen" and "Müller" apart


def test_ascii_text_is_left_as_it_is() -> None:
    body = "OFAC designated Kestrel Trading LLC on Monday."
    assert body in parse_article(_page(body)).text
