"""Build a release from each gold corpus and print its scores.

    python bench/quality.py [GOLD_DIR ...]

With no argument it scores the shared corpora beside the checkout
(../shared/corpus/seed, ../shared/corpus/dev, both together, and the
money and TimeBank benchmarks, and the world corpus of other governments).
The presidency corpora (seed, dev) get the sample's source.toml, as their
publisher would give it. Prints score.py's lines and the run time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scoring import SCORE, SHARED, merged, pressfacts_command

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = {
    "seed": [SHARED / "corpus" / "seed"],
    "dev": [SHARED / "corpus" / "dev"],
    "seed+dev": [SHARED / "corpus" / "seed", SHARED / "corpus" / "dev"],
    "money": [SHARED / "bench" / "money"],
    "timebank": [SHARED / "bench" / "timebank"],
    "world": [SHARED / "corpus" / "world"],
}
# corpora of one publisher, the presidency of Kazakhstan, whose metadata is the sample's
PRESIDENCY = {"seed", "dev", "seed+dev"}
PRESIDENCY_SOURCE = ROOT / "raw" / "source.toml"


def build(gold: Path, work: Path, source: Path | None = None) -> tuple[Path, float]:
    raw = work / "raw"
    shutil.copytree(gold, raw, ignore=shutil.ignore_patterns("*.json", "*.md"))
    if source is not None:
        shutil.copy(source, raw / "source.toml")
    started = time.perf_counter()
    done = subprocess.run(
        pressfacts_command(raw, work / "out"),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        sys.exit(f"run failed on {gold}: {done.stderr[-2000:]}")
    return work / "out" / "latest", time.perf_counter() - started


def score(release: Path, gold: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(SCORE), str(release), str(gold)], capture_output=True, text=True
    )
    return done.stdout.strip()


def main(argv: list[str]) -> int:
    if not SCORE.is_file():
        print("the shared corpora are not beside this checkout: nothing to score")
        return 0
    corpora = {Path(a).name: [Path(a)] for a in argv} or DEFAULT
    for label, folders in corpora.items():
        with tempfile.TemporaryDirectory() as tmp:
            gold = merged(folders, Path(tmp) / "gold")
            source = PRESIDENCY_SOURCE if label in PRESIDENCY else None
            release, seconds = build(gold, Path(tmp), source)
            n_docs = len(list(gold.glob("*.txt")))
            print(f"== {label}: {n_docs} documents, pressfacts run {seconds:.1f}s")
            print(score(release, gold))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
