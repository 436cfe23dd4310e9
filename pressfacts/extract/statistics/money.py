"""Amounts of money: the currency before or after a number ("$5", "5 tenge",
"KZT 5", "MUSD 5"), the scale glued to it ("5m"), the cents after it.
"""

from __future__ import annotations

import re

from pressfacts.extract.currency import (
    MINOR_UNITS,
    SYMBOLS,
    code_accepted,
    code_for_name,
    dollar_code,
    is_currency_name,
)
from pressfacts.extract.local_currency import home_dollar, local_prefix
from pressfacts.extract.numbers import parse_number
from pressfacts.extract.statistics import patterns as P
from pressfacts.extract.statistics.mentions import Mention

_GLUED_MILLION = re.compile(r"([mk])\b", re.IGNORECASE)


def currency_before(
    text: str, start: int, home: str | None = None
) -> tuple[str | None, int | None, bool]:
    """(ISO code or None, start of the currency, written as a name?) before a number.
    `home` (the publisher's country) resolves "$" and local prefixes ("N5 billion")."""
    found = P.CURRENCY_BEFORE_RE.search(text, max(0, start - 12), start)
    if found is None or (found.group("code") and not code_accepted(found.group("code"))):
        local = local_prefix(text, start, home)
        if local is not None:
            return local[0], local[1], False
    if found is None:
        return None, None, False
    if found.group("mcode"):
        code = found.group("mcode")
        return (code.upper(), found.start(), False) if code_accepted(code) else (None, None, False)
    if found.group("code"):
        code = found.group("code")
        if code_accepted(code):
            return code.upper(), found.start(), False
        if is_currency_name(code):  # "rmb 10"
            return code_for_name(code), found.start(), True
        return None, None, False
    if found.group("sym"):
        symbol = found.group("sym")
        if symbol == "$":
            prefix = (found.group("dpre") or "").strip()
            code = dollar_code(prefix) if prefix else home_dollar(home)
            if prefix and code is None:  # an unrelated word before "$" ("to $12 million")
                return home_dollar(home), found.start("sym"), False
            return code, found.start(), False
        return SYMBOLS.get(symbol), found.start("sym"), False
    return code_for_name(found.group("name")), found.start(), True


def money_suffix(suffix: re.Match[str], text: str) -> bool:
    """Is the currency after the number real? Codes must be ISO codes; a symbol
    glued to the next number ('1 $10') belongs to that number."""
    if suffix.group("code"):
        return code_accepted(suffix.group("code"))
    if suffix.group("sym"):
        return not (suffix.end() < len(text) and text[suffix.end()].isdigit())
    return True


def _suffix_code(suffix: re.Match[str]) -> str | None:
    if suffix.group("code"):
        return suffix.group("code").upper()
    if suffix.group("sym"):
        return SYMBOLS.get(suffix.group("sym"))
    full = suffix.group("name")
    return code_for_name(full) if is_currency_name(full) else code_for_name(suffix.group("cur"))


def read_money(
    text: str,
    m: Mention,
    prefix_code: str | None,
    prefix_start: int | None,
    end: int,
    group: str | None,
) -> Mention:
    """Money: the currency before and/or after the number, a scale written after a
    code ('75 USD million'), cents after a whole amount ('15 dollars 50')."""
    m.kind = "money"
    minor = False
    code = prefix_code
    glued = _GLUED_MILLION.match(text, end) if m.scale == 1.0 else None
    if glued is not None:  # "€450m", "$20k"
        m.scale = 1e6 if glued.group(1).lower() == "m" else 1e3
        m.value *= m.scale
        end = glued.end()
    if prefix_start is not None:
        m.start = min(m.start, prefix_start)
        if text[prefix_start] == "M" and text[prefix_start + 1 : prefix_start + 4].isupper():
            m.value *= 1e6
    suffix = P.CURRENCY_AFTER_RE.match(text, end)
    if suffix is not None and money_suffix(suffix, text):
        suffix_code = _suffix_code(suffix)
        word_suffix = suffix.group("name") is not None
        if prefix_start is None or (word_suffix and suffix_code == prefix_code):
            code = suffix_code if prefix_start is None else prefix_code
            end = suffix.end()
            if suffix.group("mega"):
                m.value *= 1e6
            if suffix.group("scale"):
                m.value *= P.SCALE_VALUES[suffix.group("scale").strip().lower()]
            minor = (suffix.group("cur") or "").lower() in MINOR_UNITS
    m.unit, m.end = code, end
    if not minor and m.scale == 1.0 and m.value == int(m.value) and group != "fraction":
        cents = P.CENTS_AFTER_RE.match(text, end)
        amount = parse_number(cents.group("n")) if cents else None
        if amount is not None and 0 < amount < 100:
            m.value += amount / (
                10 if (cents.group("minor") or "").lower() in ("mao", "jiao") else 100
            )
            m.end = cents.end()
    return m
