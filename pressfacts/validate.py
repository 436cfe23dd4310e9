"""Validation of a release's tables with Great Expectations.

The suites are read from the JSON files in `expectations/` and run in a
throwaway file-backed Great Expectations project; the results become an
offline HTML report (`pressfacts.report`) and a compact `results.json`.
Great Expectations is imported here only: its import is slow, and nothing
else needs it.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pycountry

from pressfacts import report, settings, suites
from pressfacts.schema import TABLES

REPORT_SAMPLE = 5  # unexpected values quoted per failed expectation


@dataclass
class ValidationReport:
    success: bool
    summary: dict
    report_dir: Path
    # doc_id -> the failed expectations its rows break ("statistics: value expect_...")
    offending: dict[str, list[str]] = field(default_factory=dict)

    @property
    def row_level(self) -> bool:
        """Whether every failed expectation is broken by rows of named documents,
        so the release is valid without them (a wrong column list is not)."""
        return not self.success and all(
            f["documents"] for s in self.summary["suites"].values() for f in s["failed"]
        )

    @property
    def verdict(self) -> str:
        """'passed (75 of 75 expectations)' or 'failed (73 of 75 expectations met)'."""
        suites = self.summary["suites"].values()
        met = sum(s["successful"] or 0 for s in suites)
        total = sum(s["evaluated"] or 0 for s in suites)
        if self.success:
            return f"passed ({met} of {total} expectations)"
        return f"failed ({met} of {total} expectations met)"

    @property
    def failures(self) -> list[str]:
        """One line per failed expectation, for the command's output."""
        lines = []
        for suite, result in self.summary["suites"].items():
            for failed in result["failed"]:
                column = f" {failed['column']}" if failed.get("column") else ""
                lines.append(f"{suite}:{column} {failed['expectation']}")
        return lines


# Reads one table of a release, or some of its columns: validation holds one
# table at a time, never the whole release.
TableLoader = Callable[[str, list[str] | None], pa.Table]

CROSS_COLUMNS = suites.CROSS_COLUMNS
# A resolved date further from its release than this is a misreading, not history
# or a target: "the 15th century" and "by 2100" pass, a year 40,000 does not.
YEARS_BEFORE, YEARS_AFTER = 2000, 200


RANGE_COLUMNS = ["range_id", "qualifier", "value"]


def _disordered_ranges(statistics: pa.Table) -> set[str]:
    """Ids of range bounds whose low bound exceeds the high bound."""
    bounds: dict[str, dict[str, float]] = {}
    for row in statistics.select(RANGE_COLUMNS).to_pylist():
        if row["range_id"]:
            bounds.setdefault(row["range_id"], {})[row["qualifier"]] = row["value"]
    return {
        rid
        for rid, b in bounds.items()
        if "at_least" in b and "at_most" in b and b["at_least"] > b["at_most"]
    }


def _participant_keys(load: TableLoader) -> set[tuple[str, str]]:
    """(participant_id, doc_id) of every participant: what a figure's speaker_id joins."""
    people = load("participants", ["participant_id", "doc_id"])
    return set(
        zip(
            people.column("participant_id").to_pylist(),
            people.column("doc_id").to_pylist(),
            strict=True,
        )
    )


def cross_table_frame(load: TableLoader) -> pd.DataFrame:
    """One row per mention, with the checks that need more than its own row:
    its surface equals the document text at its offsets; a range's bounds are
    in order; a resolved date lies in a sane window around publication; a
    figure's speaker_id, when filled, is a participant of the same document."""
    documents = load("documents", ["doc_id", "text", "published_date"]).to_pylist()
    texts = {d["doc_id"]: d["text"] for d in documents}
    published = {d["doc_id"]: d["published_date"] for d in documents}
    del documents
    participants = _participant_keys(load)
    rows = []
    for name, table in TABLES.items():
        if not table.mentions:
            continue
        id_column = table.primary_key[0]
        extra = {
            "statistics": [*RANGE_COLUMNS, "speaker_id"],
            "dates": ["start_date", "end_date"],
        }.get(name, [])
        mentions = load(name, [id_column, "doc_id", "char_start", "char_end", "surface", *extra])
        disordered = _disordered_ranges(mentions) if name == "statistics" else set()
        for row in mentions.to_pylist():
            text = texts.get(row["doc_id"])
            start, end = row["char_start"], row["char_end"]
            matches = (
                text is not None
                and start is not None
                and end is not None
                and text[start:end] == row["surface"]
            )
            in_window = True
            pub = published.get(row["doc_id"])
            for day in (row.get("start_date"), row.get("end_date")):
                if day is not None and pub is not None:
                    in_window &= pub.year - YEARS_BEFORE <= day.year <= pub.year + YEARS_AFTER
            rows.append(
                {
                    "table": name,
                    "row_id": row[id_column],
                    "doc_id": row["doc_id"],
                    "surface_matches_text": matches,
                    "range_ordered": row.get("range_id") not in disordered,
                    "date_in_window": in_window,
                    "speaker_known": row.get("speaker_id") is None
                    or (row["speaker_id"], row["doc_id"]) in participants,
                }
            )
    return pd.DataFrame(rows, columns=CROSS_COLUMNS)


def run_parameters(load: TableLoader) -> dict:
    return {
        "document_ids": load("documents", ["doc_id"]).column("doc_id").to_pylist(),
        "iso_currencies": sorted(c.alpha_3 for c in pycountry.currencies),
        "iso_countries": sorted(c.alpha_3 for c in pycountry.countries),
    }


# Every unexpected row is reported with its document, so a document whose rows
# break a row-level rule can be held back from the release by name.
COMPLETE = {"result_format": "COMPLETE"}


def _offending_documents(details: dict) -> list[str]:
    """The doc_id of every unexpected row, when the expectation reports rows."""
    found = {
        row["doc_id"]
        for row in details.get("unexpected_index_list") or []
        if isinstance(row, dict) and row.get("doc_id") is not None
    }
    return sorted(found)


def _summarise(result) -> dict:
    failed = []
    for r in result.results:
        if r.success:
            continue
        details = r.result or {}
        failed.append(
            {
                "expectation": r.expectation_config.type,
                "column": r.expectation_config.kwargs.get("column"),
                "unexpected_count": details.get("unexpected_count"),
                "unexpected_sample": [
                    str(v)[:80]
                    for v in (details.get("partial_unexpected_list") or [])[:REPORT_SAMPLE]
                ],
                "exception": (r.exception_info or {}).get("exception_message"),
                "documents": _offending_documents(details),
            }
        )
    stats = result.statistics
    return {
        "success": bool(result.success),
        "evaluated": stats.get("evaluated_expectations"),
        "successful": stats.get("successful_expectations"),
        "failed": failed,
    }


def validate_tables(
    tables: dict[str, pa.Table], report_dir: Path, suites_folder: Path | None = None
) -> ValidationReport:
    """Validate tables held in memory (a small release, a test)."""

    def load(name: str, columns: list[str] | None = None) -> pa.Table:
        return tables[name].select(columns) if columns else tables[name]

    return _validate(load, report_dir, suites_folder)


def validate_release(
    folder: Path, report_dir: Path, suites_folder: Path | None = None
) -> ValidationReport:
    """Validate the Parquet tables of a release folder, reading one table (or
    the few columns a cross-table check needs) at a time."""

    def load(name: str, columns: list[str] | None = None) -> pa.Table:
        return pq.read_table(folder / f"{name}.parquet", columns=columns)

    return _validate(load, report_dir, suites_folder)


def _frame(load: TableLoader, name: str) -> pd.DataFrame:
    if name == suites.CROSS_TABLE:
        return cross_table_frame(load)
    return load(name, None).to_pandas()


def _validate(load: TableLoader, report_dir: Path, suites_folder: Path | None) -> ValidationReport:
    """Run every suite; write the report (`index.html`) and `results.json` to report_dir."""
    settings.quiet_third_parties()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    parameters = run_parameters(load)
    with tempfile.TemporaryDirectory(prefix="pressfacts-gx-") as workdir:
        context = gx.get_context(mode="file", project_root_dir=workdir)
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = context.data_sources.add_pandas("release")
        summary: dict = {"success": True, "suites": {}}
        outcomes = []
        for name in suites.SUITE_NAMES:
            stored = suites.read_suite(name, suites_folder)
            stored.pop("id", None)
            suite = context.suites.add(gx.ExpectationSuite(**stored))
            batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=batch, suite=suite)
            )
            frame = _frame(load, name)
            result = definition.run(
                batch_parameters={"dataframe": frame},
                expectation_parameters=parameters,
                # COMPLETE: every unexpected row with its id, so that a document whose
                # rows break a row-level rule can be held back by name
                result_format={**report.result_format(list(frame.columns)), **COMPLETE},
            )
            summary["suites"][name] = _summarise(result)
            summary["success"] &= summary["suites"][name]["success"]
            outcomes.append(report.suite_outcome(name, result))
            del result, frame  # they hold the batch: let them go before the next table is read
    report.write_report(report_dir, outcomes)
    offending: dict[str, list[str]] = {}
    for suite, result in summary["suites"].items():
        for failed in result["failed"]:
            column = f" {failed['column']}" if failed.get("column") else ""
            for doc_id in failed["documents"]:
                offending.setdefault(doc_id, []).append(f"{suite}:{column} {failed['expectation']}")
    public = {
        **summary,
        "suites": {
            name: {**result, "failed": [_without_documents(f) for f in result["failed"]]}
            for name, result in summary["suites"].items()
        },
    }
    (report_dir / "results.json").write_text(json.dumps(public, indent=2) + "\n", encoding="utf-8")
    return ValidationReport(summary["success"], summary, report_dir, offending)


def _without_documents(failed: dict) -> dict:
    """A failed expectation as results.json keeps it: the number of documents, not
    every id (the held-back ones are listed in rejections.json)."""
    return {
        **{k: v for k, v in failed.items() if k != "documents"},
        "n_documents": len(failed["documents"]),
    }
