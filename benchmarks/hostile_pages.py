"""Hostile pages benchmark: seconds of article and record extraction for pages shaped to be expensive, as JSON.

    python benchmarks/hostile_pages.py              # every shape at 1 MB and 5 MB (~1 min)
    python benchmarks/hostile_pages.py --mb 10      # one size (the fetcher's default cap is 10 MB)

Each shape is generated from a seed, parsed with `parse_article` and handed to `extract_records`, as a
crawl does with a fetched page. Both are timed in CPU seconds (`time.process_time`). Before the bounds
in article/parse.py and extract/ (MAX_ELEMENTS, MAX_CHILDREN, MAX_TEXT_CHARS, MAX_SENTENCE_CHARS, MAX_RECORDS and the
indexed target and deal merges), several of these took minutes to hours at 1 MB; see the README's figures.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "include"))

_WORDS = ["Acme", "Holdings", "Ltd", "sanctions", "imposed", "on", "the", "Treasury", "OFAC", "designated", "acquire",
          "merger", "deal", "$5", "billion", "Russia", "Iran", "and", "said", "Bank", "Corp", "LLC"]


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body><article><h1>Designations</h1>{body}</article></body></html>"


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).capitalize()


def shapes(size: int) -> dict[str, Callable[[], str]]:
    """Page generators, each about `size` bytes of markup."""
    rng = random.Random(20261128)
    return {
        "designations": lambda: _page(_repeat(
            "<p>OFAC today sanctioned Kappa Shipping Ltd and Kappa Trading LLC for supplying drones to Russia.</p>", size)),
        "designations_distinct": lambda: _page("".join(
            f"<p>OFAC today sanctioned Kappa{i} Shipping Ltd and Kappa{i} Trading LLC for supplying drones.</p>"
            for i in range(size // 100))),
        # thousands of distinct one-word names, three to a short sentence (red team round 5: 20 s a page before
        # the full-name index and the article's lower-case words were built once per page)
        "one_word_designees": lambda: _page("".join(
            f"<p>OFAC designated Zed{i}a, Zed{i}b and Zed{i}c.</p>" for i in range(size // 50))),
        # hostile probe 6: one paragraph of distinct one-word designees (each name rescanned the whole line: 66 s at
        # 190 KB), sentences opening with the same unknown word (each searched the whole text: 51 s at 200 KB), and
        # one upper-case name thousands of times (each mention rescanned the text before it: 12 s at 200 KB)
        "distinct_names_one_line": lambda: _page("<p>" + "".join(
            f"The US Treasury sanctioned {_word(rng)} on Monday. " for _ in range(size // 45)) + "</p>"),
        "same_opening_word": lambda: _page(_repeat("<p>Zorvex agreed to buy Kestrel on Monday.</p>", size)),
        "upper_case_name_repeated": lambda: _page("".join(
            f"<p>Update {i}. " + "The US Treasury sanctioned ZORVEX on Monday. " * 60 + "</p>" for i in range(size // 2800))),
        # hostile probe 7: thousands of different ALL-CAPS one-word names (each surname's register entries were
        # searched in the whole text: 24 s at 200 KB)
        "upper_case_names_distinct": lambda: _page("".join(
            "<p>" + "".join(f"The US Treasury sanctioned {_word(rng).upper()} on Monday. " for _ in range(60)) + "</p>"
            for _ in range(size // 2800))),
        "trigger_words_one_paragraph": lambda: _page(
            "<p>" + " ".join(rng.choice(_WORDS) for _ in range(size // 6)) + "</p>"),
        "name_list_one_sentence": lambda: _page(
            "<p>OFAC today sanctioned " + ", ".join(f"Company{i} Trading Ltd" for i in range(size // 22)) + ".</p>"),
        "inline_spans_one_paragraph": lambda: _page("<p>" + _repeat("<span>Acme</span> ", size) + "</p>"),
        "links": lambda: _page(_repeat('<a href="/x">Acme</a> ', size)),
        "table_rows": lambda: _page("<table>" + _repeat(
            "<tr><td>Acme Holdings Ltd</td><td>Russia</td><td>$5 billion</td></tr>", size) + "</table>"),
        "line_breaks": lambda: _page("<p>" + _repeat("OFAC sanctioned Acme Ltd<br>", size) + "</p>"),
        "nested_divs": lambda: "<html><body>" + "<div>" * (size // 11) + "<p>OFAC sanctioned Acme Ltd.</p>"
                               + "</div>" * (size // 11) + "</body></html>",
        "nested_list_items_below_256_divs": lambda: "<html><body>" + "<div>" * 300
                                                    + _repeat("<ul><li>Acme Holdings ", size) + "</body></html>",
        "random_bytes": lambda: bytes(rng.randrange(256) for _ in range(size)).decode("latin-1"),
        # One start tag of very many attributes (quadratic in libxml2's HTML parser before article/markup.py).
        "attributes_one_tag": lambda: _page("<p " + " ".join(f"a{i}='>'" for i in range(size // 9))
                                            + ">OFAC sanctioned Acme Ltd.</p>"),
        # hostile probe 15: lines of 250 distinct one-word names after one action (each name compiled its own pattern
        # and read the whole page: 22 s at 200 KB), the same as a deal's parties (each searched a growing gap), and
        # "Annex" lines below an action (each searched the page before it: 45 s at 200 KB)
        "distinct_names_250_a_line": lambda: _page("".join(
            "<p>OFAC sanctioned " + ", ".join(f"{_word(rng).capitalize()}" for _ in range(250)) + ".</p>"
            for _ in range(size // 2500))),
        "deal_parties_250_a_line": lambda: _page("".join(
            "<p>Acme Corp agreed to acquire " + " and ".join(f"{_word(rng).capitalize()}" for _ in range(250)) + ".</p>"
            for _ in range(size // 2500))),
        "annex_lines_below_actions": lambda: _page(_repeat("<p>OFAC sanctioned Acme Trading Ltd.</p>" + "<p>Annex I</p>" * 50,
                                                           size)),
        # hostile probe 37 F1: short deal sentences of distinct parties, thousands to a page (each deal was compared
        # with every other, twice: 131 s for 5,900 in 200 KB), the same with one buyer in every deal, and bullets and a
        # comma series of hundreds of names after one action (F2: cut to 60 and ~140, now read whole)
        "deal_flood": lambda: _page("".join(f"<p>A{i} Co bought B{i} Ltd for $5m.</p>" for i in range(size // 40))),
        "deal_flood_one_buyer": lambda: _page("".join(
            f"<p>Acme Corp agreed to acquire Beta{i} Holdings for ${i + 1} million.</p>" for i in range(size // 70))),
        "bullets_after_one_action": lambda: _page("<p>OFAC today designated the following entities:</p><ul>" + "".join(
            f"<li>Volga{i} Trading LLC, Moscow, Russia;</li>" for i in range(size // 50)) + "</ul>"),
        # One sentence of trigger after trigger (each trigger's record looked at the whole sentence).
        "trigger_sentence_spam": lambda: _page("<p>" + _repeat("the Treasury sanctioned Acme Ltd and ", size) + "</p>"),
    }


def measure(name: str, make: Callable[[], str]) -> dict[str, object]:
    from tradewatch.article.parse import parse_article
    from tradewatch.extract import extract_records

    html = make()
    started = time.process_time()
    parsed = parse_article(html, url=f"http://127.0.0.1/{name}.html")
    parsed_at = time.process_time()
    records = extract_records(parsed.text, title=parsed.title)
    done = time.process_time()
    return {
        "shape": name,
        "html_mb": round(len(html) / 1e6, 2),
        "text_mb": round(len(parsed.text) / 1e6, 2),
        "article_extraction_cpu_s": round(parsed_at - started, 2),
        "record_extraction_cpu_s": round(done - parsed_at, 2),
        "sanctions": len(records["sanctions"]),
        "sanction_targets": sum(len(r["targets"]) for r in records["sanctions"]),
        "deals": len(records["deals"]),
        "notes": records.get("notes", []),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, action="append", help="page size in MB (repeatable; default 1 and 5)")
    args = parser.parse_args()
    logging.getLogger("tradewatch").setLevel(logging.ERROR)  # the bounds' warnings are expected here
    from tradewatch.extract import extract_records

    extract_records("OFAC sanctioned Acme Ltd.")  # compiles the rules' patterns outside the clock
    results = []
    for mb in args.mb or [1.0, 5.0]:
        for name, make in shapes(int(mb * 1e6)).items():
            results.append(measure(name, make))
            print(f"{name} @ {mb} MB: done", file=sys.stderr, flush=True)
    print(json.dumps({"python": sys.version.split()[0], "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
