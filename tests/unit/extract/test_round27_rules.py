"""Unit tests for the round 27 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets_of as _of
from tradewatch.extract.document import Document
from tradewatch.extract.triggers import sanction_triggers

# -- lists and series --------------------------------------------------------------------------------------------------


def test_the_persons_concerned_are_opens_a_list_far_below_the_action():
    text = ("The French Minister of the Interior and the Minister for the Economy have decided, by a joint order, to "
            "freeze the funds and economic resources of three individuals.\n\n"
            "The order was published today in the Official Journal. It takes effect at once. The measures last six "
            "months. They may be renewed.\n\n"
            "The persons concerned are:\n\n"
            "- Mr Karim BELHADJ, born 3 May 1990 in Lyon;\n"
            "- Mrs Sonia MERZOUK, born 8 July 1993 in Lille;\n"
            "- Mr Yanis AMRAOUI, born 1 March 1988 in Nice.")
    assert _of(_sanctions(text, title="Asset freezes"), "FR", "asset_freeze") == {
        "Karim BELHADJ", "Sonia MERZOUK", "Yanis AMRAOUI"}


def test_enterprises_before_names_in_a_list_are_their_kind():
    text = ("Ukraine imposed sanctions on 12 legal entities on Friday. The list also includes the Belarusian "
            "enterprises OJSC Mozyrtekhmash and LLC Polesye Signal, which supply radar parts, as well as Brest-based "
            "Vektor-Avto LLC.")
    assert {"OJSC Mozyrtekhmash", "LLC Polesye Signal", "Vektor-Avto LLC"} <= _of(_sanctions(text), "UA", None)


def test_people_named_after_their_post_in_a_company_are_the_targets():
    text = ("Ukraine imposed sanctions on 12 legal entities on Friday. Sanctions are also imposed on the heads of "
            "these companies, in particular the general director of LLC Kamatron Pavel Igorevich Sukhov, the "
            "beneficial owner of JSC Severnaya Optika Systems Ruslan Maratovich Ziganshin, and the director of OJSC Brestmash "
            "Andrei Viktorovich Lutsevich.")
    assert _of(_sanctions(text), "UA", None) == {
        "Pavel Igorevich Sukhov", "Ruslan Maratovich Ziganshin", "Andrei Viktorovich Lutsevich"}


def test_a_travel_ban_for_individuals_in_a_measure_list_has_the_people():
    text = ("Ukraine imposed sanctions on Kamatron LLC and Pavel Igorevich Sukhov, its director, on Friday.\n\n"
            "The restrictive measures include:\n\n"
            "- blocking of assets;\n"
            "- prohibition on entry into the territory of Ukraine (for individuals).")
    out = _sanctions(text)
    assert _of(out, "UA", "travel_ban") == {"Pavel Igorevich Sukhov"}
    assert _of(out, "UA", "asset_freeze") == {"Kamatron LLC", "Pavel Igorevich Sukhov"}


def test_a_nationality_before_a_name_opens_its_part_of_a_series():
    text = ("Ukraine sanctioned three captains: Oleg Barinov, master of the Amber Dawn; Viktor Saltanov, who commands "
            "the Grey Heron; and Georgian national Zurab Kiknadze, captain of the Lime Coast.")
    assert {"Oleg Barinov", "Viktor Saltanov", "Zurab Kiknadze"} <= _of(_sanctions(text), "UA", None)
    text = ("Ukraine imposed sanctions on its shadow fleet on Friday.\n\n"
            "Three of the captains are named in the decree: Oleg Barinov, master of the Amber Dawn; Viktor Saltanov, "
            "who commands the Grey Heron; and Georgian national Zurab Kiknadze, captain of the Lime Coast.")
    names = _of(_sanctions(text), "UA", None)
    assert "Zurab Kiknadze" in names and "Georgia" not in names


def test_an_alias_after_a_name_is_its_description_in_a_series():
    text = ('Canada sanctioned Wilner Dorvil, known as "Ti Bwa", the leader of the Kafou Wouj gang; Jean-Max Bellot, '
            'alias "Zozo", who heads the Lakou Bleu gang; and Evens Soriel, who represented a constituency in Nippes.')
    assert _of(_sanctions(text), "CA", None) == {"Wilner Dorvil", "Jean-Max Bellot", "Evens Soriel"}


def test_the_fourth_individual_is_a_name_of_the_group():
    text = ("The Council of the EU listed three individuals and one entity on Tuesday under its Ukraine regime. The listings "
            "cover Sergei Orlov and Kovcheg Marine LLC. The fourth individual is Timur Beketov, a Russian national "
            "who recruits crews for tankers.")
    assert "Timur Beketov" in {t["name"] for r in _sanctions(text) if r["authority_country"] == "EU" for t in r["targets"]}


def test_names_between_double_hyphens_after_a_counted_group_are_its_names():
    text = ("Tokyo will freeze the assets of three Russian banks -- Amurski Trade Bank, Bank Kolyma Credit and "
            "Ladoga Settlement Bank -- and of 11 individuals, the Japanese government said.")
    assert _of(_sanctions(text), "JP", "asset_freeze") == {
        "Amurski Trade Bank", "Bank Kolyma Credit", "Ladoga Settlement Bank"}


# -- profiles ----------------------------------------------------------------------------------------------------------


def test_profiles_opened_by_a_nationality_or_joined_short_names_are_designees():
    text = ("Today, OFAC designated four individuals and seven entities for supplying drone parts to Ansarallah.\n\n"
            "Omani national Khalid bin Saif al-Rawahi (al-Rawahi) owns and manages Dhofar Crest Trading LLC.\n\n"
            "Dhofar Crest Trading LLC, a Salalah-based company, forwards components to Yemen.\n\n"
            "Xiamen Hongtu Motor Technology Co., Ltd. (Xiamen Hongtu) and Jinan Ruida Servo Trading Co., Ltd. "
            "(Jinan Ruida) have supplied engines to the network. PRC national Lu Jianguo (Lu), a sales manager at "
            "Xiamen Hongtu, arranged the orders.")
    assert {"Khalid bin Saif al-Rawahi", "Xiamen Hongtu Motor Technology Co., Ltd.",
            "Jinan Ruida Servo Trading Co., Ltd.", "Lu Jianguo"} <= _of(_sanctions(text), "US", "asset_freeze")


def test_profiles_of_a_member_an_official_and_an_operator_are_designees():
    text = ("The Council of the EU today decided to add two individuals and one entity to the EU list of persons, "
            "groups and entities subject to restrictive measures to combat terrorism.\n\n"
            "Musa Hatem Qudsi is a senior member of Hamas's financial apparatus.\n\n"
            "Adnan Yusri Kamal is a PIJ official responsible for receiving funds.\n\n"
            "Bahr al-Amal Exchange and Money Transfer Company, a Gaza-based money transfer business, moves cash for "
            "both groups.\n\n"
            "As a consequence of today's decision, the funds of those listed are frozen in the EU.")
    assert {"Musa Hatem Qudsi", "Adnan Yusri Kamal", "Bahr al-Amal Exchange and Money Transfer Company"} <= _of(
        _sanctions(text), "EU", "asset_freeze")


def test_a_business_name_joined_by_and_stays_one_name_only_when_its_second_half_is_no_name():
    doc = Document("Corvan Exchange and Money Transfer Company moves cash, a money transfer business said.", None, None, None)
    assert [e.name for e in doc.entities(0) if e.kind == "organization"] == ["Corvan Exchange and Money Transfer Company"]
    doc = Document("Corvan Trading and Belmont Shipping Company signed a deal. Belmont Shipping Company said so.",
                   None, None, None)
    assert "Corvan Trading and Belmont Shipping Company" not in [e.name for e in doc.entities(0)]


# -- not actions, not names ---------------------------------------------------------------------------------------------


def test_a_statutory_maximum_fine_is_no_penalty():
    text = ("Failure to comply with an asset-freeze measure is a criminal offence punishable under Article 12 of the "
            "Customs Code by up to five years' imprisonment and a fine of up to twice the sums concerned.")
    assert "financial_penalty" not in {t.label for t in sanction_triggers(text)}
    assert "financial_penalty" in {t.label for t in sanction_triggers("OFSI imposed a fine of £40,000 on Kestrel Ltd.")}
    assert "financial_penalty" in {r["measure"] for r in _sanctions("OFSI imposed a fine of £40,000 on Kestrel Ltd.")}


def test_a_law_title_holds_no_trigger_and_names_no_target():
    text = ("The Monetary Authority of Singapore has imposed a composition penalty of S$300,000 on Tanjong Harbour "
            "Bank Limited for breaches of the MAS (Sanctions and Freezing of Assets of Persons – Iran) Regulations 2023.")
    out = _sanctions(text)
    assert [(r["measure"], {t["name"] for t in r["targets"]}) for r in out] == [
        ("financial_penalty", {"Tanjong Harbour Bank Limited"})]
    text = "OFFICE OF FOREIGN ASSETS CONTROL\nRussian Harmful Foreign Activities Sanctions Regulations\n31 CFR Part 587"
    assert _sanctions(text) == []


def test_a_company_designated_by_someone_describes_it():
    text = ("The payments were for engine parts supplied to vessels operated by a company designated by the United "
            "Nations Security Council.")
    assert _sanctions(text) == []
    text = ("Hanoi Gas Pipeline Corporation was designated by the Ministry of Industry and Trade last year as a lead "
            "company for low-carbon fuels.")
    assert _sanctions(text) == []


def test_blocked_persons_after_a_determiner_are_no_action():
    text = ("It does not authorize U.S. persons to enter into new contracts with these blocked persons. Any payment "
            "to a blocked person must go into a blocked account.")
    assert _sanctions(text) == []


def test_measures_in_force_counted_are_no_action():
    text = ("Under that framework, restrictive measures, consisting of an asset freeze and a travel ban, currently "
            "apply to 12 individuals and 2 entities.")
    assert {r["measure"] for r in _sanctions(text)} <= {None}


def test_who_asserts_something_of_a_counted_group_is_no_target():
    text = ("The UK has today sanctioned four Russian nationals who the National Cyber Security Centre (NCSC) has "
            "assessed are members of the ransomware group. It also sanctioned two Russian cyber criminals responsible "
            "for attacks that disrupted NHS supply chains.")
    names = {t["name"] for r in _sanctions(text) for t in r["targets"]}
    assert "National Cyber Security Centre" not in names and "NHS" not in names


def test_a_month_before_its_day_is_no_name():
    doc = Document("On Nov. 21, the Council of the EU said it had added four individuals.", None, None, None)
    assert [e.name for e in doc.entities(0)] == []


def test_whose_order_is_no_target():
    text = "The US has used Carter's executive order several times this year, sanctioning settlers and outposts."
    assert "Carter" not in {t["name"] for r in _sanctions(text) for t in r["targets"]}


def test_where_a_described_company_is_from_is_no_target():
    text = ("Germany's customs authority on Thursday fined Weissach Drehtechnik GmbH, a family-owned maker of lathes "
            "from Esslingen near Stuttgart, €1.2 million for exporting machinery to Russia in breach of EU sanctions.")
    out = _sanctions(text)
    assert [(r["authority_country"], r["measure"]) for r in out] == [("DE", "financial_penalty")]
    assert _of(out, "DE", "financial_penalty") == {"Weissach Drehtechnik GmbH"}


def test_a_state_that_hits_in_the_title_acts_in_the_subtitle():
    text = ("Commerce ministry adds two companies to its export control list\n\n"
            "The Ministry of Commerce said on Friday that it had added Ridgeway Defense Systems and Talon Ordnance Inc "
            "to its export control list.")
    out = _sanctions(text, title="China hits US defence firms with export curbs over Taiwan arms sale")
    assert {r["authority_country"] for r in out} == {"CN"}


# -- deals ---------------------------------------------------------------------------------------------------------------


def test_trading_habits_with_unnamed_suppliers_are_no_deal():
    text = ("Al-Khatri places orders with PRC-based suppliers and arranges payment through exchange houses. His "
            "deputy has signed purchase contracts with Chinese suppliers on the firm's behalf.")
    assert _deals(text) == []


def test_a_scheme_of_amalgamation_is_a_merger_and_a_currency_ends_a_name():
    text = ("The boards of Sarvottam Polymers and Kesari Resins on Thursday approved a scheme of amalgamation under "
            "which Kesari will be merged into Sarvottam. Sarvottam had acquired Gujarat-based Navkar Additives for Rs "
            "210 crore in 2023.")
    out = _deals(text)
    merger = next(d for d in out if "Kesari Resins" in _parties(d))
    assert set(_parties(merger)) == {"Sarvottam Polymers", "Kesari Resins"}
    assert all("Rs" not in p for d in out for p in _parties(d))
