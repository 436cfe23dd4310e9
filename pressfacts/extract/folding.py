"""Text compared without its accents: "Türkiye" matches "Turkiye".

Names of people and countries reach the texts with and without their
diacritics; every comparison that should not care folds them the same way.
"""

from __future__ import annotations

import unicodedata


def fold_accents(text: str) -> str:
    """`text` decomposed (NFKD) with its combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
