"""Sentence splitting with character offsets into the article text."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

# A sentence longer than this is cut into pieces (see `_emit_long`): the longest sentences of real
# press releases (a list of designated names) run to ~1,500 characters.
MAX_SENTENCE_CHARS = 3000

# Tokens ending in a period that do not end a sentence when a capitalised word follows.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sen rep gov st jr sr inc corp co ltd no nos vs etc fig
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u e.o n.a s.a a.g p.c d.c
    dept asst est approx pte pty bhd sdn pvt brig maj capt adm cmdr sgt hon rs eng engr şti san tic ref""".split()
)
# A company's legal form ends a sentence when a word that opens one follows ("... Sdn. Bhd. The Treasury said");
# ("Co. Ltd.", "Co. KG" go on: neither opens a sentence; "... Wuxi Tianrui Precision Equipment Co. The bureau said")
_LEGAL_FORM_ENDS = frozenset("inc corp co ltd bhd pte pty pvt şti".split())
# Abbreviations that a number follows ("Art. 2 para. 1", "Sec. 4"): no sentence ends there before a digit.
# ("UN Ref. No. | Name | ...": a table's header, "Ref." an abbreviation like "No.")
_BEFORE_NUMBER = frozenset("art arts para paras sec secs reg regs vol ch".split())
# ("... owned by Canadian company Tamarack Gold Corp. Three days later, ECOWAS imposed ...")
_OPENER = re.compile(r"(?:A|An|The|It|Its|He|She|His|Her|They|Their|This|These|That|Those|In|On|At|But|However|Both|Each|"
                     r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Last|Earlier|Later|Separately|Meanwhile|After|"
                     r"Before|When|While|According|Since)\s"
                     # ("... designated Beta Shipping Inc. Britain also sanctioned ...": a state or a body acting next,
                     # a lower-case verb after it; hostile probe 20)
                     r"|(?:Britain|Washington|Brussels|London|Beijing|Moscow|Tokyo|Ottawa|Canberra|Canada|Japan|Australia|"
                     r"Switzerland|Ukraine|Russia|China|Germany|France|India|Treasury|OFAC|OFSI|BIS)\s+(?=[a-z])")
# `[.!?][.!?]*`, not `[.!?]+`: a pattern opening with a character class lets `re` skip ahead by a
# fast scan for it (a repeat does not).
# (Not after another of them: each attempt inside a run of 100,000 dots scanned the rest of it, quadratic; a
# match never starts inside a run, as one that would fails at the run's start too.)
_BOUNDARY = re.compile(r"(?<![.!?])([.!?][.!?]*)[\"'”’)\]]*(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_LAST_TOKEN = re.compile(r"(\S+?)\.*[\"'”’)\]]*$")


class Sentence(NamedTuple):
    """A sentence and its offsets into the article (a tuple: an article has hundreds, made in a loop)."""

    start: int
    end: int
    text: str


_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?")  # "u.s", "a.ş" (Turkish "A.Ş.")


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
    pos = 0
    for line in text.splitlines(keepends=True):
        _split_line(out, text, pos, line.rstrip("\r\n"))
        pos += len(line)
    return out


def _split_line(out: list[Sentence], text: str, line_start: int, body: str) -> None:
    """Append the sentences of one line (`body`, at `line_start` in `text`, without its line break).

    Nothing outside the line decides them: split_sentences is this, line after line.
    """
    append = out.append
    cut = 0
    for m in _BOUNDARY.finditer(body):
        period = m.start()
        stop = m.start(2)
        if m.end(1) == period + 1 and body[period] == ".":
            # The last whitespace-free token up to the period: the tail after the last space
            # (`_is_abbreviation_token` trims any other whitespace in it).
            word_start = body.rfind(" ", cut, period) + 1 or cut
            if _is_abbreviation_token(body[word_start : period + 1]) and not (
                    body[word_start : period].lower() in _LEGAL_FORM_ENDS and _OPENER.match(body, m.end())):
                continue  # (but "... Lintas Jaya Engineering Sdn. Bhd. A Georgian company ...": a legal form ends it)
            if body[m.end() : m.end() + 1].isdigit() and body[word_start:period].lstrip("(").lower() in _BEFORE_NUMBER:
                continue  # "Annex 1 (Art. 2 para. 1 and Art. 3 para. 1)": a legal reference's parts
        if cut and stop - cut <= MAX_SENTENCE_CHARS:
            # After a boundary: no space to trim at either end (the whitespace is group 2, and
            # the look-ahead saw a non-space next), so the sentence is the span up to it.
            start = line_start + cut
            end = line_start + stop
            append(_new(Sentence, (start, end, text[start:end])))
        else:
            _emit(out, text, line_start + cut, line_start + stop)
        cut = m.end()
    _emit(out, text, line_start + cut, line_start + len(body))


class Sentences:
    """`split_sentences(text)`, split a line at a time and only as far as it is read.

    A line's sentences depend on that line alone (see `_split_line`), so the sentences of the first
    lines are the first items of the full list: an article whose triggers sit near its top never
    splits the rest. Indexes are those of the full list.
    """

    __slots__ = ("_lines", "_next_line", "_pos", "_text", "items")

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines = text.splitlines(keepends=True)
        self._next_line = 0  # the first line not split yet
        self._pos = 0  # its offset in the text
        self.items: list[Sentence] = []  # the sentences split so far: a prefix of split_sentences(text)

    def _split_next_line(self) -> bool:
        """Split one more line; False when none is left."""
        if self._next_line == len(self._lines):
            return False
        line = self._lines[self._next_line]
        _split_line(self.items, self._text, self._pos, line.rstrip("\r\n"))
        self._next_line += 1
        self._pos += len(line)
        return True

    def has(self, idx: int) -> bool:
        """`0 <= idx < len(self)`, splitting no further than sentence `idx`."""
        while len(self.items) <= idx:
            if not self._split_next_line():
                return False
        return idx >= 0

    def split_through(self, offset: int) -> None:
        """Split every line that starts at or before `offset`: `items` then holds every sentence starting there or before."""
        while self._pos <= offset and self._split_next_line():
            pass

    def containing(self, offset: int) -> int | None:
        """The index of the sentence with start <= offset < end, None when `offset` lies between sentences."""
        self.split_through(offset)
        i = bisect.bisect_right(self.items, offset, key=_start) - 1
        return i if i >= 0 and offset < self.items[i].end else None

    def __getitem__(self, idx: int) -> Sentence:
        items = self.items
        if 0 <= idx < len(items):
            return items[idx]
        if idx >= 0 and self.has(idx):
            return items[idx]
        if idx < 0:
            self.split_through(len(self._text))
        return items[idx]  # IndexError as a list gives

    def __len__(self) -> int:
        self.split_through(len(self._text))
        return len(self.items)

    def __iter__(self) -> Iterator[Sentence]:
        idx = 0
        while self.has(idx):
            yield self.items[idx]
            idx += 1


def _start(sent: Sentence) -> int:
    return sent.start


_new = tuple.__new__  # Sentence(...) without the generated __new__'s Python call: hundreds per article


def _emit(out: list[Sentence], text: str, start: int, end: int) -> None:
    if end - start > MAX_SENTENCE_CHARS:
        _emit_long(out, text, start, end)
        return
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        out.append(_new(Sentence, (start, end, text[start:end])))  # the usual case: nothing to trim
        return
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def _emit_long(out: list[Sentence], text: str, start: int, end: int) -> None:
    """A span longer than MAX_SENTENCE_CHARS, as pieces of at most that length, each cut at its last
    whitespace (anywhere, when its second half has none).

    No prose sentence is that long: such a span is a hostile or broken page (a word list, text with
    its punctuation lost), and the rules' cost grows faster than a sentence's length. A series of names is cut after
    a comma ("..., Volga139 Trading LLC, | Volga140 Trading LLC, ...") or before an "and", not inside a name: the pieces
    after the first
    go on naming its record's targets (`sanctions.read_on_past_cuts`)."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(", ", start, limit - 1) + 1
        if cut < start + MAX_SENTENCE_CHARS // 2:
            cut = text.rfind(" and ", start, limit)  # ("A and B and C ...": before an "and")
        if cut < start + MAX_SENTENCE_CHARS // 2:
            cut = max(text.rfind(" ", start, limit), text.rfind("\t", start, limit))
        if cut < start + MAX_SENTENCE_CHARS // 2:
            cut = limit
        _emit(out, text, start, cut)
        start = cut
    _emit(out, text, start, end)
