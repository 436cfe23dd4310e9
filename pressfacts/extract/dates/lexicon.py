"""The words dates are read with: month and weekday names, units of time,
seasons, parts of the day, frequency words. All are data files of
`extract/data/`; the number words come from the shared list (`numbers`).
"""

from __future__ import annotations

from functools import cache

from pressfacts.extract.numbers import TENS
from pressfacts.extract.vocabulary import entries, mapping, rows, words

MONTH_ROWS = rows("months.tsv")
MONTHS = {name: int(number) for name, number, _ in MONTH_ROWS}
WEEKDAYS = {name: i for i, name in enumerate(entries("weekdays.txt"))}
SEASONS = mapping("seasons.tsv")
# unit word (and its plural without the "s": "centurie") -> (TIMEX3 letter, multiplier)
UNIT_ROWS = rows("time_units.tsv")
UNITS = {
    form: (letter, int(factor))
    for word, plural, letter, factor in UNIT_ROWS
    for form in (word, plural.removesuffix("s"))
}
VAGUE_NUMBERS = words("vague_numbers.txt")
PARTS_OF_DAY = mapping("parts_of_day.tsv")
# verbs whose infinitive complement lies ahead of them: "agreed to restore ... from 1 October"
PROSPECTIVE_VERBS = words("prospective_verbs.txt")
# "the twenties" -> 2: the tens' words in the plural
DECADE_WORDS = {word.removesuffix("y") + "ies": value // 10 for word, value in TENS.items()}
# the qualifiers a duration takes ("about three years")
DURATION_QUALIFIERS = [q for q, _, where in rows("qualifiers.tsv") if "duration" in where.split()]


TIME_PLURALS = words("time_plurals.txt")


@cache
def split_year_alternation() -> str:
    return "|".join(entries("split_year_nouns.txt"))


SEASON_YEAR_SHIFT = {"last": -1, "the previous": -1, "next": 1, "the following": 1}


SET_WORDS = mapping("set_words.tsv")
