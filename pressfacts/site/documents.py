"""One page per release (document): its text with every fact marked, and the
list of all documents, a page of them at a time.

Pages are written one document at a time while the documents table is read
in batches, so memory holds one batch of texts and the facts' short columns
(never a sentence), whatever the size of the release.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pressfacts.site.facts import DocumentInfo
from pressfacts.site.highlight import Span, marked
from pressfacts.site.release import ReleaseFiles
from pressfacts.templating import environment, figure

FOLDER = "documents"
TEXT_BATCH = 64  # documents whose texts are in memory at once
LIST_PAGE = 250  # documents per page of the list

# The columns each page shows, and the prefix of its marks' ids.
MENTIONS = {
    "statistics": (
        "s",
        ["stat_id", "doc_id", "char_start", "char_end", "surface", "value", "kind", "unit"]
        + ["qualifier", "subject"],
    ),
    "dates": (
        "t",
        ["date_id", "doc_id", "char_start", "char_end", "surface", "value", "type"]
        + ["start_date", "end_date"],
    ),
    "participants": (
        "p",
        ["participant_id", "doc_id", "char_start", "char_end", "name", "role", "organization"]
        + ["country", "participation", "n_mentions"],
    ),
}
KIND = {"statistics": "statistic", "dates": "date", "participants": "participant"}


def label(table: str, row: dict) -> str:
    """What a mark's tooltip says: the row's normalised reading."""
    if table == "statistics":
        parts = [row["kind"], figure(row["value"]), row["unit"], row["qualifier"], row["subject"]]
    elif table == "dates":
        interval = (
            f"{row['start_date']} to {row['end_date']}"
            if row["start_date"] and row["end_date"] != row["start_date"]
            else row["start_date"]
        )
        parts = [row["type"], row["value"], interval]
    else:
        parts = [row["name"], row["role"], row["organization"], row["country"]]
    return " · ".join(str(p) for p in parts if p not in (None, ""))


@dataclass
class Mentions:
    """A fact table's rows sorted by document, with where each document's rows lie."""

    table: pa.Table
    runs: dict[str, tuple[int, int]]

    @classmethod
    def read(cls, release: ReleaseFiles, name: str) -> Mentions:
        table = release.read(name, MENTIONS[name][1])
        if not table.num_rows:
            return cls(table, {})
        table = table.sort_by([("doc_id", "ascending"), ("char_start", "ascending")])
        encoded = pc.run_end_encode(table.column("doc_id").combine_chunks())
        ends = encoded.run_ends.to_pylist()
        starts = [0, *ends[:-1]]
        ids = encoded.values.to_pylist()
        return cls(table, {d: (s, e) for d, s, e in zip(ids, starts, ends, strict=True)})

    def of(self, doc_id: str) -> list[dict]:
        start, end = self.runs.get(doc_id, (0, 0))
        return self.table.slice(start, end - start).to_pylist()


def row_id(table: str, row: dict) -> str:
    return row[MENTIONS[table][1][0]]


def anchor(table: str, row: dict) -> str:
    """The id of the row's first mark: documents/<doc_id>.html#<anchor>."""
    return f"{MENTIONS[table][0]}-{row_id(table, row)}"


def document_pages(
    release: ReleaseFiles, folder: Path, release_id: str, detail_columns: list[str]
) -> int:
    """Write documents/<doc_id>.html for every document; returns how many."""
    out = folder / FOLDER
    out.mkdir(parents=True, exist_ok=True)
    mentions = {name: Mentions.read(release, name) for name in MENTIONS}
    template = environment().get_template("document.html")
    columns = ["doc_id", "title", "published_date", "source_file", "n_words", "text"]
    written = 0
    for batch in release.batches("documents", columns + detail_columns, TEXT_BATCH):
        for doc in batch.to_pylist():
            facts = {name: m.of(doc["doc_id"]) for name, m in mentions.items()}
            spans = [
                Span(r["char_start"], r["char_end"], anchor(name, r), KIND[name], label(name, r))
                for name, rows in facts.items()
                for r in rows
            ]
            page = template.render(
                release_id=release_id,
                doc=doc,
                details=[(c, doc[c]) for c in detail_columns if doc.get(c) not in (None, "")],
                text=marked(doc["text"], spans),
                facts=facts,
                anchor=anchor,
                root="../",
            )
            (out / f"{doc['doc_id']}.html").write_text(page, encoding="utf-8")
            written += 1
    return written


@dataclass(frozen=True)
class ListPage:
    number: int
    href: str  # relative to the documents folder


def list_pages(count: int) -> list[ListPage]:
    n = max(1, -(-count // LIST_PAGE))
    return [ListPage(i, "index.html" if i == 1 else f"page-{i}.html") for i in range(1, n + 1)]


def newest_first(docs: dict[str, DocumentInfo]) -> list[DocumentInfo]:
    return sorted(
        docs.values(),
        key=lambda d: (d.published_date is not None, d.published_date, d.title),
        reverse=True,
    )


def chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def list_of_documents(
    folder: Path,
    release_id: str,
    ordered: list[DocumentInfo],
    per_doc: dict[str, dict[str, int]],
    shown: list[str],
) -> list[ListPage]:
    """documents/index.html, page-2.html...: every document, newest first."""
    pages = list_pages(len(ordered))
    template = environment().get_template("documents.html")
    for page, docs in zip(pages, list(chunks(ordered, LIST_PAGE)) or [[]], strict=True):
        html = template.render(
            release_id=release_id,
            page=page,
            pages=pages,
            docs=docs,
            total=len(ordered),
            first=(page.number - 1) * LIST_PAGE + 1,
            per_doc=per_doc,
            shown=shown,
            root="../",
        )
        (folder / FOLDER / page.href).write_text(html, encoding="utf-8")
    return pages
