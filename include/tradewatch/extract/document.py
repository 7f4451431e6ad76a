"""One article prepared for extraction: sentences, entities per sentence, aliases, context."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cached_property

from tradewatch.extract.authorities import Authority, find_authorities
from tradewatch.extract.countries import find_countries
from tradewatch.extract.parties import ORG_WORDS, Entity, find_entities
from tradewatch.extract.sentences import Sentence, split_sentences

_TITLE_CASE_WORD = re.compile(r"\b[A-Z][\w’'-]*")
_WORD = re.compile(r"\b[A-Za-z][\w’'-]*")


class Document:
    def __init__(self, text: str, title: str | None, published: dt.date | None, url: str | None) -> None:
        self.text = text
        self.title = title or ""
        self.published = published
        self.url = url
        self.context = f"{self.title}\n{text}"
        self.sentences: list[Sentence] = split_sentences(text)
        self._entities: dict[int, list[Entity]] = {}
        self._aliases: dict[str, str] = {}

    def entities(self, idx: int) -> list[Entity]:
        """Entities of sentence `idx`, with 'the Bank' resolved to the bank named earlier."""
        if idx not in self._entities:
            sent = self.sentences[idx]
            ents = find_entities(sent.text, sent.start, self.context, self.context)
            for ent in ents:
                if ent.kind == "organization" and ent.name in ORG_WORDS:
                    ent.alias_of = self._antecedent(idx, ent.name) or ""  # "" : a bare common noun
                elif ent.alias_of:
                    self._aliases.setdefault(ent.name, ent.alias_of)
            self._entities[idx] = [e for e in ents if e.alias_of != ""]
        return self._entities[idx]

    def _antecedent(self, idx: int, word: str) -> str | None:
        for j in range(idx - 1, max(-1, idx - 8), -1):
            for ent in self.entities(j):
                if ent.alias_of is None and word in ent.name.split() and ent.name != word:
                    return ent.name
        return None

    def authorities(self, idx: int) -> list[Authority]:
        return find_authorities(self.sentences[idx].text, self.context)

    @cached_property
    def title_authorities(self) -> list[Authority]:
        return find_authorities(self.title, self.context)

    @cached_property
    def country_counts(self) -> Counter[str]:
        return Counter(c.code for c in find_countries(self.context))

    def is_title_case(self, idx: int) -> bool:
        words = _WORD.findall(self.sentences[idx].text)
        caps = _TITLE_CASE_WORD.findall(self.sentences[idx].text)
        return len(words) >= 3 and len(caps) / len(words) > 0.7

    def mentions(self, name: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", self.context))

    def canonical(self, ent: Entity) -> str:
        return ent.alias_of or self._aliases.get(ent.name) or ent.name
