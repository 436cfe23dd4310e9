"""What the benchmarks share: the gold corpora, minimal releases, score.py.

A peer system is scored by writing its rows as a minimal release (the
columns score.py reads, typed by the project's schema) and running the
shared `score.py` on it, exactly as a pressfacts release is scored.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pressfacts.discover import Document
from pressfacts.schema import TABLES

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
DOC_COLUMNS = ("doc_id", "source_file", "title", "published_date", "text")


def pressfacts_command(raw: Path, out: Path, *options: str) -> list[str]:
    """`pressfacts run` as a child process runs it, with this interpreter."""
    return [
        sys.executable,
        "-m",
        "pressfacts.cli",
        "run",
        "--raw",
        str(raw),
        "--out",
        str(out),
        *options,
    ]


def merged(folders: list[Path], into: Path) -> Path:
    """One gold folder holding the texts and gold files of several."""
    into.mkdir(parents=True)
    for folder in folders:
        for f in [*folder.glob("*.txt"), *folder.glob("*.gold.json")]:
            shutil.copy(f, into / f.name)
    return into


def write_release(
    folder: Path,
    docs: list[Document],
    table: str,
    rows: list[dict],
    columns: tuple[str, ...] | None = None,
) -> None:
    """A minimal release: the documents, `rows` in `table` (narrowed to `columns`,
    all by default), the other tables empty; types from the project's schema."""
    folder.mkdir(parents=True)
    contents = {
        "documents": (DOC_COLUMNS, [{c: getattr(d, c) for c in DOC_COLUMNS} for d in docs]),
        table: (columns, rows),
    }
    for name, schema_of in TABLES.items():
        names, data = contents.get(name, (None, []))
        full = schema_of.arrow_schema
        schema = pa.schema([full.field(c) for c in names]) if names else full
        data = [{c: r.get(c) for c in schema.names} for r in data]
        pq.write_table(pa.Table.from_pylist(data, schema=schema), folder / f"{name}.parquet")


def score(release: Path, gold: Path) -> dict:
    """score.py's result for the release, by table."""
    out = release / "score.json"
    done = subprocess.run(
        [sys.executable, str(SCORE), str(release), str(gold), "--json", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if not out.exists():  # score.py refused the release: say why
        raise SystemExit(f"score.py failed on {gold}: {done.stdout}{done.stderr}")
    return json.loads(out.read_text())["result"]
