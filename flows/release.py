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
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.states import Completed, Failed, State
from prefect.task_runners import TaskRunner

from pressfacts import (
    layout,
    publish,
    settings,  # telemetry off before Prefect's server starts
)
from pressfacts import release as decide
from pressfacts.assemble import assemble
from pressfacts.cache import ExtractionCache
from pressfacts.config import DEFAULTS
from pressfacts.discover import Document, Rejection, Source, discover
from pressfacts.extract import Extraction
from pressfacts.extract.languages import unread
from pressfacts.flows.runners import DEFAULT_WORKERS, Workers, task_runner, workers_report_here
from pressfacts.isolation import DEFAULT_TIMEOUT, extract_documents
from pressfacts.lock import Busy, run_lock
from pressfacts.progress import document_progress
from pressfacts.release import RunOutcome, summary_markdown
from pressfacts.site import read_tables, write_site
from pressfacts.text import printable
from pressfacts.validate import validate_release

DEFAULT_BATCH_SIZE = DEFAULTS.batch_size  # documents per task: one `nlp.pipe` each
ASSEMBLY_PART = 2_000  # documents per part written to the tables (one Parquet row group)
IN_PROCESS_AT_MOST = settings.IN_PROCESS_AT_MOST
PAUSE_AT = "PRESSFACTS_PAUSE_AT"  # a phase to stop in, for tests of signals and kills


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
def write_tables(
    staging: Path, documents: list[Document], cache: ExtractionCache, rejections: list[Rejection]
) -> dict:
    """The four tables from the cache, a part at a time in document order, never
    held whole in memory; and the list of files refused."""
    with publish.TableWriter(staging) as writer:
        for part in batches(sorted(documents, key=lambda d: d.source_file), ASSEMBLY_PART):
            writer.write(assemble(part, [cache.load(d) for d in part]))
    publish.write_rejections(staging, rejections)
    return writer.counts


@task(cache_policy=NO_CACHE)
def validate_tables(staging: Path):
    phase("validation")
    return validate_release(staging, staging / "validation")


@task(cache_policy=NO_CACHE)
def publish_release(
    staging: Path,
    out_dir: Path,
    rid: str,
    counts: dict,
    rejections: list[Rejection],
    report,
    sources: list[Source],
) -> Path:
    phase("publishing")
    created = publish.now_iso()
    publish.write_dictionary(staging, rid, counts, created, rejections)
    publish.write_datapackage(staging, rid, counts, created, sources)
    write_site(staging, read_tables(staging), rid, created, report.summary)
    return publish.promote(staging, out_dir, rid)


def batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


SMALLEST_BATCH = 4  # documents: below this a task costs more than it parses


def shrinking_batches(items: list, size: int, parts: int) -> Iterator[list]:
    """Batches of at most `size`, each at most a `parts`-th of what is left (but
    `SMALLEST_BATCH`): the last ones are small, so the workers finish together
    instead of one waiting for another's last large batch."""
    start = 0
    while start < len(items):
        left = len(items) - start
        step = min(size, max(SMALLEST_BATCH, -(-left // parts)))
        yield items[start : start + step]
        start += step


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
    waiting = shrinking_batches(documents, batch_size, in_flight)
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
    """The outcome a finished `build_release(..., return_state=True)` carries;
    a flow that crashed raises its error here, for the command to name it."""
    outcome = state.result(raise_on_failure=False)
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _build(
    raw_dir: Path,
    out_dir: Path,
    batch_size: int,
    strict: bool,
    workers: Workers,
    doc_timeout: float,
) -> tuple[RunOutcome, int]:
    """The steps in order; what follows each is the library's decision."""
    log = get_run_logger()
    clock = Clock()
    documents, rejections = discover_documents(raw_dir)
    clock.lap("discovery")
    for r in rejections:
        log.warning("rejected %s: %s (%s)", printable(r.file), printable(r.reason), r.hint)
    stop = decide.after_discovery(documents, rejections, strict, raw_dir)
    if stop:
        return stop, len(documents) if stop.status != "no_documents" else 0
    rid = publish.release_id(documents, rejections)
    stop = decide.already_published(out_dir, rid, rejections)
    if stop:
        return stop, len(documents)

    cache = ExtractionCache(out_dir / layout.CACHE)
    todo = [d for d in documents if not cache.has(d)]
    failed = extract_into_cache(todo, cache, batch_size, workers, doc_timeout)
    clock.lap("extraction")
    work = {
        "n_extracted": len(todo),
        "n_cached": len(documents) - len(todo),
        "timings": clock.laps,
        "unread_languages": unread([d.language for d in documents]),
    }
    log.info("parsed %(n_extracted)d document(s), %(n_cached)d from the cache", work)
    documents, rejections, stop = decide.after_extraction(
        documents, rejections, failed, strict, raw_dir, work
    )
    if stop:
        return stop, len(documents)

    staging = publish.staging_dir(out_dir, rid)
    counts = write_tables(staging, documents, cache, rejections)
    clock.lap("tables")
    report = validate_tables(staging)
    documents, rejections, held = decide.hold_back(documents, rejections, report, strict)
    for r in held:
        log.warning("held back %s: %s", printable(r.file), r.reason)
    if held and documents:  # the release again, without the documents held back
        counts = write_tables(staging, documents, cache, rejections)
        report = validate_tables(staging)
    work["validation"] = report.verdict
    clock.lap("validation")
    if not report.success:
        kept = publish.keep_failed(staging, out_dir, rid)
        return decide.validation_failed(
            kept, report, documents, strict, counts, rejections, work
        ), len(documents)

    sources = [d.source for d in documents]
    final = publish_release(staging, out_dir, rid, counts, rejections, report, sources)
    clock.lap("publishing")
    return decide.published(final, rid, counts, rejections, work), len(documents)


def progress_batch(n_documents: int, batch_size: int, workers: int) -> int:
    """Batches small enough that every worker gets several (the progress bar moves
    often on a small run), never larger than `batch_size`."""
    return min(batch_size, max(1, -(-n_documents // (workers * 8))))


def extract_into_cache(
    todo: list[Document],
    cache: ExtractionCache,
    batch_size: int,
    workers: Workers,
    doc_timeout: float,
) -> list[Rejection]:
    """Extract the documents not in the cache, each batch cached as it lands (so a
    crash keeps the work done so far); the refusals of failed documents."""
    failed: list[Rejection] = []
    if not todo:
        return failed
    # a handful of documents is parsed here: worker processes would cost more
    runner = workers
    if len(todo) <= IN_PROCESS_AT_MOST and workers.runner == "processes":
        runner = Workers("threads", 1, None)
    with (
        document_progress(len(todo)) as progress,
        workers_report_here(runner.runner, runner.dask_address),
        task_runner(runner.runner, runner.dask_address, runner.count) as pool,
    ):
        for batch, results in extracted_batches(
            pool,
            todo,
            progress_batch(len(todo), batch_size, runner.count),
            runner.in_flight,
            doc_timeout,
        ):
            for document, result in zip(batch, results, strict=True):
                if isinstance(result, Rejection):
                    failed.append(result)
                else:
                    cache.put(document, result)
            progress.advance(len(batch))
    return failed
