"""Blocking index over list names: candidates share a rare token, token skeleton or affix with the query."""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter

from rapidfuzz import fuzz, process

from tradewatch.lists.normalise import NormalName, glued_forms, normalise, skeleton
from tradewatch.lists.scoring import score_entry

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

    def __init__(self, names: Iterable[tuple[str, str, str]], kinds: Mapping[str, str] | None = None) -> None:
        """`names`: (list_id, entity_id, name) rows; `kinds`: each entity's kind by entity_id (an organisation's name
        scores low against a person entry)."""
        # Columns of plain strings, not objects: a built index pickles and unpickles in a fraction of
        # its build time (see `tradewatch.lists.index_cache`). A name's tokens are its key split again.
        self._list_ids: list[str] = []
        self._entity_ids: list[str] = []
        self._names: list[str] = []
        self._keys: list[str] = []
        self._core_keys: list[str] = []
        self._forms: list[str] = []
        self._kinds: dict[str, str] = dict(kinds or {})
        postings: dict[str, list[int]] = defaultdict(list)
        for list_id, entity_id, name in names:
            norm = normalise(name)
            idx = len(self._names)
            self._list_ids.append(list_id)
            self._entity_ids.append(entity_id)
            self._names.append(name)
            self._keys.append(norm.key)
            self._core_keys.append(norm.core_key)
            self._forms.append(" ".join(norm.forms))
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

    def entry(self, idx: int) -> IndexedName:
        """The indexed name at position `idx`, with its normalised form."""
        name = self._names[idx]
        norm = NormalName(
            name, tuple(self._keys[idx].split()), tuple(self._core_keys[idx].split()), forms=tuple(self._forms[idx].split())
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

    def search(self, name: str, threshold: float, limit: int | None = None) -> list[Match]:
        """Best match per entity at or above `threshold`, best first."""
        return self.search_normal(normalise(name), threshold, limit)

    def search_normal(self, norm: NormalName, threshold: float, limit: int | None = None) -> list[Match]:
        """`search` for a name already normalised: its result depends on `norm.comparable` alone, so names that
        normalise alike need screening once (see `matching.screen_names`)."""
        if not norm.tokens:
            return []
        cutoff = max(0.0, threshold - PREFILTER_MARGIN)
        found = list(self.candidates(norm))
        keep: set[int] = set()
        # split or glued differently: token-set ratios miss these ("neft ros" ~ "rosneft"), so they skip the prefilter
        glued = norm.glued
        letters = len(norm.key) - len(norm.tokens) + 1  # the same letters, split otherwise: the same count
        keep.update(i for i in found if len(self._keys[i]) - self._keys[i].count(" ") == letters
                    and self._keys[i].count(" ") + 1 != len(norm.tokens)
                    and glued_forms(tuple(self._keys[i].split())) & glued)
        for query, keys in ((norm.key, self._keys), (norm.core_key, self._core_keys)):
            # itemgetter picks the candidates' keys in C; a list comprehension dominated the profile.
            choices = list(itemgetter(*found)(keys)) if len(found) > 1 else [keys[i] for i in found]
            for _choice, _score, pos in process.extract(
                query, choices, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=None
            ):
                keep.add(found[pos])
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
