"""Figures written as words alone, with no number: "tripled", "twofold",
"ranks third", "one in five".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pressfacts.extract.numbers import parse_number, parse_ordinal
from pressfacts.extract.statistics import patterns as P
from pressfacts.extract.statistics.mentions import Mention
from pressfacts.extract.statistics.qualifiers import read_qualifier
from pressfacts.extract.statistics.tokens import Tokens


def multiplier_words(doc: Doc, tokens: Tokens) -> list[Mention]:
    """'tripled', 'twofold', 'double' (a verb): multipliers without a number."""
    found = []
    for tok in doc:
        lower = tok.lower_
        value = None
        if P.MULTIPLIER_WORD_RE.fullmatch(lower):
            stem = lower[:-4]
            value = P.FOLD_WORDS.get(stem) if lower.endswith("fold") else None
            if value is None:
                value = next(
                    (v for k, v in P.MULTIPLIER_VERBS.items() if lower.startswith(k[:-1])), None
                )
        elif tok.lemma_.lower() in P.MULTIPLIER_VERBS and verb_use(tok):
            value = P.MULTIPLIER_VERBS[tok.lemma_.lower()]
        elif lower == "twice" and _twice_is_multiplier(tok):
            value = 2.0
        if value is not None:
            if value < 1:
                # "halved" divides: a fall by a share, a percent ("by half" is 50)
                m = Mention(tok.idx, tok.idx + len(tok), 100 * (1 - value), "percent", "percent")
            else:
                m = Mention(tok.idx, tok.idx + len(tok), value, kind="multiplier")
            read_qualifier(tokens.text, m.start, m)  # "almost doubled"
            m.marker = None
            found.append(m)
    return found


def verb_use(tok: Token) -> bool:
    """ "will triple", "must at least double": a verb, even where the tagger reads
    the word after a modal as an adjective ("a double room" is not)."""
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "ADJ" and any(c.dep_ == "aux" for c in tok.children)


def _twice_is_multiplier(tok: Token) -> bool:
    """'grew twice', 'twice as many' compare; 'met twice a year' counts events."""
    if tok.head.lemma_.lower() in P.CHANGE_VERBS:
        return True
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "as"


def rank_words(text: str) -> list[Mention]:
    """Places in a ranking written in words: 'ranks third', 'took first place'."""
    found = []
    for match in P.RANK_WORD_RE.finditer(text):
        name = next(g for g in ("o1", "o2", "o3") if match.group(g))
        value = parse_ordinal(match.group(name))
        if value is not None:
            found.append(Mention(match.start(name), match.end(), float(value), kind="rank"))
    return found


def ratio_words(text: str) -> list[Mention]:
    """Shares written as ratios: 'one in five' is 20 percent, 'three out of four' 75."""
    found = []
    for match in P.RATIO_RE.finditer(text):
        part, whole = parse_number(match["n"]), parse_number(match["d"])
        if part is not None and whole and 0 < part < whole:
            m = Mention(match.start(), match.end(), 100 * part / whole, "percent", "percent")
            found.append(m)
    return found
