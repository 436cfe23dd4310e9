"""Records to Arrow tables with the contract's schemas, and the ids that join them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict

import pyarrow as pa

from pressfacts.discover import Document
from pressfacts.extract import Extraction
from pressfacts.extract.folding import fold_accents
from pressfacts.schema import DATES, DOCUMENTS, PARTICIPANTS, STATISTICS, TABLES, Table


def canonical_name(name: str) -> str:
    """The form of a name that decides a person's identity across documents:
    accents, case, hyphens and punctuation do not make two people."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold_accents(name).casefold())
    return " ".join(cleaned.split())


def participant_id(name: str) -> str:
    return "p" + hashlib.sha256(canonical_name(name).encode("utf-8")).hexdigest()[:15]


def extraction_rows(doc: Document, extraction: Extraction) -> dict[str, list[dict]]:
    """Rows of the three mention tables for one document, ids included."""
    statistics = []
    names = {rec.name for rec in extraction.participants}
    for rec in extraction.statistics:
        row = asdict(rec)
        group = row.pop("range_group")
        # the same id as the speaker's participants row, so the two tables join
        row["speaker_id"] = participant_id(rec.speaker) if rec.speaker in names else None
        row["doc_id"] = doc.doc_id
        row["stat_id"] = f"{doc.doc_id}-s{rec.char_start}-{rec.char_end}"
        row["range_id"] = f"{doc.doc_id}-r{group}" if group is not None else None
        statistics.append(row)
    dates = []
    for rec in extraction.dates:
        row = asdict(rec)
        row["doc_id"] = doc.doc_id
        row["date_id"] = f"{doc.doc_id}-t{rec.char_start}-{rec.char_end}"
        dates.append(row)
    participants = []
    for rec in extraction.participants:
        row = asdict(rec)
        row["doc_id"] = doc.doc_id
        row["participant_id"] = participant_id(rec.name)
        participants.append(row)
    statistics.sort(key=lambda r: (r["char_start"], r["char_end"]))
    dates.sort(key=lambda r: (r["char_start"], r["char_end"]))
    participants.sort(key=lambda r: (r["char_start"], r["name"]))
    return {"statistics": statistics, "dates": dates, "participants": participants}


def to_table(table: Table, rows: Iterable[dict]) -> pa.Table:
    columns = table.column_names
    return pa.Table.from_pylist(
        [{c: row.get(c) for c in columns} for row in rows], schema=table.arrow_schema
    )


def assemble(documents: list[Document], extractions: list[Extraction]) -> dict[str, pa.Table]:
    """The four tables: documents in file-name order, mentions in text order
    within each document, so the same input gives the same tables row for row."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    pairs = sorted(zip(documents, extractions, strict=True), key=lambda p: p[0].source_file)
    for doc, extraction in pairs:
        rows["documents"].append(asdict(doc))
        for name, table_rows in extraction_rows(doc, extraction).items():
            rows[name].extend(table_rows)
    return {
        "documents": to_table(DOCUMENTS, rows["documents"]),
        "statistics": to_table(STATISTICS, rows["statistics"]),
        "dates": to_table(DATES, rows["dates"]),
        "participants": to_table(PARTICIPANTS, rows["participants"]),
    }
