"""The pages. Each route answers HTML, or its JSON twin when the path ends in ``.json``; both come from
the same view data. (The ``.json`` route is registered first so ``/threads/12.json`` is not read as an id.)"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from .app import pipeline
from .http import ApiError, Page, json_response
from .views.article import article_view
from .views.filters import FilterParams, filter_params
from .views.ingest import extract_records, ingest_view
from .views.map import map_view
from .views.search import search_view
from .views.sources import claims_view, track_view
from .views.threads import thread_view, threads_view
from .views.timeline import timeline_view

router = APIRouter(tags=["pages"])
NAV = (
    ("map", "/", "Map"),
    ("timeline", "/timeline", "Timeline"),
    ("threads", "/threads", "Threads"),
    ("sources", "/sources", "Sources"),
    ("speakers", "/speakers", "Speakers"),
    ("search", "/search", "Search"),
    ("ingest", "/ingest", "Ingest"),
)


def respond(request: Request, template: str, data: dict[str, Any], page: Page | None = None) -> Response:
    """The view data as JSON (``.json`` paths) or rendered into ``template``; paged when ``page`` is given."""
    if page is not None:
        data = page.wrap(request, data.pop("rows"), **data)
    path = request.url.path
    if path.endswith(".json"):
        return json_response(request, data)
    twin = ("/map" if path == "/" else path) + ".json" + (f"?{request.url.query}" if request.url.query else "")
    return request.app.state.templates.TemplateResponse(
        request, template, {"v": data, "nav": NAV, "json_url": twin, "writes": bool(request.app.state.token)}
    )


def _store(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.store


@router.get("/map", include_in_schema=False)
@router.get("/", include_in_schema=False)
@router.get("/map.json", summary="Map: markers or clusters for the filter")
def map_page(
    request: Request,
    params: FilterParams = Depends(filter_params),
    zoom: int = Query(5, ge=0, le=18, description="Map zoom (sets the cluster grid)."),
) -> Response:
    data = map_view(_store(request), params, zoom=zoom, tile_url=request.app.state.tile_url)
    return respond(request, "map.html", data)


@router.get("/timeline", include_in_schema=False)
@router.get("/timeline.json", summary="Timeline: events and statements per day, thread lanes")
def timeline_page(request: Request, params: FilterParams = Depends(filter_params)) -> Response:
    return respond(request, "timeline.html", timeline_view(_store(request), params))


@router.get("/threads", include_in_schema=False)
@router.get("/threads.json", summary="Threads, contested first")
def threads_page(
    request: Request,
    page: Page = Depends(),
    contested: bool = False,
    country: str | None = Query(None, max_length=2),
) -> Response:
    data = threads_view(
        _store(request), contested_only=contested, country=country, limit=page.limit, offset=page.offset
    )
    return respond(request, "threads.html", data, page)


@router.get("/threads/{thread_id}", include_in_schema=False)
@router.get("/threads/{thread_id}.json", summary="One thread with every member's claim")
def thread_page(request: Request, thread_id: int) -> Response:
    return respond(request, "thread.html", thread_view(_store(request), thread_id))


@router.get("/articles/{article_id}", include_in_schema=False)
@router.get("/articles/{article_id}.json", summary="One article with its findings as highlight segments")
def article_page(request: Request, article_id: str) -> Response:
    return respond(request, "article.html", article_view(_store(request), article_id))


@router.get("/sources", include_in_schema=False)
@router.get("/speakers", include_in_schema=False)
@router.get("/sources.json", summary="Outlets' track records")
@router.get("/speakers.json", summary="Speakers' track records")
def track_page(request: Request, page: Page = Depends()) -> Response:
    kind = "speakers" if request.url.path.startswith("/speakers") else "sources"
    data = track_view(_store(request), kind, limit=page.limit, offset=page.offset)
    return respond(request, "sources.html", data, page)


@router.get("/sources/{name}", include_in_schema=False)
@router.get("/speakers/{name}", include_in_schema=False)
@router.get("/sources/{name}.json", summary="The claims behind an outlet's track record")
@router.get("/speakers/{name}.json", summary="The claims behind a speaker's track record")
def claims_page(
    request: Request,
    name: str,
    page: Page = Depends(),
    voice: str | None = Query(None, description="own or relayed"),
    result: str | None = Query(None, description="held, failed, mixed, neutral or open"),
) -> Response:
    kind = "speakers" if request.url.path.startswith("/speakers") else "sources"
    data = claims_view(_store(request), kind, name, voice=voice, result=result, limit=page.limit, offset=page.offset)
    return respond(request, "claims.html", data, page)


@router.get("/search", include_in_schema=False)
@router.get("/search.json", summary="Full-text search over articles or statements")
def search_page(
    request: Request,
    page: Page = Depends(),
    q: str = Query("", max_length=500),
    kind: str = Query("articles", pattern="^(articles|statements)$"),
) -> Response:
    data = search_view(_store(request), q, kind, limit=page.limit, offset=page.offset)
    return respond(request, "search.html", data, page)


@router.get("/ingest", include_in_schema=False)
@router.get("/ingest.json", summary="The ingest form's settings")
def ingest_page(request: Request) -> Response:
    return respond(request, "ingest.html", ingest_view(writes_enabled=bool(request.app.state.token)))


@router.post("/ingest", include_in_schema=False)
@router.post("/ingest.json", summary="Extract posted text or HTML (nothing is stored)")
def ingest_preview(
    request: Request,
    text: str = Form("", max_length=5_000_000),
    file: UploadFile | None = File(None),
    format: str = Form("text"),
    outlet: str = Form("", max_length=200),
    published: str = Form(""),
) -> Response:
    data = file.file.read() if file is not None and file.filename else text.encode("utf-8")
    if file is not None and file.filename and format == "text":
        format = "html" if file.filename.lower().endswith((".html", ".htm")) else "text"
    day = _day(published)
    with request.app.state.nlp_lock:
        records = extract_records(
            pipeline(request),
            data,
            format,
            outlet=outlet,
            published=day,
            max_bytes=request.app.state.max_body,
        )
    view = ingest_view(records, writes_enabled=bool(request.app.state.token))
    return respond(request, "ingest.html", view)


def _day(value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"published {value!r}: expected a date as YYYY-MM-DD") from None


@router.get("/docs", include_in_schema=False)
def docs_page(request: Request) -> Response:
    """The API described from its OpenAPI schema, rendered here (no scripts, works offline)."""
    schema = request.app.openapi()
    endpoints = [
        {
            "path": path,
            "method": method.upper(),
            "summary": op.get("summary", ""),
            "description": op.get("description", ""),
            "params": op.get("parameters", []),
            "body": "requestBody" in op,
            "secured": path.startswith(("/api/ingest", "/api/threads/{thread_id}/")),
        }
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
    ]
    return respond(request, "docs.html", {"page": "docs", "title": schema["info"]["title"], "endpoints": endpoints})
