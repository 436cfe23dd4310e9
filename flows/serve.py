"""Scheduled runs: serve the release flow as a deployment with a cron schedule.

`pressfacts run` needs no server because Prefect runs a flow on its embedded
API. A schedule is different: only a real Prefect server runs the scheduler
that turns a cron into flow runs, and on the embedded API `flow.serve` logs a
warning and then waits forever for runs that never come. So this checks first
that PREFECT_API_URL names a server that answers, and fails in one line that
says how to start one when it does not.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from prefect import serve
from prefect.client.orchestration import get_client
from prefect.deployments.runner import EntrypointType
from prefect.runner import Runner
from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL

from pressfacts.config import DEFAULTS
from pressfacts.flows.release import build_release

DEFAULT_CRON = DEFAULTS.cron
DEFAULT_NAME = DEFAULTS.deployment
HOW_TO_START = (
    "start one with `prefect server start` and point serve at it with "
    "`PREFECT_API_URL=http://127.0.0.1:4200/api pressfacts serve`"
)


class ServerRequired(RuntimeError):
    """No Prefect server to keep the schedule: the embedded API cannot."""


def require_server(timeout: float = 5.0) -> str:
    """Return the API URL if a Prefect server answers there, else raise ServerRequired."""
    url = PREFECT_API_URL.value()
    if not url:
        raise ServerRequired(
            "scheduled runs need a Prefect server (PREFECT_API_URL is not set and the "
            f"embedded API keeps no schedule): {HOW_TO_START}"
        )
    # Prefect's own health check, so an API key or auth string set for the server is sent.
    with get_client(httpx_settings={"timeout": timeout}, sync_client=True) as client:
        error = client.api_healthcheck()
    if error is not None:
        raise ServerRequired(
            f"no Prefect server answers at PREFECT_API_URL={url} ({type(error).__name__}): "
            f"{HOW_TO_START}"
        )
    return url


def serve_release(
    raw_dir: Path | str,
    out_dir: Path | str,
    cron: str = DEFAULT_CRON,
    name: str = DEFAULT_NAME,
    run_once: bool = False,
    run_options: dict | None = None,
) -> None:
    """Register the `build_release` deployment with `cron` (UTC) and run its scheduled runs.

    Blocks until stopped (Ctrl-C or SIGTERM, which pauses the schedule so that no
    run piles up while nothing serves it). With `run_once`, registers, starts the
    runs that are due, and returns, leaving the schedule active for the next call.
    `run_options` are further parameters of every run (runner, workers,
    dask_address, batch_size, strict).
    """
    schedule = Cron(cron, timezone="UTC")  # a bad cron is a ValueError before any server talk
    require_server()
    deployment = build_release.to_deployment(
        name=name,
        schedule=schedule,
        parameters={"raw_dir": str(raw_dir), "out_dir": str(out_dir), **(run_options or {})},
        description=f"pressfacts release of {raw_dir} into {out_dir} on cron {cron!r}",
        # `pressfacts.flows` is installed with pressfacts: runs find the flow from any directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    if not run_once:
        serve(deployment)
        return

    async def register_and_poll_once() -> None:
        runner = Runner(name=name, pause_on_shutdown=False)
        await runner.aadd_deployment(deployment)
        await runner.start(run_once=True)

    asyncio.run(register_and_poll_once())
