"""Property: whatever text comes in, the extractors raise nothing, stay linear,
and every row they produce passes the expectation suites.

Hypothesis generates the texts (random Unicode, digit soups, huge numbers,
long lines, nested quotes, Cyrillic, zero-width characters, and templated
sentences with numbers, dates and names); the real spaCy pipeline parses them
in batches and the real extractors read them. The rows of all texts are then
assembled into tables and validated once by Great Expectations with the
project's own suites, so the check is the suites themselves, not a copy.
"""

from __future__ import annotations

import hashlib
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from pressfacts.assemble import assemble
from pressfacts.discover import Document
from pressfacts.extract import extract_all
from pressfacts.nlp import load_nlp
from pressfacts.validate import validate_tables

BATCH = 8  # texts per generated example, parsed together
EXAMPLES = 260  # 2,080 texts
PUBLISHED = date(2024, 5, 1)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
CYRILLIC = st.characters(min_codepoint=0x0400, max_codepoint=0x04FF)
MONTHS = ["January", "March", "May", "Sept.", "Dec", "июля"]
UNITS = [
    "percent",
    "%",
    "tonnes",
    "km",
    "times",
    "-fold",
    "degrees",
    "people",
    "years ago",
    "days ago",
    "months ago",
    "weeks",
    "billion tenge",
    "USD",
    "th place",
    "million",
]
QUALIFIERS = ["", "more than ", "about ", "up to ", "from ", "between ", "minus ", "-"]
NAMES = [
    "Aigerim Seitkali",
    "Minister of Finance Madina Zhunusbekova",
    "President Tokayev",
    "the Head of State",
    "Jean-Claude Van",
    "Qais bin Hamad Al Busaidi",
    "Иван Петров",
]

numbers = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.integers(10**15, 10**400).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda x: f"{x:,}"),
    st.sampled_from(["two thousand", "one and a half", "a third", "1,500", "0.8", "12,34,567"]),
    st.integers(0, 10**6).map(lambda n: f"{n}th"),
)
sentences = st.builds(
    lambda q, n, u, name, day, month, year: (
        f"{name} said {q}{n} {u} on {day} {month} {year}, “{q}{n}{u}”."
    ),
    st.sampled_from(QUALIFIERS),
    numbers,
    st.sampled_from(UNITS),
    st.sampled_from(NAMES),
    st.integers(0, 40),
    st.sampled_from(MONTHS),
    st.integers(-5, 99999),
)


def _nested_quotes(depth: int, inner: str) -> str:
    marks = ["“", "”", "«", "»", '"', "'", "„"]
    return "".join(marks[i % len(marks)] for i in range(depth)) + inner + "”" * depth


def _zero_width(text: str, every: int) -> str:
    return "".join(
        c + ZERO_WIDTH[i % len(ZERO_WIDTH)] * (i % every == 0) for i, c in enumerate(text)
    )


pieces = st.one_of(
    st.text(max_size=200),
    st.text(alphabet="0123456789.,;:-–/%$€£ \t\n", max_size=400),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=12), st.integers(1, 800)),
    st.builds(_nested_quotes, st.integers(1, 60), st.text(max_size=40)),
    st.text(alphabet=st.one_of(CYRILLIC, st.just(" ")), max_size=200),
    st.builds(_zero_width, sentences, st.integers(1, 5)),
    sentences,
)
texts = st.lists(pieces, min_size=1, max_size=4).map(" ".join)


def _document(i: int, text: str) -> Document:
    digest = hashlib.sha256(f"{i}\0{text}".encode()).hexdigest()
    return Document(
        doc_id=f"d{i:05d}",
        source_file=f"generated-{i:05d}.txt",
        title="Generated",
        published_date=PUBLISHED,
        text=text,
        n_words=max(1, len(text.split())),
        content_sha256=digest,
        encoding="utf-8",
    )


@pytest.mark.slow
def test_generated_texts_give_valid_rows_in_linear_time(tmp_path) -> None:
    nlp = load_nlp()
    seen: list[str] = []
    extractions = []
    timing = {"chars": 0, "seconds": 0.0, "worst": 0.0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.lists(texts, min_size=BATCH, max_size=BATCH))
    def extract_batch(batch: list[str]) -> None:
        for doc in nlp.pipe(batch, batch_size=BATCH):
            started = time.perf_counter()
            extractions.append(extract_all(doc, PUBLISHED, publisher_country="KAZ"))
            elapsed = time.perf_counter() - started
            seen.append(doc.text)
            timing["chars"] += len(doc.text)
            timing["seconds"] += elapsed
            timing["worst"] = max(timing["worst"], elapsed / max(1, len(doc.text)))

    extract_batch()
    assert len(seen) >= 2000
    per_char = timing["seconds"] / max(1, timing["chars"])
    print(
        f"\n{len(seen)} texts, {timing['chars']:,} characters, extraction "
        f"{timing['seconds']:.1f}s: {per_char * 1e6:.1f} µs per character on average, "
        f"worst text {timing['worst'] * 1e6:.1f} µs per character"
    )
    assert per_char < 1e-3  # a sanity bound: 1 ms per character would be a runaway

    documents = [_document(i, text) for i, text in enumerate(seen)]
    tables = assemble(documents, extractions)
    assert sum(tables[name].num_rows for name in ("statistics", "dates", "participants")) > 500
    report = validate_tables(tables, tmp_path / "report")
    assert report.success, report.failures
