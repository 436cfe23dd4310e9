"""Words per second of the Russian extractor against the bare English spaCy
pipeline, measured in one process on the same machine.

    python bench/russian_speed.py [--rounds N]

The Russian texts are the bodies of the shared Russian corpus, the English
ones those of the seed and dev corpora; models are loaded before timing.
The target: Russian at no less than half the English words per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def bodies(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        out.append("\n".join(lines[3:]))
    return out


def rate(texts: list[str], run, rounds: int) -> float:
    n_words = sum(len(t.split()) for t in texts) * rounds
    started = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            run(t)
    return n_words / (time.perf_counter() - started)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)

    from pressfacts.extract.ru import extract_russian
    from pressfacts.nlp import load_nlp

    english = bodies(args.shared / "seed") + bodies(args.shared / "dev")
    russian = bodies(args.shared / "ru")
    nlp = load_nlp()
    nlp(english[0])
    extract_russian(russian[0], date(2025, 1, 1))  # loads the models
    en = rate(english, nlp, args.rounds)
    ru = rate(russian, lambda t: extract_russian(t, date(2025, 1, 1)), args.rounds)
    print(f"English, bare spaCy pipeline:     {en:8,.0f} words/s")
    print(f"Russian, extract_russian (whole): {ru:8,.0f} words/s  ({ru / en:.2f} of English)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
