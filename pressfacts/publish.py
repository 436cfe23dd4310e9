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
import re
import shutil
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from pressfacts import __version__, dictionary
from pressfacts.discover import Document, Rejection, Source
from pressfacts.fingerprint import pipeline_fingerprint
from pressfacts.layout import FAILED, LATEST, RELEASES, STAGING_PREFIX
from pressfacts.schema import TABLES, Table
from pressfacts.templating import render

# Spreadsheets run cells that start with these as formulas (OWASP, CSV injection).
FORMULA_START = r"^[=+\-@\t\r]"
# a licence "name" in a data package must be an Open Definition id (CC-BY-4.0, ODC-BY-1.0)
OPEN_DEFINITION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

FRICTIONLESS_TYPES = {
    pa.string(): "string",
    pa.int32(): "integer",
    pa.int64(): "integer",
    pa.float64(): "number",
    pa.date32(): "date",
    pa.bool_(): "boolean",
}


def release_id(documents: Iterable[Document], rejections: Iterable[Rejection] = ()) -> str:
    """Derived from the inputs (file names, contents and source metadata, and
    the files refused) and the pipeline's fingerprint: the same input through
    the same pipeline gives the same id."""
    digest = hashlib.sha256(f"pressfacts {pipeline_fingerprint()}".encode())
    for doc in sorted(documents, key=lambda d: d.source_file):
        digest.update(f"\0{doc.source_file}\0{doc.fingerprint}".encode())
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


def _field(column, example: str) -> dict:
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
    if example:
        field["example"] = example
    return field


def table_schema(table: Table, examples: dict[str, str] | None = None) -> dict:
    """The table's Frictionless schema; examples are the release's own values
    when given (see `pressfacts.dictionary`), else the contract's."""
    examples = examples or {}
    fields = [_field(c, examples.get(c.name, c.example)) for c in table.columns]
    schema = {"fields": fields, "primaryKey": list(table.primary_key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": key, "reference": {"resource": "documents", "fields": key}}
            for key in table.foreign_keys
        ]
    return schema


def sources_and_licences(sources: Iterable[Source]) -> tuple[list[dict], list[dict]]:
    """The data package's `sources` and `licenses`: the publishers and the
    terms the raw folder's source.toml states, and nothing it does not."""
    out_sources: list[dict] = []
    licences: list[dict] = []
    for source in dict.fromkeys(sources):
        if source.publisher or source.base_url:
            entry = {"title": source.publisher or source.base_url}
            if source.base_url:
                entry["path"] = source.base_url
            if entry not in out_sources:
                out_sources.append(entry)
        if source.licence or source.licence_url:
            licence = {}
            if source.licence and OPEN_DEFINITION_ID.fullmatch(source.licence):
                licence["name"] = source.licence
            elif source.licence:
                licence["title"] = source.licence
            if source.licence_url:
                licence["path"] = source.licence_url
            if ("name" in licence or "path" in licence) and licence not in licences:
                licences.append(licence)
    return out_sources or [{"title": "raw press releases (publisher not stated)"}], licences


def write_datapackage(
    folder: Path,
    rid: str,
    counts: dict[str, int],
    created: str,
    sources: Iterable[Source] = (),
) -> None:
    examples = {
        entry.name: {c.name: c.example for c in entry.columns}
        for entry in dictionary.entries(folder, counts)
    }
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
                "schema": table_schema(table, examples[name]),
            }
            if fmt == "csv":
                resource["encoding"] = "utf-8"
            else:
                # frictionless reads Parquet through pyarrow, not as bytes, so it cannot
                # check a byte count; the sha256 hash still pins the file
                del resource["bytes"]
            resources.append(resource)
    package_sources, licences = sources_and_licences(sources)
    package = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "pressfacts-release",
        "id": rid,
        "title": "pressfacts release: statistics, dates and participants of press releases",
        "version": __version__,
        "created": created,
        "sources": package_sources,
        "pressfacts": {"row_counts": counts},
        **({"licenses": licences} if licences else {}),
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")


def write_dictionary(
    folder: Path, rid: str, counts: dict[str, int], created: str, rejections: list[Rejection]
) -> None:
    """The release's README.md: what each file holds and what each column means,
    with examples read from the tables already written in `folder`."""
    text = render(
        "release-readme.md",
        release_id=rid,
        created=created,
        version=__version__,
        tables=dictionary.entries(folder, counts),
        rejections=rejections,
    )
    (folder / "README.md").write_text(text, encoding="utf-8")


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
