"""One run at a time per output folder.

The command takes the lock before anything slow starts (Prefect, the model),
so a second run answers "busy" at once however loaded the machine is. The
run it supervises is told, through the environment, that its parent holds
the lock for it; a flow started any other way (a scheduled run) takes it
itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_NAME = ".pressfacts.lock"
HELD_BY_PARENT = "PRESSFACTS_LOCK_HELD"


class Busy(RuntimeError):
    """Another run is publishing to the same output folder."""


def lock_path(out_dir: Path) -> Path:
    return Path(out_dir).resolve() / LOCK_NAME


def busy_message(out_dir: Path) -> str:
    return f"another pressfacts run is publishing to {out_dir}; try again when it ends"


@contextmanager
def run_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock, or raise `Busy` at once."""
    path = lock_path(out_dir)
    if os.environ.get(HELD_BY_PARENT) == str(path):
        yield
        return
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(busy_message(out_dir)) from None
    try:
        yield
    finally:
        lock.release()
