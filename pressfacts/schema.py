"""The table contract, defined once.

Parquet types, CSV headers, the data dictionary, the Frictionless table
schemas and the scaffolding of the validation suites all derive from the
`TABLES` below, so a column is added or described in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from pressfacts.ingest.language import LANGUAGES

STAT_KINDS = ("money", "percent", "count", "multiplier", "rank", "measure")
QUALIFIERS = ("over", "under", "approx", "at_least", "at_most", "up_to")
DATE_TYPES = ("DATE", "DURATION", "SET", "TIME")
PARTICIPATION = ("speaker", "attendee", "mentioned")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    example: str = ""
    nullable: bool = True
    allowed: tuple[str, ...] | None = None  # closed vocabulary, when there is one
    unique: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    mentions: bool = False  # rows point at a span of documents.text
    foreign_keys: tuple[str, ...] = field(default=("doc_id",))

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _doc_id(desc: str = "Document the row belongs to (documents.doc_id).") -> Column:
    return Column("doc_id", pa.string(), desc, "d3f1c0a2b4e5f607", nullable=False)


def _span(surface: str) -> tuple[Column, ...]:
    return (
        Column(
            "char_start",
            pa.int32(),
            "Character offset of the mention's start in documents.text.",
            "1043",
            nullable=False,
        ),
        Column(
            "char_end",
            pa.int32(),
            "Character offset just past the mention's end in documents.text.",
            "1063",
            nullable=False,
        ),
        Column(
            "surface",
            pa.string(),
            "The mention exactly as written: text[char_start:char_end].",
            surface,
            nullable=False,
        ),
    )


DOCUMENTS = Table(
    name="documents",
    description="One row per distinct press release read from the raw folder.",
    primary_key=("doc_id",),
    foreign_keys=(),
    columns=(
        Column(
            "doc_id",
            pa.string(),
            "Stable id: a hash of the normalised content, so the same text under two names is one document.",
            "d3f1c0a2b4e5f607",
            nullable=False,
            unique=True,
        ),
        Column(
            "source_file",
            pa.string(),
            "The raw file the document was read from; for an export, the file and the line "
            "its record starts on (news.jsonl#3).",
            "astana-sister-cities-forum-2023-07-05.txt",
            nullable=False,
        ),
        Column(
            "url",
            pa.string(),
            "Canonical URL (absolute, http or https) of the release, when its page or export "
            "record gives one.",
        ),
        Column(
            "title",
            pa.string(),
            "Title line of the release.",
            "The President took part in the forum of sister cities in Astana",
            nullable=False,
        ),
        Column(
            "published_date",
            pa.date32(),
            "Publication date from the date line or the page's metadata; relative dates are "
            "resolved against it.",
            "2023-07-05",
            nullable=False,
        ),
        Column(
            "dateline",
            pa.string(),
            "Place of the dateline that opens the body ('ASTANA. KAZINFORM –' gives Astana); "
            "the dateline stays in the text but gives no row.",
            "Astana",
        ),
        Column(
            "text",
            pa.string(),
            "Body of the release, verbatim after decoding and newline normalisation; all offsets point into it.",
            "Head of State Kassym-Jomart Tokayev took part in ...",
            nullable=False,
        ),
        Column("n_words", pa.int32(), "Number of words in the body.", "1180", nullable=False),
        Column(
            "content_sha256",
            pa.string(),
            "SHA-256 of the normalised raw content (title, date line and body).",
            "9f2c...e1",
            nullable=False,
        ),
        Column(
            "language",
            pa.string(),
            "Language of the text (ISO 639-1), from its script; the source's language within "
            "that script.",
            "en",
            nullable=False,
            allowed=LANGUAGES,
        ),
        Column(
            "encoding",
            pa.string(),
            "Character encoding the raw file was decoded from.",
            "utf-8",
            nullable=False,
        ),
        Column(
            "publisher",
            pa.string(),
            "Publisher of the release, from the raw folder's source.toml.",
            "Press service of the President of Kazakhstan",
        ),
        Column(
            "publisher_country",
            pa.string(),
            "ISO 3166-1 alpha-3 code of the publisher's country, from source.toml.",
            "KAZ",
        ),
        Column(
            "licence",
            pa.string(),
            "Licence or terms of reuse of the release's text, from source.toml.",
            "CC-BY-4.0",
        ),
        Column(
            "pipeline_version",
            pa.string(),
            "Version of pressfacts that extracted the document.",
            "0.1.0",
            nullable=False,
        ),
    ),
)

STATISTICS = Table(
    name="statistics",
    description="One row per figure a release states: amounts, shares, counts, multipliers, ranks and measures.",
    primary_key=("stat_id",),
    mentions=True,
    columns=(
        Column(
            "stat_id",
            pa.string(),
            "Row id, stable for the same document and span.",
            "d3f1c0a2b4e5f607-s0003",
            nullable=False,
            unique=True,
        ),
        _doc_id(),
        *_span("Over 2,000 companies"),
        Column(
            "value",
            pa.float64(),
            "The number stated, fully expanded: '$8 billion' is 8e9, '10%' is 10, 'tripled' is 3.",
            "2000.0",
            nullable=False,
        ),
        Column(
            "kind", pa.string(), "What the figure is.", "count", nullable=False, allowed=STAT_KINDS
        ),
        Column(
            "unit",
            pa.string(),
            "ISO 4217 code for money, 'percent' for percent, singular unit name for measures, else empty.",
            "USD",
        ),
        Column(
            "qualifier",
            pa.string(),
            "How the text bounds the figure; empty when it is exact.",
            "over",
            allowed=QUALIFIERS,
        ),
        Column("subject", pa.string(), "Singular lemma of what is counted or measured.", "company"),
        Column(
            "range_id",
            pa.string(),
            "Shared by the two bounds of a range ('from 3 to 5 percent'); empty otherwise.",
            "d3f1c0a2b4e5f607-r01",
        ),
        Column(
            "sentence",
            pa.string(),
            "The sentence the figure stands in.",
            "Over 2,000 companies from 75 countries have chosen ...",
            nullable=False,
        ),
        Column(
            "speaker",
            pa.string(),
            "Full name of the person who states the figure, as in participants.name; "
            "empty when the text names no one.",
            "Kassym-Jomart Tokayev",
        ),
        Column(
            "speaker_id",
            pa.string(),
            "participant_id of the person who states the figure: joins participants on "
            "(participant_id, doc_id); empty when no participant states it.",
            "p3c9a1e77b2d04f1",
        ),
    ),
)

DATES = Table(
    name="dates",
    description="One row per temporal expression, normalised to a TimeML TIMEX3 value resolved against the publication date.",
    primary_key=("date_id",),
    mentions=True,
    columns=(
        Column(
            "date_id",
            pa.string(),
            "Row id, stable for the same document and span.",
            "d3f1c0a2b4e5f607-t0002",
            nullable=False,
            unique=True,
        ),
        _doc_id(),
        *_span("July 6, 1994"),
        Column(
            "value",
            pa.string(),
            "TIMEX3 value: 1994-07-06, 2030, 2024-Q3, 199X, P25Y, PRESENT_REF.",
            "1994-07-06",
            nullable=False,
        ),
        Column("type", pa.string(), "TIMEX3 type.", "DATE", nullable=False, allowed=DATE_TYPES),
        Column(
            "start_date",
            pa.date32(),
            "First day of the calendar interval a DATE covers; empty when there is none.",
            "1994-07-06",
        ),
        Column(
            "end_date",
            pa.date32(),
            "Last day of the calendar interval a DATE covers; empty when there is none.",
            "1994-07-06",
        ),
        Column(
            "sentence",
            pa.string(),
            "The sentence the expression stands in.",
            "... the Supreme Council on July 6, 1994 decided ...",
            nullable=False,
        ),
    ),
)

PARTICIPANTS = Table(
    name="participants",
    description="One row per person per document, with role, organization, country and how they took part.",
    primary_key=("participant_id", "doc_id"),
    columns=(
        Column(
            "participant_id",
            pa.string(),
            "Stable across documents for the same person (derived from the canonical name).",
            "p3c9a1e77b2d04f1",
            nullable=False,
        ),
        _doc_id(),
        Column(
            "name",
            pa.string(),
            "Fullest form of the personal name the document uses.",
            "Kassym-Jomart Tokayev",
            nullable=False,
        ),
        Column(
            "role",
            pa.string(),
            "Title the document gives the person, lower case, without the place.",
            "mayor",
        ),
        Column("organization", pa.string(), "Place or body the role belongs to.", "Astana"),
        Column(
            "country",
            pa.string(),
            "ISO 3166-1 alpha-3 code of the country the person represents.",
            "KAZ",
        ),
        Column(
            "participation",
            pa.string(),
            "speaker (words reported), attendee (took part), mentioned (only named).",
            "speaker",
            nullable=False,
            allowed=PARTICIPATION,
        ),
        Column(
            "n_mentions",
            pa.int32(),
            "Number of mentions of the person in the document.",
            "4",
            nullable=False,
        ),
        Column(
            "char_start",
            pa.int32(),
            "Offset of the first mention in documents.text.",
            "14",
            nullable=False,
        ),
        Column("char_end", pa.int32(), "Offset just past the first mention.", "35", nullable=False),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, STATISTICS, DATES, PARTICIPANTS)}
