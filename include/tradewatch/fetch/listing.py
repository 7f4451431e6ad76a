"""Article links out of an HTML listing page, by the source's CSS selector."""

from __future__ import annotations

from tradewatch.fetch.feeds import FeedError, Link, join_url


def parse_listing(html: str, base_url: str, link_selector: str) -> list[Link]:
    """Links matched by `link_selector` (an <a>, or an element containing one), in page order."""
    from bs4 import BeautifulSoup
    from soupsieve import SelectorSyntaxError

    soup = BeautifulSoup(html, "lxml")
    base = soup.find("base", href=True)
    if base is not None:
        base_url = join_url(base_url, str(base["href"]))
    try:
        nodes = soup.select(link_selector)
    except SelectorSyntaxError as exc:
        raise FeedError(f"invalid link_selector {link_selector!r}: {exc}") from exc
    links: list[Link] = []
    seen: set[str] = set()
    for node in nodes:
        anchor = node if node.name == "a" else node.find("a", href=True)
        if anchor is None or not anchor.get("href"):
            continue
        href = str(anchor["href"]).strip()
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = join_url(base_url, href)
        if url in seen:
            continue
        seen.add(url)
        title = " ".join(anchor.get_text(" ").split()) or None
        links.append(Link(url, title))
    return links
