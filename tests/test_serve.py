"""Scheduled runs against a real Prefect server, and the clear failure without one.

The embedded API keeps no schedule, so the only honest test starts `prefect
server start` on a free loopback port with its own SQLite database, serves the
flow from another process, and reads the deployment back through the REST API.
It does not wait for a cron tick: it checks the stored schedule, and triggers
one run by hand to show that the served entrypoint really runs the flow.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from conftest import RAW, ROOT

pytestmark = pytest.mark.slow

CRON = "0 6 * * *"
NAME = "pressfacts-daily"
FLOW_NAME = "pressfacts-release"
START_TIMEOUT = 120.0  # seconds for the server to answer, and again for the deployment
STOP_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prefect_env(home: Path, api_url: str | None) -> dict[str, str]:
    """This machine's environment with a Prefect of its own: no profile, no telemetry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def tail(log: Path, n: int = 3000) -> str:
    return log.read_text(errors="replace")[-n:] if log.exists() else ""


def stop(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if it has not ended in time."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


def wait_for(check, what: str, process: subprocess.Popen, log: Path):
    """Poll `check` until it returns a value; fail early if `process` dies."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what}: process exited with {process.returncode}\n{tail(log)}")
        try:
            found = check()
        except httpx.HTTPError:
            found = None
        if found is not None:
            return found
        time.sleep(0.5)
    pytest.fail(f"{what}: not within {START_TIMEOUT:.0f}s\n{tail(log)}")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory) -> Iterator[str]:
    """A real `prefect server start` on a free loopback port; yields its API URL."""
    tmp_path = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start"]
            + ["--host", "127.0.0.1", "--port", str(port)],
            env=prefect_env(tmp_path / "server-home", None),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:

        def healthy() -> bool | None:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200 or None

        wait_for(healthy, "prefect server start", server, log)
        yield api
    finally:
        stop(server)


@contextmanager
def serving(api: str, tmp_path: Path, raw: Path, out: Path, name: str, options=None):
    """`serve_release` in its own process, as `pressfacts serve` runs it; stopped on exit."""
    log = tmp_path / f"{name}.log"
    code = (
        "from pressfacts.flows.serve import serve_release; "
        f"serve_release({str(raw)!r}, {str(out)!r}, cron={CRON!r}, name={name!r}, "
        f"run_options={options!r})"
    )
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=prefect_env(tmp_path / f"{name}-home", api),
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:

        def deployment() -> dict | None:
            r = httpx.get(f"{api}/deployments/name/{FLOW_NAME}/{name}", timeout=5)
            return r.json() if r.status_code == 200 else None

        yield wait_for(deployment, "serve_release", process, log), process, log
    finally:
        stop(process)


def test_serve_registers_the_deployment_with_its_cron(prefect_server, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "outputs"
    raw.mkdir()
    options = {"runner": "threads", "workers": 1}
    with serving(prefect_server, tmp_path, raw, out, NAME, options) as (found, _, _):
        assert found["name"] == NAME
        assert found["parameters"] == {"raw_dir": str(raw), "out_dir": str(out), **options}
        assert found["entrypoint"] == "pressfacts.flows.release.build_release"
        [schedule] = found["schedules"]
        assert schedule["schedule"]["cron"] == CRON
        assert schedule["schedule"]["timezone"] == "UTC"
        assert schedule["active"] is True
        assert found["paused"] is False


def test_a_run_of_the_served_deployment_publishes_a_release(prefect_server, tmp_path):
    """What a cron tick does, triggered now: the served entrypoint really runs the flow."""
    raw, out = tmp_path / "raw", tmp_path / "outputs"
    shutil.copytree(RAW, raw)
    with serving(prefect_server, tmp_path, raw, out, "pressfacts-now") as (found, process, log):

        def create_run() -> dict | None:
            # a busy SQLite-backed server may answer 'database is locked': ask again
            r = httpx.post(
                f"{prefect_server}/deployments/{found['id']}/create_flow_run", json={}, timeout=10
            )
            return r.json() if r.status_code in (200, 201) else None

        run = wait_for(create_run, "creating a flow run", process, log)

        def finished() -> str | None:
            r = httpx.get(f"{prefect_server}/flow_runs/{run['id']}", timeout=5).json()
            state = (r.get("state") or {}).get("type")
            return state if state in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None

        assert wait_for(finished, "the triggered run", process, log) == "COMPLETED", tail(log)
    assert (out / "latest" / "statistics.parquet").is_file()


def test_run_once_registers_and_returns_leaving_the_schedule_active(prefect_server, tmp_path):
    name = "pressfacts-once"
    code = (
        "from pressfacts.flows.serve import serve_release; "
        f"serve_release('raw', 'outputs', cron={CRON!r}, name={name!r}, run_once=True)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=prefect_env(tmp_path / "home", prefect_server),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = httpx.get(f"{prefect_server}/deployments/name/{FLOW_NAME}/{name}", timeout=5).json()
    assert found["paused"] is False
    assert [s["schedule"]["cron"] for s in found["schedules"] if s["active"]] == [CRON]


def test_without_a_server_serve_fails_fast_saying_how_to_start_one(tmp_path):
    closed = f"http://127.0.0.1:{free_port()}/api"  # bound then released: nothing listens
    code = (
        "from pressfacts.flows.serve import serve_release; "
        "serve_release('raw', 'outputs', '0 6 * * *')"
    )
    for api_url in (None, closed):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=prefect_env(tmp_path / "home", api_url),
            capture_output=True,
            text=True,
            timeout=120,
        )
        elapsed = time.monotonic() - started
        assert result.returncode != 0
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith("pressfacts.flows.serve.ServerRequired: "), result.stderr[-2000:]
        assert "`prefect server start`" in last
        assert "`PREFECT_API_URL=http://127.0.0.1:4200/api pressfacts serve`" in last
        assert (api_url or "PREFECT_API_URL is not set") in last
        assert elapsed < 60, f"took {elapsed:.0f}s to fail"


def test_a_bad_cron_is_refused_before_looking_for_a_server():
    from pressfacts.flows.serve import serve_release

    with pytest.raises(ValueError, match="Invalid cron string"):
        serve_release("raw", "outputs", cron="every morning")
