"""HTML made safe to hand to libxml2's HTML parser (lxml, and BeautifulSoup's "lxml" builder).

libxml2 checks each new attribute of an element against all the ones before it: one start tag with
100,000 distinct attributes (a 1 MB page) took its HTML parser 20 s of CPU, and the time grows with
the square of their number (a 10 MB page: hours). Its XML parser does not have this problem.

`defuse_tags` cuts such a tag down to its name before any parser sees it ("<p a0=x a1=x ...>" becomes
"<p>"; the element and its text stay). A tag is cut when it holds at least TAG_TOKENS tokens, a token
being one character outside quotes or one quoted value (so '>' inside a quoted value cannot hide the
tag's length); a quoted value longer than MAX_QUOTED ends the count (long values mean few attributes).
Real pages' tags hold far fewer: they are left exactly as they are.
"""

from __future__ import annotations

import re

TAG_TOKENS = 8192
MAX_QUOTED = 4096

# Possessive: each alternative starts with a character the others cannot, so nothing to backtrack into.
_LONG_TAG = re.compile(
    rf"""<([A-Za-z][^\s/<>"'=]{{0,63}})?(?:[^<>"']|"[^"]{{0,{MAX_QUOTED}}}"|'[^']{{0,{MAX_QUOTED}}}'){{{TAG_TOKENS},}}+"""
)


def _name_only(match: re.Match[str]) -> str:
    return f"<{match.group(1) or ''}"


def defuse_tags(html: str) -> str:
    """`html` with every start tag of TAG_TOKENS or more tokens cut to its name (the same string when none is)."""
    if len(html) < TAG_TOKENS:
        return html
    return _LONG_TAG.sub(_name_only, html)
