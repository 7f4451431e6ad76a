"""Benchmark: match 10,000 extracted names against a 50,000-name synthetic list on one core.

    python benchmarks/match_names.py [--queries 10000] [--list-size 50000] [--seed 7] [--surnames]

With --surnames, persons are listed with their last word as the surname, as OFAC's, the EU's and the UK's lists
give it (`list_names.surname`), and a fifth of the queries of listed persons leave out their first word (a given name:
the partial names `scoring.partial_name_cost` matches).

Prints build time, match time and names per second. Goal: matching under 10 s.
"""

from __future__ import annotations

import argparse
import pickle
import random
import time

SYLLABLES = (
    "ro sne ft gaz prom sber bank vol ga tra ns ne mi ko la ev ich ov al ex an der kar im su lei man "
    "ba rak ha san ta rek zhu li wei ming chen hua dong ya kov ski pet ren ko mar tin ez ga ri do"
).split()
WORDS = ["trading", "holding", "bank", "shipping", "oil", "group", "international", "metals", "energy"]
FORMS = ["LLC", "PJSC", "JSC", "Co. Ltd", "GmbH", "OOO", "AO", "Inc", ""]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def synthetic_name(rng: random.Random) -> str:
    if rng.random() < 0.5:  # a person
        return " ".join(word(rng) for _ in range(rng.randint(2, 3)))
    parts = [word(rng)] + ([rng.choice(WORDS)] if rng.random() < 0.6 else [])
    return " ".join(parts + [rng.choice(FORMS)]).strip()


def perturb(name: str, rng: random.Random) -> str:
    tokens = name.split()
    rng.shuffle(tokens)
    text = " ".join(tokens)
    if len(text) > 4 and rng.random() < 0.5:
        i = rng.randrange(len(text))
        text = text[:i] + rng.choice("aeiouks") + text[i + 1 :]
    return text.upper() if rng.random() < 0.3 else text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--list-size", type=int, default=50_000)
    parser.add_argument("--threshold", type=float, default=90.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--surnames", action="store_true", help="list persons with a surname split")
    args = parser.parse_args()

    from tradewatch.lists.index import NameIndex

    rng = random.Random(args.seed)
    listed = [synthetic_name(rng) for _ in range(args.list_size)]
    # Half the queries are variants of listed names, half are unrelated names.
    queries = [
        perturb(rng.choice(listed), rng) if i % 2 == 0 else synthetic_name(rng) for i in range(args.queries)
    ]
    # (synthetic persons are two or three capitalised words, none a legal form's)
    form_words = {w for form in FORMS for w in form.split()}
    persons = {i for i, name in enumerate(listed)
               if name.count(" ") in (1, 2) and name.istitle() and form_words.isdisjoint(name.split())}
    surnames = {i: name.rsplit(" ", 1)[1] for i, name in enumerate(listed) if i in persons} if args.surnames else {}
    if args.surnames:
        partial = [listed[i].split(" ", 1)[1] for i in sorted(persons) if listed[i].count(" ") == 2]
        queries[1::10] = [rng.choice(partial) for _ in queries[1::10]]

    start = time.perf_counter()
    index = NameIndex(("bench", f"bench:{i}", name, surnames.get(i)) for i, name in enumerate(listed))
    built = time.perf_counter() - start

    # What a fresh task process pays when the lists have not changed (tradewatch.lists.index_cache).
    blob = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    start = time.perf_counter()
    pickle.loads(blob)  # noqa: S301 - our own bytes, just made
    reloaded = time.perf_counter() - start

    start, cpu_start = time.perf_counter(), time.process_time()
    hits = sum(1 for q in queries if index.search(q, args.threshold, limit=5))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"index: {len(index):,} names built in {built:.2f} s; cached copy ({len(blob) / 1e6:.1f} MB) loads in {reloaded:.2f} s")
    print(
        f"matched {len(queries):,} names in {elapsed:.2f} s "
        f"({len(queries) / elapsed:,.0f} names/s; CPU {cpu:.2f} s); {hits:,} with a match >= {args.threshold:g}"
    )
    print("goal: under 10 s on one core -", "met" if elapsed < 10 else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
