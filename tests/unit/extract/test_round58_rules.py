"""Rules added for the fifty-eighth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions
from tradewatch.extract.document import Document


def _names(recs: list[dict], measure: str | None = None) -> set[str]:
    return {t["name"] for r in recs for t in r["targets"] if measure is None or r["measure"] == measure}


def test_entity_list_parts_under_the_destination_of_a_country_are_read_as_headings() -> None:
    text = """Today, the Bureau of Industry and Security (BIS) added nine entities to the Entity List.

The entities being added are:

Under the destination of China:
- Harbin Lingyun Optics Co., Ltd.;
- Tianbo Radar Parts Limited, Hong Kong; and

Under the destination of the United Arab Emirates:
- Qasr Al Bahr Trading FZE, Sharjah;
- Oasis Vector Avionics LLC, Ras Al Khaimah.

Destination: Türkiye
- Yildiz Savunma Dis Ticaret A.S., Izmir.
"""
    recs = sanctions(text, "Commerce adds nine entities to the Entity List")
    assert {"Harbin Lingyun Optics Co., Ltd.", "Tianbo Radar Parts Limited", "Qasr Al Bahr Trading FZE",
            "Oasis Vector Avionics LLC"} <= _names(recs, "export_control"), recs
    # the towns closing the items ("Hong Kong; and", "Ras Al Khaimah.") are where the firms are, not more targets
    assert not {"Ras Al Khaimah", "Sharjah", "Izmir"} & _names(recs), recs


def test_turkish_legal_forms_san_ve_tic_keep_the_name_whole() -> None:
    doc = Document("Treasury designated Deniz Elektronik San. ve Tic. Ltd. Şti. and Bora Makina San. Tic. A.Ş. on Monday.",
                   "Update", None, None)
    names = {e.name for e in doc.entities(0)}
    assert {"Deniz Elektronik San. ve Tic. Ltd. Şti.", "Bora Makina San. Tic. A.Ş."} <= names, names
    assert len(doc.sentences) == 1


def test_the_legal_entities_under_the_individuals_bullets_are_the_same_actions_targets() -> None:
    text = """The National Security and Defense Council imposed sanctions on three individuals and two companies. The restrictions include the blocking of assets and a ban on entry into Ukraine for the foreign nationals on the list.

The individuals are:
- Pavel Igorevich Sorokin, a Russian citizen, master of the tanker Grey Finch;
- Anil Prakash Menon, an Indian citizen, director of Larkspur Tankers LLC;
- Yusuf Hamad Al Marri, a citizen of the United Arab Emirates.

The legal entities are Larkspur Tankers LLC (Fujairah) and Northern Ice Bunkering JSC (Murmansk).
"""
    recs = sanctions(text, "Ukraine sanctions shadow fleet masters")
    assert {"Larkspur Tankers LLC", "Northern Ice Bunkering JSC"} <= _names(recs, "asset_freeze"), recs
    # the entry ban is for the foreign nationals: the companies are not banned from entering
    assert not {"Larkspur Tankers LLC", "Northern Ice Bunkering JSC"} & _names(recs, "travel_ban"), recs


def test_roles_after_a_listed_persons_name_are_no_targets() -> None:
    text = """The Russian side has decided to close entry into the Russian Federation for five citizens of Canada. The list includes:

1. Evelyn Marie Thornton, Member of Parliament (Liberal Party);
2. Gregory Paul Ashdown, Commodore, Royal Canadian Navy;
3. Nadia Claire Fontaine, Managing Director, Borealis Avionics Ltd;
4. Owen Lucas Petrie, Senior Fellow, Institute for Northern Security, Carleton University;
5. Marc Andre Belanger, Executive Director, Maple Defence Forum.
"""
    recs = sanctions(text, "Foreign Ministry statement on response measures regarding Canada")
    names = _names(recs, "travel_ban")
    assert {"Evelyn Marie Thornton", "Gregory Paul Ashdown", "Nadia Claire Fontaine", "Owen Lucas Petrie",
            "Marc Andre Belanger"} <= names, recs
    assert not {"Member of Parliament", "Commodore", "Managing Director", "Senior Fellow", "Executive Director",
                "Institute for Northern Security", "Carleton University", "Maple Defence Forum"} & names, recs


def test_an_additional_information_heading_is_no_target() -> None:
    text = """The Bureau of Industry and Security added Corvid Microwave Ltd to the Entity List on Tuesday.

Additional Information on the Entity List
The Entity List identifies foreign parties that are prohibited from receiving some or all items subject to the EAR.
"""
    recs = sanctions(text, "BIS adds one entity")
    assert _names(recs) == {"Corvid Microwave Ltd"}, recs


def test_a_round_ups_privacy_fine_is_no_sanctions_penalty_because_another_section_speaks_of_sanctions() -> None:
    text = """PRIVACY: REGULATOR FINES STREAMING APP

The Data Protection Commission has fined Lumora Media Ireland Ltd 120 million euros for transferring users' data abroad without safeguards.

COMPETITION: TILE MAKERS FINED FOR PRICE FIXING

The European Commission fined Ceramiche Vello S.p.A. 40 million euros for coordinating prices with two rivals.

SPORT: FEDERATION SANCTIONS CLUB OVER UNPAID FEES

The federation's disciplinary committee banned a club from registering new players.
"""
    recs = sanctions(text, "Business briefing: privacy fine, tile cartel, club ban")
    assert not [r for r in recs if r["measure"] == "financial_penalty" and r["targets"]], recs


def test_a_sanctions_sections_penalty_in_a_round_up_is_kept() -> None:
    text = """MARKETS: SHARES RISE

Shares in Milan rose on Tuesday as bank stocks gained.

SANCTIONS: TRADER SETTLES WITH OFAC

Harbor Grain Trading LLC agreed to pay $2.3 million to settle its potential civil liability for apparent violations of Iran sanctions, OFAC said.
"""
    recs = sanctions(text, "Business briefing")
    assert "Harbor Grain Trading LLC" in _names(recs, "financial_penalty"), recs


def test_syndicate_roles_and_a_banks_branch_are_no_lenders() -> None:
    from tests.support.records import deals, parties

    text = ("Valmonte Energia S.p.A. announces that it has signed a new €900 million sustainability-linked revolving "
            "credit facility with a syndicate of banks.\n"
            "- Banca Fiorenza S.p.A. and Norden Bank AB acted as Global Coordinators and Sustainability Coordinators;\n"
            "- Crédit Agricole Corporate and Investment Bank, Cassa Depositi e Prestiti S.p.A. and ING Bank N.V. – Milan "
            "Branch acted as Mandated Lead Arrangers and Bookrunners.\n")
    found = deals(text, "Valmonte Energia signs €900 million facility")
    names = {n for d in found for n in parties(d)}
    assert {"Banca Fiorenza S.p.A.", "Norden Bank AB", "Crédit Agricole Corporate and Investment Bank",
            "Cassa Depositi e Prestiti S.p.A.", "ING Bank N.V."} <= names, found
    assert not {"Sustainability Coordinators", "Bookrunners", "Milan Branch", "Investment Bank"} & names, found


def test_a_state_acting_in_a_clause_of_its_own_after_another_body_imposes_its_own_measures() -> None:
    text = ("Japan on Friday froze the assets of 12 individuals linked to Russia's war, while Norway announced a fresh "
            "round of travel bans and asset freezes.")
    recs = sanctions(text, "Japan, Norway widen Russia sanctions")
    assert {(r["authority_country"], r["measure"]) for r in recs} >= {("JP", "asset_freeze"), ("NO", "travel_ban")}, recs
    assert ("JP", "travel_ban") not in {(r["authority_country"], r["measure"]) for r in recs}, recs


def test_the_town_opening_a_sentence_is_no_target() -> None:
    text = ("In Wellington, Foreign Minister Helen Marr announced sanctions on 12 individuals and entities under the "
            "Russia Sanctions Act 2022.\n\nThose listed include Dmitri Orlov Volkov, who runs a drone workshop; and the "
            "Nakhodka-based Pacific Crest Shipping Ltd.")
    recs = sanctions(text, "New Zealand imposes sanctions")
    assert "Wellington" not in _names(recs), recs
    assert "Dmitri Orlov Volkov" in _names(recs), recs


def test_baltic_legal_forms_and_an_eu_instruments_title() -> None:
    doc = Document("The Council listed Tallinn-registered Pohja Meedia OÜ and Riga-based Daugava Signal SIA.",
                   "Update", None, None)
    assert {"Pohja Meedia OÜ", "Daugava Signal SIA"} <= {e.name for e in doc.entities(0)}
    text = """The Council today listed Kestrel Narrative LLC under the hybrid threats regime.

ANNEX

COUNCIL IMPLEMENTING REGULATION (EU) 2031/1180 of 14 May 2031 implementing Regulation (EU) 2024/2642 concerning restrictive measures

The following entries are added to the list:
1. Kestrel Narrative LLC
"""
    recs = sanctions(text, "Hybrid threats: Council lists one entity")
    assert "COUNCIL IMPLEMENTING REGULATION" not in _names(recs), recs


def test_heads_of_state_and_a_treatys_title_are_no_parties() -> None:
    from tests.support.records import deals, parties

    text = ("In the presence of the Heads of State of both countries, the Republic of Uzbekistan and the Republic of "
            "Chile today signed the Agreement on the Promotion and Reciprocal Protection of Investments.\n"
            "The two Governments also signed an Intergovernmental Framework Agreement on Cooperation in Mining.")
    names = {n for d in deals(text, "Uzbekistan and Chile sign investment treaty") for n in parties(d)}
    assert not {"Heads of State", "Reciprocal Protection of Investments", "Governments"} & names, names
