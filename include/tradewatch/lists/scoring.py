"""Pairwise name scoring (0-100) on normalised names, with rapidfuzz; no list context needed."""

from __future__ import annotations

from rapidfuzz import fuzz

from tradewatch.lists.normalise import NormalName, normalise, skeleton

# Tunables. A token pair whose consonant skeletons agree (hezbollah ~ hizballah) scores at least
# SKELETON_FLOOR; names whose tokens are a subset of the other's (a person without patronymic) lose
# SUBSET_PENALTY points per extra token, and at most MAX_EXTRA_TOKENS extra tokens are tolerated.
SKELETON_FLOOR = 90.0
SKELETON_MIN_TOKEN = 5
SKELETON_MIN_RATIO = 70.0
SUBSET_PENALTY = 2.0
MAX_EXTRA_TOKENS = 2
CORE_PENALTY = 2.0
MIN_TOKEN_SCORE = 80.0
GLUED_PENALTY = 2.0
# Two names whose legal forms differ ("Delta Freight LLC" ~ DELTA FREIGHT SERVICES FZE) and whose other words are not
# the same lose LEGAL_FORM_PENALTY: another word and another registration is no near-certain match (hostile probe 23:
# 98). An organisation's name against a person entry loses KIND_PENALTY, which keeps even an exact name ("Mohamed Ali
# Trading Co" ~ the individual ALI, Mohamed: 98) well below any useful threshold: a company named after a common
# personal name is not that person.
LEGAL_FORM_PENALTY = 10.0
KIND_PENALTY = 30.0


def token_score(a: str, b: str) -> float:
    if a == b:
        return 100.0
    score = fuzz.ratio(a, b)
    if (
        min(len(a), len(b)) >= SKELETON_MIN_TOKEN
        and a[0] == b[0]
        and score >= SKELETON_MIN_RATIO
        and len(skeleton(a)) >= 4
        and skeleton(a) == skeleton(b)
    ):
        score = max(score, SKELETON_FLOOR)
    return score


def _align(short: tuple[str, ...], long: tuple[str, ...]) -> float:
    """Length-weighted mean of the best one-to-one token pairing of `short` into `long` (greedy)."""
    pairs = sorted(
        ((token_score(s, t), i, j) for i, s in enumerate(short) for j, t in enumerate(long)), reverse=True
    )
    used_s: set[int] = set()
    used_l: set[int] = set()
    total = 0.0
    for score, i, j in pairs:
        if i in used_s or j in used_l:
            continue
        if score < MIN_TOKEN_SCORE:
            return 0.0
        used_s.add(i)
        used_l.add(j)
        total += score * len(short[i])
        if len(used_s) == len(short):
            break
    if len(used_s) < len(short):
        return 0.0
    return total / sum(len(s) for s in short)


def score_pair(a: NormalName, b: NormalName) -> tuple[float, str]:
    """Best of: exact key, whole-string fuzzy, generic-words-dropped core, token alignment. (score, method)."""
    if a.key == b.key:
        return 100.0, "exact"
    best, method = fuzz.ratio(a.key, b.key), "fuzzy"
    if a.core != a.tokens or b.core != b.tokens:
        core = 100.0 if a.core_key == b.core_key else fuzz.ratio(a.core_key, b.core_key)
        core -= CORE_PENALTY
        if core > best:
            best, method = core, "core"
    if len(a.tokens) != len(b.tokens) and abs(len(a.key) - len(a.tokens) - len(b.key) + len(b.tokens)) <= 2:
        # "Ros Neft" ~ ROSNEFT, "Sber Bank" ~ SBERBANK: about the same letters, split or glued otherwise
        glued = max(fuzz.ratio(x, y) for x in a.glued for y in b.glued) - GLUED_PENALTY
        if glued > best:
            best, method = glued, "glued"
    variants = [(a.tokens, b.tokens, 0.0)]
    if a.core != a.tokens or b.core != b.tokens:
        variants.append((a.core, b.core, CORE_PENALTY))
    for x, y, penalty in variants:
        short, long = (x, y) if len(x) <= len(y) else (y, x)
        extra = len(long) - len(short)
        if extra > MAX_EXTRA_TOKENS or (extra and len(short) < 2):
            continue
        aligned = _align(short, long) - SUBSET_PENALTY * extra - penalty
        if aligned > best:
            best, method = aligned, ("tokens" if not extra else "subset")
    if a.forms and b.forms and not set(a.forms) & set(b.forms):
        best, method = best - LEGAL_FORM_PENALTY, method + "+form"
    return round(best, 2), method


def kinds_conflict(subject: NormalName, listed_kind: str | None) -> bool:
    """The screened name shows an organisation (a legal form or a business word) and the list entry is a person."""
    return subject.organisation and listed_kind == "person"


def score_entry(subject: NormalName, listed: NormalName, listed_kind: str | None) -> tuple[float, str]:
    """`score_pair`, less KIND_PENALTY when the kinds conflict (method "...+kind")."""
    score, method = score_pair(subject, listed)
    if kinds_conflict(subject, listed_kind):
        return round(max(0.0, score - KIND_PENALTY), 2), method + "+kind"
    return score, method


def score_names(a: str, b: str) -> tuple[float, str]:
    return score_pair(normalise(a), normalise(b))
