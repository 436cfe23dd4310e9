"""What a figure counts or measures, read from the dependency parse: the
counted noun, the subject of the verb, the "of" object, the antecedent of a
pronoun, or the figure it is compared with.
"""

from __future__ import annotations

from spacy.tokens import Token

from pressfacts.extract.spans import Spans
from pressfacts.extract.statistics import patterns as P
from pressfacts.extract.statistics.mentions import Mention
from pressfacts.extract.statistics.tokens import Tokens
from pressfacts.extract.statistics.word_figures import verb_use


def figure_subject(
    m: Mention, tokens: Tokens, figures: Spans, mentions: list[Mention], depth: int = 0
) -> str | None:
    """What is counted or measured: the counted noun, the noun after 'of', the noun
    the figure qualifies ('agreements worth $1.3 billion'), else the subject of the
    governing verb ('the economy grew by 4.8 percent'). When that word is itself
    another figure ('5.2 trillion tenge, which is 3.5 percent more'), its subject.
    `figures` indexes `mentions` (same order, no overlaps)."""
    if m.noun is not None:
        return None if m.noun.lower_ == "place" else _phrase(m.noun)
    if m.kind == "rank":
        return None
    noun = _subject_token(m, tokens)
    if noun is not None and tokens.furniture.overlaps(noun.idx, noun.idx + len(noun)):
        noun = None
    if noun is None:
        compared = _compared_with(m, tokens, mentions)
        if compared is None or depth > 2:
            return None
        return figure_subject(compared, tokens, figures, mentions, depth + 1)
    index = figures.index_at(noun.idx)
    if index is not None:
        other = mentions[index]
        if other is m or depth > 2:
            return None
        return figure_subject(other, tokens, figures, mentions, depth + 1)
    return _phrase(noun)


def _compared_with(m: Mention, tokens: Tokens, mentions: list[Mention]) -> Mention | None:
    """ "reached 1,384 BU, compared with 1,309 BU a year before": a figure given for
    comparison measures what the figure before it in the sentence measures."""
    before = tokens.text[max(0, m.start - 20) : m.start]
    if not P.COMPARED_WITH_RE.search(before):
        return None
    sentence = tokens.sentence(m.start).start_char
    earlier = [
        o
        for o in mentions
        if o.end <= m.start
        and o.kind == m.kind
        and o.unit == m.unit
        and tokens.sentence(o.start).start_char == sentence
    ]
    return earlier[-1] if earlier else None


def _subject_token(m: Mention, tokens: Tokens) -> Token | None:
    word = tokens.at(m.end - 1)
    if (
        m.kind == "multiplier"
        and verb_use(word)
        and (
            word.lemma_.lower() in P.MULTIPLIER_VERBS or P.MULTIPLIER_WORD_RE.fullmatch(word.lower_)
        )
    ):
        # "will triple the capacity": what is multiplied is the object; "trade doubled"
        obj = next((c for c in word.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
        if obj is not None:
            return _of_object(obj)
        if word.pos_ not in ("VERB", "AUX"):
            subject = _verb_subject(word)
            return None if subject is None else _of_object(subject)
    nxt = tokens.after(m.end)
    if m.kind == "measure" and nxt is not None and nxt.lower_ in P.DIMENSION_WORDS:
        # "a line 214 kilometres long", "a wall 3 metres high": the noun before it
        prev = tokens.before(m.start)
        if prev is not None and prev.pos_ == "NOUN":
            return prev
    if nxt is not None and nxt.lower_ == "of" and m.kind != "rank":
        objects = [c for c in nxt.children if c.dep_ == "pobj"]
        if objects:
            return _of_object(objects[0])
    span = tokens.span(m.start, m.end)
    if not span:
        return None
    node = next((t for t in span if t.head not in span or t.head == t), span[-1])
    below = node
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            break
        below, node = node, node.head
        if node.pos_ in ("NOUN", "PROPN") and node not in span:
            return _of_object(node)
    if node.pos_ not in ("VERB", "AUX"):
        return None
    if m.kind == "money" and (purpose := _purpose(node, span, m.end)) is not None:
        return _of_object(purpose)  # "approved N9 billion for the bridge": the bridge
    if below.dep_ == "prep" and below.lower_ in ("to", "by", "from"):
        # "raise the share of renewables to 15%", "cut costs by a third", "raising
        # the share from 3 to 4 percent": the object changes, not who changes it
        obj = next(
            (c for c in node.children if c.dep_ == "dobj" and c.pos_ not in ("PRON", "NUM")),
            None,
        )
        if obj is not None:
            return _of_object(obj)
    subject, verb = _verb_subject_of(node)
    if subject is not None and (_is_person_or_time(subject) or _is_body(subject)):
        # "the Council approved N9 billion for the section, covering 258 km": the
        # one who acts is not what the figure measures, when the clause names that
        measured = _measured_instead(node, verb, below)
        if measured is not None or _is_person_or_time(subject):
            return measured
    return None if subject is None else _of_object(subject)


def _is_body(tok: Token) -> bool:
    """An organisation named as such: "the Council", "the Regional Development Bank"."""
    if tok.ent_type_ == "ORG":
        return True
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" for c in tok.children)


def _is_person_or_time(tok: Token) -> bool:
    """A person's name or a time word is never what a figure measures ("the
    Minister announced $5 billion", "a year that triples the output")."""
    if tok.lemma_.lower() in P.TIME_NOUNS or tok.ent_type_ == "PERSON":
        return True
    # a name of several capitalised words the tagger knows neither as a body nor a place
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return tok.pos_ == "PROPN" and len(names) >= 2 and tok.ent_type_ not in _NOT_PEOPLE


# entity labels of names that are not people's (spaCy's OntoNotes scheme)
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT"})


def _measured_instead(node: Token, verb: Token, below: Token) -> Token | None:
    """The noun a figure measures when the subject of its verb (`node`, or `verb`
    up the clause chain) only acts: what the amount is granted for ("approved $5
    million for the road"), else the object of the figure's own verb when the
    figure is not that object ("co-finance the grids with $5 million")."""
    for head in (node, verb):
        granted = [c for c in head.children if c.dep_ == "dobj"]
        purpose = _purpose(head, granted, 0)
        if purpose is not None:
            return _of_object(purpose)
    if below.dep_ not in ("dobj", "nsubjpass"):
        obj = next((c for c in node.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return _of_object(obj)
    return None


def _purpose(verb: Token, span: list[Token], end: int) -> Token | None:
    """The noun of "for X" after an amount that a verb grants ("approved $5
    million for the road", "will receive $2 billion for exchanges"); the role
    an amount is given "as" ("approved $5 million as counterpart funding"); what
    it is in or spent on, written without a determiner ("$2 trillion a year in
    climate finance", "saves $150 a year on electricity bills")."""
    heads = (*span, verb)
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.idx >= end:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _purpose_noun(obj):
                    return obj
    for head in heads:
        for child in head.children:
            if child.idx < end or not _purpose_noun(child):
                continue
            if child.dep_ == "advcl" and any(c.lower_ == "as" for c in child.children):
                return child
        for prep in head.children:
            if prep.dep_ != "prep" or prep.idx < end or prep.lower_ not in ("as", "in", "on"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or not _purpose_noun(obj):
                continue
            if prep.lower_ == "as" or not any(c.dep_ in ("det", "poss") for c in obj.children):
                return obj
    return None


def _purpose_noun(tok: Token) -> bool:
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_ not in P.TIME_NOUNS
        and tok.lemma_ not in P.NOT_COUNTED  # "for the first time"
    )


def _verb_subject(verb: Token) -> Token | None:
    return _verb_subject_of(verb)[0]


def _verb_subject_of(verb: Token) -> tuple[Token | None, Token]:
    """The grammatical subject of a verb, through relative clauses and coordination,
    with the verb it was found on."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ == "PRON":
                if verb.dep_ == "relcl" and subject.lower_ in ("which", "that", "who"):
                    return verb.head, verb
                if subject.lower_ in ("it", "they"):
                    return _antecedent(subject), verb
                return _partitive_antecedent(subject), verb
            return subject, verb
        if verb.dep_ == "relcl":
            return verb.head, verb
        if verb.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or verb.head == verb:
            return None, verb
        verb = verb.head
    return None, verb


def _partitive_antecedent(pronoun: Token) -> Token | None:
    """ "four projects, each of which will receive $5 million": the noun that
    "which"/"whom" stands for, the last noun before the pronoun."""
    relative = any(
        c.lower_ == "of" and any(o.lower_ in ("which", "whom") for o in c.children)
        for c in pronoun.children
    )
    if not relative:
        return None
    for tok in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if tok.pos_ == "NOUN":
            return tok
    return None


def _antecedent(pronoun: Token) -> Token | None:
    """ "Trade reached $4 billion, while in March it grew by 10%": the nearest
    noun subject before "it"/"they", in its sentence or the one before."""
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    plural = pronoun.lower_ == "they"
    for tok in reversed(pronoun.doc[start : pronoun.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN":
            if plural == (tok.tag_ == "NNS"):
                return tok
    return None


def _of_object(noun: Token) -> Token:
    """'the number of SMEs' -> SMEs: a quantity noun gives way to what it quantifies."""
    if noun.lemma_.lower() in P.QUANTITY_NOUNS:
        for prep in noun.children:
            if prep.lower_ == "of":
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return noun


def _phrase(noun: Token) -> str | None:
    """Singular lemma with its compound modifiers: 'trade turnover', 'SME', 'GDP'."""
    if noun.pos_ == "PRON":
        return None
    parts = [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and c.i < noun.i
        and not c.like_num
        and c.lower_ not in ("percent", "%")
        # a unit with its number is a figure of its own: "a 500 kV line" is a line
        and not any(g.dep_ == "nummod" for g in c.children)
    ]
    return " ".join(_lemma(t) for t in [*parts, noun])


def _lemma(tok: Token) -> str:
    text = tok.text
    if len(text) > 1 and text[:-1].isupper() and text.endswith("s"):
        return text[:-1]  # "SMEs"
    if text.isupper() and len(text) > 1:
        return text  # "GDP"
    if tok.pos_ == "PROPN":
        return text
    return tok.lemma_.lower()
