"""Who states a figure: the full name of the participant, and the id that joins the tables."""

from datetime import date

import pytest

from pressfacts.assemble import extraction_rows, participant_id
from pressfacts.discover import Document
from pressfacts.extract import extract_all
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def speakers(nlp, text: str) -> dict[str, str | None]:
    ex = extract_all(nlp(text), date(2025, 3, 12))
    return {s.surface: s.speaker for s in ex.statistics}


def test_speech_verb_in_the_sentence_names_the_speaker(nlp) -> None:
    text = "Minister of Trade Ana Silva said exports rose 8 percent. Exports rose 5 percent."
    assert speakers(nlp, text) == {"8 percent": "Ana Silva", "5 percent": None}


def test_quotation_and_pronoun_take_the_full_name(nlp) -> None:
    text = (
        "Deputy Minister Ana Maria Silva opened the fair. “We will build 40 schools,” Silva "
        "said. According to her, 300 homes were connected."
    )
    assert speakers(nlp, text) == {"40 schools": "Ana Maria Silva", "300 homes": "Ana Maria Silva"}


def test_title_only_subject_is_the_person_named_before(nlp) -> None:
    text = "Governor Paul Ode visited. The governor noted that output reached 2 million tonnes."
    assert speakers(nlp, text) == {"2 million tonnes": "Paul Ode"}


def test_speaker_id_joins_the_participants_row(nlp) -> None:
    text = "Minister of Trade Ana Silva said exports rose 8 percent. Exports rose 5 percent."
    doc = Document("d1", "a.txt", "Title", date(2025, 3, 12), text, 12, "0" * 64, "utf-8")
    rows = extraction_rows(doc, extract_all(nlp(text), doc.published_date))
    ids = {p["participant_id"] for p in rows["participants"]}
    said, plain = rows["statistics"]
    assert said["speaker_id"] == participant_id("Ana Silva") and said["speaker_id"] in ids
    assert plain["speaker_id"] is None and plain["speaker"] is None


def test_a_title_standing_for_the_person_gives_the_person_s_name(nlp) -> None:
    """A quotation or a sentence attributed to "the Head of State" is the words
    of the person that title stands for: the full name, as in participants."""
    text = (
        "President Amara Okafor received Trade Minister Jonas Berg of Sweden in Abuja.\n"
        "“Our exports grew by 12 percent last year,” the Head of State said.\n"
        "The Head of State noted that 40 new factories had opened since January.\n"
        "– Our farmers harvested 5 million tonnes of grain. We will build more elevators "
        "in every region,” the Head of State said."
    )
    ex = extract_all(nlp(text), date(2025, 3, 12), publisher_country="NGA")
    assert [p.name for p in ex.participants] == ["Amara Okafor", "Jonas Berg"]
    said = {s.surface: s.speaker for s in ex.statistics}
    assert said["12 percent"] == "Amara Okafor"
    assert said["40 new factories"] == "Amara Okafor"
    assert said["5 million tonnes"] == "Amara Okafor"  # a paragraph quoted after a dash
