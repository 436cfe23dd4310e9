"""How long the command takes to answer on the smallest inputs, phase by phase.

    python bench/startup.py [--checkout DIR] [--repeat N]

Runs the real `pressfacts run`, as a user does, from a checkout (this one by
default; give another, e.g. an older commit's worktree, to compare) on:

- a missing raw folder and an empty one: the answer should come at once;
- the one-document sample in raw/, into a fresh output folder (the cache
  empty), with the Prefect home of a previous run (as a user's second day).

It prints each run's wall time and, when the checkout reports them
(`PRESSFACTS_TIMINGS`), the seconds spent in each phase: start-up, Prefect's
temporary API, importing the flow, discovery, extraction, writing the
tables, validation and publishing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def run(checkout: Path, raw: Path, out: Path, prefect_home: Path) -> tuple[float, int, dict]:
    env = {
        **os.environ,
        "PYTHONPATH": str(checkout),
        "PREFECT_HOME": str(prefect_home),
        "PRESSFACTS_TIMINGS": "1",
        # older checkouts leave Prefect's 20 s default, which a loaded machine overruns
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    }
    command = [sys.executable, "-m", "pressfacts.cli", "run", "--raw", str(raw), "--out", str(out)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=checkout, capture_output=True, text=True)
    wall = time.perf_counter() - started
    phases = {}
    found = re.search(r"^timings: (.*)$", done.stderr, flags=re.MULTILINE)
    if found:
        for part in found.group(1).split(", "):
            name, seconds = part.rsplit(" ", 1)
            phases[name] = float(seconds.rstrip("s"))
    if done.returncode not in (0, 2):
        print(done.stderr[-1500:], file=sys.stderr)
    return wall, done.returncode, phases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", type=Path, default=HERE)
    parser.add_argument("--repeat", type=int, default=2, help="runs of the sample (median)")
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    with tempfile.TemporaryDirectory(prefix="pressfacts-startup-") as tmp:
        work = Path(tmp)
        home = work / "prefect-home"
        (work / "empty").mkdir()
        shutil.copytree(checkout / "raw", work / "sample")
        run(checkout, work / "sample", work / "warm-up", home)  # Prefect's database exists
        for name in ("missing", "empty"):
            wall, status, _ = run(checkout, work / name, work / f"out-{name}", home)
            print(f"{name} folder: {wall:.2f}s (exit status {status})")
        walls, phases = [], []
        for i in range(args.repeat):
            wall, status, laps = run(checkout, work / "sample", work / f"out-{i}", home)
            assert status == 0, f"the sample run failed with status {status}"
            walls.append(wall)
            phases.append(laps)
        print(f"one-document sample: {statistics.median(walls):.2f}s (median of {len(walls)})")
        for name in phases[0]:
            values = [p[name] for p in phases if name in p]
            print(f"  {name:<14} {statistics.median(values):6.2f}s")


if __name__ == "__main__":
    main()
