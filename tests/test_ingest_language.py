"""The language of a document from its script, the source's language within it."""

import pytest

from pressfacts.ingest.language import LANGUAGES, detect_language

EN = "The President met the delegation and discussed trade and investment."
RU = "Президент встретился с делегацией и обсудил торговлю и инвестиции."
RU_WITH_KAZAKH_NAMES = RU * 4 + " Встреча прошла в Қарағанды, в здании акимата."
KK = "Мемлекет басшысы делегацияны қабылдап, сауда және инвестиция мәселелерін талқылады."
UK = "Президент зустрівся з делегацією і обговорив торгівлю та інвестиції."


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        (EN, None, "en"),
        (EN, "fr", "fr"),  # a Latin-script source language is trusted
        (EN, "ru", "en"),  # but not one of another script
        (RU, None, "ru"),
        (RU, "en", "ru"),
        (RU, "kk", "ru"),  # a Kazakh publisher's Russian release is Russian
        (RU_WITH_KAZAKH_NAMES, None, "ru"),
        (KK, None, "kk"),
        (KK, "ru", "kk"),
        (UK, "uk", "uk"),
        ("12 345 678", None, "en"),
        ("12 345 678", "ru", "ru"),
    ],
)
def test_language(text, default, expected):
    assert detect_language(text, default) == expected


def test_every_answer_is_in_the_documents_vocabulary():
    for text in (EN, RU, KK, UK, "Ελληνικά κείμενα", "نص عربي", "中文文本"):
        assert detect_language(text) in LANGUAGES
