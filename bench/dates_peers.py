"""Compare the dates extractor with a peer: dateparser's `search_dates`.

    python bench/dates_peers.py [GOLD_DIR ...]

With no argument it scores the shared corpora beside the checkout: seed and dev
merged into one folder, and the TimeBank bench. Two speeds are printed: end to
end (pressfacts: spaCy parse + extraction, as a dates-only tool would run) and
the dates step alone (pressfacts: extraction from the parse that the pipeline
shares among its three tables; dateparser: the same as end to end).
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates
from scoring import SHARED, merged, score, write_release

from pressfacts.discover import Document, discover
from pressfacts.extract.dates import extract_dates
from pressfacts.nlp import load_nlp

DATE_COLUMNS = ("doc_id", "char_start", "char_end", "surface", "value", "type")
METRICS = ("f1", "strict_f1", "value_f1", "type_acc")

_YEAR_ONLY = re.compile(r"^\s*(?:1\d|20)\d\d\s*$")
_HAS_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)")
_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])")

Rows = list[dict]
System = Callable[[list[Document]], tuple[Rows, float]]


def pressfacts_rows(docs: list[Document]) -> tuple[Rows, float]:
    """Rows, and the seconds of the dates step alone (the parse is shared)."""
    parsed = list(load_nlp().pipe(d.text for d in docs))
    began = time.perf_counter()
    rows = [
        {"doc_id": d.doc_id, **{c: getattr(r, c) for c in DATE_COLUMNS[1:]}}
        for d, doc in zip(docs, parsed, strict=True)
        for r in extract_dates(doc, d.published_date)
    ]
    return rows, time.perf_counter() - began


def granular_value(surface: str, when: datetime) -> str:
    """The value at the precision the surface states: '1998', 'May 1998', or a day."""
    if _YEAR_ONLY.match(surface):
        return f"{when.year:04d}"
    without_year = re.sub(r"\b(?:1\d|20)\d\d\b", "", surface)
    if _MONTH.search(surface) and not _HAS_DAY.search(without_year):
        return when.strftime("%Y-%m")
    return when.date().isoformat()


def dateparser_rows(docs: list[Document]) -> tuple[Rows, float]:
    began = time.perf_counter()
    rows = []
    for d in docs:
        base = datetime.combine(d.published_date, datetime.min.time())
        settings = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "current_period",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        found = search_dates(d.text, languages=["en"], settings=settings) or []
        cursor = 0
        for surface, when in found:
            start = d.text.find(surface, cursor)
            if start < 0:
                continue  # dateparser may return a surface it rewrote
            cursor = start + len(surface)
            value = granular_value(surface, when)
            values = (d.doc_id, start, cursor, surface, value, "DATE")
            rows.append(dict(zip(DATE_COLUMNS, values, strict=True)))
    return rows, time.perf_counter() - began


def main(argv: list[str]) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dates_peers_"))
    if argv:
        corpora = {Path(a).name: Path(a) for a in argv}
    else:
        seed_dev = [SHARED / "corpus" / "seed", SHARED / "corpus" / "dev"]
        timebank = SHARED / "bench" / "timebank"
        if not all(p.is_dir() for p in [*seed_dev, timebank]):
            print(f"shared corpora not found under {SHARED}; nothing to compare")
            return 0
        corpora = {"seed+dev": merged(seed_dev, tmp / "seed+dev"), "timebank": timebank}
    systems: dict[str, System] = {"pressfacts": pressfacts_rows, "dateparser": dateparser_rows}
    load_nlp()  # model loading is not part of either system's speed
    header = f"{'corpus':10} {'system':11} " + " ".join(f"{m:>9}" for m in METRICS)
    print(header + f" {'docs/s':>8} {'step docs/s':>12}")
    try:
        for name, gold in corpora.items():
            docs, _ = discover(gold)
            for system, run in systems.items():
                began = time.perf_counter()
                rows, step_seconds = run(docs)
                speed = len(docs) / (time.perf_counter() - began)
                step_speed = len(docs) / step_seconds
                release = tmp / f"{name}-{system}"
                write_release(release, docs, "dates", rows, DATE_COLUMNS)
                result = score(release, gold)["dates"]
                cells = " ".join(f"{result.get(m, 0):>9.4f}" for m in METRICS)
                print(f"{name:10} {system:11} {cells} {speed:>8.1f} {step_speed:>12.1f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
