"""What the commands share: options declared once from settings, error reporting, output helpers."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, NoReturn

import typer

from .. import settings
from ..errors import SaysoError

S = settings.SETTINGS


def db_option() -> Any:
    s = S["db"]
    return typer.Option(s.default, "--db", envvar=s.env, help=s.help, show_default=True)


def workers_option() -> Any:
    s = S["workers"]
    return typer.Option(s.default, "--workers", "-j", envvar=s.env, help=s.help, show_default=True, min=0)


def ray_option() -> Any:
    s = S["ray"]
    return typer.Option(s.default, "--ray", envvar=s.env, help=s.help, metavar="ADDRESS")


def console() -> Any:
    """A Rich console on stdout: the terminal's width there, wide enough not to fold ids when piped."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=200)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``sayso: message`` on stderr and exit with ``code``."""
    typer.echo(f"sayso: {message}", err=True)
    raise typer.Exit(code)


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r}: expected a date as YYYY-MM-DD (e.g. {option} 2024-12-01)", 2)


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=_default, indent=2) + "\n")


def emit_jsonl(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=_default) + "\n")


def _default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def open_or_fail(url: str):  # type: ignore[no-untyped-def]
    from ..store import open_store

    try:
        return open_store(url)
    except SaysoError as exc:
        fail(str(exc))
