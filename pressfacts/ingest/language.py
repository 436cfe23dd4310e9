"""The language of a document (ISO 639-1), from the script it is written in.

A script-based rule rather than a statistical detector: press releases are
long, single-language texts, and the script of their letters decides the
language family without a model. Within the script, the source's declared
language wins; Cyrillic text in which Kazakh's own letters are frequent is
Kazakh (`kk`), other Cyrillic text Russian unless the source says otherwise.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from pressfacts.ingest import vocabulary

# Share of a Cyrillic text's letters that are Kazakh-only letters above which
# the text is Kazakh: about 8% in Kazakh prose, well under 1% in Russian
# prose that cites Kazakh names.
KAZAKH_SHARE = 0.02
FALLBACK = "en"


def scripts() -> dict[str, dict]:
    return vocabulary.load("scripts")


def _script(ch: str) -> str | None:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    first = name.split(" ", 1)[0]
    return first if first in scripts() else None


def detect_language(text: str, default: str | None = None) -> str:
    """ISO 639-1 code of `text`; `default` (the source's language) when it is
    written in the script found, else the script's usual language."""
    counts = Counter(_script(ch) for ch in text if ch.isalpha())
    counts.pop(None, None)
    if not counts:
        return default or FALLBACK
    script = counts.most_common(1)[0][0]
    table = scripts()[script]
    if script == "CYRILLIC":
        kazakh = set(table["kazakh_letters"])
        n_kazakh = sum(1 for ch in text.lower() if ch in kazakh)
        if n_kazakh / counts[script] > KAZAKH_SHARE:
            return "kk"
    if default in table["languages"] and not (script == "CYRILLIC" and default == "kk"):
        return default
    return table["default"]


def _languages() -> tuple[str, ...]:
    codes = {"kk", FALLBACK}
    for table in scripts().values():
        codes.add(table["default"])
        codes.update(table["languages"])
    return tuple(sorted(codes))


# every code `detect_language` can return: the documents' closed vocabulary
LANGUAGES = _languages()
