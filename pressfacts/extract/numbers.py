"""Numbers written in digits or in words, shared by the extractors.

The number words are data (`data/number_words.tsv`, `fractions.tsv`,
`ordinal_words.tsv`); this module reads numbers with them.
"""

from __future__ import annotations

import re

from pressfacts.extract.vocabulary import rows

_NUMBER_WORDS = rows("number_words.tsv")
UNITS = {w: int(v) for w, v, kind in _NUMBER_WORDS if kind == "unit"}
TENS = {w: int(v) for w, v, kind in _NUMBER_WORDS if kind == "ten"}
SCALES = {w: int(v) for w, v, kind in _NUMBER_WORDS if kind in ("scale", "scale_short")}
# the scale words written out ("million"), not their short forms ("mln")
SCALE_WORDS = frozenset(w for w, _, kind in _NUMBER_WORDS if kind == "scale")
# the word of each number from one to ninety ("one", "twenty")
NUMBER_WORD_OF = {
    int(v): w for w, v, kind in _NUMBER_WORDS if kind in ("unit", "ten") and w not in ("a", "an")
}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) - {"a", "an"}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_digits(token: str) -> float | None:
    """'2,000' -> 2000.0, '1.5' -> 1.5; None when the token is not a plain number."""
    token = token.strip()
    if not _DIGITS.match(token):
        return None
    return float(token.replace(",", ""))


def words_to_number(text: str) -> float | None:
    """'two million' -> 2e6, 'twenty-five' -> 25, 'a hundred' -> 100,
    'a quarter of a' is not handled here (fractions belong to the caller).
    Digits may be mixed with scale words: '1.5 million'. None when `text` is
    not entirely a number."""
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for w in words:
        digits = parse_digits(w)
        if digits is not None:
            current += digits
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            scale = SCALES[w]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


# Scale words that only the statistics extractor reads (South Asian and short forms).
EXTRA_SCALES = {w: int(v) for w, v, kind in _NUMBER_WORDS if kind == "scale_extra"}
ALL_SCALES = {**SCALES, **EXTRA_SCALES}
# Denominators of fractions, singular and plural ("a third", "two thirds").
FRACTIONS = {w: 1 / int(d) for w, d in rows("fractions.tsv")}
ORDINAL_WORDS = {w: int(v) for w, v in rows("ordinal_words.tsv")}

_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
# Indian digit grouping: 12,34,567.89
_INDIAN_DIGITS = re.compile(r"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$")
_SPLIT = re.compile(r"[\s-]+")


MAX_ORDINAL_DIGITS = 15


def parse_ordinal(text: str) -> int | None:
    """'12th' -> 12, 'third' -> 3, 'twenty-first' -> 21; None when not an ordinal."""
    text = text.strip().lower()
    m = _ORDINAL_DIGITS.match(text)
    if m:
        digits = m.group(1)
        # beyond 15 digits a rank is no place in any list, and no float holds it exactly
        return int(digits) if len(digits) <= MAX_ORDINAL_DIGITS else None
    words = _SPLIT.split(text)
    if not words or words[-1] not in ORDINAL_WORDS:
        return None
    head = words_to_number(" ".join(words[:-1])) if len(words) > 1 else 0.0
    if head is None:
        return None
    return int(head) + ORDINAL_WORDS[words[-1]]


def parse_fraction(text: str) -> float | None:
    """'a third' -> 1/3, 'two thirds' -> 2/3, 'half' -> 0.5, 'one and a half' -> 1.5,
    'three quarters' -> 0.75. The share as a fraction of one, not a percent."""
    words = [w for w in _SPLIT.split(text.strip().lower()) if w]
    if not words or words[-1] not in FRACTIONS:
        return None
    denominator = FRACTIONS[words[-1]]
    head = words[:-1]
    if len(head) >= 2 and head[-2:] == ["and", "a"]:  # "one and a half"
        whole = parse_number(" ".join(head[:-2]))
        return None if whole is None else whole + denominator
    if not head:
        return denominator
    numerator = 1.0 if head in (["a"], ["an"]) else parse_number(" ".join(head))
    return None if numerator is None else numerator * denominator


def parse_number(text: str) -> float | None:
    """Any cardinal a statistic may use: digits ('2,000', '12,34,567.89'), words
    ('two million'), a mix ('1.5 million', '35 lakh') or a fraction with a scale
    ('half million', 'three quarters billion', 'one and a half million')."""
    text = text.strip()
    if _INDIAN_DIGITS.match(text):
        return float(text.replace(",", ""))
    words = [w for w in _SPLIT.split(text.lower()) if w]
    if not words:
        return None
    if len(words) > 1 and words[-1] in EXTRA_SCALES:
        base = parse_number(" ".join(words[:-1]))
        return None if base is None else base * EXTRA_SCALES[words[-1]]
    fraction_at = [i for i, w in enumerate(words) if w in FRACTIONS]
    if fraction_at:
        i = fraction_at[-1]
        base = parse_fraction(" ".join(words[: i + 1]))
        scale = words_to_number(" ".join(words[i + 1 :])) if i + 1 < len(words) else 1.0
        if base is None or scale is None or any(w not in SCALES for w in words[i + 1 :]):
            return None
        return base * scale
    return words_to_number(text)
