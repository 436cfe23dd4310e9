"""A release's datapackage.json passes the Frictionless validator.

`frictionless validate` reads every resource the package lists and checks it
against its schema, byte count and hash: what a data portal or a reader's
tooling will do with the release.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_using_the_data import build_release  # the same release the README examples use

pytestmark = pytest.mark.slow


def test_frictionless_finds_the_package_valid(tmp_path: Path):
    pytest.importorskip("frictionless")
    release = build_release(tmp_path) / "outputs" / "latest"
    result = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", "datapackage.json"],
        cwd=release,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    errors = [
        f"{task['name']}: {error['type']}: {error['note']}"
        for task in report["tasks"]
        for error in task["errors"]
    ]
    assert report["valid"], "\n".join(errors)
    assert result.returncode == 0
