"""Rules added for the sixtieth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties


def test_a_financial_close_and_the_debt_package_its_items_lend() -> None:
    text = ("Abu Dhabi, 3 March 2032 – Tethys Power Company PJSC today announced that Saryarka Energy LLC, the project "
            "company developing the 900 MW Saryarka solar plant, has reached financial close on US$700 million of "
            "senior debt.\n"
            "The senior debt package comprises:\n"
            "- a US$300 million direct loan from the Export-Import Bank of Korea (KEXIM);\n"
            "- a US$250 million commercial tranche insured by Nippon Export and Investment Insurance (NEXI), provided "
            "by Marunouchi Bank, Ltd. and Kasumi Trust Bank; and\n"
            "- a US$150 million A-loan from the Asian Development Bank (ADB).\n")
    found = deals(text, "Saryarka Energy reaches financial close")
    names = {n for d in found if d["deal_type"] == "financing" for n in parties(d)}
    assert {"Saryarka Energy LLC", "Export-Import Bank of Korea", "Marunouchi Bank, Ltd.", "Kasumi Trust Bank",
            "Asian Development Bank"} <= names, found
    assert not {n for n in names if n.startswith("MW ")}, names


def test_a_place_off_whose_coast_a_project_lies_is_no_party() -> None:
    text = ("Northsea Array Limited, the developer of the 1.2 gigawatt Skerry offshore wind farm off the coast of "
            "Fife, today announced that it has reached financial close on the project.")
    names = {n for d in deals(text, "Northsea Array reaches financial close") for n in parties(d)}
    assert "Fife" not in names, names


def test_a_definition_giving_the_name_in_its_own_script_first_and_in_english_in_brackets() -> None:
    text = ("The Board announces that on 3 March 2032 the Purchaser entered into the Equity Transfer Agreement with the "
            "Vendor, pursuant to which the Purchaser agreed to acquire 55% of the equity interest in the Target Company "
            "for a consideration of RMB210 million, payable within ten Business Days.\n\nDEFINITIONS\n"
            "\"Company\" Haixing Logistics Holdings Limited\n"
            "\"Purchaser\" 海星物流(廣州)有限公司 (Haixing Logistics (Guangzhou) Co., Ltd.*), a wholly-owned subsidiary of "
            "the Company\n"
            "\"Target Company\" 江門冷鏈有限公司 (Jiangmen Cold Chain Co., Ltd.*), a company established in the PRC\n"
            "\"Vendor\" 佛山恒達投資有限公司 (Foshan Hengda Investment Co., Ltd.*)\n")
    names = {n for d in deals(text, "Discloseable transaction") for n in parties(d)}
    assert {"Haixing Logistics (Guangzhou) Co., Ltd.", "Jiangmen Cold Chain Co., Ltd.",
            "Foshan Hengda Investment Co., Ltd."} <= names, names
    assert "Business Days" not in names, names


def test_a_state_adopting_most_of_the_unions_package_acts_itself() -> None:
    from tests.support.records import sanctions

    text = ("Switzerland is adopting most of the European Union's 19th package of sanctions against Russia. The package "
            "adds 12 individuals and 20 entities to the Swiss list of sanctioned persons. Among them are the Russian "
            "defence contractor JSC Tulamash-Avia and the Minsk businessman Pavel Krutov.")
    recs = sanctions(text, "Switzerland follows EU's latest package")
    assert recs and recs[0]["authority_country"] == "CH", recs
    assert "JSC Tulamash-Avia" in {t["name"] for r in recs for t in r["targets"]}, recs


def test_a_releases_about_section_holds_no_deal() -> None:
    text = ("Nordvik Ports AB today signed a EUR 120 million contract with Baltika Cranes Oy for six ship-to-shore "
            "cranes.\n\nAbout Nordvik Ports\nNordvik Ports operates eight terminals in the Baltic. In 2019 it acquired "
            "Gdansk Gateway Terminal from Harbour Holdings Ltd for $310 million.\n\nMedia contacts\n"
            "press@nordvik.example\n")
    found = deals(text, "Nordvik Ports signs crane contract")
    assert [sorted(parties(d)) for d in found] == [["Baltika Cranes Oy", "Nordvik Ports AB"]], found


def test_a_merger_filings_defined_terms_are_no_parties() -> None:
    text = ("On March 3, 2032, Ardent Valve Holdings, Inc. (\"Parent\") entered into an Agreement and Plan of Merger (the "
            "\"Merger Agreement\") with Lindqvist Flow Systems Corp. (the \"Company\") and Falcon Merger Sub, Inc. "
            "(\"Merger Sub\"). Merger Sub will merge with and into the Company (the \"Merger\"). In connection with the "
            "Merger Agreement, Parent entered into a commitment letter with Northgate Bank, N.A. (the \"Commitment "
            "Parties\") to provide a $900 million bridge loan.")
    names = {n for d in deals(text, "Form 8-K") for n in parties(d)}
    assert {"Ardent Valve Holdings, Inc.", "Lindqvist Flow Systems Corp."} <= names, names
    assert not {"Parent", "Merger", "Plan of Merger", "Commitment Parties", "Merger Sub"} & names, names


def test_links_to_other_stories_in_the_text_make_no_records() -> None:
    from tests.support.records import sanctions

    text = ("The Council of the EU on Monday imposed an asset freeze on Kestrel Drone Parts LLC.\n"
            "READ MORE: EU sanctions Harbin Blue Sky Technology over drone parts\n"
            "Also read: Hanwha signs $180 million deal to buy Rainbow Gears Co\n"
            "Related coverage - OFAC designates Volga Tankers LLC\n")
    recs = sanctions(text, "EU freezes drone supplier")
    assert {t["name"] for r in recs for t in r["targets"]} == {"Kestrel Drone Parts LLC"}, recs
    assert deals(text, "EU freezes drone supplier") == []


def test_owner_before_a_name_is_a_title() -> None:
    from tests.support.records import sanctions

    text = ("Key points\n- The UK has frozen the assets of Black Reef Logistics Ltd.\n"
            "- Owner Tamaz Berishvili faces a travel ban.\n"
            "LONDON - The UK on Tuesday froze the assets of Black Reef Logistics Ltd, a Poti shipping company owned by "
            "businessman Tamaz Berishvili, for helping Russia move sanctioned oil.\n"
            "Berishvili was also made subject to a travel ban, the Foreign Office said.\n")
    names = {t["name"] for r in sanctions(text, "UK sanctions shipping firm") for t in r["targets"]}
    assert "Tamaz Berishvili" in names and "Owner Tamaz Berishvili" not in names, names


def test_a_sanctions_lists_name_is_no_country_target() -> None:
    from tests.support.records import sanctions

    text = ("Notes to editors\n- The US Treasury designated Tabriz Marine Services in 2023.\n"
            "- Full details of this designation are published on the UK Sanctions List.\n")
    recs = sanctions(text, "UK sanctions Iranian oil network")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert "Tabriz Marine Services" in names and "United Kingdom" not in names, recs


def test_a_buyer_introduced_by_role_and_named_in_a_filing_later() -> None:
    text = ("The buyer, a Gulf sovereign wealth fund, has agreed to pay €900 million for a 40 per cent stake in the "
            "solar business of a Lisbon-listed utility, according to a regulatory filing.\n"
            "The seller will keep control of the unit.\n"
            "In the filing, Energia Atlantica SA identified the purchaser as Al Noor Sovereign Holdings PJSC, the Abu "
            "Dhabi state investor.")
    names = {n for d in deals(text, "Gulf fund buys solar stake") for n in parties(d)}
    assert "Al Noor Sovereign Holdings PJSC" in names, names
