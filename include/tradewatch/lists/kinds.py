"""A list's kind field (person, organisation, vessel...) read into ours, with a check that the field is still there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from tradewatch.lists.safexml import MalformedListError
from tradewatch.logs import get_logger

log = get_logger("lists.kinds")

# A list whose entries' kinds this parser cannot read for more than this share of them has changed its format: the
# field was renamed, or one of its values (hostile probe 29 F8: `<sdnType>Person</sdnType>` for Individual, and the UK's
# `EntityType` for IndividualEntityShip, loaded those entries as "unknown", which switches off the person/organisation
# check of screening). A kind the publisher adds for a few entries (OFAC's aircraft once) stays under it: logged only.
MAX_UNREAD_SHARE = 0.1


class KindReader:
    """Reads one list load's kind values through `kinds` (lower-cased value -> our kind), counting those it cannot
    read; `check()`, after the last entry, logs them and refuses a load that reads the kind of too few entries."""

    def __init__(self, list_id: str, field: str, kinds: Mapping[str, str], where: str) -> None:
        """`field`: the list's name for the kind ("<sdnType>"); `where`: the module whose `KINDS` maps it."""
        self.list_id, self.field, self.kinds, self.where = list_id, field, kinds, where
        self.read = 0
        self.unread: Counter[str] = Counter()

    def kind(self, value: str | None) -> str:
        """Our kind for the list's value; "unknown" (and counted) for a value missing or not in `kinds`."""
        found = self.kinds.get((value or "").strip().lower())
        if found is None:
            self.unread[(value or "").strip()] += 1
            return "unknown"
        self.read += 1
        return found

    def check(self) -> None:
        """Warn about each value not read; raise MalformedListError when most entries' kinds were not read."""
        if not self.unread:
            return
        seen = ", ".join(f"{value!r} x{n}" if value else f"none x{n}" for value, n in self.unread.most_common(5))
        total = self.read + sum(self.unread.values())
        log.warning("list kinds not read", extra={"kv": {"list_id": self.list_id, "field": self.field,
                                                         "values": dict(self.unread.most_common(20))}})
        if sum(self.unread.values()) > MAX_UNREAD_SHARE * total:
            known = ", ".join(sorted({k for k in self.kinds if k})) or "none"
            raise MalformedListError(
                f"{sum(self.unread.values())} of {total} entries have no kind this parser reads in {self.field} "
                f"(found: {seen}; it reads: {known}): the list's format has changed. Loaded, every such entry would be "
                "of kind 'unknown', and screening would no longer tell a company from a person; the list's current "
                f"version is kept. The kinds are read by KINDS in {self.where}"
            )
