"""Sentence splitting with character offsets into the article text."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

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


class Sentence(NamedTuple):
    """A sentence and its offsets into the article (a tuple: an article has hundreds, made in a loop)."""

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
    """`word` (ending in a period) ends in an abbreviation; few distinct words recur.

    `word` may hold whitespace (split_sentences cuts at the last space only): its last
    whitespace-free token is the one that counts.
    """
    word = word.rsplit(None, 1)[-1]
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
    append = out.append
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        cut = 0
        for m in _BOUNDARY.finditer(body):
            period = m.start()
            stop = m.start(2)
            if m.end(1) == period + 1 and body[period] == ".":
                # The last whitespace-free token up to the period: the tail after the last space
                # (`_is_abbreviation_token` trims any other whitespace in it).
                word_start = body.rfind(" ", cut, period) + 1 or cut
                if _is_abbreviation_token(body[word_start : period + 1]):
                    continue
            if cut:
                # After a boundary: no space to trim at either end (the whitespace is group 2, and
                # the look-ahead saw a non-space next), so the sentence is the span up to it.
                start = line_start + cut
                end = line_start + stop
                append(_new(Sentence, (start, end, text[start:end])))
            else:
                _emit(out, text, line_start, line_start + stop)
            cut = m.end()
        _emit(out, text, line_start + cut, line_start + len(body))
    return out


_new = tuple.__new__  # Sentence(...) without the generated __new__'s Python call: hundreds per article


def _emit(out: list[Sentence], text: str, start: int, end: int) -> None:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        out.append(_new(Sentence, (start, end, text[start:end])))  # the usual case: nothing to trim
        return
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
