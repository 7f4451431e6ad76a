"""Hostile probe 41 F7: an article's language from its text's script when the page declares a wrong one or none (a
Japanese page under a template's lang="en" was stored as English), short pages included; and an English page
quoting names in another script stays English."""

from __future__ import annotations

import pytest

from tradewatch.article.metadata import text_language

JAPANESE = "外務省は、ロシア連邦の関係者に対する資産凍結等の措置を実施することを決定しました。対象はロスネフチを含む団体です。"
CHINESE = "商务部决定将洛克希德·马丁公司等实体列入不可靠实体清单，禁止其从事与中国有关的进出口活动。"
ARABIC = "فرضت وزارة الخزانة الأمريكية عقوبات على بنك في طهران وثلاث شركات قالت إنها ساعدت في تمويل الحرس الثوري."
KOREAN = "외교부는 러시아 관련 단체에 대한 자산 동결 조치를 시행하기로 결정했다고 밝혔다."
# (the probe's MID notice: 299 characters, too few function words to outvote lang="en")
RUSSIAN = ("Министерство иностранных дел России ввело санкции против 15 британских граждан, включая министра Дэвида "
           "Лэмми, в ответ на враждебные действия Лондона. Британская сторона ранее ввела санкции против ПАО «Роснефть» "
           "и банка ВТБ.")
UKRAINIAN = ("Рада національної безпеки і оборони України ухвалила рішення про застосування санкцій щодо 15 фізичних осіб "
             "та ПАТ «Сбербанк».")
ENGLISH_SHORT = ("The US Treasury Department on Sunday sanctioned Arktika Precision Components, a Russian maker of drone "
                 "engines, and its director Pavel Volkov. The designation freezes any assets they hold in the United "
                 "States.")
ENGLISH_QUOTING = ("The US Treasury on Thursday sanctioned Sberbank (ПАО «Сбербанк»), Gazprom Neft (ПАО «Газпром нефть»), "
                   "Shenzhen Kunlun Trading (深圳昆仑贸易有限公司) and Sa'id al-Jamal (سعيد الجمل), the department said.")


@pytest.mark.parametrize(("text", "declared", "expected"), [
    (JAPANESE, "en", "ja"), (JAPANESE, None, "ja"), (JAPANESE, "zh", "ja"),
    (CHINESE, "en", "zh"), (CHINESE, None, "zh"), (CHINESE, "zh", "zh"),
    (ARABIC, "en", "ar"), (ARABIC, "fr", "ar"), (ARABIC, "fa", "fa"),  # (Persian is written in Arabic letters too)
    (KOREAN, "en", "ko"),
    (RUSSIAN, "en", "ru"), (RUSSIAN, None, "ru"), (RUSSIAN, "bg", "bg"),
    (UKRAINIAN, "en", "uk"), (UKRAINIAN, "ru", "ru"),  # (a page's own Cyrillic language is believed)
])
def test_the_script_of_the_text_names_its_language(text: str, declared: str | None, expected: str) -> None:
    assert text_language(text, declared) == expected


def test_a_short_latin_text_under_a_declared_cyrillic_or_cjk_language_is_read_by_its_words() -> None:
    assert text_language(ENGLISH_SHORT, "ru") == "en"  # (274 characters: it stayed "ru")
    assert text_language(ENGLISH_SHORT, "ja") == "en"
    assert text_language("Kestrel Trading LLC", "ru") is None  # Latin, but nothing says which language


def test_a_short_english_text_under_another_latin_language_and_one_without_a_lang() -> None:
    assert text_language(ENGLISH_SHORT, "de") == "en"
    assert text_language(ENGLISH_SHORT, None) == "en"


def test_names_quoted_in_other_scripts_leave_an_english_text_english() -> None:
    assert text_language(ENGLISH_QUOTING, "en") == "en"
    assert text_language(ENGLISH_QUOTING, None) == "en"


def test_too_few_letters_of_a_script_say_nothing() -> None:
    assert text_language("Sanctions: Kestrel Trading LLC.", "fr") == "fr"
    assert text_language("ВТБ", "en") == "en"


def test_serbian_in_latin_letters_keeps_its_declared_language() -> None:
    assert text_language("Vlada Srbije je u utorak usvojila odluku o sankcijama protiv više kompanija iz regiona.",
                         "sr") == "sr"
