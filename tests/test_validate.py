import json

import pyarrow as pa
from test_assemble import document, extraction

from pressfacts import publish
from pressfacts.assemble import assemble
from pressfacts.validate import validate_release, validate_tables


def good_tables() -> dict[str, pa.Table]:
    return assemble([document("b" * 16, "b.txt")], [extraction()])


def replace_column(table: pa.Table, name: str, values: list) -> pa.Table:
    index = table.schema.get_field_index(name)
    return table.set_column(
        index, table.schema.field(name), pa.array(values, table.schema.field(name).type)
    )


def test_valid_tables_pass_and_leave_a_report(tmp_path):
    report = validate_tables(good_tables(), tmp_path / "validation")
    assert report.success, report.failures
    assert (tmp_path / "validation" / "index.html").is_file()
    summary = json.loads((tmp_path / "validation" / "results.json").read_text())
    assert summary["success"] and summary["suites"]["statistics"]["evaluated"] > 10


def test_a_broken_table_fails_with_the_expectations_it_breaks(tmp_path):
    tables = good_tables()
    stats = tables["statistics"]
    stats = replace_column(stats, "kind", ["bogus"])
    stats = replace_column(stats, "surface", ["2,000 companies!"])
    tables["statistics"] = stats
    tables["participants"] = replace_column(tables["participants"], "country", ["XXQ"])
    tables["dates"] = replace_column(tables["dates"], "doc_id", ["c" * 16])
    report = validate_tables(tables, tmp_path / "validation")
    assert not report.success
    failures = set(report.failures)
    assert "statistics: kind expect_column_values_to_be_in_set" in failures
    assert "participants: country expect_column_values_to_be_in_set" in failures
    assert "dates: doc_id expect_column_values_to_be_in_set" in failures
    assert "cross_table: surface_matches_text expect_column_values_to_be_in_set" in failures
    html = (tmp_path / "validation" / "index.html").read_text()
    assert "statistics" in html


def test_text_from_raw_files_reaches_the_html_report_escaped(tmp_path):
    tables = good_tables()
    tables["statistics"] = replace_column(
        tables["statistics"], "kind", ["<script>alert(1)</script>"]
    )
    report = validate_tables(tables, tmp_path / "validation")
    assert "statistics: kind expect_column_values_to_be_in_set" in report.failures
    pages = [p.read_text() for p in (tmp_path / "validation").rglob("*.html")]
    assert not any("<script>alert(1)" in page for page in pages)
    assert any("&lt;script&gt;alert(1)" in page for page in pages)


def test_disordered_ranges_and_far_dates_fail(tmp_path):
    from datetime import date

    from pressfacts.discover import Document
    from pressfacts.extract import Extraction
    from pressfacts.extract.records import DateRecord, StatisticRecord

    text = "Inflation must fall from 5 to 3 percent by 2026."
    doc = Document("c" * 16, "c.txt", "T", date(2025, 1, 28), text, 10, "0" * 64, "utf-8")
    s = "sentence"
    broken = Extraction(
        statistics=[
            StatisticRecord(
                20, 26, "from 5", 5.0, "percent", "percent", "at_least", None, s, None, 1
            ),
            StatisticRecord(
                27, 39, "to 3 percent", 3.0, "percent", "percent", "at_most", None, s, None, 1
            ),
        ],
        dates=[
            DateRecord(43, 47, "2026", "42026", "DATE", date(9999, 1, 1), date(9999, 12, 31), s)
        ],
    )
    report = validate_tables(assemble([doc], [broken]), tmp_path / "validation")
    failures = set(report.failures)
    assert "cross_table: range_ordered expect_column_values_to_be_in_set" in failures
    assert "cross_table: date_in_window expect_column_values_to_be_in_set" in failures
    assert "cross_table: surface_matches_text expect_column_values_to_be_in_set" not in failures


def test_a_release_folder_is_validated_from_its_parquet_files(tmp_path):
    good, broken = tmp_path / "good", tmp_path / "broken"
    good.mkdir()
    broken.mkdir()
    publish.write_tables(good_tables(), good)
    tables = good_tables()
    tables["statistics"] = replace_column(tables["statistics"], "surface", ["2,000 companies!"])
    publish.write_tables(tables, broken)

    assert validate_release(good, good / "validation").success
    report = validate_release(broken, broken / "validation")
    surface = "cross_table: surface_matches_text expect_column_values_to_be_in_set"
    assert report.failures == [surface]
    assert (broken / "validation" / "index.html").is_file()


def test_a_speaker_id_that_names_no_participant_of_its_document_fails(tmp_path):
    tables = good_tables()
    person = tables["participants"].column("participant_id").to_pylist()[0]
    doc_id = tables["statistics"].column("doc_id").to_pylist()[0]
    tables["statistics"] = replace_column(tables["statistics"], "speaker_id", [person])
    assert validate_tables(tables, tmp_path / "joined").success  # the join holds

    tables["statistics"] = replace_column(tables["statistics"], "speaker_id", ["p" + "0" * 15])
    report = validate_tables(tables, tmp_path / "broken")
    check = "cross_table: speaker_known expect_column_values_to_be_in_set"
    assert report.failures == [check]
    assert report.offending == {doc_id: [check]}  # the document is named, to be held back
