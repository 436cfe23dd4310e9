"""Compare the participants extractor with a peer: spaCy's PERSON entities alone.

    python bench/participants_peers.py [GOLD_DIR ...]

With no argument it scores the shared corpora beside the checkout
(../shared/corpus/seed and ../shared/corpus/dev). Each corpus is parsed once;
both systems read the same parsed documents, so parsing is shared and left
out of their speed, which covers the participant step alone.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scoring import SCORE, SHARED, score, write_release
from spacy.tokens import Doc

from pressfacts.discover import Document, discover
from pressfacts.extract.participants import extract_participants
from pressfacts.nlp import load_nlp

DEFAULT = [SHARED / "corpus" / "seed", SHARED / "corpus" / "dev"]
PERSON_COLUMNS = ("doc_id", "name", "role", "organization", "country", "participation")
METRICS = (
    "f1",
    "precision",
    "recall",
    "role_acc",
    "organization_acc",
    "country_acc",
    "participation_acc",
)

Row = dict[str, object]


def pressfacts_rows(doc: Doc) -> list[Row]:
    return [vars(r) for r in extract_participants(doc)]


def peer_rows(doc: Doc) -> list[Row]:
    """One row per distinct PERSON entity text: no role, body or country."""
    names = dict.fromkeys(e.text for e in doc.ents if e.label_ == "PERSON")
    return [{"name": n, "participation": "mentioned"} for n in names]


def run_system(
    extract: Callable[[Doc], list[Row]], documents: list[Document], parsed: list[Doc]
) -> tuple[list[Row], float]:
    """Rows of every document and documents per second of the participant step."""
    rows: list[Row] = []
    started = time.perf_counter()
    for document, doc in zip(documents, parsed, strict=True):
        rows.extend({**r, "doc_id": document.doc_id} for r in extract(doc))
    elapsed = time.perf_counter() - started
    return rows, len(documents) / elapsed if elapsed else float("inf")


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or DEFAULT
    if not SCORE.exists() or not all(f.is_dir() for f in folders):
        print(f"gold corpora or score.py not found under {SHARED}: nothing to compare")
        return 0
    nlp = load_nlp()
    systems = {"pressfacts": pressfacts_rows, "peer": peer_rows}
    header = ("corpus", "system", *METRICS, "docs/s")
    lines = [header]
    parse_times = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            documents, _ = discover(folder)
            started = time.perf_counter()
            parsed = list(nlp.pipe(d.text for d in documents))
            parse_times.append((folder.name, len(documents), time.perf_counter() - started))
            for system, extract in systems.items():
                rows, speed = run_system(extract, documents, parsed)
                release = Path(tmp) / f"{folder.name}-{system}"
                write_release(release, documents, "participants", rows, PERSON_COLUMNS)
                got = score(release, folder)["participants"]
                cells = [_cell(got.get(m)) for m in METRICS]
                lines.append((folder.name, system, *cells, f"{speed:,.0f}"))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = (str(c).ljust(w) for c, w in zip(line, widths, strict=True))
        print("  ".join(cells).rstrip())
    print("\nparsing is shared by both systems and excluded from docs/s:")
    for name, n, seconds in parse_times:
        print(f"  {name}: {n} documents parsed in {seconds:.2f}s ({n / seconds:,.1f} docs/s)")
    print("peer = the same spaCy model's PERSON entities alone (participation 'mentioned')")
    return 0


def _cell(value: object) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
