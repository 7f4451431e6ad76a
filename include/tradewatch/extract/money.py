"""Money amounts: "$850 million", "EUR 1.2bn", "3 billion rubles", and conversion to US dollars."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tradewatch.extract.lexicon import load_csv, load_yaml, matches_at


@dataclass(frozen=True, slots=True)
class Money:
    start: int
    end: int
    amount: float
    currency: str


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CFG = load_yaml("currencies.yaml")
_PREFIXES: dict[str, str] = _CFG["prefixes"]
_SUFFIXES: dict[str, str] = _CFG["suffixes"]
_SCALES: dict[str, float] = {k.lower(): float(v) for k, v in _CFG["scales"].items()}
# Digits grouped in thousands ("1,234,567.5"), in lakhs and crores ("1,00,000": India's grouping), in thousands with dots
# (two groups or more: "1.234.567"), a decimal comma right before a scale ("€1,2 Mrd.", "£2,5m"), or plain digits
_NUMBER = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![,\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![.\d])"
           r"|\d+,\d{1,2}(?=\s?(?:mrd|mio|milliarden?|millionen|m|bn|mn|million|billion)\b)|\d+(?:\.\d+)?")
# "US$150 million", "US$150-million" (a hyphen before the scale, as some papers write it)
_SCALE = rf"(?:(?:\s?|-)(?P<scale>{_alt(list(_SCALES))})\b\.?)"
_PREFIX_RE = re.compile(
    rf"(?<![\w$])(?P<cur>{_alt(list(_PREFIXES))})\s?(?P<num>{_NUMBER}){_SCALE}?(?:\s(?P<tail>dollars?))?",
    re.IGNORECASE,
)
# "3 billion rubles", "91bn yen" (a short scale only written onto the number: "5 m euros" is rare, "5 b" a model)
_SUFFIX_RE = re.compile(
    rf"(?<![\w.,$€£¥])(?P<num>{_NUMBER})(?:\s?(?P<scale>{_alt([s for s in _SCALES if len(s) > 2])})\s"
    rf"|(?P<glued>{_alt([s for s in _SCALES if len(s) <= 2])})\s|\s?)(?P<cur>{_alt(list(_SUFFIXES))})\b",
    re.IGNORECASE,
)
_PREFIX_LOWER = {k.lower(): v for k, v in _PREFIXES.items()}
# The high end of a range after an amount with no scale: "$1.2-1.5 billion", "US$ 300 to 350 million"
_RANGE_TAIL = re.compile(rf"\s?(?:-|–|to)\s?\d+(?:[.,]\d+)?{_SCALE}", re.IGNORECASE)
# More digits right after a number, in a grouping it does not follow ("1.234,56.7", "1,2,3")
_BROKEN_OFF = re.compile(r"[.,]\d")
# Thousands set apart by spaces before a number's last group: "1 234 " of "1 234 567 euros"
_SPACED_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]$")
_DIGIT_RUN = re.compile(r"\d+")


# The longest currency prefix, and whether any ends in a digit (then the scan below would not do).
_PREFIX_REACH = max(len(p) for p in _PREFIXES) + 1  # the prefix and the optional space before the number
_PREFIX_SCAN_OK = all(p and not re.match(r"\d", p[-1]) for p in _PREFIXES)


def _prefix_matches(text: str) -> list[re.Match[str]]:
    """`list(_PREFIX_RE.finditer(text))`, tried only just before a run of digits.

    A match is a currency prefix, at most one space, and a number: the number starts a run of digits
    (the prefix does not end in one), so the match starts at most `_PREFIX_REACH` characters before
    a run start. Those places, in order, hold every match: the leftmost at or after the previous
    end is the first of them where `match` succeeds.
    """
    if not _PREFIX_SCAN_OK:
        return list(_PREFIX_RE.finditer(text))
    places: list[int] = []
    for run in _DIGIT_RUN.finditer(text):
        lo = max(run.start() - _PREFIX_REACH, places[-1] + 1 if places else 0)
        places.extend(range(lo, run.start()))
    return list(matches_at(_PREFIX_RE, text, places))


def _suffix_matches(text: str) -> list[re.Match[str]]:
    """`list(_SUFFIX_RE.finditer(text))`, tried only where a run of digits starts.

    A match opens with a digit after a character outside `[\\w.,$€£¥]`, so never inside a run of
    digits (they are word characters): the leftmost match at or after the previous end is the
    first run start there where `match` succeeds (its look-behind sees the text before).
    """
    return list(matches_at(_SUFFIX_RE, text, (run.start() for run in _DIGIT_RUN.finditer(text))))
_SUFFIX_LOWER = {k.lower(): v for k, v in _SUFFIXES.items()}


def _number(num: str) -> float:
    """The value of a number as `_NUMBER` reads it: grouping commas (or, in "1.234.567", dots) dropped; a comma before
    one or two last digits is the decimal one ("1,2" of "€1,2 Mrd.")."""
    if num.count(".") >= 2:
        return float(num.replace(".", "").replace(",", "."))
    if "," in num and len(num) - num.rindex(",") <= 3 and "." not in num:
        return float(num.replace(",", "."))
    return float(num.replace(",", ""))


def _value(num: str, scale: str | None) -> float:
    value = _number(num)
    if scale:
        # Rounded to the cent: "$4.1 billion" is 4,100,000,000, not float's 4,099,999,999.9999995.
        value = round(value * _SCALES[scale.lower().rstrip(".")], 2)
    return value


def find_money(text: str) -> list[Money]:
    """Every amount with a currency in `text`, in order of appearance."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _prefix_matches(text):
        cur = m.group("cur")
        # Letters as written: codes in capitals ("try" or "aud" in running text are not currencies), "Rp", "RM"
        if cur.isalpha() and cur != cur.upper() and cur not in _PREFIXES:
            continue
        scale = m.group("scale")
        if scale and len(scale) <= 2 and scale != scale.lower() and not text[m.start("scale") - 1].isdigit():
            scale = None  # "$5 M" is rare; "$5 B" likely a model name (but "$120M", "$1.2B": a headline's amounts)
        end = m.end()
        if scale is None and (ranged := _RANGE_TAIL.match(text, m.end("num"))) is not None:
            scale = ranged.group("scale")  # "$1.2-1.5 billion": the low end, in the scale written on the high one
        elif _BROKEN_OFF.match(text, m.end("num")):
            taken.append((m.start(), end))
            continue  # "$1.2.3", "€1.234,5.6": digits the grammar cannot read go on; no amount rather than a piece
        found.append(Money(m.start(), end, _value(m.group("num"), scale), _PREFIX_LOWER[cur.lower()]))
        taken.append((m.start(), end))
    for m in _suffix_matches(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        cur = m.group("cur")
        if cur.isupper() is False and cur.lower() in ("usd", "eur", "gbp", "cny", "rub"):
            continue
        scale = m.group("scale") or m.group("glued")
        num, start = m.group("num"), m.start()
        if len(num) == 3 and num.isdigit() and (spaced := _SPACED_BEFORE.search(text, max(0, start - 16), start)) is not None:
            # "1 234 567 euros": thousands set apart by spaces, read whole (not "567 euros")
            num, start = spaced.group().replace(" ", "").replace("\u00a0", "").replace("\u202f", "") + num, spaced.start()
        found.append(Money(start, m.end(), _value(num, scale), _SUFFIX_LOWER[cur.lower()]))
    return sorted(found, key=lambda x: x.start)


def _rates() -> dict[str, list[tuple[int, float]]]:
    table: dict[str, list[tuple[int, float]]] = {}
    for row in load_csv("fx_rates.csv"):
        table.setdefault(row["currency"], []).append((int(row["year"]), float(row["usd_per_unit"])))
    for rows in table.values():
        rows.sort()
    return table


_RATES = _rates()


def to_usd(amount: float | None, currency: str | None, on: dt.date | None) -> float | None:
    """Convert with the shipped rate of the date's year (nearest listed year); None if unknown."""
    if amount is None or not currency:
        return None
    if currency == "USD":
        return float(amount)
    rows = _RATES.get(currency)
    if not rows:
        return None
    year = on.year if on else rows[-1][0]
    rate = min(rows, key=lambda r: (abs(r[0] - year), -r[0]))[1]
    return round(amount * rate, 2)
