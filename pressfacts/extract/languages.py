"""Which extractor reads which language.

English is read from the spaCy parse the pipeline makes in batches; Russian
by its own patterns, vocabularies and slovnet (`extract/ru`), from the text.
A document in a language with no extractor yet is published in `documents`
with no fact rows: forcing it through another language's rules would only
publish wrong facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from pressfacts.extract import Extraction, extract_all

PARSED = frozenset({"en"})  # read from the spaCy parse
READ = frozenset({"en", "ru"})


def needs_parse(language: str) -> bool:
    return language in PARSED


def extract_text(
    text: str,
    published: date,
    language: str,
    parsed: Doc | None,
    *,
    publisher_country: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> Extraction:
    """The facts of one body in its own language; `parsed` is its spaCy parse
    when `needs_parse(language)`, else None."""
    if language in PARSED:
        if parsed is None:
            raise ValueError(f"a {language} text is read from its parse, and none was given")
        return extract_all(parsed, published, publisher_country=publisher_country, exclude=exclude)
    if language == "ru":
        # imported here: its models load only where Russian is read
        from pressfacts.extract.ru import extract_russian

        return extract_russian(
            text, published, publisher_country=publisher_country, exclude=exclude
        )
    return Extraction()


def unread(languages: Sequence[str]) -> dict[str, int]:
    """How many documents of each language no extractor reads yet."""
    counts: dict[str, int] = {}
    for language in languages:
        if language not in READ:
            counts[language] = counts.get(language, 0) + 1
    return dict(sorted(counts.items()))
