"""A run makes no network calls: every socket connection stays on this machine."""

import os
import shutil

import pytest
from conftest import RAW, own_prefect_api, run_cli

pytestmark = pytest.mark.slow

# Loaded by every Python process of the run (the command and Prefect's
# temporary API server): records and refuses any connection or name lookup
# that leaves the machine.
GUARD = """
import os, socket

_LOG = os.environ["PRESSFACTS_NET_LOG"]
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")


def _note(what):
    with open(_LOG, "a") as fh:
        fh.write(what + "\\n")


def _is_local(host):
    return host is None or str(host).startswith(_LOCAL)


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo


def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
        _note(f"connect {address}")
        raise OSError("network disabled by the test")
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
        _note(f"connect_ex {address}")
        return 111
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if not _is_local(host):
        _note(f"lookup {host}")
        raise socket.gaierror("network disabled by the test")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
"""


def test_a_run_touches_no_network(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "network.log"
    log.write_text("")
    shutil.copytree(RAW, tmp_path / "raw")
    env = own_prefect_api(  # the run's own temporary API and its start-up, as a user's
        {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(guard), os.environ.get("PYTHONPATH")])),
            "PRESSFACTS_NET_LOG": str(log),
        }
    )
    result = run_cli("run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert log.read_text() == ""
