"""Rules added for the fifty-ninth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _names(recs: list[dict], measure: str | None = None) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"] if measure is None or r["measure"] == measure}


def test_flagged_tankers_among_them_and_the_others_are_the_actions_ships() -> None:
    text = ("The Treasury Department's Office of Foreign Assets Control on Tuesday designated Harrow Gulf Petroleum FZE "
            "and identified six tankers as blocked property.\n"
            "Among them are the Liberia-flagged supertanker Amber Crest and the Gabon-flagged Polar Wren, which loaded "
            "Iranian crude last year. The others are the Sea Quill, Tern Harbour, Oriel Bay and Nightjar, several of "
            "which have changed names.")
    names = _names(sanctions(text, "US sanctions oil trader and tankers"))
    assert {"Amber Crest", "Polar Wren", "Sea Quill", "Tern Harbour", "Oriel Bay", "Nightjar"} <= names, names


def test_an_ordinances_appendix_names_the_releases_counted_targets() -> None:
    text = """On 4 June 2031, the Federal Department of Economic Affairs, Education and Research (EAER) added two individuals and one entity to the list of persons subject to sanctions under the Ordinance on Measures against Belarus. The listed individuals are in addition subject to an entry and transit ban.

Ordinance on Measures against Belarus
Amendment of 4 June 2031

Annex 1 is amended in accordance with the appendix.

Appendix
A. Natural persons
The following entries are added:
118. SSID: 200-31001. Name: Pavel VORONKO. DOB: 3 Apr 1971. Function: Judge of the Minsk City Court.
119. SSID: 200-31002. Name: Alena KAZLOVA. DOB: 1980. Function: Prosecutor.
B. Companies and organisations
The following entries are added:
27. SSID: 200-31003. Name: Volat Print Group. Address: Minsk, Belarus.
"""
    recs = sanctions(text, "Belarus: Switzerland adopts further sanctions")
    assert {"Pavel VORONKO", "Alena KAZLOVA", "Volat Print Group"} <= _names(recs, "asset_freeze"), recs
    assert {"Pavel VORONKO", "Alena KAZLOVA"} <= _names(recs, "travel_ban"), recs
    assert "Volat Print Group" not in _names(recs, "travel_ban"), recs


def test_a_programs_designations_heading_is_no_name() -> None:
    from tradewatch.extract.document import Document

    doc = Document("Counter Terrorism Designations; Iran-related Designations; Cyber-related Designation Removal", "Recent Actions",
                   None, None)
    assert not [e.name for i, _ in enumerate(doc.sentences) for e in doc.entities(i)]


def test_a_study_on_how_sanctions_work_takes_no_action() -> None:
    text = ("Economic sanctions take years rather than months to have a measurable effect, according to a study "
            "published on Tuesday by the Corran Institute. Its authors set out to measure how quickly restrictions on "
            "exports of dual-use goods translate into lower imports. In the first 12 months after a major package of "
            "export restrictions, imports of the restricted goods fall by 41%, they found.")
    assert sanctions(text, "Sanctions bite slowly, study finds") == []


def test_sanctions_that_take_effect_are_still_an_action() -> None:
    recs = sanctions("The European Union imposed sanctions on Velmor Shipping LLC. The sanctions take effect on Monday.",
                     "EU sanctions shipper")
    assert "Velmor Shipping LLC" in _names(recs), recs


def test_those_added_to_a_united_nations_list_are_the_uns_targets_whatever_the_dateline() -> None:
    text = ("OTTAWA, Aug 29 (Example Wire) - A gang leader and two arms smugglers were added to a United Nations "
            "sanctions list on Friday, subjecting them to a global asset freeze, travel ban and arms embargo.")
    recs = sanctions(text, "UN blacklists gang boss")
    assert {(r["authority_country"], r["measure"]) for r in recs} >= {("UN", "asset_freeze"), ("UN", "travel_ban")}, recs
    assert all(r["authority_country"] != "CA" for r in recs), recs


def test_a_consortium_made_up_of_its_members_and_lenders_listed_below_the_terms() -> None:
    from tests.support.records import deals, parties

    text = ("Peru's transport ministry has signed a 30-year concession contract for a new container terminal in Paita "
            "with Consorcio Puerto Norte.\n"
            "The consortium is made up of Lima-based Andes Port Holdings S.A.C. (55%) and Korea's Haeyang Terminals "
            "Co., Ltd. (45%).\n")
    names = {n for d in deals(text, "Peru signs Paita port concession") for n in parties(d)}
    assert {"Andes Port Holdings S.A.C.", "Haeyang Terminals Co., Ltd."} <= names, names

    text = ("Mwamba Copper plc is pleased to announce that it has signed a US$300 million project finance facility with "
            "a group of lenders for its Kansoko mine.\n"
            "- US$260 million senior secured facility with a tenor of eight years\n"
            "- Additional US$40 million cost overrun facility\n"
            "- First drawdown targeted for the first quarter of 2032\n"
            "The senior facility is provided as follows:\n"
            "- Eastgate Development Bank: US$150 million\n"
            "- Tembo Commercial Bank Limited: US$110 million\n")
    names = {n for d in deals(text, "Mwamba Copper signs project finance") for n in parties(d)}
    assert {"Eastgate Development Bank", "Tembo Commercial Bank Limited"} <= names, names


def test_sanctions_of_its_own_on_a_counted_group_named_after_a_colon() -> None:
    text = ("Hours later, Canada announced sanctions of its own on three Haitians it said had financed armed gangs: "
            "former senators Lucien Bellerive and Josette Amboise, and businessman Frantz Deslandes.")
    recs = sanctions(text, "Canada adds ex-senators")
    assert {"Lucien Bellerive", "Josette Amboise", "Frantz Deslandes"} <= _names(recs), recs
    assert {r["authority_country"] for r in recs} == {"CA"}, recs
