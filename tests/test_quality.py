"""Gold scores of real releases: the floors the extractors must keep.

Each corpus beside the checkout is built by the real command, as a user's
raw folder, and scored by the shared `score.py`. The floors are the quality
the product promises (README, "Quality"): the presidency's own releases
without a miss, the other governments' and the Russian releases at their
targets. These skip when the corpora are absent (a user's fresh clone); CI
has them.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import RAW, SCORE, SHARED, needs_shared, run_cli

pytestmark = [pytest.mark.slow, needs_shared]

EVERY_DOCUMENT = {"title_acc": 1.0, "published_date_acc": 1.0}
WITHOUT_A_MISS = {
    "documents": EVERY_DOCUMENT,
    "statistics": {"f1": 1.0},
    "dates": {"f1": 1.0, "value_f1": 1.0},
    "participants": {"f1": 1.0},
}
FLOORS = {
    # releases in the styles of other governments and agencies, no source.toml
    "world": {
        "documents": EVERY_DOCUMENT,
        "statistics": {"f1": 0.97, "value_acc": 0.98, "unit_acc": 0.97, "subject_acc": 0.85},
        "dates": {"f1": 0.96, "value_f1": 0.92},
        "participants": {
            "f1": 0.95,
            "role_acc": 0.90,
            "country_acc": 0.95,
            "participation_acc": 0.90,
        },
    },
    # Russian releases of several publishers, no source.toml
    "ru": {
        "documents": EVERY_DOCUMENT,
        "statistics": {"f1": 0.93, "value_acc": 0.97},
        "dates": {"f1": 0.92, "value_f1": 0.88},
        "participants": {"f1": 0.90, "country_acc": 0.95},
    },
}
GOLD = {"world": SHARED / "corpus" / "world", "ru": SHARED / "corpus" / "ru"}


def score(release: Path, gold: Path, tmp_path: Path) -> dict:
    out = tmp_path / "score.json"
    subprocess.run(
        [sys.executable, str(SCORE), str(release), str(gold), "--json", str(out)],
        check=True,
        capture_output=True,
    )
    return json.loads(out.read_text())["result"]


def build(gold: Path, tmp_path: Path, source: Path | None = None) -> Path:
    """The corpus's texts as a raw folder (with the publisher's source.toml if
    given), published by `pressfacts run`."""
    raw = tmp_path / "raw"
    shutil.copytree(gold, raw, ignore=shutil.ignore_patterns("*.json", "*.md"))
    if source is not None:
        shutil.copy(source, raw)
    done = run_cli("run", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr[-2000:]
    return tmp_path / "out" / "latest"


def below(result: dict, floors: dict) -> list[str]:
    return [
        f"{table} {metric} {result[table][metric]} < {floor}"
        for table, metrics in floors.items()
        for metric, floor in metrics.items()
        if result[table][metric] < floor
    ]


def test_the_seed_release_has_no_miss(seed_release, tmp_path):
    result = score(seed_release, SHARED / "corpus" / "seed", tmp_path)
    assert below(result, WITHOUT_A_MISS) == []


def test_the_dev_releases_have_no_miss(tmp_path):
    gold = SHARED / "corpus" / "dev"
    release = build(gold, tmp_path, RAW / "source.toml")  # the presidency's, as it says
    result = score(release, gold, tmp_path)
    assert result["documents"]["found"] == result["documents"]["of"] == 5
    assert below(result, WITHOUT_A_MISS) == []


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_other_publishers_meet_their_targets(corpus, tmp_path):
    gold = GOLD[corpus]
    result = score(build(gold, tmp_path), gold, tmp_path)
    n_gold = len(list(gold.glob("*.gold.json")))
    assert result["documents"]["found"] == result["documents"]["of"] == n_gold
    assert below(result, FLOORS[corpus]) == []


def test_money_and_percent_cases(tmp_path):
    gold = SHARED / "bench" / "money"
    result = score(build(gold, tmp_path), gold, tmp_path)
    assert result["statistics"]["f1"] >= 0.94
    assert result["statistics"]["value_acc"] >= 0.98
