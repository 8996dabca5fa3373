"""``sayso extract`` and ``sayso ingest``: inputs in, records out (to stdout, or to the store)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .. import settings
from ..errors import SaysoError
from ..readers import FORMATS, BadInput, ReadOptions
from .common import db_option, emit_jsonl, fail, open_or_fail, parse_date, ray_option, workers_option
from .progress import Progress

PATHS = typer.Argument(..., help="Files, directories (walked recursively) or - for standard input.")
FORMAT = typer.Option("auto", "--format", help=f"Input format: {', '.join(FORMATS)}.")
PUBLISHED = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (anchor for relative dates).")
OUTLET = typer.Option(None, "--outlet", help="Outlet name for every input.")


def _options(fmt: str, published: str | None, outlet: str | None) -> ReadOptions:
    if fmt not in FORMATS:
        fail(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}", 2)
    return ReadOptions(
        fmt=fmt,
        published=parse_date(published, "--published"),
        outlet=outlet,
        max_bytes=int(settings.get("max_input_bytes") or 20_000_000),
    )


def extract_command(
    paths: list[str] = PATHS,
    fmt: str = FORMAT,
    published: str | None = PUBLISHED,
    outlet: str | None = OUTLET,
    workers: int = workers_option(),
    ray: str | None = ray_option(),
) -> None:
    """Print one JSON record per article (CONTRACT.md). Touches no database.

    Example: sayso extract article.txt --published 2024-12-01
    """
    from ..extraction import extract

    bad = 0
    try:
        for item in extract(paths, _options(fmt, published, outlet), workers=workers, ray=ray):
            if isinstance(item, BadInput):
                bad += 1
                typer.echo(f"sayso: {item}", err=True)
            else:
                emit_jsonl(item.to_dict())
                sys.stdout.flush()
    except SaysoError as exc:  # no Ray, or no cluster at the address
        fail(str(exc))
    raise typer.Exit(1 if bad else 0)


def ingest_command(
    paths: list[str] = PATHS,
    db: str = db_option(),
    fmt: str = FORMAT,
    published: str | None = PUBLISHED,
    outlet: str | None = OUTLET,
    workers: int = workers_option(),
    ray: str | None = ray_option(),
) -> None:
    """Extract and store articles; re-running adds only what is missing.

    Example: sayso ingest examples/ --db sqlite:///sayso.db
    """
    from ..ingestion import ingest

    store = open_or_fail(db)
    with Progress("ingesting") as progress:

        def on_item(item: object) -> None:
            progress.advance()
            if isinstance(item, BadInput):
                progress.log(f"sayso: {item}")

        try:
            report = ingest(paths, store, _options(fmt, published, outlet), on_item=on_item, workers=workers, ray=ray)
        except SaysoError as exc:
            fail(str(exc))
    summary = f"{len(report.added)} added, {report.already} already stored, {len(report.bad)} bad"
    typer.echo(f"sayso: {summary} ({store.url})", err=True)
    raise typer.Exit(0 if report.ok else 1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
    app.command("ingest")(ingest_command)


__all__ = ["Path", "register"]
