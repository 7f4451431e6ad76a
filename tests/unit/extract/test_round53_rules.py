"""Rules added for the fifty-third held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, parties, sanctions


def test_a_list_of_lenders_after_a_financing_names_its_parties() -> None:
    text = """Aurora Solar Farm sp. z o.o. has signed a PLN 3.1 billion senior debt package for its 600MW plant, the project company said.

The financing includes a direct loan from the European Investment Bank (EIB).

Lenders

Nine commercial lenders take part. The mandated lead arrangers are:

- Bank Handlowy
- Rabobank Polska
- Erste Group Bank

The sponsors contribute the rest as equity.
"""
    recs = deals(text)
    lenders = {"Bank Handlowy", "Rabobank Polska", "Erste Group Bank"}
    assert any(lenders <= set(parties(d)) for d in recs if d["deal_type"] == "financing"), recs


UK_NOTICE = """FINANCIAL SANCTIONS NOTICE
GLOBAL HUMAN RIGHTS
02/06/2031

1. On 2 June 2031 the Foreign, Commonwealth and Development Office (FCDO) updated the UK Sanctions List on GOV.UK. The Secretary of State has designated two individuals and one entity under the Regulations.

2. Designated individuals are also excluded persons for the purposes of section 8B of the Immigration Act 1971 and are therefore subject to a travel ban.

3. The following entries have been added to the Consolidated List and are now subject to an asset freeze:

• ORLOV, Pavel Sergeyevich
• DUDINA, Irina Petrovna
• NORTHGATE PENAL SERVICES LLC

ANNEX TO NOTICE

FINANCIAL SANCTIONS: GLOBAL HUMAN RIGHTS
THE GLOBAL HUMAN RIGHTS SANCTIONS REGULATIONS 2020

Individuals

1. Name 6: ORLOV 1: Pavel 2: Sergeyevich 3: n/a 4: n/a 5: n/a.
DOB: 02/02/1970. Nationality: Russia. (UK Sanctions List Ref):GHR0301.

2. Name 6: DUDINA 1: Irina 2: Petrovna 3: n/a 4: n/a 5: n/a.
DOB: 05/05/1981. Nationality: Russia. (UK Sanctions List Ref):GHR0302.

Entities

3. NORTHGATE PENAL SERVICES LLC
Address: Moscow, Russia. (UK Sanctions List Ref):GHR0303.
"""


def test_a_uk_notices_secretary_of_state_is_the_uks_and_its_individuals_get_the_travel_ban() -> None:
    recs = sanctions(UK_NOTICE, "Financial Sanctions Notice: Global Human Rights")
    assert {r["authority_country"] for r in recs} == {"GB"}, recs
    freeze = next(r for r in recs if r["measure"] == "asset_freeze")
    names = {t["name"] for t in freeze["targets"]}
    assert "NORTHGATE PENAL SERVICES LLC" in names and not any("SANCTIONS" in n for n in names), names
    ban = next(r for r in recs if r["measure"] == "travel_ban")
    banned = {t["name"] for t in ban["targets"]}
    assert len(banned) == 2 and all("ORLOV" in n or "DUDINA" in n for n in banned), ban


def test_the_secretary_of_state_elsewhere_is_the_us_state_departments() -> None:
    recs = sanctions("The Secretary of State designated Halcon Logistics SA for supporting the Houthis.", "Update")
    assert [r["authority_country"] for r in recs] == ["US"], recs


def test_a_states_sanctions_as_a_topic_a_consultation_and_what_the_law_allows_are_no_actions() -> None:
    text = """Ministry of Foreign Affairs
Iran sanctions – latest updates
4 June 2031

The following individuals are now subject to an asset freeze:

- Reza Karimi TABRIZI – procurement agent
- Leila Moradi FARD – financier

The Government is also consulting with industry on options to align more closely with the maritime services price cap applied by G7 partners.

Individuals who commit an offence face up to 7 years' imprisonment; companies can be fined up to NZ$10 million.
"""
    import datetime as dt

    from tradewatch.extract import extract_records

    recs = extract_records(text, title="Iran sanctions: new designations", published=dt.date(2031, 6, 4),
                           url="https://www.mfat.govt.nz/en/sanctions/latest-updates")["sanctions"]
    assert {r["authority_country"] for r in recs} == {"NZ"}, recs  # Iran is what they are about
    assert {r["measure"] for r in recs} == {"asset_freeze"}, recs  # no price cap, no penalty


def test_mexican_legal_forms_and_the_companies_another_authority_named() -> None:
    text = ("OFAC designated Jorge Alberto Ruiz Salas and Marisol Peña Dávila and the companies Desarrollos Costa Azul, "
            "S. de R.L. de C.V. and Operadora Turística Punta Mita, S.A. de C.V., on Tuesday. Hours later, Mexico's "
            "Financial Intelligence Unit (UIF) said it had added Ruiz, Peña and the two companies named by Washington to "
            "its list of blocked persons.")
    recs = sanctions(text, "US and Mexico sanction timeshare fraud ring")
    companies = {"Desarrollos Costa Azul, S. de R.L. de C.V.", "Operadora Turística Punta Mita, S.A. de C.V."}
    by_state = {r["authority_country"]: {t["name"] for t in r["targets"]} for r in recs}
    assert companies <= by_state.get("US", set()) and companies <= by_state.get("MX", set()), recs


def test_ship_sales_in_the_sale_and_purchase_press_are_deals_without_the_ships_or_yards() -> None:
    text = ("Piraeus-based Aegean Dawn Shipping S.A. has paid $31.2m for the 81,600 dwt Coral Bay (built 2017, Oshima). "
            "The seller is Japanese owner Hoshino Kisen K.K., according to brokers. Separately, Busan's Haemi Marine Co. "
            "has sold the 49,900 dwt MR product tankers Haemi Star and Haemi Moon (both built 2014, STX Jinhae) en bloc "
            "for $52m. The buyer was named by brokers as Dubai-based Crescent Tide Tankers FZE.")
    recs = deals(text)
    got = [set(parties(d)) for d in recs if d["deal_type"] == "acquisition"]
    assert {"Aegean Dawn Shipping S.A.", "Hoshino Kisen K.K."} in got, recs
    assert {"Haemi Marine Co.", "Crescent Tide Tankers FZE"} in got, recs


def test_both_measures_on_him_go_to_the_man_named_before() -> None:
    text = ("The EU froze the assets of Tarlan Gasimov, the owner of Kura Commodities Ltd, on Monday. The UK Foreign, "
            "Commonwealth and Development Office imposed an asset freeze and travel ban on him in December.")
    recs = sanctions(text, "EU freezes assets of trader")
    uk = [r for r in recs if r["authority_country"] == "GB"]
    assert {r["measure"] for r in uk} == {"asset_freeze", "travel_ban"}, recs
    assert all({t["name"] for t in r["targets"]} == {"Tarlan Gasimov"} for r in uk), recs


UN_NOTICE = """PUBLIC NOTICE 12 OF 2031

1. PURPOSE

1.1 On 6 May 2031 the 1267 Committee of the United Nations Security Council approved the addition of the entries below to its Sanctions List. The entries are subject to the asset freeze, travel ban and arms embargo.

2. NEW ENTRIES

QDi.501 Name: 1: YUSUF 2: ADAN 3: FARAH

QDe.190 Name: HORN STAR REMITTANCE

3. REMOVAL

3.1 The Committee approved the removal of the following entry from its Sanctions List.

QDi.230 Name: 1: SALIM 2: OMAR 3: NUR

4. FURTHER INFORMATION

4.1 The list is available on the Centre's website.
"""


def test_a_notices_numbered_sections_end_its_list_and_a_removed_entry_is_no_target() -> None:
    names = {t["name"].upper() for r in sanctions(UN_NOTICE, "Public Notice 12 of 2031") for t in r["targets"]}
    assert {"YUSUF ADAN FARAH", "HORN STAR REMITTANCE"} <= names, names
    assert not names & {"REMOVAL", "FURTHER INFORMATION", "SALIM OMAR NUR"}, names


def test_a_judgment_headed_by_a_states_courts_is_that_states() -> None:
    text = """IN THE STATE COURTS OF THE REPUBLIC OF SINGAPORE

Public Prosecutor v Harbourline Tankers Pte Ltd

1. Harbourline Tankers Pte Ltd pleaded guilty to two charges of supplying gasoil to North Korean vessels in breach of sanctions regulations.

2. Sentence: a fine of S$180,000 per charge, for a total fine of S$360,000, was imposed on Harbourline Tankers Pte Ltd.
"""
    recs = sanctions(text, "Public Prosecutor v Harbourline Tankers Pte Ltd")
    assert recs and {r["authority_country"] for r in recs} == {"SG"}, recs


def test_the_fields_of_an_ofac_entry_are_no_targets() -> None:
    text = ("OFAC today designated the following persons.\n\nThe following individual has been added to OFAC's SDN "
            "List:\n\nKARIMI, Davoud (a.k.a. KARIMI, David), Dubai, United Arab Emirates; DOB 02 Mar 1980; POB Tabriz, "
            "Iran; nationality Iran; Additional Sanctions Information - Subject to Secondary Sanctions; Gender Male "
            "(individual) [IRAN-EO13846].\n\nThe following entity has been added to OFAC's SDN List:\n\nZAGROS BLUE "
            "TRADING FZE, Office 1001, Dubai, United Arab Emirates; Website www.zagrosblue.example; Additional Sanctions "
            "Information - Subject to Secondary Sanctions [IRAN-EO13846].\n")
    names = {t["name"] for r in sanctions(text, "Iran-related Designations") for t in r["targets"]}
    assert "ZAGROS BLUE TRADING FZE" in names, names
    assert not any(n.startswith(("POB", "Website", "Subject", "Additional")) for n in names), names
    assert "Mar" not in names, names  # "DOB 02 Mar 1980": a date's month


def test_names_after_a_dash_closed_series_are_targets_too() -> None:
    text = ("The UK said it had frozen the assets of three Mandalay-based firms — Irrawaddy Jet Fuel Co., Ltd; Shwe Tank "
            "Terminal Co., Ltd; and Bago Aviation Services Co., Ltd — and two businessmen, Min Thu Aung and Hla Hla Win, "
            "who the department said ran the trade.")
    names = {t["name"] for r in sanctions(text, "UK sanctions jet fuel suppliers") for t in r["targets"]}
    assert {"Irrawaddy Jet Fuel Co., Ltd", "Min Thu Aung", "Hla Hla Win"} <= names, names
