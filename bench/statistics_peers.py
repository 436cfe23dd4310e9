"""Compare the statistics extractor with a peer: quantulum3's quantity parser.

    python bench/statistics_peers.py [GOLD_DIR ...]

Why: a figure extractor is only worth its upkeep if it beats what a general
library gives for free. quantulum3 is a widely used open-source parser of
"number + unit" in English, so it is the baseline to beat on the same gold,
scored by the same `score.py`.

With no argument it scores the shared corpora beside the checkout: seed and dev
merged into one folder, and the money bench. pressfacts is timed end to end
(spaCy parse + extraction); quantulum3 needs no parse. Loading either model is
left out of the speed. Both systems see the body alone, without date spans.

quantulum3 results are mapped to the statistics contract: currency -> money
(unit = its ISO 4217 code, when it has one), the unit "percentage" -> percent,
dimensionless -> count, any other entity -> measure with quantulum's unit name;
no qualifier, no subject. Its optional classifier is not used.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from scoring import SHARED, merged, score, write_release

from pressfacts.discover import Document, discover
from pressfacts.extract.statistics import extract_statistics
from pressfacts.nlp import load_nlp

if TYPE_CHECKING:
    from quantulum3.classes import Quantity

with warnings.catch_warnings():  # "classifier dependencies not installed": not wanted here
    warnings.simplefilter("ignore")
    try:
        from quantulum3 import parser as quantulum
    except ImportError:
        quantulum = None

METRICS = ("f1", "precision", "recall", "value_acc", "kind_acc", "unit_acc", "qualifier_acc")

Row = dict[str, object]
System = Callable[[list[Document]], list[Row]]


def row(doc: Document, char_start: int, char_end: int, **fields: object) -> Row:
    """A statistics row with the ids the release would give it."""
    return {
        "stat_id": f"{doc.doc_id}-s{char_start}-{char_end}",
        "doc_id": doc.doc_id,
        "char_start": char_start,
        "char_end": char_end,
        "surface": doc.text[char_start:char_end],
        "range_id": None,
        "speaker": None,
        **fields,
    }


def pressfacts_rows(docs: list[Document]) -> list[Row]:
    parsed = load_nlp().pipe(d.text for d in docs)
    rows = []
    for d, doc in zip(docs, parsed, strict=True):
        for r in extract_statistics(doc):
            fields = vars(r).copy()
            group = fields.pop("range_group")
            fields["range_id"] = f"{d.doc_id}-r{group}" if group is not None else None
            rows.append(row(d, **fields))
    return rows


def line_around(text: str, start: int, end: int) -> str:
    """The paragraph (line) holding a span: quantulum3 does not split sentences."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last >= 0 else len(text)].strip()


def kind_and_unit(quantity: Quantity) -> tuple[str, str | None]:
    unit = quantity.unit
    if unit.entity.name == "currency":
        return "money", unit.currency_code  # None for "cent", "rupee", ...
    if unit.name == "percentage":  # its entity is "dimensionless"
        return "percent", "percent"
    if unit.entity.name == "dimensionless":
        return "count", None
    return "measure", unit.name


def quantulum_rows(docs: list[Document]) -> list[Row]:
    rows = []
    for d in docs:
        cursor = 0
        for q in quantulum.parse(d.text):
            start, end = q.span
            if d.text[start:end] != q.surface:  # offsets off: take the next occurrence
                start = d.text.find(q.surface, cursor)
                if start < 0:
                    continue
                end = start + len(q.surface)
            cursor = end
            kind, unit = kind_and_unit(q)
            sentence = line_around(d.text, start, end)
            fields = {"value": float(q.value), "kind": kind, "unit": unit, "sentence": sentence}
            rows.append(row(d, start, end, qualifier=None, subject=None, **fields))
    return rows


def main(argv: list[str]) -> int:
    if quantulum is None:
        print('quantulum3 is not installed: pip install -e ".[bench]"')
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="statistics_peers_"))
    if argv:
        corpora = {Path(a).name: Path(a) for a in argv}
    else:
        seed_dev = [SHARED / "corpus" / "seed", SHARED / "corpus" / "dev"]
        money = SHARED / "bench" / "money"
        if not all(p.is_dir() for p in [*seed_dev, money]):
            print(f"shared corpora not found under {SHARED}; nothing to compare")
            shutil.rmtree(tmp, ignore_errors=True)
            return 0
        corpora = {"seed+dev": merged(seed_dev, tmp / "seed+dev"), "money": money}
    systems: dict[str, System] = {"pressfacts": pressfacts_rows, "quantulum3": quantulum_rows}
    load_nlp()  # loading models is not part of either system's speed
    quantulum.parse("warm up: 1 km")  # quantulum3 builds its unit tables on first use
    print(f"{'corpus':10} {'system':11} " + " ".join(f"{m:>13}" for m in METRICS) + "   docs/s")
    try:
        for name, gold in corpora.items():
            docs, _ = discover(gold)
            for system, run in systems.items():
                began = time.perf_counter()
                rows = run(docs)
                speed = len(docs) / (time.perf_counter() - began)
                release = tmp / f"{name}-{system}"
                write_release(release, docs, "statistics", rows)
                result = score(release, gold)["statistics"]
                cells = " ".join(f"{result.get(m) or 0:>13.4f}" for m in METRICS)
                print(f"{name:10} {system:11} {cells} {speed:>8.1f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
