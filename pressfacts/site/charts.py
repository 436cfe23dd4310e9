"""Geometry of the page's two inline SVG charts; the templates draw them.

Bars by kind, and the dates mentioned by year: a linear year axis whose bars
widen (decades, centuries) when the dates span a long range, so the chart
never has too many bars.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_TIMELINE_BARS = 60
YEAR_BIN_WIDTHS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)


@dataclass(frozen=True)
class HBar:
    label: str
    count: int
    y: int
    width: float


@dataclass(frozen=True)
class HBarChart:
    bars: list[HBar]
    width: int = 400
    label_width: int = 84
    row_height: int = 28

    @property
    def height(self) -> int:
        return len(self.bars) * self.row_height


def hbar_chart(items: list[tuple[str, int]]) -> HBarChart:
    """Horizontal bars, one per (name, count), longest at the largest count."""
    chart = HBarChart(bars=[])
    top = max((count for _, count in items), default=0) or 1
    scale = (chart.width - chart.label_width - 44) / top
    for i, (label, count) in enumerate(items):
        width = max(count * scale, 1 if count else 0)
        chart.bars.append(HBar(label, count, i * chart.row_height, round(width, 1)))
    return chart


@dataclass
class YearBin:
    first: int  # first year in the bin
    last: int
    before: int = 0  # dates at or before the document's publication
    ahead: int = 0  # dates after it: plans, targets, deadlines

    @property
    def label(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}\u2013{self.last}"


def bin_width(first_year: int, last_year: int) -> int:
    """Years per bar: one year when it fits, wider when the dates span a long range."""
    span = last_year - first_year + 1
    for width in YEAR_BIN_WIDTHS:
        if span / width <= MAX_TIMELINE_BARS:
            return width
    return YEAR_BIN_WIDTHS[-1] * math.ceil(span / (MAX_TIMELINE_BARS * YEAR_BIN_WIDTHS[-1]))


def year_bins(counts: dict[tuple[int, bool], int]) -> list[YearBin]:
    """Bins covering every year from the earliest to the latest, empty ones
    included, so the time axis stays linear. `counts` maps (year, after
    publication) to a number of dates."""
    years = [year for year, _ in counts]
    width = bin_width(min(years), max(years))
    origin = min(years) - min(years) % width
    n = (max(years) - origin) // width + 1
    bins = [YearBin(origin + i * width, origin + (i + 1) * width - 1) for i in range(n)]
    for (year, ahead), count in counts.items():
        b = bins[(year - origin) // width]
        if ahead:
            b.ahead += count
        else:
            b.before += count
    return bins


def tick_step(bins: list[YearBin]) -> int:
    """Label round years only (every 5, 10, 50, ... years), about a dozen labels at most."""
    width = bins[0].last - bins[0].first + 1
    span = len(bins) * width
    for step in (*YEAR_BIN_WIDTHS, 2000, 5000):
        if step % width == 0 and span / step <= 12:
            return step
    return width * math.ceil(len(bins) / 12)


@dataclass(frozen=True)
class Column:
    bin: YearBin
    x: float
    before_y: float
    before_h: float
    ahead_y: float
    ahead_h: float
    tick: bool

    @property
    def total(self) -> int:
        return self.bin.before + self.bin.ahead


@dataclass(frozen=True)
class TimelineChart:
    columns: list[Column]
    top: int
    bar_width: float
    width: int = 1000
    height: int = 240
    left: int = 36
    right: int = 18
    bottom: int = 28
    top_pad: int = 14


def timeline_chart(bins: list[YearBin]) -> TimelineChart:
    """Vertical stacked bars (up to publication, after it) over a linear year axis."""
    frame = TimelineChart(columns=[], top=0, bar_width=0)
    plot_h = frame.height - frame.bottom - frame.top_pad
    top = max(b.before + b.ahead for b in bins) or 1
    slot = (frame.width - frame.left - frame.right) / len(bins)
    bar_w = max(slot * 0.78, 1)
    step = tick_step(bins)
    columns = []
    for i, b in enumerate(bins):
        x = frame.left + i * slot + (slot - bar_w) / 2
        h_before, h_ahead = b.before / top * plot_h, b.ahead / top * plot_h
        y = frame.height - frame.bottom - h_before
        columns.append(
            Column(
                b,
                round(x, 1),
                round(y, 1),
                round(h_before, 1),
                round(y - h_ahead, 1),
                round(h_ahead, 1),
                b.first % step == 0,
            )
        )
    return TimelineChart(columns=columns, top=top, bar_width=round(bar_w, 1))
