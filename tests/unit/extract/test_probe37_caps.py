"""Hostile probe 37 F1, F2, F6: a page of thousands of deals, long lists of targets and a text past MAX_TEXT_CHARS.
Deals are merged through an index (the same records as comparing every pair), lists and series are read whole, and
whatever is still not read (a record cap, a text's end) is said in the result's notes, which the source run keeps."""

from __future__ import annotations

import random
from typing import Any

import pytest

from tradewatch.extract import MAX_TEXT_CHARS, document, extract_records
from tradewatch.extract import deals as deals_module
from tradewatch.extract.deals import _full_names, _headline_of, _merge, _same_deal
from tradewatch.extract.parties import PartyIndex, same_party


def _deal_names(found: dict[str, Any]) -> list[tuple[str, ...]]:
    return [tuple(p["name"] for p in d["parties"]) for d in found["deals"]]


def test_a_page_of_1500_deals_keeps_every_deal_once() -> None:
    # probe 37 F1: each deal was compared with every other (131 s for 5,900); the records stay what they were
    text = "".join(f"A{i} Co bought B{i} Ltd for $5m. " for i in range(1500))
    found = extract_records(text)
    assert _deal_names(found) == [(f"A{i} Co", f"B{i} Ltd") for i in range(1500)]
    assert "notes" not in found


def test_deals_past_the_record_cap_are_not_read_and_the_cut_is_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deals_module, "MAX_RECORDS", 50)
    found = extract_records("".join(f"Alpha{i} Corp agreed to acquire Beta{i} Holdings for $5 million. " for i in range(80)))
    assert len(found["deals"]) == 50
    assert found["notes"] == ["deals: 50 found, the sentences after them not read for more (MAX_RECORDS)"]


def test_sanction_records_past_the_cap_are_cut_and_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document, "MAX_RECORDS", 1)
    found = extract_records("OFAC sanctioned Acme Trading LLC.\nThe EU froze the assets of Zeta Shipping Ltd.")
    assert len(found["sanctions"]) == 1
    assert found["notes"] == ["sanctions: 2 records found, the first 1 kept (MAX_RECORDS)"]


# The merge and the full names as they were (every pair tried): the index must give the same records.
def _merge_every_pair(deals: list[dict[str, Any]], title: str | None) -> list[dict[str, Any]]:
    headline = (title or "").strip()
    out: list[dict[str, Any]] = []
    for deal in deals:
        for prev in out:
            if _same_deal(prev, deal) or (headline and _headline_of(prev, deal, headline)):
                if prev["deal_type"] == "agreement":
                    prev["deal_type"] = deal["deal_type"]
                deals_module._absorb(prev, deal)
                break
        else:
            out.append(deal)
    return out


def _full_names_every_name(deals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    full = [p["name"] for d in deals for p in d["parties"] if len(p["name"].split()) > 1]
    for deal in deals:
        for party in deal["parties"]:
            if party.get("kind") == "country":
                continue
            words = party["name"].split()
            longer = next((f for f in full if len(f.split()) > len(words) and f.split()[: len(words)] == words), None)
            if longer is not None:
                party["name"] = longer
        names = [p["name"] for p in deal["parties"]]
        deal["parties"] = [p for i, p in enumerate(deal["parties"]) if p["name"] not in names[:i]]
    return deals


_WORDS = ["Acme", "Acme Corp", "Acme Corp Holdings", "Beta", "Beta Ltd", "Nordhavn Logistics", "Nordhavn Logistics A/S",
          "Gamma Group", "Gamma", "Ltd", "Delta Energy", "Delta", "Omega Bank of China", "Omega", "Sun Group Holdings"]


def _random_deals(rng: random.Random, count: int) -> list[dict[str, Any]]:
    out = []
    for i in range(count):
        value = rng.choice([None, 5e6, 5.02e6, 7e6])
        out.append({
            "parties": [{"name": name, "country": rng.choice([None, "DK"])} for name in
                        dict.fromkeys(rng.choice(_WORDS) for _ in range(rng.randint(0 if i % 17 == 0 else 1, 3)))],
            "deal_type": rng.choice(["acquisition", "agreement", "contract"]),
            "value": value, "currency": "USD" if value else None, "value_usd": value,
            "evidence": rng.choice(["Headline deal", "The agreement was signed by both.", f"Sentence {i}."]),
            "start": i, "end": i + 1, "confidence": 0.8, "sector": None, "date": None, "countries": [],
        })
    return out


@pytest.mark.parametrize("seed", range(30))
def test_the_indexed_merge_gives_the_records_of_comparing_every_pair(seed: int) -> None:
    import copy

    deals = _random_deals(random.Random(seed), 60)
    expected = _full_names_every_name(_merge_every_pair(copy.deepcopy(deals), "Headline deal"))
    assert _full_names(_merge(copy.deepcopy(deals), "Headline deal")) == expected


def test_party_index_finds_the_keys_of_every_name_same_party_matches() -> None:
    rng = random.Random(7)
    index, known = PartyIndex(), []
    for key in range(300):
        name = " ".join(rng.choice(["Acme", "Beta", "Holdings", "Ltd", "Group", "Sea", "Omega", "of", "Delta", "Co."])
                        for _ in range(rng.randint(1, 8)))
        expected = {k for n, k in known if same_party(name, n)}
        assert set().union(*index.keys(name)) == expected, name
        index.add(name, key)
        known.append((name, key))


# F2: long lists of targets
def _targets(found: dict[str, Any]) -> list[str]:
    return [t["name"] for rec in found["sanctions"] for t in rec["targets"]]


def test_every_bullet_of_a_list_of_150_entities_is_a_target() -> None:
    # probe 37 F2: the first 60 only, silently (listings max_items); targets 61+ were never screened
    text = ("The US Treasury's Office of Foreign Assets Control (OFAC) today designated the following entities:\n"
            + "\n".join(f"• Volga{i} Trading LLC, Moscow, Russia;" for i in range(150)) + "\n")
    found = extract_records(text)
    assert _targets(found) == [f"Volga{i} Trading LLC" for i in range(150)]
    assert "notes" not in found


def test_a_list_longer_than_the_lines_read_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from tradewatch.extract import listings

    monkeypatch.setitem(listings._CFG, "max_items", 20)
    text = "OFAC today designated the following entities:\n" + "\n".join(f"• Volga{i} Trading LLC;" for i in range(30))
    found = extract_records(text)
    assert len(_targets(found)) == 20
    assert found["notes"] == ["a list of more than 20 lines at offset 0: the lines after them not read (listings max_items)"]


@pytest.mark.parametrize("joiner", [", ", " and "])
def test_a_series_of_names_longer_than_the_sentence_cap_is_read_whole(joiner: str) -> None:
    # probe 37 F2: a sentence is cut at MAX_SENTENCE_CHARS; ~140 names (123 with "and") were kept of 1,000
    names = [f"Volga{i} Trading LLC" for i in range(1000)]
    text = f"OFAC on Tuesday sanctioned {joiner.join(names[:-1])} and {names[-1]}.\nThe designations take effect today."
    assert _targets(extract_records(text)) == names


def test_prose_after_a_cut_sentence_is_no_target() -> None:
    # only a piece that is names and what joins them goes on naming targets
    names = [f"Volga{i} Trading LLC" for i in range(200)]
    text = f"OFAC on Tuesday sanctioned {', '.join(names)}, according to Treasury, while Acme Corp was not named."
    found = _targets(extract_records(text))
    assert "Acme Corp" not in found and found[:100] == names[:100]


# F6: the text past MAX_TEXT_CHARS
def test_a_text_read_in_part_says_so_in_its_notes() -> None:
    early = "OFAC today sanctioned Acme Trading LLC, a Dubai-based firm, for supplying drones to Russia."
    filler = "Nothing happened here today. " * (MAX_TEXT_CHARS // 29 + 10)
    text = f"{early}\n{filler}\nOFAC today sanctioned Zeta Shipping Ltd."
    found = extract_records(text)
    assert _targets(found) == ["Acme Trading LLC"]
    assert found["notes"] == [f"text of {len(text):,} characters: records looked for in its first "
                              f"{MAX_TEXT_CHARS:,} only (MAX_TEXT_CHARS)"]  # (no line break in its second half)
