"""A Rich progress display on a terminal; silence when stderr is piped."""

from __future__ import annotations

import sys
from types import TracebackType

import typer


class Progress:
    """Counts items; shows a live counter only when stderr is a terminal. ``log`` always prints."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._rich = None
        self._task = None

    def __enter__(self) -> Progress:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress as RichProgress
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._rich = RichProgress(
                SpinnerColumn(),
                TextColumn("{task.description} {task.completed} inputs"),
                TimeElapsedColumn(),
                transient=True,
                console=Console(stderr=True),
            )
            self._rich.__enter__()
            self._task = self._rich.add_task(self.label, total=None)
        return self

    def advance(self) -> None:
        if self._rich is not None:
            self._rich.advance(self._task)

    def log(self, message: str) -> None:
        if self._rich is not None:
            self._rich.console.print(message, markup=False, highlight=False)
        else:
            typer.echo(message, err=True)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._rich is not None:
            self._rich.__exit__(kind, exc, tb)
