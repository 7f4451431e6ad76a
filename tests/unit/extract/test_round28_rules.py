"""Unit tests for the round 28 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets_of as _of
from tradewatch.extract.listings import bracketed_country

# -- measures held, kept, policed or undone: no action -----------------------------------------------------------------


def test_a_power_to_freeze_is_not_a_freeze():
    text = ("Nothing new is needed. The Treasury already has the power to freeze the assets of anyone who supports "
            "the Russian state, and it could use it against Halvern Trading tomorrow.")
    assert _sanctions(text, title="Opinion: the lists are too short") == []


def test_a_price_cap_respected_is_conduct_not_a_measure():
    text = ("Insurers in London still cover tankers carrying Russian crude on the understanding that the price cap "
            "has been respected, relying on attestations from traders such as Brill Maritime.")
    assert _sanctions(text, title="Opinion: the City's blind spot") == []


def test_enforcement_of_a_price_cap_is_no_new_measure():
    text = ("The Council added 40 tankers to its port-access ban on Monday. The Council said it would keep working "
            "with the G7 on enforcement of the oil price cap.")
    out = _sanctions(text, title="EU bans more shadow-fleet tankers")
    assert all(r["measure"] != "sectoral" for r in out)
    assert all(t["name"] != "G7" for r in out for t in r["targets"])


def test_a_court_annulling_a_listing_is_no_listing():
    text = ("On Tuesday, the General Court of the European Union annulled the acts by which the Council had kept "
            "Darya Volkonskaya, the daughter of a Russian steel magnate, on its list of persons subject to "
            "restrictive measures.")
    assert _sanctions(text, title="EU court annuls listing of steel magnate's daughter") == []


def test_a_buyers_past_settlement_in_the_deals_sentence_is_not_a_sanction_on_both():
    text = ("Orvane Systems Inc. agreed to buy Pellucid Optics Inc. for about $820 million in cash, days after it "
            "settled US allegations that it shipped lasers to a blacklisted Chinese company.\n\n"
            "On June 3, the Commerce Department's Bureau of Industry and Security said Orvane Systems had agreed to "
            "pay a $2.1 million civil penalty to resolve 14 alleged violations of the Export Administration "
            "Regulations.")
    out = _sanctions(text, title="Orvane to buy Pellucid")
    assert all(t["name"] != "Pellucid Optics Inc." for r in out for t in r["targets"])
    penalties = [r for r in out if r["measure"] == "financial_penalty"]
    assert penalties and all(r["amount"] == 2_100_000 for r in penalties)


# -- lists, groups and who acts ----------------------------------------------------------------------------------------


def test_a_schedule_list_after_a_full_stop_names_the_targets():
    text = ("Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions on 2 individuals and "
            "1 entity under the Special Economic Measures (Russia) Regulations.\n\n"
            "Quotes\n\n\u201cWe will keep up the pressure.\u201d\n\n"
            "The following individuals and entities have been added to Schedule 1 of the Special Economic Measures "
            "(Russia) Regulations.\n\n"
            "Individuals\n\n"
            "1. Pavel Arkadievich Sorokin\n"
            "2. Nadezhda Ilyinichna Voronova\n\n"
            "Entities\n\n"
            "1. Joint Stock Company Ural Gyro Instruments")
    assert _of(_sanctions(text, title="Canada imposes sanctions"), "CA", "asset_freeze") == {
        "Pavel Arkadievich Sorokin", "Nadezhda Ilyinichna Voronova", "Joint Stock Company Ural Gyro Instruments"}


def test_a_capital_that_acts_is_its_state_and_a_place_is_not():
    out = _sanctions("Ottawa on Thursday listed Tamaz Beridze under its human rights sanctions regulations.",
                     title="Georgian official sanctioned")
    assert _of(out, "CA", None) == {"Tamaz Beridze"}
    out = _sanctions("The Foreign Office on Thursday sanctioned Tamaz Beridze. A researcher at an institute in Seoul, "
                     "said designations of this kind had limited effect.", title="UK sanctions Georgian official")
    assert {r["authority_country"] for r in out} == {"GB"}


def test_the_same_counted_group_listed_by_a_second_state_has_its_names():
    text = ("The Foreign Office said on Thursday it had imposed travel bans on two officials: the deputy minister, "
            "Tamaz Beridze; and the police chief, Giorgi Lomidze. Ottawa on Thursday listed the same two men under "
            "its Sergei Magnitsky law, which makes them inadmissible to the country.")
    out = _sanctions(text, title="UK and Canada sanction Georgian officials")
    canada = {t["name"] for r in out if r["authority_country"] == "CA" for t in r["targets"]}
    assert canada == {"Tamaz Beridze", "Giorgi Lomidze"}


def test_a_states_own_measures_opening_a_sentence_are_that_states():
    text = ("Britain froze the assets of Tamaz Beridze on Thursday. The governing party said it was suspending talks "
            "on joining the European Union. The UK sanctions mean that any assets Beridze holds in Britain are frozen.")
    out = _sanctions(text, title="UK sanctions Georgian official")
    assert {r["authority_country"] for r in out} == {"GB"}


def test_calling_the_sanctions_names_is_a_reaction():
    text = ("Britain froze the assets of Tamaz Beridze on Thursday. The governing party's secretary, Nodar Kvaratskhelia, "
            "called the sanctions \u201cblackmail by foreign bureaucrats\u201d.")
    out = _sanctions(text, title="UK sanctions Georgian official")
    assert all(t["name"] != "Nodar Kvaratskhelia" for r in out for t in r["targets"])


def test_a_generic_trigger_before_a_lists_colon_is_an_action():
    text = ("The European Union on Wednesday banned four outlets. Three presenters were also subjected to individual "
            "sanctions: Lev Orlovsky, the host of Zenit TV's talk show, Alla Bragina, a news anchor, and Oleg Tumanov, "
            "a commentator.")
    out = _sanctions(text, title="EU bans Russian outlets")
    named = {t["name"] for r in out if r["authority_country"] == "EU" for t in r["targets"]}
    assert {"Lev Orlovsky", "Alla Bragina", "Oleg Tumanov"} <= named
    assert "Zenit TV" not in named


def test_a_broadcasting_ban_is_a_record_of_its_own():
    text = ("The European Union on Wednesday suspended the broadcasting in the bloc of two Russian outlets and froze "
            "the assets of their owner, Lev Orlovsky.")
    out = _sanctions(text, title="EU bans Russian outlets")
    assert {r["measure"] for r in out if r["authority_country"] == "EU"} >= {"sectoral", "asset_freeze"}


def test_numbered_country_parts_of_a_list_are_headings():
    # (as METI writes its export-ban annex: "(1) People's Republic of China (5 entities)", then numbered names)
    assert bracketed_country("(1) People’s Republic of China (5 entities)")
    assert bracketed_country("(5) Kyrgyz Republic (1 entity)")
    assert bracketed_country("(3) Republic of Türkiye (2 entities)")
    assert not bracketed_country("(2) Marine engine parts (4 entities)")
    assert not bracketed_country("(1) Republic of Türkiye")


def test_an_ofac_entrys_fields_are_no_targets():
    text = ("OFAC today designated two individuals.\n\n"
            "IDENTIFYING INFORMATION\n\n"
            "ORLOV, Pyotr Ivanovich; DOB 12 Mar 1981; nationality Russia; Additional Sanctions Information - Subject "
            "to Secondary Sanctions; Gender Male.")
    named = {t["name"] for r in _sanctions(text, title="Treasury sanctions network") for t in r["targets"]}
    assert not named & {"DOB", "Additional", "Information", "Gender"}


def test_a_relative_clause_and_a_managed_ship_name_no_targets():
    text = ("The Council listed Alla Bragina, a presenter who has spread claims about alleged NATO plans to attack "
            "Russia, and Severny Fleet Management LLC, the St Petersburg-based manager of the cargo vessel BELAYA "
            "VOLNA, which damaged a subsea cable.")
    named = _of(_sanctions(text, title="EU Council lists hybrid threats"), "EU", "asset_freeze")
    assert {"Alla Bragina", "Severny Fleet Management LLC"} <= named
    assert not named & {"NATO", "Russia", "BELAYA VOLNA"}


def test_a_state_imposing_an_asset_freeze_is_the_authority():
    text = ("Volga Kredit Bank was added to the U.S. Specially Designated Nationals list on Feb. 24, 2023. Britain "
            "imposed an asset freeze on the bank a few months later.")
    out = _sanctions(text, title="Kazakh bank buys unit")
    assert _of(out, "GB", "asset_freeze") == {"Volga Kredit Bank"}


def test_also_on_the_list_and_the_ban_also_applies_to_name_the_group():
    text = ("The Japanese government has decided to freeze the assets of 9 individuals and ban exports to 12 entities. "
            "Also on the list is Oleg Varenikov, a senior official of the occupation administration. The ban also "
            "applies to Saltwind Trading FZE, a company based in the United Arab Emirates, and Kowloon Meridian "
            "Electronics Limited in Hong Kong.")
    named = {t["name"] for r in _sanctions(text, title="Japan sanctions") if r["authority_country"] == "JP"
             for t in r["targets"]}
    assert {"Oleg Varenikov", "Saltwind Trading FZE", "Kowloon Meridian Electronics Limited"} <= named


# -- how sanctions work: no action -------------------------------------------------------------------------------------


def test_how_sanctions_usually_work_is_no_action():
    text = ("Being listed usually means that any money the person holds in that jurisdiction is frozen. People on the "
            "lists are often also banned from travelling. The Commerce Department keeps a separate Entity List. "
            "Because so much trade is settled in dollars, banks abroad check the lists.")
    assert _sanctions(text, title="Explainer: how sanctions lists work") == []


def test_settling_invoices_and_several_designated_intermediaries_state_no_action():
    text = ("Payment agents such as Volta Clearing LLC used shell companies to settle invoices for machine tools. "
            "Several designated intermediaries, including Istanbul-based Bosfor Dogu Elektronik, forged end-user "
            "certificates. Watch for a customer whose address is shared with a party on the Entity List.")
    assert _sanctions(text, title="FinCEN and OFAC alert on evasion typologies") == []


def test_a_list_a_company_is_not_on_and_controls_a_body_enforces_state_no_action():
    text = ("The company said it was not on any U.S. or British sanctions or export control list. The case followed "
            "an investigation by HM Revenue and Customs, which enforces export controls. None of its directors, none of "
            "whom was designated, were charged. Nordic lenders have faced scrutiny over their sanctions and anti-money "
            "laundering controls.")
    assert _sanctions(text, title="Takeover blocked on security grounds") == []


# -- deals -------------------------------------------------------------------------------------------------------------


def test_a_companys_product_and_its_rounds_name_are_no_parties_and_the_round_is_an_investment():
    text = ('OAKLAND, Calif., June 17, 2025 /PRNewswire/ -- Corvane Thermal, Inc. ("Corvane"), developer of the '
            "HeatVault thermal battery, today announced that it has closed a $90 million Series B financing round led "
            "by Tallow Creek Partners.")
    out = _deals(text, title="Corvane Thermal raises $90 million")
    assert {p for d in out for p in _parties(d)} == {"Corvane Thermal, Inc.", "Tallow Creek Partners"}
    assert [d["deal_type"] for d in out] == ["investment"]


def test_a_signatorys_post_currency_codes_and_coasts_are_no_parties():
    text = ("The agreement was signed by the Commission's trade chief and Eleni Markou, commerce minister of Greece. "
            "Veldt Capital is providing a loan of ZMW 300 million to Kabwe Solar Plc. The ships will serve its Asia-US "
            "West Coast services and will be financed through bank loans.")
    names = {p for d in _deals(text, title="Deals") for p in _parties(d)}
    assert not names & {"Eleni Markou", "ZMW", "West Coast"}
    assert {"Veldt Capital", "Kabwe Solar Plc"} <= names
