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
