"""Regular expressions of the statistics extractor, compiled once at import.

A statistic is read as: qualifier? + currency prefix? + NUMBER + suffix, where
the suffix is a scale, a currency, a percent sign, a multiplier ("times",
"-fold"), a measure unit or the counted noun. `NUMBER_RE` finds the numbers in
the raw text; the other patterns are matched right before (`*_BEFORE_RE`, which
end at the number) or right after it (`*_AFTER_RE`, which start at its end).
"""

from __future__ import annotations

import re
from importlib.resources import files

from pressfacts.extract.currency import code_regex, name_regex, symbol_regex
from pressfacts.extract.numbers import ALL_SCALES, ORDINAL_WORDS, TENS, UNITS

_I = re.IGNORECASE

_CARDINALS = sorted(
    (set(UNITS) | set(TENS) | {"hundred"} | {"thousand", "million", "billion", "trillion"})
    - {"a", "an"},
    key=len,
    reverse=True,
)
_WORD = "(?:" + "|".join(_CARDINALS) + ")"
# "twenty-five", "two hundred and fifty thousand"; an "and" is checked by the caller.
_WORDNUM = rf"{_WORD}(?:(?:\s+|\s*-\s*|\s+and\s+){_WORD})*"
_SCALE = r"(?:thousand|million|billion|trillion|mln|mn|bln|bn|trln|tln|tn|lakhs?|crores?)"
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FRAC = (
    r"(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|"
    r"ninths?|tenths?)"
)
_SMALL = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)"

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
      | (?<![A-Za-z])(?P<name>dollar|euro|pound|yen|yuan|rmb|rupee|tenge|ruble|rouble)
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
         (?:\s+(?P<minor>cents?|pence|penny|kopecks?|kopeks?|tiyn|fen|mao|jiao))?
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
MULTIPLIER_WORD_RE = re.compile(
    r"\b(?P<w>doubl(?:ed|ing)|tripl(?:ed|ing)|trebled|quadrupl(?:ed|ing)|halv(?:ed|ing)|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|hundred)fold)\b",
    _I,
)
MULTIPLIER_VERBS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
FOLD_WORDS = {
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "hundred": 100.0,
}
# "three times a year" is a frequency, not a multiplier.
FREQUENCY_AFTER_RE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter|season)\b", _I
)

# Measure units, written-out singular name first.
_UNITS: list[tuple[str, str]] = [
    ("square kilometre", r"square\s+kilomet(?:re|er)s?|sq\.?[^\S\n]?km\b|km2|km²"),
    ("square metre", r"square\s+met(?:re|er)s?|sq\.?[^\S\n]?m\b|m2\b|m²"),
    ("cubic metre", r"cubic\s+met(?:re|er)s?|m3\b|m³"),
    ("kilowatt-hour", r"kilowatt[\s-]hours?|kwh\b"),
    ("megawatt-hour", r"megawatt[\s-]hours?|mwh\b"),
    ("gigawatt-hour", r"gigawatt[\s-]hours?|gwh\b"),
    ("terawatt-hour", r"terawatt[\s-]hours?|twh\b"),
    ("kilometre", r"kilomet(?:re|er)s?\b|km\b"),
    ("metre", r"met(?:re|er)s?\b"),
    ("tonne", r"(?:metric\s+)?(?:tonnes?|tons?)\b"),
    ("hectare", r"hectares?\b|ha\b"),
    ("kilogram", r"kilo(?:gram)?s?\b|kg\b"),
    ("gram", r"grams?\b"),
    ("megawatt", r"megawatts?\b|mw\b"),
    ("gigawatt", r"gigawatts?\b|gw\b"),
    ("kilowatt", r"kilowatts?\b|kw\b"),
    ("kilovolt", r"kilovolts?\b|kv\b"),
    ("litre", r"lit(?:re|er)s?\b"),
    ("centner", r"centners?\b|quintals?\b"),
    ("barrel", r"barrels?\b"),
    ("mile", r"miles?\b"),
    ("acre", r"acres?\b"),
    # a temperature is a measure: "-30 degrees", "40 °C"
    ("degree Celsius", r"(?:degrees?[^\S\n]+|°[^\S\n]?)(?:celsius\b|centigrade\b|c\b)"),
    ("degree Fahrenheit", r"(?:degrees?[^\S\n]+|°[^\S\n]?)(?:fahrenheit\b|f\b)"),
    ("degree", r"degrees?\b|°"),
]
_UNIT_ALT = "|".join(f"(?P<u{i}>{rx})" for i, (_, rx) in enumerate(_UNITS))
UNIT_AFTER_RE = re.compile(rf"[^\S\n]?-?[^\S\n]?(?:{_UNIT_ALT})", _I)
UNIT_NAMES = [name for name, _ in _UNITS]
# "centners per hectare", "tonnes/ha": a rate unit "A per B".
PER_UNIT_RE = re.compile(r"[^\S\n]*/|[^\S\n]+per(?=[^\S\n])", _I)


def _scaled_units() -> list[tuple[str, str, float]]:
    data = files("pressfacts.extract").joinpath("data/scaled_units.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    return [(rx, unit, float(factor)) for rx, unit, factor in rows]


# Units that carry a scale ("31 Mt", "52.1 BU", "80 thous. tonnes"): case matters.
SCALED_UNITS = _scaled_units()
SCALED_UNIT_AFTER_RE = re.compile(
    r"(?:[^\S\n]?(?:"
    + "|".join(f"(?P<s{i}>{rx})" for i, (rx, _, _) in enumerate(SCALED_UNITS) if "(?<=" not in rx)
    + r")"
    + "".join(f"|(?P<s{i}>{rx})" for i, (rx, _, _) in enumerate(SCALED_UNITS) if "(?<=" in rx)
    + ")"
)

TIME_NOUNS = {
    "year",
    "month",
    "week",
    "day",
    "decade",
    "century",
    "hour",
    "minute",
    "second",
    "quarter",
    "fortnight",
    "millennium",
    "night",
    "semester",
}
TIME_AFTER_RE = re.compile(
    r"[^\S\n]?-?[^\S\n]?(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|"
    r"seconds?|fortnights?|nights?)\b|[^\S\n]?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|[:/]\d",
    _I,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
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
QUALIFIERS: dict[str, str] = {
    "more than": "over",
    "over": "over",
    "above": "over",
    "in excess of": "over",
    "upwards of": "over",
    "just over": "over",
    "well over": "over",
    "exceeding": "over",
    "less than": "under",
    "fewer than": "under",
    "under": "under",
    "below": "under",
    "just under": "under",
    "about": "approx",
    "around": "approx",
    "nearly": "approx",
    "almost": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "roughly": "approx",
    "some": "approx",
    "close to": "approx",
    "circa": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "at least": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "no fewer than": "at_least",
    "a minimum of": "at_least",
    "minimum": "at_least",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "maximum": "at_most",
    "not exceeding": "at_most",
    "not to exceed": "at_most",
    "up to": "up_to",
    "as many as": "up_to",
    "as much as": "up_to",
}
# Words that are not qualifiers but matter before a number: ranges, ranks, signs.
_MARKERS = ["from", "between", "to", "and", "top", "minus"]
# A qualifying verb or participle stays outside the surface but sets the qualifier.
OUTSIDE_SURFACE = {"exceeding", "not exceeding", "not to exceed"}

_QUALIFIER_ALT = "|".join(
    re.escape(q).replace(r"\ ", r"\s+")
    for q in sorted([*QUALIFIERS, *_MARKERS], key=len, reverse=True)
)
QUALIFIER_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<q>{_QUALIFIER_ALT})\s+$", _I)

ORDINAL_WORD_RE = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))


# Places in a ranking written in words: "ranks third", "took first place".
def _superlatives() -> str:
    data = files("pressfacts.extract").joinpath("data/rank_superlatives.txt").read_text("utf-8")
    return "|".join(w.strip() for w in data.splitlines() if w.strip() and w[0] != "#")


RANK_WORD_RE = re.compile(
    rf"""\b(?:rank(?:s|ed|ing)?|placed|came|finished|occup(?:y|ies|ied|ying))\s+
         (?:(?:in|at)\s+)?(?:the\s+)?(?P<o1>{ORDINAL_WORD_RE})\b(?:\s+place\b)?
       | (?<!\bin\sthe\s)\b(?P<o2>{ORDINAL_WORD_RE})\s+place\b
       | \b(?P<o3>{ORDINAL_WORD_RE})-(?:{_superlatives()})\b""",
    re.IGNORECASE | re.VERBOSE,
)

# A share written as a ratio: "one in five", "three out of four" (not "one in 2020").
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}"
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
CHANGE_VERBS = {
    "increase",
    "raise",
    "rise",
    "grow",
    "fall",
    "decline",
    "decrease",
    "reduce",
    "cut",
    "change",
    "go",
    "jump",
    "climb",
    "drop",
    "slow",
    "lower",
    "expand",
    "shrink",
    "surge",
    "soar",
    "plunge",
    "improve",
    "boost",
    "slash",
    "accelerate",
    "edge",
}
EXCEED_VERBS = {"exceed", "surpass", "top", "outstrip", "overtake"}

NOT_COUNTED = {"time", "percent", "per", "cent", "%", "one", "other", "of", "more", "less"}
DETERMINERS = {
    "the",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "my",
    "your",
    "both",
    "all",
    "first",
    "last",
    "next",
    "every",
    "each",
    "any",
    "this",
    "that",
}
# adjectives of size after a measure: "a line 214 kilometres long"
DIMENSION_WORDS = {"long", "wide", "high", "deep", "tall", "thick", "across"}
# the words that introduce a figure given for comparison, right before it
COMPARED_WITH_RE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+(?:about\s+)?$", _I
)
QUANTITY_NOUNS = {"number", "amount", "total", "volume", "level", "figure", "count"}

SCALE_VALUES = ALL_SCALES
