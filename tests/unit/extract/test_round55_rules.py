"""Rules added for the fifty-fifth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _names(recs: list[dict]) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"]}


def test_a_numbered_see_annex_reference_and_a_cancelled_designation_in_a_release_of_numbered_measures() -> None:
    text = """1. The Government of Japan today approved the following measures under the Foreign Exchange and Foreign Trade Act.

(1) Measures to freeze the assets of individuals and entities (Ministry of Finance)
Measures to freeze the assets of 2 individuals (see Annex 1) and of 2 entities in third countries (see Annex 2) will be implemented.

(2) Lowering of the price cap on petroleum products originating in Belarus
In coordination with the measures of the EU, Canada and others, the price cap will be lowered.

(3) Cancellation of the designation of 1 individual
The designation of Mr. Oleg Petrovich Sidorin, who has died, will be cancelled.

(Annex 1) Individuals subject to asset freeze measures
1. Mr. Arkady Semyonovich Belinsky
2. Ms. Nadezhda Ilyinichna Gorelova

(Annex 2) Entities in third countries subject to asset freeze measures
1. Silverline Components Trading FZE (United Arab Emirates)
2. Harbin Polaris Instruments Co., Ltd. (China)
"""
    recs = sanctions(text, "Implementation of measures including the freezing of assets")
    freeze = [r for r in recs if r["measure"] == "asset_freeze"]
    assert len(freeze) == 1 and freeze[0]["authority_country"] != "EU", recs
    assert {"Arkady Semyonovich Belinsky", "Nadezhda Ilyinichna Gorelova", "Silverline Components Trading FZE",
            "Harbin Polaris Instruments Co., Ltd."} <= _names(freeze), recs
    assert "Oleg Petrovich Sidorin" not in _names(recs), recs  # delisted, not sanctioned
    assert not any(r["authority_country"] == "EU" for r in recs), recs  # a partner whose measures it joins
    assert "Lowering" not in _names(recs), recs  # a heading's verbal noun


def test_an_eu_implementing_regulations_numbered_entries_under_added_and_not_under_deleted() -> None:
    text = """Council Implementing Regulation (EU) 2026/311 implementing Regulation (EU) No 833/2099

(1) Regulation (EU) No 833/2099 provides for the freezing of funds of the persons listed in Annex I thereto.

(2) The Council considers that two persons and one entity should be added to the list of natural and legal persons, entities and bodies subject to restrictive measures set out in Annex I to Regulation (EU) No 833/2099.

ANNEX

Annex I to Regulation (EU) No 833/2099 is amended as follows:

(1) the following entries are added to the list under the heading 'Natural persons':

1187. Dmitri Olegovich VASNETSOV
Identifying information: DOB: 4.5.1970; Gender: male.
Reasons: Deputy head of a regional administration.
Date of listing: 3.2.2026

1188. Irina Pavlovna KOROLKOVA
Identifying information: DOB: 9.9.1981; Gender: female.
Reasons: Director of a defence plant.
Date of listing: 3.2.2026

(2) the following entries are added to the list under the heading 'Legal persons, entities and bodies':

402. Joint Stock Company 'Uralpribor'
Identifying information: Address: Yekaterinburg, Russian Federation.
Reasons: Manufacturer of fuses.
Date of listing: 3.2.2026

(3) the entry concerning the following person is deleted from the list under the heading 'Natural persons':
96. Gennady Borisovich ZORIN
"""
    recs = sanctions(text, "Council Implementing Regulation (EU) 2026/311")
    assert [r["measure"] for r in recs] == ["asset_freeze"], recs
    names = _names(recs)
    assert {"Dmitri Olegovich VASNETSOV", "Irina Pavlovna KOROLKOVA"} <= names, recs
    assert any("Uralpribor" in n for n in names), recs
    assert not any("ZORIN" in n for n in names), recs


def test_blocking_the_property_of_a_named_company() -> None:
    recs = sanctions("The Treasury Department blocked the property of Coral Bay Shipping Ltd in May 2024 for "
                     "transporting Iranian oil.", "Tanker operators face scrutiny")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("US", "asset_freeze")], recs
    assert _names(recs) == {"Coral Bay Shipping Ltd"}, recs


def test_all_three_companies_refers_to_the_three_the_sentence_before_named() -> None:
    # (no count before the names: only the group after them says how many)
    text = ("Britain on Thursday froze the assets of a Russian businessman, Pavel Orlov.\n\n"
            "The government said Northwind Tankers FZE, Caspian Crest Shipping LLC and Bosphorus Marine Ltd had "
            "operated at least 20 tankers for him.\n\nAll three companies are now subject to an asset freeze.")
    recs = sanctions(text, "UK sanctions shipping firms")
    freeze = [r for r in recs if r["measure"] == "asset_freeze"]
    assert freeze and {"Northwind Tankers FZE", "Caspian Crest Shipping LLC", "Bosphorus Marine Ltd"} <= _names(freeze), recs


def test_a_definite_group_is_not_filled_from_a_sentence_naming_another_number() -> None:
    text = ("The government said Northwind Tankers FZE and Caspian Crest Shipping LLC had operated at least 20 "
            "tankers.\n\nAll three companies are now subject to an asset freeze.")
    recs = sanctions(text, "UK sanctions shipping firms")
    assert not _names(recs) & {"Northwind Tankers FZE", "Caspian Crest Shipping LLC"}, recs


def test_a_release_s_about_section_describes_the_regime_and_takes_no_action() -> None:
    text = """The Monetary Authority of Singapore (MAS) has imposed a composition penalty of S$320,000 on Tanjong Harbour Bank Ltd. for breaches of its regulations on targeted financial sanctions.

About the targeted financial sanctions regime
MAS gives effect to United Nations Security Council Resolutions relating to targeted financial sanctions through regulations. Financial institutions must freeze without delay the funds of designated persons.
"""
    recs = sanctions(text, "MAS imposes composition penalty on Tanjong Harbour Bank")
    assert [(r["authority_country"], r["measure"]) for r in recs] == [("SG", "financial_penalty")], recs
    assert "Resolutions" not in _names(recs), recs


def test_a_ministers_portfolio_under_a_quote_is_no_name() -> None:
    from tradewatch.extract.document import Document

    doc = Document('"We will keep up the pressure."\n– Minister of Foreign Affairs\n\n'
                   "The Minister of Infrastructure and Transport Rigo Anselmo Lagos was sanctioned.", "T", None, None)
    names = [e.name for i, _ in enumerate(doc.sentences) for e in doc.entities(i)]
    assert "Foreign Affairs" not in names, names
    assert any("Rigo Anselmo Lagos" in n for n in names), names  # a name after the portfolio stays


def test_a_ministers_portfolio_under_a_quote_is_no_target() -> None:
    text = """Today, Canada is imposing sanctions on 2 individuals, Pavel Ignatov and Lidia Sorokina, under the Special Economic Measures (Russia) Regulations.

"We will keep up the pressure," the minister said.
– Minister of Foreign Affairs

Listed individuals are also rendered inadmissible to Canada under the Immigration and Refugee Protection Act.
"""
    recs = sanctions(text, "Canada imposes additional sanctions")
    assert {"Pavel Ignatov", "Lidia Sorokina"} <= _names(recs), recs
    assert not any("Foreign Affairs" in n for n in _names(recs)), recs


def test_a_commodity_prepayment_agreed_with_a_producer_is_a_financing() -> None:
    from tests.support.records import deals

    recs = deals("Geneva-based trader Halvard Commodities SA has agreed a US$400 million prepayment with Lualaba "
                 "Cobalt Plc, backed by a four-year offtake of cobalt hydroxide.", "Halvard agrees cobalt prepayment")
    assert [(r["deal_type"], {p["name"] for p in r["parties"]}) for r in recs] == [
        ("financing", {"Halvard Commodities SA", "Lualaba Cobalt Plc"})], recs


def test_a_capitals_subheading_is_not_the_company_a_later_sentence_refers_to() -> None:
    text = """Taiga Gas LLC signed a supply contract with Pearl River Fuels Ltd on Monday.

MEASURES SO FAR

The European Union added the company to its asset-freeze list in June 2024.
"""
    recs = sanctions(text, "Sanctioned gas exporter signs supply deal")
    assert "MEASURES SO FAR" not in _names(recs), recs


def test_a_programs_name_keeps_its_lower_case_joining_words() -> None:
    recs = sanctions("OFAC fined Harbourline Freight Inc $1.2 million for violations of the Iranian Transactions and "
                     "Sanctions Regulations.", "OFAC settles with freight forwarder")
    assert [r["program"] for r in recs] == ["Iranian Transactions and Sanctions Regulations"], recs
    recs = sanctions("OFAC fined Harbourline Freight Inc $40,000 for violations of the Weapons of Mass Destruction "
                     "Proliferators Sanctions Regulations.", "OFAC settles with freight forwarder")
    assert [r["program"] for r in recs] == ["Weapons of Mass Destruction Proliferators Sanctions Regulations"], recs
