"""Reading raw files into documents.

A raw file is a title line, a publication-date line, blank lines, then the
body. A file that cannot honestly be read as such a document becomes a
`Rejection` with a reason and a hint: one bad file never stops a run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from pressfacts import __version__

RAW_SUFFIX = ".txt"
# A press release is tens of kilobytes; a file this large is a dump or a mistake,
# and parsing it whole would take gigabytes of memory.
MAX_BYTES = 5_000_000
EARLIEST_YEAR = 1900
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


@dataclass(frozen=True)
class Document:
    doc_id: str
    source_file: str
    title: str
    published_date: date
    text: str
    n_words: int
    content_sha256: str
    encoding: str
    language: str = "en"
    pipeline_version: str = __version__


@dataclass(frozen=True)
class Rejection:
    file: str
    reason: str
    hint: str


class RejectedFile(Exception):
    def __init__(self, reason: str, hint: str):
        super().__init__(reason)
        self.reason = reason
        self.hint = hint


def decode(data: bytes) -> tuple[str, str]:
    """Decode raw bytes, returning (text, encoding).

    A byte-order mark is trusted, then strict UTF-8; anything else goes to
    charset-normalizer, and text it cannot decode with confidence is refused
    rather than guessed.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data:
        raise RejectedFile("binary content (NUL bytes)", "save the release as plain text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise RejectedFile("undecodable bytes", "save the file as UTF-8 text")
    return str(best), best.encoding


def split_document(text: str) -> tuple[str, str, str]:
    """(title, date line, body): body is everything after the first two lines
    and the blank lines that follow them, kept verbatim."""
    lines = text.split("\n")
    i = 2
    while i < len(lines) and not lines[i].strip():
        i += 1
    title = lines[0].strip() if lines else ""
    date_line = lines[1].strip() if len(lines) > 1 else ""
    return title, date_line, "\n".join(lines[i:])


def parse_published(date_line: str) -> date:
    if not date_line:
        raise RejectedFile("no date line", "put the publication date on the second line")
    if not re.search(r"\d", date_line):
        raise RejectedFile(
            f"date line {date_line[:40]!r} holds no date",
            "put the publication date on the second line, e.g. '5 July 2023'",
        )
    try:
        published = date_parser.parse(date_line, dayfirst=True).date()
    except (ValueError, OverflowError) as exc:
        raise RejectedFile(
            f"date line {date_line[:40]!r} is not a date",
            "write the date as '5 July 2023' or '2023-07-05'",
        ) from exc
    if not EARLIEST_YEAR <= published.year or published > date.today() + timedelta(days=1):
        raise RejectedFile(
            f"publication date {published.isoformat()} is out of range",
            "check the date line: it must be a past date",
        )
    return published


def read_document(path: Path) -> Document:
    if path.is_symlink() and not path.exists():
        raise RejectedFile("broken symbolic link", "point the link at an existing file")
    if not path.is_file():
        raise RejectedFile("not a regular file", "put the release text in a plain file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise RejectedFile(
            f"too large ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)",
            "a press release is rarely over 100 kB: split the file into releases",
        )
    data = path.read_bytes()
    if not data.strip():
        raise RejectedFile("empty file", "remove it or add the release text")
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    title, date_line, body = split_document(text)
    published = parse_published(date_line)
    if not body.strip():
        raise RejectedFile("no body after the title and date lines", "add the release text")
    normalised = "\n".join([title, published.isoformat(), body.strip()])
    sha = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    return Document(
        doc_id=sha[:16],
        source_file=path.name,
        title=title,
        published_date=published,
        text=body,
        n_words=len(_WORD.findall(body)),
        content_sha256=sha,
        encoding=encoding,
    )


def iter_raw_files(raw_dir: Path) -> Iterator[Path]:
    """Every entry of the folder but sub-folders, in name order."""
    yield from sorted(
        (p for p in raw_dir.iterdir() if p.is_symlink() or not p.is_dir()), key=lambda p: p.name
    )


def discover(raw_dir: Path) -> tuple[list[Document], list[Rejection]]:
    """Every document in `raw_dir`, in file-name order, and every file refused."""
    documents: list[Document] = []
    rejections: list[Rejection] = []
    seen: dict[str, str] = {}
    for path in iter_raw_files(raw_dir):
        if path.suffix.lower() != RAW_SUFFIX:
            rejections.append(
                Rejection(
                    path.name, f"not a {RAW_SUFFIX} file", f"only {RAW_SUFFIX} files are read"
                )
            )
            continue
        try:
            doc = read_document(path)
        except RejectedFile as exc:
            rejections.append(Rejection(path.name, exc.reason, exc.hint))
            continue
        except OSError as exc:
            rejections.append(
                Rejection(
                    path.name, f"unreadable: {exc.strerror or exc}", "check the file's permissions"
                )
            )
            continue
        if doc.doc_id in seen:
            rejections.append(
                Rejection(path.name, f"same text as {seen[doc.doc_id]}", "remove the duplicate")
            )
            continue
        seen[doc.doc_id] = path.name
        documents.append(doc)
    return documents, rejections
