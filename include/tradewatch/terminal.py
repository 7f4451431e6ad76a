"""The CLI's rich console, which shows control characters of scraped text instead of sending them to the terminal."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.segment import Segment

# C0 controls but tab, line feed and carriage return, DEL and C1 controls: an article, a feed or a server's header may hold
# "ESC ] 2 ; title BEL" or "ESC [ 2 J", which a terminal would obey (retitle the window, clear the screen).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with each control character written out ("\\x1b"), so a terminal shows it and obeys nothing."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class SafeConsole(Console):
    """A rich Console whose text segments reach the terminal with their control characters written out.

    Rich strips only a few controls (BEL, BS, VT, FF, CR) from text; ESC passed through. Its own
    cursor and style codes are control segments or styles, not text, and stay as they are."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control or not _CONTROL.search(segment.text)
            else Segment(visible(segment.text), segment.style, segment.control)
            for segment in buffer
        )


def console(**kwargs: Any) -> Console:
    return SafeConsole(**kwargs)
