import hashlib
import json
from dataclasses import replace

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from test_assemble import document

from pressfacts import publish
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
