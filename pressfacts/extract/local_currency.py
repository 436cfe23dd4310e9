"""Currencies a publisher writes in its own way: "$" for its own dollar, letter
prefixes such as "N" (naira) or "Rs" (rupees) before an amount.

A bare "$" in a Canadian release is a Canadian dollar; an "N" glued to a
number is the naira only in a Nigerian release. Which currency a country uses
comes from CLDR (Babel); the letter prefixes from a small data file.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from babel.numbers import get_currency_name, get_territory_currencies

from pressfacts.extract.vocabulary import rows


@cache
def home_currency(country: str | None) -> str | None:
    """ISO 4217 code of the currency of `country` (alpha-3) today, or None."""
    found = pycountry.countries.get(alpha_3=country) if country else None
    if found is None:
        return None
    codes = get_territory_currencies(found.alpha_2)
    return codes[0] if codes else None


@cache
def home_dollar(country: str | None) -> str:
    """The dollar a bare "$" means in a text of `country`: its own, else the US dollar."""
    code = home_currency(country)
    if code and get_currency_name(code, locale="en").endswith("Dollar"):
        return code
    return "USD"


@cache
def _prefixes() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for prefix, code, country in rows("local_currency_prefixes.tsv"):
        table.setdefault(prefix, {})[country] = code
    return table


@cache
def _prefix_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(_prefixes(), key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?P<p>{alts})\.?[^\S\n]?$")


def local_prefix(text: str, start: int, country: str | None) -> tuple[str, int] | None:
    """(code, start of the prefix) of a local currency prefix right before `start`."""
    m = _prefix_re().search(text, max(0, start - 5), start)
    if m is None:
        return None
    by_country = _prefixes()[m["p"]]
    code = by_country.get(country or "") or by_country.get("*")
    return (code, m.start()) if code else None
