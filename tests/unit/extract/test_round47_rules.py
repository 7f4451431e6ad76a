"""Rules added for the forty-seventh held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions, targets_of


def test_a_counted_groups_names_after_namely() -> None:
    text = ("The Council today adopted restrictive measures against three individuals and one entity responsible for "
            "actions aimed at destabilising, undermining or threatening the sovereignty, independence and democratic "
            "institutions of the Republic of Ruritania, namely Pavel Ionescu, Dana Mirceva, Sergiu Lupan and the "
            "Fundatia Viitorul Nou.")
    names = {t["name"] for r in sanctions(text, "Ruritania: Council lists four") for t in r["targets"]}
    assert {"Pavel Ionescu", "Dana Mirceva", "Sergiu Lupan"} <= names, names


def test_the_first_column_of_a_table_in_aligned_columns() -> None:
    text = ("2. Asset freeze measures\n\nThe Government of Japan decided that payment and capital transactions with the "
            "following individuals and entities will be subject to permission, implementing an asset freeze.\n\n"
            "(1) Individuals (2)\n\n"
            "  Name                                  Position\n"
            "  ------------------------------------  ------------------------------\n"
            "  Viktor Pavlovich ORESHKIN             Director, JSC Volgamash\n"
            "  Yana Sergeyevna TROFIMOVA             Deputy head of the occupation\n"
            "                                        administration of Kherson region\n\n"
            "(2) Entities (2)\n\n"
            "  Name                                  Location\n"
            "  ------------------------------------  ------------------------------\n"
            "  JSC Volgamash                         Samara, Russian Federation\n"
            "  (also known as Volga Machinery)\n"
            "  Ningbo Brightway Precision Parts      Ningbo, China\n"
            "  Co., Ltd.\n")
    names = targets_of(sanctions(text, "Implementation of measures including asset freezes (Japan)"), "JP", "asset_freeze")
    assert {"Viktor Pavlovich ORESHKIN", "Yana Sergeyevna TROFIMOVA", "JSC Volgamash"} <= names, names
    assert not any(n.startswith(("(", "administration", "Co.,")) for n in names), names


def test_contracts_clinched_tenders_won_and_mandates_secured_and_shortlists_are_no_deals() -> None:
    from tests.support.records import deals, parties

    found = deals("Czech rolling stock maker Tramvaj Plzen a.s. has clinched a €120 million contract from Brno Transit "
                  "Authority for 20 low-floor trams.")
    assert found and {"Tramvaj Plzen a.s.", "Brno Transit Authority"} <= set(parties(found[0])), found
    tender = deals("Cairo-based Sinai Civil Works Co. has won a tender issued by the National Roads Authority for a "
                   "bypass around Ismailia.")
    assert tender and {"Sinai Civil Works Co.", "National Roads Authority"} <= set(parties(tender[0])), tender
    mandate = deals("Vienna-based Hallstatt Advisory GmbH has secured a mandate from Serbia's Ministry of Finance to act "
                    "as lead adviser on the privatisation of the state telecom operator.")
    assert mandate and mandate[0]["deal_type"] == "contract", mandate
    assert deals("The shortlisted groups are led by Siemens Mobility, Hitachi Rail and a Spanish-Polish joint venture.") == []


def test_the_borrower_named_in_the_next_sentence_is_a_party_of_the_financing() -> None:
    from tests.support.records import deals, parties

    found = deals("The Andean Development Bank has approved financing of $410 million for the Cerro Alto solar complex. "
                  "The borrower is Cerro Alto Energia S.A., a special purpose company controlled by Soltec Andina S.A.")
    assert found and "Cerro Alto Energia S.A." in parties(found[0]), found
    assert "Soltec Andina S.A." not in parties(found[0]), found
