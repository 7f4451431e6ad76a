"""Texts built to make the rules' regular expressions backtrack: the work stays linear in the text.

Each runs in a child process with a generous deadline (a regression here costs minutes to days, not milliseconds:
the run below took ~30 s of CPU a mention at 4,000 words before the bound, and grows with its square).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[3]

_SCRIPT = """
import sys
from tradewatch.extract import extract_records
run = "Smith " * int(sys.argv[1])
text = "Reports named " + run + "Smith.x and others. " + "OFAC sanctioned Smith for supplying drones to Russia. " * 3
recs = extract_records(text, title="T")
print(sorted({t["name"] for r in recs["sanctions"] for t in r["targets"]}))
"""


def test_a_run_of_thousands_of_capitalised_words_before_a_surname_is_read_in_linear_time():
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "16000"], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": f"{_ROOT / 'include'}", "PATH": "/usr/bin:/bin"}, check=True,
    )
    assert done.stdout.strip() == "['Smith']"
