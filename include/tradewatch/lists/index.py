"""Blocking index over list names: candidates share a rare token, token skeleton or affix with the query."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from rapidfuzz import fuzz, process

from tradewatch.lists.normalise import NormalName, normalise, skeleton
from tradewatch.lists.scoring import score_pair

# A blocking key shared by more names than this is too common to narrow anything down ("bank",
# "trading"); it is used only when the query has no rarer key. Scales with the list, floor 200.
MAX_KEY_SHARE = 0.005
MIN_KEY_CAP = 200
# Candidates go through a cheap C-level token-set comparison first; only those within this many
# points of the threshold get the full (Python) scoring.
PREFILTER_MARGIN = 20.0
# At most this many candidates per query (those sharing the most blocking keys first): a guard
# against pathological queries; typical queries have ~200.
MAX_CANDIDATES = 300


def blocking_keys(name: NormalName) -> set[str]:
    keys: set[str] = set()
    for token in set(name.tokens) | set(name.core):
        keys.add("t:" + token)
        if len(token) >= 5:
            keys.add("p:" + token[:4])
            keys.add("e:" + token[-4:])
            sk = skeleton(token)
            if len(sk) >= 4:
                keys.add("s:" + sk)
    # Names glued or split differently ("aero caribbean" ~ "aerocaribbean").
    compact = "".join(name.tokens)
    if len(name.tokens) > 1:
        keys.add("t:" + compact)
    return keys


@dataclass(frozen=True)
class IndexedName:
    list_id: str
    entity_id: str
    name: str
    norm: NormalName


@dataclass(frozen=True)
class Match:
    list_id: str
    entity_id: str
    matched_name: str
    score: float
    method: str


class NameIndex:
    """Build once per list load; `search` costs O(candidates), not O(list size)."""

    def __init__(self, names: Iterable[tuple[str, str, str]]) -> None:
        self.names: list[IndexedName] = []
        self._keys: list[str] = []
        self._core_keys: list[str] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for list_id, entity_id, name in names:
            norm = normalise(name)
            idx = len(self.names)
            self.names.append(IndexedName(list_id, entity_id, name, norm))
            self._keys.append(norm.key)
            self._core_keys.append(norm.core_key)
            for key in blocking_keys(norm):
                self._postings[key].append(idx)
        self._cap = max(MIN_KEY_CAP, int(MAX_KEY_SHARE * len(self.names)))

    def __len__(self) -> int:
        return len(self.names)

    def candidates(self, norm: NormalName) -> set[int]:
        postings = [self._postings[k] for k in blocking_keys(norm) if k in self._postings]
        selective = [p for p in postings if len(p) <= self._cap]
        if not selective and postings:
            selective = [min(postings, key=len)]
        if sum(len(p) for p in selective) <= MAX_CANDIDATES:
            return set().union(*selective)
        shared: Counter[int] = Counter()
        for p in selective:
            shared.update(p)
        return {idx for idx, _n in shared.most_common(MAX_CANDIDATES)}

    def search(self, name: str, threshold: float, limit: int | None = None) -> list[Match]:
        """Best match per entity at or above `threshold`, best first."""
        norm = normalise(name)
        if not norm.tokens:
            return []
        cutoff = max(0.0, threshold - PREFILTER_MARGIN)
        found = list(self.candidates(norm))
        keep: set[int] = set()
        for query, keys in ((norm.key, self._keys), (norm.core_key, self._core_keys)):
            # itemgetter picks the candidates' keys in C; a list comprehension dominated the profile.
            choices = list(itemgetter(*found)(keys)) if len(found) > 1 else [keys[i] for i in found]
            for _choice, _score, pos in process.extract(
                query, choices, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=None
            ):
                keep.add(found[pos])
        best: dict[str, Match] = {}
        for idx in keep:
            entry = self.names[idx]
            score, method = score_pair(norm, entry.norm)
            if score < threshold:
                continue
            current = best.get(entry.entity_id)
            if current is None or score > current.score:
                best[entry.entity_id] = Match(entry.list_id, entry.entity_id, entry.name, score, method)
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.entity_id))
        return ranked[:limit] if limit else ranked
