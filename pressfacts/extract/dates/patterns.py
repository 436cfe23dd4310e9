"""Pieces of the date rules' regular expressions, built from the lexicon.

Dates are found by regular expressions over the raw text rather than spaCy
tokens: "14–15 March", "2025/26" and "FY2024" are runs of characters that a
tokeniser cuts in places the rules must not depend on.
"""

from __future__ import annotations

import re

from pressfacts.extract.dates.lexicon import DURATION_QUALIFIERS, MONTH_ROWS, UNIT_ROWS, WEEKDAYS
from pressfacts.extract.numbers import NUMBER_WORD_OF, TENS

MONTH_FULL = "|".join(name.title() for name, _, form in MONTH_ROWS if form == "full")
# longest first: "Sept." before "Sep"
_MONTH_ABBR = "|".join(
    sorted(
        (name.title() for name, _, form in MONTH_ROWS if form == "abbreviation"),
        key=len,
        reverse=True,
    )
)
MONTH = rf"(?:{MONTH_FULL}|(?:{_MONTH_ABBR})\.)"  # standing alone
MONTH_D = rf"(?:{MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"  # next to a day number
WEEKDAY = f"(?:{'|'.join(name.title() for name in WEEKDAYS)})"
YEAR = r"(?:1[1-9]\d\d|20\d\d|21\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DASH = r"\s*[-–—]\s*"
ONES = f"(?:{'|'.join(NUMBER_WORD_OF[n] for n in range(1, 10))})"
TEENS = f"(?:{'|'.join(NUMBER_WORD_OF[n] for n in range(10, 20))})"
TENS_PATTERN = f"(?:{'|'.join(TENS)})"
_NUM_WORD = (
    rf"{TENS_PATTERN}(?:[\s-]{ONES})?|{ONES[3:-1]}|{TEENS[3:-1]}|a hundred"
    r"|one hundred|two hundred|a thousand|two thousand"
)
NUMBER = (
    rf"(?:\d+\s+1/2|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?|{_NUM_WORD}"
    r"|an?|several|a few|few|many|some|a couple of|a number of)"
)
QUALIFIER = f"(?:{'|'.join(DURATION_QUALIFIERS)})"
# the plural first, as "years?" would try it
UNIT = f"(?:{'|'.join(f'{plural}|{word}' for word, plural, _, _ in UNIT_ROWS)})"
# a year read aloud in broadcast transcripts: "nineteen ninety-four", "two thousand and one"
SPOKEN_YEAR = (
    rf"(?i:(?:nineteen|twenty)[\s-]+(?:{TENS_PATTERN}(?:[\s-]{ONES})?|{TEENS}|oh[\s-]{ONES})"
    rf"|two\s+thousand(?:\s+and\s+{ONES}|\s+{ONES})?)"
)
EDGE = r"(?<![\w.,$€£#№/-])"  # no number, word or currency glued on the left
END = r"(?![\w%]|[.,]\d)"  # nor on the right


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


REL_YEAR = r"(?:this|last|next|the\s+current|the\s+previous|the\s+past|the\s+same)\s+year"
