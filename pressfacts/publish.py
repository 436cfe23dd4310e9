"""Writing a release and moving it into place.

Everything is written into a staging folder beside the releases, which is
renamed into `releases/<release_id>` in one step once it is complete and
valid; `latest` is moved last. A reader never sees a half-written release,
and a failed attempt is kept under `failed/` with its report.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from pressfacts import __version__
from pressfacts.discover import Document, Rejection
from pressfacts.fingerprint import pipeline_fingerprint
from pressfacts.schema import TABLES, Table
from pressfacts.text import printable

RELEASES = "releases"
FAILED = "failed"
LATEST = "latest"
CACHE = "cache"
STAGING_PREFIX = ".staging-"

# Spreadsheets run cells that start with these as formulas (OWASP, CSV injection).
FORMULA_START = r"^[=+\-@\t\r]"

FRICTIONLESS_TYPES = {
    pa.string(): "string",
    pa.int32(): "integer",
    pa.int64(): "integer",
    pa.float64(): "number",
    pa.date32(): "date",
    pa.bool_(): "boolean",
}


def release_id(documents: Iterable[Document], rejections: Iterable[Rejection] = ()) -> str:
    """Derived from the inputs (file names and contents, and the files refused)
    and the pipeline's fingerprint: the same input through the same pipeline
    gives the same id."""
    digest = hashlib.sha256(f"pressfacts {pipeline_fingerprint()}".encode())
    for doc in sorted(documents, key=lambda d: d.source_file):
        digest.update(f"\0{doc.source_file}\0{doc.content_sha256}".encode())
    for rejection in sorted(rejections, key=lambda r: r.file):
        digest.update(f"\0rejected\0{rejection.file}\0{rejection.reason}".encode())
    return digest.hexdigest()[:12]


def remove_leftovers(out_dir: Path) -> None:
    """Staging folders and link files of runs that died (called under the run lock,
    when no other run can be writing)."""
    releases = out_dir / RELEASES
    if releases.is_dir():
        for path in releases.glob(f"{STAGING_PREFIX}*"):
            shutil.rmtree(path, ignore_errors=True)
    for path in out_dir.glob(f".{LATEST}-*"):
        path.unlink(missing_ok=True)


def staging_dir(out_dir: Path, rid: str) -> Path:
    path = out_dir / RELEASES / f"{STAGING_PREFIX}{rid}-{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def csv_safe(table: pa.Table) -> pa.Table:
    """Text cells that a spreadsheet would run as a formula get a leading
    apostrophe; numbers stay numbers. Parquet keeps the exact values."""
    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type):
            risky = pc.fill_null(pc.match_substring_regex(column, FORMULA_START), False)
            column = pc.if_else(risky, pc.binary_join_element_wise("'", column, ""), column)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=table.schema)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class TableWriter:
    """Appends rows to every table's Parquet and CSV files part by part, so a
    release of any size is written without its tables ever being in memory
    whole. Each `write` becomes one Parquet row group."""

    def __init__(self, folder: Path):
        self.counts = {name: 0 for name in TABLES}
        self._parquet = {
            name: pq.ParquetWriter(folder / f"{name}.parquet", t.arrow_schema, compression="zstd")
            for name, t in TABLES.items()
        }
        self._csv = {
            name: pa_csv.CSVWriter(folder / f"{name}.csv", t.arrow_schema)
            for name, t in TABLES.items()
        }

    def write(self, tables: dict[str, pa.Table]) -> None:
        for name, table in tables.items():
            if table.num_rows:
                self._parquet[name].write_table(table)
                self._csv[name].write_table(csv_safe(table))
                self.counts[name] += table.num_rows

    def close(self) -> None:
        for writer in (*self._parquet.values(), *self._csv.values()):
            writer.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_tables(tables: dict[str, pa.Table], folder: Path) -> None:
    with TableWriter(folder) as writer:
        writer.write(tables)


def _field(column) -> dict:
    field = {
        "name": column.name,
        "type": FRICTIONLESS_TYPES[column.type],
        "description": column.description,
    }
    constraints = {}
    if not column.nullable:
        constraints["required"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if column.unique:
        constraints["unique"] = True
    if constraints:
        field["constraints"] = constraints
    if column.example:
        field["example"] = column.example
    return field


def table_schema(table: Table) -> dict:
    schema = {"fields": [_field(c) for c in table.columns], "primaryKey": list(table.primary_key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": key, "reference": {"resource": "documents", "fields": key}}
            for key in table.foreign_keys
        ]
    return schema


def write_datapackage(folder: Path, rid: str, counts: dict[str, int], created: str) -> None:
    resources = []
    for name, table in TABLES.items():
        for fmt, mediatype in (("parquet", "application/vnd.apache.parquet"), ("csv", "text/csv")):
            path = folder / f"{name}.{fmt}"
            resource = {
                "name": name if fmt == "parquet" else f"{name}-csv",
                "path": path.name,
                "type": "table",
                "format": fmt,
                "mediatype": mediatype,
                "description": table.description,
                "bytes": path.stat().st_size,
                "hash": f"sha256:{sha256_file(path)}",
                "schema": table_schema(table),
            }
            if fmt == "csv":
                resource["encoding"] = "utf-8"
            else:
                # frictionless reads Parquet through pyarrow, not as bytes, so it cannot
                # check a byte count; the sha256 hash still pins the file
                del resource["bytes"]
            resources.append(resource)
    package = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "pressfacts-release",
        "id": rid,
        "title": "pressfacts release: statistics, dates and participants of press releases",
        "version": __version__,
        "created": created,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": [{"title": "raw press releases"}],
        "pressfacts": {"row_counts": counts},
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write_dictionary(
    folder: Path, rid: str, counts: dict[str, int], created: str, rejections: list[Rejection]
) -> None:
    """The release's README.md: what each file holds and what each column means."""
    lines = [
        f"# pressfacts release {rid}",
        "",
        f"Created {created} by pressfacts {__version__}. Each table is published as Parquet "
        "(exact types, zstd) and as CSV (UTF-8, header row, empty cell for null). "
        "`datapackage.json` describes the files (Frictionless Data Package v2, with sha256 "
        "hashes); `validation/index.html` is the validation report.",
        "",
        "| table | rows |",
        "|---|---|",
        *[f"| {name} | {counts[name]} |" for name in TABLES],
        "",
        "CSV cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are "
        "prefixed with an apostrophe (`'`) so that spreadsheets do not run them as formulas; "
        "numeric columns are written unchanged. The Parquet files keep the exact text.",
        "",
        "Offsets (`char_start`, `char_end`) are character offsets into `documents.text`: "
        "`text[char_start:char_end] == surface` holds for every mention row.",
        "",
    ]
    for name, table in TABLES.items():
        lines += [
            f"## {name}",
            "",
            table.description,
            "",
            "| column | type | required | meaning | example |",
            "|---|---|---|---|---|",
        ]
        for c in table.columns:
            meaning = c.description + (f" One of: {', '.join(c.allowed)}." if c.allowed else "")
            lines.append(
                f"| `{c.name}` | {c.type} | {'yes' if not c.nullable else 'no'} | "
                f"{_cell(meaning)} | {_cell(c.example)} |"
            )
        lines.append("")
    if rejections:
        lines += ["## Files not read", "", "| file | reason | hint |", "|---|---|---|"]
        lines += [
            "| "
            + " | ".join(printable(v, markdown=True) for v in (r.file, r.reason, r.hint))
            + " |"
            for r in rejections
        ]
        lines.append("")
    (folder / "README.md").write_text("\n".join(lines), encoding="utf-8")


def write_rejections(folder: Path, rejections: list[Rejection]) -> None:
    payload = [{"file": r.file, "reason": r.reason, "hint": r.hint} for r in rejections]
    (folder / "rejections.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def point_latest(out_dir: Path, target: Path) -> None:
    """Swap `latest` in one rename, so it always names a complete release."""
    link = out_dir / LATEST
    tmp = out_dir / f".{LATEST}-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target.relative_to(out_dir))
    os.replace(tmp, link)


def promote(staging: Path, out_dir: Path, rid: str) -> Path:
    final = out_dir / RELEASES / rid
    os.rename(staging, final)
    point_latest(out_dir, final)
    return final


def keep_failed(staging: Path, out_dir: Path, rid: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = out_dir / FAILED / f"{rid}-{stamp}"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.rename(staging, target)
    return target


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
