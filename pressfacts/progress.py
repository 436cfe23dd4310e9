"""A progress bar for long runs, shown only to a person at a terminal.

Scheduled runs and CI write logs, not bars: when standard error is not a
terminal the bar is a no-op, and nothing is ever printed per document.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class DocumentsPerSecond(TextColumn):
    def __init__(self) -> None:
        super().__init__("")

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "")


class _Silent:
    def advance(self, n: int) -> None:
        pass


@contextmanager
def document_progress(
    total: int, description: str = "extracting", console: Console | None = None
) -> Iterator:
    """Yields an object whose `advance(n)` reports n more documents done."""
    console = console or Console(stderr=True)
    if not console.is_terminal or total == 0:
        yield _Silent()
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        DocumentsPerSecond(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(description, total=total)

        class _Bar:
            def advance(self, n: int) -> None:
                progress.advance(task, n)

        yield _Bar()
