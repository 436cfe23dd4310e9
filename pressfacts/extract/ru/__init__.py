"""Russian extraction: the statistics, dates and participants of a Russian
release, as the same records the English extractors return.

One design for both languages (patterns and vocabularies over a shared record
contract, the calendar helpers shared); the Russian resources are the data
files in `data/`, pymorphy3 for morphology and slovnet's NER for names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pressfacts.extract import Extraction
from pressfacts.extract.ru.country import document_country
from pressfacts.extract.ru.dates import extract_dates
from pressfacts.extract.ru.participants import extract_participants
from pressfacts.extract.ru.speaker import attribute
from pressfacts.extract.ru.statistics import extract_statistics

__all__ = ["extract_russian"]


def extract_russian(
    text: str,
    published: date,
    *,
    publisher_country: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> Extraction:
    """The three mention tables of one Russian body.

    Dates go first, so that years and durations are not read as figures;
    no row overlaps an `exclude` span (datelines, bylines); officials with a
    title and no stated country get `publisher_country`, else the country
    the text is published from when it says so clearly (`country.py`).
    """
    dates = extract_dates(text, published, exclude=exclude)
    taken = [*exclude, *((d.char_start, d.char_end) for d in dates)]
    statistics = extract_statistics(text, publisher_country=publisher_country, exclude=taken)
    if publisher_country is None:  # a folder of many publishers: the text's own country
        money = [s.unit for s in statistics if s.kind == "money"]
        publisher_country = document_country(text, money)
    people = extract_participants(text, publisher_country=publisher_country, exclude=exclude)
    attribute(text, statistics, people)
    return Extraction(statistics=statistics, dates=dates, participants=people)
