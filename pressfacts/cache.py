"""A per-document cache of extractions, so a rerun only parses what changed.

An entry is keyed by the document's content hash (title, date and body) and
the pipeline's fingerprint (version, spaCy model, source): any of them
changing is a miss. Entries are written atomically (temporary file, then
rename), so a run killed while writing leaves either the whole entry or none.

Each entry is sealed with a digest of the fingerprint, the document's content
hash and the extraction itself: an entry edited by hand, truncated, or moved
to another document's name does not verify and is parsed again. So is any
entry that cannot be read at all, whatever is wrong with it (a damaged
file, JSON nested too deep to load): the cache may lose work, never a run.
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
        participants=[_participant(row) for row in data["participants"]],
    )


def _participant(row: dict) -> ParticipantRecord:
    """JSON has no tuples: the mention spans come back as lists."""
    row["mentions"] = tuple(tuple(span) for span in row.get("mentions", ()))
    return ParticipantRecord(**row)


class CacheMissing(RuntimeError):
    pass


ENTRY_FORMAT = 2


class ExtractionCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.salt = pipeline_fingerprint()

    def path(self, doc: Document) -> Path:
        key = hashlib.sha256(f"{self.salt}|{doc.extraction_key}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def seal(self, doc: Document, payload: str) -> str:
        """The digest that ties an entry to this pipeline and this document's content."""
        return hashlib.sha256(f"{self.salt}|{doc.content_sha256}|{payload}".encode()).hexdigest()

    def get(self, doc: Document) -> Extraction | None:
        """The entry of `doc` if it is there and verifies, else None (parse it again)."""
        try:
            entry = json.loads(self.path(doc).read_text(encoding="utf-8"))
            payload = entry["extraction"]
            if entry.get("format") != ENTRY_FORMAT or entry.get("seal") != self.seal(doc, payload):
                return None
            return _from_json(payload)
        except Exception:  # unreadable in any way: a miss, never a failed run
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
        payload = _to_json(extraction)
        entry = {"format": ENTRY_FORMAT, "seal": self.seal(doc, payload), "extraction": payload}
        tmp.write_text(json.dumps(entry, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, target)
