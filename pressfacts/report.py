"""The validation report: one HTML page, complete without a network.

Great Expectations' own Data Docs build their lists with scripts and styles
fetched from outside hosts, so offline they are blank. This page is rendered
from the validation results themselves with the project's templates: every
suite, every expectation with its verdict, and for each one that failed the
values that broke it and the documents (or rows) they come from. Styles are
inline and nothing is fetched, so the file can be moved or mailed alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pressfacts.templating import render, stylesheet

REPORT = "index.html"
SHOWN_VALUES = 20  # unexpected values (and their rows) kept per expectation
SHOWN_ITEMS = 12  # items of a long argument (a value set) quoted
VALUE_CHARS = 160
# what names a failing row, most precise first (the cross-table frame has both:
# its row_id names the mention, its doc_id the document to hold back)
ROW_ID_COLUMNS = ("row_id", "doc_id")
HIDDEN_ARGUMENTS = {"batch_id", "column"}


def result_format(columns: list[str]) -> dict:
    """What to ask Great Expectations for: enough unexpected values for the
    report, each with the id of its row when the table has one."""
    wanted: dict = {"result_format": "SUMMARY", "partial_unexpected_count": SHOWN_VALUES}
    ids = [c for c in ROW_ID_COLUMNS if c in columns]
    if ids:
        wanted["unexpected_index_column_names"] = ids
    return wanted


def short(value: object) -> str:
    """A value on one short line; numpy scalars read as the Python values they hold."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def argument(value: object) -> str:
    """An expectation's argument as a reader wants it: a long list cut short,
    a row condition as a phrase."""
    if isinstance(value, list) and len(value) > SHOWN_ITEMS:
        head = ", ".join(short(v) for v in value[:SHOWN_ITEMS])
        return f"{head}, … ({len(value)} in all)"
    if isinstance(value, list):
        return ", ".join(short(v) for v in value)
    if isinstance(value, dict) and {"column", "operator", "parameter"} <= value.keys():
        column = (
            value["column"].get("name") if isinstance(value["column"], dict) else value["column"]
        )
        return f"{column} {value['operator']} {argument(value['parameter'])}"
    return short(value)


@dataclass
class Unexpected:
    value: str
    count: int
    rows: list[str] = field(default_factory=list)  # ids of rows holding the value


@dataclass
class Outcome:
    """One expectation's verdict, as the report shows it."""

    expectation: str
    column: str | None
    arguments: list[tuple[str, str]]
    success: bool
    element_count: int | None = None
    unexpected_count: int | None = None
    unexpected_percent: float | None = None
    observed: str | None = None
    unexpected: list[Unexpected] = field(default_factory=list)
    row_label: str | None = None
    exception: str | None = None


@dataclass
class SuiteOutcome:
    name: str
    success: bool
    evaluated: int
    successful: int
    expectations: list[Outcome]

    @property
    def failed(self) -> list[Outcome]:
        return [e for e in self.expectations if not e.success]


def unexpected_values(details: dict) -> tuple[list[Unexpected], str | None]:
    """The values that broke an expectation, most frequent first, each with
    the ids of the rows (documents) that hold it, when Great Expectations gave them."""
    id_columns = details.get("unexpected_index_column_names") or []
    label = id_columns[0] if id_columns else None
    rows_of: dict[str, list[str]] = {}
    for entry in details.get("partial_unexpected_index_list") or []:
        if isinstance(entry, dict) and label in entry:
            value = entry.get(next((k for k in entry if k not in id_columns), label))
            rows_of.setdefault(short(value), []).append(str(entry[label]))
    counts = details.get("partial_unexpected_counts") or [
        {"value": v, "count": 1} for v in details.get("partial_unexpected_list") or []
    ]
    found = []
    for item in counts:
        if "value" not in item:
            continue
        value = short(item["value"])
        found.append(Unexpected(value, item.get("count", 1), sorted(set(rows_of.get(value, [])))))
    return found, label


def outcome(result) -> Outcome:
    """One ExpectationValidationResult of Great Expectations, made plain."""
    config = result.expectation_config
    kwargs = dict(config.kwargs)
    details = result.result or {}
    unexpected, label = unexpected_values(details)
    observed = details.get("observed_value")
    exception = (result.exception_info or {}).get("exception_message")
    return Outcome(
        expectation=config.type,
        column=kwargs.get("column"),
        arguments=[(k, argument(v)) for k, v in kwargs.items() if k not in HIDDEN_ARGUMENTS],
        success=bool(result.success),
        element_count=details.get("element_count"),
        unexpected_count=details.get("unexpected_count"),
        unexpected_percent=details.get("unexpected_percent"),
        observed=None if observed is None else argument(observed),
        unexpected=unexpected,
        row_label=label,
        exception=exception,
    )


def suite_outcome(name: str, result) -> SuiteOutcome:
    """One suite's ExpectationSuiteValidationResult, made plain (and small:
    the result itself holds the validated batch and can be let go)."""
    stats = result.statistics
    return SuiteOutcome(
        name=name,
        success=bool(result.success),
        evaluated=stats.get("evaluated_expectations") or 0,
        successful=stats.get("successful_expectations") or 0,
        expectations=[outcome(r) for r in result.results],
    )


def write_report(report_dir: Path, suites: list[SuiteOutcome], created: str | None = None) -> Path:
    """Write report_dir/index.html and return its path."""
    created = created or datetime.now(UTC).replace(microsecond=0).isoformat()
    report_dir.mkdir(parents=True, exist_ok=True)
    html = render(
        "report.html",
        inline_css=stylesheet(),
        suites=suites,
        success=all(s.success for s in suites),
        evaluated=sum(s.evaluated for s in suites),
        successful=sum(s.successful for s in suites),
        created=created,
    )
    path = report_dir / REPORT
    path.write_text(html, encoding="utf-8")
    return path
