"""The extractors' word lists, read from the data files beside the code.

Vocabularies are data, not code: each list is written once, reviewed as a
list, and part of the pipeline fingerprint, and a new language adds files
rather than copies of rules. A `.txt` file holds one entry a line; a `.tsv`
file one row a line, columns separated by tabs; lines starting with `#` are
comments. Each file is read once per process.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `data/name`, in file order (a row of a TSV stays one string)."""
    text = files("pressfacts.extract").joinpath("data", name).read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def words(name: str) -> frozenset[str]:
    """The entries of a one-column list, as a set."""
    return frozenset(entries(name))


def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a TSV file, each split into its columns."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in entries(name))


def mapping(name: str) -> dict[str, str]:
    """A two-column TSV file as a dict from its first column to its second."""
    return {key: value for key, value in rows(name)}


def tagged(name: str) -> dict[str, tuple[str, ...]]:
    """A TSV file of `word<TAB>tags` rows as the words of each tag, in file order.

    One list serves several rules that each read part of it (the speech verbs:
    lemmas for the parse, written forms for the patterns)."""
    found: dict[str, list[str]] = {}
    for word, tags in rows(name):
        for tag in tags.split():
            found.setdefault(tag, []).append(word)
    return {tag: tuple(ws) for tag, ws in found.items()}
