"""A regular (not editable) install: the wheel holds the suites and the flows
inside the package, and the command works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import RAW, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(folder)],
        check=True,
        cwd=folder,
        timeout=600,
    )
    (built,) = folder.glob("pressfacts-*.whl")
    return built


def test_the_wheel_holds_the_suites_and_the_flows_and_no_top_level_flows(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    suites = sorted(p.name for p in (ROOT / "expectations").glob("*.json"))
    assert sorted(n.rsplit("/", 1)[1] for n in names if "/expectations/" in n) == suites
    assert {"pressfacts/flows/release.py", "pressfacts/flows/runners.py"} <= set(names)
    assert not [n for n in names if n.startswith("flows/")]
    top_level = next(n for n in names if n.endswith("top_level.txt"))
    assert zipfile.ZipFile(wheel).read(top_level).decode().split() == ["pressfacts"]


def test_run_and_validate_work_from_another_directory_after_a_plain_install(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), wheel],
        check=True,
        timeout=600,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}  # the installed copy, not this checkout
    command = [sys.executable, "-m", "pressfacts.cli"]
    run = subprocess.run(
        [*command, "run", "--raw", str(RAW), "--out", "out"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    where = subprocess.run(
        [sys.executable, "-c", "import pressfacts; print(pressfacts.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.startswith(str(target))
    check = subprocess.run(
        [*command, "validate", "out/latest", "--report", "report"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert check.returncode == 0, check.stderr[-3000:]
    assert (elsewhere / "report" / "index.html").is_file()
