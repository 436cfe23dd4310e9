"""A release saved as a full web page gives the same rows as its text file.

The pages are written here around shared releases (tests/web_pages.py: a
cookie banner, navigation, breadcrumbs, share buttons, related news and a
footer); the text releases are the shared corpora's own files.
"""

import dataclasses
import shutil

import pyarrow.parquet as pq
import pytest
from conftest import SHARED, needs_shared, run_cli
from web_pages import web_page

from pressfacts.ingest import discover

pytestmark = needs_shared

CORPORA = ("seed", "dev", "world", "ru")
# the release files of the full-flow comparison: the real release, a dateline and
# a byline, honorifics and Indian numbering, an ISO date line
RELEASES = (
    "seed/astana-sister-cities-forum-2023-07-05",
    "world/kazinform-grain-harvest-results-2025-11-05",
    "world/pib-power-generation-april-december-2025-01-10",
    "world/state-secretary-meeting-irish-foreign-minister-2024-09-10",
)
DIFFERENT = {"source_file", "url", "source"}  # what a page adds or names differently


def as_pages(text_dir, page_dir) -> None:
    page_dir.mkdir(exist_ok=True)
    documents, _ = discover(text_dir)
    for d in documents:
        url = f"https://press.example.gov/news/{d.source_file.removesuffix('.txt')}"
        page = web_page(d.title, d.published_date, d.text, url)
        (page_dir / d.source_file.replace(".txt", ".html")).write_text(page, encoding="utf-8")


def comparable(doc) -> dict:
    row = dataclasses.asdict(doc)
    return {k: v for k, v in row.items() if k not in DIFFERENT}


@pytest.mark.parametrize("corpus", CORPORA)
def test_pages_read_as_the_same_documents(corpus, tmp_path):
    text_dir = tmp_path / "text"
    shutil.copytree(
        SHARED / "corpus" / corpus, text_dir, ignore=shutil.ignore_patterns("*.json", "*.md")
    )
    as_pages(text_dir, tmp_path / "pages")
    texts, _ = discover(text_dir)
    pages, refused = discover(tmp_path / "pages")
    assert not refused
    assert [comparable(d) for d in pages] == [comparable(d) for d in texts]
    assert all(p.url.startswith("https://press.example.gov/news/") for p in pages)


@pytest.mark.slow
def test_a_release_of_pages_equals_the_release_of_texts_row_for_row(tmp_path):
    text_dir = tmp_path / "text"
    text_dir.mkdir()
    for name in RELEASES:
        shutil.copy(SHARED / "corpus" / f"{name}.txt", text_dir)
    as_pages(text_dir, tmp_path / "pages")
    releases = {}
    for kind in ("text", "pages"):
        done = run_cli("run", "--raw", str(tmp_path / kind), "--out", str(tmp_path / f"out-{kind}"))
        assert done.returncode == 0, done.stderr[-2000:]
        releases[kind] = tmp_path / f"out-{kind}" / "latest"
    for table in ("documents", "statistics", "dates", "participants"):
        text_rows = pq.read_table(releases["text"] / f"{table}.parquet").to_pylist()
        page_rows = pq.read_table(releases["pages"] / f"{table}.parquet").to_pylist()
        if table == "documents":
            assert all(r["url"] for r in page_rows) and not any(r["url"] for r in text_rows)
            assert [r["source_file"].removesuffix(".html") for r in page_rows] == [
                r["source_file"].removesuffix(".txt") for r in text_rows
            ]
            for row in (*text_rows, *page_rows):
                del row["source_file"], row["url"]
        assert page_rows == text_rows, table
        if table != "documents":
            assert text_rows, f"no {table} rows to compare"
