"""Rules added for the forty-second held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, sanctions


def _targets(text: str, title: str = "Sanctions announced") -> dict[str | None, set[str]]:
    out: dict[str | None, set[str]] = {}
    for record in sanctions(text, title):
        out.setdefault(record["authority_country"], set()).update(t["name"] for t in record["targets"])
    return out


def _deals(text: str, title: str = "Business news") -> list[tuple[str, list[str]]]:
    return [(d["deal_type"], [p["name"] for p in d["parties"]]) for d in deals(text, title)]


def test_a_lawmakers_party_and_role_between_names_and_roles_joined_by_and() -> None:
    text = ("Moscow said on Tuesday it had barred 12 Britons from entering Russia. Those barred include Labour MP Gareth "
            "Holloway, who sits on the defence committee, Conservative MP Imogen Tull and Green Party peer Lady Ashworth "
            "of Kendal. The list also names reporters who covered the war, among them Callum Ferris, chief foreign "
            "correspondent of The Courier, photographer and documentary maker Ines Varga, and Marcus Bell.")
    found = _targets(text).get("RU", set())
    assert {"Gareth Holloway", "Imogen Tull", "Lady Ashworth of Kendal", "Callum Ferris", "Ines Varga", "Marcus Bell"} <= found
    assert not found & {"Green Party", "Courier"}


def test_buying_a_commodity_under_a_term_deal_is_a_contract_not_an_acquisition() -> None:
    assert _deals("Kestrel Refining Ltd signed a one-year deal with Ural Volga Petroleum on March 3 to buy up to "
                  "40,000 bpd of mostly Urals crude from May.") == [
        ("contract", ["Kestrel Refining Ltd", "Ural Volga Petroleum"])]
    assert _deals("Harbin Steelworks agreed in June to buy 2 million tonnes a year of iron ore from Pilbara Rock Mining.") == [
        ("contract", ["Harbin Steelworks", "Pilbara Rock Mining"])]
    # a company named for a commodity is still bought
    assert _deals("Norvik Oil agreed to buy Kessel Gas for $2 billion.") == [("acquisition", ["Norvik Oil", "Kessel Gas"])]
    assert _deals("Tarvos Energy agreed to buy Russian oil producer Kamaneft's 30% stake in the Volga refinery.")[0][0] != "contract"


def test_a_headlines_deal_of_no_kind_is_the_bodys_deal() -> None:
    # (the page prints its headline above the body, as the synthetic pages of the benchmark do)
    text = ("Lumen Ports signs LNG deal\n\nSeparately, Lumen Ports signed a $410 million agreement to buy liquefied natural "
            "gas from Arctic Flame Energy, the companies said.")
    assert _deals(text, title="Lumen Ports signs LNG deal") == [("contract", ["Lumen Ports", "Arctic Flame Energy"])]


def test_a_public_offer_for_the_shares_of_a_company_is_its_acquisition_and_its_value() -> None:
    text = ("Orbis Instruments, Inc. and Delft Optics N.V. today announced that they have entered into a merger protocol "
            "under which Orbis will make a recommended public offer for all issued and outstanding shares of Delft Optics "
            "N.V. at EUR 21.00 per share.\n\n"
            "The offer price represents a premium of 35% to Delft Optics' closing share price of EUR 15.55 on May 2. "
            "The offer values Delft Optics' entire issued share capital at approximately EUR 910 million.")
    (deal,) = deals(text, "Orbis to acquire Delft Optics")
    assert (deal["deal_type"], [p["name"] for p in deal["parties"]]) == (
        "acquisition", ["Orbis Instruments, Inc.", "Delft Optics N.V."])
    assert deal["value"] == 910_000_000


def test_the_town_before_a_possessive_is_no_side_of_a_merger() -> None:
    text = ("Halden Getriebe AG, the Kassel-based maker of gearboxes, and Stuttgart's Brennwald Thermotechnik SE, known "
            "for heat pumps, said on Friday that they had agreed to merge.")
    assert _deals(text)[0][1] == ["Halden Getriebe AG", "Brennwald Thermotechnik SE"]


def test_the_company_described_at_the_head_of_the_sentence_is_the_one_named_before() -> None:
    text = ("Sarvam Pharma is betting on the obesity market. The Pune-based drugmaker has licensed rights to Jade River "
            "Biotech's injectable candidate in South Asia, paying $20 million upfront in a deal worth up to $180 million.")
    assert _deals(text) == [("agreement", ["Sarvam Pharma", "Jade River Biotech"])]
    # what the company said names the deal's sides by its own words
    text = ('"We will deliver," Ilse Marten said. The company said part of the work would go to Tallinn-based Kivi '
            "Systems, with which it signed a cooperation agreement last year.")
    assert all("Ilse Marten" not in parties for _, parties in _deals(text))
