"""Rules added for the sixty-third held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _targets(text: str, title: str = "Sanctions update") -> set[tuple[str | None, str]]:
    return {(r["authority_country"], t["name"]) for r in sanctions(text, title) for t in r["targets"]}


def test_a_list_of_the_next_kind_goes_on_with_the_action_however_long_the_entries_before() -> None:
    entries = "\n".join(
        f"{n}. Person Number{n} Testov. Date of birth: 198{n}. Nationality: Yemeni. A financier of the network. "
        f"Moved funds through exchange houses. Managed couriers in the region." for n in range(1, 7))
    text = f"""Muscat, 3 May 2026 — The Sultanate of Oman today designated six individuals and two entities that finance armed groups.

The designated individuals are:

{entries}

The designated entities are:

1. Wadi Hadramawt Exchange Company. Address: Mukalla, Yemen.
2. Berbera Star General Trading LLC. Address: Berbera, Somalia.
"""
    names = {name for country, name in _targets(text, "Oman designates financiers") if country == "OM"}
    assert {"Wadi Hadramawt Exchange Company", "Berbera Star General Trading LLC", "Person Number1 Testov"} <= names, names


def test_the_body_whose_member_states_act_is_no_target() -> None:
    """(a guard: in one sentence it passed before the rule too; the round's article, with its lists, needed the rule)"""
    text = ("Manama, 2 May 2026 (BNA) — The Ministry of Interior announced that the member states of the Gulf Financing "
            "Watch Centre (GFWC) — the Kingdom of Bahrain and the State of Kuwait — today jointly designated Rimal "
            "Exchange LLC.")
    names = {name for _, name in _targets(text, "Joint designations")}
    assert names == {"Rimal Exchange LLC"}, names
