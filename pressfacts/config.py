"""Every option of a run: its environment variable and its default, defined once.

The command line (`pressfacts run` and `serve`), the flow's parameters and
`prefect.yaml` take their defaults from here, and the README's table lists
the same (a test checks they agree). A command-line option overrides its
environment variable, which overrides the default.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, PositiveFloat, PositiveInt, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "PRESSFACTS_"
DEFAULT_WORKERS = min(os.cpu_count() or 1, 4)


class RunSettings(BaseSettings):
    """The options of `pressfacts run` and `pressfacts serve`."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    raw: Path = Field(Path("raw"), description="folder of raw releases")
    out: Path = Field(Path("outputs"), description="output folder")
    batch_size: PositiveInt = Field(64, description="documents per extraction batch")
    strict: bool = Field(False, description="fail the run when any input file is rejected")
    runner: Literal["processes", "threads", "dask"] = Field(
        "processes",
        description="where extraction batches run: a pool of local worker processes "
        "(processes), one at a time in this process (threads, least memory), or Dask",
    )
    workers: PositiveInt | None = Field(
        None,
        description="worker processes of --runner processes and of the temporary local Dask "
        f"cluster (default: the cores, at most 4, here {DEFAULT_WORKERS})",
    )
    dask_address: str | None = Field(
        None,
        description="scheduler of an existing Dask cluster; without it --runner dask starts "
        "a temporary local cluster",
    )
    doc_timeout: PositiveFloat = Field(
        300.0, description="seconds one document may take to extract"
    )
    cron: str = Field("0 6 * * *", description="serve: when to run, a cron expression in UTC")
    deployment: str = Field("pressfacts-daily", description="serve: the deployment's name")


class BadSetting(ValueError):
    """An environment variable that does not hold a valid value, as one line."""


def env_name(field: str) -> str:
    return ENV_PREFIX + field.upper()


def load() -> RunSettings:
    """The settings from the environment (and defaults), or `BadSetting` naming the variable."""
    try:
        return RunSettings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        raise BadSetting(f"{env_name(field)}: {first['msg']}") from None


DEFAULTS = RunSettings.model_construct()  # the defaults alone, without the environment
