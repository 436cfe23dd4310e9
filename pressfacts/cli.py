"""The `pressfacts` command."""

from __future__ import annotations

import argparse
import errno
import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from pressfacts import __version__, config, settings  # telemetry off before anything loads
from pressfacts.config import DEFAULTS, RunSettings
from pressfacts.layout import LATEST

EXIT_OK = 0
EXIT_INVALID = 1  # validation failed: nothing published
EXIT_INPUT = 2  # input refused: no document could be read, or a wrong argument
EXIT_BUSY = 3  # another run holds the output folder
EXIT_REJECTED = 4  # --strict and some input file was refused
EXIT_NO_SERVER = 5  # a Prefect server is configured (or needed by serve) and does not answer
EXIT_NOT_WRITABLE = 6  # the output folder cannot be written
EXIT_DISK_FULL = 7  # no space left while writing
EXIT_INTERNAL = 70  # a fault of pressfacts: the traceback is in a log file
EXIT_INTERRUPTED = 130  # stopped by SIGINT (Ctrl-C) or SIGTERM

EXIT_STATUSES = f"""exit status:
  {EXIT_OK}   a release was published, or the input was unchanged
  {EXIT_INVALID}   validation failed: nothing published (the report's path is printed)
  {EXIT_INPUT}   input refused: no document could be read, or a wrong argument
  {EXIT_BUSY}   busy: another run is publishing to the output folder
  {EXIT_REJECTED}   a file was rejected and --strict is set
  {EXIT_NO_SERVER}   a Prefect server is configured (or needed by serve) and does not answer
  {EXIT_NOT_WRITABLE}   the output folder cannot be written
  {EXIT_DISK_FULL}   disk full: no space left while writing
  {EXIT_INTERNAL}  internal error: the printed log file holds the traceback
  {EXIT_INTERRUPTED} interrupted by SIGINT (Ctrl-C) or SIGTERM: nothing published

raw folder: one release per file, read in name order: .txt (title on the first
line, publication date on the second, a blank line, the body), .html or .htm
(an article page), .jsonl or .csv (one release per line or row), and an optional
source.toml that names the publisher, its country and language."""


class Parser(argparse.ArgumentParser):
    """Argument errors in two lines (what is wrong, where to read more), not the usage."""

    def error(self, message: str):
        self.exit(EXIT_INPUT, f"{self.prog}: {message}\nsee `{self.prog} --help`\n")


def whole_number(text: str) -> int:
    """An argument that counts something: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _help(given: RunSettings, field: str) -> str:
    """An option's help: what it is, its environment variable and its default."""
    info = RunSettings.model_fields[field]
    default = getattr(DEFAULTS, field)
    shown = f"; default: {default}" if default not in (None, False) else ""
    return f"{info.description} (env {config.env_name(field)}{shown})"


def add_folder_options(parser: argparse.ArgumentParser, given: RunSettings) -> None:
    parser.add_argument("--raw", type=Path, default=given.raw, help=_help(given, "raw"))
    parser.add_argument("--out", type=Path, default=given.out, help=_help(given, "out"))


def add_run_options(parser: argparse.ArgumentParser, given: RunSettings) -> None:
    """Where and how the extraction batches run: for `run`, and for every run `serve` starts."""
    parser.add_argument(
        "--runner",
        choices=("threads", "processes", "dask"),
        default=given.runner,
        help=_help(given, "runner"),
    )
    parser.add_argument(
        "--workers", type=whole_number, default=given.workers, help=_help(given, "workers")
    )
    parser.add_argument(
        "--dask-address",
        default=given.dask_address,
        metavar="tcp://HOST:PORT",
        help=_help(given, "dask_address"),
    )
    parser.add_argument(
        "--batch-size",
        type=whole_number,
        default=given.batch_size,
        help=_help(given, "batch_size"),
    )


def run_options(args: argparse.Namespace) -> dict:
    """The options as parameters of the release flow."""
    return {
        "batch_size": args.batch_size,
        "runner": args.runner,
        "workers": args.workers or config.DEFAULT_WORKERS,
        "dask_address": args.dask_address,
        "doc_timeout": args.doc_timeout,
    }


def build_parser(given: RunSettings | None = None) -> argparse.ArgumentParser:
    given = given or config.load()
    parser = Parser(
        prog="pressfacts",
        description="Turn a folder of press releases into validated open datasets "
        "(statistics, dates, participants) as Parquet and CSV.",
        epilog=EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(doc_timeout=given.doc_timeout)
    parser.add_argument("--version", action="version", version=f"pressfacts {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    run = commands.add_parser(
        "run",
        epilog=EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        help="extract, validate and publish a release",
        description="Run the release flow on Prefect's embedded API: read every release in the "
        "raw folder, extract, validate with Great Expectations and publish under "
        "OUT/releases/<id>, then point OUT/latest at it.",
    )
    add_folder_options(run, given)
    run.add_argument(
        "--strict", action="store_true", default=given.strict, help=_help(given, "strict")
    )
    add_run_options(run, given)
    run.set_defaults(doc_timeout=given.doc_timeout)

    serve = commands.add_parser(
        "serve",
        help="run the release flow on a cron schedule (needs a Prefect server)",
        description="Register the release flow as a Prefect deployment with a cron schedule "
        "(UTC) and run its scheduled runs until stopped. Needs a "
        "Prefect server: start one with `prefect server start` and point serve at it with "
        "`PREFECT_API_URL=http://127.0.0.1:4200/api pressfacts serve` (an environment variable "
        "for this command, not a profile setting that later runs would inherit).",
    )
    add_folder_options(serve, given)
    add_run_options(serve, given)
    serve.add_argument("--cron", default=given.cron, help=_help(given, "cron"))
    serve.add_argument("--name", default=given.deployment, help=_help(given, "deployment"))
    serve.set_defaults(doc_timeout=given.doc_timeout)

    validate = commands.add_parser(
        "validate",
        help="re-run the expectation suites on a published release",
        description="Validate the Parquet tables of RELEASE_DIR and write the report into "
        "--report (default: a new folder under the system's temporary folder). The release "
        "itself is never changed. Exit status 1 when an expectation fails.",
    )
    validate.add_argument("release_dir", type=Path)
    validate.add_argument(
        "--report", type=Path, help="where to write the report (not inside the release)"
    )
    return parser


def fail(message: str, status: int) -> int:
    print(f"pressfacts: {message}", file=sys.stderr)
    return status


def inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_raw(raw: Path) -> str | None:
    """What is wrong with the raw folder argument, if anything."""
    if not raw.exists():
        return f"raw folder {raw} does not exist; give --raw the folder that holds the releases"
    if not raw.is_dir():
        return (
            f"--raw {raw} is a file, not a folder; "
            f"give the folder that holds it: --raw {raw.parent}"
        )
    return None


def check_out(out: Path) -> tuple[str, int] | None:
    """What is wrong with the output folder, if anything: it must be, or become,
    a folder this user can write to."""
    if out.exists() and not out.is_dir():
        return (
            f"--out {out} is a file, not a folder; give a folder (it is created when missing)",
            EXIT_INPUT,
        )
    latest = out / LATEST
    if latest.exists() and not latest.is_symlink():  # a copy made without keeping links
        return (
            f"{latest} is not the link to the newest release that pressfacts keeps there "
            "(a copy of the folder made without keeping links?); move it away and run again",
            EXIT_INPUT,
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return (
                f"disk full: cannot write to {out}; free some space and run again",
                EXIT_DISK_FULL,
            )
        return (
            f"cannot write to the output folder {out} ({exc.strerror or exc}); "
            "give --out a folder you can write to",
            EXIT_NOT_WRITABLE,
        )
    return None


def check_folders(raw: Path, out: Path) -> tuple[str, int] | None:
    wrong = check_raw(raw)
    if wrong:
        return wrong, EXIT_INPUT
    raw_at, out_at = raw.resolve(), out.resolve()
    if inside(raw_at, out_at) or inside(out_at, raw_at):
        return (
            f"--raw {raw} and --out {out} overlap; keep the output folder outside the raw "
            "folder and the raw folder outside the output folder",
            EXIT_INPUT,
        )
    wrong_out = check_out(out)
    if wrong_out:
        return wrong_out
    try:
        if not any(p.is_file() and not p.name.startswith(".") for p in raw.iterdir()):
            return f"no document could be read in {raw}: the folder holds no file", EXIT_INPUT
    except OSError as exc:
        return f"cannot read the raw folder {raw} ({exc.strerror or exc})", EXIT_INPUT
    return None


class Interrupted(Exception):
    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _interrupt(signum, frame):
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleanup short
    raise Interrupted(signum)


def stop_tree(child: subprocess.Popen, grace: float = 2.0) -> None:
    """End the run and everything it started (worker processes, Prefect's
    temporary server): SIGTERM, then SIGKILL to whatever is left after `grace`."""
    import psutil

    try:
        parent = psutil.Process(child.pid)
        tree = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        tree = []
    for process in tree:
        try:
            process.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(tree, timeout=grace)
    for process in alive:
        try:
            process.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(alive, timeout=grace)
    child.wait()


SUPERVISED = "PRESSFACTS_SUPERVISED"
SHOW_TIMINGS = "PRESSFACTS_TIMINGS"  # print seconds per phase (bench/startup.py reads them)
STARTED = time.perf_counter()
QUIET_PREFECT = {
    # the command prints its own summary and each rejection once; Prefect's log
    # lines still reach its API (and UI), not the terminal
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "CRITICAL",
}


def supervise(argv: list[str], out: Path) -> int:
    """Take the lock, then run the release in a child process and wait for it.
    SIGINT or SIGTERM ends the child and all it started within seconds."""
    from filelock import FileLock, Timeout

    from pressfacts.lock import HELD_BY_PARENT, busy_message, lock_path

    lock = FileLock(lock_path(out), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return fail(busy_message(out), EXIT_BUSY)
    env = {**os.environ, SUPERVISED: "1", HELD_BY_PARENT: str(lock_path(out))}
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    child = None
    try:
        for sig in previous:
            signal.signal(sig, _interrupt)
        # the child stays in this process group: `kill -9` of the group (a
        # scheduler's timeout) ends it and everything it started too
        child = subprocess.Popen([sys.executable, "-m", "pressfacts.cli", *argv], env=env)
        status = child.wait()
        return EXIT_INTERRUPTED if status < 0 else status
    except Interrupted as stop:
        if child is not None:
            stop_tree(child)
        return fail(
            f"interrupted by {stop}: nothing was published; the last release is unchanged",
            EXIT_INTERRUPTED,
        )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        lock.release()


def log_fault(out: Path) -> Path:
    """Write the current exception's traceback to a log file and return its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    text = traceback.format_exc()
    for folder in (out / "logs", Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"pressfacts-error-{stamp}-{os.getpid()}.log"
            path.write_text(text, encoding="utf-8")
            return path.resolve()
        except OSError:
            continue
    return Path("(no log: nowhere to write)")


def os_error_status(exc: OSError, out: Path) -> tuple[str, int] | None:
    """A full disk or an unwritable folder met while running, as its message and status."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"disk full while writing{where}; free some space and run again", EXIT_DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"cannot write{where}: {exc.strerror}; give --out a folder you can write to",
            EXIT_NOT_WRITABLE,
        )
    return None


def unreachable_prefect_server(url: str) -> str | None:
    """The Prefect API configured at `url` (profile or environment), if it does not
    answer: the run would otherwise fail deep inside Prefect with a long traceback."""
    from prefect.client.orchestration import get_client

    with get_client(httpx_settings={"timeout": 3.0}, sync_client=True) as client:
        error = client.api_healthcheck()
    if error is None:
        return None
    return (
        f"the Prefect server at PREFECT_API_URL={url} does not answer; start it, or run "
        "without it: `prefect config unset PREFECT_API_URL` (or `PREFECT_API_URL= pressfacts run`)"
    )


def cmd_run(args: argparse.Namespace, argv: list[str]) -> int:
    wrong = check_folders(args.raw, args.out)
    if wrong:
        return fail(*wrong)
    if not os.environ.get(SUPERVISED):
        return supervise(argv, args.out)
    # Ctrl-C reaches the whole process group: the parent that supervises this
    # run answers it (it stops this process and all it started)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return run_here(args)
    except OSError as exc:
        known = os_error_status(exc, args.out)
        if known:
            return fail(*known)
        return fail(internal_error(exc, args.out), EXIT_INTERNAL)
    except Exception as exc:
        return fail(internal_error(exc, args.out), EXIT_INTERNAL)
    except BaseException as exc:  # a termination signal, raised by Prefect's handler
        if isinstance(exc, SystemExit):
            raise
        return EXIT_INTERRUPTED  # quietly: the supervising parent prints the one line


def internal_error(exc: BaseException, out: Path) -> str:
    log = log_fault(out)
    first = str(exc).splitlines()[0][:160] if str(exc) else ""
    return (
        f"internal error ({type(exc).__name__}{': ' + first if first else ''}); "
        f"the traceback is in {log}"
    )


def warm_up(parse_here: bool) -> None:
    """Load what the steps will need (Great Expectations, and the spaCy model when
    this process parses) while Prefect's temporary server boots in its own
    process: the two overlap."""
    if parse_here:
        from pressfacts.nlp import load_nlp

        load_nlp()
    import great_expectations  # noqa: F401


def run_here(args: argparse.Namespace) -> int:
    """The release, in this process (the child that `supervise` started)."""
    import threading

    from pressfacts.text import printable

    for name, value in QUIET_PREFECT.items():  # before Prefect reads its logging setup
        os.environ.setdefault(name, value)
    clock = time.perf_counter()
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    api = None
    if configured := PREFECT_API_URL.value():
        unreachable = unreachable_prefect_server(configured)
        if unreachable:
            return fail(unreachable, EXIT_NO_SERVER)
    else:
        from pressfacts.flows.api import TemporaryApi

        api = TemporaryApi()  # boots in its own process while this one imports
    few = sum(1 for p in args.raw.iterdir() if p.is_file()) <= settings.IN_PROCESS_AT_MOST
    parse_here = args.runner == "threads" or (args.runner == "processes" and few)
    threading.Thread(target=warm_up, args=(parse_here,), name="warm-up", daemon=True).start()
    from pressfacts.flows.release import build_release, run_outcome

    imported = time.perf_counter()
    if api is not None:
        api.wait_until_ready(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    api_ready = started = time.perf_counter()
    outcome = run_outcome(
        build_release(
            raw_dir=args.raw,
            out_dir=args.out,
            strict=args.strict,
            return_state=True,
            **run_options(args),
        )
    )
    elapsed = time.perf_counter() - started
    if os.environ.get(SHOW_TIMINGS):
        laps = {
            "start": clock - STARTED,
            "imports": imported - clock,  # while Prefect's temporary API boots
            "prefect api": api_ready - imported,  # the rest of its boot
            **outcome.timings,
            "flow total": elapsed,
        }
        print("timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in laps.items()), file=sys.stderr)
    for r in outcome.rejections:
        print(f"rejected {printable(r.file)}: {printable(r.reason)} ({r.hint})", file=sys.stderr)
    if outcome.ok:
        counts = ", ".join(f"{n} {name}" for name, n in outcome.counts.items())
        print(f"{outcome.message} in {elapsed:.1f}s" + (f": {counts}" if counts else ""))
        if outcome.status == "published":
            print(f"parsed {outcome.n_extracted} document(s), {outcome.n_cached} from the cache")
        if outcome.unread_note:
            print(outcome.unread_note)
        print(f"release: {outcome.release_dir}")
        print(f"latest:  {args.out / 'latest'}")
        return EXIT_OK
    codes = {"validation_failed": EXIT_INVALID, "busy": EXIT_BUSY, "rejected": EXIT_REJECTED}
    return fail(printable(outcome.message), codes.get(outcome.status, EXIT_INPUT))


def cmd_serve(args: argparse.Namespace) -> int:
    wrong = check_raw(args.raw)
    if wrong:
        return fail(wrong, EXIT_INPUT)
    from pressfacts.flows.serve import ServerRequired, serve_release

    try:
        serve_release(
            args.raw, args.out, cron=args.cron, name=args.name, run_options=run_options(args)
        )
    except ServerRequired as exc:
        print(f"pressfacts: {exc}", file=sys.stderr)
        return EXIT_NO_SERVER
    except ValueError as exc:  # a cron that does not parse
        print(f"pressfacts: --cron: {exc}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from pressfacts.schema import TABLES

    release = args.release_dir
    if not release.exists():
        return fail(f"{release} does not exist; give the folder of a release", EXIT_INPUT)
    if not release.is_dir():
        return fail(f"{release} is a file; give the folder of a release", EXIT_INPUT)
    missing = [n for n in TABLES if not (release / f"{n}.parquet").is_file()]
    if missing:
        return fail(
            f"{release} is not a release: it lacks "
            f"{', '.join(m + '.parquet' for m in missing)} (try OUT/latest)",
            EXIT_INPUT,
        )
    report_dir = args.report
    if report_dir is None:
        report_dir = Path(tempfile.mkdtemp(prefix="pressfacts-validation-"))
    elif inside(report_dir.resolve(), release.resolve()):
        return fail(
            f"--report {report_dir} is inside the release; a published release never "
            "changes: give a folder outside it",
            EXIT_INPUT,
        )
    from pressfacts.validate import validate_release

    try:
        report = validate_release(release, report_dir)
    except OSError as exc:
        known = os_error_status(exc, report_dir)
        if known:
            return fail(*known)
        raise
    where = report.report_dir / "index.html"
    if report.success:
        print(f"valid: every expectation met; report: {where}")
        return EXIT_OK
    for line in report.failures:
        print(f"failed: {line}", file=sys.stderr)
    return fail(f"validation failed; report: {where}", EXIT_INVALID)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        parser = build_parser()
    except config.BadSetting as exc:
        return fail(str(exc), EXIT_INPUT)
    args = parser.parse_args(argv)
    if args.command == "run":
        return cmd_run(args, argv)
    if args.command == "serve":
        return cmd_serve(args)
    try:
        return cmd_validate(args)
    except Exception as exc:
        return fail(internal_error(exc, Path(tempfile.gettempdir())), EXIT_INTERNAL)


if __name__ == "__main__":
    sys.exit(main())
