"""The release flow: discover -> extract -> assemble -> validate -> publish.

Only orchestration lives here; every step is a call into the `pressfacts`
library. Runs on Prefect's embedded (ephemeral) API when no server is
configured, so `pressfacts run` needs nothing started beforehand.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import TaskRunner

from flows.runners import DEFAULT_WORKERS, Workers, task_runner, workers_report_here
from pressfacts import (
    publish,
    settings,  # noqa: F401  (telemetry off before Prefect's server starts)
)
from pressfacts.assemble import assemble
from pressfacts.cache import ExtractionCache
from pressfacts.discover import Document, Rejection, discover
from pressfacts.extract import Extraction, extract_all
from pressfacts.nlp import parse
from pressfacts.progress import document_progress
from pressfacts.site import read_tables, write_site
from pressfacts.validate import validate_release

DEFAULT_BATCH_SIZE = 64  # documents per task: one `nlp.pipe` each
ASSEMBLY_PART = 2_000  # documents per part written to the tables (one Parquet row group)


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

    @property
    def ok(self) -> bool:
        return self.status in ("published", "unchanged")


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_documents(raw_dir: Path) -> tuple[list[Document], list[Rejection]]:
    return discover(raw_dir)


@task(cache_policy=NO_CACHE)
def extract_batch(documents: list[Document]) -> list[Extraction]:
    """Parse and extract one batch with one `nlp.pipe`; the model is loaded once
    per worker process. Pure: it may run on any worker of a cluster."""
    parsed = parse([d.text for d in documents])
    return [
        extract_all(
            doc, d.published_date, publisher_country=d.publisher_country, exclude=d.furniture
        )
        for doc, d in zip(parsed, documents, strict=True)
    ]


def batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def extracted_batches(
    pool: TaskRunner, documents: list[Document], batch_size: int, in_flight: int
) -> Iterator[tuple[list[Document], list[Extraction]]]:
    """Each batch with its extractions, as the workers of `pool` finish them.

    At most `in_flight` batches are submitted at a time: enough to keep every
    worker busy, few enough that the texts sent and the results not yet
    collected stay a bounded amount of memory however large the corpus.
    """
    waiting = iter(batches(documents, batch_size))
    running = {}
    for batch in itertools.islice(waiting, in_flight):
        running[pool.submit(extract_batch, {"documents": batch})] = batch
    while running:
        future = next(as_completed(list(running)))
        batch = running.pop(future)
        yield batch, future.result()
        following = next(waiting, None)
        if following is not None:
            running[pool.submit(extract_batch, {"documents": following})] = following


def summary_markdown(outcome: RunOutcome, n_documents: int) -> str:
    lines = [
        f"# pressfacts run: {outcome.status}",
        "",
        outcome.message,
        "",
        f"- documents read: {n_documents}",
        f"- files rejected: {len(outcome.rejections)}",
    ]
    lines += [f"- rows in {name}: {n}" for name, n in outcome.counts.items()]
    if outcome.validation:
        lines.append(f"- validation: {outcome.validation}")
    if outcome.release_dir:
        lines.append(f"- release: `{outcome.release_dir}`")
    if outcome.report_dir:
        lines.append(f"- validation report: `{outcome.report_dir / 'index.html'}`")
    for r in outcome.rejections:
        lines.append(f"- rejected `{r.file}`: {r.reason} ({r.hint})")
    return "\n".join(lines)


@flow(name="pressfacts-release", log_prints=False)
def build_release(
    raw_dir: Path = Path("raw"),
    out_dir: Path = Path("outputs"),
    batch_size: int = DEFAULT_BATCH_SIZE,
    strict: bool = False,
    runner: str = "processes",
    workers: int = DEFAULT_WORKERS,
    dask_address: str | None = None,
) -> RunOutcome:
    """One release from `raw_dir` into `out_dir`. Only one run at a time may
    work on an output folder: a second one exits at once with status busy.

    The extraction batches go to `task_runner(runner, dask_address, workers)`,
    which lives only while there is something to parse: its workers and their
    models are gone before validation starts."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(out_dir / ".pressfacts.lock", timeout=0):
            publish.remove_leftovers(out_dir)
            outcome, n_documents = _build(
                raw_dir, out_dir, batch_size, strict, Workers(runner, workers, dask_address)
            )
    except Timeout:
        outcome = RunOutcome(
            "busy", f"another pressfacts run is publishing to {out_dir}; try again when it ends"
        )
        n_documents = 0
    create_markdown_artifact(
        key="pressfacts-run",
        markdown=summary_markdown(outcome, n_documents),
        description="pressfacts run",
    )
    return outcome


def _build(
    raw_dir: Path, out_dir: Path, batch_size: int, strict: bool, workers: Workers
) -> tuple[RunOutcome, int]:
    log = get_run_logger()
    documents, rejections = discover_documents(raw_dir)
    for r in rejections:
        log.warning("rejected %s: %s (%s)", r.file, r.reason, r.hint)
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
    if todo:
        with (
            document_progress(len(todo)) as progress,
            workers_report_here(workers.runner, workers.dask_address),
            task_runner(workers.runner, workers.dask_address, workers.count) as pool,
        ):
            # each batch goes to the cache as it lands, so a crash keeps the work done so far
            for batch, extractions in extracted_batches(pool, todo, batch_size, workers.in_flight):
                for document, extraction in zip(batch, extractions, strict=True):
                    cache.put(document, extraction)
                progress.advance(len(batch))
    work = {"n_extracted": len(todo), "n_cached": len(documents) - len(todo)}
    log.info("parsed %(n_extracted)d document(s), %(n_cached)d from the cache", work)

    staging = publish.staging_dir(out_dir, rid)
    ordered = sorted(documents, key=lambda d: d.source_file)
    with publish.TableWriter(staging) as writer:
        # the cache now holds every extraction: the tables are written a part at
        # a time from it, in document order, and never held whole in memory
        for part in batches(ordered, ASSEMBLY_PART):
            writer.write(assemble(part, [cache.load(d) for d in part]))
    counts = writer.counts
    log.info("extracted %s", ", ".join(f"{n} {name}" for name, n in counts.items()))
    publish.write_rejections(staging, rejections)
    report = validate_release(staging, staging / "validation")
    work["validation"] = report.verdict
    if not report.success:
        kept = publish.keep_failed(staging, out_dir, rid)
        first = report.failures[0] if report.failures else "see the report"
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

    created = publish.now_iso()
    publish.write_dictionary(staging, rid, counts, created, rejections)
    publish.write_datapackage(staging, rid, counts, created, [d.source for d in documents])
    write_site(staging, read_tables(staging), rid, created, report.summary)
    final = publish.promote(staging, out_dir, rid)
    return RunOutcome(
        "published",
        f"release {rid} published",
        final,
        final / "validation",
        counts,
        rejections,
        **work,
    ), len(documents)
