"""Rules added for the fifty-second held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import DAY, sanctions
from tradewatch.extract import extract_records


def _names(recs: list[dict]) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"]}


def test_a_bullet_list_of_citizens_barred_from_entering_is_the_bans_targets() -> None:
    text = """Minsk, 3 March 2026

In response to these unfriendly steps, the Belarusian side has decided to close entry into Belarus for the following 4 citizens of the Republic of Estonia, who are involved in shaping Tallinn's hostile policy and in spreading disinformation about Belarus:

- Margus Teder – Member of the Riigikogu;
- Kadri Saar – journalist, Pealinna Leht;
- Lord Peeter Kask – adviser to the Prime Minister;
- Colonel Toomas Ilves-Kask.
"""
    recs = sanctions(text, "Statement on retaliatory measures")
    ban = next(r for r in recs if r["measure"] == "travel_ban")
    assert {"Margus Teder", "Kadri Saar"} <= _names([ban]), recs
    assert any("Toomas Ilves-Kask" in n for n in _names([ban])), recs


def test_a_capital_that_expanded_its_sanctions_list_adding_names_acts_on_them() -> None:
    text = ("On 2 March, Ottawa once again expanded its sanctions list, adding to it the broadcaster Volna-TV and its "
            "director Pavel Orekhov, as well as a number of Russian public figures.")
    recs = sanctions(text, "Canada adds names")
    ca = [r for r in recs if r["authority_country"] == "CA"]
    assert ca and _names(ca) == {"Volna-TV", "Pavel Orekhov"}, recs  # no "Russia" from "Russian public figures"


def test_a_full_list_of_designations_under_a_heading_names_the_targets() -> None:
    text = """The UK has today sanctioned one individual and two entities supplying drone parts.

Full list of designations

Individuals

1. Rustam Olegovich KARIMOV. DOB: 04/05/1976. Nationality: Russia. Sanctions: asset freeze, travel ban.

Entities

2. NORTHWIND COMPONENTS LLP. Address: Almaty, Kazakhstan. Sanctions: asset freeze.

3. ZENITH PARTS FZCO. Address: Dubai, UAE. Sanctions: asset freeze.

Specified ships

4. GREY PETREL (IMO 9123456)
"""
    recs = sanctions(text, "UK sanctions drone suppliers")
    freeze = next(r for r in recs if r["measure"] == "asset_freeze")
    names = {n.upper() for n in _names([freeze])}
    assert {"NORTHWIND COMPONENTS LLP", "ZENITH PARTS FZCO"} <= names, recs
    assert any("KARIMOV" in n for n in names), names


def test_what_a_measure_allows_is_no_action() -> None:
    text = "Ship specification means a vessel can be denied entry to UK ports and removed from the UK Ship Register."
    assert sanctions(text, "How ship sanctions work") == []


def test_a_town_among_places_and_a_city_are_no_targets() -> None:
    text = ("The UK on Tuesday sanctioned Kestrel Bay Shipping LLC and trading houses in Dubai, Hong Kong and "
            "Nakhodka that handled its cargoes.")
    recs = sanctions(text, "UK sanctions")
    assert _names(recs) == {"Kestrel Bay Shipping LLC"}, recs
    text = ("Zurich is one of Europe's largest trading hubs, and Swiss banks have grown cautious since Switzerland "
            "began adopting EU sanctions in 2022.")
    assert "Zurich" not in _names(sanctions(text, "Trading hub")), sanctions(text, "Trading hub")


def test_names_added_to_a_swiss_annex_and_a_name_with_the_counted_rest_again() -> None:
    text = ("The State Secretariat for Economic Affairs (SECO) said it had added Marat Ibragimov, Ibragimov Holding Ltd "
            "and two Kazan-based suppliers, Volga Machines JSC and Kama Tools LLC, to Annex 8 of the Ordinance on Measures "
            "in connection with the Situation in Ukraine. The European Union listed Ibragimov and the three companies on "
            "Jan. 12.")
    recs = sanctions(text, "Switzerland freezes assets")
    ch = [r for r in recs if r["authority_country"] == "CH"]
    eu = [r for r in recs if r["authority_country"] == "EU"]
    assert ch and ch[0]["measure"] == "asset_freeze", recs
    want = {"Ibragimov Holding Ltd", "Volga Machines JSC", "Kama Tools LLC"}
    assert want <= _names(ch) and want <= _names(eu), recs


def test_two_states_words_before_one_more_word_are_a_companys_name() -> None:
    text = ("Last year, British Emirati Refiners agreed to pay $42 million to OFAC over shipments of gold to Venezuela in "
            "breach of U.S. sanctions.")
    recs = sanctions(text, "Sanctions settlement")
    assert "British Emirati Refiners" in _names(recs), recs


def test_an_earlier_penalty_recalled_by_its_amount_and_what_it_was_for_is_no_deal() -> None:
    text = ("In the UK, OFSI has a short record of sanctions enforcement. Its largest penalty so far was the £3.2 million "
            "imposed on Harwick Bank in 2021 over loans to a sanctioned Belarusian lender.")
    recs = extract_records(text, title="Enforcement", published=DAY)
    penalty = [r for r in recs["sanctions"] if r["measure"] == "financial_penalty"]
    assert penalty and _names(penalty) == {"Harwick Bank"} and penalty[0]["authority_country"] == "GB", recs
    assert recs["deals"] == [], recs


def test_an_annex_subject_to_the_prohibition_of_exports_names_the_export_bans_targets() -> None:
    text = """Measures against persons involved in arms transfers

(1) Asset freeze with respect to 8 entities (Annex 1).

(2) Prohibition of exports to 2 entities located in third countries (Annex 2).

Annex 1: Entities subject to the asset freeze
(1) Sokol Marine Ltd. Address: Vladivostok, Russia.
(2) Amur Freight LLC. Address: Khabarovsk, Russia.
(3) Zarya Shipping Ltd. Address: Majuro, Marshall Islands.
(4) Taiga Metals JSC. Address: Irkutsk, Russia.
(5) Baikal Logistics LLC. Address: Ulan-Ude, Russia.
(6) Sever Trading FZE. Address: Sharjah, United Arab Emirates.
(7) Polar Star Holdings Ltd. Address: Limassol, Cyprus.
(8) Kedr Engineering LLC. Address: Tomsk, Russia.

Japan will continue to implement the measures decided to date and to work closely with the international community.

Annex 2: Entities subject to the prohibition of exports
(1) Brightpath Components Co., Limited. Address: Hong Kong, China.
(2) Tengri Machinery LLP. Address: Almaty, Kazakhstan.
"""
    recs = sanctions(text, "Implementation of measures")
    export = [r for r in recs if r["measure"] == "export_control"]
    assert export and _names(export) == {"Brightpath Components Co., Limited", "Tengri Machinery LLP"}, recs


def test_a_citys_court_acts_for_its_state_not_the_union_whose_embargo_was_broken() -> None:
    text = ("HAMBURG — The Hamburg Regional Court (Landgericht Hamburg am Elbe) on Tuesday sentenced a trader to two years "
            "in prison for shipping machine tools to Russia in breach of the EU embargo, and fined Nordelbe Maschinenbau "
            "GmbH €900,000.")
    recs = sanctions(text, "Court fines exporter over Russia shipments")
    penalty = [r for r in recs if r["measure"] == "financial_penalty"]
    assert penalty and {r["authority_country"] for r in penalty} == {"DE"}, recs
    assert _names(penalty) == {"Nordelbe Maschinenbau GmbH"}, recs  # not "Elbe" from the court's own name


def test_tanker_size_classes_are_no_deal_parties() -> None:
    from tests.support.records import deals, parties

    text = ("Helios Maritime Holdings Inc. said it had agreed to sell four tankers – three Aframaxes and one Suezmax – "
            "to Oslo-listed Fjordline Tankers ASA for $96 million.")
    recs = deals(text)
    assert recs and set(parties(recs[0])) == {"Helios Maritime Holdings Inc.", "Fjordline Tankers ASA"}, recs


def test_a_penalty_paid_by_the_lender_named_a_sentence_before_and_a_two_state_name_in_lower_case_elsewhere() -> None:
    text = ("The benchmark remains Banque Meridienne. In June 2015 the French lender pleaded guilty and agreed to pay "
            "$2.1 billion to U.S. authorities for processing payments for Sudanese clients. Earlier that year, British "
            "Emirati Tobacco agreed to pay $95 million to the Justice Department and OFAC over sales of cigarettes to North "
            "Korea; the tobacco company said it had cooperated.")
    recs = sanctions(text, "Analysis: sanctions fines")
    penalties = [r for r in recs if r["measure"] == "financial_penalty"]
    assert {"Banque Meridienne", "British Emirati Tobacco"} <= _names(penalties), recs


def test_a_designation_the_target_will_challenge_is_no_action_of_the_authority_named_last() -> None:
    text = ("OFAC designated Corvina Shipping FZE on Tuesday. The Sea Lark has already been sanctioned by the European "
            "Union, which added it to its list in December. Corvina said in a statement that it had no link with the "
            "Sea Lark or the Sea Wren and that it would challenge the designation.")
    recs = sanctions(text, "US sanctions ship manager")
    eu = [r for r in recs if r["authority_country"] == "EU"]
    assert "Corvina Shipping FZE" not in _names(eu) and "Sea Wren" not in _names(eu), recs
