"""The real flow on the sample input: the files it publishes and what they hold."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import RAW, ROOT, run_cli
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from pressfacts.schema import TABLES

pytestmark = pytest.mark.slow


def test_release_has_every_file_with_the_contract_schema(seed_release):
    for name, table in TABLES.items():
        parquet = pq.read_table(seed_release / f"{name}.parquet")
        assert parquet.schema.equals(table.arrow_schema, check_metadata=False), name
        assert (seed_release / f"{name}.csv").is_file()
    assert (seed_release / "validation" / "index.html").is_file()
    assert json.loads((seed_release / "validation" / "results.json").read_text())["success"] is True
    package = json.loads((seed_release / "datapackage.json").read_text())
    assert package["resources"][0]["format"] == "parquet"
    assert "## statistics" in (seed_release / "README.md").read_text()


def test_every_mention_points_at_its_surface(seed_release):
    docs = pq.read_table(seed_release / "documents.parquet").to_pylist()
    texts = {d["doc_id"]: d["text"] for d in docs}
    for name in ("statistics", "dates"):
        rows = pq.read_table(seed_release / f"{name}.parquet").to_pylist()
        assert rows, f"no {name} extracted from the sample"
        for row in rows:
            assert texts[row["doc_id"]][row["char_start"] : row["char_end"]] == row["surface"]
    people = pq.read_table(seed_release / "participants.parquet").to_pylist()
    assert len({(p["participant_id"], p["doc_id"]) for p in people}) == len(people)


def test_rerun_on_the_same_input_publishes_nothing_new(seed_release):
    out = seed_release.parent
    before = sorted(p.name for p in (out / "releases").iterdir())
    result = run_cli("run", "--raw", str(out.parent / "raw"), "--out", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "unchanged" in result.stdout
    assert sorted(p.name for p in (out / "releases").iterdir()) == before


def test_no_readable_document_is_an_error_naming_the_folder(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "empty.txt").write_text("")
    result = run_cli("run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "no document could be read" in result.stderr
    assert "empty.txt: empty file" in result.stderr
    assert not (tmp_path / "out" / "latest").exists()


BREAK_STATISTICS = """
import os
import sys

os.environ["PRESSFACTS_SUPERVISED"] = "1"  # the release runs here, with the patch below

import pyarrow as pa
import pressfacts.flows.release
from pressfacts import cli

real_assemble = pressfacts.flows.release.assemble

def broken_assemble(documents, extractions):
    tables = real_assemble(documents, extractions)
    stats = tables["statistics"]
    kinds = pa.array(["bogus"] * stats.num_rows, pa.string())
    index = stats.schema.get_field_index("kind")
    tables["statistics"] = stats.set_column(index, stats.schema.field(index), kinds)
    return tables

pressfacts.flows.release.assemble = broken_assemble
sys.exit(cli.main(sys.argv[1:]))
"""


def test_failed_validation_publishes_nothing_and_keeps_the_report(tmp_path):
    """A deliberately broken statistics table: latest stays on the previous release."""
    shutil.copytree(RAW, tmp_path / "raw")
    out = tmp_path / "out"
    assert run_cli("run", "--raw", str(tmp_path / "raw"), "--out", str(out)).returncode == 0
    previous = (out / "latest").resolve()
    (tmp_path / "raw" / "extra.txt").write_text("Extra\n6 July 2023\n\nOver 5 companies came.\n")

    broken = subprocess.run(
        [
            sys.executable,
            "-c",
            BREAK_STATISTICS,
            "run",
            "--raw",
            str(tmp_path / "raw"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert broken.returncode == 1, broken.stderr[-2000:]
    assert "validation failed" in broken.stderr and "statistics: kind" in broken.stderr
    assert (out / "latest").resolve() == previous
    failed = list((out / "failed").iterdir())
    assert len(failed) == 1 and (failed[0] / "validation" / "index.html").is_file()
    assert str(failed[0] / "validation" / "index.html") in broken.stderr
    assert len(list((out / "releases").iterdir())) == 1


def test_the_run_summary_artifact_says_what_happened():

    from pressfacts.discover import Rejection
    from pressfacts.flows.release import RunOutcome, summary_markdown

    outcome = RunOutcome(
        "published",
        "release abc published",
        Path("outputs/releases/abc"),
        Path("outputs/releases/abc/validation"),
        {"documents": 3, "statistics": 40},
        [Rejection("empty.txt", "empty file", "remove it")],
        3,
        0,
        "passed (75 of 75 expectations)",
    )
    text = summary_markdown(outcome, 3)
    for part in (
        "# pressfacts run: published",
        "documents read: 3",
        "files rejected: 1",
        "rows in statistics: 40",
        "validation: passed (75 of 75 expectations)",
        "`outputs/releases/abc`",
        "`empty.txt`: empty file",
    ):
        assert part in text


def test_validate_command_re_runs_the_suites_on_a_release(seed_release, tmp_path):
    copy = tmp_path / "release"
    shutil.copytree(seed_release, copy)
    before = {p: p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    ok = run_cli("validate", str(copy), "--report", str(tmp_path / "report"))
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert (tmp_path / "report" / "index.html").is_file()
    by_default = run_cli("validate", str(copy))  # the report goes elsewhere, printed
    assert by_default.returncode == 0, by_default.stderr[-2000:]
    report = Path(by_default.stdout.rsplit("report: ", 1)[1].strip())
    assert report.is_file() and copy not in report.parents
    assert {p: p.read_bytes() for p in copy.rglob("*") if p.is_file()} == before  # unchanged
    inside = run_cli("validate", str(copy), "--report", str(copy / "validation"))
    assert inside.returncode == 2 and "is inside the release" in inside.stderr

    stats = pq.read_table(copy / "statistics.parquet")
    index = stats.schema.get_field_index("qualifier")
    stats = stats.set_column(
        index, stats.schema.field(index), pa.array(["roughly"] * stats.num_rows, pa.string())
    )
    pq.write_table(stats, copy / "statistics.parquet")
    bad = run_cli("validate", str(copy))
    assert bad.returncode == 1
    assert "failed: statistics: qualifier expect_column_values_to_be_in_set" in bad.stderr


def test_no_more_batches_are_in_flight_than_asked(monkeypatch):
    import threading
    import time

    from prefect.task_runners import ThreadPoolTaskRunner

    import pressfacts.flows.release as release

    lock = threading.Lock()
    running = {"now": 0, "most": 0}

    @task(cache_policy=NO_CACHE)
    def slow_batch(documents: list[int], timeout: float | None = None) -> list[str]:
        with lock:
            running["now"] += 1
            running["most"] = max(running["most"], running["now"])
        time.sleep(0.2)
        with lock:
            running["now"] -= 1
        return [f"extraction of {d}" for d in documents]

    monkeypatch.setattr(release, "extract_batch", slow_batch)

    @flow
    def drive(in_flight: int) -> list:
        with ThreadPoolTaskRunner(max_workers=8) as pool:
            return list(release.extracted_batches(pool, list(range(20)), 2, in_flight))

    done = drive(3)
    assert sorted(d for batch, _ in done for d in batch) == list(range(20))
    assert all(out == [f"extraction of {d}" for d in batch] for batch, out in done)
    assert running["most"] <= 3
    running["most"] = 0
    drive(10)  # the window, not the pool, was what held it back
    assert running["most"] > 3


def test_a_run_that_publishes_nothing_ends_in_a_failed_prefect_state(tmp_path):
    from pressfacts.flows.release import build_release, run_outcome

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "empty.txt").write_text("")
    state = build_release(
        raw_dir=tmp_path / "raw", out_dir=tmp_path / "out", runner="threads", return_state=True
    )
    assert state.is_failed()
    assert state.message == f"no document could be read in {tmp_path / 'raw'}"
    assert run_outcome(state).status == "no_documents"
