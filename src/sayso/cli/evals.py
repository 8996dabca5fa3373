"""``sayso eval NAME --data DIR``: score a stage on a dev corpus and print a table."""

from __future__ import annotations

import importlib
from pathlib import Path

import typer

from .. import settings
from .common import emit_json, fail

app = typer.Typer(help="Score the stages on annotated corpora.", no_args_is_help=True)

#: eval name -> (module, corpus folder under SAYSO_DATA, what it scores)
EVALS = {
    "polnear": ("sayso.eval.polnear", "polnear", "statements on PolNeAR (attribution relations)"),
    "geo": ("sayso.eval.geo", "geowebnews", "places on GeoWebNews (toponyms with coordinates)"),
    "timex": ("sayso.eval.timex", "timebank", "times on TimeBank + AQUAINT (TIMEX3)"),
    "fakes": ("sayso.eval.fakes", "fa-kes", "events on FA-KES (fatalities, governorate, date, actor, cause)"),
    "politics": ("sayso.eval.politics", "polnear", "events found in political news (PolNeAR texts: false alarms)"),
    "stance": ("sayso.eval.stance", None, "stance on a headline-body corpus in the FNC-1 layout"),
}


def _run(name: str, data: Path | None, split: str, limit: int | None, as_json: bool) -> None:
    module_name, folder, _ = EVALS[name]
    if data is None:
        if folder is None:
            fail(f"eval {name}: --data DIR is required (a folder in the FNC-1 layout)", 2)
        data = Path(str(settings.get("data"))) / folder
    if not data.exists():
        fail(f"eval {name}: {data}: no such folder (give --data DIR or set SAYSO_DATA)", 2)
    module = importlib.import_module(module_name)
    metrics = module.evaluate(data, split=split, limit=limit)
    if as_json:
        emit_json(metrics)
    else:
        typer.echo(module.render(metrics))


def _make(name: str, help_text: str) -> None:
    def command(
        data: Path | None = typer.Option(None, "--data", help="Corpus folder (default: $SAYSO_DATA/<corpus>)."),
        split: str = typer.Option("dev", "--split", help="Corpus split, where the corpus has several."),
        limit: int | None = typer.Option(None, "--limit", help="Score only the first N documents."),
        as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    ) -> None:
        _run(name, data, split, limit, as_json)

    command.__doc__ = (
        f"Score {help_text}.\n\nExample: sayso eval {name} --data ../shared/data/{EVALS[name][1] or 'fnc1'}"
    )
    app.command(name)(command)


for _name, (_module, _folder, _help) in EVALS.items():
    _make(_name, _help)
