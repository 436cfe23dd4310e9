"""Raw files to documents: text releases, saved web pages and exports.

`discover(raw_dir)` reads every entry of the folder, in name order, into
`Document`s and `Rejection`s: one bad file (or export record) never stops a
run. The modules of this package each do one job: `files` reads bytes
safely, `datelines` finds the publication date, `html` and `exports` read
the other formats, `source` reads the folder's `source.toml`, `language`
and `furniture` describe the text.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from pressfacts import __version__
from pressfacts.ingest.datelines import parse_date_line
from pressfacts.ingest.errors import RejectedFile, Rejection, shown_name
from pressfacts.ingest.exports import EXPORT_SUFFIXES, Record, read_export
from pressfacts.ingest.files import decode, entries, inside, read_stable
from pressfacts.ingest.furniture import find_furniture
from pressfacts.ingest.html import fragment_text, read_page
from pressfacts.ingest.language import detect_language
from pressfacts.ingest.source import NO_SOURCE, SOURCE_FILE, Source, read_source

__all__ = ["Document", "RejectedFile", "Rejection", "Source", "discover", "read_document"]

TEXT_SUFFIX = ".txt"
PAGE_SUFFIXES = (".html", ".htm")
SUFFIXES = (TEXT_SUFFIX, *PAGE_SUFFIXES, *EXPORT_SUFFIXES)
# A press release is tens of kilobytes; a file this large is a dump or a mistake,
# and parsing it whole would take gigabytes of memory. A saved page carries its
# scripts and styles, an export many releases.
MAX_BYTES = 5_000_000
MAX_PAGE_BYTES = 20_000_000
MAX_EXPORT_BYTES = 500_000_000
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


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
    url: str | None = None
    publisher: str | None = None
    publisher_country: str | None = None
    licence: str | None = None
    dateline: str | None = None
    # spans of `text` (datelines, bylines) that stay in the text but give no row
    furniture: tuple[tuple[int, int], ...] = ()
    source: Source = field(default=NO_SOURCE, repr=False)

    @property
    def extraction_key(self) -> str:
        """What the extraction depends on besides the pipeline: the content,
        the language and the publisher's country (the cache's key)."""
        key = f"{self.content_sha256}|{self.language}|{self.publisher_country or ''}"
        return hashlib.sha256(key.encode()).hexdigest()

    @property
    def fingerprint(self) -> str:
        """Everything the document's rows depend on, source metadata included
        (part of the release id)."""
        row = asdict(self)
        row["published_date"] = self.published_date.isoformat()
        del row["pipeline_version"]
        return hashlib.sha256(json.dumps(row, sort_keys=True).encode()).hexdigest()


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


def make_document(
    source_file: str,
    title: str,
    published: date,
    body: str,
    encoding: str,
    source: Source,
    url: str | None = None,
) -> Document:
    """A document from its parts; the body loses its trailing blank space only,
    so that offsets into it never move."""
    body = body.rstrip()
    if not title:
        raise RejectedFile("no title", "put the title on the first line")
    if not body.strip():
        raise RejectedFile("no body after the title and date lines", "add the release text")
    if len(body) > MAX_BYTES:
        raise RejectedFile(
            f"body too large ({len(body) / 1e6:.1f} M characters)", "split it into releases"
        )
    normalised = "\n".join([title, published.isoformat(), body.strip()])
    sha = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    furniture = find_furniture(body)
    return Document(
        doc_id=sha[:16],
        source_file=source_file,
        title=title,
        published_date=published,
        text=body,
        n_words=len(_WORD.findall(body)),
        content_sha256=sha,
        encoding=encoding,
        language=detect_language(body, source.language),
        url=url,
        publisher=source.publisher,
        publisher_country=source.country,
        licence=source.licence,
        dateline=furniture.dateline,
        furniture=furniture.spans,
        source=source,
    )


def _text(data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise RejectedFile("empty file", "remove it or add the release text")
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.removeprefix("\ufeff"), encoding


def _read_text_release(name: str, data: bytes, source: Source) -> Document:
    text, encoding = _text(data)
    title, date_line, body = split_document(text)
    published = parse_date_line(date_line, date_order=source.date_order)
    return make_document(name, title, published, body, encoding, source)


def _read_page(name: str, data: bytes, source: Source) -> Document:
    html, encoding = _text(data)
    page = read_page(html, date_order=source.date_order)
    url = source.absolute_url(page.url)
    return make_document(name, page.title, page.published, page.body, encoding, source, url)


def _max_bytes(suffix: str) -> int:
    if suffix in PAGE_SUFFIXES:
        return MAX_PAGE_BYTES
    return MAX_EXPORT_BYTES if suffix in EXPORT_SUFFIXES else MAX_BYTES


def _safe_path(raw_dir: Path, name: str) -> Path:
    with os.scandir(raw_dir) as it:
        entry = next((e for e in it if e.name == name), None)
    if entry is None:
        raise RejectedFile("no such file", "check the file name")
    return inside(raw_dir, entry)


def read_document(path: Path, source: Source = NO_SOURCE) -> Document:
    """One text release or saved page (an export holds many: see `discover`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    data = read_stable(_safe_path(path.parent, path.name), _max_bytes(suffix))
    name = shown_name(path.name)
    if suffix in PAGE_SUFFIXES:
        return _read_page(name, data, source)
    return _read_text_release(name, data, source)


def _export_documents(
    name: str, suffix: str, data: bytes, source: Source
) -> list[Document | Rejection]:
    text, encoding = _text(data)
    out: list[Document | Rejection] = []
    for item in read_export(suffix, text):
        if isinstance(item, Record):
            label = f"{name}#{item.line}"
            try:
                published = parse_date_line(item.date_line, date_order=source.date_order)
                body = fragment_text(item.body.replace("\r\n", "\n").replace("\r", "\n"))
                url = source.absolute_url(item.url)
                out.append(make_document(label, item.title, published, body, encoding, source, url))
            except RejectedFile as exc:
                out.append(Rejection(label, exc.reason, exc.hint))
        else:
            line, exc = item
            out.append(Rejection(f"{name}#{line}", exc.reason, exc.hint))
    return out


def _read_entry(raw_dir: Path, entry: os.DirEntry, source: Source) -> list[Document | Rejection]:
    name = shown_name(entry.name)
    suffix = Path(entry.name).suffix.lower()
    if suffix not in SUFFIXES:
        return [
            Rejection(
                name,
                f"not a release file ({', '.join(SUFFIXES)})",
                "text releases are .txt, saved pages .html, exports .jsonl or .csv",
            )
        ]
    try:
        data = read_stable(inside(raw_dir, entry), _max_bytes(suffix))
        if suffix in EXPORT_SUFFIXES:
            return _export_documents(name, suffix, data, source)
        if suffix in PAGE_SUFFIXES:
            return [_read_page(name, data, source)]
        return [_read_text_release(name, data, source)]
    except RejectedFile as exc:
        return [Rejection(name, exc.reason, exc.hint)]
    except OSError as exc:
        return [
            Rejection(name, f"unreadable: {exc.strerror or exc}", "check the file's permissions")
        ]
    except Exception as exc:  # noqa: BLE001  a reader's fault on one file must not stop the run
        return [
            Rejection(
                name,
                f"could not be read ({type(exc).__name__})",
                "save it again, or give the release as a text file",
            )
        ]


def _source(raw_dir: Path) -> tuple[Source, list[Rejection]]:
    def read(path: Path) -> bytes:
        return read_stable(_safe_path(raw_dir, path.name), MAX_BYTES)

    try:
        return read_source(raw_dir, read), []
    except RejectedFile as exc:
        return NO_SOURCE, [Rejection(SOURCE_FILE, exc.reason, exc.hint)]
    except OSError as exc:
        return NO_SOURCE, [
            Rejection(SOURCE_FILE, f"unreadable: {exc.strerror or exc}", "check its permissions")
        ]


def discover(raw_dir: Path) -> tuple[list[Document], list[Rejection]]:
    """Every document in `raw_dir`, in file-name order, and every file refused."""
    raw_dir = Path(raw_dir)
    source, rejections = _source(raw_dir)
    documents: list[Document] = []
    seen: dict[str, str] = {}
    for entry in entries(raw_dir):
        if entry.name == SOURCE_FILE:
            continue
        for item in _read_entry(raw_dir, entry, source):
            if isinstance(item, Rejection):
                rejections.append(item)
            elif item.doc_id in seen:
                rejections.append(
                    Rejection(
                        item.source_file,
                        f"same text as {seen[item.doc_id]}",
                        "remove the duplicate",
                    )
                )
            else:
                seen[item.doc_id] = item.source_file
                documents.append(item)
    return documents, rejections
