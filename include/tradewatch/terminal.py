"""The CLI's rich console, which shows control characters of scraped text instead of sending them to the terminal."""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.segment import Segment

# C0 controls but tab, line feed and carriage return, DEL and C1 controls: an article, a feed or a server's header may hold
# "ESC ] 2 ; title BEL" or "ESC [ 2 J", which a terminal would obey (retitle the window, clear the screen). And the bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a listed name holding U+202E displays reversed.
PIPED_WIDTH = 150  # columns of a console that writes to no terminal

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with each control character written out ("\\x1b", "\\u202e"), so a terminal or a page shows it and
    obeys nothing."""
    return _CONTROL.sub(_written_out, text)


# Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their presentation forms)
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def bidi_isolated(escaped: str, raw: str) -> str:
    """The escaped HTML text `escaped` of the scraped string `raw`, in a <bdi> (its own direction, from its first letter,
    isolated from the cell around it) when `raw` holds right-to-left letters: in a left-to-right cell, "الخزانة ... بنك
    VTB و 3 شركات (تحديث 2)" showed its Latin word, digit and brackets reordered (hostile probe 41 F10)."""
    return f"<bdi>{escaped}</bdi>" if _RIGHT_TO_LEFT.search(raw) else escaped


def _written_out(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_text(text: str, encoding: str | None = None, controls: bool = True) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) with the control characters `visible` writes out escaped
    as JSON escapes ("\\u009b"): the same data, which a terminal can print safely (json leaves C1 and bidi as they are).
    So are the characters `encoding` (default: stdout's) cannot write ("\\u00e9" in ASCII; hostile probe 47 F3: the
    command failed on the first name, and Python's own escape, "\\xe9", would be no JSON). `controls=False` leaves the
    control characters as they are (a pipe gets the data as it is)."""
    if controls:
        text = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    encoding = encoding or getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return "".join(c if _encodes(c, encoding) else _json_escape(c) for c in text)
    except LookupError:  # (an encoding Python does not know: leave the text to the stream)
        pass
    return text


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON writes a character beyond the BMP
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


class SafeConsole(Console):
    """A rich Console whose text segments reach the terminal with their control characters written out.

    Rich strips only a few controls (BEL, BS, VT, FF, CR) from text; ESC passed through. Its own
    cursor and style codes are control segments or styles, not text, and stay as they are.

    Written to a pipe or a file (a CI log, `| less`, `| tee`) and given no width (nor COLUMNS), it is PIPED_WIDTH
    columns wide, not rich's 80, which broke words in the narrower columns of every table ("unchange" / "d")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if kwargs.get("width") is None and not self.is_terminal and not os.environ.get("COLUMNS"):
            self.width = PIPED_WIDTH

    def on_broken_pipe(self) -> None:
        # rich exits with 1 itself; the CLI's `main` ends every command whose reader left the same way
        raise BrokenPipeError(errno.EPIPE, "the reader of the output closed it")

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control or not _CONTROL.search(segment.text)
            else Segment(visible(segment.text), segment.style, segment.control)
            for segment in buffer
        )


def console(**kwargs: Any) -> Console:
    return SafeConsole(**kwargs)
