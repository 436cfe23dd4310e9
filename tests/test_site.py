"""The release's pages: the facts shown, every mention marked at its offsets,
nothing from the data as raw HTML, nothing loaded from elsewhere."""

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from browser import dump_dom, marked_rows, needs_chromium, screenshot

from pressfacts import publish
from pressfacts.assemble import assemble
from pressfacts.discover import Document, Rejection
from pressfacts.extract import Extraction
from pressfacts.extract.records import DateRecord, ParticipantRecord, StatisticRecord
from pressfacts.schema import TABLES
from pressfacts.site import read_tables, write_site
from pressfacts.site.charts import bin_width

HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
TEXT = "Over 2,000 companies came on July 6, 1994, said Jiří Novotný; $8 billion by 2030."
SUMMARY = {
    "success": True,
    "suites": {
        "documents": {"success": True, "evaluated": 17, "successful": 17, "failed": []},
        "statistics": {"success": True, "evaluated": 24, "successful": 24, "failed": []},
    },
}
CREATED = "2025-01-28T09:14:03+00:00"


def document(doc_id: str, title: str, published: date) -> Document:
    return Document(doc_id, f"{doc_id}.txt", title, published, TEXT, 14, "0" * 64, "utf-8")


def extraction(name: str, billions: float) -> Extraction:
    july_6, new_year, new_years_eve = date(1994, 7, 6), date(2030, 1, 1), date(2030, 12, 31)
    sentence = "Said the $8 billion sentence."
    return Extraction(
        statistics=[
            StatisticRecord(
                0, 20, "Over 2,000 companies", 2000.0, "count", None, "over", None, TEXT
            ),
            StatisticRecord(62, 72, "$8 billion", billions, "money", "USD", None, None, sentence),
            # crosses the end of the date "July 6, 1994": its marks must be cut there
            StatisticRecord(37, 47, "1994, said", 1994.0, "count", None, None, None, TEXT),
        ],
        dates=[
            DateRecord(29, 41, "July 6, 1994", "1994-07-06", "DATE", july_6, july_6, TEXT),
            # nested: "2030" inside "by 2030"
            DateRecord(73, 80, "by 2030", "2030", "DATE", new_year, new_years_eve, TEXT),
            DateRecord(76, 80, "2030", "2030", "DATE", new_year, new_years_eve, TEXT),
        ],
        participants=[
            ParticipantRecord(name, "prime minister", "Government", "CZE", "speaker", 1, 48, 60),
            ParticipantRecord("Ann Lee", "envoy", "Embassy", "GBR", "mentioned", 1, 21, 25),
        ],
    )


def tables() -> dict[str, pa.Table]:
    docs = [
        document("a" * 16, "Talks with the Czech Prime Minister", date(2023, 8, 24)),
        document("b" * 16, f"Hostile {HOSTILE} title", date(2024, 1, 5)),
    ]
    return assemble(docs, [extraction("Jiří Novotný", 8e9), extraction(HOSTILE, 9e9)])


def with_column(table: pa.Table, name: str, values: list) -> pa.Table:
    if name in table.column_names:
        table = table.drop_columns([name])
    return table.append_column(name, pa.array(values, pa.string()))


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("release")
    data = tables()
    publish.write_tables(data, folder)
    # columns a newer documents table carries; the pages read them when present
    docs = with_column(data["documents"], "publisher", ["Press Office", "Press <b>Office</b>"])
    docs = with_column(docs, "url", ["https://example.org/news/1", "javascript:alert(1)"])
    pq.write_table(docs, folder / "documents.parquet")
    rejected = [Rejection("notes.md", "not a .txt file", "only .txt files are read")]
    publish.write_rejections(folder, rejected)
    counts = {name: t.num_rows for name, t in data.items()}
    publish.write_dictionary(folder, "abc123def456", counts, CREATED, rejected)
    publish.write_datapackage(folder, "abc123def456", counts, CREATED)
    path = write_site(folder, read_tables(folder), "abc123def456", CREATED, SUMMARY)
    assert path == folder / "index.html"
    return folder


@pytest.fixture(scope="module")
def page(release) -> str:
    return (release / "index.html").read_text(encoding="utf-8")


def doc_page(release: Path, doc_id: str) -> str:
    return (release / "documents" / f"{doc_id}.html").read_text(encoding="utf-8")


def card(page: str, label: str) -> int:
    found = re.search(rf'class="n">([\d,]+)</span><span class="label">{label}', page)
    assert found, label
    return int(found.group(1).replace(",", ""))


def test_counts_say_what_they_count(page):
    assert "abc123def456" in page and "2025-01-28 09:14 UTC" in page
    assert card(page, "documents") == 2
    assert card(page, r"statistics: figures stated \(rows\)") == 6
    assert card(page, r"dates: temporal expressions \(rows\)") == 6
    assert card(page, "participant rows") == 4
    assert card(page, "distinct people") == 3  # Ann Lee is in both documents


def test_the_largest_money_figure_comes_first_with_its_release_and_sentence(page):
    money = page[page.index('id="money"') : page.index('id="statistics"')]
    assert "<h3>USD" in money and "2 figures" in money
    assert money.index('title="9,000,000,000">9 billion') < money.index("8,000,000,000")
    assert "Said the <mark>$8 billion</mark> sentence." in money
    assert "Talks with the Czech Prime Minister" in money
    assert f'href="documents/{"b" * 16}.html#s-{"b" * 16}-s62-72"' in money


def test_the_timeline_lists_dates_in_calendar_order(page):
    timeline = page[page.index('id="timeline"') : page.index('id="people"')]
    assert "1994: 2 dates" in timeline and "2030: 4 dates (4 after publication)" in timeline
    listed = timeline[timeline.index('<ol class="timeline">') :]
    assert listed.index(">1994-07-06<") < listed.index(">2030<")
    assert "4 mentions in 2 releases" in timeline


def test_people_have_role_organization_and_country(page):
    people = page[page.index('id="people"') : page.index('id="documents"')]
    assert "Jiří Novotný" in people and "prime minister" in people and "Government" in people
    assert '<abbr title="Czechia">CZE</abbr>' in people
    assert "3 distinct people in 4 participant rows" in people
    ann = people[people.index("Ann Lee") :]
    assert re.search(r'<td class="num">2</td>', ann)  # two documents


def test_rejected_files_are_listed_with_their_reasons(page):
    rejected = page[page.index('id="rejected"') : page.index('id="files"')]
    assert "<code>notes.md</code>" in rejected and "not a .txt file" in rejected


def test_every_file_is_linked(page):
    for name in TABLES:
        assert f'href="{name}.parquet"' in page and f'href="{name}.csv"' in page
    for name in ("datapackage.json", "README.md", "rejections.json"):
        assert f'href="{name}"' in page


def test_dictionary_examples_come_from_the_rows(page, release):
    readme = (release / "README.md").read_text(encoding="utf-8")
    dates = page[page.index("<summary>dates") : page.index("<summary>participants")]
    surface = re.search(r"<code>surface</code>.*?</tr>", dates, re.S).group(0)
    assert "<code>July 6, 1994</code>" in surface
    assert "| `surface` | string | yes | The mention exactly as written" in readme
    assert re.search(r"^\| `surface` .*\| July 6, 1994 \|$", readme, re.M)
    # a column empty throughout keeps the contract's example, marked as invented
    assert re.search(r"^\| `range_id` .*\| _d3f1c0a2b4e5f607-r01_ \|$", readme, re.M)
    assert '<em class="muted">d3f1c0a2b4e5f607-r01</em>' in page
    package = json.loads((release / "datapackage.json").read_text())
    dates = next(r for r in package["resources"] if r["name"] == "dates")
    fields = {f["name"]: f for f in dates["schema"]["fields"]}
    assert fields["surface"]["example"] == "July 6, 1994"
    assert fields["value"]["example"] == "1994-07-06"
    for table in TABLES.values():
        for column in table.columns:
            assert f"<tr><td><code>{column.name}</code></td>" in page, column.name


def test_hostile_text_appears_only_escaped(page, release):
    pages = [page, doc_page(release, "b" * 16), (release / "documents" / "index.html").read_text()]
    for html in pages:
        assert "<script" not in html.lower() and "<b>" not in html
        assert ESCAPED in html
    assert 'href="javascript:' not in doc_page(release, "b" * 16)
    assert 'href="https://example.org/news/1"' in doc_page(release, "a" * 16)


class Loads(HTMLParser):
    """Everything a page would fetch by itself (scripts, styles, images, frames)."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "link" or "src" in found:
            self.fetched.append(found.get("href") or found.get("src") or "")


def test_pages_load_nothing_from_elsewhere(release):
    for path in [release / "index.html", *(release / "documents").glob("*.html")]:
        loads = Loads()
        loads.feed(path.read_text(encoding="utf-8"))
        assert loads.fetched, path  # the stylesheet
        for target in loads.fetched:
            assert not re.match(r"^[a-z]+:|^//", target), (path, target)
            assert (path.parent / target).is_file(), (path, target)


def test_each_document_page_marks_every_row_at_its_offsets(release):
    for doc_id in ("a" * 16, "b" * 16):
        text, spans, kinds = marked_rows(doc_page(release, doc_id))
        assert text == TEXT
        expected = {}
        for name, prefix in (("statistics", "s"), ("dates", "t"), ("participants", "p")):
            key = TABLES[name].primary_key[0]
            rows = pq.read_table(release / f"{name}.parquet").to_pylist()
            for row in rows:
                if row["doc_id"] == doc_id:
                    expected[f"{prefix}-{row[key]}"] = (row["char_start"], row["char_end"])
        assert spans == expected
        assert {kinds[row] for row in expected} == {"statistic", "date", "participant"}


def test_the_documents_list_links_every_page(release):
    listing = (release / "documents" / "index.html").read_text(encoding="utf-8")
    for doc_id in ("a" * 16, "b" * 16):
        assert f'href="{doc_id}.html"' in listing
    assert "Press Office" in listing
    assert '<div class="doc-text" lang="en">' in doc_page(release, "a" * 16)  # the text's language


def test_bars_widen_when_dates_span_centuries():
    assert bin_width(1987, 2030) == 1
    assert bin_width(1900, 2030) == 5
    assert bin_width(1200, 2030) == 20
    assert (2030 - 1200 + 1) / bin_width(1200, 2030) <= 60


@needs_chromium
def test_a_browser_without_network_shows_every_mark_at_its_offsets(release):
    rendered = dump_dom(release / "documents" / f"{'a' * 16}.html")
    text, spans, _ = marked_rows(rendered)
    assert text == TEXT
    stats = pq.read_table(release / "statistics.parquet").to_pylist()
    for row in (r for r in stats if r["doc_id"] == "a" * 16):
        assert spans[f"s-{row['stat_id']}"] == (row["char_start"], row["char_end"])
        assert text[row["char_start"] : row["char_end"]] == row["surface"]
    assert len(spans) == 3 + 3 + 2


@needs_chromium
def test_a_browser_without_network_renders_the_dataset_page(release, tmp_path):
    rendered = dump_dom(release / "index.html")
    assert "Said the <mark>$8 billion</mark> sentence." in rendered
    png = screenshot(release / "index.html", tmp_path / "page.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_rejections_file_is_what_the_page_lists(release, page):
    listed = json.loads((release / "rejections.json").read_text())
    for r in listed:
        assert f"<code>{r['file']}</code>" in page


def test_a_long_list_of_documents_is_split_into_linked_pages(tmp_path, monkeypatch):
    from pressfacts.site import documents

    monkeypatch.setattr(documents, "LIST_PAGE", 1)
    publish.write_tables(tables(), tmp_path)
    write_site(tmp_path, read_tables(tmp_path), "r", CREATED, SUMMARY)
    first = (tmp_path / "documents" / "index.html").read_text(encoding="utf-8")
    second = (tmp_path / "documents" / "page-2.html").read_text(encoding="utf-8")
    # newest first
    assert f'href="{"b" * 16}.html"' in first and f'href="{"a" * 16}.html"' in second
    assert 'href="page-2.html"' in first and 'href="index.html"' in second
    assert "1 to 1 of 2 documents" in first and "2 to 2 of 2 documents" in second
