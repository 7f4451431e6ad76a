"""Whether a page is a section or index page (story teasers linking to articles) rather than one article.

A listing linked like an article ("All sanctions news", `/news/`) was stored as one: each teaser's headline and
sentence made a record dated by the first card, duplicating the stories' own records (hostile probe 30 H3). Its URL
says nothing (`/news/`, `/sanctions/`); its structure does: several blocks ("cards") each led by a headline that is a
link to another page, which hold most of the main text, and hardly any prose outside them. A real article with a
"Related stories" box has its own paragraphs outside the box, so it stays an article.
"""

from __future__ import annotations

from typing import Any

MIN_CARDS = 3  # teasers with linked headlines: fewer is a related box or a "read more" link
MAX_OWN_PROSE = 500  # characters of prose outside the cards: a page with more has text of its own, an article's
# Share of the main text in the cards from which the page is a listing: lower when the page's JSON-LD calls it a
# collection, higher when its og:type or JSON-LD calls it an article (some sites mislabel either way)
CARD_SHARE = 0.6
CARD_SHARE_DECLARED_LISTING = 0.4
CARD_SHARE_DECLARED_ARTICLE = 0.8
# A page that is mostly links (a plain list of headlines) is a listing too
MIN_LINKS = 10
LINK_SHARE = 0.7
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage"})
_HEADINGS = ("h2", "h3", "h4", "h5")
MAX_LOOSE = 2  # blocks after an unwrapped linked headline taken as its teaser (a <time>, a sentence)


def listing_reason(tree: Any, jsonld_types: frozenset[str] = frozenset()) -> str | None:
    """Why the page (its tree after the boilerplate is pruned) is a listing of stories, not an article, or None."""
    from tradewatch.article.jsonld import ARTICLE_TYPES, prose_chars

    root = _main(tree)
    links = _links(root)
    hrefs = {a.get("href") for a in links}
    # (the page's whole text is measured only when links or cards make it a candidate: an article's page, the usual
    # case, has neither, and joining its text cost ~0.1 ms a page)
    total = 0
    if len(hrefs) >= MIN_LINKS:
        total = _length(root)
        link_chars = sum(_length(a) for a in links)
        if total and link_chars >= LINK_SHARE * total:
            return f"a list of {len(hrefs)} links ({link_chars * 100 // total}% of its text)"
    cards = _cards(root)
    if len(cards) < MIN_CARDS:
        return None
    total = total or _length(root)
    if total == 0:
        return None
    in_cards = sum(_length(el) for card in cards for el in card)
    og_type = _og_type(tree)
    if jsonld_types & LISTING_TYPES and not jsonld_types & ARTICLE_TYPES:
        share = CARD_SHARE_DECLARED_LISTING
    elif og_type == "article" or jsonld_types & ARTICLE_TYPES:
        share = CARD_SHARE_DECLARED_ARTICLE
    else:
        share = CARD_SHARE
    if in_cards < share * total or prose_chars(_text_outside(root, cards)) > MAX_OWN_PROSE:
        return None
    return (f"a listing of {len(cards)} stories (teasers with linked headlines make {in_cards * 100 // total}% of "
            "its text)")


def _main(tree: Any) -> Any:
    mains = list(tree.iter("main"))
    if len(mains) == 1:
        return mains[0]
    return next(tree.iter("body"), tree)


def _length(el: Any) -> int:
    return len(" ".join("".join(el.itertext()).split()))


def _links(root: Any) -> list[Any]:
    """The outermost links to other pages (not "#" anchors or scripts) under `root`."""
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        if any(parent.tag == "a" for parent in a.iterancestors()):
            continue
        out.append(a)
    return out


def _linked(heading: Any) -> bool:
    """Whether the heading is a link (inside one, or most of its text in one)."""
    if any(parent.tag == "a" and parent.get("href") for parent in heading.iterancestors()):
        return True
    own = _length(heading)
    return own > 0 and any(_length(a) >= 0.6 * own for a in _links(heading))


def _cards(root: Any) -> list[list[Any]]:
    """The elements of each teaser, one teaser a linked headline: the largest element around the headline holding no
    other linked headline, or, when the teasers are not wrapped, the headline and up to MAX_LOOSE short blocks after
    it before the next headline."""
    headings = [h for h in root.iter(*_HEADINGS) if _linked(h)]
    if len(headings) < MIN_CARDS:
        return []
    count: dict[Any, int] = {}
    for heading in headings:
        for parent in heading.iterancestors():
            count[parent] = count.get(parent, 0) + 1
            if parent is root:
                break
    cards = []
    for heading in headings:
        top = heading
        for parent in heading.iterancestors():
            if parent is root or count.get(parent, 0) > 1:
                break
            top = parent
        card = [top]
        if top is heading:
            for sibling in heading.itersiblings():
                if len(card) > MAX_LOOSE or count.get(sibling) or sibling.tag in _HEADINGS or _length(sibling) > 400:
                    break
                card.append(sibling)
        cards.append(card)
    return cards


def _text_outside(root: Any, cards: list[list[Any]]) -> str:
    """The root's block text outside the cards, one line a block (see prose_chars)."""
    from tradewatch.article.parse import _BLOCKS, _text_of

    inside = {el for card in cards for el in card}
    lines = []
    for el in root.iter(*_BLOCKS):
        if el in inside or any(parent in inside or parent.tag in _BLOCKS for parent in el.iterancestors()):
            continue
        lines.append(" ".join(_text_of(el).split()))
    return "\n".join(lines)


def _og_type(tree: Any) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:type":
            return (meta.get("content") or "").strip().lower() or None
    return None
