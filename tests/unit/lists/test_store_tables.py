"""The Arrow tables a list version is loaded from: repeated ids and overlong names."""

from __future__ import annotations

from tradewatch.lists.entities import ListEntity
from tradewatch.lists.store import MAX_NAME_CHARS, to_tables


def test_an_id_listed_twice_keeps_its_first_entry_and_the_others_names_as_aliases() -> None:
    # red team round 6: the repeat's name was dropped, so screening no longer found it
    entities = [
        ListEntity("x_list:1", "organization", "Zephyr Overseas Trading", aliases=["Zephyr Trading"]),
        ListEntity("x_list:1", "organization", "Zephyr Overseas Holdings", aliases=["Zephyr Trading"]),
        ListEntity("x_list:2", "person", "Ivan Petrov"),
    ]
    ents, names = to_tables("x_list", "v1", entities)
    assert ents.column("entity_id").to_pylist() == ["x_list:1", "x_list:2"]
    assert ents.column("primary_name").to_pylist() == ["Zephyr Overseas Trading", "Ivan Petrov"]
    rows = list(zip(names.column("entity_id").to_pylist(), names.column("name").to_pylist(),
                    names.column("is_alias").to_pylist(), strict=True))
    assert rows == [("x_list:1", "Zephyr Overseas Trading", False), ("x_list:1", "Zephyr Trading", True),
                    ("x_list:1", "Zephyr Overseas Holdings", True), ("x_list:2", "Ivan Petrov", False)]


def test_overlong_names_are_cut_or_skipped() -> None:
    # red team round 6: one name of a million words cost every later screen 750 MB
    huge = " ".join(["WORD"] * 100_000)
    ents, names = to_tables("x_list", "v1", [ListEntity("x_list:1", "organization", huge, aliases=[huge + " B", "Short Alias"])])
    primary = ents.column("primary_name").to_pylist()[0]
    assert len(primary) <= MAX_NAME_CHARS and primary.endswith("…")
    assert names.column("name").to_pylist() == [primary, "Short Alias"]


def test_control_and_bidi_characters_are_not_stored_in_names() -> None:
    # hostile probe 13: "EVIL\u202eCORP\x07" was stored as is, and a right-to-left override prints the rest reversed
    ents, names = to_tables("x_list", "v1", [
        ListEntity("x_list:1", "organization", "EVIL\u202eCORP\x07 \u2067TRADING\u2069", aliases=["Evil\tCorp\nTrading"]),
        ListEntity("x_list:2", "person", "Łukasz Żółw"),
    ])
    assert ents.column("primary_name").to_pylist() == ["EVILCORP TRADING", "Łukasz Żółw"]
    assert names.column("name").to_pylist() == ["EVILCORP TRADING", "Evil Corp Trading", "Łukasz Żółw"]


def test_each_name_is_stored_with_the_surname_the_list_gives_it() -> None:
    entity = ListEntity("x_list:1", "person", "Ernesto Julian FARIAS QUINTERO", aliases=["Ernesto FARIAS", "E. J. Farias"],
                        surnames={"Ernesto Julian FARIAS QUINTERO": "FARIAS QUINTERO", "Ernesto FARIAS": "FARIAS"})
    _ents, names = to_tables("x_list", "v1", [entity, ListEntity("x_list:2", "organization", "Farias Trading LLC")])
    assert list(zip(names.column("name").to_pylist(), names.column("surname").to_pylist(), strict=True)) == [
        ("Ernesto Julian FARIAS QUINTERO", "FARIAS QUINTERO"), ("Ernesto FARIAS", "FARIAS"), ("E. J. Farias", None),
        ("Farias Trading LLC", None)]
