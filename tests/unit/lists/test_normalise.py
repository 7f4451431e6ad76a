"""Name normalisation: scripts, case, punctuation, legal forms, word order."""

from __future__ import annotations

import pytest

from tradewatch.lists.normalise import normalise, normalised_name, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Роснефть", "ROSNEFT"),
        ('ПАО «Роснефть»', "Rosneft PJSC"),
        ("Sberbank, PJSC", "pjsc sberbank"),
        ("Siemens AG", "SIEMENS"),
        ("Huawei Technologies Co., Ltd.", "huawei technologies"),
        ("OOO Romashka", "Romashka LLC"),
        ("Müller GmbH", "MULLER"),
        ("Abramovich, Roman", "Roman ABRAMOVICH"),
        ("Joint Stock Company Alrosa", "ALROSA"),
    ],
)
def test_same_normalised_name(a: str, b: str) -> None:
    assert normalised_name(a) == normalised_name(b)


@pytest.mark.parametrize(("a", "b"), [("Gazprom", "Gazprombank"), ("VTB Bank", "VTB Capital"), ("AO", "OOO")])
def test_different_names_stay_different(a: str, b: str) -> None:
    assert normalised_name(a) != normalised_name(b)


def test_a_name_that_is_only_a_legal_form_is_kept() -> None:
    assert normalise("AO").tokens == ("ao",)


def test_core_drops_generic_words_but_never_everything() -> None:
    assert normalise("Sberbank of Russia").core == ("sberbank",)
    assert normalise("Russian Federation").core == normalise("Russian Federation").tokens


def test_skeleton() -> None:
    assert skeleton("muhammad") == skeleton("mohammed")
    assert skeleton("hezbollah") == skeleton("hizballah")


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Mohamed Ali Trading Co", True),
        ("Ivan Sokolov LLC", True),
        ("ООО «Ромашка»", True),
        ("Red Banner Shipping", True),
        ("Bank Rossiya", True),
        ("Mohamed Ali", False),
        ("Abu Bakr as-Sadiq", False),  # "as" is a legal form's abbreviation and an Arabic article
        ("Mehmet Ak", False),  # "AK" (aktsionernaya kompaniya) and a Turkish surname
        ("Zaldy Co", False),  # "Co" and a surname
        ("Sberbank", False),  # nothing in the name says so: the name alone cannot tell
    ],
)
def test_a_name_shows_an_organisation_by_its_legal_form_or_business_words(name: str, organisation: bool) -> None:
    assert normalise(name).organisation is organisation


def test_legal_forms_are_read_as_their_kind() -> None:
    assert normalise("ООО «Ромашка»").forms == normalise("Romashka Limited Liability Company").forms == ("llc",)
    assert normalise("Huawei Technologies Co., Ltd.").forms == normalise("Huawei Limited").forms == ("ltd",)
    assert normalise("Romashka").forms == normalise("Romashka Company").forms == ()
