"""Rules added for the fortieth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import deals, targets


def _targets(text: str, title: str = "Sanctions announced") -> set[str]:
    return targets(text, title)


def test_the_president_who_signed_the_order_and_one_described_by_his_term_are_no_targets() -> None:
    text = ("The Treasury said on Monday that it had designated Tamar Okonkwo-Reyes and Lior Abramsky. The sanctions, "
            "imposed under an executive order signed by President Harold Winthrop in March, block their property. The "
            "list was first used during Margaret Castellanos's first term. The measures could be lifted if Gideon Frey, "
            "whose administration opposed them, wins the vote.")
    found = _targets(text)
    assert {"Tamar Okonkwo-Reyes", "Lior Abramsky"} <= found
    assert not found & {"Harold Winthrop", "Margaret Castellanos", "Gideon Frey"}


def test_places_flown_to_and_the_reason_s_states_are_no_targets() -> None:
    text = ("The Commerce Department added Velmora Air Cargo to the Entity List after it flew U.S.-origin aircraft on "
            "routes to and from Tabriz Junction, Karsk and Oldport without licences. Beijing added four defence firms, "
            "including Norrow Dynamics, to its unreliable entity list in its latest retaliation against US arms sales "
            "to Taiwan.")
    found = _targets(text)
    assert {"Velmora Air Cargo", "Norrow Dynamics"} <= found
    assert not found & {"Tabriz Junction", "Karsk", "Oldport", "Taiwan", "United States"}


def _parties(text: str) -> list[tuple[str, list[str]]]:
    return [(d["deal_type"], sorted(p["name"] for p in d["parties"])) for d in deals(text, "Deal news")]


def test_a_debt_package_of_two_lenders_one_named_after_a_demonym() -> None:
    text = ("The Sahel Infrastructure Fund (SIF) and Kenyan lender Baobab Ridge Bank have reached financial close on a "
            "US$75 million senior debt package for the Lokori wind farm.")
    assert ("financing", ["Baobab Ridge Bank", "Sahel Infrastructure Fund"]) in _parties(text)


def test_a_lease_and_its_funding_are_deals() -> None:
    text = ("Muscat-based carrier Qurm Air has agreed to lease six Embraer E195-E2 jets from Cork-based lessor Ardmore "
            "Skyfleet, while Oman's Wadi Capital Bank will provide $210 million to fund Ardmore's purchase of the jets, "
            "the companies said on Tuesday.")
    found = _parties(text)
    assert found and {"Qurm Air", "Ardmore Skyfleet", "Wadi Capital Bank"} <= set(found[0][1])


def test_a_first_merger_party_described_by_where_it_is_based() -> None:
    text = ("Keystone Harbor Bancorp, based in Reading, Pa., and Dayton, Ohio-based Miami Valley Financial Corp. said "
            "Monday that they had agreed to merge in a transaction valued at about $1.4 billion.")
    found = _parties(text)
    assert found and {"Keystone Harbor Bancorp", "Miami Valley Financial Corp."} <= set(found[0][1])
