"""The validation report: every suite and expectation, the values that broke
a failed one with their rows, readable with no network."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import dump_dom, needs_chromium
from test_validate import good_tables, replace_column

from pressfacts.validate import validate_tables

HOSTILE_KIND = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    tables = good_tables()
    stats = replace_column(tables["statistics"], "kind", [HOSTILE_KIND])
    tables["statistics"] = replace_column(stats, "surface", ["2,000 companies!"])
    tables["participants"] = replace_column(tables["participants"], "country", ["XXQ"])
    result = validate_tables(tables, folder / "validation")
    assert not result.success
    return result


@pytest.fixture(scope="module")
def html(report) -> str:
    return (report.report_dir / "index.html").read_text(encoding="utf-8")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.targets += [value or "" for name, value in attrs if name in ("src", "href")]


def test_the_report_references_no_other_host_and_runs_no_script(html):
    links = Links()
    links.feed(html)
    assert "script" not in links.tags and "link" not in links.tags and "img" not in links.tags
    assert links.targets and all(target.startswith("#") for target in links.targets)
    assert not re.search(r"https?://", html)


def test_every_suite_and_every_expectation_is_shown(report, html):
    for name, suite in report.summary["suites"].items():
        section = html[html.index(f'<section id="suite-{name}">') :]
        section = section[: section.index("</section>")]
        shown = len(re.findall(r'<td><span class="status (ok|bad)">', section))
        assert shown == suite["evaluated"], name
        assert f"{suite['successful']} of {suite['evaluated']} expectations met" in section


def test_a_failed_expectation_shows_its_values_and_documents(html):
    participants = html[html.index('<section id="suite-participants">') :]
    failed = participants[participants.index('id="participants-0-failed"') :]
    failed = failed[: failed.index("</tr>\n<tr")]
    assert "<code>XXQ</code>" in failed
    assert "<th>doc_id</th>" in failed and f"<code>{'b' * 16}</code>" in failed


def test_a_cross_table_failure_names_its_row(html):
    cross = html[html.index('<section id="suite-cross_table">') :]
    failed = cross[cross.index('id="cross_table-0-failed"') :]
    assert "<th>row_id</th>" in failed and f"<code>{'b' * 16}-s" in failed


def test_values_from_raw_files_are_escaped(html, report):
    assert HOSTILE_KIND not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    # the compact results keep the value as it is in the data
    failed = report.summary["suites"]["statistics"]["failed"]
    assert any(HOSTILE_KIND in f["unexpected_sample"] for f in failed)


@needs_chromium
def test_a_browser_without_network_shows_the_whole_report(report):
    rendered = dump_dom(Path(report.report_dir) / "index.html")
    assert "3 expectations not met" in rendered or "expectations not met" in rendered
    for name in report.summary["suites"]:
        assert f'id="suite-{name}"' in rendered
    assert "<code>XXQ</code>" in rendered
    assert rendered.count('class="status bad">failed</span>') >= 3
