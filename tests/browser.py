"""A real headless browser for the page tests, with the network off.

Chromium comes from the system packages (`apt-get install chromium`); the
tests that use it skip only on a machine without one.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on this machine")

OFFLINE = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    # every host name fails to resolve and every connection goes to a closed port
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
]


def chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="pressfacts-chromium-") as profile:
        return subprocess.run(
            [str(CHROMIUM), *OFFLINE, f"--user-data-dir={profile}", *args, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=180,
        )


def dump_dom(page: Path) -> str:
    """The page's DOM after the browser has loaded it."""
    result = chromium(page, "--dump-dom")
    assert "</html>" in result.stdout, result.stderr[-2000:]
    return result.stdout


def screenshot(page: Path, shot: Path, size: str = "1280,2400") -> bytes:
    chromium(page, f"--screenshot={shot}", f"--window-size={size}", "--hide-scrollbars")
    assert shot.is_file(), f"no screenshot of {page}"
    return shot.read_bytes()


class MarkedText(HTMLParser):
    """Reads a document page's text and where each marked row lies in it:
    `rows[row_id]` is the list of (start, end) pieces of that row's marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.rows: dict[str, list[tuple[int, int]]] = {}
        self.kinds: dict[str, str] = {}
        self._inside = 0  # depth inside the text's container, 0 when outside
        self._open: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if self._inside:
            self._inside += 1
            if tag == "mark":
                self._open.append((found["data-row"] or "", len(self.text)))
                self.kinds[found["data-row"] or ""] = found.get("class") or ""
        elif tag == "div" and "doc-text" in (found.get("class") or "").split():
            self._inside = 1

    def handle_endtag(self, tag: str) -> None:
        if not self._inside:
            return
        self._inside -= 1
        if tag == "mark":
            row, start = self._open.pop()
            self.rows.setdefault(row, []).append((start, len(self.text)))

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.text += data


def marked_rows(html: str) -> tuple[str, dict[str, tuple[int, int]], dict[str, str]]:
    """The text, each row's span (its pieces joined, which must touch), and each row's kind."""
    parser = MarkedText()
    parser.feed(html)
    spans = {}
    for row, parts in parser.rows.items():
        parts.sort()
        for (_, end), (start, _) in zip(parts, parts[1:], strict=False):
            assert end == start, f"the pieces of {row} leave a gap: {parts}"
        spans[row] = (parts[0][0], parts[-1][1])
    return parser.text, spans, parser.kinds
