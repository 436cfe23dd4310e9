"""Who states a figure: the named speaker of the quotation it sits in.

Press releases quote in two ways: a paragraph opened by a dash or a quotation
mark and closed by `,” said NAME.`, or an inline “...,” NAME said. The speaker
is the person entity in the attribution after the closing mark (a title such
as "the President" when no name is given). Best effort: None when unsure.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from pressfacts.extract.spans import doc_text, once_per_doc
from pressfacts.extract.vocabulary import tagged

_OPENERS = ("–", "—", "-", "“", '"', "«")
_CLOSE_RE = re.compile(r"[”\"»]")
_SPEECH_VERBS = "|".join(tagged("speech_verbs.tsv")["attribution"])
_TITLE_RE = re.compile(
    rf"\s*,?\s*(?:(?:{_SPEECH_VERBS})\s+)?(?:the\s+)?(?P<title>[A-Z][\w-]*(?:\s+(?:of\s+)?"
    rf"[A-Z][\w-]*)*)(?:\s+(?:{_SPEECH_VERBS}))?",
)


def quote_speakers(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, speaker) for every quotation whose speaker the text names;
    found once per document (the figures and the speaker rule both read them)."""
    return once_per_doc(doc, "quote_speakers", _quote_speakers)


def _quote_speakers(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    person_starts = [e.start_char for e in persons]
    found: list[tuple[int, int, str]] = []
    offset = 0
    for paragraph in text.split("\n"):
        start, end = offset, offset + len(paragraph)
        offset = end + 1
        stripped = paragraph.lstrip()
        if not stripped.startswith(_OPENERS):
            continue
        closes = list(_CLOSE_RE.finditer(paragraph))
        if not closes:
            continue
        close = start + closes[-1].start()
        speaker = _attribution(text, persons, person_starts, close + 1, end)
        if speaker:
            found.append((start, close, speaker))
    return found


def _attribution(
    text: str, persons: list[Span], person_starts: list[int], start: int, end: int
) -> str | None:
    """The person named after a closing quotation mark, else the title used.
    `persons` are the PERSON entities in text order, `person_starts` their offsets."""
    k = bisect_left(person_starts, start)
    if k < len(persons) and persons[k].end_char <= end:
        return persons[k].text
    match = _TITLE_RE.match(text, start, end)
    return match.group("title") if match else None
