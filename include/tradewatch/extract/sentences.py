"""Sentence splitting with character offsets into the article text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Tokens ending in a period that do not end a sentence when a capitalised word follows.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sen rep gov st jr sr inc corp co ltd no nos vs etc fig
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u e.o n.a s.a a.g p.c d.c
    dept asst est approx pte pty bhd""".split()
)
# `[.!?][.!?]*`, not `[.!?]+`: a pattern opening with a character class lets `re` skip ahead by a
# fast scan for it (a repeat does not).
_BOUNDARY = re.compile(r"([.!?][.!?]*)[\"'”’)\]]*(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_LAST_TOKEN = re.compile(r"(\S+?)\.*[\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]?")


def _is_abbreviation(chunk: str) -> bool:
    # Only the last whitespace-free token can match (the pattern cannot cross a space); searching
    # the whole chunk would try every position of a long paragraph.
    words = chunk.rsplit(None, 1)
    return _is_abbreviation_token(words[-1]) if words else False


@functools.lru_cache(maxsize=4096)
def _is_abbreviation_token(word: str) -> bool:
    """`word` (whitespace-free, ending in a period) ends in an abbreviation; few distinct words recur."""
    m = _LAST_TOKEN.search(word)
    if not m:
        return False
    token = m.group(1).lower().lstrip("(\"'“‘")
    if token in _ABBREVIATIONS:
        return True
    return bool(_DOTTED.fullmatch(token)) or len(token) == 1 and token.isalpha()


def split_sentences(text: str) -> list[Sentence]:
    """Split on line breaks, then on sentence-final punctuation; offsets index `text`."""
    out: list[Sentence] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        cut = 0
        for m in _BOUNDARY.finditer(body):
            if m.group(1) == "." and _is_abbreviation(body[cut : m.start() + 1]):
                continue
            if cut:
                # After a boundary: no space to trim at either end (the whitespace is group 2, and
                # the look-ahead saw a non-space next), so the sentence is the span up to it.
                start = line_start + cut
                end = line_start + m.start(2)
                out.append(Sentence(start, end, text[start:end]))
            else:
                _emit(out, text, line_start, line_start + m.start(2))
            cut = m.end()
        _emit(out, text, line_start + cut, line_start + len(body))
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int) -> None:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        out.append(Sentence(start, end, text[start:end]))  # the usual case: nothing to trim
        return
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
