"""The release flow: discover -> extract -> assemble -> validate -> publish.

Only orchestration lives here; every step is a call into the `pressfacts`
library. Runs on Prefect's embedded (ephemeral) API when no server is
configured, so `pressfacts run` needs nothing started beforehand.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.states import Completed, Failed, State
from prefect.task_runners import TaskRunner

from pressfacts import (
    publish,
    settings,  # telemetry off before Prefect's server starts
)
from pressfacts.assemble import assemble
from pressfacts.cache import ExtractionCache
from pressfacts.config import DEFAULTS
from pressfacts.discover import Document, Rejection, discover
from pressfacts.extract import Extraction
from pressfacts.flows.runners import DEFAULT_WORKERS, Workers, task_runner, workers_report_here
from pressfacts.isolation import DEFAULT_TIMEOUT, extract_documents
from pressfacts.lock import Busy, run_lock
from pressfacts.progress import document_progress
from pressfacts.site import read_tables, write_site
from pressfacts.text import printable
from pressfacts.validate import validate_release

DEFAULT_BATCH_SIZE = DEFAULTS.batch_size  # documents per task: one `nlp.pipe` each
ASSEMBLY_PART = 2_000  # documents per part written to the tables (one Parquet row group)
IN_PROCESS_AT_MOST = settings.IN_PROCESS_AT_MOST
PAUSE_AT = "PRESSFACTS_PAUSE_AT"  # a phase to stop in, for tests of signals and kills


@dataclass
class RunOutcome:
    """What a run did, for the command line and for tests."""

    status: str  # published | unchanged | validation_failed | no_documents | rejected | busy
    message: str
    release_dir: Path | None = None
    report_dir: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    n_extracted: int = 0  # documents parsed in this run
    n_cached: int = 0  # documents whose extraction came from the cache
    validation: str = ""  # "passed (75 of 75 expectations)", or failed
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase

    @property
    def ok(self) -> bool:
        return self.status in ("published", "unchanged")


class Clock:
    """Seconds spent in each phase of a run, for `bench/startup.py` and the curious."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self._last, 2)
        self._last = now


def phase(name: str) -> None:
    """Mark the start of a phase; stop there for good when PRESSFACTS_PAUSE_AT names it
    (so tests can signal a run in a known phase)."""
    if os.environ.get(PAUSE_AT) == name:
        print(f"pressfacts: paused at {name}", file=sys.stderr, flush=True)
        while True:
            time.sleep(3600)


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_documents(raw_dir: Path) -> tuple[list[Document], list[Rejection]]:
    phase("discovery")
    return discover(raw_dir)


@task(cache_policy=NO_CACHE)
def extract_batch(
    documents: list[Document], timeout: float | None = DEFAULT_TIMEOUT
) -> list[Extraction | Rejection]:
    """Parse and extract one batch with one `nlp.pipe`; the model is loaded once
    per worker process. A document whose extraction fails or overruns comes
    back as its rejection. Pure: it may run on any worker of a cluster."""
    phase("extraction")
    return extract_documents(documents, timeout)


@task(cache_policy=NO_CACHE)
def write_tables(staging: Path, documents: list[Document], cache: ExtractionCache) -> dict:
    """The four tables from the cache, a part at a time in document order, never
    held whole in memory."""
    with publish.TableWriter(staging) as writer:
        for part in batches(sorted(documents, key=lambda d: d.source_file), ASSEMBLY_PART):
            writer.write(assemble(part, [cache.load(d) for d in part]))
    return writer.counts


@task(cache_policy=NO_CACHE)
def validate_tables(staging: Path):
    phase("validation")
    return validate_release(staging, staging / "validation")


@task(cache_policy=NO_CACHE)
def publish_release(
    staging: Path, out_dir: Path, rid: str, counts: dict, rejections: list[Rejection], report
) -> Path:
    phase("publishing")
    created = publish.now_iso()
    publish.write_dictionary(staging, rid, counts, created, rejections)
    publish.write_datapackage(staging, rid, counts, created)
    write_site(staging, read_tables(staging), rid, created, report.summary)
    return publish.promote(staging, out_dir, rid)


def batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def extracted_batches(
    pool: TaskRunner,
    documents: list[Document],
    batch_size: int,
    in_flight: int,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[tuple[list[Document], list[Extraction | Rejection]]]:
    """Each batch with its extractions, as the workers of `pool` finish them.

    At most `in_flight` batches are submitted at a time: enough to keep every
    worker busy, few enough that the texts sent and the results not yet
    collected stay a bounded amount of memory however large the corpus.
    """
    waiting = iter(batches(documents, batch_size))
    running = {}

    def submit(batch: list) -> None:
        running[pool.submit(extract_batch, {"documents": batch, "timeout": timeout})] = batch

    for batch in itertools.islice(waiting, in_flight):
        submit(batch)
    while running:
        future = next(as_completed(list(running)))
        batch = running.pop(future)
        yield batch, future.result()
        following = next(waiting, None)
        if following is not None:
            submit(following)


def summary_markdown(outcome: RunOutcome, n_documents: int) -> str:
    lines = [
        f"# pressfacts run: {outcome.status}",
        "",
        printable(outcome.message),
        "",
        f"- documents read: {n_documents}",
        f"- files rejected: {len(outcome.rejections)}",
    ]
    lines += [f"- rows in {name}: {n}" for name, n in outcome.counts.items()]
    if outcome.validation:
        lines.append(f"- validation: {outcome.validation}")
    if outcome.release_dir:
        lines.append(f"- release: `{printable(outcome.release_dir)}`")
    if outcome.report_dir:
        lines.append(f"- validation report: `{printable(outcome.report_dir / 'index.html')}`")
    for r in outcome.rejections:
        lines.append(
            f"- rejected `{printable(r.file, markdown=True)}`: "
            f"{printable(r.reason, markdown=True)} ({printable(r.hint, markdown=True)})"
        )
    return "\n".join(lines)


@flow(name="pressfacts-release", log_prints=False)
def build_release(
    raw_dir: Path = DEFAULTS.raw,
    out_dir: Path = DEFAULTS.out,
    batch_size: int = DEFAULT_BATCH_SIZE,
    strict: bool = DEFAULTS.strict,
    runner: str = DEFAULTS.runner,
    workers: int = DEFAULT_WORKERS,
    dask_address: str | None = DEFAULTS.dask_address,
    doc_timeout: float = DEFAULTS.doc_timeout,
) -> State:
    """One release from `raw_dir` into `out_dir`. Only one run at a time may
    work on an output folder: a second one exits at once with status busy.

    The extraction batches go to `task_runner(runner, dask_address, workers)`,
    which lives only while there is something to parse: its workers and their
    models are gone before validation starts. The flow run ends Completed when
    a release is published (or the input is unchanged) and Failed, with the
    reason, otherwise; the outcome is the state's data either way."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        with run_lock(out_dir):
            publish.remove_leftovers(out_dir)
            outcome, n_documents = _build(
                raw_dir,
                out_dir,
                batch_size,
                strict,
                Workers(runner, workers, dask_address),
                doc_timeout,
            )
    except Busy as busy:
        outcome, n_documents = RunOutcome("busy", str(busy)), 0
    create_markdown_artifact(
        key="pressfacts-run",
        markdown=summary_markdown(outcome, n_documents),
        description="pressfacts run",
    )
    if outcome.ok:
        return Completed(message=outcome.message, data=outcome)
    return Failed(message=outcome.message, data=outcome)


def run_outcome(state: State) -> RunOutcome:
    """The outcome a finished `build_release(..., return_state=True)` carries."""
    return state.result(raise_on_failure=False)


def _build(
    raw_dir: Path,
    out_dir: Path,
    batch_size: int,
    strict: bool,
    workers: Workers,
    doc_timeout: float,
) -> tuple[RunOutcome, int]:
    log = get_run_logger()
    clock = Clock()
    documents, rejections = discover_documents(raw_dir)
    clock.lap("discovery")
    for r in rejections:
        log.warning("rejected %s: %s (%s)", printable(r.file), printable(r.reason), r.hint)
    if not documents:
        return RunOutcome(
            "no_documents", f"no document could be read in {raw_dir}", rejections=rejections
        ), 0
    if strict and rejections:
        first = rejections[0]
        return RunOutcome(
            "rejected",
            f"{len(rejections)} file(s) rejected and --strict is set "
            f"(first: {first.file}: {first.reason}); nothing published",
            rejections=rejections,
        ), len(documents)

    rid = publish.release_id(documents, rejections)
    existing = out_dir / publish.RELEASES / rid
    if existing.is_dir():
        publish.point_latest(out_dir, existing)
        return RunOutcome(
            "unchanged",
            f"input unchanged: release {rid} is already published",
            existing,
            existing / "validation",
            rejections=rejections,
        ), len(documents)

    cache = ExtractionCache(out_dir / publish.CACHE)
    todo = [d for d in documents if not cache.has(d)]
    failed: list[Rejection] = []
    if todo:
        # a handful of documents is parsed here: worker processes would cost more
        runner = workers
        if len(todo) <= IN_PROCESS_AT_MOST and workers.runner == "processes":
            runner = Workers("threads", 1, None)
        with (
            document_progress(len(todo)) as progress,
            workers_report_here(runner.runner, runner.dask_address),
            task_runner(runner.runner, runner.dask_address, runner.count) as pool,
        ):
            # each batch goes to the cache as it lands, so a crash keeps the work done so far
            for batch, results in extracted_batches(
                pool, todo, batch_size, runner.in_flight, doc_timeout
            ):
                for document, result in zip(batch, results, strict=True):
                    if isinstance(result, Rejection):
                        failed.append(result)
                    else:
                        cache.put(document, result)
                progress.advance(len(batch))
    clock.lap("extraction")
    work = {"n_extracted": len(todo), "n_cached": len(documents) - len(todo), "timings": clock.laps}
    log.info("parsed %(n_extracted)d document(s), %(n_cached)d from the cache", work)
    refused = {r.file for r in failed}
    documents = [d for d in documents if d.source_file not in refused]
    rejections = sorted([*rejections, *failed], key=lambda r: r.file)
    if not documents:
        return RunOutcome(
            "no_documents",
            f"no document of {raw_dir} could be extracted",
            rejections=rejections,
            **work,
        ), 0
    if strict and failed:
        return RunOutcome(
            "rejected",
            f"{len(failed)} document(s) failed extraction and --strict is set "
            f"(first: {failed[0].file}: {failed[0].reason}); nothing published",
            rejections=rejections,
            **work,
        ), len(documents)

    staging = publish.staging_dir(out_dir, rid)
    counts = write_tables(staging, documents, cache)
    log.info("extracted %s", ", ".join(f"{n} {name}" for name, n in counts.items()))
    publish.write_rejections(staging, rejections)
    clock.lap("tables")
    report = validate_tables(staging)
    if not report.success and report.row_level and not strict:
        # the rows that break the suites belong to named documents: the release
        # goes out without them, and they are listed with the rule they break
        held = held_back(documents, report.offending)
        documents = [d for d in documents if d.doc_id not in report.offending]
        rejections = sorted([*rejections, *held], key=lambda r: r.file)
        for r in held:
            log.warning("held back %s: %s", printable(r.file), r.reason)
        if documents:
            counts = write_tables(staging, documents, cache)
            publish.write_rejections(staging, rejections)
            report = validate_tables(staging)
    work["validation"] = report.verdict
    clock.lap("validation")
    if not report.success:
        kept = publish.keep_failed(staging, out_dir, rid)
        first = report.failures[0] if report.failures else "see the report"
        if strict and report.offending:
            first = _named(report.offending, documents) or first
        where = kept / "validation" / "index.html"
        return RunOutcome(
            "validation_failed",
            f"validation failed ({first}); nothing published, report: {where}",
            None,
            kept / "validation",
            counts,
            rejections,
            **work,
        ), len(documents)

    final = publish_release(staging, out_dir, rid, counts, rejections, report)
    clock.lap("publishing")
    return RunOutcome(
        "published",
        f"release {rid} published",
        final,
        final / "validation",
        counts,
        rejections,
        **work,
    ), len(documents)


def held_back(documents: list[Document], offending: dict[str, list[str]]) -> list[Rejection]:
    """A rejection per document whose rows break an expectation, naming the expectations."""
    return [
        Rejection(
            d.source_file,
            "failed validation: " + "; ".join(sorted(set(offending[d.doc_id]))),
            "the release was published without it; see the rule in expectations/",
        )
        for d in documents
        if d.doc_id in offending
    ]


def _named(offending: dict[str, list[str]], documents: list[Document]) -> str:
    """'statistics: value expect_... in a.txt' for the first offending document."""
    for d in documents:
        if d.doc_id in offending:
            return f"{offending[d.doc_id][0]} in {d.source_file}"
    return ""
