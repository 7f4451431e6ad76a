"""Pairwise name scoring (0-100) on normalised names, with rapidfuzz; no list context needed."""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from os.path import commonprefix

from rapidfuzz import fuzz

from tradewatch.lists.normalise import (
    NormalName,
    fold_spelling,
    is_ideograph,
    normalise,
    skeleton,
    vocabulary,
)

# Tunables. A token pair whose consonant skeletons agree (hezbollah ~ hizballah) scores at least
# SKELETON_FLOOR; names whose tokens are a subset of the other's (a person without patronymic) lose
# SUBSET_PENALTY points per extra token, and at most MAX_EXTRA_TOKENS extra tokens are tolerated.
SKELETON_FLOOR = 90.0
SKELETON_MIN_TOKEN = 5
SKELETON_MIN_RATIO = 70.0
SUBSET_PENALTY = 2.0
MAX_EXTRA_TOKENS = 2
CORE_PENALTY = 2.0
# Extra words cost SUBSET_PENALTY only when they add no identity: a patronymic (Dmitry Medvedev ~ Dmitriy Anatolyevich
# MEDVEDEV), a business or generic word (Delta Freight ~ DELTA FREIGHT SERVICES), a country (Bank Melli ~ BANK MELLI
# IRAN). Any other extra word (a surname, a place, a number) costs EXTRA_WORD_PENALTY shared over the shorter name's
# other words, and so does every extra word when the shorter name is made of such words alone: "Mohammed Ali" ~
# Mohammed Ali HAMADI and "Development Bank" ~ EXPORT DEVELOPMENT BANK OF IRAN scored 98 and 96 (hostile probe 29),
# now 88 and below; three words that agree ("Ali Hassan Mohammed" in a four-word listed name) lose 6.
EXTRA_WORD_PENALTY = 12.0
# A core of one word stands for less than the names it is drawn from: each generic word dropped from one name and
# not the other costs DROPPED_WORD_PENALTY more. "Sberbank" ~ SBERBANK OF RUSSIA: 93; "Apple" ~ APPLE INTERNATIONAL
# TRADING: 88 (98 in hostile probe 29). So does a core with no word that tells a party apart (a country and a business
# word: "Korea Mining Corp" ~ KOREA MINING DEVELOPMENT TRADING CORPORATION, 98 in hostile probe 38, now 88). A core of
# two words or more, one of them telling ("Romashka Shipping"), costs CORE_PENALTY only.
DROPPED_WORD_PENALTY = 5.0
# Patronymic endings: Russian, Ukrainian, Belarusian (-ovich, -ovna, -ovych, -ivna), Kazakh and Kyrgyz (-uly, -kyzy)
# and Azerbaijani (-ogly); compared as `normalise.fold_spelling` writes them (-ovich is "ovikh").
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna", "uly", "kyzy", "ogly")
MIN_TOKEN_SCORE = 80.0
GLUED_PENALTY = 2.0
# Two names whose legal forms differ ("Delta Freight LLC" ~ DELTA FREIGHT SERVICES FZE) and whose other words are not
# the same lose LEGAL_FORM_PENALTY: another word and another registration is no near-certain match (hostile probe 23:
# 98). An organisation's name against a person entry loses KIND_PENALTY, which keeps even an exact name ("Mohamed Ali
# Trading Co" ~ the individual ALI, Mohamed: 98) well below any useful threshold: a company named after a common
# personal name is not that person.
LEGAL_FORM_PENALTY = 10.0
KIND_PENALTY = 30.0
# Two companies in different lines of business ("business_lines" in legal_forms.yml: "Baltic Vector Shipping AS" ~
# BALTIC VECTOR TRADING, 96 in hostile probe 38) lose BUSINESS_LINE_PENALTY, as do two names where a word of one is a
# word of the other run on ("Abramov" ~ ABRAMOVICH, "Rosneft" ~ ROSNEFTEGAZ: another surname, another company; 94.6
# for "Roman Arkadyevich Abramov"), unless the rest is a word of the same name (glued: "Sber Bank" ~ SBERBANK). A
# run-on of one letter is kept: an inflected form ("Ivanova", "Dmitriy").
BUSINESS_LINE_PENALTY = 10.0
# Two names that each name a country and share none ("Central Bank of Iran" ~ CENTRAL BANK OF THE RUSSIAN FEDERATION,
# "Ministry of Defence of Belarus" ~ MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION: 96 in hostile probe 49, a country
# being a word that costs 2 points or is dropped as generic) name two parties: they lose COUNTRY_PENALTY.
COUNTRY_PENALTY = 10.0
LINE_STEM = 4
# A listed person named by one of the given names and the first word of the surname, as the list splits the name
# (`NormalName.surname`): "Nicolas Maduro" for Nicolas MADURO MOROS, "Daniel Ortega" for Jose Daniel ORTEGA SAAVEDRA,
# "Mohammed Hamadi" for Mohammed Ali HAMADI. Every listed word left out (another given name, a later surname) costs
# PARTIAL_NAME_PENALTY instead of its share of EXTRA_WORD_PENALTY (88 and 76 for the first two): the press leaves out
# a middle name or a second surname, but not the first surname (Maduro is Nicolas MADURO MOROS, Moros is not), nor
# every given name ("Maduro Moros" 88), and a word of the press name that is none of the listed person's (another
# surname: "Daniel Ortega Martinez") still makes another person. Each word of the press name must be a word of the
# listed one as normalised (case, accents, transliteration, the romanisations of `name_variants` folded): a near
# spelling of a given name or surname is another name often enough when half the name is missing (a synthetic list of
# 50,000 names gave 2 such hits in 5,000 unrelated names, both on a near spelling). Method "partial".
PARTIAL_NAME_PENALTY = 4.0
RUN_ON_PENALTY = 10.0
RUN_ON_MIN_WORD = 4
RUN_ON_MIN_REST = 2
# Names in Chinese characters are compared a character a word (see `normalise.tokens`), and only word for word: a
# character is a syllable with a meaning of its own, so two names a character apart are two names ("深圳昆明贸易" is
# not 深圳昆仑贸易: 92 letter for letter in hostile probe 41 F4), and a letter-for-letter ratio says nothing. Each
# character one name has beyond the other costs EXTRA_WORD_PENALTY ("中国农业银行", the Agricultural Bank of China, ~
# 中国银行: 76).


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


@lru_cache(maxsize=65536)
def adds_identity(token: str) -> bool:
    """Whether a word tells one party from another: not a patronymic, business or generic word, or a country."""
    from tradewatch.extract.countries import country_code

    return not (token in vocabulary().descriptive or token.endswith(_patronymic_endings()) or country_code(token))


@cache
def _patronymic_endings() -> tuple[str, ...]:
    return tuple(fold_spelling(ending) for ending in PATRONYMIC_ENDINGS)


def extra_words_penalty(short: tuple[str, ...], extra: list[str]) -> float:
    """What the words of the longer name outside the shorter one cost (see EXTRA_WORD_PENALTY)."""
    identified = [t for t in short if adds_identity(t)]
    if not identified or any(map(is_ideograph, extra)):  # "Development Bank", "Bank of Iran": nothing in the shorter name to tell a party by
        return EXTRA_WORD_PENALTY * len(extra)
    per_word = EXTRA_WORD_PENALTY / max(1, len(short) - 1)
    return sum(per_word if adds_identity(t) else SUBSET_PENALTY for t in extra)


def partial_name_cost(short: tuple[str, ...], listed: NormalName, unpaired: list[str]) -> float | None:
    """What the words of a listed person's name that `short` leaves out (`unpaired`) cost when `short` holds a given
    name and the first word of the surname as the list splits it (see PARTIAL_NAME_PENALTY); None when it does not."""
    if not listed.surname or len(short) < 2 or Counter(short) - Counter(listed.tokens):
        return None  # (a word spelt otherwise: a partial name is too little of a name for near spellings)
    paired = Counter(listed.tokens)
    paired.subtract(unpaired)
    if paired[listed.surname[0]] <= 0:
        return None
    if not any(map(adds_identity, paired - Counter(listed.surname))):  # (a patronymic alone is no given name)
        return None
    return sum(PARTIAL_NAME_PENALTY if adds_identity(t) else SUBSET_PENALTY for t in unpaired)


def lines_differ(a: NormalName, b: NormalName) -> bool:
    """Each name says a line of business and they share none ("shipping" and "trading"; words of one stem are shared:
    "trade" and "trading", "bank" and "banks", folded "banx")."""
    lines = vocabulary().business_lines
    ours, theirs = [t for t in a.tokens if t in lines], [t for t in b.tokens if t in lines]
    return bool(ours and theirs) and not any(
        len(commonprefix((x, y))) >= min(LINE_STEM, len(x) - 1, len(y) - 1) for x in ours for y in theirs
    )


def runs_on(a: NormalName, b: NormalName) -> bool:
    """A word of one name is a word of the other run on by RUN_ON_MIN_REST letters or more, which is no other word of
    the shorter word's name ("abramov" and "abramovikh"; not "sber" and "sberbank" beside "bank")."""
    for x, y in ((a.tokens, b.tokens), (b.tokens, a.tokens)):
        for short in x:
            if len(short) < RUN_ON_MIN_WORD or short in y:
                continue
            for long in y:
                rest = long[len(short):]
                if (len(rest) >= RUN_ON_MIN_REST and long.startswith(short) and long not in x
                        and not any(token_score(rest, t) >= MIN_TOKEN_SCORE for t in x if t != short)
                        and not _one_country(short, long)):
                    return True
    return False


@lru_cache(maxsize=65536)
def _one_country(a: str, b: str) -> bool:
    """A country's name and its adjective ("iran", "iranian"): one word run on into no other (hostile probe 49:
    "Iranian Bank Melli" ~ BANK MELLI IRAN scored 80.9, "+runon")."""
    from tradewatch.extract.countries import country_code

    code = country_code(a)
    return code is not None and code == country_code(b)


def _align(short: tuple[str, ...], long: tuple[str, ...]) -> tuple[float, list[str]]:
    """Length-weighted mean of the best one-to-one token pairing of `short` into `long` (greedy), and the words of
    `long` left unpaired (score 0 when a word of `short` pairs with none)."""
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
            return 0.0, []
        used_s.add(i)
        used_l.add(j)
        total += score * len(short[i])
        if len(used_s) == len(short):
            break
    if len(used_s) < len(short):
        return 0.0, []
    return total / sum(len(s) for s in short), [t for j, t in enumerate(long) if j not in used_l]


def score_pair(a: NormalName, b: NormalName) -> tuple[float, str]:
    """Best of: exact key, whole-string fuzzy, generic-words-dropped core, token alignment. (score, method)."""
    if a.key == b.key:
        return 100.0, "exact"
    if not (a.key.isascii() and b.key.isascii()):  # in Chinese characters: word for word only (see above)
        return _characters(a, b)
    best, method = fuzz.ratio(a.key, b.key), "fuzzy"
    core_penalty = CORE_PENALTY
    if min(len(a.core), len(b.core)) == 1 or not all(any(map(adds_identity, n.core)) for n in (a, b)):
        core_penalty += DROPPED_WORD_PENALTY * len((set(a.tokens) - set(a.core)) ^ (set(b.tokens) - set(b.core)))
    if a.core != a.tokens or b.core != b.tokens:
        core = (100.0 if a.core_key == b.core_key else fuzz.ratio(a.core_key, b.core_key)) - core_penalty
        if core > best:
            best, method = core, "core"
    if len(a.tokens) != len(b.tokens) and abs(len(a.key) - len(a.tokens) - len(b.key) + len(b.tokens)) <= 2:
        # "Ros Neft" ~ ROSNEFT, "Sber Bank" ~ SBERBANK: about the same letters, split or glued otherwise
        glued = max(fuzz.ratio(x, y) for x in a.glued for y in b.glued) - GLUED_PENALTY
        if glued > best:
            best, method = glued, "glued"
    variants = [(a.tokens, b.tokens, 0.0, True)]
    if a.core != a.tokens or b.core != b.tokens:
        variants.append((a.core, b.core, core_penalty, False))
    for x, y, penalty, whole in variants:
        short, long, listed = (x, y, b) if len(x) <= len(y) else (y, x, a)
        extra = len(long) - len(short)
        if extra > MAX_EXTRA_TOKENS or (extra and len(short) < 2):
            continue
        aligned, unpaired = _align(short, long)
        if not aligned:
            continue
        cost, how = extra_words_penalty(short, unpaired), ("tokens" if not extra else "subset")
        if extra and whole:  # (the surname is split among the words of the whole name, not of its core)
            partial = partial_name_cost(short, listed, unpaired)
            if partial is not None and partial < cost:
                cost, how = partial, "partial"
        aligned -= cost + penalty
        if aligned > best:
            best, method = aligned, how
    if a.forms and b.forms and not set(a.forms) & set(b.forms):
        best, method = best - LEGAL_FORM_PENALTY, method + "+form"
    if lines_differ(a, b):
        best, method = best - BUSINESS_LINE_PENALTY, method + "+business"
    if runs_on(a, b):
        best, method = best - RUN_ON_PENALTY, method + "+runon"
    if a.countries and b.countries and not set(a.countries) & set(b.countries):
        best, method = best - COUNTRY_PENALTY, method + "+country"
    return round(best, 2), method


def _characters(a: NormalName, b: NormalName) -> tuple[float, str]:
    """`score_pair` of names in Chinese characters: the token alignment alone, each extra character costing
    EXTRA_WORD_PENALTY ("tokens" or "subset"; 0 when a character of the shorter name is not in the other)."""
    short, long = (a.tokens, b.tokens) if len(a.tokens) <= len(b.tokens) else (b.tokens, a.tokens)
    extra = len(long) - len(short)
    if extra > MAX_EXTRA_TOKENS or (extra and len(short) < 2):
        return 0.0, "tokens"
    aligned, unpaired = _align(short, long)
    if not aligned:
        return 0.0, "tokens"
    return round(aligned - extra_words_penalty(short, unpaired), 2), ("tokens" if not extra else "subset")


# An organisation is none of these. A vessel or an aircraft is listed by its own name, which its owner's or operator's
# often repeats ("GOLDEN STAR" and "Golden Star Shipping Ltd": 98 in hostile probe 29), so a name that shows a company
# scores against one like against a person.
NOT_ORGANISATIONS = frozenset({"person", "vessel", "aircraft"})


def kinds_conflict(subject: NormalName, listed_kind: str | None) -> bool:
    """The screened name shows an organisation (a legal form or a business word) and the list entry is a person, a
    vessel or an aircraft."""
    return subject.organisation and listed_kind in NOT_ORGANISATIONS


def score_entry(subject: NormalName, listed: NormalName, listed_kind: str | None) -> tuple[float, str]:
    """`score_pair`, less KIND_PENALTY when the kinds conflict (method "...+kind")."""
    score, method = score_pair(subject, listed)
    if kinds_conflict(subject, listed_kind):
        return round(max(0.0, score - KIND_PENALTY), 2), method + "+kind"
    return score, method


def score_names(a: str, b: str) -> tuple[float, str]:
    return score_pair(normalise(a), normalise(b))
