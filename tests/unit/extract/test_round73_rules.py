"""Rules added from the seventy-third held-out round (scored on arrival before them), on invented texts."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions, targets


def test_parts_by_kind_under_a_sanctioned_entities_heading_name_the_actions_targets() -> None:
    text = ("New Zealand has today imposed sanctions on three Russian financial institutions, two banks and one insurer."
            "\n\nBackground\n\nIn March 2022 New Zealand sanctioned the Central Bank of the Russian Federation.\n\n"
            "Sanctioned entities\n\nBanks\n\n1. Kama-Invest Bank JSC – a Kazan-based bank that processes payments.\n\n"
            "2. Pechora Trade Bank PJSC – a Syktyvkar-based bank.\n\nInsurers\n\n"
            "3. Ladoga Marine Insurance Company JSC – an insurer of tankers.\n")
    assert targets(text, "New Zealand sanctions Russian banks and insurers") >= {
        "Kama-Invest Bank JSC", "Pechora Trade Bank PJSC", "Ladoga Marine Insurance Company JSC"}


def test_an_aligned_table_whose_name_column_is_not_its_first_names_the_ships() -> None:
    text = ("The EAER has added 189 vessels to the list of ships in Annex 15. These ships are banned from calling at Swiss "
            "ports.\n\nExtract from the new entries in Annex 15:\n\n"
            "No.   Name of vessel     IMO number   Flag at time of listing\n"
            "155   NORTHERN LYNX      9374947      Gabon\n"
            "156   SILVER CORMORANT   9288817      Comoros\n"
            "157   TAIGA STAR 2       9312456      Cameroon\n\nOther measures\n")
    recs = sanctions(text, "Switzerland adopts further sanctions")
    ships = {t["name"] for r in recs for t in r["targets"] if t["kind"] == "vessel"}
    assert ships >= {"NORTHERN LYNX", "SILVER CORMORANT", "TAIGA STAR 2"}, recs
    assert not any(t["name"] in ("Gabon", "9374947") for r in recs for t in r["targets"]), recs


def test_a_lenders_table_under_a_financing_names_each_lender() -> None:
    text = ("The senior debt comprises conventional term loans and an Islamic facility. Dhofar Coast Bank SAOG acted as "
            "mandated lead arranger for the US$300 million senior debt facilities.\n\nThe lenders and their commitments "
            "are:\n\nLender | Facility | Commitment (US$ million)\nDhofar Coast Bank SAOG | Conventional term loan | 120\n"
            "Kisarazu Banking Corporation | Conventional term loan | 100\nMarina Bay Islamic Bank B.S.C. | Islamic facility "
            "| 80\nTotal | | 300\n")
    found = [set(parties(d)) for d in deals(text, "Financial close") if d["deal_type"] == "financing"]
    assert any({"Dhofar Coast Bank SAOG", "Kisarazu Banking Corporation", "Marina Bay Islamic Bank B.S.C."} <= p
               for p in found), found
    assert not any("Total" in p for p in found), found
