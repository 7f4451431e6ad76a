"""Rules added for the fifty-first held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _names(recs: list[dict]) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"]}


OFAC_RELEASE = """WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning two companies and one individual for shipping Iranian petroleum. OFAC is also identifying two tankers as blocked property.

Kestrel Gulf Trading L.L.C. arranged the sales. Its director is Omar Salim Haddad.

OFAC is taking today's action pursuant to Executive Order 13902.

SANCTIONS IMPLICATIONS

As a result of today's action, all property and interests in property of the designated persons described above that are in the United States are blocked and must be reported to OFAC. Financial institutions that engage in certain transactions with the sanctioned persons may expose themselves to sanctions.

Persons who violate these rules may face civil penalties.

ANNEX — IDENTIFYING INFORMATION

Entities (OFAC):
KESTREL GULF TRADING L.L.C., Office 901, Business Bay, Dubai, United Arab Emirates [IRAN-EO13902].
TIDEWAY SHIP MANAGEMENT FZE, Warehouse 4, Hamriyah Free Zone, Sharjah, United Arab Emirates; Company Number IMO 6123456 [IRAN-EO13902].

Individuals (OFAC):
HADDAD, Omar Salim, Dubai, United Arab Emirates; DOB 04 Mar 1979; nationality Jordan (individual) [IRAN-EO13902].

Identified property (vessels):
AMBER COVE (f.k.a. COVE ONE) Crude Oil Tanker Panama flag; Vessel Registration Identification IMO 9212345 (vessel) [IRAN-EO13902].
NORTH WREN Crude Oil Tanker Comoros flag; Vessel Registration Identification IMO 9187654 (vessel) [IRAN-EO13902].
"""


def test_an_ofac_annex_far_below_the_action_names_its_targets_and_ships() -> None:
    names = {n.upper() for n in _names(sanctions(OFAC_RELEASE, "Treasury Targets Iranian Oil Network"))}
    assert {"TIDEWAY SHIP MANAGEMENT FZE", "AMBER COVE", "NORTH WREN"} <= names, names


UK_RELEASE = """The UK has today sanctioned two suppliers of drone components to Russia.

Two entities and one individual have been designated under The Russia (Sanctions) (EU Exit) Regulations 2019. They are now subject to an asset freeze.

Three oil tankers have also been specified today. Specified ships are banned from entering UK ports.

Separately, OFSI has imposed a monetary penalty of £120,000 on Dunmore Freight Ltd for breaches of the regulations.

Notes to editors

The full list of today's designations is below.

Entities

Name: KORVEL ELECTRONICS LLC
Address: 12 Lenina Street, Kazan, Russia
UK Sanctions List Ref: RUS9001

Name: SARYARKA COMPONENTS LLP
Address: 5 Abai Avenue, Almaty, Kazakhstan
UK Sanctions List Ref: RUS9002

Individuals

Name: BEKOV, Timur Askarovich
DOB: 01/02/1975
Nationality: Kazakh
UK Sanctions List Ref: RUS9003

Specified ships

WHITE GULL, IMO 9211111, crude oil tanker, flag: Gabon
RED KITE, IMO 9222222, crude oil tanker, flag: Comoros
"""


def test_a_uk_releases_list_of_designations_and_its_specified_ships_are_its_targets() -> None:
    recs = sanctions(UK_RELEASE, "UK sanctions drone suppliers")
    uk = [r for r in recs if r["authority_country"] == "GB" and r["measure"] != "financial_penalty"]
    names = {n.upper() for n in _names(uk)}
    assert {"KORVEL ELECTRONICS LLC", "SARYARKA COMPONENTS LLP", "WHITE GULL", "RED KITE"} <= names, recs
    assert any("Timur Askarovich" in n and "BEKOV" in n.upper() for n in _names(uk)), names
    penalty = next(r for r in recs if r["measure"] == "financial_penalty")
    assert _names([penalty]) == {"Dunmore Freight Ltd"}


def test_a_state_that_followed_acts_and_the_buyer_it_sanctioned_is_not_the_seller() -> None:
    text = ("Piraeus-based Halcyon Tankers S.A. sold two tankers to a Sharjah company weeks before Washington and London "
            "sanctioned the buyer for carrying Iranian oil. On Tuesday, OFAC designated Sandpiper Marine FZE. Britain "
            "followed hours later, freezing any UK assets of Sandpiper Marine FZE.")
    recs = sanctions(text, "Greek owner sold tankers before sanctions")
    assert "Halcyon Tankers S.A." not in _names(recs), recs
    assert {r["authority_country"] for r in recs if "Sandpiper Marine FZE" in _names([r])} == {"US", "GB"}, recs


def test_a_country_naming_the_officers_sanctioned_is_no_target() -> None:
    text = "Japan on Friday imposed sanctions on Myanmar military officers and the fuel traders who supply them."
    assert "Myanmar" not in _names(sanctions(text, "Japan sanctions officers"))
    assert "Belarus" in _names(sanctions("Japan on Friday imposed sanctions on Belarus.", "Japan sanctions Belarus"))


def test_the_group_after_a_lists_last_item_and_a_company_also_listed_are_targets() -> None:
    text = ("New Zealand said it had imposed travel bans and asset freezes on two individuals and two entities. Those "
            "listed are Colonel Kyaw Min Soe, head of air operations; and businessman Zaw Lin Htut, along with two "
            "companies, Irrawaddy Jet Supply Co., Ltd. and Pyay Fuel Logistics Limited. Canada said it was adding two "
            "individuals and one entity to its sanctions list. A Global Affairs Canada statement named U Than Naing, a "
            "director of Mandalay Aero Services Co., Ltd., which was also listed.")
    names = _names(sanctions(text, "New Zealand and Canada sanction fuel suppliers"))
    assert {"Irrawaddy Jet Supply Co., Ltd.", "Pyay Fuel Logistics Limited", "Mandalay Aero Services Co., Ltd."} <= names, names


def test_entities_barred_from_buying_dual_use_goods_and_one_also_targeted() -> None:
    text = ("Nine firms in China and Türkiye were added to a list of entities barred from buying dual-use goods from EU "
            "suppliers, among them Fuzhou Lianda Components Co., Ltd. and Bursa Mekatronik A.S.")
    recs = sanctions(text, "EU package")
    assert [r["measure"] for r in recs] == ["export_control"], recs
    assert {"Fuzhou Lianda Components Co., Ltd.", "Bursa Mekatronik A.S."} <= _names(recs)
    text = ("OFAC designated Marlowe Tankers Ltd on Thursday. Iranian national Dariush Kamali Nejad, described by "
            "Treasury as the network's financier, was also targeted.")
    assert "Dariush Kamali Nejad" in _names(sanctions(text, "Treasury targets tanker network"))


def test_a_hedge_after_a_semicolon_leaves_the_deal_before_it() -> None:
    from tests.support.records import deals, parties

    text = ("OSAKA, May 6 - Sojitz Corp has agreed to buy a 25% interest in the Loma Verde lithium project in Argentina "
            "from Vancouver-listed Puna Minerals Ltd for $180 million in cash, the two companies said on Tuesday; Puna, "
            "which keeps 75%, said the proceeds would fund its share of construction, while people familiar with the "
            "matter said a Japanese state lender was in early talks about a project loan but that nothing had been agreed.")
    recs = deals(text, "Sojitz to buy 25% of Loma Verde")
    assert len(recs) == 1 and recs[0]["deal_type"] == "acquisition", recs
    assert {"Sojitz Corp", "Puna Minerals Ltd"} <= set(parties(recs[0]))


def test_an_opening_once_a_currency_code_and_5g_are_no_parties() -> None:
    from tests.support.records import deals, parties

    text = ("The expansion is funded by a US$20 million loan from IDB Invest and a COP 35 billion working-capital line "
            "from Banco de Occidente. Once completed in 2027, the plant will employ 400 people. In the same month "
            "Kazakh operator Tenge Mobile LLP signed a five-year contract with Sweden's Ericsson to roll out 5G in "
            "Almaty.")
    names = {p for r in deals(text, "Expansion financed") for p in parties(r)}
    assert {"IDB Invest", "Ericsson"} <= names and not names & {"COP", "Once", "5G"}, names
