"""The desk's FastAPI app: pages with JSON twins, the JSON API, one error shape, defence in depth.

``create_app(store, token=..., tile_url=..., max_body=...)`` builds the app; ``sayso serve`` runs it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException

from ..errors import ConfigError, NotFound, SaysoError
from ..store import Store
from .http import ApiError, error_response

if TYPE_CHECKING:  # spaCy (and torch, through thinc) load with the pipeline, not with the desk
    from spacy.language import Language

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
STATIC, TEMPLATES = HERE / "static", HERE / "templates"
DEFAULT_MAX_BODY = 2_000_000


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large: the limit is {limit:,} bytes")


class Guard:
    """ASGI middleware: refuse bodies over ``max_body`` bytes; add the security headers to every answer."""

    def __init__(self, app: Any, max_body: int, csp: str) -> None:
        self.app, self.max_body = app, max_body
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_body:
            message = BodyTooLarge(self.max_body).detail
            await error_response(413, message)(scope, receive, self._send_with_headers(send))
            return
        received = 0

        async def limited() -> dict:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise BodyTooLarge(self.max_body)
            return message

        await self.app(scope, limited, self._send_with_headers(send))

    def _send_with_headers(self, send: Any) -> Any:
        async def wrapped(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        return wrapped


def content_security_policy(tile_url: str | None) -> str:
    """Scripts, styles and data from this server only; images also from the tile server, if one is set."""
    images = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "x"))
        host = parts.netloc.replace("x.", "*.", 1) if "{s}." in tile_url else parts.netloc
        images += f" {parts.scheme}://{host}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'"
    )


def wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api/", "/static/")) or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def create_app(
    store: Store,
    *,
    token: str | None = None,
    tile_url: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    nlp: Language | None = None,
) -> FastAPI:
    """The desk over ``store``. Writes need ``Authorization: Bearer <token>``; no token, no writes.

    ``nlp`` is the pipeline for ``/api/extract`` and the ingest page (loaded on first use if None).
    """
    from . import routes_api, routes_pages

    app = FastAPI(
        title="sayso desk",
        summary="Who says what happened, where and when — and who disputes it.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store, app.state.token, app.state.tile_url = store, token or None, tile_url or None
    app.state.max_body = max_body
    app.state.nlp, app.state.nlp_lock = nlp, threading.Lock()
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    app.state.templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    _install_error_handlers(app)
    app.add_middleware(Guard, max_body=max_body, csp=content_security_policy(app.state.tile_url))
    return app


def pipeline(request: Request) -> Language:
    """The app's spaCy pipeline, loaded once on first use."""
    state = request.app.state
    if state.nlp is None:
        from ..nlp.pipeline import load_pipeline

        state.nlp = load_pipeline()
    return state.nlp


def _install_error_handlers(app: FastAPI) -> None:
    def answer(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        if wants_html(request):
            body = request.app.state.templates.get_template("error.html").render(
                v={"page": "error", "status": status, "error": message}, request=request
            )
            return HTMLResponse(body, status_code=status, headers=headers)
        return error_response(status, message, headers)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        if exc.status_code == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
        return answer(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return answer(request, 422, "; ".join(problems) or "invalid request")

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> Response:
        return answer(request, exc.status, exc.message, exc.headers)

    @app.exception_handler(SaysoError)
    async def _sayso(request: Request, exc: SaysoError) -> Response:
        status = 404 if isinstance(exc, NotFound) else 422 if isinstance(exc, ConfigError) else 500
        if status == 500:
            log.error("store error on %s: %s", request.url.path, exc)
        return answer(request, status, str(exc) if status != 500 else "the store could not answer")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(500, "internal error (see the server log)")
