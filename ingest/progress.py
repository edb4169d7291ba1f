"""Progress of a long ingest: a bar with the rate and the time left on a terminal, plain lines in a log.

A log (stderr not a terminal: a pipe, a file, CI) gets one line every ``LOG_EVERY_S`` seconds and one
at the end, never the bar's control characters.
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

LOG_EVERY_S = 10.0


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "-/s")


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class IngestProgress:
    """``advance(outcome)`` after each article; a context manager around the run."""

    def __init__(self, console: Console, total: int) -> None:
        self.console, self.total, self.done = console, total, 0
        self.terminal = console.is_terminal
        self.started = self.last_line = time.monotonic()
        self._bar: Progress | None = None

    def __enter__(self) -> IngestProgress:
        if self.terminal:
            self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                                 TimeRemainingColumn(), console=self.console)
            self._bar.__enter__()
            self._task = self._bar.add_task("ingesting", total=self.total or None)
        return self

    def advance(self, outcome) -> None:
        self.done += 1
        if self._bar is not None:
            name = (outcome.label or str(outcome.path)).rsplit("/", 1)[-1]
            self._bar.update(self._task, description=f"ingesting {name[:40]}", advance=1)
        elif time.monotonic() - self.last_line >= LOG_EVERY_S:
            self._line()

    def _line(self) -> None:
        self.last_line = time.monotonic()
        elapsed = max(self.last_line - self.started, 1e-6)
        rate = self.done / elapsed
        # a PDF page gives several articles: the total counts files, so it is only a floor
        total = max(self.total, self.done)
        left = f", about {_clock((total - self.done) / rate)} left" if rate and total > self.done else ""
        self.console.print(f"ingested {self.done}/{total} ({rate:.1f}/s{left})", highlight=False)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
        elif self.done:
            self._line()
