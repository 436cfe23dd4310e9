"""The ingestion vocabularies: TOML files in `data/`, loaded once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def load(name: str) -> dict:
    """The parsed `data/<name>.toml`."""
    text = resources.files("pressfacts.ingest").joinpath("data", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def numbered_names(name: str) -> dict[str, int]:
    """Every form of every language in a `[language] number = [forms]` file
    (month and weekday names), to its number."""
    return {
        form: int(number)
        for language in load(name).values()
        for number, forms in language.items()
        for form in forms
    }
