"""Gold scores of real releases: the floors the extractors must keep.

These score against the shared corpora beside the checkout and skip when
they are absent (a user's fresh clone); CI has them.
"""

import json
import shutil
import subprocess
import sys

import pytest
from conftest import RAW, SCORE, SHARED, needs_shared, run_cli

pytestmark = [pytest.mark.slow, needs_shared]

SEED_FLOORS = {
    "statistics": {"f1": 0.80},
    "dates": {"f1": 0.80, "value_f1": 0.70},
    "participants": {"f1": 0.70},
    "documents": {"title_acc": 1.0, "published_date_acc": 1.0},
}


def score(release, gold, tmp_path) -> dict:
    out = tmp_path / "score.json"
    subprocess.run(
        [sys.executable, str(SCORE), str(release), str(gold), "--json", str(out)],
        check=True,
        capture_output=True,
    )
    return json.loads(out.read_text())["result"]


@pytest.mark.parametrize("table", sorted(SEED_FLOORS))
def test_seed_release_meets_its_floors(seed_release, tmp_path, table):
    result = score(seed_release, SHARED / "corpus" / "seed", tmp_path)[table]
    for metric, floor in SEED_FLOORS[table].items():
        assert result[metric] >= floor, f"{table} {metric} {result[metric]} < {floor}"


def test_dev_corpus_scores(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SHARED / "corpus" / "dev", raw, ignore=shutil.ignore_patterns("*.json", "*.md"))
    shutil.copy(RAW / "source.toml", raw)  # the presidency's releases, as their publisher says
    done = run_cli("run", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr[-2000:]
    result = score(tmp_path / "out" / "latest", SHARED / "corpus" / "dev", tmp_path)
    assert result["documents"]["found"] == result["documents"]["of"] == 5
    assert result["statistics"]["f1"] >= 0.80
    assert result["dates"]["f1"] >= 0.80 and result["dates"]["value_f1"] >= 0.70
    assert result["participants"]["f1"] >= 0.70


def test_world_corpus_every_document_dated_and_titled(tmp_path):
    """Releases of other governments, their date lines as each site writes them,
    with no source metadata: every one is published with its date and title."""
    raw = tmp_path / "raw"
    shutil.copytree(
        SHARED / "corpus" / "world", raw, ignore=shutil.ignore_patterns("*.json", "*.md")
    )
    done = run_cli("run", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr[-2000:]
    result = score(tmp_path / "out" / "latest", SHARED / "corpus" / "world", tmp_path)
    n_gold = len(list((SHARED / "corpus" / "world").glob("*.gold.json")))
    assert result["documents"]["found"] == result["documents"]["of"] == n_gold
    assert result["documents"]["published_date_acc"] == 1.0
    assert result["documents"]["title_acc"] == 1.0
