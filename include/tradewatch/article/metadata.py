"""An article page's own title, publication date and language, read from its parsed tree.

A page carries other stories' metadata too: related-story cards with microdata dates, a framework's data blob
(Next.js `__NEXT_DATA__`) listing older stories, a live blog's updates, a header clock, an "Updated" date, an og:title
that is only the site's name (hostile probe 30). Each value is therefore taken from where only the page's own can be:

* publication date: the page-level <meta> (article:published_time, og:, Dublin Core, itemprop in <head>), then the
  JSON-LD object that is the page's article (its url or mainEntityOfPage is the page's, else the first article-typed
  object, @graph and mainEntity included, never a nested update or list item), then microdata of the item holding
  the headline, then a <time> of the main article labelled published (or not labelled updated);
* title: og:title unless it is the site's name, then the <h1>, the article object's headline, the <title>; a trailing
  " | Site" naming the site is cut;
* language: <html lang>, unless the extracted text is clearly in another language (`text_language`).
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from tradewatch.article.parse import to_date, written_date

_TITLE_META = frozenset({"og:title", "twitter:title", "dc.title"})
_SITE_META = frozenset({"og:site_name", "application-name", "apple-mobile-web-app-title"})
# Page-level publication dates: written as name= or property= they describe the page wherever they stand (a parser may
# move a late <meta> into <body>); as itemprop= they describe their item, so only those in <head> count here.
_DATE_META = frozenset({
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_publication_date",
    "govuk:first-published-at",
})
_URL_META = frozenset({"og:url"})


def page_metadata(tree: Any, url: str | None) -> tuple[str | None, date | None, str | None, str | None]:
    """(title, publication date, declared language, unread date) of the page `tree` (lxml, before any pruning) found at
    `url`; the unread date is the first value the page gives as its date that states no date we can read (None when
    the page has a date, or gives none)."""
    metas = _metas(tree)
    h1 = next(tree.iter("h1"), None)
    main = _main_element(tree, h1)
    article, broken_ld_date = _jsonld_article(tree, {_url_key(u) for u in (url, metas.get("og:url"), canonical_link(tree))
                                                     if u})
    published, unread = _first_date(
        metas.get("date"),
        _ld_text(article.get("datePublished")) if article else None,
        _microdata_date(tree, main, h1),
        _time_date(main, h1),
        broken_ld_date,
    )
    site_names = _site_names(tree, metas, url)
    og_title = _squash(metas.get("title"))
    page_title = _node_text(tree, "title")
    if og_title and (_key(og_title) in site_names or (page_title and _without_site_suffix(page_title, {_key(og_title)})
                                                      != page_title)):
        # the site's name (og:site_name, or the part of the <title> after the headline), as some sites put in
        # og:title on every page
        site_names.add(_key(og_title))
        og_title = None
    title = (og_title or (_squash(" ".join(h1.itertext())) if h1 is not None else None)
             or (_squash(_ld_text(article.get("headline"))) if article else None) or page_title)
    root = tree.getroottree().getroot()
    lang = (root.get("lang") or "").strip()
    language = lang[:2].lower() if len(lang) >= 2 and lang[:2].isalpha() and lang[:2].isascii() else None
    return (_without_site_suffix(title, site_names) if title else None), published, language, unread


def _first_date(*values: str | None) -> tuple[date | None, str | None]:
    """The first of `values` that is a plausible date (a placeholder such as 1970-01-01 lets the next one speak), and,
    when none is, the first value that states no date at all (to be reported, not silently dropped: hostile probe 33
    F8)."""
    unread = None
    for value in values:
        squashed = _squash(value)
        found = to_date(squashed)
        if found is not None:
            return found, None
        if squashed and unread is None and written_date(squashed) is None:
            unread = squashed[:80]
    return None, unread


def _metas(tree: Any) -> dict[str, str]:
    """The page's first title, site name, url and publication date from its <meta> elements."""
    found: dict[str, str] = {}
    head = next(tree.iter("head"), None)
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if not key:
                continue
            if attr != "itemprop" and key in _TITLE_META:
                found.setdefault("title", content)
            if attr != "itemprop" and key in _SITE_META:
                found.setdefault("site", content)
            if attr != "itemprop" and key in _URL_META:
                found.setdefault("og:url", content)
            if key in _DATE_META and (attr != "itemprop" or (head is not None and _inside(meta, head))):
                found.setdefault("date", content)
    return found


def _inside(el: Any, ancestor: Any) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def canonical_link(tree: Any, head_only: bool = False) -> str | None:
    """The href of the page's first <link rel="canonical">, as written; with `head_only`, only one in <head> (as search
    engines read it: a comment or a post in the body cannot declare what the page is)."""
    head = next(tree.iter("head"), None) if head_only else None
    if head_only and head is None:
        return None
    for link in (head if head is not None else tree).iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return str(link.get("href"))
    return None


def _url_key(url: str) -> str:
    """A URL as compared with an article object's: no scheme, fragment or trailing slash, host in lower case. One that
    is no URL ("https://[site_url]/x", a template's placeholder in og:url or the canonical link) is a key of its own
    that matches no article object's: it failed the whole page, its article lost on every run (hostile probe 50 F7)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    path = parts.path.rstrip("/")
    return f"{parts.netloc.lower()}{path}" + (f"?{parts.query}" if parts.query else "")


# JSON-LD types of an article (schema.org's Article family, postings and reports); a WebPage stands in when the page
# has no article object. Anything else (ItemList, Organization, VideoObject, ...) has no say on the page's date.
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report|PressRelease)$")
_PAGE_TYPES = frozenset({"WebPage", "ItemPage"})


_BROKEN_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _jsonld_article(tree: Any, page_urls: set[str]) -> tuple[dict[str, Any] | None, str | None]:
    """The JSON-LD object that is the page's article: one whose url, @id or mainEntityOfPage is the page's, else the
    first article-typed one (a WebPage when there is none). Top-level objects, @graph members and mainEntity only:
    a live blog's updates, a list's items and a framework's data scripts are other stories.

    Also the first "datePublished" written in a JSON-LD script that is no valid JSON (an unescaped quote in its
    articleBody), the last resort for the page's date."""
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    broken_date = None
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        data = _load_json(script.text)
        if data is None and broken_date is None:
            found = _BROKEN_LD_DATE.search(script.text)
            broken_date = found.group(1) if found else None
        for obj in _top_objects(data):
            kinds = {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in _as_list(obj.get("@type"))}
            if any(_ARTICLE_TYPE.search(k) for k in kinds):
                articles.append(obj)
            elif kinds & _PAGE_TYPES or not kinds:
                pages.append(obj)
    for group in (articles, pages):
        for obj in group:
            if page_urls & {_url_key(u) for u in _object_urls(obj)}:
                return obj, broken_date
        if group:
            return group[0], broken_date
    return None, broken_date


def _load_json(text: str) -> Any:
    text = text.strip()
    for junk in ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"):
        text = text.replace(junk, "")
    try:
        return json.loads(text, strict=False)  # strict=False: raw line breaks inside strings, common in articleBody
    except (ValueError, RecursionError):  # ("[[[[" nested 5,000 deep)
        return None


def _top_objects(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for obj in _as_list(data):
        if not isinstance(obj, dict):
            continue
        if "@graph" in obj:
            out.extend(_top_objects(obj["@graph"]))
            continue
        out.append(obj)
        main = obj.get("mainEntity")
        if isinstance(main, dict):  # a WebPage's mainEntity: the article it holds
            out.extend(_top_objects(main))
    return out


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _object_urls(obj: dict[str, Any]) -> list[str]:
    urls = []
    for key in ("url", "@id", "mainEntityOfPage"):
        for value in _as_list(obj.get(key)):
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and value.strip():
                urls.append(value)
    return urls


def _ld_text(value: Any) -> str | None:
    value = value[0] if isinstance(value, list) and value else value
    return value if isinstance(value, str) else None


def _main_element(tree: Any, h1: Any) -> Any:
    """The element holding the article: the <article> around the headline, the page's only <article>, its <main>,
    else the body."""
    if h1 is not None:
        around = next(h1.iterancestors("article"), None)
        if around is not None:
            return around
    outer = [a for a in tree.iter("article") if next(a.iterancestors("article"), None) is None]
    if len(outer) == 1:
        return outer[0]
    for tag in ("main", "body"):
        found = next(tree.iter(tag), None)
        if found is not None:  # (an lxml element without children is false: no `or` here)
            return found
    return tree


# Parts of a page that hold other stories or the site's furniture, by tag or by class/id words
_OFF_TAGS = frozenset({"nav", "aside", "menu"})
_OFF_NAMES = re.compile(r"related|ticker|trending|most-?read|more-?from|recommend|teaser|promo|sidebar|newsletter|"
                        r"comment|breaking|(?:^|[\s_-])cards?(?:$|[\s_-])", re.I)


def _off_article(el: Any, main: Any, h1: Any) -> bool:
    """Whether `el` sits in a part of `main` that is not the article: a nested <article> (a card), a nav or aside, a
    page-level header or footer, a box named like related stories or a ticker."""
    for anc in el.iterancestors():
        if anc is main:
            return False
        tag = anc.tag if isinstance(anc.tag, str) else ""
        if tag in _OFF_TAGS or (tag == "article" and not (h1 is not None and _inside(h1, anc))):
            return True
        if tag in ("header", "footer") and next(anc.iterancestors("article"), None) is None and not (
                h1 is not None and _inside(h1, anc)):
            return True
        if _OFF_NAMES.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"):
            return True
    return main is not el.getroottree().getroot()  # not below `main` at all


def _microdata_date(tree: Any, main: Any, h1: Any) -> str | None:
    """The datePublished of the microdata item that holds the page's headline (or the main article), never a card's."""
    for el in tree.iter("meta", "time"):
        if (el.get("itemprop") or "").strip().lower() != "datepublished" or _off_article(el, main, h1):
            continue
        scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if scope is None or scope is main or _inside(main, scope) or (h1 is not None and _inside(h1, scope)):
            value = el.get("content") if el.tag == "meta" else el.get("datetime")
            if value and value.strip():
                return str(value)
    return None


# What a <time> or its label says it is: the first publication or a later change
_MODIFIED = re.compile(r"updat|modif|\bedited|revis|aktualisiert|geändert|mis à jour|actualizad|aggiornat", re.I)
_PUBLISHED = re.compile(r"publi|posted|pubdate|created|issued|first|veröffentlicht|erschienen|pubblicat", re.I)
_LABEL = re.compile(_MODIFIED.pattern + "|" + _PUBLISHED.pattern, re.I)


def _time_date(main: Any, h1: Any) -> str | None:
    """The datetime of the main article's <time> marked or labelled as published; else of its first <time> not
    labelled as updated or modified ("Updated <time> — first published <time>" gives the second)."""
    first = None
    for el in main.iter("time"):
        value = (el.get("datetime") or "").strip()
        if not value or _off_article(el, main, h1):
            continue
        kind = _time_kind(el)
        if kind == "published":
            return value
        if kind is None and first is None:
            first = value
    return first


def _time_kind(el: Any) -> str | None:
    """'published', 'modified' or None for a <time>, from its attributes, its parent's, then the words before it."""
    if el.get("pubdate") is not None:
        return "published"
    parent = el.getparent()
    for node in (el, parent):
        if node is None:
            continue
        words = " ".join(str(node.get(a) or "") for a in ("itemprop", "class", "id", "data-testid"))
        if _MODIFIED.search(words):
            return "modified"
        if _PUBLISHED.search(words):
            return "published"
    before = el.getprevious()
    if before is not None:
        text = "".join(before.itertext()) + (before.tail or "")
    else:
        text = (parent.text if parent is not None else None) or ""
    labels = _LABEL.findall(text[-60:])
    if not labels:
        return None
    return "modified" if _MODIFIED.fullmatch(labels[-1]) else "published"


def _site_names(tree: Any, metas: dict[str, str], url: str | None) -> set[str]:
    """The site's name as the page gives it (og:site_name, application-name, the text of its home link), compared
    case- and space-insensitively."""
    names = {metas.get("site")}
    home = {"/", ""}
    if url:
        parts = urlsplit(url)
        home |= {f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://{parts.netloc}/"}
    for link in tree.iter("a"):
        if (link.get("href") or "").strip() in home - {""}:
            logo = next(link.iter("img"), None)
            text = _squash(" ".join(link.itertext())) or (_squash(logo.get("alt")) if logo is not None else None)
            if text and len(text) <= 60:
                names.add(text)
            break
    return {_key(n) for n in names if n}


_SEPARATOR = r"\s+(?:[|\-–—·:]|::)\s+"


def _without_site_suffix(title: str, site_names: set[str]) -> str:
    """`title` without a trailing " | Site" (or " - Site", " – Site", " · Site") that names the site."""
    title = " ".join(title.split())
    for name in site_names:
        match = re.search(_SEPARATOR + re.escape(name) + "$", title, re.IGNORECASE)
        if match and match.start() > 0:
            return title[: match.start()]
    return title


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _node_text(tree: Any, tag: str) -> str | None:
    node = next(tree.iter(tag), None)
    return _squash(" ".join(node.itertext())) if node is not None else None


def _squash(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


# Language of a text, by its script, then by its function words (function_words.yml). A text overrides its page's <html
# lang> by function words only with this many words of its language (fewer in a short text: a share of its words, at
# least 3), at least this share of its words, and twice the declared language's count: a bilingual page, a quoted
# sentence or a name ("von der Leyen") leaves the declared language.
MIN_LANGUAGE_WORDS = 12
MIN_LANGUAGE_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+")


LANGUAGE_SAMPLE_CHARS = 1500

# Letters of a script that names its language (or the few it is written in). A text whose letters are mostly of one is
# in that language whatever the page declares: a Japanese page under a template's lang="en" was stored as English
# (hostile probe 41 F7), and a short Russian notice (under 300 characters, too few function words) stayed "en". Han,
# kana and hangul count three letters each (a character is a syllable or a word: an English page quoting a Chinese
# company's name is still English).
_SCRIPTS = {
    "greek": "\u0370-\u03ff", "cyrillic": "\u0400-\u052f", "armenian": "\u0530-\u058f", "hebrew": "\u0590-\u05ff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff", "devanagari": "\u0900-\u097f",
    "thai": "\u0e00-\u0e7f", "georgian": "\u10a0-\u10ff", "hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "kana": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f", "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff",
}
_SCRIPT_LETTERS = {script: re.compile(f"[{ranges}]+") for script, ranges in _SCRIPTS.items()}
_WIDE_SCRIPTS = frozenset({"han", "kana", "hangul"})
# The languages each script writes, the first when the page declares none of them
_SCRIPT_LANGUAGES = {
    "greek": ("el",), "cyrillic": ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"), "armenian": ("hy",),
    "hebrew": ("he", "yi"), "arabic": ("ar", "fa", "ur", "ps", "ku", "sd", "ug"), "devanagari": ("hi", "mr", "ne"),
    "thai": ("th",), "georgian": ("ka",), "hangul": ("ko",), "kana": ("ja",), "han": ("zh", "ja"),
}
# Languages never written in Latin letters (Serbian, Kazakh and Kurdish often are)
_NON_LATIN_LANGUAGES = frozenset(lang for langs in _SCRIPT_LANGUAGES.values() for lang in langs) - {"sr", "kk", "ku"}
# Letters of a script needed (counted as above) to say the text is in it: a short notice has a few dozen
MIN_SCRIPT_LETTERS = 20
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u036f\u1e00-\u1eff]+")


def text_language(text: str, declared: str | None) -> str | None:
    """The language `text` is written in: `declared` (the page's <html lang>) unless the text's script or its function
    words clearly say another ("de" declared by a site's template over an English article: "en"; "en" over a Japanese
    one: "ja"); for a page that declares none, the language the text shows, if any."""
    # (the text's opening is enough to tell its language: ~250 words; reading 20,000 characters cost ~0.4 ms a page,
    # a sixth of the page's whole parse)
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    script = _main_script(sample, words)
    if script not in (None, "latin"):
        languages = _SCRIPT_LANGUAGES[script]
        if declared in languages:
            return declared
        if script == "cyrillic":  # Russian or Ukrainian: their function words, else Ukrainian's own letters
            counts = _function_word_counts(words)
            ru, uk = counts.get("ru", 0), counts.get("uk", 0)
            return "uk" if uk > ru or (uk == ru and any(c in _UKRAINIAN_LETTERS for c in sample)) else "ru"
        return languages[0]
    counts = _function_word_counts(words)
    best, hits = max(counts.items(), key=lambda kv: kv[1]) if counts else (None, 0)
    if script == "latin" and declared in _NON_LATIN_LANGUAGES:
        # A Latin text under a declared Russian or Japanese: the declaration is wrong whatever the text's length
        # ("english-declared-ru", 274 characters of English, was stored as Russian)
        return best if hits >= 2 else None
    needed = min(MIN_LANGUAGE_WORDS, max(3, math.ceil(MIN_LANGUAGE_SHARE * len(words))))
    if (best is not None and best != declared and hits >= needed and hits >= MIN_LANGUAGE_SHARE * len(words)
            and hits >= 2 * counts.get(declared or "", 0)):
        return best
    return declared


def _main_script(sample: str, words: list[str]) -> str | None:
    """The script of most of `sample`'s letters ("latin", "cyrillic", "han", ...; Han and kana together are Japanese
    when a tenth of them are kana), or None when no script has most, or there are too few letters to say. `words`: the
    sample's words."""
    # (runs of letters found by regular expressions: a loop over every character cost 0.8 ms a page, one match a letter
    # 1.5 ms a Japanese one)
    others = "".join(_OTHER_LETTERS.findall(sample))
    counts = {"latin": sum(map(len, words)) - len(others)}
    left = len(others)
    for script, letters in _SCRIPT_LETTERS.items() if others else ():
        found = sum(map(len, letters.findall(others)))
        left -= found
        if found:
            counts[script] = found * (3 if script in _WIDE_SCRIPTS else 1)
    counts["other"] = left
    kana, han = counts.pop("kana", 0), counts.pop("han", 0)
    if kana or han:  # (kanji are Han characters: a Japanese text is the one with kana among them)
        counts["kana" if kana * 10 >= han else "han"] = kana + han
    total = sum(counts.values())
    if not total:
        return None
    script, most = max(counts.items(), key=lambda kv: kv[1])
    if script == "other" or most * 2 <= total or (script != "latin" and most < MIN_SCRIPT_LETTERS):
        return None
    return script


def _function_word_counts(words: list[str]) -> dict[str, int]:
    known = _function_words()
    counts: dict[str, int] = {}
    for lang in filter(None, map(known.get, words)):
        counts[lang] = counts.get(lang, 0) + 1
    return counts


@cache
def _function_words() -> dict[str, str]:
    """Each function word to its language, the words listed for more than one language left out."""
    from importlib import resources

    import yaml

    raw = yaml.safe_load((resources.files("tradewatch.article") / "function_words.yml").read_text(encoding="utf-8"))
    seen: dict[str, set[str]] = {}
    for lang, words in raw.items():
        for word in words:
            seen.setdefault(str(word).lower(), set()).add(str(lang))
    return {word: next(iter(langs)) for word, langs in seen.items() if len(langs) == 1}
