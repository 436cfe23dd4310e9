"""The release's dataset page (`index.html`) and its pages per document.

Rendered from Jinja2 templates with autoescape on (the raw press releases
are untrusted text), styled by one static stylesheet copied beside the
pages, with no script and nothing loaded from elsewhere: the pages work
offline, from a `file://` URL or from any static host.
"""

from __future__ import annotations

import json
from pathlib import Path

from pressfacts import __version__, dictionary
from pressfacts.site import charts, facts
from pressfacts.site.documents import (
    FOLDER,
    document_pages,
    list_of_documents,
    newest_first,
)
from pressfacts.site.release import DOCUMENT_DETAILS, ReleaseFiles
from pressfacts.templating import copy_stylesheet, render

PAGE = "index.html"
NEWEST_DOCUMENTS = 20
REJECTIONS_SHOWN = 200


def read_tables(folder: Path) -> ReleaseFiles:
    """The release's files, read column by column as the pages need them."""
    return ReleaseFiles(folder)


def size(path: Path) -> str:
    """Human file size, or nothing when the file is not there (yet)."""
    if not path.is_file():
        return ""
    n = float(path.stat().st_size)
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return ""


def sources_and_licences(folder: Path) -> dict[str, list[dict]]:
    """What the data package states of the texts' publishers and licences, so
    the page never claims a licence the sources do not give."""
    path = folder / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return {
        "package_sources": package.get("sources", []),
        "licences": package.get("licenses", []),
    }


def write_site(
    folder: Path,
    release: ReleaseFiles,
    release_id: str,
    created: str,
    validation_summary: dict,
) -> Path:
    """Write `folder/index.html`, `documents/` and the stylesheet; return the page's path.

    Call it after the data files, `datapackage.json`, `README.md` and
    `rejections.json` are in `folder`, so the page can list them.
    """
    copy_stylesheet(folder)
    docs = facts.documents(release)
    counts = release.counts()
    detail_columns = [c for c in DOCUMENT_DETAILS if c in release.has("documents")]
    per_doc = facts.per_document(release)
    ordered = newest_first(docs)
    document_pages(release, folder, release_id, detail_columns)
    pages = list_of_documents(folder, release_id, ordered, per_doc, detail_columns)

    participants = release.read("participants", facts.PERSON_COLUMNS)
    everyone = facts.people(participants, docs)
    calendar = facts.calendar_dates(release, docs)
    years = facts.year_counts(calendar)
    bins = charts.year_bins(years) if years else []
    published = sorted(d.published_date for d in docs.values() if d.published_date)
    rejections = release.rejections()
    timeline, distinct_dates = facts.timeline(calendar, docs)
    html = render(
        "index.html",
        root="",
        release_id=release_id,
        created=created,
        version=__version__,
        counts=counts,
        people_count=len(everyone),
        country_count=len({p.country for p in everyone if p.country}),
        first_published=published[0] if published else None,
        last_published=published[-1] if published else None,
        kinds=charts.hbar_chart(facts.kinds(release)),
        money=facts.money(release, docs),
        validation=validation_summary,
        calendar_count=calendar.num_rows,
        bins=bins,
        chart=charts.timeline_chart(bins) if bins else None,
        timeline=timeline,
        distinct_dates=distinct_dates,
        people=everyone[: facts.PEOPLE_SHOWN],
        countries=facts.countries(participants),
        newest=ordered[:NEWEST_DOCUMENTS],
        list_pages=pages,
        documents_folder=FOLDER,
        per_doc=per_doc,
        rejections=rejections[:REJECTIONS_SHOWN],
        rejection_count=len(rejections),
        sizes={
            name: (size(folder / f"{name}.parquet"), size(folder / f"{name}.csv"))
            for name in counts
        },
        extras=[
            (name, label, size(folder / name))
            for name, label in (
                ("datapackage.json", "datapackage.json (Frictionless)"),
                ("README.md", "README.md (data dictionary)"),
                ("validation/index.html", "validation report"),
                ("rejections.json", "rejections.json (files not read)"),
            )
            if (folder / name).is_file()
        ],
        dictionary=dictionary.entries(folder, counts),
        **sources_and_licences(folder),
    )
    path = folder / PAGE
    path.write_text(html, encoding="utf-8")
    return path
