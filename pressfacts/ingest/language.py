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
from functools import lru_cache

from pressfacts.ingest import vocabulary

# Share of a Cyrillic text's letters that are Kazakh-only letters above which
# the text is Kazakh: several percent in Kazakh prose, well under 1% in Russian
# prose that cites Kazakh names.
KAZAKH_SHARE = 0.02
FALLBACK = "en"
SAMPLE = 100_000  # characters looked at, at most (about twice that)


def scripts() -> dict[str, dict]:
    return vocabulary.load("scripts")


@lru_cache(maxsize=4096)
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
    # an even sample of a long text tells its script as well as the whole
    sample = text[:: max(1, len(text) // SAMPLE)].lower()
    letters = Counter(sample)
    counts: Counter[str] = Counter()
    for ch, n in letters.items():
        script = _script(ch) if ch.isalpha() else None
        if script is not None:
            counts[script] += n
    if not counts:
        return default or FALLBACK
    script = counts.most_common(1)[0][0]
    table = scripts()[script]
    if script == "CYRILLIC":
        kazakh = set(table["kazakh_letters"])
        n_kazakh = sum(n for ch, n in letters.items() if ch in kazakh)
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
