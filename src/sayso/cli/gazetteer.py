"""``sayso gazetteer load FILE``: add a GeoNames dump to the offline gazetteer."""

from __future__ import annotations

from pathlib import Path

import typer

from .common import fail

app = typer.Typer(help="The offline gazetteer.", no_args_is_help=True)


@app.command("load")
def load_command(
    path: Path = typer.Argument(..., help="A GeoNames dump: allCountries.txt, cities500.txt or a country file."),
    dest: Path | None = typer.Option(None, "--dest", help="Where to write the converted places (default: cache)."),
) -> None:
    """Import a GeoNames dump so its places are recognised and resolved from now on.

    Example: sayso gazetteer load SY.txt
    """
    from ..gazetteer.dump import load_geonames_dump

    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        count = load_geonames_dump(path, dest)
    except (OSError, ValueError) as exc:
        fail(f"{path}: {exc}")
    typer.echo(f"sayso: {count} places loaded from {path}", err=True)
