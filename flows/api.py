"""Prefect's temporary API for one run, booting while the run gets ready.

With no server configured, Prefect starts a temporary one on its own: a
uvicorn process serving the server's app, with the UI off and only the
services an ephemeral server needs. Prefect can only do so after importing
its whole server (some five seconds) in the process that asks, and the run
would wait for that import and then for the boot. Started here the same way
but without that import, the server boots in its own process while this one
imports the flows, Great Expectations and the model.

Once it answers, its address is this process's PREFECT_API_URL, for every
thread (Prefect's log and event workers read the process-wide settings) and
for the worker processes. Like Prefect's own, it is stopped when the process
exits, after Prefect has sent its last logs and events.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

# What Prefect gives the temporary server it starts (prefect.server.api.server)
APP_FACTORY = "prefect.server.api.server:create_app"
SERVER_ENVIRONMENT = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",  # services of an ephemeral server only
    "PREFECT__SERVER_FINAL": "1",
}
# uvicorn's exit status when it could not start, as when its port was taken
# meanwhile: tried again on another port, a few times
STARTUP_FAILURE = 3
STARTS_AT_MOST = 3
API_URL = "PREFECT_API_URL"


class TemporaryApi:
    """A temporary Prefect API server, booting from the moment it is made."""

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._launch()
        # Prefect drains its log and event workers in threading's exit hooks,
        # which run before atexit's: the server is still there for them
        atexit.register(self.stop)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _launch(self) -> None:
        self.port = _free_port()
        prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(prefect_dir.parent),
                "--factory",
                APP_FACTORY,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env={**os.environ, **SERVER_ENVIRONMENT},
        )

    def wait_until_ready(self, timeout: float) -> None:
        """Return once the API answers its health check; raise if it never does."""
        deadline = time.monotonic() + timeout
        starts = 1
        while time.monotonic() < deadline:
            exited = self.process.poll()
            if exited == STARTUP_FAILURE and starts < STARTS_AT_MOST:
                self._launch()
                starts += 1
            elif exited is not None:
                raise RuntimeError(f"Prefect's temporary API server exited with status {exited}")
            elif _answers(f"{self.url}/health"):
                os.environ[API_URL] = self.url
                _refresh_prefect_settings()
                return
            time.sleep(0.1)
        raise RuntimeError(f"Prefect's temporary API server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def _refresh_prefect_settings() -> None:
    """Make Prefect read its settings from the environment again."""
    from prefect.context import refresh_global_settings_context

    refresh_global_settings_context()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# the server is on this machine: no proxy of the environment applies
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _answers(url: str) -> bool:
    try:
        with _DIRECT.open(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False
