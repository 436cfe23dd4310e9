"""Input text made safe to show: in a terminal, a log line, or Markdown.

File names and reasons come from the raw folder, which anyone may fill: a
newline in a file name would forge a log line, an escape sequence would
drive the terminal, and markup in Markdown would render. Control and format
characters are shown as Python escapes (`\\n`, `\\x1b`, `\\u202e`).
"""

from __future__ import annotations

import re
import unicodedata

# Markdown's punctuation that can start markup, and HTML's
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~-])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def _shown(char: str) -> str:
    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
        return char.encode("unicode_escape", errors="backslashreplace").decode("ascii")
    return char


def printable(value: object, *, markdown: bool = False) -> str:
    """`value` as one line of plain text, its control characters escaped;
    with `markdown`, also its markup characters, so it renders as written."""
    text = "".join(_shown(c) for c in str(value))
    if markdown:
        text = "".join(_HTML.get(c, c) for c in _MARKDOWN.sub(r"\\\1", text))
    return text
