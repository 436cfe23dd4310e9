"""Ctrl-C or SIGTERM in any phase: the run ends within seconds, leaves no process
behind, releases the lock and leaves the last release as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest
from conftest import ROOT, cli_command, corpus, own_prefect_api
from filelock import FileLock

pytestmark = pytest.mark.slow

PHASES = ["discovery", "extraction", "validation", "publishing"]


def digest(release: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(release.rglob("*")):
        if path.is_file():
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()


def wait_for(predicate, timeout: float, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert process.poll() is None, "the run ended before the phase came"
        assert time.monotonic() < deadline, "the phase never came"
        time.sleep(0.1)


# Ctrl-C and SIGTERM take one path through the supervising parent; each phase
# is interrupted once, the two signals alternating, so both meet every kind of
# work in flight (the parser's workers, Great Expectations, the writing)
CASES = [(phase, (signal.SIGINT, signal.SIGTERM)[i % 2]) for i, phase in enumerate(PHASES)]


@pytest.mark.parametrize(
    ("phase", "sig"), CASES, ids=[f"{phase}-{sig.name}" for phase, sig in CASES]
)
def test_a_signal_ends_the_run_cleanly(published_pair, tmp_path, phase, sig):
    shutil.copytree(published_pair, tmp_path / "work", symlinks=True)
    raw, out = tmp_path / "work" / "raw", tmp_path / "work" / "out"
    corpus(raw, 12)  # ten new releases: extraction has work for the worker processes
    previous = (out / "latest").resolve()
    before = digest(previous)
    errors = tmp_path / "stderr.txt"
    command = cli_command("run", "--raw", str(raw), "--out", str(out))
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [*command, "--runner", "processes", "--workers", "2", "--batch-size", "1"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            # the run's own temporary Prefect API is among what must be stopped
            env=own_prefect_api({**os.environ, "PRESSFACTS_PAUSE_AT": phase}),
        )
        try:
            wait_for(lambda: f"paused at {phase}" in errors.read_text(), 600, process)
            tree = psutil.Process(process.pid).children(recursive=True)
            assert tree  # the run itself, Prefect's temporary server (and the workers)
            started = time.monotonic()
            os.kill(process.pid, sig)
            status = process.wait(timeout=30)
            took = time.monotonic() - started
        finally:
            if process.poll() is None:
                process.kill()
    assert took < 10
    assert status == 130
    message = [line for line in errors.read_text().splitlines() if line.startswith("pressfacts:")]
    assert message[-1].startswith(f"pressfacts: interrupted by {sig.name}")
    time.sleep(0.5)
    left = [p for p in tree if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert left == []
    with FileLock(out / ".pressfacts.lock", timeout=0):  # released
        pass
    assert (out / "latest").resolve() == previous
    assert digest(previous) == before
