import hashlib
import json
from dataclasses import replace

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from test_assemble import document, extraction

from pressfacts import publish
from pressfacts.assemble import assemble
from pressfacts.discover import Rejection
from pressfacts.schema import TABLES


def empty_tables() -> dict[str, pa.Table]:
    return {name: t.arrow_schema.empty_table() for name, t in TABLES.items()}


def test_csv_cells_that_start_a_formula_are_neutralised_but_numbers_are_not():
    table = pa.table(
        {
            "text": ["=HYPERLINK(1)", "+7 days", "-5", "@cmd", "plain", None],
            "n": [-5.0, 1, 2, 3, 4, 5],
        }
    )
    safe = publish.csv_safe(table)
    assert safe.column("text").to_pylist() == [
        "'=HYPERLINK(1)",
        "'+7 days",
        "'-5",
        "'@cmd",
        "plain",
        None,
    ]
    assert safe.column("n").to_pylist() == [-5.0, 1, 2, 3, 4, 5]


def test_release_id_follows_names_contents_and_refusals():
    a, b = document("a" * 16, "a.txt"), document("b" * 16, "b.txt")
    renamed = replace(b, source_file="c.txt")
    edited = replace(b, content_sha256="1" * 64)
    assert publish.release_id([a, b]) == publish.release_id([b, a])
    assert publish.release_id([a, b]) != publish.release_id([a, renamed])
    assert publish.release_id([a, b]) != publish.release_id([a, edited])
    refused = [Rejection("x.txt", "empty file", "remove it")]
    assert publish.release_id([a, b]) != publish.release_id([a, b], refused)


def test_written_release_is_described_by_its_datapackage(tmp_path):
    tables = empty_tables()
    publish.write_tables(tables, tmp_path)
    publish.write_datapackage(tmp_path, "r1", {n: 0 for n in TABLES}, "2026-01-01T00:00:00+00:00")
    package = json.loads((tmp_path / "datapackage.json").read_text())
    assert {r["name"] for r in package["resources"]} >= set(TABLES)
    for resource in package["resources"]:
        data = (tmp_path / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        names = [f["name"] for f in resource["schema"]["fields"]]
        if resource["format"] == "parquet":
            assert pq.read_schema(tmp_path / resource["path"]).names == names
        else:
            assert pa_csv.read_csv(tmp_path / resource["path"]).column_names == names
    dates = next(r for r in package["resources"] if r["name"] == "dates")
    types = {f["name"]: f["type"] for f in dates["schema"]["fields"]}
    assert types["start_date"] == "date" and types["char_start"] == "integer"


def test_latest_moves_only_to_a_complete_release(tmp_path):
    (tmp_path / "releases").mkdir()
    first = publish.staging_dir(tmp_path, "one")
    publish.promote(first, tmp_path, "one")
    second = publish.staging_dir(tmp_path, "two")
    assert (tmp_path / "latest").resolve() == (tmp_path / "releases" / "one").resolve()
    publish.keep_failed(second, tmp_path, "two")
    assert (tmp_path / "latest").resolve() == (tmp_path / "releases" / "one").resolve()
    assert len(list((tmp_path / "failed").iterdir())) == 1


def test_a_table_written_in_parts_equals_the_table_written_whole(tmp_path):
    docs = [document(c * 16, f"{c}.txt") for c in "abcd"]
    whole = assemble(docs, [extraction() for _ in docs])
    (tmp_path / "whole").mkdir()
    (tmp_path / "parts").mkdir()
    publish.write_tables(whole, tmp_path / "whole")
    with publish.TableWriter(tmp_path / "parts") as writer:
        for pair in (docs[:2], docs[2:]):
            writer.write(assemble(pair, [extraction() for _ in pair]))
    assert writer.counts == {name: t.num_rows for name, t in whole.items()}
    for name in TABLES:
        parts = pq.ParquetFile(tmp_path / "parts" / f"{name}.parquet")
        assert parts.read().equals(pq.read_table(tmp_path / "whole" / f"{name}.parquet")), name
        assert parts.metadata.num_row_groups == 2  # one per part: never the whole table at once
        csv_parts = (tmp_path / "parts" / f"{name}.csv").read_text()
        assert csv_parts == (tmp_path / "whole" / f"{name}.csv").read_text()
        assert csv_parts.count('"doc_id"') == 1  # one header


def test_a_release_with_no_rows_still_has_typed_files_with_headers(tmp_path):
    with publish.TableWriter(tmp_path):
        pass
    for name, table in TABLES.items():
        assert pq.read_schema(tmp_path / f"{name}.parquet").names == table.column_names
        header = (tmp_path / f"{name}.csv").read_text().splitlines()
        assert header == [",".join(f'"{c}"' for c in table.column_names)]
