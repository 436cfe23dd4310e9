"""The extractors' vocabularies: well-formed data files, each read by the code.

A word list is data so that it is written once; these checks keep the files
that hold them from drifting: a duplicated entry, a row with a missing
column, or a file no rule reads any more.
"""

from __future__ import annotations

from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

from pressfacts.extract.vocabulary import entries, rows, tagged

DATA = Path(str(files("pressfacts.extract").joinpath("data")))
EXTRACT = DATA.parent
LISTS = sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".tsv"))


@pytest.mark.parametrize("name", LISTS)
def test_a_list_holds_each_entry_once_and_every_row_has_its_columns(name):
    found = entries(name)
    assert found, f"{name} is empty"
    keys = list(found)  # a TSV row may repeat its key with another value ("Rs" of two countries)
    assert not [k for k, n in Counter(keys).items() if n > 1], f"{name} repeats entries"
    if name.endswith(".tsv"):
        assert len({len(row) for row in rows(name)}) == 1, f"{name} has rows of unequal length"
        assert all(all(cell for cell in row) for row in rows(name)), f"{name} has empty cells"


@pytest.mark.parametrize("name", LISTS)
def test_every_list_is_read_by_the_code(name):
    sources = "".join(p.read_text("utf-8") for p in EXTRACT.rglob("*.py") if "ru" not in p.parts)
    assert f'"{name}"' in sources or f"'{name}'" in sources, f"no rule reads {name}"


def test_tagged_lists_give_each_rule_its_words():
    speech = tagged("speech_verbs.tsv")
    assert "said" in speech["said_after"] and "say" in speech["speaks"]
    assert "said" not in speech["speaks"]  # a written form is no lemma
