"""Overlapping candidates and sentence lookups shared by the extractors."""

from __future__ import annotations

from dataclasses import dataclass

import spacy

from pressfacts.extract.spans import Sentences, disjoint


@dataclass
class Cand:
    start: int
    end: int
    name: str = ""


def test_longest_first_keeps_the_longest_of_overlapping_candidates():
    cands = [Cand(0, 5, "a"), Cand(3, 12, "b"), Cand(12, 14, "c"), Cand(13, 20, "d")]
    kept = disjoint(cands, lambda c: (c.start - c.end, c.start))
    assert [c.name for c in kept] == ["b", "d"]  # in text order, not priority order


def test_earliest_first_keeps_the_first_of_overlapping_candidates():
    cands = [Cand(3, 12, "b"), Cand(0, 5, "a"), Cand(5, 6, "e"), Cand(13, 20, "d")]
    kept = disjoint(cands, lambda c: (c.start, -c.end))
    assert [c.name for c in kept] == ["a", "e", "d"]  # touching spans do not overlap


def test_equal_priority_keeps_the_candidate_given_first():
    kept = disjoint([Cand(0, 4, "rule 1"), Cand(0, 4, "rule 2")], lambda c: (c.start, -c.end))
    assert [c.name for c in kept] == ["rule 1"]


def test_sentences_are_found_by_character_and_by_token():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("First one here. Second one. Third.")
    sents = Sentences(doc)
    second = doc.text.index("Second")
    assert sents.at_char(second).text == "Second one."
    assert sents.at_char(second - 1).text == "First one here."  # the space after a sentence
    assert sents.at_token(doc[-1].i).text == "Third."
    assert not Sentences(nlp(""))
