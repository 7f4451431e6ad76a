"""Texts built to make the rules' regular expressions backtrack: the work stays linear in the text.

Each runs in a child process with a generous deadline (a regression here costs minutes to days, not milliseconds:
the run below took ~30 s of CPU a mention at 4,000 words before the bound, and grows with its square).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[3]


def _python(script: str, *args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    """`script` run by a fresh interpreter on the library alone (a runaway regex is killed at `timeout`)."""
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=timeout,
        env={"PYTHONPATH": f"{_ROOT / 'include'}", "PATH": "/usr/bin:/bin"}, check=True,
    )

_SCRIPT = """
import sys
from tradewatch.extract import extract_records
run = "Smith " * int(sys.argv[1])
text = "Reports named " + run + "Smith.x and others. " + "OFAC sanctioned Smith for supplying drones to Russia. " * 3
recs = extract_records(text, title="T")
print(sorted({t["name"] for r in recs["sanctions"] for t in r["targets"]}))
"""


def test_a_run_of_thousands_of_capitalised_words_before_a_surname_is_read_in_linear_time():
    done = _python(_SCRIPT, "16000", timeout=120)
    assert done.stdout.strip() == "['Smith']"


_BORROWER_SCRIPT = """
import sys
from tradewatch.extract import extract_records
words = " line" * int(sys.argv[1])
text = "Acme Bank provided a $500 million loan" + words + " to a consortium of Beta Holdings Ltd and Gamma Corp."
recs = extract_records(text, title="T")
print(len(recs["deals"]) >= 0)
"""


def test_a_loan_followed_by_a_long_run_of_repeated_words_is_read_in_linear_time():
    # 24 repeats took 75 s and 45 would not finish before each word matched one way only
    done = _python(_BORROWER_SCRIPT, "40", timeout=120)
    assert done.stdout.strip() == "True"


def test_ticker_patterns_do_not_backtrack_on_a_long_run_of_pieces():
    # each took over 100 s at ~250 characters before every piece matched one way only
    script = (
        "from tradewatch.extract import deals, parties\n"
        "print(deals._TICKER_AFTER.match(' (NYSE: A' + ', B C: D' * 60 + ' x') is None,\n"
        "      list(parties._TICKER.finditer('(NYSE: A' + ', Bc   : D' * 60 + ' x')) == [])\n"
    )
    done = _python(script, timeout=120)
    assert done.stdout.strip() == "True True"


_RUNS_SCRIPT = """
import sys
from tradewatch.extract import extract_records
n = int(sys.argv[1])
dots = "The Treasury also sanctioned Beta Oil Ltd " + "." * n + " and more. OFAC sanctioned Gamma Shipping LLC."
item = "BB-" * (n // 300) + "BB"
listed = ("The US Treasury on Monday sanctioned the following individuals and entities:\\n"
          f"- {item}\\n- Acme Trading LLC\\n\\nThe measures freeze their assets.")
found = [t["name"] for text in (dots, listed) for r in extract_records(text, title="T")["sanctions"] for t in r["targets"]]
print("Gamma Shipping LLC" in found, "Acme Trading LLC" in found)
"""


def test_a_run_of_dots_and_a_hyphenated_list_item_are_read_in_linear_time():
    # hostile probe 4: sentence splitting was quadratic in a run of dots (80 KB page: 72 s), and a register-style
    # surname pattern took ~n^3.6 on "BB-BB-..." (a 1.8 KB page: 46 s)
    done = _python(_RUNS_SCRIPT, "150000", timeout=120)
    assert done.stdout.split() == ["True", "True"]


def test_an_article_dated_at_the_calendars_end_is_read_without_overflow():
    import datetime as dt

    from tradewatch.extract import extract_records

    text = "The US Treasury will sanction Gamma Shipping LLC tomorrow. It sanctioned Delta Marine Ltd on 5 March."
    recs = extract_records(text, title="T", published=dt.date(9999, 12, 31))
    assert "Delta Marine Ltd" in {t["name"] for r in recs["sanctions"] for t in r["targets"]}


_MENTIONS_SCRIPT = """
import time
from tradewatch.extract import extract_records
def page(m):
    return "Zorvex Trading Co Ltd. " * m + "The US Treasury sanctioned Zorvex on Monday. " * (m // 5)
extract_records(page(50), title="T")  # the rules' modules imported, not timed
took = []
for m in (1500, 6000):
    started = time.process_time()
    recs = extract_records(page(m), title="T")
    took.append(time.process_time() - started)
print(took[1] / took[0], sorted({t["name"] for r in recs["sanctions"] for t in r["targets"]}))
"""


def test_thousands_of_mentions_of_a_short_name_are_read_in_linear_time():
    # hostile probe 5: each mention of a company's short name ("Zorvex" after "Zorvex Trading Co Ltd.") read every
    # earlier occurrence again: a 193 KB page took 20 s, 16x the time of a page a quarter of its size (now ~4.5x)
    done = _python(_MENTIONS_SCRIPT, timeout=300)
    ratio, names = done.stdout.split(" ", 1)
    assert names.strip() == "['Zorvex Trading Co Ltd.']"
    assert float(ratio) < 9, f"4x the text took {float(ratio):.1f}x the time: not linear"


def test_a_syndicate_title_of_many_hyphenated_pieces_is_read_in_linear_time():
    # hostile probe 11: "Co--Co--...Co--Capital" named as an arranger split each "Co--" two ways ("co-?" before
    # "[\s-]+"): 24 pieces took 13 s, 26 took 75 s
    script = (
        "from tradewatch.extract import deals\n"
        "print(deals._SYNDICATE_TITLE.fullmatch('Co--' * 60 + 'Capital') is None,\n"
        "      deals._SYNDICATE_TITLE.fullmatch('Co-Lead Arranger') is not None)\n"
    )
    done = _python(script, timeout=120)
    assert done.stdout.strip() == "True True"


_LONG_WORD_SCRIPT = """
import time
from tradewatch.extract import extract_records
def page(n):
    return "\\n".join(f"On day {i} the Finance Ministry imposed sanctions on {'A' * n} Ltd, the government said."
                      for i in range(40))
extract_records(page(10), title="T")  # the rules' modules imported, not timed
took = []
for n in (300, 1200):
    started = time.process_time()
    extract_records(page(n), title="T")
    took.append(time.process_time() - started)
print(took[1] / took[0])
"""


def test_a_long_word_of_capitals_beside_a_ministry_is_read_in_linear_time():
    # hostile probe 11: a state's body was looked for from every capital inside the word, rescanning to its end each
    # time (a 200 KB page of 2,800-letter words took 25 s); 4x the word now costs about 4x the time, not 16x
    done = _python(_LONG_WORD_SCRIPT, timeout=300)
    assert float(done.stdout) < 8, f"4x the word took {float(done.stdout):.1f}x the time: not linear"
