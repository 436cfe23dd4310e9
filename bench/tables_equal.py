"""The equality check: do two versions of the code publish the same tables?

    python bench/tables_equal.py [--corpora seed,dev,...] [--save FILE | --compare FILE]

A refactoring of the extractors must leave every published row as it was.
This builds a release of each gold corpus (seed and dev with the sample's
source.toml, as bench/quality.py does; TimeBank, money, world and ru as they
are), reads its Parquet tables, drops the columns that change from one run
of the same code to the next (release ids, timestamps, the pipeline
fingerprint), sorts the rows and prints one digest per corpus and table.
`--save` writes the digests (and the rows, to show differences later) to a
JSON file; `--compare` builds again and names each table whose digest
differs, with a few rows found on one side only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
from scoring import SHARED, merged, pressfacts_command

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "seed": SHARED / "corpus" / "seed",
    "dev": SHARED / "corpus" / "dev",
    "timebank": SHARED / "bench" / "timebank",
    "money": SHARED / "bench" / "money",
    "world": SHARED / "corpus" / "world",
    "ru": SHARED / "corpus" / "ru",
}
PRESIDENCY = {"seed", "dev"}  # the sample's publisher: they get its source.toml
PRESIDENCY_SOURCE = ROOT / "raw" / "source.toml"
# columns whose values differ between two runs of the same commit
RUN_DEPENDENT = {"release_id", "published_at", "extracted_at", "created_at", "pipeline"}
SHOWN = 5  # differing rows printed per side


def build(label: str, work: Path, runner: str) -> Path:
    """Publish a release of the corpus `label`; return its folder."""
    raw = merged([CORPORA[label]], work / "gold")
    for extra in (*raw.glob("*.json"), *raw.glob("*.md")):
        extra.unlink()
    if label in PRESIDENCY:
        shutil.copy(PRESIDENCY_SOURCE, raw / "source.toml")
    done = subprocess.run(
        pressfacts_command(raw, work / "out", "--runner", runner),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        sys.exit(f"run failed on {label}: {done.stderr[-2000:]}")
    return work / "out" / "latest"


def rows_of(release: Path) -> dict[str, list[str]]:
    """Each table's rows as sorted JSON lines, run-dependent columns left out."""
    tables = {}
    for path in sorted(release.glob("*.parquet")):
        table = pq.read_table(path)
        keep = [c for c in table.column_names if c not in RUN_DEPENDENT]
        rows = table.select(keep).to_pylist()
        tables[path.stem] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return tables


def digest(rows: list[str]) -> str:
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


def record(corpora: list[str], runner: str) -> dict[str, dict[str, list[str]]]:
    found = {}
    for label in corpora:
        with tempfile.TemporaryDirectory() as tmp:
            found[label] = rows_of(build(label, Path(tmp), runner))
        for table, rows in found[label].items():
            print(f"{label:9} {table:14} {len(rows):6} rows  {digest(rows)}", flush=True)
    return found


def compare(saved: dict, now: dict) -> int:
    differing = 0
    for label, tables in now.items():
        if label not in saved:
            print(f"{label}: no baseline saved")
            continue
        for table in sorted(set(tables) | set(saved[label])):
            before, after = saved[label].get(table, []), tables.get(table, [])
            if before == after:
                continue
            differing += 1
            gone = sorted(set(before) - set(after))
            new = sorted(set(after) - set(before))
            print(f"DIFFERS {label} {table}: {len(before)} -> {len(after)} rows")
            for row in gone[:SHOWN]:
                print(f"  - {row[:400]}")
            for row in new[:SHOWN]:
                print(f"  + {row[:400]}")
    print("all tables identical" if not differing else f"{differing} table(s) differ")
    return 1 if differing else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated labels")
    parser.add_argument("--runner", default="processes", choices=("threads", "processes"))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--save", type=Path, help="write the rows and digests to this file")
    mode.add_argument("--compare", type=Path, help="compare with a file written by --save")
    args = parser.parse_args(argv)
    if not (SHARED / "corpus").is_dir():
        print("the shared corpora are not beside this checkout: nothing to compare")
        return 0
    now = record(args.corpora.split(","), args.runner)
    if args.save:
        saved = json.loads(args.save.read_text()) if args.save.exists() else {}
        args.save.write_text(json.dumps({**saved, **now}))
    if args.compare:
        return compare(json.loads(args.compare.read_text()), now)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
