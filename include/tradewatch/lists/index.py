"""Blocking index over list names: candidates share a rare token, token skeleton or affix with the query."""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter

from rapidfuzz import fuzz, process

from tradewatch.lists.normalise import NormalName, glued_forms, listed_name, normalise, skeleton
from tradewatch.lists.scoring import (
    GLUED_PENALTY,
    MAX_EXTRA_TOKENS,
    MIN_TOKEN_SCORE,
    SKELETON_MIN_RATIO,
    score_entry,
    token_score,
)

# A blocking key shared by more names than this is too common to narrow anything down ("bank",
# "trading"); it is used only when the query has no rarer key. Scales with the list, floor 200.
MAX_KEY_SHARE = 0.005
MIN_KEY_CAP = 200
# Rounding slack of the pre-check's bounds: `score_pair` rounds to 2 decimals (89.996 is stored as 90.0).
BOUND_SLACK = 0.01
# At most this many candidates per query (those sharing the most blocking keys first): a guard
# against pathological queries; typical queries have ~200.
MAX_CANDIDATES = 300


# Postings read when every key of a query is common: enough for names made of the commonest parts, bounded per query
_MAX_COMMON_POSTINGS = 60_000


def blocking_keys(name: NormalName, query: bool = False) -> set[str]:
    keys: set[str] = set()
    for token in set(name.tokens) | set(name.core):
        keys.add("t:" + token)
        if len(token) >= 5:
            keys.add("p:" + token[:4])
            keys.add("e:" + token[-4:])
            sk = skeleton(token)
            # ("hammas" ~ "hamas": a three-consonant skeleton too)
            if len(sk) >= 3:
                keys.add("s:" + sk)
    # Names glued or split differently ("aero caribbean" ~ "aerocaribbean", "ros neft" ~ "rosneft"): the tokens
    # written together in every order (a one-word name's "t:" key is its glued form).
    # A query gets every order (up to 3 tokens); a listed name every order of two tokens, else the sorted one only (the
    # index stays small: most list names have more tokens, and a query glued in their order is rare).
    if len(name.tokens) > 1:
        if query or len(name.tokens) == 2:
            keys.update("t:" + glued for glued in name.glued)
        else:
            keys.add("t:" + "".join(name.tokens))
    return keys


def _align_bound(
    query: tuple[str, ...], listed: list[str], partner: dict[str, dict[str, float]], best_partner: dict[str, float]
) -> float:
    """At least the token alignment `scoring.score_pair` computes for these words (0 where it computes none)."""
    if len(query) <= len(listed):
        if len(listed) - len(query) > MAX_EXTRA_TOKENS or (len(listed) > len(query) and len(query) < 2):
            return 0.0
        total = 0.0
        for q in query:
            best = max((partner.get(t, _NONE).get(q, 0.0) for t in listed), default=0.0)
            if not best:
                return 0.0
            total += best * len(q)
        return total / sum(map(len, query))
    if len(query) - len(listed) > MAX_EXTRA_TOKENS or len(listed) < 2:
        return 0.0
    total = 0.0
    for t in listed:
        best = best_partner.get(t, 0.0)
        if not best:
            return 0.0
        total += best * len(t)
    return total / sum(map(len, listed))


_NONE: dict[str, float] = {}


@dataclass(frozen=True)
class IndexedName:
    list_id: str
    entity_id: str
    name: str
    norm: NormalName
    kind: str | None  # the entry's: person | organization | vessel | aircraft | unknown (None: not given)


@dataclass(frozen=True)
class Match:
    list_id: str
    entity_id: str
    matched_name: str
    score: float
    method: str


class NameIndex:
    """Build once per list load; `search` costs O(candidates), not O(list size)."""

    def __init__(self, names: Iterable[tuple[str, str, str] | tuple[str, str, str, str | None]],
                 kinds: Mapping[str, str] | None = None, countries: Mapping[str, Iterable[str]] | None = None) -> None:
        """`names`: (list_id, entity_id, name) rows, or (list_id, entity_id, name, surname) with the surname the list
        gives the name (`list_names.surname`); `kinds`: each entity's kind by entity_id (an organisation's name scores
        low against a person entry); `countries`: each entity's countries by entity_id (see `entity_countries`)."""
        # Columns of plain strings, not objects: a built index pickles and unpickles in a fraction of
        # its build time (see `tradewatch.lists.index_cache`). A name's tokens are its key split again.
        self._list_ids: list[str] = []
        self._entity_ids: list[str] = []
        self._names: list[str] = []
        self._keys: list[str] = []
        self._core_keys: list[str] = []
        self._forms: list[str] = []
        self._countries: list[str] = []
        self._surnames: list[str] = []
        self._kinds: dict[str, str] = dict(kinds or {})
        self._entity_countries: dict[str, str] = {
            entity_id: " ".join(codes) for entity_id, codes in (countries or {}).items() if codes}
        postings: dict[str, list[int]] = defaultdict(list)
        for row in names:
            list_id, entity_id, name = row[:3]
            norm = listed_name(name, row[3] if len(row) > 3 else None)
            idx = len(self._names)
            self._list_ids.append(list_id)
            self._entity_ids.append(entity_id)
            self._names.append(name)
            self._keys.append(norm.key)
            self._core_keys.append(norm.core_key)
            self._forms.append(" ".join(norm.forms))
            self._countries.append(" ".join(norm.countries))
            self._surnames.append(" ".join(norm.surname))
            for key in blocking_keys(norm):
                postings[key].append(idx)
        # Postings as one flat array of name positions with per-key offsets: unpickling a dict of
        # ~140k small lists took longer than the rest of the index together.
        self._slot: dict[str, int] = {}
        self._starts = array("i", [0])
        self._flat = array("i")
        for key, ids in postings.items():
            self._slot[key] = len(self._starts) - 1
            self._flat.extend(ids)
            self._starts.append(len(self._flat))
        self._cap = max(MIN_KEY_CAP, int(MAX_KEY_SHARE * len(self._names)))

    def __len__(self) -> int:
        return len(self._names)

    def entity_countries(self, entity_id: str) -> tuple[str, ...]:
        """The countries the list gives an entity (`list_entities.countries`: nationality, citizenship, addresses)."""
        return tuple(self._entity_countries.get(entity_id, "").split())

    def entry(self, idx: int) -> IndexedName:
        """The indexed name at position `idx`, with its normalised form."""
        name = self._names[idx]
        norm = NormalName(
            name, tuple(self._keys[idx].split()), tuple(self._core_keys[idx].split()), forms=tuple(self._forms[idx].split()),
            countries=tuple(self._countries[idx].split()), surname=tuple(self._surnames[idx].split()),
        )
        entity_id = self._entity_ids[idx]
        return IndexedName(self._list_ids[idx], entity_id, name, norm, self._kinds.get(entity_id))

    def candidates(self, norm: NormalName) -> set[int]:
        # Sorted: set order varies with PYTHONHASHSEED, and ties at MAX_CANDIDATES must not.
        slots = [self._slot[k] for k in sorted(blocking_keys(norm, query=True)) if k in self._slot]
        postings = [self._flat[self._starts[i] : self._starts[i + 1]] for i in slots]
        selective = [p for p in postings if len(p) <= self._cap]
        if not selective and postings:
            # Every key common ("Mohamed Ali Hassan": "ali", "hassan", the "mhmd" skeleton): the names sharing the most of
            # them, not the first MAX_CANDIDATES of the smallest posting in load order (hostile probe 15: "Ali Hassan
            # Mohammed", 97, was found or missed by its place in the list). Bounded: the smallest postings first.
            selective, total = [], 0
            for p in sorted(postings, key=len):
                if selective and total + len(p) > _MAX_COMMON_POSTINGS:
                    break
                selective.append(p)
                total += len(p)
        if sum(len(p) for p in selective) <= MAX_CANDIDATES:
            return set().union(*selective)
        shared: Counter[int] = Counter()
        for p in selective:
            shared.update(p)
        # (ties in a stable order: by how many keys are shared, then by index)
        return {idx for idx, _n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]}

    def _may_reach(self, norm: NormalName, found: list[int], threshold: float) -> set[int]:
        """The candidates whose full score (`scoring.score_pair`) can reach `threshold`: each of its parts is bounded
        from above, cheaply, and a candidate is dropped only when every bound is below. (Hostile probe 38 F1: a
        token-set ratio stood in for the score, and "Sergei Aksenov" ~ Sergey Valeryevich AKSYONOV, 93.9, gave 66.7:
        dropped at threshold 90, kept at 80, so `screen` showed a match that `matches` did not hold.)"""
        # (at least 0: rapidfuzz refuses a negative score_cutoff, and `screen --threshold 0` or
        # TRADEWATCH_MATCH_THRESHOLD=0, both documented as 0-100, failed with "score_cutoff has to be in the range of
        # 0.0 - 100.0", hostile probe 43 F1)
        cut = max(0.0, threshold - BOUND_SLACK)
        keep: set[int] = set()
        # itemgetter picks the candidates' keys in C; a list comprehension dominated the profile.
        listed_keys, listed_cores = (
            (list(itemgetter(*found)(keys)) if len(found) > 1 else [keys[i] for i in found])
            for keys in (self._keys, self._core_keys)
        )
        # The whole-key and core ratios are parts of the score themselves (the core less a penalty).
        for query, choices in ((norm.key, listed_keys), (norm.core_key, listed_cores)):
            for _choice, _score, pos in process.extract(
                query, choices, scorer=fuzz.ratio, score_cutoff=cut, limit=None
            ):
                keep.add(found[pos])
        # Token alignment: each word of the shorter name pairs with one of the longer at MIN_TOKEN_SCORE or more, and
        # the score is their length-weighted mean less penalties. Its bound pairs each word with its best partner.
        # partner[word of a candidate][word of the query]: their `token_score`, where MIN_TOKEN_SCORE or more (a pair
        # under SKELETON_MIN_RATIO never gets there).
        words = list(set(" ".join(listed_keys).split()))
        partner: dict[str, dict[str, float]] = {}
        for q in set(norm.tokens):
            for word, _ratio, _pos in process.extract(
                q, words, scorer=fuzz.ratio, score_cutoff=min(SKELETON_MIN_RATIO, MIN_TOKEN_SCORE), limit=None
            ):
                score = token_score(q, word)
                if score >= MIN_TOKEN_SCORE:
                    partner.setdefault(word, {})[q] = score
        best_partner = {word: max(scores.values()) for word, scores in partner.items()}
        paired = partner.keys()
        glued, letters = norm.glued, "".join(sorted(norm.key.replace(" ", "")))
        for i in found:
            if i in keep:
                continue
            key = self._keys[i]
            count = key.count(" ") + 1
            if count != len(norm.tokens) and abs(len(key) - count + 1 - len(letters)) <= 2:
                # split or glued otherwise ("neft ros" ~ "rosneft"): that part as `score_pair` computes it, where the
                # ratio of the letters sorted (the most any order of them can give) reaches the cut
                if fuzz.ratio(letters, "".join(sorted(key.replace(" ", "")))) - GLUED_PENALTY >= cut and max(
                    fuzz.ratio(x, y) for x in glued for y in glued_forms(tuple(key.split()))
                ) - GLUED_PENALTY >= cut:
                    keep.add(i)
                    continue
            tokens = key.split()
            if paired.isdisjoint(tokens):
                continue
            pairs = [(norm.tokens, tokens)]
            core = self._core_keys[i]
            if core != key or norm.core != norm.tokens:
                pairs.append((norm.core, core.split()))
            if any(_align_bound(x, y, partner, best_partner) >= cut for x, y in pairs):
                keep.add(i)
        return keep

    def search(self, name: str, threshold: float, limit: int | None = None) -> list[Match]:
        """Best match per entity at or above `threshold`, best first."""
        return self.search_normal(normalise(name), threshold, limit)

    def search_normal(self, norm: NormalName, threshold: float, limit: int | None = None) -> list[Match]:
        """`search` for a name already normalised: its result depends on `norm.comparable` alone, so names that
        normalise alike need screening once (see `matching.screen_names`)."""
        if not norm.tokens:
            return []
        keep = self._may_reach(norm, list(self.candidates(norm)), threshold)
        best: dict[str, Match] = {}
        for idx in keep:
            entry = self.entry(idx)
            score, method = score_entry(norm, entry.norm, entry.kind)
            if score < threshold:
                continue
            current = best.get(entry.entity_id)
            if current is None or score > current.score:
                best[entry.entity_id] = Match(entry.list_id, entry.entity_id, entry.name, score, method)
        # ties by list, then entry: entry ids alone put every "eu_fsf:" entry before the UK's and OFAC's ("uk_",
        # "us_"), and a cut kept only the EU's (hostile probe 29 F2; see `matching.keep_fairly`)
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.list_id, m.entity_id))
        return ranked[:limit] if limit else ranked
