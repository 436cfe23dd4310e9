"""Shared fixtures: the parsed model, the sample input, and one real release.

The tests keep their flow runs out of the user's own Prefect home: a fresh
PREFECT_HOME is set here, before anything imports Prefect, and the child
processes the tests start inherit it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_PREFECT_HOME = tempfile.mkdtemp(prefix="pressfacts-tests-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
for _name in [n for n in os.environ if n.startswith("PREFECT_") and n != "PREFECT_HOME"]:
    del os.environ[_name]  # no server, profile or setting of the user's leaks into the tests
atexit.register(shutil.rmtree, _PREFECT_HOME, ignore_errors=True)

import pytest  # noqa: E402

from pressfacts import settings  # noqa: E402, F401  (the project's defaults, before Prefect)

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"

needs_shared = pytest.mark.skipif(
    not SCORE.is_file(), reason="the shared corpora (../shared) are not beside this checkout"
)


@pytest.fixture(scope="session")
def nlp():
    from pressfacts.nlp import load_nlp

    return load_nlp()


def cli_command(*args: str) -> list[str]:
    """`pressfacts ARGS` as a child process runs it, with this interpreter."""
    return [sys.executable, "-m", "pressfacts.cli", *args]


def run_cli(
    *args: str, cwd: Path | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    """The real command in a real process, as a user runs it."""
    return subprocess.run(
        cli_command(*args),
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=900,
    )


@pytest.fixture(scope="session")
def seed_release(tmp_path_factory) -> Path:
    """One release built by `pressfacts run` from the sample in raw/."""
    work = tmp_path_factory.mktemp("seed")
    shutil.copytree(RAW, work / "raw")
    result = run_cli("run", "--raw", str(work / "raw"), "--out", str(work / "outputs"))
    assert result.returncode == 0, result.stderr[-3000:]
    return work / "outputs" / "latest"


def corpus(folder: Path, n: int) -> Path:
    """n distinct releases made from the sample (each with its own date and lead)."""
    folder.mkdir(parents=True, exist_ok=True)
    title, _, body = next(RAW.glob("*.txt")).read_text(encoding="utf-8").split("\n", 2)
    for i in range(n):
        day = 1 + i % 28
        lead = f"Release {i}: the meeting gathered {100 + i} participants.\n\n"
        (folder / f"release-{i:03d}.txt").write_text(
            f"{title} ({i})\n{day} June 2023\n\n{lead}{body.lstrip()}", encoding="utf-8"
        )
    return folder


@pytest.fixture(scope="session")
def published_pair(tmp_path_factory) -> Path:
    """A folder with `raw/` (two releases) and `out/` (their published release),
    built once; the tests that interrupt a later run copy it."""
    work = tmp_path_factory.mktemp("published")
    corpus(work / "raw", 2)
    done = run_cli("run", "--raw", str(work / "raw"), "--out", str(work / "out"))
    assert done.returncode == 0, done.stderr[-2000:]
    return work


@pytest.fixture(scope="session")
def shared_prefect_api() -> str:
    """One Prefect temporary API for the whole session, named to child runs by
    PREFECT_API_URL. Without it every `pressfacts run` boots one of its own, the
    user's case, which the tests of that path (signals, offline) still take by
    calling `own_prefect_api`; the in-process flows find it running too."""
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    return server.api_url


@pytest.fixture(autouse=True)
def slow_runs_share_one_prefect_api(request):
    if request.node.get_closest_marker("slow"):
        request.getfixturevalue("shared_prefect_api")


def own_prefect_api(env: dict[str, str]) -> dict[str, str]:
    """`env` for a run that starts and stops its own temporary Prefect API."""
    return {k: v for k, v in env.items() if k != "PREFECT_API_URL"}


@pytest.fixture(scope="session", autouse=True)
def stop_prefect_server_at_the_end():
    """Flows run in this process start Prefect's temporary server; stop it while
    logging still works, rather than from Prefect's exit hook after it is shut."""
    yield
    if "prefect.server.api.server" in sys.modules:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all()  # the last logs and events go out first
        EventsWorker.drain_all()
        sys.modules["prefect.server.api.server"].SubprocessASGIServer().stop()
