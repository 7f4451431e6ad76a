"""Trigger lexicons for sanction measures and deal types (data/triggers.yaml), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradewatch.extract.lexicon import load_yaml


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    label: str | None  # measure or deal type
    surface: str


def _compile(items: list[dict], key: str) -> list[tuple[re.Pattern[str], str | None]]:
    return [(re.compile(rf"(?<![\w-])(?:{it['pattern']})(?![\w])", re.IGNORECASE), it.get(key)) for it in items]


_CFG = load_yaml("triggers.yaml")
SANCTION_PATTERNS = _compile(_CFG["sanction_triggers"], "measure")
DEAL_PATTERNS = _compile(_CFG["deal_triggers"], "deal_type")
SANCTION_HEDGE = re.compile(rf"\b(?:{_CFG['sanction_hedges']})\b", re.IGNORECASE)
DEAL_ACT = re.compile(rf"\b(?:{_CFG['deal_acts']})\b", re.IGNORECASE)
DEAL_HEDGE = re.compile(rf"\b(?:{_CFG['deal_hedges']})\b", re.IGNORECASE)


def _find(text: str, patterns: list[tuple[re.Pattern[str], str | None]]) -> list[Trigger]:
    found: list[Trigger] = []
    for pattern, label in patterns:
        for m in pattern.finditer(text):
            # A more specific pattern listed earlier already covers this span.
            if any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in found):
                continue
            found.append(Trigger(m.start(), m.end(), label, m.group()))
    return sorted(found, key=lambda t: t.start)


_ADJECTIVAL = re.compile(
    r"\s+(?:jurisdictions?|persons?|entities|entity|countries|country|individuals?|compan(?:y|ies)|parties|regimes?|banks?|people|oligarchs?|firms?|goods|trade|transactions?)\b",
    re.IGNORECASE,
)
_NAME_PART = re.compile(r"\s+[A-Z][a-z]")


def sanction_triggers(text: str, in_heading: bool = False) -> list[Trigger]:
    """Sanction triggers in a sentence, without uses that state no action.

    Skipped: compound adjectives ("U.S.-sanctioned"), "sanctioned" before a noun ("sanctioned
    jurisdictions"), and "Sanctions" inside a capitalised name ("Human Rights Sanctions Regime").
    """
    out = []
    for t in _find(text, SANCTION_PATTERNS):
        if t.start > 0 and text[t.start - 1] == "-":
            continue
        if t.label is None and t.surface.lower() == "sanctioned" and _ADJECTIVAL.match(text, t.end):
            continue
        if t.label is None and not in_heading and t.surface[:1].isupper() and _NAME_PART.match(text, t.end):
            continue
        out.append(t)
    return out


def deal_triggers(text: str) -> list[Trigger]:
    return _find(text, DEAL_PATTERNS)


def is_hedged_sanction(text: str, trigger: Trigger) -> bool:
    """A hedge in the 60 characters before a generic trigger ("threatening sanctions")."""
    window = text[max(0, trigger.start - 60) : trigger.start]
    return bool(SANCTION_HEDGE.search(window)) or bool(SANCTION_HEDGE.match(text, trigger.start))


def has_deal_act(text: str) -> bool:
    return bool(DEAL_ACT.search(text))


def is_hedged_deal(text: str) -> bool:
    return bool(DEAL_HEDGE.search(text))
