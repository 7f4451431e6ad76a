"""Rules added for the forty-second held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions, targets_by_country


def _targets(text: str, title: str = "Sanctions announced") -> dict[str | None, set[str]]:
    return targets_by_country(text, title)


def _deals(text: str, title: str = "Business news") -> list[tuple[str, list[str]]]:
    return [(d["deal_type"], parties(d)) for d in deals(text, title)]


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


def test_the_town_closing_a_firms_list_line_and_a_town_something_is_in_are_no_targets() -> None:
    text = ("Today, the Bureau of Industry and Security added five entities to the Entity List. The entities added "
            "today are:\n\n"
            "Türkiye\n"
            "- Anadolu Hassas Makine A.Ş., Izmir\n"
            "- Bosphorus Veri Lojistik A.Ş., Istanbul\n\n"
            "United Arab Emirates\n"
            "- Golden Dune Electronics Trading FZE, Sharjah\n\n"
            "The rule also revises the existing entry for Falconet Parts FZE by adding an address in Ras Al Khaimah "
            "to the Entity List.")
    found = _targets(text).get("US", set())
    assert {"Anadolu Hassas Makine A.Ş.", "Bosphorus Veri Lojistik A.Ş.", "Golden Dune Electronics Trading FZE"} <= found
    assert not found & {"Izmir", "Istanbul", "Sharjah", "Ras Al Khaimah"}


def test_further_listings_the_list_and_those_hit_with_restrictions_name_more_targets() -> None:
    text = ("The Council of the EU today imposed restrictive measures on eight individuals responsible for repression. "
            "Further listings target Colonel Reza Amini-Far, a police commander in Shiraz; Davoud Khorrami, a prison "
            "governor; and Nasser Golzar, a state television editor.")
    assert {"Reza Amini-Far", "Davoud Khorrami", "Nasser Golzar"} <= _targets(text).get("EU", set())
    text = ("President Zelensky signed a decree imposing sanctions on Russian defence suppliers. The list also targets "
            "Uralsk Gyro Works, a maker of navigation units. Minsk's Polesie Optics, a lens maker, and the Gomel-based "
            "Vektor-Snab, which imports microchips, were also hit with restrictions.")
    assert {"Uralsk Gyro Works", "Polesie Optics", "Vektor-Snab"} <= _targets(text).get("UA", set())


def test_the_series_goes_on_after_a_role_and_the_relative_clause_that_follows_it() -> None:
    text = ("The Council of the EU today imposed restrictive measures on eight Iranian officials. The Council is also "
            "listing Karim Javadi, chief judge of Branch 2 of the Revolutionary Court of Tabriz, who sentenced protesters "
            "to death, and Hossein Rahmati, director of Evin prison, where detainees were tortured.")
    found = _targets(text).get("EU", set())
    assert {"Karim Javadi", "Hossein Rahmati"} <= found
    assert not found & {"Branch", "Revolutionary Court of Tabriz"}  # where the judge serves


def test_a_package_the_sentence_proposes_imposes_nothing_however_far_its_measures() -> None:
    text = ("The European Commission has proposed a 19th package of Russia sanctions, which reportedly includes a lower "
            "price cap for Russian crude and further export restrictions on machine tools and chemicals.")
    assert sanctions(text, "Enforcement update") == []


def test_a_state_selling_its_bond_is_the_issuer_and_the_lead_managers_its_banks() -> None:
    text = ("The Republic of Ghana priced the seven-year securities, labelled the Ghana 2032 Eurobond, to yield 8.2% on "
            "Tuesday, raising $1.5 billion.\n\n"
            "Orrin Capital, Bexley Bank and Marlow Securities were joint lead managers and bookrunners on the sale.")
    (deal,) = deals(text, "Ghana returns to bond markets")
    assert deal["deal_type"] == "financing"
    assert [p["name"] for p in deal["parties"]] == ["Republic of Ghana", "Orrin Capital", "Bexley Bank", "Marlow Securities"]
    # firms of a state selling bonds are no state's bond
    assert deals("Ghanaian corporates sold about $2 billion of dollar bonds in March, according to LSEG data.") == []
