"""The release's `index.html`: a page a person can open without any tool.

Everything is inline (CSS and SVG charts, no script, no font or stylesheet
from elsewhere), so the page works offline, from a `file://` URL or from any
static host. Every string that comes from the data goes through `esc`: the
raw press releases are untrusted text.

Each section of the page is built by one small function that returns HTML;
`write_site` only puts them in order.
"""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pycountry

from pressfacts import __version__
from pressfacts.schema import STAT_KINDS, TABLES

PAGE = "index.html"
TOP_PARTICIPANTS = 15
TOP_COUNTRIES = 12
NEWEST_DOCUMENTS = 20
MAX_TIMELINE_BARS = 60
YEAR_BIN_WIDTHS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
FRIENDLY_TYPES = {
    pa.string(): "text",
    pa.int32(): "integer",
    pa.int64(): "integer",
    pa.float64(): "number",
    pa.date32(): "date",
    pa.bool_(): "boolean",
}


def esc(value: object) -> str:
    """HTML-escape anything shown on the page; None shows as nothing."""
    return "" if value is None else html.escape(str(value), quote=True)


def number(n: int | float) -> str:
    return f"{n:,}"


# Long texts the page never shows: left on disk when the page reads a release.
UNSHOWN_COLUMNS = {"text", "sentence"}


def read_tables(folder: Path) -> dict[str, pa.Table]:
    """A release's tables as the page needs them, without the long texts."""
    return {
        name: pq.read_table(
            folder / f"{name}.parquet",
            columns=[c.name for c in table.columns if c.name not in UNSHOWN_COLUMNS],
        )
        for name, table in TABLES.items()
    }


def write_site(
    folder: Path,
    tables: dict[str, pa.Table],
    release_id: str,
    created: str,
    validation_summary: dict,
) -> Path:
    """Write `folder/index.html` for a release and return its path.

    Call it after the data files, `datapackage.json` and `README.md` are in
    `folder`, so the file list can show their sizes.
    """
    body = "\n".join(
        [
            header_section(tables["documents"], release_id, created),
            '<main class="wrap">',
            counts_section(tables),
            '<div class="grid two">',
            statistics_section(tables["statistics"]),
            validation_section(validation_summary),
            "</div>",
            timeline_section(tables["dates"], tables["documents"]),
            '<div class="grid wide">',
            participants_section(tables["participants"]),
            countries_section(tables["participants"]),
            "</div>",
            documents_section(tables),
            files_section(folder, tables),
            dictionary_section(),
            "</main>",
            footer_section(),
        ]
    )
    path = folder / PAGE
    path.write_text(page(f"pressfacts release {release_id}", body), encoding="utf-8")
    return path


# --- page frame ---------------------------------------------------------------------------

CSS = """
:root {
  --bg: #f6f6f3; --card: #ffffff; --ink: #1d2430; --muted: #5f6b7a; --line: #e3e3de;
  --accent: #0f766e; --accent-soft: #d7ece9; --ahead: #c2410c; --ok: #15803d; --bad: #b91c1c;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14181f; --card: #1c222b; --ink: #e6e9ee; --muted: #9aa5b4; --line: #2c3440;
    --accent: #2dd4bf; --accent-soft: #17403c; --ahead: #fb923c; --ok: #4ade80; --bad: #f87171;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", sans-serif;
}
a { color: var(--accent); text-underline-offset: 2px; }
code { font-family: var(--mono); font-size: .86em; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 20px; }
header.top { background: var(--card); border-bottom: 1px solid var(--line); }
header.top .wrap { padding-top: 36px; padding-bottom: 28px; }
.eyebrow { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .08em;
  text-transform: uppercase; font-size: .78rem; }
h1 { margin: .25rem 0 .5rem; font-size: clamp(1.6rem, 3.4vw, 2.3rem); line-height: 1.2;
  letter-spacing: -.01em; }
h1 code { font-size: .8em; color: var(--muted); font-weight: 500; }
.lede { margin: 0; color: var(--muted); max-width: 46rem; }
nav.sections { margin-top: 18px; display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: .92rem; }
nav.sections a { text-decoration: none; }
nav.sections a:hover { text-decoration: underline; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 20px 22px; margin: 20px 0; min-width: 0; }
.grid { display: grid; gap: 20px; margin: 20px 0; }
.grid > section { margin: 0; }
.grid.two { grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); }
.grid.wide { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
@media (max-width: 900px) { .grid.wide { grid-template-columns: minmax(0, 1fr); } }
h2 { margin: 0 0 .2rem; font-size: 1.15rem; }
h3 { margin: 1.2rem 0 .3rem; font-size: 1rem; }
.note { margin: 0 0 14px; color: var(--muted); font-size: .9rem; }
.cards { display: grid; gap: 14px; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
  background: none; border: 0; padding: 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 16px 18px; }
.card .n { display: block; font-size: 2rem; font-weight: 650; line-height: 1.1;
  font-variant-numeric: tabular-nums; }
.card .label { color: var(--muted); font-size: .9rem; }
table { width: 100%; border-collapse: collapse; font-size: .92rem; }
th, td { text-align: left; padding: 7px 10px 7px 0; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: .8rem; text-transform: uppercase;
  letter-spacing: .04em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr:last-child td { border-bottom: 0; }
.scroll { overflow-x: auto; }
td.name { min-width: 10.5rem; font-weight: 500; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.meter { display: block; height: 6px; border-radius: 3px; background: var(--accent-soft);
  margin-top: 5px; }
.meter > span { display: block; height: 100%; border-radius: 3px; background: var(--accent); }
.status { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 600;
  font-size: .85rem; }
.status.ok { color: var(--ok); border: 1px solid var(--ok); }
.status.bad { color: var(--bad); border: 1px solid var(--bad); }
.verdict { font-size: 1.05rem; margin: 8px 0 14px; }
svg { display: block; width: 100%; height: auto; }
svg text { fill: var(--muted); font: 12px system-ui, -apple-system, "Segoe UI", sans-serif; }
svg text.value { fill: var(--ink); font-weight: 600; }
svg .bar { fill: var(--accent); }
svg .bar.ahead { fill: var(--ahead); }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 3 4; }
.legend { display: flex; gap: 18px; font-size: .85rem; color: var(--muted); margin-top: 6px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px;
  margin-right: 6px; background: var(--accent); }
.legend i.ahead { background: var(--ahead); }
ul.files { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-wrap: wrap;
  gap: 8px 22px; }
details { border-top: 1px solid var(--line); padding: 6px 0; }
details:first-of-type { border-top: 0; }
summary { cursor: pointer; font-weight: 600; padding: 6px 0; }
summary .muted { font-weight: 400; }
.allowed { color: var(--muted); font-size: .85rem; }
footer { color: var(--muted); font-size: .85rem; padding: 10px 0 40px; }
@media (max-width: 600px) {
  section { padding: 16px; }
  .hide-small { display: none; }
}
"""


def page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def header_section(documents: pa.Table, release_id: str, created: str) -> str:
    """Title, release id and what the release covers, in one sentence."""
    published = [d for d in documents.column("published_date").to_pylist() if d is not None]
    n = documents.num_rows
    span = ""
    if published:
        first, last = min(published), max(published)
        span = (
            f" published {esc(first)}"
            if first == last
            else f" published {esc(first)} to {esc(last)}"
        )
    nav = "".join(
        f'<a href="#{anchor}">{label}</a>'
        for anchor, label in (
            ("counts", "Overview"),
            ("statistics", "Statistics"),
            ("validation", "Validation"),
            ("timeline", "Timeline"),
            ("participants", "Participants"),
            ("documents", "Documents"),
            ("files", "Download"),
            ("dictionary", "Data dictionary"),
        )
    )
    return f"""<header class="top"><div class="wrap">
<p class="eyebrow">pressfacts open dataset</p>
<h1>Facts from {number(n)} press release{"s" if n != 1 else ""}
<code>release {esc(release_id)}</code></h1>
<p class="lede">The figures, dates and people stated in government press releases{span},
extracted and validated by pressfacts {esc(__version__)}. Created {esc(when(created))}.</p>
<nav class="sections">{nav}</nav>
</div></header>"""


def when(created: str) -> str:
    """'2025-01-28T09:14:03+00:00' as '2025-01-28 09:14 UTC'; anything else as given."""
    try:
        moment = datetime.fromisoformat(created)
    except ValueError:
        return created
    if moment.utcoffset() is not None:
        moment = moment.astimezone(UTC)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")


def footer_section() -> str:
    return (
        '<footer class="wrap">Generated by pressfacts '
        f"{esc(__version__)}. Licence CC-BY-4.0. This page needs no network connection.</footer>"
    )


# --- counts and validation ----------------------------------------------------------------


def counts_section(tables: dict[str, pa.Table]) -> str:
    cards = "".join(
        f'<div class="card"><span class="n">{number(tables[name].num_rows)}</span>'
        f'<span class="label">{esc(name)}</span></div>'
        for name in TABLES
    )
    return f'<section id="counts" class="cards" aria-label="Rows per table">{cards}</section>'


def validation_section(summary: dict) -> str:
    """The verdict of the expectation suites, with the full report one click away."""
    suites = summary.get("suites", {})
    evaluated = sum(s.get("evaluated", 0) for s in suites.values())
    successful = sum(s.get("successful", 0) for s in suites.values())
    ok = bool(summary.get("success"))
    verdict = (
        f'<span class="status ok">passed</span> every expectation met '
        f"({number(successful)} of {number(evaluated)})"
        if ok
        else f'<span class="status bad">failed</span> {number(evaluated - successful)} of '
        f"{number(evaluated)} expectations not met"
    )
    rows = []
    for name, suite in suites.items():
        good = suite.get("success")
        status = (
            '<span class="status ok">ok</span>'
            if good
            else '<span class="status bad">failed</span>'
        )
        rows.append(
            f"<tr><td>{esc(name)}</td><td class='num'>{number(suite.get('successful', 0))} / "
            f"{number(suite.get('evaluated', 0))}</td><td>{status}</td></tr>"
        )
        for failed in suite.get("failed", []):
            column = f" <code>{esc(failed.get('column'))}</code>" if failed.get("column") else ""
            rows.append(
                f"<tr><td colspan='3' class='muted'>&#8627;{column} "
                f"{esc(failed.get('expectation', ''))}</td></tr>"
            )
    return f"""<section id="validation">
<h2>Validation</h2>
<p class="note">Great Expectations suites: schema, vocabularies, ISO codes, offsets.</p>
<p class="verdict">{verdict}</p>
<table><thead><tr><th>suite</th><th class="num">met</th><th>status</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p><a href="validation/index.html">Open the full validation report</a></p>
</section>"""


# --- statistics -------------------------------------------------------------------------


def hbar_chart(items: list[tuple[str, int]], label: str) -> str:
    """Horizontal bars, one per (name, count); names are escaped here."""
    if not items:
        return '<p class="muted">No rows.</p>'
    width, label_w, row_h, value_w = 400, 84, 28, 44
    top = max(count for _, count in items) or 1
    scale = (width - label_w - value_w) / top
    parts = []
    for i, (name, count) in enumerate(items):
        y = i * row_h
        bar_w = max(count * scale, 1 if count else 0)
        parts.append(
            f"<g><title>{esc(name)}: {number(count)}</title>"
            f'<text x="{label_w - 10}" y="{y + 19}" text-anchor="end">{esc(name)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 6}" width="{bar_w:.1f}" height="18" rx="3"/>'
            f'<text class="value" x="{label_w + bar_w + 6:.1f}" y="{y + 19}">{number(count)}</text>'
            "</g>"
        )
    height = len(items) * row_h
    return (
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{esc(label)}">'
        f"{''.join(parts)}</svg>"
    )


def currencies(statistics: pa.Table) -> str:
    """Which currencies the money figures are in: one line under the chart."""
    rows = statistics.select(["kind", "unit"]).to_pylist()
    units = Counter(r["unit"] or "no currency" for r in rows if r["kind"] == "money")
    if not units:
        return ""
    listed = " &middot; ".join(
        f"<strong>{esc(unit)}</strong> {number(n)}" for unit, n in units.most_common()
    )
    return f'<p class="note">Money figures by currency: {listed}</p>'


def statistics_section(statistics: pa.Table) -> str:
    counts = Counter(statistics.column("kind").to_pylist())
    kinds = [(kind, counts.get(kind, 0)) for kind in STAT_KINDS]
    kinds += [(kind, n) for kind, n in counts.items() if kind not in STAT_KINDS]
    return f"""<section id="statistics">
<h2>Statistics by kind</h2>
<p class="note">{number(statistics.num_rows)} figures stated in the releases: amounts of money,
shares, counts, multipliers, ranks and measures.</p>
{hbar_chart(kinds, "Number of statistics by kind")}
{currencies(statistics)}
</section>"""


# --- timeline ---------------------------------------------------------------------------


@dataclass
class YearBin:
    first: int  # first year in the bin
    last: int
    before: int = 0  # dates at or before the document's publication
    ahead: int = 0  # dates after it: plans, targets, deadlines


def bin_width(first_year: int, last_year: int) -> int:
    """Years per bar: one year when it fits, wider (decades, centuries) when the
    mentioned dates span a long range, so the chart never has too many bars."""
    span = last_year - first_year + 1
    for width in YEAR_BIN_WIDTHS:
        if span / width <= MAX_TIMELINE_BARS:
            return width
    return YEAR_BIN_WIDTHS[-1] * math.ceil(span / (MAX_TIMELINE_BARS * YEAR_BIN_WIDTHS[-1]))


def year_bins(dated: list[tuple[date, date | None]]) -> list[YearBin]:
    """Bins covering every year from the earliest to the latest mentioned date,
    empty ones included, so the time axis stays linear."""
    years = [start.year for start, _ in dated]
    width = bin_width(min(years), max(years))
    origin = min(years) - min(years) % width
    count = (max(years) - origin) // width + 1
    bins = [YearBin(origin + i * width, origin + (i + 1) * width - 1) for i in range(count)]
    for start, published in dated:
        b = bins[(start.year - origin) // width]
        if published is not None and start > published:
            b.ahead += 1
        else:
            b.before += 1
    return bins


def bin_label(b: YearBin) -> str:
    return str(b.first) if b.first == b.last else f"{b.first}\u2013{b.last}"


def tick_step(bins: list[YearBin]) -> int:
    """Label round years only (every 5, 10, 50, ... years), about a dozen labels at most."""
    width = bins[0].last - bins[0].first + 1
    span = len(bins) * width
    for step in (*YEAR_BIN_WIDTHS, 2000, 5000):
        if step % width == 0 and span / step <= 12:
            return step
    return width * math.ceil(len(bins) / 12)


def timeline_chart(bins: list[YearBin]) -> str:
    """Vertical stacked bars over a linear year axis, about a dozen labelled ticks."""
    width, height, left, right, bottom, top_pad = 1000, 240, 36, 18, 28, 14
    plot_h = height - bottom - top_pad
    top = max(b.before + b.ahead for b in bins) or 1
    slot = (width - left - right) / len(bins)
    bar_w = max(slot * 0.78, 1)
    step = tick_step(bins)
    parts = [
        f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - right}" '
        f'y2="{height - bottom}"/>',
        f'<line class="grid" x1="{left}" y1="{top_pad}" x2="{width - right}" y2="{top_pad}"/>',
        f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{number(top)}</text>',
        f'<text x="{left - 6}" y="{height - bottom + 4}" text-anchor="end">0</text>',
    ]
    for i, b in enumerate(bins):
        x = left + i * slot + (slot - bar_w) / 2
        total = b.before + b.ahead
        if total:
            h_before = b.before / top * plot_h
            h_ahead = b.ahead / top * plot_h
            y = height - bottom - h_before
            tip = f"{bin_label(b)}: {number(total)} date{'s' if total != 1 else ''}"
            if b.ahead:
                tip += f" ({number(b.ahead)} after publication)"
            parts.append(
                f"<g><title>{esc(tip)}</title>"
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{h_before:.1f}"/>'
                f'<rect class="bar ahead" x="{x:.1f}" y="{y - h_ahead:.1f}" width="{bar_w:.1f}" '
                f'height="{h_ahead:.1f}"/></g>'
            )
        if b.first % step == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle">'
                f"{b.first}</text>"
            )
    return (
        f'<svg viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Dates mentioned, by year">{"".join(parts)}</svg>'
    )


def timeline_section(dates: pa.Table, documents: pa.Table) -> str:
    """When the releases point to: every DATE with a calendar start, by year."""
    published = dict(
        zip(
            documents.column("doc_id").to_pylist(),
            documents.column("published_date").to_pylist(),
            strict=True,
        )
    )
    dated = [
        (row["start_date"], published.get(row["doc_id"]))
        for row in dates.select(["doc_id", "type", "start_date"]).to_pylist()
        if row["type"] == "DATE" and row["start_date"] is not None
    ]
    if not dated:
        chart, note = '<p class="muted">No calendar dates in this release.</p>', ""
    else:
        bins = year_bins(dated)
        years = bins[0].last - bins[0].first + 1
        per_bar = "one year" if years == 1 else f"{years} years"
        first = min(d for d, _ in dated).year
        last = max(d for d, _ in dated).year
        note = (
            f"{number(len(dated))} dates with a calendar start, from {first} to {last}; "
            f"each bar is {per_bar}."
        )
        chart = timeline_chart(bins) + (
            '<div class="legend"><span><i></i>up to publication</span>'
            '<span><i class="ahead"></i>after publication: plans, targets, deadlines</span></div>'
        )
    return f"""<section id="timeline">
<h2>Timeline of the dates mentioned</h2>
<p class="note">{note}</p>
{chart}
</section>"""


# --- participants and countries -----------------------------------------------------------


@dataclass
class Person:
    participant_id: str
    name: str
    role: str | None
    country: str | None
    documents: int
    mentions: int


def most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def people(participants: pa.Table) -> list[Person]:
    """One Person per participant_id, the most frequent person first."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in participants.to_pylist():
        groups[row["participant_id"]].append(row)
    found = [
        Person(
            participant_id=pid,
            name=most_common([r["name"] for r in rows]) or "",
            role=most_common([r["role"] for r in rows]),
            country=most_common([r["country"] for r in rows]),
            documents=len({r["doc_id"] for r in rows}),
            mentions=sum(r["n_mentions"] or 0 for r in rows),
        )
        for pid, rows in groups.items()
    ]
    return sorted(found, key=lambda p: (-p.documents, -p.mentions, p.name))


def country_name(code: str) -> str:
    try:
        country = pycountry.countries.get(alpha_3=code)
    except (KeyError, LookupError):
        country = None
    return country.name if country else code


def participants_section(participants: pa.Table) -> str:
    everyone = people(participants)
    rows = "".join(
        f"<tr><td class='name'>{esc(p.name)}</td><td>{esc(p.role or '')}</td>"
        f"<td><abbr title='{esc(country_name(p.country) if p.country else '')}'>"
        f"{esc(p.country or '')}</abbr></td>"
        f"<td class='num'>{number(p.documents)}</td>"
        f"<td class='num hide-small'>{number(p.mentions)}</td></tr>"
        for p in everyone[:TOP_PARTICIPANTS]
    )
    if not rows:
        rows = "<tr><td colspan='5' class='muted'>No participants in this release.</td></tr>"
    return f"""<section id="participants">
<h2>Most frequent participants</h2>
<p class="note">{number(len(everyone))} people; the same <code>participant_id</code> joins one
person across documents.</p>
<div class="scroll"><table>
<thead><tr><th>name</th><th>role</th><th>country</th><th class="num">documents</th>
<th class="num hide-small">mentions</th></tr></thead>
<tbody>{rows}</tbody></table></div>
</section>"""


def countries_section(participants: pa.Table) -> str:
    """Countries the participants represent, by number of people."""
    persons: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, set[str]] = defaultdict(set)
    for row in participants.select(["participant_id", "doc_id", "country"]).to_pylist():
        if row["country"]:
            persons[row["country"]].add(row["participant_id"])
            documents[row["country"]].add(row["doc_id"])
    ranked = sorted(persons, key=lambda c: (-len(persons[c]), -len(documents[c]), c))
    top = len(persons[ranked[0]]) if ranked else 1
    rows = "".join(
        f"<tr><td>{esc(country_name(code))} <span class='muted'>{esc(code)}</span>"
        f"<span class='meter'><span style='width:{100 * len(persons[code]) / top:.0f}%'>"
        f"</span></span></td>"
        f"<td class='num'>{number(len(persons[code]))}</td>"
        f"<td class='num'>{number(len(documents[code]))}</td></tr>"
        for code in ranked[:TOP_COUNTRIES]
    )
    if not rows:
        rows = "<tr><td colspan='3' class='muted'>No countries in this release.</td></tr>"
    return f"""<section id="countries">
<h2>Countries</h2>
<p class="note">Countries the participants represent (ISO 3166-1 alpha-3).</p>
<table><thead><tr><th>country</th><th class="num">people</th><th class="num">documents</th></tr>
</thead><tbody>{rows}</tbody></table>
</section>"""


# --- documents, files, dictionary ---------------------------------------------------------


def documents_section(tables: dict[str, pa.Table]) -> str:
    """The newest documents, with how many facts each one gave."""
    per_doc = {
        name: Counter(tables[name].column("doc_id").to_pylist())
        for name in ("statistics", "dates", "participants")
    }
    docs = tables["documents"].select(["doc_id", "title", "published_date"]).to_pylist()
    docs.sort(key=lambda d: (d["published_date"] or date.min, d["title"]), reverse=True)
    rows = "".join(
        f"<tr><td class='num'>{esc(d['published_date'])}</td><td>{esc(d['title'])}</td>"
        + "".join(
            f"<td class='num hide-small'>{number(per_doc[name][d['doc_id']])}</td>"
            for name in per_doc
        )
        + "</tr>"
        for d in docs[:NEWEST_DOCUMENTS]
    )
    shown = (
        f"The {NEWEST_DOCUMENTS} newest of {number(len(docs))} documents."
        if len(docs) > NEWEST_DOCUMENTS
        else f"All {number(len(docs))} documents, newest first."
    )
    return f"""<section id="documents">
<h2>Documents</h2>
<p class="note">{shown}</p>
<div class="scroll"><table>
<thead><tr><th class="num">published</th><th>title</th><th class="num hide-small">statistics</th>
<th class="num hide-small">dates</th><th class="num hide-small">participants</th></tr></thead>
<tbody>{rows}</tbody></table></div>
</section>"""


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


def file_link(folder: Path, name: str, label: str) -> str:
    where = size(folder / name)
    extra = f' <span class="muted">{where}</span>' if where else ""
    return f'<a href="{esc(name)}">{esc(label)}</a>{extra}'


def files_section(folder: Path, tables: dict[str, pa.Table]) -> str:
    rows = "".join(
        f"<tr><td><strong>{esc(name)}</strong><br><span class='muted'>{esc(table.description)}"
        f"</span></td><td class='num'>{number(tables[name].num_rows)}</td>"
        f"<td class='nowrap'>{file_link(folder, f'{name}.parquet', 'Parquet')}</td>"
        f"<td class='nowrap'>{file_link(folder, f'{name}.csv', 'CSV')}</td></tr>"
        for name, table in TABLES.items()
    )
    extras = [
        ("datapackage.json", "datapackage.json (Frictionless)"),
        ("README.md", "README.md (data dictionary)"),
        ("validation/index.html", "validation report"),
    ]
    if (folder / "rejections.json").is_file():
        extras.append(("rejections.json", "rejections.json (files not read)"))
    links = "".join(f"<li>{file_link(folder, name, label)}</li>" for name, label in extras)
    return f"""<section id="files">
<h2>Download</h2>
<p class="note">Parquet keeps the exact types; CSV is UTF-8 with a header row, and text cells a
spreadsheet would run as a formula start with an apostrophe.</p>
<div class="scroll"><table>
<thead><tr><th>table</th><th class="num">rows</th><th>Parquet</th><th>CSV</th></tr></thead>
<tbody>{rows}</tbody></table></div>
<ul class="files">{links}</ul>
</section>"""


def dictionary_section() -> str:
    """Every column of every table, from the one contract in pressfacts.schema."""
    blocks = []
    for name, table in TABLES.items():
        rows = []
        for c in table.columns:
            allowed = (
                f"<br><span class='allowed'>One of: {esc(', '.join(c.allowed))}</span>"
                if c.allowed
                else ""
            )
            friendly = FRIENDLY_TYPES.get(c.type, str(c.type))
            rows.append(
                f"<tr><td><code>{esc(c.name)}</code></td>"
                f"<td>{esc(friendly)}<br><code class='muted'>{esc(c.type)}</code></td>"
                f"<td>{'yes' if not c.nullable else 'no'}</td>"
                f"<td>{esc(c.description)}{allowed}</td><td><code>{esc(c.example)}</code></td></tr>"
            )
        blocks.append(
            f"<details open><summary>{esc(name)} "
            f"<span class='muted'>&middot; {len(table.columns)} columns &middot; key "
            f"{esc(', '.join(table.primary_key))}</span></summary>"
            f"<p class='note'>{esc(table.description)}</p><div class='scroll'><table>"
            "<thead><tr><th>column</th><th>type</th><th>required</th><th>meaning</th>"
            f"<th>example</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div></details>"
        )
    return f"""<section id="dictionary">
<h2>Data dictionary</h2>
<p class="note">What every column means; also in <a href="README.md">README.md</a> and
<a href="datapackage.json">datapackage.json</a>.</p>
{"".join(blocks)}
</section>"""
