"""The Jinja2 environment behind every page and the release's README.md.

Autoescape is on for every HTML template: the raw press releases are
untrusted text, so nothing from the data reaches a page unescaped unless a
template says so. Templates and the stylesheet are package data, read with
importlib.resources, so an installed wheel renders the same pages.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

import jinja2
import pycountry

from pressfacts import __version__
from pressfacts.text import printable

STYLESHEET = "pressfacts.css"


def number(n: int | float | None) -> str:
    """1234567 as '1,234,567'; None as nothing."""
    return "" if n is None else f"{n:,}"


def when(created: str) -> str:
    """'2025-01-28T09:14:03+00:00' as '2025-01-28 09:14 UTC'; anything else as given."""
    try:
        moment = datetime.fromisoformat(created)
    except ValueError:
        return created
    if moment.utcoffset() is not None:
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")


def figure(value: float | None) -> str:
    """A stated number in full: 8e9 as '8,000,000,000', 4.8 as '4.8'."""
    if value is None:
        return ""
    return number(int(value)) if float(value).is_integer() else f"{value:,.6g}"


SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def compact(value: float | None) -> str:
    """8e9 as '8 billion', 1.35e14 as '135 trillion': a large amount a reader can take in."""
    if value is None:
        return ""
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.4g} {word}"
    return figure(value)


def around(sentence: str, surface: str) -> tuple[str, str, str]:
    """The sentence cut around the first occurrence of the mention, so a page
    can mark it; the whole sentence first when the mention is not in it."""
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], surface, sentence[at + len(surface) :]


def safe_url(value: object) -> bool:
    """Only web addresses become links: a `javascript:` URL from a raw file must not."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def country_name(code: str | None) -> str:
    """'CZE' as 'Czechia'; a code pycountry does not know as itself."""
    if not code:
        return ""
    try:
        country = pycountry.countries.get(alpha_3=code)
    except (KeyError, LookupError):
        country = None
    return country.name if country else code


def plural(n: int, singular: str, many: str | None = None) -> str:
    """'1 date', '3 dates': the count with its noun."""
    return f"{number(n)} {singular if n == 1 else (many or singular + 's')}"


# what can start markup inside a table cell (a cell never starts a line, so
# list and heading marks are harmless there)
_CELL_MARKUP = re.compile(r"([\\`*_\[\]|~])")
_CELL_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_cell(value: object) -> str:
    """Text safe inside a Markdown table cell: control characters shown escaped
    (no newline ends the row), markup, HTML and pipes as written characters."""
    text = _CELL_MARKUP.sub(r"\\\1", printable(value))
    return "".join(_CELL_HTML.get(c, c) for c in text)


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pressfacts", "templates"),
        # HTML always escaped; the Markdown README is plain text for a reader
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html",), disabled_extensions=("md",), default=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        number=number,
        figure=figure,
        compact=compact,
        around=around,
        when=when,
        country_name=country_name,
        plural=plural,
        md_cell=md_cell,
    )
    env.tests["safe_url"] = safe_url
    env.globals["version"] = __version__
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def stylesheet() -> str:
    """The pages' CSS, for a page that must stand alone (the validation report)."""
    return files("pressfacts").joinpath("static", STYLESHEET).read_text(encoding="utf-8")


def copy_stylesheet(folder: Path) -> Path:
    """Put the CSS beside the pages that link it; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    with as_file(files("pressfacts").joinpath("static", STYLESHEET)) as source:
        return Path(shutil.copyfile(source, folder / STYLESHEET))
