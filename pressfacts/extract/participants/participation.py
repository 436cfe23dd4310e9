"""Participation: did a person speak, attend, or is the person only mentioned?

Each mention is classified by the verb that governs it in the dependency
parse; a person takes the strongest class over all mentions
(speaker > attendee > mentioned).
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from pressfacts.extract.participants.lexicon import (
    ATTEND_VERBS,
    PAST_MARKERS,
    SPEECH_VERBS,
    TITLES,
)
from pressfacts.extract.spans import Sentences, doc_text
from pressfacts.extract.vocabulary import entries, tagged

_RANK = {"mentioned": 0, "attendee": 1, "speaker": 2}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB_DEPS = frozenset(
    {"compound", "appos", "conj", "flat", "nmod", "amod", "npadvmod", "cc", "punct", "dep"}
)
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_SAID = tagged("speech_verbs.tsv")
# "X (Morocco) also spoke", "..., the President said": matched right after a mention.
SPEECH_AFTER_RE = re.compile(
    rf"\s*(?:\([^()]{{0,80}}\)\s*)?,?\s*(?:also\s+)?(?:{'|'.join(_SAID['said_after'])})\b"
)
# "According to Mr. X": the form of address stands between the cue and the name.
_ADDRESS = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
_SPEECH_BEFORE_RE = re.compile(
    rf"(?:[”\"]\s*(?:{'|'.join(_SAID['said_before'])})\s+(?:the\s+)?"
    rf"|according\s+to\s+(?:the\s+)?{_ADDRESS})$",
    re.IGNORECASE,
)
# "the school named after Abai Kunanbayev": a person honoured, not present.
_NAMED_AFTER_RE = re.compile(r"named\s+after\s+(?:the\s+)?$", re.IGNORECASE)
# "spoke by phone with X", "held talks with X": X took part in the exchange.
_WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+)?$")


def _data_alternation(name: str) -> str:
    """The entries of a word list as a regex alternation ("read out" matches "read  out")."""
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries(name))


# "X provided the following readout", "X issued a statement": words of X's own.
_STATEMENT_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:{_data_alternation('statement_verbs.txt')})\s+(?:the\s+following\s+|an?\s+"
    rf"|the\s+|(?:his|her|their)\s+)?(?:\w+\s+)?(?:{_data_alternation('statement_nouns.txt')})\b"
)
# "the leadership of Ghana's Minister X", "the initiative of President Y": referred to.
_MENTION_BEFORE_RE = re.compile(
    rf"\b(?:{_data_alternation('mention_nouns.txt')})\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?$"
)
# "X of Barbados, who chaired the session": took part.
_WHO_ATTENDED_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*,\s*who\s+"
    rf"(?:{_data_alternation('chair_verbs.txt')})\b"
)
# "spoke with her American counterpart, U.S. Secretary of Energy X": took part.
_WITH_COUNTERPART_RE = re.compile(
    r"\bwith\s+(?:his|her|their|the|its)\s+(?:[A-Z][\w-]*\s+)?counterparts?\s*,\s*"
    r"(?:[A-Z][\w.]*\s+)?$"
)


class _MentionLike(Protocol):
    start: int
    end: int
    context_start: int
    participation: str


def rank(participation: str) -> int:
    return _RANK[participation]


def _governing_verb(tok: Token) -> tuple[Token | None, bool, bool]:
    """(verb, mention is its subject, mention hangs off "the contribution of")."""
    via_noun = False
    for _ in range(15):
        dep = tok.dep_
        head = tok.head
        if dep in _SUBJECT_DEPS:
            return head, True, via_noun
        if dep == "pobj" and head.dep_ == "agent":
            # "the agreements reached by Presidents X and Y": the agent of a
            # participle that describes a noun is only referred to
            return head.head, True, via_noun or head.head.dep_ == "acl"
        if head is tok:
            verb = tok if tok.pos_ in ("VERB", "AUX") else None
            return verb, False, via_noun
        if dep == "pobj" and head.lower_ == "including" and head.head is not head:
            tok = head.head  # "heads of companies, including X": X is one of them
            continue
        if (
            dep == "pobj"
            and head.lower_ == "of"
            and head.head.pos_ == "NOUN"
            and head.head.lower_ not in _TITLE_WORDS
            and head.head.lemma_.lower() not in _TITLE_WORDS  # "heads of ..." are people
        ):
            via_noun = True
        if head.pos_ in ("VERB", "AUX") and dep not in _CLIMB_DEPS:
            return head, False, via_noun
        if head.pos_ in ("VERB", "AUX") and dep == "conj":
            return head, False, via_noun
        tok = head
    return None, False, via_noun


def _verbs(verb: Token) -> list[Token]:
    """The verb and its coordinated verbs ("thanked ... and expressed")."""
    return [verb, *[c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX")]]


def _is_future(verb: Token) -> bool:
    """ "will arrive", "is to arrive": the person is not at the event being reported."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & {"will", "shall", "'ll"}) or ("to" in aux and verb.head.lemma_ == "be")


def _verb_after_a_cut(doc: Doc, text: str, sent: Span) -> Token | None:
    """The verb of the next sentence when the parser cut a sentence inside its
    subject ("... Ambassador Serik | Zhanuzakov also took part"): a run of words
    with no verb and no closing punctuation, on the same line as what follows."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.is_punct or sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if "\n" in text[last.idx : following.start_char]:
        return None
    root = following.root
    return root if root.pos_ in ("VERB", "AUX") else None


def _classify(doc: Doc, text: str, m: _MentionLike, sents: Sentences) -> str | None:
    """Participation from one mention, or None when its sentence has no verb."""
    if SPEECH_AFTER_RE.match(text, m.end) or _SPEECH_BEFORE_RE.search(
        text, max(0, m.context_start - 40), m.context_start
    ):
        return "speaker"
    if _STATEMENT_AFTER_RE.match(text, m.end):
        return "speaker"
    if _NAMED_AFTER_RE.search(text, max(0, m.context_start - 20), m.context_start):
        return "mentioned"
    if _MENTION_BEFORE_RE.search(text, max(0, m.context_start - 40), m.context_start):
        return "mentioned"
    if _WHO_ATTENDED_RE.match(text, m.end) or _WITH_COUNTERPART_RE.search(
        text, max(0, m.context_start - 60), m.context_start
    ):
        return "attendee"
    span = doc.char_span(m.context_start, m.end, alignment_mode="expand")
    if span is None:
        return "mentioned"
    sent = sents.at_token(span.start)
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        verb = _verb_after_a_cut(doc, text, sent)
        if verb is None:
            return None
        sent, subject, via_noun = verb.sent, True, False
    else:
        verb, subject, via_noun = _governing_verb(span.root)
    if any(t.lower_ in PAST_MARKERS for t in sent):
        return "mentioned"
    if verb is None or via_noun:
        return "mentioned"
    verbs = _verbs(verb)
    if any(_is_future(v) for v in verbs):
        return "mentioned"
    lemmas = {v.lemma_ for v in verbs}
    if subject and lemmas & SPEECH_VERBS:
        return "speaker"
    if lemmas & ATTEND_VERBS or subject:
        return "attendee"
    if lemmas & SPEECH_VERBS and _WITH_BEFORE_RE.search(
        text, max(0, m.context_start - 12), m.context_start
    ):
        return "attendee"
    return "mentioned"


def participation_of(doc: Doc, mentions: list[_MentionLike]) -> None:
    """Set `participation` on each mention (in text order).

    A sentence without a verb ("..., Mayor of Bishkek X (Kyrgyzstan).") continues
    the list of the previous sentence and takes its class.
    """
    previous = "mentioned"
    sents = Sentences(doc)
    text = doc_text(doc)
    for m in mentions:
        found = _classify(doc, text, m, sents)
        m.participation = previous if found is None else found
        previous = m.participation
