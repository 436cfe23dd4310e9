"""What the dataset page says about a release's facts, computed column-wise.

Each function reads the few columns it needs and aggregates them with Arrow,
so the page of a ten-thousand-document release is made without turning its
tables into Python rows; only the handful of rows a list shows are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc

from pressfacts.schema import STAT_KINDS
from pressfacts.site.release import ReleaseFiles

MONEY_CURRENCIES = 8  # currencies listed, the most frequent first
MONEY_PER_CURRENCY = 5  # largest figures shown for each
TIMELINE_ITEMS = 40  # most mentioned dates, then shown in calendar order
PEOPLE_SHOWN = 30
COUNTRIES_SHOWN = 12
NO_CURRENCY = "no currency"


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    published_date: date | None
    source_file: str
    publisher: str | None = None
    language: str | None = None

    @property
    def href(self) -> str:
        """The document's page, relative to the release folder."""
        return f"documents/{self.doc_id}.html"


def documents(release: ReleaseFiles) -> dict[str, DocumentInfo]:
    """doc_id to the few fields that name a document in a list."""
    columns = ["doc_id", "title", "published_date", "source_file", "publisher", "language"]
    table = release.read("documents", columns)
    return {row["doc_id"]: DocumentInfo(**row) for row in table.to_pylist()}


def value_counts(table: pa.Table, column: str) -> dict[object, int]:
    if not table.num_rows:
        return {}
    counted = pc.value_counts(table.column(column))
    return dict(
        zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True)
    )


def kinds(release: ReleaseFiles) -> list[tuple[str, int]]:
    """Statistics per kind, every kind of the contract listed even when absent."""
    counts = value_counts(release.read("statistics", ["kind"]), "kind")
    return [(k, counts.get(k, 0)) for k in STAT_KINDS] + [
        (str(k), n) for k, n in counts.items() if k not in STAT_KINDS
    ]


@dataclass(frozen=True)
class MoneyFigure:
    stat_id: str
    surface: str
    value: float
    qualifier: str | None
    sentence: str
    document: DocumentInfo | None


@dataclass(frozen=True)
class Currency:
    code: str
    count: int
    largest: list[MoneyFigure]


def money(release: ReleaseFiles, docs: dict[str, DocumentInfo]) -> list[Currency]:
    """The largest money figures of each currency, with their release and
    sentence. Values are compared within a currency only."""
    columns = ["stat_id", "doc_id", "surface", "value", "kind", "unit", "qualifier"]
    stats = release.read("statistics", columns)
    if not stats.num_rows:
        return []
    figures = stats.filter(pc.equal(stats.column("kind"), "money"))
    figures = figures.set_column(
        figures.schema.get_field_index("unit"),
        "unit",
        pc.fill_null(figures.column("unit"), NO_CURRENCY),
    )
    counts = Counter(value_counts(figures, "unit"))
    chosen: list[tuple[str, list[dict]]] = []
    for code, _ in counts.most_common(MONEY_CURRENCIES):
        rows = figures.filter(pc.equal(figures.column("unit"), code))
        rows = rows.sort_by([("value", "descending"), ("stat_id", "ascending")])
        chosen.append((code, rows.slice(0, MONEY_PER_CURRENCY).to_pylist()))
    wanted = [row["stat_id"] for _, rows in chosen for row in rows]
    sentences = {}
    if wanted:
        read = release.read("statistics", ["stat_id", "sentence"])
        read = read.filter(pc.is_in(read.column("stat_id"), pa.array(wanted)))
        sentences = dict(
            zip(read["stat_id"].to_pylist(), read["sentence"].to_pylist(), strict=True)
        )
    return [
        Currency(
            code,
            counts[code],
            [
                MoneyFigure(
                    row["stat_id"],
                    row["surface"],
                    row["value"],
                    row["qualifier"],
                    sentences.get(row["stat_id"], ""),
                    docs.get(row["doc_id"]),
                )
                for row in rows
            ],
        )
        for code, rows in chosen
    ]


def calendar_dates(release: ReleaseFiles, docs: dict[str, DocumentInfo]) -> pa.Table:
    """DATE rows with a calendar start, with their document's publication date."""
    columns = ["date_id", "doc_id", "surface", "value", "type", "start_date", "end_date"]
    dates = release.read("dates", columns)
    if not dates.num_rows:
        return dates.append_column("published", pa.array([], pa.date32()))
    keep = pc.and_(pc.equal(dates.column("type"), "DATE"), pc.is_valid(dates.column("start_date")))
    dates = dates.filter(keep)
    published = {d: info.published_date for d, info in docs.items()}
    pub = pa.array([published.get(d) for d in dates.column("doc_id").to_pylist()], pa.date32())
    return dates.append_column("published", pub)


def year_counts(calendar: pa.Table) -> dict[tuple[int, bool], int]:
    """(year, after publication) to the number of dates."""
    if not calendar.num_rows:
        return {}
    ahead = pc.fill_null(
        pc.greater(calendar.column("start_date"), calendar.column("published")), False
    )
    grouped = (
        pa.table({"year": pc.year(calendar.column("start_date")), "ahead": ahead, "n": ahead})
        .group_by(["year", "ahead"])
        .aggregate([("n", "count")])
    )
    return {(row["year"], row["ahead"]): row["n_count"] for row in grouped.to_pylist()}


@dataclass(frozen=True)
class TimelineEntry:
    value: str
    start_date: date
    end_date: date | None
    surface: str
    mentions: int
    documents: int
    first_date_id: str
    document: DocumentInfo | None


def timeline(calendar: pa.Table, docs: dict[str, DocumentInfo]) -> tuple[list[TimelineEntry], int]:
    """The most mentioned calendar dates, in calendar order, each with one
    mention to open in its release; and how many distinct dates there are."""
    if not calendar.num_rows:
        return [], 0
    grouped = calendar.group_by("value", use_threads=False).aggregate(
        [
            ("date_id", "count"),
            ("doc_id", "count_distinct"),
            ("start_date", "min"),
            ("end_date", "max"),
            ("surface", "first"),
            ("doc_id", "first"),
            ("date_id", "first"),
        ]
    )
    grouped = grouped.sort_by([("date_id_count", "descending"), ("start_date_min", "ascending")])
    rows = grouped.slice(0, TIMELINE_ITEMS).to_pylist()
    rows.sort(key=lambda r: (r["start_date_min"], r["end_date_max"] or r["start_date_min"]))
    entries = [
        TimelineEntry(
            value=r["value"],
            start_date=r["start_date_min"],
            end_date=r["end_date_max"],
            surface=r["surface_first"],
            mentions=r["date_id_count"],
            documents=r["doc_id_count_distinct"],
            first_date_id=r["date_id_first"],
            document=docs.get(r["doc_id_first"]),
        )
        for r in rows
    ]
    return entries, grouped.num_rows


@dataclass(frozen=True)
class Person:
    participant_id: str
    name: str
    role: str | None
    organization: str | None
    country: str | None
    documents: int
    mentions: int
    first_document: DocumentInfo | None


def most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


PERSON_COLUMNS = [
    "participant_id",
    "doc_id",
    "name",
    "role",
    "organization",
    "country",
    "n_mentions",
]


def people(participants: pa.Table, docs: dict[str, DocumentInfo]) -> list[Person]:
    """One Person per participant_id (the name, role, organization and country
    the documents give most often), the most frequent person first."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in participants.to_pylist():
        groups[row["participant_id"]].append(row)
    found = [
        Person(
            participant_id=pid,
            name=most_common([r["name"] for r in rows]) or "",
            role=most_common([r["role"] for r in rows]),
            organization=most_common([r["organization"] for r in rows]),
            country=most_common([r["country"] for r in rows]),
            documents=len({r["doc_id"] for r in rows}),
            mentions=sum(r["n_mentions"] or 0 for r in rows),
            first_document=docs.get(rows[0]["doc_id"]),
        )
        for pid, rows in groups.items()
    ]
    return sorted(found, key=lambda p: (-p.documents, -p.mentions, p.name))


@dataclass(frozen=True)
class Country:
    code: str
    people: int
    documents: int
    share: float  # of the largest country's people, for the meter


def countries(participants: pa.Table) -> list[Country]:
    """Countries the participants represent, by number of distinct people."""
    persons: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, set[str]] = defaultdict(set)
    for row in participants.select(["participant_id", "doc_id", "country"]).to_pylist():
        if row["country"]:
            persons[row["country"]].add(row["participant_id"])
            documents[row["country"]].add(row["doc_id"])
    ranked = sorted(persons, key=lambda c: (-len(persons[c]), -len(documents[c]), c))
    top = len(persons[ranked[0]]) if ranked else 1
    return [
        Country(c, len(persons[c]), len(documents[c]), 100 * len(persons[c]) / top)
        for c in ranked[:COUNTRIES_SHOWN]
    ]


def per_document(release: ReleaseFiles) -> dict[str, dict[str, int]]:
    """Rows of each fact table per document."""
    return {
        name: value_counts(release.read(name, ["doc_id"]), "doc_id")
        for name in ("statistics", "dates", "participants")
    }
