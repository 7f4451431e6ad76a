"""Telling a feed or sitemap served without an XML content type from a page (pipeline._FEED_ROOT)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tradewatch import pipeline

_ROOT = Path(__file__).resolve().parents[2]


def test_a_feed_root_after_a_declaration_comments_and_a_doctype_is_found():
    text = '<?xml version="1.0"?>\n<!-- generated -- by hand -->\n<!DOCTYPE rss>\n<!-- x --><rss version="2.0"><channel/></rss>'
    assert pipeline._FEED_ROOT.match(text)
    assert pipeline._FEED_ROOT.match("<!-- a --><urlset></urlset>")


def test_a_page_of_many_comments_and_no_feed_root_is_refused_at_once():
    # 26 comments and no root: the old pattern's lazy `.*?` stretched over several comments and ran for minutes
    script = (
        "from tradewatch import pipeline\n"
        "print(pipeline._FEED_ROOT.match('<!--x-->' * 5000 + '<html><body>page</body></html>') is None)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": f"{_ROOT / 'include'}", "PATH": "/usr/bin:/bin"}, check=True)
    assert done.stdout.strip() == "True"
