"""Country names, demonyms and adjectives to ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tradewatch.extract.lexicon import alternation as alternation_of
from tradewatch.extract.lexicon import load_csv


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    code: str
    surface: str


def _build() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    by_alias: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in load_csv("countries.csv"):
        code = row["code"].strip()
        names[code] = row["name"].strip()
        for alias in [row["name"], *(row.get("aliases") or "").split("|")]:
            alias = alias.strip()
            if alias:
                by_alias.setdefault(alias, code)
    alternation = alternation_of(by_alias)
    # Case-sensitive on purpose: "US" is a country, "us" is a pronoun.
    # Run on " " + text, the look-behind `(?<![\w.])` written as a consumed character: `re` then
    # skips ahead by a fast scan for that character instead of trying the alternation everywhere.
    # Same matches while every alias starts with a letter or digit (a match then never starts where
    # the previous one ended, the one place the two forms differ).
    if not all(re.match(r"\w", alias) for alias in by_alias):
        raise ValueError("country aliases must start with a letter or digit")
    pattern = re.compile(rf"[^\w.](?:the )?({alternation})(?:['’]s)?(?![\w])")
    return by_alias, names, pattern


_BY_ALIAS, _NAMES, _PATTERN = _build()
_BY_ALIAS_LOWER = {k.lower(): v for k, v in _BY_ALIAS.items()}


_CONTINENT_BEFORE = re.compile(r"(?:South|North|Latin|Central|Pan)[ -]$")
# "the Indian Ocean", "the South China Sea", "the Niger Delta", "the Benin basin": waters and lands named after a
# country are not the country.
_WATER_AFTER = re.compile(r" (?:Ocean|Seas?|Delta|[Bb]asin)\b")


def find_countries(text: str) -> list[CountryMention]:
    """Every country mention in `text`, longest alias first, with offsets of the alias itself."""
    return list(_find_countries(text))


@functools.lru_cache(maxsize=256)
def _find_countries(text: str) -> tuple[CountryMention, ...]:
    """The mentions of `text` (immutable, so shared): an article asks about the same sentence,
    headline or name several times (parties, deal countries, authorities)."""
    out = []
    for m in _PATTERN.finditer(" " + text):  # offsets one more than into `text`
        alias = m.group(1)
        start = m.start(1) - 1
        if alias.startswith("America") and _CONTINENT_BEFORE.search(text, max(0, start - 8), start):
            continue  # "a South American economy", "Latin America": a continent, not the United States
        if text.startswith("$", m.end(1) - 1):
            continue  # "US$1.3 billion": a currency, not where anything is
        if _WATER_AFTER.match(text, m.end(1) - 1):
            continue
        out.append(CountryMention(start, m.end(1) - 1, _BY_ALIAS[alias], alias))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """ISO code for a country name, demonym or adjective; None when unknown."""
    if not name:
        return None
    key = name.strip().removeprefix("the ").removeprefix("The ").strip()
    key = re.sub(r"['’]s$", "", key)
    # ("TÜRKİYE": "İ" lower-cases to "i" and a combining dot)
    return _BY_ALIAS.get(key) or _BY_ALIAS_LOWER.get(key.replace("İ", "I").lower())


def country_name(code: str) -> str:
    """Short English name of a country code (the code itself when unknown)."""
    return _NAMES.get(code, code)


def is_country_name(name: str) -> bool:
    return country_code(name) is not None
