"""Forms of address ("H.E.", "Shri", "Engr.", "the Honourable") before names.

A form of address stands between a title and a name ("Minister of Power Shri
A. B. Rao", "Minister, Engr. C. D. Eze") and would otherwise break the link
between them or be read as part of the name. `blank_honorifics` overwrites
each one with spaces, so that every character offset stays valid while the
participants extractor reads the title and the name as adjacent.
"""

from __future__ import annotations

import re
from functools import cache

from pressfacts.extract.vocabulary import entries


@cache
def _pattern() -> re.Pattern[str]:
    forms = entries("honorifics.txt")
    alts = []
    for form in sorted(forms, key=len, reverse=True):
        parts = [re.escape(p.rstrip(".")) for p in form.split()]
        if form.endswith("."):
            alts.append(r"\s+".join(parts) + r"\.?")  # "H.E." also written "H.E"
        else:
            alts.append(r"\.?\s+".join(parts) + r"\.?")
    # Followed by a capitalised word: "Mr. Rao", "H.E. Ms. Lee" (one form after another).
    return re.compile(rf"(?<![\w.])(?:{'|'.join(alts)})(?=\s+[A-Z])")


# "then-Taoiseach", "ex-Minister": the office is the same one, held earlier.
_FORMER_RE = re.compile(r"(?<![\w-])(?:[Tt]hen|[Ee]x)-(?=[A-Z])")


def blank_honorifics(text: str) -> str:
    """`text` with every form of address before a capitalised word, and the
    "then-" of "then-Taoiseach", replaced by spaces."""
    text = _pattern().sub(lambda m: " " * len(m.group()), text)
    return _FORMER_RE.sub(lambda m: " " * len(m.group()), text)
