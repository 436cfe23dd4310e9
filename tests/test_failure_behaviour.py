"""What a bad day does to a release: bad files, overlapping runs, kills, reruns.

Every test runs the real command in real processes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest
from conftest import RAW, ROOT, cli_command, corpus, run_cli
from filelock import FileLock

from pressfacts.schema import TABLES

pytestmark = pytest.mark.slow

SEED_TEXT = next(RAW.glob("*.txt")).read_text(encoding="utf-8")


def assert_complete(release: Path) -> None:
    """Every file the package names is there with its hash; the tables read."""
    package = json.loads((release / "datapackage.json").read_text())
    for resource in package["resources"]:
        data = (release / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    for name in TABLES:
        pq.read_table(release / f"{name}.parquet")
    assert json.loads((release / "validation" / "results.json").read_text())["success"]


def test_bad_files_are_reported_and_good_ones_published(tmp_path):
    raw = corpus(tmp_path / "raw", 2)
    (raw / "empty.txt").write_text("   \n")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (raw / "undated.txt").write_text("A title\nsometime last spring\n\nBody text.\n")
    (raw / "cp1251 файл.txt").write_bytes(
        "Встреча\n5 July 2023\n\nГлава государства провёл встречу.".encode("cp1251")
    )
    (raw / "notes.json").write_text("{}")
    with (raw / "archive dump.txt").open("w") as dump:  # tens of MB: a dump, not a release
        dump.write("All releases\n5 July 2023\n\n")
        dump.write(SEED_TEXT * 2400)
    (raw / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    out = tmp_path / "out"
    done = run_cli("run", "--raw", str(raw), "--out", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    refused = {r["file"]: r for r in json.loads((out / "latest" / "rejections.json").read_text())}
    assert set(refused) == {
        "empty.txt",
        "binary.txt",
        "undated.txt",
        "notes.json",
        ".DS_Store",
        "archive dump.txt",
    }
    assert refused["archive dump.txt"]["reason"].startswith("too large")
    for name, rejection in refused.items():
        assert f"rejected {name}: {rejection['reason']}" in done.stderr
        assert rejection["hint"]
    docs = pq.read_table(out / "latest" / "documents.parquet").column("source_file").to_pylist()
    assert "cp1251 файл.txt" in docs and len(docs) == 3

    strict = run_cli("run", "--strict", "--raw", str(raw), "--out", str(tmp_path / "strict"))
    assert strict.returncode == 4
    assert "--strict" in strict.stderr and "nothing published" in strict.stderr
    assert not (tmp_path / "strict" / "latest").exists()


def test_a_second_run_on_a_busy_folder_exits_with_a_clear_message(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(out / ".pressfacts.lock"):
        done = run_cli("run", "--raw", str(RAW), "--out", str(out))
    assert done.returncode == 3
    assert "another pressfacts run is publishing to" in done.stderr
    assert not (out / "latest").exists()


def test_runs_started_together_never_interleave(tmp_path):
    raw = corpus(tmp_path / "raw", 6)
    out = tmp_path / "out"
    command = cli_command("run", "--raw", str(raw), "--out", str(out))
    runs = [
        subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    codes = sorted(p.wait(timeout=600) for p in runs)
    assert codes in ([0, 0], [0, 3]), codes  # one after the other, or one refused
    assert len(list((out / "releases").iterdir())) == 1
    assert_complete(out / "latest")


def kill_when(process: subprocess.Popen, ready, timeout: float = 300) -> bool:
    """SIGKILL the run (its process group: the command and Prefect's temporary
    server) as soon as `ready()` holds; False if it ended first."""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            if ready():
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=60)
                return True
            time.sleep(0.02)
        raise AssertionError("the phase to kill in never came")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)


def staging(out: Path) -> list[Path]:
    return list((out / "releases").glob(".staging-*")) if (out / "releases").is_dir() else []


PHASES = {
    # extraction: the first document of this run has been cached
    "extract": lambda out, before: len(list((out / "cache").rglob("*.json"))) > before,
    # validation: the tables are written, the report not yet
    "validate": lambda out, before: any((s / "statistics.csv").exists() for s in staging(out)),
    # publishing: the report is there, the data package is being written
    "publish": lambda out, before: any((s / "README.md").exists() for s in staging(out)),
}


@pytest.mark.parametrize("phase", sorted(PHASES))
def test_kill_9_leaves_latest_complete_and_the_next_run_succeeds(published_pair, tmp_path, phase):
    shutil.copytree(published_pair, tmp_path, symlinks=True, dirs_exist_ok=True)
    raw, out = tmp_path / "raw", tmp_path / "out"
    previous = (out / "latest").resolve()
    corpus(tmp_path / "raw", 12)  # ten new releases: a run with real work to do
    cached_before = len(list((out / "cache").rglob("*.json")))

    command = cli_command("run", "--raw", str(raw), "--out", str(out), "--batch-size", "1")
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    killed = kill_when(process, lambda: PHASES[phase](out, cached_before))
    assert killed or phase == "publish"  # the publishing window may close before we see it

    latest = (out / "latest").resolve()
    assert latest == previous or not killed  # killed: the old release still stands
    assert_complete(latest)
    for release in (out / "releases").iterdir():
        if not release.name.startswith("."):
            assert_complete(release)  # no half-written release where readers look

    again = run_cli("run", "--raw", str(raw), "--out", str(out))
    assert again.returncode == 0, again.stderr[-2000:]
    assert_complete(out / "latest")
    assert pq.read_table(out / "latest" / "documents.parquet").num_rows == 12
    assert staging(out) == []


def test_a_changed_file_is_re_extracted_alone_and_equals_a_full_rebuild(tmp_path):
    raw = corpus(tmp_path / "raw", 4)
    out = tmp_path / "out"
    assert run_cli("run", "--raw", str(raw), "--out", str(out)).returncode == 0

    unchanged = run_cli("run", "--raw", str(raw), "--out", str(out))
    assert unchanged.returncode == 0 and "input unchanged" in unchanged.stdout

    changed = raw / "release-002.txt"
    changed.write_text(changed.read_text().replace("gathered 102", "gathered 2,500"))
    rerun = run_cli("run", "--raw", str(raw), "--out", str(out))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "parsed 1 document(s), 3 from the cache" in rerun.stdout

    full = run_cli("run", "--raw", str(raw), "--out", str(tmp_path / "fresh"))
    assert "parsed 4 document(s), 0 from the cache" in full.stdout
    for name in TABLES:
        incremental = pq.read_table(out / "latest" / f"{name}.parquet")
        rebuilt = pq.read_table(tmp_path / "fresh" / "latest" / f"{name}.parquet")
        assert incremental.equals(rebuilt), name
    assert (out / "latest").resolve().name == (tmp_path / "fresh" / "latest").resolve().name


def test_csv_is_safe_in_a_spreadsheet_and_parquet_exact(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(RAW.glob("*.txt")), raw / "a.txt")
    title = '=HYPERLINK("http://example.invalid","click")'
    (raw / "b.txt").write_text(f"{title}\n5 July 2023\n\nOver 2,000 companies took part.\n")
    out = tmp_path / "out"
    assert run_cli("run", "--raw", str(raw), "--out", str(out)).returncode == 0
    parquet = pq.read_table(out / "latest" / "documents.parquet").column("title").to_pylist()
    csv = pa_csv.read_csv(out / "latest" / "documents.csv").column("title").to_pylist()
    assert title in parquet and "'" + title in csv and title not in csv
    value_type = pa_csv.read_csv(out / "latest" / "statistics.csv").schema.field("value").type
    assert pa.types.is_floating(value_type) or pa.types.is_integer(value_type)  # still numbers
