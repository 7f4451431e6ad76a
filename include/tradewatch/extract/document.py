"""One article prepared for extraction: sentences, entities per sentence, aliases, context."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from tradewatch.extract.authorities import (
    Authority,
    find_authorities,
    first_candidate_offsets,
    may_hold_authority,
    may_name_state_body,
)
from tradewatch.extract.countries import find_countries
from tradewatch.extract.parties import (
    EDGE_WORDS,
    LEGAL_FORMS,
    ORG_WORDS,
    PERSON_TITLES,
    Entity,
    find_entities,
)
from tradewatch.extract.sentences import Sentence, Sentences
from tradewatch.extract.triggers import (
    Trigger,
    deal_triggers,
    lowercase_is_safe,
    sanction_triggers,
    trigger_spans,
    trigger_starts,
)

# Real sentences hold a few triggers (at most 4 in the corpus and the dev set); a sentence of hundreds
# ("Sanctioned Sanctioned ...", 3,000 characters) is hostile text: each trigger's record costs a look at
# the whole sentence, and such pages cost seconds each. Beyond this many, a sentence's triggers are not read.
MAX_TRIGGERS_PER_SENTENCE = 32

# Records of one kind (sanctions, deals) kept from one article: the most in the dev sets is 13. A page of thousands of
# short deal sentences ("A1 Co bought B1 Ltd for $5m. A2 Co ...") is hostile text; past this many deals its sentences are
# not read, and the cut is said in the article's notes (hostile probe 37 F1).
MAX_RECORDS = 2_000

_ACT_TITLE_DATE = re.compile(
    r"\b(?:Regulation|Decision|Order|Notice|Directive)\b[^\n]{0,60}?\bof\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
)
_SANCTIONS_WORDS = re.compile(
    r"(?i:sanction|embargo|export control|export administration|restrictive measures|blocked|designat|dual-use|"
    r"entity list|export licen[cs]|arms export|industry and security|foreign assets control|defense trade controls)|"
    r"OFAC|OFSI|\bBIS\b|\bITAR\b|\bEAR\b|\bDDTC\b"
)

# A round-up's section heading: a line in capitals, a topic and a colon or a headline ("PRIVACY: X FINED", "MARKETS")
_CAPITALS_LINE = re.compile(r"^(?=[^\n]{4,120}$)[^a-z\n]*[A-Z]{3}[^a-z\n]*$", re.MULTILINE)

_CROSS_LINK = re.compile(
    r"\s*(?i:read\s+more|also\s+read|read\s+also|related(?:\s+(?:story|stories|article|articles|coverage|news))?|"
    r"see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like)\s*[:|>»–—-]\s*\S")

_T = TypeVar("_T")

# The lead: the article's first sentences of some length (see Document.lead).
_LEAD_SENTENCES = 4
_LEAD_MIN_WORDS = 8
# What dates the news: "the companies said on Wednesday", "announced both agreements on Monday", "signed in Muscat on
# 21 May 2025", "in a statement Monday"; not "the following deals were reported by 1600 GMT on Tuesday" (a round-up)
_TOLD = re.compile(r"\b(?:said|says|announced|announces|signed|agreed|unveiled|disclosed|statement|filing|told)\b")
# "transactions announced between September 29 and October 3": a range dates no one deal
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:(?!on\b|in\b)[\w,]+\s+){0,3}?(?:(?:and|to|until)\s+)?$")
# A lead's date older than this is background ("agreed in November"), not the news.
_LEAD_DAYS = 7

_TITLE_CASE_WORD = re.compile(r"\b[A-Z][\w’'-]*")
_WORD = re.compile(r"\b[A-Za-z][\w’'-]*")
# The same on " " + text, the `\b` a consumed non-word character (found by a fast scan): as many
# matches, since a match ends where `[\w’'-]*` stops, so the next one cannot start right there.
_TITLE_CASE_WORD_AFTER_GAP = re.compile(r"[^\w][A-Z][\w’'-]*")
_WORD_AFTER_GAP = re.compile(r"[^\w][A-Za-z][\w’'-]*")
_LOWER_WORD_AFTER_GAP = re.compile(r"[^\w’'-]([a-z][\w’'-]*)")  # whole words: not the "s" of "Iran's"
# Words a title-case headline leaves in lower case ("Sanctions on Iran's Oil Trade", "Deal to Buy X").
_HEADLINE_LOWER = frozenset(
    "a an and as at but by for from in into nor of off on onto or over per the to up upon via vs with".split()
)


def _short_form_of(short: str, full: str) -> bool:
    """Whether `short` can shorten `full`: one of its words ("Qorane"), or the initials of its words ("SGL" for
    "Severnaya Gavan Logistics LLC"; not "DFS" for a name found as "Financial Services")."""
    words = full.split()
    if set(short.split()) <= set(words):
        return True
    initials = "".join(w[0] for w in words if w[:1].isupper() and w not in LEGAL_FORMS)
    # ("LGCL" for "Lindani Graphite Company Limited": the legal form's initial too)
    # ("PGTC" for "Pepel Gateway Terminal Company (SL) Limited": "Company" a legal form, the initials before the form's)
    return short.isupper() and len(short) >= 2 and (
        initials.startswith(short) or "".join(w[0] for w in words if w[:1].isupper()).startswith(short))


# up to four more words after a name (a company's name going on)
_WORDS_AFTER_NAME = re.compile(r"(?:,? [A-Z&][\w&.’'/-]*){1,4}")


def _name_then_words(text: str, name: str) -> list[tuple[int, str]]:
    """Where each whole-word occurrence of `name` in `text` ends, with the words going on after it (found with
    `str.find`: no pattern compiled for each name)."""
    out = []
    i = text.find(name)
    while i != -1:
        before = text[i - 1 : i]
        if not (before.isalnum() or before in ("_", "-")) and (m := _WORDS_AFTER_NAME.match(text, i + len(name))):
            out.append((i + len(name), m.group()))
        i = text.find(name, i + 1)
    return out


# The one capitalised word right before a name, after a lower-case word: "producer Jiangxi Huarui ..."
_PLACE_WORD_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]\w*) $")
_NOT_NAME_HEADS = frozenset({"The", "A", "An", "In", "On", "At", "By", "With", "For", "From", "Its", "Their", "Under", "And",
                             "But", "Of", "To", "As", "Mr", "Ms", "Dr", "New", "Former", "State", "Privately"})
# '(“SGL”)', '(Hydra)': a short name given in brackets after a name
_BRACKETED_ALIAS = re.compile(r"\(\s*[“\"‘']?([A-Z][\w&.’'-]*(?: [\w&.’'-]+){0,3}?)[”\"’']?\s*\)")
# "SINGAPORE/WASHINGTON, Feb 27 (Meridian Wire) - ", "LONDON (Reuters) — ": a dateline and its agency
_DATELINE_AGENCY = re.compile(
    r"(?m)^[A-Z][A-Z/ .'-]{2,60}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s+\(([A-Z][\w&.' -]{1,40}?)\)\s+[-–—]")
_TERM_ACRONYM = re.compile(r" \(([A-Z]{2,6})s?\)")


class Document:
    def __init__(self, text: str, title: str | None, published: dt.date | None, url: str | None) -> None:
        self.text = text
        self.title = title or ""
        self.published = published
        self.url = url
        self.context = f"{self.title}\n{text}"
        # What was not read in full (a text cut, a list or record cap reached): the source run's notes say it
        self.notes: list[str] = []
        # Split as far as read: sentences past the last trigger and its context cost nothing.
        self.sentences = Sentences(text)
        self._entities: dict[int, list[Entity]] = {}
        # Full names of persons (or unknowns) read so far by their last word: the two that start first, as
        # (start, name), distinct names (what `_full_name` needs, found without a scan of every entity)
        self._full_names: dict[str, list[tuple[int, str]]] = {}
        # A surname's full name in the text before it, by (surname, where it stands): `canonical` asks again for every
        # target it compares a name with, and each answer is a scan of the text before
        self._full_names_unread: dict[tuple[str, int], str | None] = {}
        self._full_name_matches: dict[str, list[tuple[int, str]]] = {}  # surname: (end, run) of each run holding it
        # Names looked up through the whole text (each such lookup reads it once): a budget, so that a hostile page naming
        # tens of thousands of different names is not read once per name (hostile probe 15: 22 s); no real article
        # comes near it.
        self._text_scans_left = _MAX_TEXT_SCANS
        self._register_matches: dict[str, list[tuple[int, str]]] = {}  # surname: (end, given names) of its entries
        # the text's ", Given Names" after a word, by that word: (comma, end, given names); made once, when first asked
        self._register_index: dict[str, list[tuple[int, int, str]]] | None = None
        self._aliases: dict[str, str] = {}
        self._registered: dict[str, tuple[list[int], list[str | None]]] = {}
        self._authorities: dict[int, list[Authority]] = {}
        self._title_case: dict[int, bool] = {}
        self._mentions: dict[str, int] = {}
        self._sanction_triggers: dict[int, list[Trigger]] = {}
        self._per_sentence: dict[tuple[str, int], Any] = {}
        lowered = text.lower()
        # Lower-cased text lets the trigger patterns run without IGNORECASE (much faster in `re`).
        self._lowered = lowered if lowercase_is_safe(text, lowered) else None

    def may_scan_text(self) -> bool:
        """Whether one more lookup that reads the whole text is within the page's budget (counted as it is asked)."""
        if self._text_scans_left <= 0:
            return False
        self._text_scans_left -= 1
        return True

    def per_sentence(self, kind: str, idx: int, compute: Callable[[], _T]) -> _T:
        """`compute()` for sentence `idx`, once per (kind, sentence): what the rules ask of a sentence for each
        of its triggers (its target or party candidates, its unnamed count) is found once."""
        key = (kind, idx)
        if key not in self._per_sentence:
            self._per_sentence[key] = compute()
        return self._per_sentence[key]

    def _lowered_sentence(self, idx: int) -> str | None:
        sent = self.sentences[idx]
        return self._lowered[sent.start : sent.end] if self._lowered is not None else None

    @cached_property
    def _starts(self) -> list[int] | None:
        """Where in the article a trigger may start (`trigger_starts`), None without a lower-cased text."""
        return trigger_starts(self._lowered) if self._lowered is not None else None

    @cached_property
    def header_date(self) -> dt.date | None:
        """A date standing at the end of one of the document's first short lines, before any sentence that
        may state an action ("SOR/2022-87 April 26, 2022", "Press release | 12 May 2026"): the date of the act
        an official document records, which its publication may follow by weeks. None when there is none, or
        when it is after the publication."""
        from tradewatch.extract.dates import find_dates

        # Only lines before the first sentence that may state an action: the document's head.
        head_end = min((self.sentences[i].start for i in self.trigger_sentences), default=0)
        for line in self.text[: min(800, head_end)].split("\n")[:6]:
            line = line.strip()
            if not line or len(line) > 80:
                continue
            found = [d for d in find_dates(line) if not d.relative and not line[d.end :].strip()]
            if found:
                date = found[-1].date
                return None if self.published is not None and date > self.published else date
        # An official act's title dates it: "Council Implementing Regulation (EU) 2026/1234 of 12 March 2026 ...".
        titled = _ACT_TITLE_DATE.search(self.title)
        if titled:
            found = [d for d in find_dates(titled.group(1)) if not d.relative]
            if found and (self.published is None or found[0].date <= self.published):
                return found[0].date
        return None

    @cached_property
    def lead(self) -> list[int]:
        """Indexes of the lead's sentences: the article's first _LEAD_SENTENCES of _LEAD_MIN_WORDS words or more (a
        subtitle, a byline or a dateline alone is shorter)."""
        out: list[int] = []
        for i, sent in enumerate(self.sentences):
            if len(out) == _LEAD_SENTENCES:
                break
            if len(sent.text.split()) >= _LEAD_MIN_WORDS:
                out.append(i)
        return out

    @cached_property
    def lead_date(self) -> dt.date | None:
        """The first date in the lead's sentences that tell of the news ("the companies said in a statement Monday"),
        in the week up to publication; None without one."""
        from tradewatch.extract.dates import action_dates

        if self.published is None:
            return None
        for i in self.lead:
            text = self.sentences[i].text
            if not _TOLD.search(text):
                continue
            for d in action_dates(text, self.published):
                if (not _RANGE_BEFORE.search(text, max(0, d.start - 40), d.start)
                        and 0 <= (self.published - d.date).days <= _LEAD_DAYS):
                    return d.date
        return None

    @cached_property
    def about_sanctions(self) -> bool:
        """Whether the article speaks of sanctions or export controls at all (a fine for abusing market
        dominance is a penalty, but not for a sanctions breach)."""
        return _SANCTIONS_WORDS.search(self.text) is not None

    @cached_property
    def _section_headings(self) -> list[int]:
        """Where the round-up sections of a page begin: lines in capitals ("PRIVACY: X FINED OVER DATA TRANSFERS",
        "SPORT: FIFA SANCTIONS CLUB"), at least two of them; empty for a page without such sections."""
        if not self.about_sanctions:
            return []
        starts = [m.start() for m in _CAPITALS_LINE.finditer(self.text)]
        return starts if len(starts) >= 2 else []

    def section_about_sanctions(self, offset: int) -> bool:
        """Whether the part of a round-up holding `offset` (from its capitals heading to the next), or the whole
        article when it has no such parts, speaks of sanctions: "FIFA SANCTIONS CLUB" in a briefing's sport section
        does not make its privacy section's fine a sanctions penalty."""
        heads = self._section_headings
        if not heads or offset < heads[0]:
            return self.about_sanctions
        at = bisect.bisect_right(heads, offset) - 1
        end = heads[at + 1] if at + 1 < len(heads) else len(self.text)
        return (_SANCTIONS_WORDS.search(self.text, heads[at], end) is not None
                or _SANCTIONS_WORDS.search(self.title or "") is not None)

    @cached_property
    def trigger_sentences(self) -> frozenset[int]:
        """Indexes of the sentences that may hold a trigger; the others are never analysed."""
        sents = self.sentences
        found: set[int] = set()
        for start, end in trigger_spans(self.text, self._lowered, self._starts):
            # Every sentence starting at or before `start` is split: the bisect sees what it would
            # see in the full list.
            sents.split_through(start)
            i = max(bisect.bisect_right(sents.items, start, key=_start) - 1, 0)
            while sents.has(i) and sents.items[i].start < end:
                if sents.items[i].end > start:
                    found.add(i)
                i += 1
        # "READ MORE: EU sanctions X over drone parts", "Also read: Y buys Z": another story's headline, linked from this
        # one's text (a site whose boxes no class name gives away: hostile probe 30 M4), is no statement of this story
        return frozenset(i for i in found if not _CROSS_LINK.match(sents.items[i].text))

    def _sentence_starts(self, idx: int) -> list[int] | None:
        """The article's possible trigger starts inside sentence `idx`, as offsets into it."""
        if self._starts is None:
            return None
        sent = self.sentences[idx]
        lo = bisect.bisect_left(self._starts, sent.start)
        hi = bisect.bisect_left(self._starts, sent.end, lo)
        return [p - sent.start for p in self._starts[lo:hi]]

    def sanction_triggers(self, idx: int) -> list[Trigger]:
        if idx not in self.trigger_sentences:
            return []
        if idx not in self._sanction_triggers:
            sent = self.sentences[idx].text
            self._sanction_triggers[idx] = sanction_triggers(
                sent, in_heading=self.is_title_case(idx), lowered=self._lowered_sentence(idx),
                starts=self._sentence_starts(idx),
            )[:MAX_TRIGGERS_PER_SENTENCE]
        return self._sanction_triggers[idx]

    def deal_triggers(self, idx: int) -> list[Trigger]:
        if idx not in self.trigger_sentences:
            return []
        found = deal_triggers(self.sentences[idx].text, lowered=self._lowered_sentence(idx), starts=self._sentence_starts(idx))
        return found[:MAX_TRIGGERS_PER_SENTENCE]

    def entities(self, idx: int) -> list[Entity]:
        """Entities of sentence `idx`, with 'the Bank' resolved to the bank named earlier."""
        if idx not in self._entities:
            sent = self.sentences[idx]
            # a ministry found by its shape may still be a party ("signed a loan agreement with Zambia's Ministry of Finance")
            # (the context is the title and the text: a line start is read in the text itself)
            ents = find_entities(sent.text, sent.start, self.context, self.context, [a for a in self.authorities(idx) if not a.body],
                                 at_line_start=self.text[sent.start - 1 : sent.start] in ("\n", ""))
            for ent in ents:
                if ent.kind == "organization" and ent.name in ORG_WORDS:
                    ent.alias_of = self._antecedent(idx, ent.name) or ""  # "" : a bare common noun
                elif ent.alias_of:
                    self._aliases.setdefault(ent.name, ent.alias_of)
            self._entities[idx] = [e for e in ents if e.alias_of != "" and e.name not in self._term_acronyms
                                   and e.name not in self._media_names]
            for e in self._entities[idx]:
                if e.kind in ("person", "unknown") and " " in e.name:
                    self._note_full_name(e)
        return self._entities[idx]

    @cached_property
    def _media_names(self) -> frozenset[str]:
        """The news agency a dateline names ("SINGAPORE, Feb 27 (Meridian Wire) -"): the story's teller, no party or target
        where the text cites it again ("a copy of the memorandum seen by Meridian Wire")."""
        if "(" not in self.text[:2000]:
            return frozenset()
        return frozenset(m.group(1) for m in _DATELINE_AGENCY.finditer(self.text, 0, 2000))

    @cached_property
    def _term_acronyms(self) -> frozenset[str]:
        """Acronyms the text defines for lower-case words ("proton exchange membrane (PEM)", "liquefied natural gas
        (LNG)"): a term's short form ("PEM electrolyser stacks"), never a name."""
        if "(" not in self.text:
            return frozenset()
        text = self.text
        # (the scan opens with a literal " (": `re` finds it by a fast search)
        # (each in the singular and the plural: "agreements (SPAs)", then "The two SPAs" or "the first SPA")
        return frozenset(form for m in _TERM_ACRONYM.finditer(text)
                         if text[text.rfind(" ", 0, m.start()) + 1 : m.start()][:1].islower()
                         for form in (m.group(1), m.group(1) + "s"))

    def earlier_organisation(self, idx: int, kinds: tuple[str, ...] = ("organization", "unknown")) -> Entity | None:
        """The first organisation (an entity of `kinds`) named in the one or two sentences before `idx`: whom "the
        company" refers to."""
        for j in range(idx - 1, max(-1, idx - 3), -1):
            for ent in self.entities(j):
                if ent.kind in kinds and ent.alias_of is None and not self._subhead(j, ent):
                    return ent
        return None

    def _subhead(self, idx: int, ent: Entity) -> bool:
        """Whether `ent` is a capitals subheading standing on its own line ("SANCTIONS BACKGROUND"), no name."""
        sent = self.sentences[idx]
        return (ent.name.isupper() and " " in ent.name and sent.text.strip() == ent.name
                and self.text[sent.end : sent.end + 1] in ("\n", ""))

    def _antecedent(self, idx: int, word: str) -> str | None:
        for j in range(idx - 1, max(-1, idx - 8), -1):
            for ent in self.entities(j):
                if ent.alias_of is None and word in ent.name.split() and ent.name != word:
                    return ent.name
        return None

    def authorities(self, idx: int) -> list[Authority]:
        if idx not in self._authorities:
            sent = self.sentences[idx]
            # a state's ministry named by its shape matters only where an action may be stated
            bodies = idx in self.trigger_sentences and may_name_state_body(sent.text)
            if bodies or may_hold_authority(self.text, sent.start, sent.end):
                self._authorities[idx] = find_authorities(sent.text, self.context, bodies=bodies)
            else:
                self._authorities[idx] = []
        return self._authorities[idx]

    def first_authority(self, before: int | None = None,
                        keep: Callable[[int, Authority], bool] | None = None) -> Authority | None:
        """The first authority of the first sentence that names one (of those before sentence `before`, if given;
        only those `keep(sentence index, authority)` keeps, if given).

        Only sentences holding a place where an alias may start can name one (a sentence start
        follows whitespace or a line break, so the whole-text scan sees those places too): the
        others are neither split nor searched.
        """
        tried = -1
        for offset in first_candidate_offsets(self.text):
            idx = self.sentences.containing(offset)
            if idx is None or idx <= tried:
                continue
            if before is not None and idx >= before:
                return None
            tried = idx
            found = [a for a in self.authorities(idx) if keep is None or keep(idx, a)]
            if found:
                return found[0]
        return None

    @cached_property
    def title_authorities(self) -> list[Authority]:
        return find_authorities(self.title, self.context, bodies=True)

    @cached_property
    def country_counts(self) -> Counter[str]:
        return Counter(c.code for c in find_countries(self.context))

    @cached_property
    def _mention_text(self) -> str:
        """The context without body lines that repeat the title (pages often print it twice)."""
        title = self.title.strip()
        if not title or title not in self.text:
            return self.context
        return "\n".join(line for line in self.context.split("\n")[1:] if line.strip() != title) + "\n" + title

    def is_title_case(self, idx: int) -> bool:
        if idx not in self._title_case:
            padded = " " + self.sentences[idx].text
            # A headline capitalises its verbs: a lower-case word other than a small one ("The UK
            # sanctioned Volga Maritime Holdings LLC on Monday.") makes a sentence, however many names.
            # Tested first, word by word: most sentences show one within their first few words.
            sentence_like = any(m.group(1) not in _HEADLINE_LOWER for m in _LOWER_WORD_AFTER_GAP.finditer(padded))
            if sentence_like:
                self._title_case[idx] = False
            else:
                words = len(_WORD_AFTER_GAP.findall(padded))
                caps = len(_TITLE_CASE_WORD_AFTER_GAP.findall(padded))
                self._title_case[idx] = words >= 3 and caps / words > 0.7
        return self._title_case[idx]

    def mentions(self, name: str) -> int:
        if name not in self._mentions:
            self._mentions[name] = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", self._mention_text))
        return self._mentions[name]

    def canonical(self, ent: Entity) -> str:
        name = ent.alias_of or self._aliases.get(ent.name) or self._alias_defined_apart(ent)
        if name:
            return name
        if ent.kind in ("person", "unknown") and " " not in ent.name:
            # ("Corvina" after "Dubai-based Corvina Energy Trading DMCC": a company's one-word short name)
            return (self._full_name(ent) or (self._registered_name(ent.name, ent.start) if ent.kind == "unknown" else None)
                    or ent.name)
        if ent.kind in ("organization", "unknown") and " " in ent.name and ent.name.split()[-1] not in LEGAL_FORMS:
            return self._registered_name(ent.name, ent.start) or ent.name
        return ent.name

    def _registered_name(self, name: str, start: int) -> str | None:
        """"Shenzhen Yuxiang" after "Shenzhen Yuxiang Electronics Co Ltd" (or "Corvina" after "Corvina Energy Trading
        DMCC"): a company's name shortened by its last words, up to and with its legal form, when the text before
        names it so one way only."""
        if name not in self._registered:
            if not self.may_scan_text():
                return None
            self._registered[name] = self._registered_names(name)
        ends, answers = self._registered[name]
        k = bisect.bisect_right(ends, start)  # the occurrences that end by `start`
        return answers[k - 1] if k else None

    def _registered_names(self, name: str) -> tuple[list[int], list[str | None]]:
        """Where each occurrence of `name` ends, and the answer of `_registered_name` for a start just after it: the
        text is read once per name, not once per mention (a page naming a company thousands of times)."""
        ends: list[int] = []
        answers: list[str | None] = []
        found: set[str] = set()
        for end, going_on in _name_then_words(self.text, name):
            words = going_on.split()
            ends_at = [k for k, w in enumerate(words) if w.rstrip(",") in LEGAL_FORMS]
            # (a comma standing apart, "Bahía de Matanchén , S.A.", is a word of its own here: no such name)
            if ends_at and all(w[:1].isupper() or w[:1] == "&" for w in words[: ends_at[0] + 1]):
                last = ends_at[0]
                while last + 1 < len(words) and words[last + 1].rstrip(",") in LEGAL_FORMS:
                    last += 1  # "Co Ltd", "Co., Ltd."
                # ("Huarui" after "Jiangxi Huarui New Materials Co Ltd": the province word before it is the name's too)
                head = _PLACE_WORD_BEFORE.search(self.text, max(0, end - len(name) - 30), end - len(name))
                if head is not None and (head.group(1) in _NOT_NAME_HEADS or find_countries(head.group(1))):
                    head = None
                if len(found) < 2:
                    found.add(" ".join([*([head.group(1)] if head else []), name, *words[: last + 1]]).rstrip(","))
            ends.append(end)
            answers.append(next(iter(found)) if len(found) == 1 else None)
        return ends, answers

    def _alias_defined_apart(self, ent: Entity) -> str | None:
        """'SGL' where 'Severnaya Gavan Logistics LLC ("SGL") is a port agency ...' stands in a sentence the rules
        did not read: that sentence's entities are found, which notes the alias (see `entities`)."""
        if ent.kind == "country" or ent.name not in self._alias_definitions:
            return None
        for idx in self._alias_definitions[ent.name]:
            if idx not in self._entities:
                known = set(self._aliases)
                self.entities(idx)
                # what that sentence's reading noted, kept where the short name fits the long one (not "RRDF" for a
                # name read as "Development Foundation")
                for short in set(self._aliases) - known:
                    if not _short_form_of(short, self._aliases[short]):
                        del self._aliases[short]
        return self._aliases.get(ent.name)

    @cached_property
    def _alias_definitions(self) -> dict[str, list[int]]:
        """Short names given in brackets after a name ('(“SGL”)', '(Hydra)'), with the sentences that give them."""
        out: dict[str, list[int]] = {}
        for m in _BRACKETED_ALIAS.finditer(self.text):
            idx = self.sentences.containing(m.start())
            if idx is not None and idx not in out.setdefault(m.group(1), []):
                out[m.group(1)].append(idx)
        return out

    def _note_full_name(self, ent: Entity) -> None:
        first = self._full_names.setdefault(ent.name.split()[-1], [])
        for k, (start, name) in enumerate(first):
            if name == ent.name:
                if ent.start < start:
                    first[k] = (ent.start, name)
                    first.sort()
                return
        first.append((ent.start, ent.name))
        first.sort()
        del first[2:]

    def _full_name(self, ent: Entity) -> str | None:
        """"Aristil" after "Fritzner Aristil": a surname alone names the one person named in full before it (among
        the sentences read so far); None when none or two ("Kim" after "Kim Jong Un" and "Kim Yo Jong")."""
        before = [name for start, name in self._full_names.get(ent.name, ()) if start < ent.start]
        if before:
            return before[0] if len(before) == 1 else None
        key = (ent.name, ent.start)
        if key not in self._full_names_unread:
            self._full_names_unread[key] = self._full_name_unread(ent.name, ent.start)
        return self._full_names_unread[key]

    def _register_entries(self, surname: str) -> list[tuple[int, str]]:
        """Where each register entry of `surname` ("SOKOLOVSKY, Arkady Valentinovich") ends, and its given names: found
        once a surname (searched again for each mention, a page naming "ZORVEX" 4,000 times took 12 s)."""
        found = self._register_matches.get(surname)
        if found is None:
            # One pass over the text for all surnames (a pass a surname cost a page naming thousands of different
            # ALL-CAPS names 24 s): every ", Given Names", filed by the word before its comma.
            if self._register_index is None:
                self._register_index = {}
                for m in _REGISTER_GIVEN.finditer(self.text):
                    word = _WORD_BEFORE.search(self.text, max(0, m.start() - 200), m.start())
                    self._register_index.setdefault(word.group() if word else "", []).append((m.start(), m.end(), m["given"]))
            text, size = self.text, len(surname)
            tail = _WORD_BEFORE.search(surname)
            found = [(end, given) for comma, end, given in self._register_index.get(tail.group() if tail else "", ())
                     # the surname whole before the comma, no word character before it
                     if comma >= size and text.startswith(surname, comma - size)
                     and (comma == size or not _NAME_CHAR.match(text, comma - size - 1))]
            self._register_matches[surname] = found
        return found

    def _full_name_runs(self, surname: str) -> list[tuple[int, str]]:
        """Where each capitalised run holding `surname` ends in the text, and the run: found in one pass a surname (a
        pass a mention made the cost grow with the text times its mentions: minutes for a hostile 20 KB page)."""
        runs = self._full_name_matches.get(surname)
        if runs is None and not self.may_scan_text():
            return []
        if runs is None:
            # (a run is words joined by spaces, within a line: only the lines holding the surname are searched, each
            # up to its line break, which the look-ahead at a run's end sees as it would in the whole text)
            # (and within a line, only around each occurrence: a run is at most eight words, so a window of
            # _RUN_REACH characters each side holds it; a page of one 190 KB line naming thousands of different names
            # rescanned the whole line per name: 66 s)
            text, runs = self.text, []
            at = text.find(surname)
            # (a run needs a capitalised word right before the surname: without one at any occurrence there is none, and
            # no pattern is compiled for it; a page naming thousands of different one-word names compiled one each, 22 s,
            # hostile probe 15)
            first = at
            while first >= 0 and not _CAPITAL_WORD_BEFORE.search(text, max(0, first - 40), first):
                first = text.find(surname, first + len(surname))
            if first < 0:
                self._full_name_matches[surname] = runs
                return runs
            pattern = _full_name_pattern(surname)
            lo = hi = -1  # the window being gathered: occurrences close together share one
            while at >= 0:
                line_start = text.rfind("\n", 0, at) + 1
                line_end = text.find("\n", at)
                line_end = len(text) if line_end < 0 else line_end
                start, end = max(line_start, at - _RUN_REACH), min(line_end, at + len(surname) + _RUN_REACH)
                if lo >= 0 and start <= hi and text.rfind("\n", lo, start) < 0:
                    hi = max(hi, end)
                else:
                    if lo >= 0:
                        runs += _runs_in(pattern, text, lo, hi)
                    lo, hi = start, end
                at = text.find(surname, at + len(surname))
            if lo >= 0:
                runs += _runs_in(pattern, text, lo, hi)
            self._full_name_matches[surname] = runs
        return runs

    def _full_name_unread(self, surname: str, start: int) -> str | None:
        """The full name of `surname` in a sentence the rules did not read ("Maj. Gen. Idris Abakar Sendiq, known by
        ... commanded RSF units"), also with the surname before a second one ("Ernesto Valladares Quiñónez"): a
        person's, not an organisation's ("Norvane Shipping", "Aeronautica Valdieri S.p.A.") or a place's."""
        # ("Oil Minister Nelson Arraiz": the words of a role before its title are no part of the name)
        full = {
            " ".join(w for w in _after_title(run.split()) if w.lower() not in _HEADLINE_LOWER)
            for end, run in self._full_name_runs(surname) if end <= start
        }
        # (not "If Meridal complies ...": a word that opens a sentence is no first name)
        full = {" ".join(words[1:]) if words[0] in EDGE_WORDS else name for name in full if (words := name.split())}
        full = {name for name in full if len(name.split()) > 1}
        if surname.isupper() and len(surname) > 2:
            # "SOKOLOVSKY" after a notice's "SOKOLOVSKY, Arkady Valentinovich": a register's entry, surname first
            full |= {f"{given} {surname}" for end, given in self._register_entries(surname) if end <= start}
        if not full:
            return None
        longest = max(full, key=lambda name: (len(name), name))
        if any(not set(name.split()) <= set(longest.split()) for name in full):
            return None  # two people ("Kim Jong Un", "Kim Yo Jong"); not "Farshad Rezvani" for "Farshad Moghaddam Rezvani"
        name = longest
        words = name.split()
        if words[0] in _PLACE_ADJECTIVES or any(w in ORG_WORDS or w in LEGAL_FORMS for w in words) or find_countries(name):
            return None
        return name


def _after_title(words: list[str]) -> list[str]:
    """The words of a run after its last person title ("Oil Minister Nelson Arraiz": "Nelson Arraiz")."""
    last = max((i for i, w in enumerate(words) if w in PERSON_TITLES), default=-1)
    return words[last + 1 :]


# "Southern Luzon", "Greater Manchester": a region, not a person's full name
_PLACE_ADJECTIVES = frozenset(
    "Southern Northern Eastern Western Central Upper Lower Greater Inner Outer New Old North South East West".split()
)


_RUN_REACH = 400


def _runs_in(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """`pattern`'s runs in text[lo:hi], less one cut off at a window's end inside a line (its look-ahead could not see on);
    the look-behind sees the text before `lo` as it is."""
    at_line_end = hi == len(text) or text[hi] == "\n"
    return [(m.end(), m.group()) for m in pattern.finditer(text, lo, hi) if at_line_end or m.end() < hi]


_MAX_TEXT_SCANS = 2000
_CAPITAL_WORD_BEFORE = re.compile(r"(?:[A-Z]\.|[A-Z][\w’'-]*) $")


@functools.lru_cache(maxsize=1024)
def _full_name_pattern(surname: str) -> re.Pattern[str]:
    """A capitalised run holding `surname` after a first word: "Idris Abakar Sendiq", "Ernesto Valladares Quiñónez"."""
    # (a word of a name: "Al-Madani", "O'Brien", an initial "J."; not "July." or "Dubai-based", nor "Korea's")
    cap = r"(?:[A-Z]\.|[A-Z][\w’']*(?<![’']s)(?:-[A-Z][\w’']*)*)"
    # (at most four words after the surname, taken possessively: giving one back always leaves " [A-Z]" next, which the
    # look-ahead refuses, so backtracking could find nothing; unbounded, every word of a run of thousands of capitalised
    # words started a scan to its end: seconds for a hostile page)
    return re.compile(rf"(?<![\w’'-])(?:{cap} ){{1,3}}{re.escape(surname)}(?: {cap}){{0,4}}+(?![\w’'-]|\.\w| [A-Z])")


# A register's entry: a surname (in capitals), given names after a comma: "SOKOLOVSKY, Arkady Valentinovich". The part
# from the comma; the surname before it is looked up by its last word (`Document._register_entries`).
_GIVEN = r"[A-Z][a-zß-ÿ’'-]+"
_REGISTER_GIVEN = re.compile(rf",\s(?P<given>{_GIVEN}(?: {_GIVEN}){{0,3}})(?![\w’'-])")
_WORD_BEFORE = re.compile(r"[\w’'-]*\Z")
_NAME_CHAR = re.compile(r"[\w’'-]")


def _start(sent: Sentence) -> int:
    return sent.start
