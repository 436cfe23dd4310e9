"""Feed and API exports: one document per record, bad records refused by line."""

import csv
import json
from datetime import date

from pressfacts.ingest import discover

BODY = "The ministry reported that exports grew by 12% in the first half of the year."


def test_jsonl_records_become_documents_and_a_bad_line_is_named(tmp_path):
    lines = [
        json.dumps({"title": "Exports grow", "published_at": "2025-07-10T09:00:00Z", "body": BODY}),
        "",
        "{not json",
        json.dumps({"headline": "No text", "date": "10 July 2025"}),
        json.dumps(
            {
                "Title": "Trade talks",
                "Date": "11.07.2025",
                "content": BODY + " Again.",
                "link": "https://x.gov/n/2",
            }
        ),
        json.dumps(["a", "list"]),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, rejections = discover(tmp_path)
    assert [(d.source_file, d.title, d.published_date) for d in documents] == [
        ("news.jsonl#1", "Exports grow", date(2025, 7, 10)),
        ("news.jsonl#5", "Trade talks", date(2025, 7, 11)),
    ]
    assert documents[1].url == "https://x.gov/n/2" and documents[0].text == BODY
    reasons = {r.file: r.reason for r in rejections}
    assert reasons["news.jsonl#3"].startswith("not JSON")
    assert reasons["news.jsonl#4"] == "no text field"
    assert reasons["news.jsonl#6"] == "not a JSON object"


def test_csv_rows_with_quoted_newlines_are_named_by_their_first_line(tmp_path):
    path = tmp_path / "feed.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["url", "title", "published", "text"])
        writer.writerow(
            ["https://x.gov/1", "First", "June 10, 2025", f"{BODY}\n\nSecond paragraph."]
        )
        writer.writerow(["https://x.gov/2", "Second", "04/05/2025", BODY])
        writer.writerow(["https://x.gov/3", "Third", "2025-06-12", BODY + " Third."])
    documents, rejections = discover(tmp_path)
    assert [d.source_file for d in documents] == ["feed.csv#2", "feed.csv#6"]
    assert documents[0].text == f"{BODY}\n\nSecond paragraph."
    assert rejections[0].file == "feed.csv#5" and "ambiguous" in rejections[0].reason


def test_the_source_date_order_settles_ambiguous_export_dates(tmp_path):
    (tmp_path / "source.toml").write_text('date_order = "MDY"\n', encoding="utf-8")
    (tmp_path / "feed.csv").write_text(f"title,date,text\nSecond,04/05/2025,{BODY}\n", "utf-8")
    documents, rejections = discover(tmp_path)
    assert documents[0].published_date == date(2025, 4, 5) and not rejections


def test_a_body_given_as_html_is_read_as_paragraphs(tmp_path):
    content = (
        "<div class='entry'><p>The ministry reported that exports grew by 12%.</p>"
        "<p>Imports fell by <strong>3%</strong> &amp; the balance improved.</p>"
        "<ul><li>Grain: 4 mln tonnes</li><li>Oil: 35 mln tonnes</li></ul></div>"
    )
    record = {"title": "Trade", "date": "2025-07-10", "content": content}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    documents, rejections = discover(tmp_path)
    assert not rejections
    assert documents[0].text == (
        "The ministry reported that exports grew by 12%.\n\n"
        "Imports fell by 3% & the balance improved.\n\n"
        "Grain: 4 mln tonnes\n\nOil: 35 mln tonnes"
    )
