"""Hostile probe 33 (dates end to end): the extractor's own findings, on invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from tradewatch.extract import extract_records

MARCH_3 = dt.date(2025, 3, 3)
MARCH_10 = dt.date(2025, 3, 10)


def _dates(text: str, published: dt.date) -> list[str | None]:
    found = extract_records(text, title="Sanctions and deals", published=published)
    return [r["date"] for r in found["sanctions"] + found["deals"]]


@pytest.mark.parametrize("text", [
    "The European Union asset freeze on Selenga Mining JSC takes effect on 1 July.",
    "The designation of Selenga Mining JSC by OFAC requires US persons to wind down transactions with it by 30 April.",
    "The UK imposed an asset freeze on Selenga Mining JSC, with effect from 14 March.",
    "Kestrel Energy agreed to buy Baltic Ferries AB for $450 million; the acquisition is expected to close on 30 September.",
])
def test_a_day_to_come_without_its_year_is_not_last_years(text: str) -> None:
    # F1: "takes effect on 1 July" in an article of March was stored as last 1 July
    assert all(d is None or d >= "2025-03-01" for d in _dates(text, MARCH_3)), _dates(text, MARCH_3)


def test_a_past_day_without_its_year_still_dates_the_action() -> None:
    """(a guard for the rule above: it passed before it too)"""
    assert _dates("OFAC designated Selenga Mining JSC on 14 February.", MARCH_3) == ["2025-02-14"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday, Feb. 28, OFAC designated Selenga Mining JSC.", "2025-02-28"),
    ("On Monday, March 3, OFAC designated Selenga Mining JSC.", "2025-03-03"),
    ("On Monday, March 3, Kestrel Energy signed a $450 million contract with Baltic Ferries AB.", "2025-03-03"),
])
def test_the_day_written_after_a_weekday_decides(text: str, expected: str) -> None:
    # F3: "On Friday, Feb. 28," in an article of 10 March was dated the Friday before publication, 7 March
    assert _dates(text, MARCH_10) == [expected]


@pytest.mark.parametrize("text", [
    "OFAC designated Selenga Mining JSC last week.",
    "Last week, OFAC designated Selenga Mining JSC.",
    "Britain last month imposed an asset freeze on Selenga Mining JSC.",
])
def test_a_vague_time_of_the_action_leaves_it_undated(text: str) -> None:
    # F4: "last week" gave the publication day
    assert _dates(text, MARCH_10) == [None]


def test_the_day_a_law_was_signed_does_not_date_a_designation_under_it() -> None:
    # F10: dated 1917-10-06, then quarantined as "before 1945"
    text = ("Today OFAC designated Tobol Metals LLC under the Trading with the Enemy Act, which was signed into law on "
            "October 6, 1917.")
    assert _dates(text, MARCH_10) == ["2025-03-10"]


@pytest.mark.parametrize("text", [
    "VANCOUVER, Aug. 14, 2025 /CNW/ - Global Affairs Canada on Wednesday imposed sanctions on Dvina Logistics Inc under "
    "the Special Economic Measures Act.",
    "OTTAWA, Ontario, March 03, 2025 (GLOBE NEWSWIRE) -- Canada imposed sanctions on Dvina Logistics Inc under the "
    "Special Economic Measures Act.",
])
def test_a_datelines_place_and_wire_are_no_targets(text: str) -> None:
    # F11: "VANCOUVER", "CNW/" and "Ontario" were stored and screened as targets
    found = extract_records(text, title="Canada sanctions", published=dt.date(2025, 8, 14))
    assert [t["name"] for r in found["sanctions"] for t in r["targets"]] == ["Dvina Logistics Inc"]


def test_an_earlier_action_of_the_same_measure_keeps_its_own_record_and_date() -> None:
    # F2b: "In January, OFAC designated B" joined Tuesday's designations and took Tuesday's date
    text = ("WASHINGTON — The U.S. Treasury Department on Tuesday sanctioned Kestrel Arms Trading LLC and its director "
            "Omar Haddad.\n\nIn January, OFAC designated Blue Harbor Shipping Ltd for moving Iranian oil. On 3 March 2025, "
            "OFAC designated Green Field Ltd. On Tuesday, OFAC also designated Sea Lantern Maritime SA, a company that "
            "managed the same tankers.")
    found = extract_records(text, title="Treasury targets arms brokers", published=dt.date(2025, 6, 12))["sanctions"]
    date_of = {t["name"].rstrip("."): r["date"] for r in found for t in r["targets"]}
    assert date_of["Kestrel Arms Trading LLC"] == date_of["Sea Lantern Maritime SA"] == "2025-06-10", found
    assert date_of["Green Field Ltd"] == "2025-03-03", found
    assert date_of["Blue Harbor Shipping Ltd"] != "2025-06-10", found


def test_a_past_sentence_naming_one_of_todays_targets_stays_with_today() -> None:
    # guard: "A works under B, who was designated in 2024" then "A is being designated": A is one of today's targets
    text = ("The Treasury Department on Tuesday designated a procurement network supplying Ansar Allah.\n\n"
            "Hamid Saleh Barakat is a procurement official who works under Yahya Qassem al-Dairi, who was designated "
            "pursuant to E.O. 13224 in 2024.\n\nBarakat is being designated pursuant to E.O. 13224 for having "
            "materially assisted Ansar Allah.")
    found = extract_records(text, title="Treasury targets Houthi procurement", published=dt.date(2025, 6, 12))["sanctions"]
    dated = {t["name"] for r in found if r["date"] == "2025-06-10" for t in r["targets"]}
    assert "Hamid Saleh Barakat" in dated, found
