"""Score the Russian extractor on a gold corpus folder.

    python bench/russian_quality.py CORPUS_DIR OUT_DIR [--score SCORE_PY] [--no-source]

Reads each NAME.txt (title, date line, blank line, body), runs
`extract_russian` on the body, writes a release-like folder of Parquet
tables that the shared score.py reads, and runs it when given. The
publisher's country comes from the file name's source prefix, standing in
for the `source.toml` of each source; `--no-source` leaves it out, as a
folder of many publishers without a `source.toml` is read.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from pressfacts.assemble import extraction_rows, to_table
from pressfacts.discover import Document
from pressfacts.extract.ru import extract_russian
from pressfacts.publish import TableWriter
from pressfacts.schema import DOCUMENTS, TABLES

PUBLISHERS = {
    "akorda": "KAZ",
    "kazinform": "KAZ",
    "bns": "KAZ",
    "gov-kz": "KAZ",
    "government-by": "BLR",
    "government-ru": "RUS",
    "kremlin": "RUS",
    "eek": None,
}
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
    )
}


def publication_date(line: str) -> date:
    """'2024-10-08', '10.07.2025', '10 ноября 2025 года, 14:20'."""
    line = line.strip()
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", line):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", line):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.match(r"(\d{1,2})\s+(\w+)\s+(\d{4})", line):
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    raise ValueError(f"unreadable date line: {line!r}")


def split(raw: str) -> tuple[str, str, str]:
    lines = raw.replace("\r\n", "\n").split("\n")
    i = 2
    while i < len(lines) and not lines[i].strip():
        i += 1
    return lines[0].strip(), lines[1], "\n".join(lines[i:])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--score", type=Path, help="the shared score.py, to run on the result")
    parser.add_argument(
        "--no-source",
        action="store_true",
        help="give no publisher country: the extractor infers each document's",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with TableWriter(args.out) as writer:
        for path in sorted(args.corpus.glob("*.txt")):
            raw = path.read_text(encoding="utf-8")
            title, date_line, body = split(raw)
            published = publication_date(date_line)
            country = None
            if not args.no_source:
                country = next((c for p, c in PUBLISHERS.items() if path.name.startswith(p)), None)
            doc = Document(
                doc_id=hashlib.sha256(raw.encode()).hexdigest()[:16],
                source_file=path.name,
                title=title,
                published_date=published,
                text=body,
                n_words=len(body.split()),
                content_sha256=hashlib.sha256(raw.encode()).hexdigest(),
                encoding="utf-8",
                language="ru",
            )
            rows = extraction_rows(doc, extract_russian(body, published, publisher_country=country))
            tables = {name: to_table(TABLES[name], r) for name, r in rows.items()}
            tables["documents"] = to_table(
                DOCUMENTS, [{f: getattr(doc, f) for f in DOCUMENTS.column_names}]
            )
            writer.write(tables)
    if args.score:
        return subprocess.call([sys.executable, str(args.score), str(args.out), str(args.corpus)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
