"""Feed and API exports: one release per JSON line or per CSV row.

Fields are recognised by their common names (see `data/export_fields.toml`).
A record is named `FILE#LINE`, the line on which it starts (a CSV's header is
line 1), so `news.jsonl#3` is the third line of `news.jsonl`. A bad record is
refused with that name and the others are kept. A body given as HTML (a
feed's `content`) is read as text, a paragraph per block.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass

from pressfacts.ingest import vocabulary
from pressfacts.ingest.errors import RejectedFile

EXPORT_SUFFIXES = (".jsonl", ".csv")


@dataclass(frozen=True)
class Record:
    line: int
    title: str
    date_line: str
    body: str
    url: str | None


def field_names() -> dict[str, list[str]]:
    return vocabulary.load("export_fields")


def _pick(fields: dict, role: str) -> str | None:
    lowered = {str(k).strip().lower(): v for k, v in fields.items()}
    for name in field_names()[role]:
        value = lowered.get(name)
        if value is not None and str(value).strip():
            return str(value)
    return None


def _record(line: int, fields: dict) -> Record:
    title, date_line, body = (_pick(fields, r) for r in ("title", "date", "text"))
    missing = [r for r, v in (("title", title), ("date", date_line), ("text", body)) if v is None]
    if missing:
        raise RejectedFile(
            f"no {' or '.join(missing)} field",
            "name the fields " + "; ".join(f"{r}: {', '.join(field_names()[r])}" for r in missing),
        )
    return Record(line, " ".join(title.split()), date_line, body, _pick(fields, "url"))


def _jsonl(text: str) -> Iterator[tuple[int, dict | RejectedFile]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except ValueError as exc:
            yield number, RejectedFile(f"not JSON ({exc.msg})", "write one JSON object per line")
            continue
        if not isinstance(fields, dict):
            yield number, RejectedFile("not a JSON object", "write one JSON object per line")
            continue
        yield number, fields


def _csv(text: str) -> Iterator[tuple[int, dict | RejectedFile]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield 1, RejectedFile("no header row", "the first row names the fields")
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, RejectedFile(f"not a CSV row ({exc})", "check the quoting")
            start = reader.line_num + 1
            continue
        if any(cell.strip() for cell in row):
            if len(row) != len(header):
                yield (
                    start,
                    RejectedFile(
                        f"{len(row)} fields where the header has {len(header)}", "check the quoting"
                    ),
                )
            else:
                yield start, dict(zip(header, row, strict=True))
        start = reader.line_num + 1


def read_export(suffix: str, text: str) -> Iterator[Record | tuple[int, RejectedFile]]:
    """Each record of an export, or (line, refusal) for one that cannot be read."""
    rows = _jsonl(text) if suffix == ".jsonl" else _csv(text)
    for line, fields in rows:
        if isinstance(fields, RejectedFile):
            yield line, fields
            continue
        try:
            yield _record(line, fields)
        except RejectedFile as exc:
            yield line, exc
