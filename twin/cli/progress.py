"""Rich progress bars behind the plain `progress(stage, done, total)` callbacks of the pipelines."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

console = Console(stderr=True)


class RateColumn(ProgressColumn):
    """Units per second (points/s, buildings/s)."""

    def render(self, task: Task) -> Text:
        """The task's current speed, blank until rich has measured one."""
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f}/s", style="progress.data.speed")


class StageProgress:
    """One bar per stage, created when the stage first reports."""

    def __init__(self, progress: Progress) -> None:
        """Wrap a started rich Progress."""
        self._progress = progress
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        """Advance `stage` by `done` units out of `total`."""
        if stage not in self._tasks:
            self._tasks[stage] = self._progress.add_task(stage, total=total)
        self._progress.update(self._tasks[stage], advance=done, total=total)


@contextmanager
def progress_bars(enabled: bool = True) -> Iterator[StageProgress | Any]:
    """Progress bars on stderr, or a no-op callback when disabled (e.g. --quiet)."""
    if not enabled:
        yield lambda stage, done, total: None
        return
    with Progress(
        TextColumn("[bold]{task.description:<14}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        yield StageProgress(progress)
