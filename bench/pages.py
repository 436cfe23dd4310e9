"""Time and memory of writing a release's pages (dataset page, one page per
document, the documents list and the README dictionary) at large sizes.

    python bench/pages.py RELEASE_DIR [--sizes 1000 10000]

For each size N it copies the tables of RELEASE_DIR (any published release)
over and over, each copy with its own doc_ids, into a release of N
documents, then writes its pages in a child process and prints the wall
time and CPU time (the latter barely moves when other work shares the
machine), the child's peak resident memory, and the size of what was written.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pressfacts import publish  # noqa: E402
from pressfacts.schema import TABLES  # noqa: E402

ID_COLUMNS = ("doc_id", "stat_id", "date_id", "range_id")
WRITE = """
import json, sys
from pathlib import Path
from pressfacts import publish
from pressfacts.site import read_tables, write_site
folder = Path(sys.argv[1])
counts = read_tables(folder).counts()
publish.write_dictionary(folder, "bench", counts, "2026-01-01T00:00:00+00:00", [])
summary = {"success": True, "suites": {}}
write_site(folder, read_tables(folder), "bench", "2026-01-01T00:00:00+00:00", summary)
"""


def copy_of(table: pa.Table, n: int) -> pa.Table:
    """The table with every id given the suffix of copy n."""
    for name in ID_COLUMNS:
        if name in table.column_names:
            column = pc.binary_join_element_wise(table.column(name), f"x{n}", "")
            table = table.set_column(table.schema.get_field_index(name), name, column)
    return table


def build(source: Path, folder: Path, size: int) -> None:
    tables = {name: pq.read_table(source / f"{name}.parquet") for name in TABLES}
    per_copy = tables["documents"].num_rows
    with publish.TableWriter(folder) as writer:
        for n in range(-(-size // per_copy)):
            part = {name: copy_of(t, n) for name, t in tables.items()}
            keep = min(per_copy, size - n * per_copy)
            if keep < per_copy:
                ids = part["documents"].column("doc_id").slice(0, keep)
                part = {
                    name: t.filter(pc.is_in(t.column("doc_id"), ids)) for name, t in part.items()
                }
            writer.write({name: t.cast(TABLES[name].arrow_schema) for name, t in part.items()})
    publish.write_rejections(folder, [])


def written(folder: Path) -> str:
    pages = list((folder / "documents").glob("*.html"))
    total = sum(p.stat().st_size for p in pages) + (folder / "index.html").stat().st_size
    return f"{len(pages)} list and document pages, {total / 1e6:.1f} MB in all"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("release", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="pressfacts-pages-") as tmp:
            folder = Path(tmp)
            build(args.release, folder, size)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", WRITE, str(folder)], cwd=ROOT, check=True)
            seconds = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            peak = after.ru_maxrss / 1024  # the largest child so far: sizes go up
            print(
                f"{size:>6} documents: pages in {seconds:.1f} s ({cpu:.1f} s CPU), "
                f"peak memory {peak:.0f} MB, {written(folder)}"
            )


if __name__ == "__main__":
    main()
