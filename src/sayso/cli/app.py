"""The Typer app and its sub-apps. Each command calls one library function."""

from __future__ import annotations

import logging

import typer

from . import articles, evals, gazetteer, links, reading, web

app = typer.Typer(
    name="sayso",
    help="Who says what happened, where and when — and who disputes it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-v, -vv)."),
) -> None:
    """sayso reads conflict news and records who says what happened, where and when."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


reading.register(app)
articles.register(app)
links.register(app)
web.register(app)
app.add_typer(evals.app, name="eval")
app.add_typer(gazetteer.app, name="gazetteer")


def main() -> None:
    app()
