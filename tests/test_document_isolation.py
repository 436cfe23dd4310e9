"""Through the real command: a document whose extraction raises, or whose rows
break a suite, is refused by name and the others are published."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

# The real command in this process (so the patched rules are the ones that run).
FAULTY_RULES = """
import os, sys
os.environ["PRESSFACTS_SUPERVISED"] = "1"

import pressfacts.isolation as isolation
from pressfacts import cli
from pressfacts.extract.records import StatisticRecord

real = isolation.extract_text

def faulty(text, published, language, parsed, **context):
    extraction = real(text, published, language, parsed, **context)
    if "abandoned" in text:
        raise OverflowError("date value out of range")
    if "halved" in text:
        start = text.index("halved")
        extraction.statistics.append(
            StatisticRecord(start, start + 6, "halved", 0.5, "multiplier", None, None, None, text)
        )
    return extraction

isolation.extract_text = faulty
sys.exit(cli.main(sys.argv[1:]))
"""

RELEASES = {
    "a-good.txt": "Good news\n5 July 2023\n\nThe ministry opened 12 schools in 2022.\n",
    "b-raises.txt": "Old town\n5 July 2023\n\nThe town was abandoned 1000000 days ago.\n",
    "c-bad-row.txt": "Poverty\n5 July 2023\n\nPoverty has halved since 2010.\n",
    "d-good.txt": "More news\n6 July 2023\n\nOver 300 teachers were hired in March.\n",
}


def run(raw: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", FAULTY_RULES, "run", "--raw", str(raw), "--out", str(out)]
    return subprocess.run([*command, *extra], capture_output=True, text=True, cwd=ROOT, timeout=900)


@pytest.fixture
def raw(tmp_path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_faulty_documents_are_refused_by_name_and_the_rest_published(raw, tmp_path):
    out = tmp_path / "out"
    done = run(raw, out)
    assert done.returncode == 0, done.stderr[-3000:]
    latest = out / "latest"
    files = set(pq.read_table(latest / "documents.parquet").column("source_file").to_pylist())
    assert files == {"a-good.txt", "d-good.txt"}
    refused = {r["file"]: r["reason"] for r in json.loads((latest / "rejections.json").read_text())}
    assert refused["b-raises.txt"] == "extraction failed: OverflowError: date value out of range"
    assert refused["c-bad-row.txt"].startswith("failed validation: ")
    assert "statistics: value" in refused["c-bad-row.txt"]
    assert json.loads((latest / "validation" / "results.json").read_text())["success"]
    assert done.stderr.count("b-raises.txt") == 1  # each rejection printed once
    assert done.stderr.count("c-bad-row.txt") == 1


def test_with_strict_a_faulty_document_fails_the_run(raw, tmp_path):
    (raw / "b-raises.txt").unlink()
    out = tmp_path / "out"
    done = run(raw, out, "--strict")
    assert done.returncode == 1, done.stderr[-3000:]
    assert "c-bad-row.txt" in done.stderr and "validation failed" in done.stderr
    assert not (out / "latest").exists()
