"""Saved web pages: the article body only, the page's title, date and URL."""

import re
from datetime import date

import pytest
from web_pages import web_page

from pressfacts.ingest import discover
from pressfacts.ingest.errors import RejectedFile
from pressfacts.ingest.html import read_page

TITLE = "Minister opens the new regional hospital – the first of five"
BODY = (
    "The Minister of Health opened a hospital of 300 beds in the northern region on Monday.\n\n"
    "Construction took two years and cost $45 million, the ministry said.\n\n"
    "Four more hospitals will open by 2027."
)
URL = "https://health.example.gov/en/news/hospital-opens"
TODAY = date(2026, 1, 31)


def test_the_body_is_the_article_without_page_furniture():
    page = read_page(web_page(TITLE, date(2025, 3, 4), BODY, URL), today=TODAY)
    assert page.body == BODY
    for furniture in ("cookies", "Home", "Related news", "Share", "All rights reserved", "Tags"):
        assert furniture not in page.body
    assert page.title == TITLE  # its own dash kept, the site's name gone
    assert page.published == date(2025, 3, 4)
    assert page.url == URL


def test_the_title_falls_back_to_h1_then_title_less_the_site_name():
    page = web_page(TITLE, date(2025, 3, 4), BODY, URL)
    no_og = page.replace('property="og:title"', 'property="og:other"')
    assert read_page(no_og, today=TODAY).title == TITLE
    no_h1 = no_og.replace("<h1", "<div").replace("</h1>", "</div>")
    assert read_page(no_h1, today=TODAY).title == TITLE
    unnamed = no_h1.replace('property="og:site_name"', 'property="og:other2"')
    assert read_page(unnamed, today=TODAY).title == TITLE


def test_the_visible_date_line_is_read_when_metadata_has_none():
    page = web_page(TITLE, date(2025, 3, 4), BODY, URL, visible_date="Published 4 March 2025")
    page = re.sub(r"<meta property=\"article:published_time\"[^>]*>", "", page)
    assert read_page(page, today=TODAY).published == date(2025, 3, 4)
    ambiguous = page.replace("Published 4 March 2025", "04/03/2025")
    with pytest.raises(RejectedFile, match="ambiguous"):
        read_page(ambiguous, today=TODAY)
    assert read_page(ambiguous, date_order="DMY", today=TODAY).published == date(2025, 3, 4)


def test_a_page_without_a_body_is_refused(tmp_path):
    empty = web_page(TITLE, date(2025, 3, 4), "", URL)
    (tmp_path / "empty.html").write_text(empty, encoding="utf-8")
    (tmp_path / "good.htm").write_text(web_page(TITLE, date(2025, 3, 4), BODY, URL), "utf-8")
    documents, rejections = discover(tmp_path)
    assert [d.source_file for d in documents] == ["good.htm"]
    assert documents[0].url == URL and documents[0].text == BODY
    assert rejections[0].file == "empty.html"
    assert rejections[0].reason == "no article body found in the page"


def test_a_relative_canonical_url_is_resolved_against_the_base_url_or_dropped(tmp_path):
    page = web_page(TITLE, date(2025, 3, 4), BODY, "/en/news/hospital-opens")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert discover(tmp_path)[0][0].url is None  # never a relative address in `url`
    (tmp_path / "source.toml").write_text('base_url = "https://health.example.gov"\n', "utf-8")
    assert discover(tmp_path)[0][0].url == "https://health.example.gov/en/news/hospital-opens"


def test_a_reader_fault_on_one_page_refuses_that_page_only(tmp_path, monkeypatch):
    def broken(html, **kwargs):
        raise ValueError("secret content of the page")

    (tmp_path / "page.html").write_text(web_page(TITLE, date(2025, 3, 4), BODY, URL), "utf-8")
    (tmp_path / "text.txt").write_text(f"{TITLE}\n4 March 2025\n\n{BODY}", "utf-8")
    monkeypatch.setattr("pressfacts.ingest.read_page", broken)
    documents, rejections = discover(tmp_path)
    assert [d.source_file for d in documents] == ["text.txt"]
    assert rejections[0].reason == "could not be read (ValueError)"
