"""Regular expressions of the statistics extractor, compiled once at import.

A statistic is read as: qualifier? + currency prefix? + NUMBER + suffix, where
the suffix is a scale, a currency, a percent sign, a multiplier ("times",
"-fold"), a measure unit or the counted noun. `NUMBER_RE` finds the numbers in
the raw text; the other patterns are matched right before (`*_BEFORE_RE`, which
end at the number) or right after it (`*_AFTER_RE`, which start at its end).
"""

from __future__ import annotations

import re

from pressfacts.extract.currency import (
    MINOR_UNITS,
    NAMES_BEFORE,
    code_regex,
    name_regex,
    symbol_regex,
)
from pressfacts.extract.numbers import (
    ALL_SCALES,
    FRACTIONS,
    NUMBER_WORD_OF,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TENS,
    UNITS,
)
from pressfacts.extract.vocabulary import entries, rows, words

_I = re.IGNORECASE

_CARDINALS = sorted(
    (set(UNITS) | set(TENS) | SCALE_WORDS) - {"a", "an"},
    key=len,
    reverse=True,
)
_WORD = "(?:" + "|".join(_CARDINALS) + ")"
# "twenty-five", "two hundred and fifty thousand"; an "and" is checked by the caller.
_WORDNUM = rf"{_WORD}(?:(?:\s+|\s*-\s*|\s+and\s+){_WORD})*"
_SCALE = f"(?:{'|'.join(sorted(set(ALL_SCALES) - {'hundred'}, key=len, reverse=True))})"
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FRAC = f"(?:{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})"
_ONE_TO_TEN = "|".join(NUMBER_WORD_OF[n] for n in range(1, 11))
_SMALL = f"(?:an?|{_ONE_TO_TEN})"

# One number: an ordinal in digits, a fraction, digits or words, each with an
# optional scale. Digits may be glued to letters before them ("USD115"): the
# caller accepts that only for a currency code.
NUMBER_RE = re.compile(
    rf"""
    (?P<ordinal>(?<![\d.,])\d+(?:st|nd|rd|th)\b)
    | (?P<fraction>\b(?:(?:{_WORDNUM}|\d+)\s+and\s+an?\s+half
                     |(?:{_SMALL}[\s-]+)?{_FRAC})\b(?:\s+{_SCALE}\b)*)
    | (?P<digits>(?<![\d.,])(?:{_DIGITS})(?![\d])(?!\.\d)(?:(?:[^\S\n]?|-){_SCALE}\b)*)
    | (?P<words>\b(?:an?\s+(?=hundred|thousand|million|billion|trillion))?{_WORDNUM}\b
                 (?:\s+{_SCALE}\b)*)
    """,
    re.IGNORECASE | re.VERBOSE,
)
SCALE_WORD_RE = re.compile(rf"\b{_SCALE}\b", _I)
# Marks of a web address or an encoded string: numbers in such a word are not
# figures. (A digit next to ?&=/ in one run of non-space characters is the other
# mark, tested without a pattern: `\d\S*[?&=/]` backtracks quadratically.)
URL_MARK_RE = re.compile(r"://|www\.|%[0-9A-F]{2}")

_NAMES = name_regex()
_CODES = code_regex()
_SYMBOLS = symbol_regex()

# Currency right before a number: "$", "US$", "hk $", "KZT ", "MUSD", "dollar ".
CURRENCY_BEFORE_RE = re.compile(
    rf"""(?:
        (?<![A-Za-z])(?P<mega>M)(?P<mcode>{_CODES})
      | (?<![A-Za-z])(?P<code>[A-Za-z]{{3}})
      | (?P<dpre>(?<![A-Za-z'’])
                 (?:u\.s\.?[^\S\n]?|[A-Za-z]{{2,3}}[^\S\n]?|[A-Za-z]|c[^\S\n]))?
        (?P<sym>{_SYMBOLS})
      | (?<![A-Za-z])(?P<name>{"|".join(NAMES_BEFORE)})
    )[^\S\n]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Currency right after a number: " tenge", " Australian dollars", "-cent", " USD",
# "USD million", "MUSD", " €".
CURRENCY_AFTER_RE = re.compile(
    rf"""(?P<sep>[^\S\n]?-?[^\S\n]?)(?:
        (?P<name>(?:(?P<adj>[a-z]+(?:ian|ish|ese|an|ch|kh|i))\s+)?(?P<cur>{_NAMES}))\b
      | (?P<mega>M)?(?P<code>[A-Za-z]{{3}})\b(?P<scale>\s+{_SCALE}\b)?
      | (?P<sym>{_SYMBOLS})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Cents after a whole amount: "15 dollars 50", "thirteen dollars and forty-five cents".
CENTS_AFTER_RE = re.compile(
    rf"""[ \t]+(?:and[ \t]+)?(?P<n>\d{{1,2}}|{_WORDNUM})\b
         (?:\s+(?P<minor>{"|".join(sorted(MINOR_UNITS, key=len, reverse=True))}))?
         (?=[^\S\n]*(?:[.!?,;\n]|$)|[^\S\n]+(?:and|or|more|less|each|only|in|for)\b)""",
    re.IGNORECASE | re.VERBOSE,
)

PERCENT_AFTER_RE = re.compile(
    r"[^\S\n]?(?:%|percentage\s+points?\b|per[^\S\n]?cent(?:age)?s?\b|percent(?:age)?s?\b|pct\b|p\.p\.)",
    _I,
)
# "percent of 10" (the Recognizers convention): the percent word comes first.
PERCENT_BEFORE_RE = re.compile(r"(?<![\w%])(?:percents?|per[^\S\n]?cent|percentage)\s+of\s+$", _I)

MULTIPLIER_AFTER_RE = re.compile(r"[^\S\n]?(?:-[^\S\n]?)?(?:times\b|fold\b)", _I)
_MULTIPLIERS = rows("multiplier_verbs.tsv")
MULTIPLIER_VERBS = {verb: float(factor) for verb, factor, _ in _MULTIPLIERS}
# "twofold" ... "tenfold", "hundredfold"
FOLD_WORDS = {NUMBER_WORD_OF[n]: float(n) for n in range(2, 11)} | {"hundred": 100.0}
_MULTIPLIER_FORMS = [form for _, _, forms in _MULTIPLIERS for form in forms.split()]
MULTIPLIER_WORD_RE = re.compile(
    rf"\b(?P<w>{'|'.join(_MULTIPLIER_FORMS)}|(?:{'|'.join(FOLD_WORDS)})fold)\b",
    _I,
)
# "three times a year" is a frequency, not a multiplier.
FREQUENCY_AFTER_RE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter|season)\b", _I
)

# Measure units: the written-out singular name, the pattern of its spellings.
_UNITS: list[tuple[str, str]] = [(name, pattern) for name, pattern in rows("measure_units.tsv")]
_UNIT_ALT = "|".join(f"(?P<u{i}>{rx})" for i, (_, rx) in enumerate(_UNITS))
UNIT_AFTER_RE = re.compile(rf"[^\S\n]?-?[^\S\n]?(?:{_UNIT_ALT})", _I)
UNIT_NAMES = [name for name, _ in _UNITS]
# "centners per hectare", "tonnes/ha": a rate unit "A per B".
PER_UNIT_RE = re.compile(r"[^\S\n]*/|[^\S\n]+per(?=[^\S\n])", _I)


def _scaled_units() -> list[tuple[str, str, float]]:
    return [(rx, unit, float(factor)) for rx, unit, factor in rows("scaled_units.tsv")]


# Units that carry a scale ("31 Mt", "52.1 BU", "80 thous. tonnes"): case matters.
SCALED_UNITS = _scaled_units()
SCALED_UNIT_AFTER_RE = re.compile(
    r"(?:[^\S\n]?(?:"
    + "|".join(f"(?P<s{i}>{rx})" for i, (rx, _, _) in enumerate(SCALED_UNITS) if "(?<=" not in rx)
    + r")"
    + "".join(f"|(?P<s{i}>{rx})" for i, (rx, _, _) in enumerate(SCALED_UNITS) if "(?<=" in rx)
    + ")"
)

TIME_NOUNS = words("time_nouns.txt")
TIME_AFTER_RE = re.compile(
    r"[^\S\n]?-?[^\S\n]?(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|"
    r"seconds?|fortnights?|nights?)\b|[^\S\n]?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|[:/]\d",
    _I,
)
_MONTH_NAMES = [name for name, _, _ in rows("months.tsv")]
_MONTHS = f"(?:{'|'.join(sorted(_MONTH_NAMES, key=len, reverse=True))})"
DATE_AFTER_RE = re.compile(
    rf"(?:[^\S\n]?[-–—][^\S\n]?\d{{1,2}})?(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b|[^\S\n]?centur(?:y|ies)\b"
    r"|[./-]\d{1,2}[./-]\d{2,4}",
    _I,
)
DATE_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?\s+(?:\d{{1,2}}[^\S\n]?[-–—][^\S\n]?)?$", _I)

# Numbers that are part of a name or a reference: "No. 12", "Article 5".
REFERENCE_BEFORE_RE = re.compile(
    r"(?:\bno\.?|\bnos\.?|\bnumber|#|\barticle|\bart\.|\bparagraph|\bclause|\bitem|\bchapter|"
    r"\bsection|\bpart|\bversion|\bphase|\bstage|\bpoint|\bresolution|\bdecree|\blaw|\broom|"
    r"\bbuilding|\bhouse|\bflight|\broute|\bpage|\btable|\bfigure|\bannex)\s*$",
    _I,
)

# Qualifier words written before the number (and its currency), with their value.
_QUALIFIER_ROWS = rows("qualifiers.tsv")
QUALIFIERS: dict[str, str] = {phrase: code for phrase, code, _ in _QUALIFIER_ROWS}
# Words that are not qualifiers but matter before a number: ranges, ranks, signs.
_MARKERS = list(entries("number_markers.txt"))
# A qualifying verb or participle stays outside the surface but sets the qualifier.
OUTSIDE_SURFACE = frozenset(p for p, _, where in _QUALIFIER_ROWS if "outside" in where.split())

_QUALIFIER_ALT = "|".join(
    re.escape(q).replace(r"\ ", r"\s+")
    for q in sorted([*QUALIFIERS, *_MARKERS], key=len, reverse=True)
)
QUALIFIER_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<q>{_QUALIFIER_ALT})\s+$", _I)

ORDINAL_WORD_RE = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))


# Places in a ranking written in words: "ranks third", "took first place".
def _superlatives() -> str:
    return "|".join(entries("rank_superlatives.txt"))


RANK_WORD_RE = re.compile(
    rf"""\b(?:rank(?:s|ed|ing)?|placed|came|finished|occup(?:y|ies|ied|ying))\s+
         (?:(?:in|at)\s+)?(?:the\s+)?(?P<o1>{ORDINAL_WORD_RE})\b(?:\s+place\b)?
       | (?<!\bin\sthe\s)\b(?P<o2>{ORDINAL_WORD_RE})\s+place\b
       | \b(?P<o3>{ORDINAL_WORD_RE})-(?:{_superlatives()})\b""",
    re.IGNORECASE | re.VERBOSE,
)

# A share written as a ratio: "one in five", "three out of four" (not "one in 2020").
_SMALL = rf"{_ONE_TO_TEN}|\d{{1,3}}"
RATIO_RE = re.compile(
    rf"\b(?P<n>{_SMALL})\s+(?:in|out\s+of)\s+(?P<d>{_SMALL}|hundred|a\s+hundred)\b"
    r"(?![.,]?\d|\s*(?:%|per\s*cent|percent))",
    re.IGNORECASE,
)

# A fraction right after these words names a period ("the first half of 2024").
PERIOD_BEFORE_RE = re.compile(
    rf"\b(?:{ORDINAL_WORD_RE}|last|latter|final|past|next|this|that|the|each|every|"
    r"previous|coming|recent)\s+$",
    _I,
)
PERIOD_AFTER_RE = re.compile(
    r"(?:-|\s+(?:of\s+)?(?:an?\s+|the\s+|this\s+|next\s+|last\s+)?(?:year|century|decade|month|"
    r"hour|day|week|term|season|time)s?\b)",
    _I,
)

# A verb of change makes "from X to Y" two plain figures, not a range.
CHANGE_VERBS = words("change_verbs.txt")
EXCEED_VERBS = words("exceed_verbs.txt")

NOT_COUNTED = words("not_counted.txt")
DETERMINERS = words("determiners.txt")
# adjectives of size after a measure: "a line 214 kilometres long"
DIMENSION_WORDS = words("dimension_words.txt")
# the words that introduce a figure given for comparison, right before it
COMPARED_WITH_RE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+(?:about\s+)?$", _I
)
QUANTITY_NOUNS = words("quantity_nouns.txt")

SCALE_VALUES = ALL_SCALES
