"""Who states a figure: the named speaker of the quotation it sits in.

Press releases quote in two ways: a paragraph opened by a dash or a quotation
mark and closed by `,” said NAME.`, or an inline “...,” NAME said. The speaker
is the person entity in the attribution after the closing mark (a title such
as "the President" when no name is given). Best effort: None when unsure.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_OPENERS = ("–", "—", "-", "“", '"', "«")
_CLOSE_RE = re.compile(r"[”\"»]")
_SPEECH_VERBS = (
    r"said|says|stressed|noted|added|concluded|emphasi[sz]ed|stated|"
    r"underlined|underscored|remarked|continued|declared|explained|pointed out|"
    r"told|believes|recalled|summed up"
)
_TITLE_RE = re.compile(
    rf"\s*,?\s*(?:(?:{_SPEECH_VERBS})\s+)?(?:the\s+)?(?P<title>[A-Z][\w-]*(?:\s+(?:of\s+)?"
    rf"[A-Z][\w-]*)*)(?:\s+(?:{_SPEECH_VERBS}))?",
)


def quote_speakers(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, speaker) for every quotation whose speaker the text names."""
    text = doc.text
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
        speaker = _attribution(doc, close + 1, end)
        if speaker:
            found.append((start, close, speaker))
    return found


def _attribution(doc: Doc, start: int, end: int) -> str | None:
    """The person named after a closing quotation mark, else the title used."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and start <= ent.start_char and ent.end_char <= end:
            return ent.text
    match = _TITLE_RE.match(doc.text, start, end)
    return match.group("title") if match else None


def speaker_at(speakers: list[tuple[int, int, str]], char: int) -> str | None:
    for start, end, speaker in speakers:
        if start <= char < end:
            return speaker
    return None
