"""Where the extraction batches run: a local process pool, this process, or Dask.

The flow enters the chosen task runner only while there is something to
parse, so its workers (each holding a spaCy model) are gone before
validation and publishing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from prefect.client.orchestration import get_client
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from pressfacts.config import DEFAULT_WORKERS


def task_runner(
    runner: str = "processes", dask_address: str | None = None, workers: int = DEFAULT_WORKERS
):
    """The task runner the extraction batches go to.

    `processes` (the default) spreads batches over a pool of local worker
    processes, each loading the model once: parsing is CPU-bound and spaCy
    gains nothing from threads, so this is what uses a machine's cores.
    `threads` runs batches one at a time in this process (the least memory).
    `dask` sends them to the Dask cluster at `dask_address`, or to a
    temporary local cluster of `workers` processes.
    """
    if runner == "threads":
        return ThreadPoolTaskRunner(max_workers=1)
    if runner == "processes":
        return ProcessPoolTaskRunner(max_workers=workers)
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
        )
    raise ValueError(f"unknown runner {runner!r}: use processes, threads or dask")


@contextmanager
def workers_report_here(runner: str, dask_address: str | None) -> Iterator[None]:
    """Make the run's local workers report to the API this flow reports to.

    With no server configured, Prefect starts a temporary one in each process
    that needs an API, so every worker process of a pool or of a local Dask
    cluster would start its own (some 200 MB apiece, all writing to one
    SQLite database). Handing them this run's address makes it one per run.
    A remote Dask cluster cannot reach this machine's loopback address: its
    workers are left to their own configuration.
    """
    if runner == "dask" and dask_address:
        yield
        return
    api_url = str(get_client(sync_client=True).api_url)
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = api_url  # what a local Dask cluster's workers inherit
    try:
        with temporary_settings({PREFECT_API_URL: api_url}):  # what a process pool passes on
            yield
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous


@dataclass(frozen=True)
class Workers:
    """Where the extraction batches run, as the flow's parameters say."""

    runner: str
    count: int
    dask_address: str | None

    @property
    def in_flight(self) -> int:
        return 2 * self.count
