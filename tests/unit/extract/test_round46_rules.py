"""Rules added for the forty-sixth held-out round, on invented texts (none of the round's sentences)."""

from __future__ import annotations

from tests.support.records import sanctions, targets_of


def test_a_state_aligning_with_another_s_listings_takes_their_names_for_its_own_measures() -> None:
    text = ("Iceland will align itself with the EU's most recent listings under the regime on hybrid threats.\n\n"
            "On 3 June 2025, the Council of the European Union decided to freeze the assets of two individuals and one "
            "entity. The two individuals were also banned from entering the EU.\n\n"
            "Iceland has now decided to align with these listings. 'Iceland stands together with the EU in this,' the "
            "ministry said.\n\n"
            "The listed individuals are also subject to an entry ban, which means that they will be refused entry into "
            "or transit through Iceland.\n\nAmong those listed are:\n\n- Pavel Sergeyevich Orlov, a GRU officer;\n"
            "- Irina Viktorovna Lenskaya, a propagandist;\n- Sever Media Group LLC.")
    recs = sanctions(text, "Iceland aligns with new EU listings")
    iceland = targets_of(recs, "IS", "travel_ban")
    assert {"Pavel Sergeyevich Orlov", "Irina Viktorovna Lenskaya"} <= iceland, recs
