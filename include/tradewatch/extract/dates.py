"""Dates in text: absolute ("June 05, 2019", "8 December 2026", "2019-06-05") and relative
("today", "on Wednesday", "yesterday"), resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from tradewatch.extract.lexicon import word_start_gap_form

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    # "on 14.03.2025": day, month, year with dots (as Europe writes them)
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
    # "on 12/25/2024", "on 25/12/2024": read only when one of the two is past 12 (3/4/2025 is March or April)
    re.compile(r"\b(?P<p1>\d{1,2})/(?P<p2>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
]
_RELATIVE = re.compile(
    r"\b(?P<rel>today|yesterday|tomorrow|this week|on (?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


_YEAR_ANYWHERE = re.compile(r"(?:19|20)\d\d")
# "on March 12", "12 March": a date without its year is the publication's year (or the year before,
# when that would put it more than a week after publication). Capitalised months only: "they march 12
# miles" is no date.
_CAP_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NO_YEAR_AFTER = r"(?!,?\s+(?:19|20)\d\d)(?![\w/-])"
_YEARLESS = [
    re.compile(rf"\b{_CAP_MONTH}\s+{_DAY}\b{_NO_YEAR_AFTER}"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_CAP_MONTH}\b{_NO_YEAR_AFTER}"),
]


def _gap_lower(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` for lower-cased ASCII text, its leading `\\b` a consumed gap on " " + text.

    Same matches at offsets one more (IGNORECASE equates only ASCII letters on ASCII text), and
    finditer finds the same ones: every match of the date patterns ends in a word character (digits,
    a weekday) before its final `\\b`, so no match starts where another ends, and the gap form never
    needs the character the previous match consumed. (Only for patterns with that property.)
    """
    source = pattern.pattern
    if re.search(r"\\[A-Z]", source) or not source.isascii():
        return None
    # Lower case, but not the `(?P<name>` syntax (the names are lower case already: checked below).
    gap = word_start_gap_form(source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P="))
    if gap is None or not source.endswith(r"\b"):
        return None
    fast = re.compile(gap)
    return fast if fast.groupindex.keys() == pattern.groupindex.keys() else None


_PATTERNS_LOWER = [_gap_lower(p) for p in _PATTERNS]
_RELATIVE_LOWER = _gap_lower(_RELATIVE)


def _matches(
    pattern: re.Pattern[str], fast: re.Pattern[str] | None, text: str, padded_lower: str | None
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, match) of `pattern.finditer(text)`, by `fast` on " " + lower case when given."""
    if fast is None or padded_lower is None:
        return ((m.start(), m.end(), m) for m in pattern.finditer(text))
    return ((m.start(), m.end() - 1, m) for m in fast.finditer(padded_lower))


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    relative: bool


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date in `text`; relative dates only when `published` is known."""
    return list(_find_dates(text, published))


@functools.lru_cache(maxsize=256)
def _find_dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """The dates of `text` (immutable, so shared): records of one sentence and the deal dates ask
    about the same sentence and headline again."""
    out: list[DateMention] = []
    spans: list[tuple[int, int]] = []
    padded_lower = " " + text.lower() if text.isascii() else None
    # Every absolute pattern needs a year; most sentences have none, and this check is cheap.
    for pattern, fast in zip(_PATTERNS, _PATTERNS_LOWER, strict=True) if _YEAR_ANYWHERE.search(text) else ():
        for start, end, m in _matches(pattern, fast, text, padded_lower):
            if any(s <= start < e for s, e in spans):
                continue
            if "p1" in pattern.groupindex:
                first, second = int(m.group("p1")), int(m.group("p2"))
                if (first > 12) == (second > 12):
                    continue  # "3/4/2025": March the 4th or 3 April, the text does not say
                day, month = (first, second) if first > 12 else (second, first)
            else:
                day = int(m.group("day"))
                month = int(m.group("mnum")) if "mnum" in pattern.groupindex else _MONTHS[m.group("month").lower()]
            try:
                value = dt.date(int(m.group("year")), month, day)
            except ValueError:
                continue
            out.append(DateMention(start, end, value, False))
            spans.append((start, end))
    if published is not None:
        for pattern in _YEARLESS:
            for m in pattern.finditer(text):
                if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans):
                    continue
                yearless = _in_year_of(published, _MONTHS[m.group("month").lower()], int(m.group("day")))
                if yearless is not None:
                    out.append(DateMention(m.start(), m.end(), yearless, True))
                    spans.append((m.start(), m.end()))
        for start, end, m in _matches(_RELATIVE, _RELATIVE_LOWER, text, padded_lower):
            if any(s <= start < e for s, e in spans):
                continue
            if (m.group("wd") or m.group("wd2")) and any(0 <= s - end <= 2 and not text[end:s].strip(" ,") for s, _e in spans):
                continue  # "On Friday, Feb. 28,": the day written after the weekday decides (hostile probe 33 F3)
            resolved = resolve_relative(m.group("rel"), published)
            if resolved is not None:
                out.append(DateMention(start, end, resolved, True))
    return tuple(sorted(out, key=lambda d: d.start))


# "WASHINGTON, Feb 6 (Reuters) - ", "Mumbai, June 18: ", "VANCOUVER, Aug. 14, 2025 /CNW/ - ": the place and date a
# story or press release is filed from, which the sentence's own date ("signed on Wednesday") follows.
_DATELINE_HEAD = re.compile(r"[A-Z][^\n!?;]{0,60},\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:\((?:[A-Z][\w.]*\s?){1,3}\)|/[A-Za-z .]{2,20}/)?\s*(?:--|[-—–:])\s")


_FOUNDED_BEFORE = re.compile(
    # ("the Trading with the Enemy Act, which was signed into law on October 6, 1917": the law's day, hostile probe 33 F10)
    r"\b(?:(?:founded|established|incorporated|registered|set\s+up|created|born|built|launched|first\s+discussed|"
    r"signed\s+into\s+law|enacted)\s+"
    r"(?:on|in)|DOB|D\.O\.B\.|date\s+of\s+birth|born)\s*:?\s*$", re.IGNORECASE)
# "takes effect on 1 July", "wind down ... by 30 April", "expected to close on 30 September": a day to come. Written
# without its year it was read as the last such day (the year before, hostile probe 33 F1): no date of the action.
_FUTURE_CUE = re.compile(
    r"\b(?:takes?\s+effect|(?:will|to)\s+(?:come\s+into|enter\s+into)\s+force|effective|with\s+effect\s+from|by|before|"
    r"no\s+later\s+than|deadline\s+of|(?:expected|due|scheduled|set|slated|planned)\s+to\s+(?:close|complete|be\s+completed|"
    r"take\s+effect|start|begin|enter\s+into\s+force)|will\s+(?:close|complete|start|begin|apply))(?:\s+(?:on|from|as\s+of|by|in))?"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE)
# "renewed the arms embargo until 31 May 2025": when it ends, not when it was done
_UNTIL = re.compile(r"\b(?:until|till|through|expir(?:es|ing|y)(?:\s+on)?|valid\s+to|extended\s+to)\s+$", re.IGNORECASE)


def _dateline_tail(text: str, line: DateMention) -> int:
    """Where the dateline ends when `line` is a dateline's date (a place before it, a dash or colon after), or 0."""
    tail = _DATELINE_TAIL.match(text, line.end)
    return tail.end() if tail and _DATELINE_HEAD.fullmatch(text, 0, line.start) else 0


def dateline_end(text: str, published: dt.date | None = None) -> int:
    """Where a dateline opening `text` ends ("Luxembourg/Lisbon, 4 February 2025 – "), or 0."""
    found = find_dates(text[:100], published)
    return _dateline_tail(text, found[0]) if found else 0


_OLDER_ACT_OF = re.compile(
    r"\b(?:Ordinance|Regulation|Decision|Decree|Law|Act|Order|Directive)(?:\s+\([A-Z]+\))?(?:\s+(?:No\.?\s*)?[\d/.-]+)?\s+of\s+$"
)


def action_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """The dates of `text` that may date what it reports: a dateline's date gives way to the sentence's
    own dates when it has any ("BOGOTÁ, Nov 6 — ... signed on Wednesday": the Wednesday before 6 November),
    and weekdays, "today" and "yesterday" are then counted from the dateline's date."""
    found = [d for d in find_dates(text, published) if not _UNTIL.search(text, max(0, d.start - 20), d.start)
             # "designated X, which was founded on June 1, 2010": when the one acted on began, not the action
             and not _FOUNDED_BEFORE.search(text, max(0, d.start - 40), d.start)
             # "takes effect on 1 July" (no year) in an article of March: not last July
             and not (published is not None and d.relative and d.date.year < published.year
                      and _FUTURE_CUE.search(text, max(0, d.start - 40), d.start))]
    if len(found) < 3 and "of " in text:
        # "added to Annex 8 of the Ordinance of 4 March 2022 on Measures ...": an older act's title dates the act
        found = [d for d in found if not _OLDER_ACT_OF.search(text, max(0, d.start - 60), d.start)
                 or published is not None and d.date is not None and (published - d.date).days < 60]
    if len(found) < 2 or found[0].start > 80:
        return found
    line = found[0]
    if not _dateline_tail(text, line):
        return found
    out = []
    for d in found[1:]:
        again = resolve_relative(text[d.start : d.end], line.date) if d.relative else None
        out.append(DateMention(d.start, d.end, again, True) if again is not None else d)
    return out


def _in_year_of(published: dt.date, month: int, day: int) -> dt.date | None:
    """Month and day in the publication's year, or the year before when that is more than a week after it."""
    try:
        value = dt.date(published.year, month, day)
        return value if value <= published + dt.timedelta(days=7) else dt.date(published.year - 1, month, day)
    except (ValueError, OverflowError):  # 30 February, 29 February outside a leap year, a week after 9999-12-31
        return None


def resolve_relative(expr: str, published: dt.date) -> dt.date | None:
    """'today' -> published; a weekday -> the latest such day on or before publication (None past the calendar's
    ends: a page dated 9999-12-31 saying "tomorrow")."""
    try:
        return _resolve_relative(expr, published)
    except OverflowError:
        return None


def _resolve_relative(expr: str, published: dt.date) -> dt.date | None:
    word = expr.lower().removeprefix("on ").strip()
    if word in ("today", "this week"):
        return published
    if word == "yesterday":
        return published - dt.timedelta(days=1)
    if word == "tomorrow":
        return published + dt.timedelta(days=1)
    if word in _WEEKDAYS:
        delta = (published.weekday() - _WEEKDAYS[word]) % 7
        return published - dt.timedelta(days=delta)
    return None


def parse_date(value: str | None) -> dt.date | None:
    """ISO string or a written date to a date; None when it is not one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        found = find_dates(value)
        return found[0].date if found else None


# "in 2022", "in February", "in early March 2025", "last year": a period, coarser than a day.
_CAP_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PERIOD = re.compile(
    rf"\b(?:(?:[Ii]n|[Ss]ince) (?:early |late |mid-|mid )?(?:(?P<month>{_CAP_MONTH_NAME})(?:,? (?P<myear>(?:19|20)\d\d))?"
    r"|(?P<year>(?:19|20)\d\d))|(?P<last>[Ll]ast (?:year|month)"
    # "Three years after the United States imposed sanctions", "two years ago": long before the article
    r"|(?:\w+|\d+) (?:years?|months?|decades?) (?:after|ago|earlier)|(?:[Yy]ears|[Mm]onths|[Dd]ecades) ago"
    # "has sanctioned dozens of officials over the past decade", "in recent years": a span behind the article
    r"|(?:[Oo]ver|[Ii]n|[Dd]uring) the (?:past|last) (?:decade|(?:few |several |\w+ )?(?:years|decades))|[Ii]n recent years))\b"
)


def period_excludes(text: str, published: dt.date | None) -> bool:
    """Whether `text` names a period ("in 2022", "in February", "last year") the publication date is
    not in: a record it dates happened then, not on the day the article was published."""
    if published is None:
        return False
    for m in _PERIOD.finditer(text):
        if m.group("last"):
            return True
        if m.group("year"):
            if int(m.group("year")) != published.year:
                return True
            continue
        year = int(m.group("myear")) if m.group("myear") else published.year
        if (year, _MONTHS[m.group("month").lower()]) != (published.year, published.month):
            return True
    return False
