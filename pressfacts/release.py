"""The release decisions, apart from how the steps are run.

What a run does with what it found: nothing to read, a refusal under
`--strict`, an input already published, documents to hold back because
their rows break a suite, a failed validation kept for inspection, or a
release published. The flow in `flows/release.py` runs the steps and asks
these functions what follows; they know nothing of Prefect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pressfacts import layout, publish
from pressfacts.discover import Document, Rejection
from pressfacts.text import printable
from pressfacts.validate import ValidationReport

HOLD_BACK_HINT = "the release was published without it; see the rule in expectations/"


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
    # documents per language that no extractor reads yet: published without fact rows
    unread_languages: dict[str, int] = field(default_factory=dict)

    @property
    def unread_note(self) -> str:
        if not self.unread_languages:
            return ""
        which = ", ".join(f"{n} in {lang}" for lang, n in self.unread_languages.items())
        return (
            f"documents in languages not read yet ({which}): published in documents, "
            f"with no statistics, dates or participants"
        )

    @property
    def ok(self) -> bool:
        return self.status in ("published", "unchanged")


def after_discovery(
    documents: list[Document], rejections: list[Rejection], strict: bool, raw_dir: Path
) -> RunOutcome | None:
    """Why the run stops before extraction, if it does."""
    if not documents:
        return RunOutcome(
            "no_documents", f"no document could be read in {raw_dir}", rejections=rejections
        )
    if strict and rejections:
        first = rejections[0]
        return RunOutcome(
            "rejected",
            f"{len(rejections)} file(s) rejected and --strict is set "
            f"(first: {first.file}: {first.reason}); nothing published",
            rejections=rejections,
        )
    return None


def already_published(out_dir: Path, rid: str, rejections: list[Rejection]) -> RunOutcome | None:
    """The same input through the same pipeline is published once: `latest` points at it."""
    existing = out_dir / layout.RELEASES / rid
    if not existing.is_dir():
        return None
    publish.point_latest(out_dir, existing)
    return RunOutcome(
        "unchanged",
        f"input unchanged: release {rid} is already published",
        existing,
        existing / "validation",
        rejections=rejections,
    )


def after_extraction(
    documents: list[Document],
    rejections: list[Rejection],
    failed: list[Rejection],
    strict: bool,
    raw_dir: Path,
    work: dict,
) -> tuple[list[Document], list[Rejection], RunOutcome | None]:
    """The documents left to publish once those whose extraction failed are refused."""
    refused = {r.file for r in failed}
    documents = [d for d in documents if d.source_file not in refused]
    rejections = sorted([*rejections, *failed], key=lambda r: r.file)
    if not documents:
        stop = RunOutcome(
            "no_documents",
            f"no document of {raw_dir} could be extracted",
            rejections=rejections,
            **work,
        )
        return documents, rejections, stop
    if strict and failed:
        stop = RunOutcome(
            "rejected",
            f"{len(failed)} document(s) failed extraction and --strict is set "
            f"(first: {failed[0].file}: {failed[0].reason}); nothing published",
            rejections=rejections,
            **work,
        )
        return documents, rejections, stop
    return documents, rejections, None


def hold_back(
    documents: list[Document],
    rejections: list[Rejection],
    report: ValidationReport,
    strict: bool,
) -> tuple[list[Document], list[Rejection], list[Rejection]]:
    """When every failed expectation is broken by rows of named documents (and
    not --strict), those documents are held back, each with the rules it breaks.
    Returns the documents kept, all rejections, and the ones held back."""
    if report.success or strict or not report.row_level:
        return documents, rejections, []
    held = [
        Rejection(
            d.source_file,
            "failed validation: " + "; ".join(sorted(set(report.offending[d.doc_id]))),
            HOLD_BACK_HINT,
        )
        for d in documents
        if d.doc_id in report.offending
    ]
    kept = [d for d in documents if d.doc_id not in report.offending]
    return kept, sorted([*rejections, *held], key=lambda r: r.file), held


def validation_failed(
    kept: Path,
    report: ValidationReport,
    documents: list[Document],
    strict: bool,
    counts: dict[str, int],
    rejections: list[Rejection],
    work: dict,
) -> RunOutcome:
    """Nothing published: the attempt is kept with its report, the first failure named
    (with its document under --strict)."""
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
    )


def published(
    final: Path, rid: str, counts: dict[str, int], rejections: list[Rejection], work: dict
) -> RunOutcome:
    return RunOutcome(
        "published",
        f"release {rid} published",
        final,
        final / "validation",
        counts,
        rejections,
        **work,
    )


def _named(offending: dict[str, list[str]], documents: list[Document]) -> str:
    """'statistics: value expect_... in a.txt' for the first offending document."""
    for d in documents:
        if d.doc_id in offending:
            return f"{offending[d.doc_id][0]} in {d.source_file}"
    return ""


def summary_markdown(outcome: RunOutcome, n_documents: int) -> str:
    """The run's summary as Markdown (the flow run's artifact); input text escaped."""
    lines = [
        f"# pressfacts run: {outcome.status}",
        "",
        printable(outcome.message, markdown=True),
        "",
        f"- documents read: {n_documents}",
        f"- files rejected: {len(outcome.rejections)}",
    ]
    lines += [f"- rows in {name}: {n}" for name, n in outcome.counts.items()]
    if outcome.unread_note:
        lines.append(f"- {outcome.unread_note}")
    if outcome.validation:
        lines.append(f"- validation: {outcome.validation}")
    if outcome.release_dir:
        lines.append(f"- release: `{_code(outcome.release_dir)}`")
    if outcome.report_dir:
        lines.append(f"- validation report: `{_code(outcome.report_dir / 'index.html')}`")
    for r in outcome.rejections:
        lines.append(
            f"- rejected `{_code(r.file)}`: "
            f"{printable(r.reason, markdown=True)} ({printable(r.hint, markdown=True)})"
        )
    return "\n".join(lines)


def _code(value: object) -> str:
    """Text for a Markdown code span: escaped, and no backtick to close it early."""
    return printable(value).replace("`", "'")
