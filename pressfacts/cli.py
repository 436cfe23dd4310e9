"""The `pressfacts` command."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from pressfacts import __version__, settings  # noqa: F401  (telemetry off before anything loads)

EXIT_OK = 0
EXIT_INVALID = 1  # validation failed: nothing published
EXIT_NO_INPUT = 2  # no document could be read, or bad arguments
EXIT_BUSY = 3  # another run holds the output folder
EXIT_REJECTED = 4  # --strict and some input file was refused
EXIT_NO_SERVER = 5  # serve: no Prefect server to keep the schedule


def _env_path(name: str, default: str) -> Path:
    return Path(os.environ.get(name, default))


def add_folder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--raw",
        type=Path,
        default=_env_path("PRESSFACTS_RAW", "raw"),
        help="folder of raw .txt releases (env PRESSFACTS_RAW; default: raw)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=_env_path("PRESSFACTS_OUT", "outputs"),
        help="output folder (env PRESSFACTS_OUT; default: outputs)",
    )


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """Where and how the extraction batches run: for `run`, and for every run `serve` starts."""
    parser.add_argument(
        "--runner",
        choices=("threads", "processes", "dask"),
        default=os.environ.get("PRESSFACTS_RUNNER", "processes"),
        help="where extraction batches run: in a pool of local worker processes "
        "(processes), one at a time in this process (threads, least memory), or on Dask "
        "(env PRESSFACTS_RUNNER; default: processes)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("PRESSFACTS_WORKERS", 0)) or None,
        help="worker processes of --runner processes and of the temporary local Dask "
        "cluster; with --dask-address, the cluster's workers (twice as many batches are "
        "kept in flight) (env PRESSFACTS_WORKERS; default: the cores, at most 4)",
    )
    parser.add_argument(
        "--dask-address",
        default=os.environ.get("PRESSFACTS_DASK_ADDRESS"),
        metavar="tcp://HOST:PORT",
        help="scheduler of an existing Dask cluster; without it --runner dask starts a "
        "temporary local cluster (env PRESSFACTS_DASK_ADDRESS)",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=int(os.environ.get("PRESSFACTS_BATCH_SIZE", 64)),
        help="documents per extraction batch (env PRESSFACTS_BATCH_SIZE; default: 64)",
    )


def run_options(args: argparse.Namespace) -> dict:
    """The options as parameters of the release flow."""
    from flows.runners import DEFAULT_WORKERS

    return {
        "batch_size": args.batch_size,
        "runner": args.runner,
        "workers": args.workers or DEFAULT_WORKERS,
        "dask_address": args.dask_address,
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressfacts",
        description="Turn a folder of press releases into validated open datasets "
        "(statistics, dates, participants) as Parquet and CSV.",
    )
    parser.add_argument("--version", action="version", version=f"pressfacts {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run",
        help="extract, validate and publish a release",
        description="Run the release flow on Prefect's embedded API: read every .txt file in the "
        "raw folder, extract, validate with Great Expectations and publish under "
        "OUT/releases/<id>, then point OUT/latest at it.",
    )
    add_folder_options(run)
    run.add_argument(
        "--strict",
        action="store_true",
        default=os.environ.get("PRESSFACTS_STRICT", "") not in ("", "0", "false"),
        help="fail the run when any input file is rejected (env PRESSFACTS_STRICT)",
    )
    add_run_options(run)

    serve = commands.add_parser(
        "serve",
        help="run the release flow on a cron schedule (needs a Prefect server)",
        description="Register the release flow as a Prefect deployment with a cron schedule "
        "(UTC) and run its scheduled runs until stopped. Needs a "
        "Prefect server: start one with `prefect server start` and point pressfacts at it with "
        "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`.",
    )
    add_folder_options(serve)
    add_run_options(serve)
    serve.add_argument(
        "--cron",
        default=os.environ.get("PRESSFACTS_CRON", "0 6 * * *"),
        help='when to run, a cron expression in UTC (env PRESSFACTS_CRON; default: "0 6 * * *")',
    )
    serve.add_argument(
        "--name",
        default="pressfacts-daily",
        help="name of the Prefect deployment (default: pressfacts-daily)",
    )

    validate = commands.add_parser(
        "validate",
        help="re-run the expectation suites on a published release",
        description="Validate the Parquet tables of RELEASE_DIR and write the report into "
        "RELEASE_DIR/validation (or --report). Exit status 1 when an expectation fails.",
    )
    validate.add_argument("release_dir", type=Path)
    validate.add_argument("--report", type=Path, help="where to write the report")
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    if not args.raw.is_dir():
        print(f"pressfacts: raw folder {args.raw} does not exist", file=sys.stderr)
        return EXIT_NO_INPUT
    from flows.release import build_release

    started = time.perf_counter()
    outcome = build_release(
        raw_dir=args.raw, out_dir=args.out, strict=args.strict, **run_options(args)
    )
    elapsed = time.perf_counter() - started
    for r in outcome.rejections:
        print(f"rejected {r.file}: {r.reason} ({r.hint})", file=sys.stderr)
    if outcome.ok:
        counts = ", ".join(f"{n} {name}" for name, n in outcome.counts.items())
        print(f"{outcome.message} in {elapsed:.1f}s" + (f": {counts}" if counts else ""))
        if outcome.status == "published":
            print(f"parsed {outcome.n_extracted} document(s), {outcome.n_cached} from the cache")
        print(f"release: {outcome.release_dir}")
        print(f"latest:  {args.out / 'latest'}")
        return EXIT_OK
    print(f"pressfacts: {outcome.message}", file=sys.stderr)
    codes = {"validation_failed": EXIT_INVALID, "busy": EXIT_BUSY, "rejected": EXIT_REJECTED}
    return codes.get(outcome.status, EXIT_NO_INPUT)


def cmd_serve(args: argparse.Namespace) -> int:
    if not args.raw.is_dir():
        print(f"pressfacts: raw folder {args.raw} does not exist", file=sys.stderr)
        return EXIT_NO_INPUT
    from flows.serve import ServerRequired, serve_release

    try:
        serve_release(
            args.raw, args.out, cron=args.cron, name=args.name, run_options=run_options(args)
        )
    except ServerRequired as exc:
        print(f"pressfacts: {exc}", file=sys.stderr)
        return EXIT_NO_SERVER
    except ValueError as exc:  # a cron that does not parse
        print(f"pressfacts: --cron: {exc}", file=sys.stderr)
        return EXIT_NO_INPUT
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from pressfacts.schema import TABLES
    from pressfacts.validate import validate_release

    missing = [n for n in TABLES if not (args.release_dir / f"{n}.parquet").is_file()]
    if missing:
        print(
            f"pressfacts: {args.release_dir} lacks {', '.join(m + '.parquet' for m in missing)}",
            file=sys.stderr,
        )
        return EXIT_NO_INPUT
    report = validate_release(args.release_dir, args.report or args.release_dir / "validation")
    where = report.report_dir / "index.html"
    if report.success:
        print(f"valid: every expectation met; report: {where}")
        return EXIT_OK
    for line in report.failures:
        print(f"failed: {line}", file=sys.stderr)
    print(f"pressfacts: validation failed; report: {where}", file=sys.stderr)
    return EXIT_INVALID


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return cmd_run(args)
    if args.command == "serve":
        return cmd_serve(args)
    return cmd_validate(args)


if __name__ == "__main__":
    sys.exit(main())
