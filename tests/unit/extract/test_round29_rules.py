"""Unit tests for the round 29 extraction rules, on hand-written texts.

Every person, company and vessel named here is invented; the texts were written for these tests, not taken from
the fixtures or the held-out articles.
"""

from __future__ import annotations

from tests.support.records import deals as _deals
from tests.support.records import parties as _parties
from tests.support.records import sanctions as _sanctions
from tests.support.records import targets as _of

# -- legal forms ---------------------------------------------------------------------------------------------------------


def test_a_turkish_sirketi_ends_the_name_before_its_town():
    text = ("The Commerce Department added Koralp Makina Sanayi ve Ticaret Limited Sirketi of Izmir to the Entity "
            "List on Tuesday for supplying machine tools to Russian arms makers.")
    names = _of(text, title="US adds Turkish firm to Entity List")
    assert "Koralp Makina Sanayi ve Ticaret Limited Sirketi" in names
    assert not any(n.endswith("Izmir") for n in names)


def test_a_mexican_sociedad_civil_keeps_its_legal_form():
    text = ("OFAC designated the customs broker Servicios Aduanales Ortega y Asociados, S.C., which moved cartel "
            "cash through border crossings, under E.O. 14059.")
    names = _of(text, title="Treasury sanctions customs broker")
    assert "Servicios Aduanales Ortega y Asociados, S.C." in names
    assert "S.C." not in names


def test_a_turkic_patronymic_stays_inside_the_name():
    text = ("The Council also listed Farid Tofig oglu Hasanli, a businessman in Baku who shipped drone engines "
            "to Russia, and Aida Bakyt kyzy, his partner.")
    names = _of(text, title="EU lists Caspian suppliers")
    assert "Farid Tofig oglu Hasanli" in names
    assert "Farid Tofig" not in names


# -- whose list, and listings adopted from another authority -------------------------------------------------------------

_ADOPTING = (
    "Oslo, 3 March 2031 - The Norwegian Ministry of Foreign Affairs has decided to add 3 individuals and 2 entities "
    "to Annex II of the sanctions regulation. Norway is thus adopting the listings that the EU decided on 20 February "
    "2031. The amendments to Annex II enter into force today.\n\n"
    "On 20 February 2031, the Council of the EU added 3 individuals and 2 entities to its sanctions list over "
    "Russia's war against Ukraine. Their assets are frozen.\n\n"
    "Among those added to Annex II are:\n\n"
    "- Pavel Ilyich Sorokovoy, director of a drone works in Izhevsk;\n"
    "- Anna Viktorovna Lebedinskaya, an official in the occupied Zaporizhzhia region;\n"
    "- Roman Olegovich Tsyplakov, a procurement agent in Minsk;\n"
    "- Tekhnosnab-Ural LLC, a supplier of machine tools;\n"
    "- Brightwave Components FZE, a re-exporter in Sharjah.\n"
)
# the list right after the adopting state's action, the adopted one's after it
_ADOPTED = (
    "Oslo, 3 March 2031 - The Norwegian Ministry of Foreign Affairs has decided to add 2 individuals and 1 entity "
    "to its sanctions list. The new entries are:\n\n"
    "- Pavel Ilyich Sorokovoy, director of a drone works in Izhevsk;\n"
    "- Anna Viktorovna Lebedinskaya, an official in the occupied Zaporizhzhia region;\n"
    "- Tekhnosnab-Ural LLC, a supplier of machine tools.\n\n"
    "Norway is thus adopting the listings that the EU decided on 20 February 2031.\n\n"
    "On 20 February 2031, the Council of the EU added 2 individuals and 1 entity to its sanctions list over "
    "Russia's war against Ukraine.\n"
)


def test_a_list_headed_by_an_annex_goes_to_the_action_on_that_annex():
    out = _sanctions(_ADOPTING, title="Norway adopts EU listings of 20 February")
    norway = {t["name"] for r in out if r["authority_country"] == "NO" for t in r["targets"]}
    assert {"Pavel Ilyich Sorokovoy", "Tekhnosnab-Ural LLC", "Brightwave Components FZE"} <= norway


def test_listings_adopted_from_another_authority_name_the_same_targets_there():
    out = _sanctions(_ADOPTED, title="Norway adopts EU listings of 20 February")
    names = {"Pavel Ilyich Sorokovoy", "Anna Viktorovna Lebedinskaya", "Tekhnosnab-Ural LLC"}
    assert names <= {t["name"] for r in out if r["authority_country"] == "NO" for t in r["targets"]}
    assert names <= {t["name"] for r in out if r["authority_country"] == "EU" for t in r["targets"]}


# -- who the targets are --------------------------------------------------------------------------------------------------


def test_names_in_a_clause_on_what_the_targets_are_accused_of_are_not_targets():
    text = ("The United States has imposed sanctions on three companies it accuses of helping Sudan's Rapid Support "
            "Forces buy drones.")
    assert "Rapid Support Forces" not in _of(text, title="US sanctions drone suppliers")


def test_a_counted_pair_of_kinds_with_adjectives_names_both_kinds():
    text = ("The United States has imposed sanctions on two Somali businessmen and three trading companies over "
            "the sale of smuggled charcoal.\n\n"
            "The Treasury said the businessmen, Abdiwali Hirsi Gedi and Mahad Omar Farah, arranged the shipments.\n\n"
            "The three companies - Blue Dhow Trading FZE, Kismayo Star General Trading and Sahil Cargo Ltd - "
            "chartered the boats.")
    out = _sanctions(text, title="US sanctions charcoal smugglers")
    assert any("three trading companies" in (r["unnamed_targets"] or "") for r in out)
    assert {"Blue Dhow Trading FZE", "Sahil Cargo Ltd", "Mahad Omar Farah"} <= {t["name"] for r in out for t in r["targets"]}


def test_assets_linked_to_a_person_name_that_person():
    text = ("In 2011, the Federal Council froze assets linked to former Ivorian president Laurent Ndri Kouassi "
            "after the post-election crisis.")
    assert "Laurent Ndri Kouassi" in _of(text, title="Swiss freeze history")


def test_a_law_allowing_a_freeze_is_no_freeze():
    text = ("The Foreign Illicit Assets Act (FIAA), which entered into force in 2016, allows the Federal Council to "
            "freeze the assets of foreign politically exposed persons when their government has lost power.")
    assert _sanctions(text, title="Explainer: how Switzerland freezes dictators' assets") == []


def test_whom_the_measure_also_concerns_are_its_targets():
    text = ("The Swiss government has frozen any assets held in Switzerland by former Gabonese minister Paul Mba "
            "Nguema, with immediate effect.\n\n"
            "The Federal Council took the decision on Friday. The freeze is valid for four years.\n\n"
            "Besides the former minister, the measure concerns his wife, Odile Mba Nguema, and his nephew Serge "
            "Obiang Ndong, a banker who ran the state lottery during the minister's tenure.")
    names = _of(text, title="Switzerland freezes assets of former Gabonese minister")
    assert {"Paul Mba Nguema", "Odile Mba Nguema", "Serge Obiang Ndong"} <= names


# -- deals ---------------------------------------------------------------------------------------------------------------


def test_assets_acquired_illicitly_are_no_acquisition():
    text = ("The family's lawyer, Olivier Brand, told Le Temps that his clients contest any suggestion that their "
            "assets were acquired illicitly. Critics say the funds were illegally acquired by the Kessler Group.")
    assert _deals(text) == []


def test_a_transaction_ban_on_banks_names_the_banks_listed_after_it():
    text = ("The EU also imposed a full transaction ban on three banks in third countries that it says processed "
            "payments for sanctioned Russian firms. They include Kazakhstan's Steppe Credit Bank and Caspian "
            "Meridian Bank in Azerbaijan.")
    out = _sanctions(text, title="EU adopts new Russia package")
    assert {"Steppe Credit Bank", "Caspian Meridian Bank"} <= {t["name"] for r in out for t in r["targets"]}


def test_the_actors_own_programme_on_a_state_does_not_make_that_state_act():
    text = ("In addition, the bloc added 40 individuals and 12 entities to its list of those subject to asset "
            "freezes, bringing the total number of listings under its Belarus sanctions to more than 600.")
    out = _sanctions(text, title="EU widens Belarus sanctions")
    assert {r["authority_country"] for r in out} == {"EU"}


def test_one_of_the_group_just_counted_is_a_target():
    text = ("The package also adds 25 companies, nine of them in China, to a list of entities subject to tighter "
            "export restrictions on dual-use goods. One of them, Dongguan Tianrui Optics Co, was accused of "
            "supplying thermal sights found on Russian drones.")
    out = _sanctions(text, title="EU adopts new Russia package")
    assert "Dongguan Tianrui Optics Co" in {t["name"] for r in out for t in r["targets"]}


# -- calls, topics and generalities: no action ----------------------------------------------------------------------------


def test_a_series_of_measures_after_a_call_is_no_action():
    text = ("What should be done is not complicated. The UK should designate Orlov, Benn and Safarov, freeze their "
            "assets and those of Tallis Bunkering FZE and Nordvik Ship Management, and bar all three from entering "
            "the country.")
    assert _sanctions(text, title="Opinion: sanction the oil traders now") == []


def test_none_of_them_sanctioned_is_no_action():
    text = "None of the traders has been designated by the UK, the EU or the US, their lawyers said."
    assert _sanctions(text, title="Opinion: the traders nobody sanctions") == []


def test_the_act_as_a_topic_is_no_action():
    text = ("Some will argue that sanctioning individual traders is whack-a-mole. Others say that designating "
            "people who can afford the best lawyers means years of court challenges, and every designation makes "
            "banks more cautious.")
    assert _sanctions(text, title="Opinion: the traders nobody sanctions") == []


def test_a_sanctions_investigator_is_a_job_not_an_action():
    text = "Maria Kessel is a former sanctions investigator and a fellow at a London think tank."
    assert _sanctions(text, title="Opinion: the traders nobody sanctions") == []


def test_neither_nor_designated_is_no_action():
    text = ("The judge noted that neither Vesterby Shipping, Calloway Grain nor Vesterby's owner, a businessman born "
            "in Odesa, had been designated by any government.")
    assert _sanctions(text, title="Owner loses claim over terminated charter") == []


def test_a_sanctions_clause_and_no_sanctions_in_force_are_no_action():
    text = ("Vesterby argued that no sanctions then in force prohibited the carriage of grain from Russia. The judge "
            "found Calloway Grain was entitled to rely on the sanctions clause of the contract.")
    assert _sanctions(text, title="Commercial Court rules on sanctions clause") == []


def test_added_to_a_state_programmes_sanctions_list():
    text = ("The Foreign Office added Baikal Alloys and its chairman Pyotr Sedykh to its Russia sanctions list on "
            "11 June, freezing any assets they hold in the UK.")
    assert {"Baikal Alloys", "Pyotr Sedykh"} <= _of(text, title="UK sanctions Russian smelter")


def test_the_designated_buyers_are_already_named_not_acted_on_again():
    text = ("TradeWinds could not establish whether the Coral Dawn and the Amber Reef are still owned by the "
            "designated buyers. The ministry said the 9 designated companies were part of a network run from Dubai.")
    assert _sanctions(text, title="UK sanctions tanker buyers") == []


def test_names_in_what_a_sanctioned_group_did_are_not_its_targets():
    text = ("Two little-known Omani companies that bought elderly suezmaxes from Greek owner Thalassa Bulk earlier "
            "this year have been hit with UK sanctions.")
    assert "Thalassa Bulk" not in _of(text, title="Greek owner's tanker buyers sanctioned")


def test_an_amount_in_roubles_written_before_the_number_is_the_value_not_a_party():
    text = ("Halvard Foods has agreed to sell its Russian business to Volga Pantry Holding for Rbs7.2bn (€76mn), "
            "the company said on Monday.")
    (deal,) = _deals(text, title="Halvard Foods sells Russian arm")
    assert deal["currency"] == "RUB" and deal["value"] == 7_200_000_000
    assert not any(n.startswith("Rbs") for n in _parties(deal))


def test_a_crude_grade_is_no_party():
    text = ("Konkan Refining signed a one-year deal with Ob River Oil on Feb. 11 to buy up to 40,000 bpd of mainly "
            "Urals crude from April.")
    assert all("Urals" not in _parties(d) for d in _deals(text, title="Indian refiner signs Russian crude deal"))
