"""A per-document cache of extractions, so a rerun only parses what changed.

An entry is keyed by the document's content hash (title, date and body) and
the pipeline's fingerprint (version, spaCy model, source): any of them
changing is a miss. Entries
are written atomically (temporary file, then rename), so a run killed while
writing leaves either the whole entry or none; an entry that cannot be read
is treated as a miss and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from datetime import date
from pathlib import Path

from pressfacts.discover import Document
from pressfacts.extract import Extraction
from pressfacts.extract.records import DateRecord, ParticipantRecord, StatisticRecord
from pressfacts.fingerprint import pipeline_fingerprint


def _to_json(extraction: Extraction) -> str:
    def encode(value):
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(type(value))

    return json.dumps(asdict(extraction), default=encode, separators=(",", ":"))


def _from_json(payload: str) -> Extraction:
    data = json.loads(payload)
    dates = []
    for row in data["dates"]:
        for key in ("start_date", "end_date"):
            row[key] = date.fromisoformat(row[key]) if row[key] else None
        dates.append(DateRecord(**row))
    return Extraction(
        statistics=[StatisticRecord(**row) for row in data["statistics"]],
        dates=dates,
        participants=[ParticipantRecord(**row) for row in data["participants"]],
    )


class CacheMissing(RuntimeError):
    pass


class ExtractionCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.salt = pipeline_fingerprint()

    def path(self, doc: Document) -> Path:
        key = hashlib.sha256(f"{self.salt}|{doc.extraction_key}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, doc: Document) -> Extraction | None:
        try:
            return _from_json(self.path(doc).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def has(self, doc: Document) -> bool:
        """Whether an entry can be read (a damaged one does not count)."""
        return self.get(doc) is not None

    def load(self, doc: Document) -> Extraction:
        """The entry of a document this run extracted: its absence is a fault."""
        extraction = self.get(doc)
        if extraction is None:
            raise CacheMissing(
                f"{doc.source_file}: its extraction cannot be read back from the cache "
                f"({self.path(doc)}); is the disk full? Nothing was published."
            )
        return extraction

    def put(self, doc: Document, extraction: Extraction) -> None:
        target = self.path(doc)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(_to_json(extraction), encoding="utf-8")
        os.replace(tmp, target)
