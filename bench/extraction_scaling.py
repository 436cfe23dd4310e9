"""Extraction time of one very long release against its parse time.

    python bench/extraction_scaling.py [--mb 0.5 5]

A release of the given size is built from the bodies of the shared corpora
(repeated until it is long enough), parsed once with the project's pipeline
(`pressfacts.nlp.parse`, which parses long texts in pieces) and extracted
once with `extract_all`. Extraction must stay linear in the length of the
text: the target is less than twice the parse time at 5 MB. The ratio at two
sizes shows the growth: a linear extractor keeps it flat.
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from scoring import SHARED

from pressfacts.discover import discover
from pressfacts.extract import extract_all
from pressfacts.nlp import load_nlp, parse

SOURCES = [SHARED / "corpus" / "seed", SHARED / "corpus" / "dev", SHARED / "bench" / "timebank"]


def long_release(chars: int) -> str:
    bodies = [d.text for folder in SOURCES for d in discover(folder)[0]]
    pieces, size = [], 0
    while size < chars:
        for body in bodies:
            pieces.append(body)
            size += len(body) + 2
            if size >= chars:
                break
    return "\n\n".join(pieces)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[5.0])
    args = parser.parse_args()
    load_nlp()
    for mb in args.mb:
        text = long_release(int(mb * 1_000_000))
        started = time.perf_counter()
        [doc] = list(parse([text]))
        parsed = time.perf_counter() - started
        started = time.perf_counter()
        found = extract_all(doc, date(2024, 1, 1), publisher_country="KAZ")
        extracted = time.perf_counter() - started
        rows = len(found.statistics) + len(found.dates) + len(found.participants)
        print(
            f"{len(text) / 1e6:.1f} MB: parse {parsed:.1f}s, extraction {extracted:.1f}s "
            f"({extracted / parsed:.2f}x the parse), {rows:,} rows",
            flush=True,
        )


if __name__ == "__main__":
    main()
