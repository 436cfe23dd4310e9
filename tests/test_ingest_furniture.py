"""Datelines and bylines: spans of the text that give no row."""

from pressfacts.ingest.furniture import find_furniture


def spans_text(text: str) -> list[str]:
    return [text[a:b] for a, b in find_furniture(text).spans]


def test_agency_datelines_are_found_with_their_place():
    for text, head, place in [
        ("ASTANA. KAZINFORM – Farmers completed the harvest.", "ASTANA. KAZINFORM –", "Astana"),
        ("NEW DELHI, July 2 (PIB) – The Minister said.", "NEW DELHI, July 2 (PIB) –", "New Delhi"),
        ("АСТАНА. КАЗИНФОРМ – Глава государства принял.", "АСТАНА. КАЗИНФОРМ –", "Астана"),
        ("OTTAWA, ON, June 10, 2025 /CNW/ - The Government announced.", None, "Ottawa"),
    ]:
        furniture = find_furniture(text)
        assert furniture.dateline == place
        if head:
            assert spans_text(text) == [head]


def test_ordinary_openings_are_not_datelines():
    for text in (
        "EU and NATO leaders met – the talks went on.",
        "Today, the Minister announced funding.",
        "The UN – and its agencies – responded.",
    ):
        assert find_furniture(text).spans == () and find_furniture(text).dateline is None


def test_bylines_are_found_but_sentences_are_not():
    text = (
        "The meeting ended.\n\nAuthor: Jane Doe, Press Service\nBy John Smith\n"
        "By the end of the year, 20 schools will open.\nФото: пресс-служба Акорды"
    )
    assert spans_text(text) == [
        "Author: Jane Doe, Press Service",
        "By John Smith",
        "Фото: пресс-служба Акорды",
    ]
