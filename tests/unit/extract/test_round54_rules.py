"""Rules added for the fifty-fourth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions


def _names(recs: list[dict]) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"]}


def test_japans_export_ban_by_entity_and_its_annex_excerpt() -> None:
    text = """Ministry of Economy, Trade and Industry (METI)

(1) Prohibition of exports to specified entities in third countries

METI will add 12 entities located in China and Armenia to the list of entities to which exports of dual-use goods are prohibited. The entities concerned include those listed in the Annex.

(2) Prohibition of exports to Russian entities

METI will additionally designate four entities in Russia as entities to which all exports from Japan are prohibited, including Joint Stock Company Tula Instrument Plant.

Annex (excerpt): Entities in third countries subject to export prohibition

- Ningbo Haixing Optoelectronics Co., Ltd. (China)
- Yerevan Precision Trading LLC (Armenia)

The full list will be published in the Official Gazette.
"""
    recs = sanctions(text, "Additional designation of entities subject to export prohibition")
    export = [r for r in recs if r["measure"] == "export_control"]
    assert {"Joint Stock Company Tula Instrument Plant", "Ningbo Haixing Optoelectronics Co., Ltd.",
            "Yerevan Precision Trading LLC"} <= _names(export), recs


def test_a_list_in_its_actions_paragraph_names_that_actions_targets_not_an_earlier_counted_one() -> None:
    text = """US Adds Chinese Chip Firms to Entity List as Beijing Hits Back

  * Beijing adds four US firms to its own export control list

The Commerce Department's Bureau of Industry and Security said Friday it added the entities to its Entity List. The list includes Wuxi Lianxin Microelectronics Co. and Chengdu Photon Computing Co., along with Singapore-based distributor Meridian Chip Supply Pte. Ltd.

China's commerce ministry said it had put Osprey Aerospace Inc. and Kestrel Defense Systems LLC on its export control list.
"""
    recs = sanctions(text, "US Adds Chinese Chip Firms to Entity List")
    us = [r for r in recs if r["authority_country"] == "US"]
    cn = [r for r in recs if r["authority_country"] == "CN"]
    assert {"Wuxi Lianxin Microelectronics Co.", "Meridian Chip Supply Pte. Ltd."} <= _names(us), recs
    assert not _names(cn) & {"Wuxi Lianxin Microelectronics Co.", "Meridian Chip Supply Pte. Ltd."}, recs


def test_a_state_acts_across_an_aside_and_a_quoted_every_is_no_name() -> None:
    text = ('LONDON (Reuters) - "Every tanker we take off the water is revenue lost to the Kremlin," a British official '
            "said, as London and Brussels announced sanctions on the shadow fleet. Britain, for its part, froze the assets "
            "of Vostok Tanker Management DMCC and of its director, Oleg Petrovich Sinitsyn.")
    recs = sanctions(text, "UK and EU hit shadow fleet")
    gb = [r for r in recs if r["authority_country"] == "GB"]
    assert {"Vostok Tanker Management DMCC", "Oleg Petrovich Sinitsyn"} <= _names(gb), recs
    assert "Every" not in _names(recs), recs


def test_a_list_named_in_quotes_is_no_speech_and_the_rest_of_its_name_no_target() -> None:
    text = ('The International Trade Administration announced today that it has added 12 entities to the "Entity List of '
            'Strategic High-Tech Commodities Exports", with immediate effect. Among the newly added entities are Iran’s '
            "Pars Avionics Company and the Russian supplier JSC Votkinsk Instruments.")
    recs = sanctions(text, "Trade Administration adds 12 entities to Entity List")
    assert "Pars Avionics Company" in _names(recs), recs
    assert not any("Strategic" in n for n in _names(recs)), recs
