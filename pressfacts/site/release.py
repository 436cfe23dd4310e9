"""Reading a written release for its pages: only the columns a page shows.

The pages are made from the Parquet files, not from tables held in memory,
so a release of ten thousand documents is read a few columns at a time. The
documents table may carry columns that older releases lack (url, publisher,
dateline...), so every read asks only for the columns the file has.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pressfacts.schema import TABLES

# Shown on a release's page when the documents table has them.
DOCUMENT_DETAILS = ("publisher", "publisher_country", "url", "dateline", "language")


@dataclass(frozen=True)
class ReleaseFiles:
    folder: Path

    def path(self, table: str) -> Path:
        return self.folder / f"{table}.parquet"

    def has(self, table: str) -> list[str]:
        """The columns the table's file holds (none when there is no file)."""
        path = self.path(table)
        return pq.read_schema(path).names if path.is_file() else []

    def read(self, table: str, columns: list[str] | tuple[str, ...]) -> pa.Table:
        """The named columns that exist; an empty table of the contract when the file is absent."""
        present = self.has(table)
        if not present:
            schema = TABLES[table].arrow_schema
            return schema.empty_table().select([c for c in columns if c in schema.names])
        return pq.read_table(self.path(table), columns=[c for c in columns if c in present])

    def batches(self, table: str, columns: list[str], size: int) -> Iterator[pa.RecordBatch]:
        present = self.has(table)
        if not present:
            return iter(())
        parquet = pq.ParquetFile(self.path(table))
        return parquet.iter_batches(batch_size=size, columns=[c for c in columns if c in present])

    def rows(self, table: str) -> int:
        path = self.path(table)
        return pq.ParquetFile(path).metadata.num_rows if path.is_file() else 0

    def counts(self) -> dict[str, int]:
        return {name: self.rows(name) for name in TABLES}

    def rejections(self) -> list[dict]:
        path = self.folder / "rejections.json"
        if not path.is_file():
            return []
        return json.loads(path.read_text(encoding="utf-8"))
