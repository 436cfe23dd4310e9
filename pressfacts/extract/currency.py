"""Currency names, symbols and codes mapped to ISO 4217.

The table is built once from `pycountry.currencies` (every active ISO code and
its official name), then completed with what texts actually write: symbols
(`$`, `€`, `₸`), dollar prefixes (`C$`, `HK$`, `US$`), common English names
(`dollar`, `rouble`, `renminbi`) and units that are money without an ISO code
(`cent`, `pence`, `bitcoin`, old European currencies): those map to None.
The word lists are data files (`data/currency_*.tsv`, `money_units.tsv`...).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pycountry

from pressfacts.extract.vocabulary import mapping, rows, tagged, words

# Codes that are funds, metals or test codes, not currencies people write about.
_NOT_CURRENCIES = words("not_currencies.txt")

# ISO codes that are also English words: accepted only when written in capitals,
# and some never ("ALL 5 solutions").
_CODE_WORDS = tagged("currency_code_words.tsv")
ENGLISH_WORD_CODES = frozenset(_CODE_WORDS["capitals"])
_NEVER_CODES = frozenset(_CODE_WORDS["never"])

# Generic names that are also ordinary English words: only the full name counts
# ("South Korean won", "Brazilian real"), never the bare word.
_AMBIGUOUS_WORDS = words("ambiguous_currency_words.txt")

# The common English names a press release uses, with the currency they mean when
# no country is named. None: money, but the currency cannot be told.
COMMON_NAMES: dict[str, str | None] = {
    name: None if code == "-" else code for name, code, _ in rows("currency_common_names.tsv")
}
# The names also written before a number ("dollar 5").
NAMES_BEFORE = tuple(n for n, _, where in rows("currency_common_names.tsv") if where == "before")

_MONEY_UNITS = tagged("money_units.tsv")
# Money units without an ISO code of their own (minor units, old and crypto currencies).
UNCODED_UNITS = _MONEY_UNITS["uncoded"]

SYMBOLS: dict[str, str | None] = {
    symbol: None if code == "-" else code for symbol, code in rows("currency_symbols.tsv")
}

# Letters written before "$" to say which dollar (besides any ISO code: "cad$").
DOLLAR_PREFIXES: dict[str, str] = mapping("dollar_prefixes.tsv")


def _plural(word: str) -> list[str]:
    """Spellings of a currency word in the plural (the table matches either)."""
    forms = [word]
    if word.endswith("y") and not word.endswith("ey"):
        forms.append(word[:-1] + "ies")
    elif not word.endswith("s"):
        forms.append(word + "s")
    if word.endswith("krona"):
        forms.append(word[:-1] + "or")
    if word.endswith("krone"):
        forms.append(word + "r")
    return forms


def _build_names() -> dict[str, str | None]:
    """Lower-case currency name (singular and plural) -> ISO code or None."""
    names: dict[str, str | None] = {}
    official = {
        cur.alpha_3: re.sub(r"\s*\(.*\)", "", cur.name).lower().replace("’", "'")
        for cur in pycountry.currencies
        if cur.alpha_3 not in _NOT_CURRENCIES
    }
    nouns = {name.split()[-1] for name in official.values()}
    generic: dict[str, set[str]] = defaultdict(set)
    for code, name in official.items():
        names[name] = code
        words = name.split()
        if len(words) == 2 and words[0] in nouns:  # "Rial Omani" is also "Omani rial"
            names[f"{words[1]} {words[0]}"] = code
            generic[words[0]].add(code)
        else:
            generic[words[-1]].add(code)
    for word, codes in generic.items():
        if word not in _AMBIGUOUS_WORDS and len(codes) == 1:
            names[word] = next(iter(codes))
    names.update(COMMON_NAMES)
    for unit in UNCODED_UNITS:
        names.setdefault(unit, None)
    table: dict[str, str | None] = {}
    for name, code in names.items():
        *head, last = name.split()
        for form in _plural(last):
            table[" ".join([*head, form])] = code
    for word in _AMBIGUOUS_WORDS - set(COMMON_NAMES):
        table.pop(word, None)
        table.pop(word + "s", None)
    return table


CURRENCY_NAMES: dict[str, str | None] = _build_names()
ISO_CODES: frozenset[str] = frozenset(
    c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in _NOT_CURRENCIES
)
MINOR_UNITS = frozenset(_MONEY_UNITS["minor"])


def name_regex() -> str:
    """Alternation of all currency names, longest first, spaces made flexible."""
    names = sorted(CURRENCY_NAMES, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+").replace(r"\.", r"\.?") for n in names)


def code_regex() -> str:
    """Alternation of the ISO codes (matched case-insensitively by the caller)."""
    return "|".join(sorted(ISO_CODES))


def symbol_regex() -> str:
    return "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))


def code_for_name(name: str) -> str | None:
    """'Australian dollars' -> 'AUD', 'tenge' -> 'KZT', 'cents' -> None."""
    return CURRENCY_NAMES.get(re.sub(r"\s+", " ", name.strip().lower()))


def is_currency_name(name: str) -> bool:
    return re.sub(r"\s+", " ", name.strip().lower()) in CURRENCY_NAMES


def code_accepted(code: str) -> bool:
    """An ISO code as written: English-word codes count only in capitals."""
    upper = code.upper()
    if upper not in ISO_CODES or upper in _NEVER_CODES:
        return False
    return upper not in ENGLISH_WORD_CODES or code == upper


def dollar_code(prefix: str) -> str | None:
    """The dollar meant by the letters before '$' ('hk' -> HKD, 'cad' -> CAD)."""
    p = prefix.strip().lower()
    if not p:
        return "USD"
    if p in DOLLAR_PREFIXES:
        return DOLLAR_PREFIXES[p]
    if p.upper() in ISO_CODES:
        return p.upper()
    return None
