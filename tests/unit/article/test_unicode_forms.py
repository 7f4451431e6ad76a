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


def test_invisible_format_characters_do_not_split_names_on_any_path() -> None:
    # hostile probe 15: trafilatura drops soft hyphens, zero-width spaces, direction marks and BOMs, but an
    # article_selector's text kept them, and the rules read "Sber\u00adbank" as the target "Sber"
    body = "<p>The Treasury sanctioned Sber\u00adbank and Iv\u200ban Pe\u200etrov\u2060 on Monday over support for the war.</p>" * 3
    html = f"<html><body><div class='story'>{body}</div><footer>More news</footer></body></html>"
    for selector in (None, "div.story"):
        text = parse_article(html, article_selector=selector).text
        assert "Sberbank" in text and "Ivan Petrov" in text, (selector, text)
        assert not any(c in text for c in "\u00ad\u200b\u200e\u2060\ufeff")
