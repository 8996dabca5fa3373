"""``sayso serve``: the desk (web UI and JSON API) over a store."""

from __future__ import annotations

import typer

from .. import settings
from .common import db_option, fail, open_or_fail

S = settings.SETTINGS


def serve_command(
    db: str = db_option(),
    host: str = typer.Option(S["host"].default, "--host", envvar=S["host"].env, help=S["host"].help),
    port: int = typer.Option(S["port"].default, "--port", envvar=S["port"].env, help=S["port"].help),
) -> None:
    """Start the desk: map, timeline, threads, articles, sources, search and ingest, with a JSON API.

    Writes (ingest, outcomes) need SAYSO_TOKEN set; without it the desk is read-only.

    Example: sayso serve --db sayso.db --port 8000
    """
    import uvicorn

    from ..web import create_app

    store = open_or_fail(db)
    token, tile_url = settings.get("token"), settings.get("tile_url")
    app = create_app(store, token=token, tile_url=tile_url, max_body=int(settings.get("max_input_bytes") or 0))
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        typer.echo(f"sayso: serving on {host} (not only this machine); read-only without SAYSO_TOKEN", err=True)
    typer.echo(f"sayso desk on http://{host}:{port}/  (store {store.url}; writes {'on' if token else 'off'})")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
