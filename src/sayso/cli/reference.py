"""The CLI reference (``docs/cli.md``), generated from the commands and settings themselves.

Regenerate with ``python -m sayso.cli.reference > docs/cli.md``; a test fails when the file is stale.
"""

from __future__ import annotations

from typing import Any

import typer.main

from ..settings import SETTINGS


def _commands(group: Any, prefix: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    ctx = type(group).context_class(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None:
            continue
        path = f"{prefix} {name}"
        if hasattr(command, "list_commands"):
            out += _commands(command, path)
        else:
            out.append((path, command))
    return out


def all_commands() -> list[tuple[str, Any]]:
    """Every leaf command as (``sayso ...`` path, click command)."""
    from .app import app

    return _commands(typer.main.get_command(app), "sayso")


def cli_reference() -> str:
    lines = [
        "# sayso command-line reference",
        "",
        "Generated from the commands themselves (`python -m sayso.cli.reference > docs/cli.md`).",
        "",
        "## Settings",
        "",
        "Each setting has one declaration (`src/sayso/settings.py`) that drives its flag, its environment "
        "variable and this table.",
        "",
        "| setting | environment variable | default | meaning |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS.values():
        lines.append(f"| {s.name} | `{s.env}` | `{s.default}` | {s.help} |")
    lines.append("")
    for path, command in all_commands():
        lines += [f"## `{path}`", "", (command.help or "").strip(), ""]
        params = [p for p in command.params if p.name != "help"]
        if params:
            lines += ["| argument / option | meaning |", "|---|---|"]
            for p in params:
                names = (
                    ", ".join(f"`{o}`" for o in p.opts)
                    if getattr(p, "param_type_name", "") == "option"
                    else f"`{p.name.upper()}`"
                )
                lines.append(f"| {names} | {getattr(p, 'help', None) or ''} |")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(cli_reference(), end="")
