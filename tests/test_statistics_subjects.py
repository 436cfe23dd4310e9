"""What a figure measures (its subject), on sentences written for these tests: the
noun the figure measures wins over the one who acts, a name or a time word."""

import pytest

from pressfacts.extract.statistics import extract_statistics
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture
def subjects(nlp):
    def run(text):
        return {r.surface: r.subject for r in extract_statistics(nlp(text))}

    return run


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a multiplier verb multiplies its object, not its subject
        ("The terminal will triple the port's handling capacity.", "triple", "capacity"),
        ("The agreement, which doubles the earlier grant, was signed.", "doubles", "grant"),
        # intransitive: what grows is the subject, the qualifier stays on the figure
        ("Rail freight must at least double from current levels.", "at least double", "freight"),
        # a change "from X to Y" of a verb's object: the object changes
        (
            "The reform raised the share of women in parliament from 18 percent to 27 percent.",
            "27 percent",
            "share",
        ),
        # the body that approves is not what is approved: the section the amount is for
        (
            "The Ministry approved 12 billion rupees for the bypass, covering 45 kilometres.",
            "45 kilometres",
            "bypass",
        ),
        ("The Senate approved $80 million as emergency relief.", "$80 million", "relief"),
        ("The Bank will support clinics with up to $20 million.", "up to $20 million", "clinic"),
        # an amount "in"/"on" a noun without a determiner: what the money is
        (
            "Poorer countries will need $4 billion a year in adaptation funding by 2030.",
            "$4 billion",
            "adaptation funding",
        ),
        (
            "A family with rooftop panels saves about $300 a year on power bills.",
            "about $300",
            "power bill",
        ),
        # "each of which": the noun the relative pronoun stands for
        ("It funds six clinics, each of which will receive $2 million.", "$2 million", "clinic"),
        # a figure given for comparison measures what the figure before it measures
        (
            "Coal output reached 112 tonnes in 2024, compared with 98 tonnes in 2023.",
            "98 tonnes",
            "coal output",
        ),
        # an organisation with no better noun in the clause stays the subject
        (
            "The Regional Development Bank has committed $300 million since 2020.",
            "$300 million",
            "Regional Development Bank",
        ),
    ],
)
def test_subject(subjects, text, surface, subject):
    found = subjects(text)
    assert surface in found, found
    assert found[surface] is not None and subject in found[surface]


def test_a_person_is_never_the_subject(subjects):
    found = subjects("Minister Jane K. Doe announced $2 billion over four years.")
    assert found == {"$2 billion": None}


def test_a_count_reads_its_noun_past_hyphenated_adjectives(nlp):
    records = extract_statistics(nlp("The plant will create 1,200 new high-paying jobs here."))
    assert [(r.surface, r.value, r.kind, r.subject) for r in records] == [
        ("1,200 new high-paying jobs", 1200.0, "count", "job")
    ]


def test_a_hyphenated_number_word_is_no_count(subjects):
    assert list(subjects("Two-way trade reached $5 billion last year.")) == ["$5 billion"]


def test_a_subject_never_comes_from_page_furniture(nlp):
    """The agency name of a dateline can be parsed as the subject of the lead's verb;
    a span given as furniture is skipped."""
    doc = nlp("Exports reached $5 billion in the first quarter.")
    assert [r.subject for r in extract_statistics(doc)] == ["export"]
    assert [r.subject for r in extract_statistics(doc, furniture=[(0, 7)])] == [None]


def test_a_name_the_tagger_does_not_know_as_a_person_is_still_no_subject(subjects):
    found = subjects("The Honourable Marie T. Gagnon, Minister of Housing, announced $2 billion.")
    assert found == {"$2 billion": None}


def test_a_size_after_a_measure_describes_the_noun_before_it(subjects):
    found = subjects("The town will be linked to the port by a road 42 kilometres long.")
    assert found == {"42 kilometres": "road"}
    found = subjects("The plant feeds a 220 kV power line 90 kilometres long.")
    assert found == {"220 kV": "power line", "90 kilometres": "power line"}
