"""The run's temporary Prefect API: one server, seen by every thread, gone at exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import psutil
import pytest
from conftest import ROOT, own_prefect_api

pytestmark = pytest.mark.slow

# In a process of its own, as `pressfacts run` does: the address becomes the
# process's setting only once the server answers, and a thread started before
# that (as Prefect's log and event workers are) reads it too.
SCRIPT = """
import json, threading, urllib.request
import pressfacts.settings
from prefect.settings import PREFECT_API_URL
from pressfacts.flows.api import TemporaryApi

seen = {}
ready = threading.Event()
def early_thread():
    ready.wait()
    seen["thread"] = PREFECT_API_URL.value()
worker = threading.Thread(target=early_thread)
worker.start()

before = PREFECT_API_URL.value()
api = TemporaryApi()
api.wait_until_ready(180)
ready.set()
worker.join()
with urllib.request.urlopen(api.url + "/health", timeout=5) as answer:
    status = answer.status
print(json.dumps({"before": before, "url": api.url, "main": PREFECT_API_URL.value(),
                  "thread": seen["thread"], "health": status, "pid": api.process.pid}))
"""


def test_the_temporary_api_answers_is_seen_by_every_thread_and_stops_at_exit():
    env = own_prefect_api(dict(os.environ))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["before"] is None
    assert found["health"] == 200
    assert found["main"] == found["thread"] == found["url"]
    assert not psutil.pid_exists(found["pid"]) or (
        psutil.Process(found["pid"]).status() == psutil.STATUS_ZOMBIE
    )


def test_a_server_that_exits_is_reported_instead_of_waited_for(monkeypatch):
    from pressfacts.flows import api

    monkeypatch.setattr(api, "APP_FACTORY", "no_such_module:create_app")
    temporary = api.TemporaryApi()
    with pytest.raises(RuntimeError, match="exited with status"):
        temporary.wait_until_ready(120)
    temporary.stop()
