"""The data dictionary, described once and rendered twice.

The release's README.md and the dataset page both show what every column
means from the entries built here: the contract in `pressfacts.schema`, with
each column's example taken from the release's own rows (the first value
that is not empty), so an example never disagrees with the data. A column
with no value anywhere falls back to the schema's example.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pressfacts.schema import TABLES, Column, Table

EXAMPLE_CHARS = 60
SCAN_BATCH = 1024
FRIENDLY_TYPES = {
    pa.string(): "text",
    pa.int32(): "integer",
    pa.int64(): "integer",
    pa.float64(): "number",
    pa.date32(): "date",
    pa.bool_(): "boolean",
}


@dataclass(frozen=True)
class ColumnEntry:
    name: str
    arrow_type: str
    friendly_type: str
    required: bool
    description: str
    allowed: tuple[str, ...]
    example: str
    example_from_data: bool


@dataclass(frozen=True)
class TableEntry:
    name: str
    description: str
    primary_key: tuple[str, ...]
    rows: int
    columns: tuple[ColumnEntry, ...]


def shown(value: object) -> str:
    """A cell as the dictionary quotes it: one line, at most EXAMPLE_CHARS characters."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        text = f"{value:.1f}"
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1].rstrip() + "…"


def first_values(path: Path, names: list[str]) -> dict[str, object]:
    """The first non-empty value of each column, reading batch by batch and
    stopping as soon as every column has one: the tables are never read whole."""
    if not path.is_file():
        return {}
    parquet = pq.ParquetFile(path)
    wanted = [n for n in names if n in parquet.schema_arrow.names]
    found: dict[str, object] = {}
    for batch in parquet.iter_batches(batch_size=SCAN_BATCH, columns=wanted):
        for name in [n for n in wanted if n not in found]:
            for value in batch.column(name).drop_null().to_pylist():
                if value != "":
                    found[name] = value
                    break
        if len(found) == len(wanted):
            break
    return found


def table_entry(table: Table, folder: Path | None, rows: int) -> TableEntry:
    data = first_values(folder / f"{table.name}.parquet", table.column_names) if folder else {}

    def entry(c: Column) -> ColumnEntry:
        return ColumnEntry(
            name=c.name,
            arrow_type=str(c.type),
            friendly_type=FRIENDLY_TYPES.get(c.type, str(c.type)),
            required=not c.nullable,
            description=c.description,
            allowed=c.allowed or (),
            example=shown(data[c.name]) if c.name in data else c.example,
            example_from_data=c.name in data,
        )

    return TableEntry(
        name=table.name,
        description=table.description,
        primary_key=table.primary_key,
        rows=rows,
        columns=tuple(entry(c) for c in table.columns),
    )


def entries(folder: Path | None, counts: dict[str, int]) -> list[TableEntry]:
    """Every table of the release, in the contract's order."""
    return [table_entry(t, folder, counts.get(name, 0)) for name, t in TABLES.items()]
