"""The release page: every part is there, nothing from the data is raw HTML, it renders."""

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from pressfacts.assemble import assemble
from pressfacts.discover import Document
from pressfacts.extract import Extraction
from pressfacts.extract.records import DateRecord, ParticipantRecord, StatisticRecord
from pressfacts.schema import TABLES
from pressfacts.site import bin_width, write_site

HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
TEXT = "Over 2,000 companies came on July 6, 1994, said Jiří Novotný; $8 billion by 2030."
CHROMIUM = Path("/usr/bin/chromium")
SUMMARY = {
    "success": True,
    "suites": {
        "documents": {"success": True, "evaluated": 17, "successful": 17, "failed": []},
        "statistics": {"success": True, "evaluated": 24, "successful": 24, "failed": []},
    },
}


def document(doc_id: str, title: str, published: date) -> Document:
    return Document(doc_id, f"{doc_id}.txt", title, published, TEXT, 14, "0" * 64, "utf-8")


def extraction(name: str) -> Extraction:
    july_6, new_year, new_years_eve = date(1994, 7, 6), date(2030, 1, 1), date(2030, 12, 31)
    companies = "Over 2,000 companies"
    return Extraction(
        statistics=[
            StatisticRecord(0, 20, companies, 2000.0, "count", None, "over", "company", TEXT),
            StatisticRecord(62, 72, "$8 billion", 8e9, "money", "USD", None, None, TEXT),
        ],
        dates=[
            DateRecord(29, 41, "July 6, 1994", "1994-07-06", "DATE", july_6, july_6, TEXT),
            DateRecord(76, 80, "2030", "2030", "DATE", new_year, new_years_eve, TEXT),
        ],
        participants=[ParticipantRecord(name, "prime minister", None, "CZE", "speaker", 1, 48, 60)],
    )


@pytest.fixture(scope="module")
def tables():
    docs = [
        document("a" * 16, "Talks with the Czech Prime Minister", date(2023, 8, 24)),
        document("b" * 16, f"Hostile {HOSTILE} title", date(2024, 1, 5)),
    ]
    return assemble(docs, [extraction("Jiří Novotný"), extraction(HOSTILE)])


@pytest.fixture(scope="module")
def release(tables, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("release")
    for name in TABLES:  # the files the page links to and measures
        (folder / f"{name}.parquet").write_bytes(b"x" * 2048)
        (folder / f"{name}.csv").write_text("header\n")
    (folder / "datapackage.json").write_text("{}")
    (folder / "README.md").write_text("# release\n")
    path = write_site(folder, tables, "abc123def456", "2025-01-28T09:14:03+00:00", SUMMARY)
    assert path == folder / "index.html"
    return folder


@pytest.fixture(scope="module")
def page(release) -> str:
    return (release / "index.html").read_text(encoding="utf-8")


def test_the_page_names_the_release_and_counts_every_table(page, tables):
    assert "abc123def456" in page
    assert "2025-01-28 09:14 UTC" in page
    for name in TABLES:
        count = tables[name].num_rows
        assert re.search(rf'class="n">{count}</span><span class="label">{name}<', page), name


def test_both_charts_are_inline_svg(page):
    assert page.count("<svg") == 2
    assert 'aria-label="Number of statistics by kind"' in page
    assert 'aria-label="Dates mentioned, by year"' in page
    assert "<title>money: 2</title>" in page and "<title>count: 2</title>" in page
    assert "1994: 2 dates" in page and "2030: 2 dates (2 after publication)" in page


def test_participants_countries_and_documents_are_listed(page):
    assert "Jiří Novotný" in page
    assert "prime minister" in page
    assert "Czechia" in page
    assert "Talks with the Czech Prime Minister" in page
    assert "Money figures by currency" in page and "<strong>USD</strong> 2" in page


def test_validation_verdict_links_the_report(page):
    assert "every expectation met (41 of 41)" in page
    assert 'href="validation/index.html"' in page


def test_every_file_is_linked(page):
    for name in TABLES:
        assert f'href="{name}.parquet"' in page
        assert f'href="{name}.csv"' in page
    assert 'href="datapackage.json"' in page
    assert 'href="README.md"' in page
    assert "2.0 kB" in page  # sizes are read from the files


def test_the_dictionary_lists_every_column(page):
    for table in TABLES.values():
        for column in table.columns:
            assert f"<tr><td><code>{column.name}</code></td>" in page, column.name
    assert "One of: speaker, attendee, mentioned" in page


def test_hostile_text_appears_only_escaped(page):
    assert "<script" not in page.lower()
    assert page.count(ESCAPED) >= 2  # the participant and the document title
    assert f"Hostile {ESCAPED} title" in page
    assert f"<td class='name'>{ESCAPED}</td>" in page


def test_the_page_loads_nothing_from_elsewhere(page):
    assert "http://" not in page and "https://" not in page
    assert "<link" not in page and " src=" not in page and "@import" not in page


def test_bars_widen_when_dates_span_centuries():
    assert bin_width(1987, 2030) == 1
    assert bin_width(1900, 2030) == 5
    assert bin_width(1200, 2030) == 20
    assert (2030 - 1200 + 1) / bin_width(1200, 2030) <= 60


@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed")
def test_the_page_renders_in_a_headless_browser(release, tmp_path):
    shot = tmp_path / "page.png"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1280,2000",
            (release / "index.html").as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert shot.is_file() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
