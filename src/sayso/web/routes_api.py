"""The JSON API under ``/api``: lists are paged (``limit``/``offset``, ``next`` links) and carry ETags."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from ..errors import NotFound
from ..link import link_new, record_outcome
from ..store import read as store_read
from .app import pipeline
from .http import Page, check_token, json_response
from .queries import event_detail
from .views.filters import FilterParams, filter_params
from .views.ingest import extract_records
from .views.search import search_view
from .views.sources import claims_view, track_view
from .views.threads import thread_view, threads_view

router = APIRouter(prefix="/api", tags=["api"])
ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"description": '`{"ok": false, "error": "...", "status": N}`'} for s in (404, 413, 422)
}


def _store(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.store


@router.get("/articles", summary="Stored articles, newest first")
def articles(request: Request, page: Page = Depends()) -> Response:
    rows = _store(request).articles(limit=page.limit + 1, offset=page.offset)
    return json_response(request, page.wrap(request, rows))


@router.get("/articles/{article_id}", summary="One article's contract record", responses=ERRORS)
def article(request: Request, article_id: str) -> Response:
    record = _store(request).record(article_id)
    if record is None:
        raise NotFound(f"article {article_id} does not exist")
    return json_response(request, record)


@router.get("/statements", summary="Stored statements")
def statements(
    request: Request,
    page: Page = Depends(),
    speaker: str | None = Query(None, max_length=200),
    polarity: Literal["asserts", "denies"] | None = None,
    article_id: str | None = Query(None, max_length=32),
) -> Response:
    rows = _store(request).statements(
        speaker=speaker, polarity=polarity, article_id=article_id, limit=page.limit + 1, offset=page.offset
    )
    return json_response(request, page.wrap(request, rows))


@router.get("/events", summary="Stored events for a filter, with claimant, relay chain, place and outlet")
def events(request: Request, page: Page = Depends(), params: FilterParams = Depends(filter_params)) -> Response:
    query = store_read.event_query(params.to_filter()).limit(page.limit + 1).offset(page.offset)
    with _store(request).engine.connect() as conn:
        rows = [store_read.event_row(r._mapping) for r in conn.execute(query)]
    return json_response(request, page.wrap(request, rows, filters=params.values()))


@router.get("/events/{uid}", summary="One event with its claim and the threads it is in", responses=ERRORS)
def event(request: Request, uid: str) -> Response:
    with _store(request).engine.connect() as conn:
        found = event_detail(conn, uid)
    if found is None:
        raise NotFound(f"event {uid} does not exist")
    return json_response(request, found)


@router.get("/threads", summary="Threads, contested first")
def threads(
    request: Request,
    page: Page = Depends(),
    contested: bool = False,
    country: str | None = Query(None, max_length=2),
) -> Response:
    data = threads_view(
        _store(request), contested_only=contested, country=country, limit=page.limit, offset=page.offset
    )
    return json_response(request, page.wrap(request, data.pop("rows")))


@router.get("/threads/{thread_id}", summary="One thread with every member's claim", responses=ERRORS)
def thread(request: Request, thread_id: int) -> Response:
    data = thread_view(_store(request), thread_id)
    return json_response(request, {**data["thread"], "members": data["members"]})


@router.get("/sources", summary="Outlets' track records")
@router.get("/speakers", summary="Speakers' track records")
def track_records(request: Request, page: Page = Depends()) -> Response:
    kind = request.url.path.removeprefix("/api/")
    data = track_view(_store(request), kind, limit=page.limit, offset=page.offset)
    return json_response(request, page.wrap(request, data.pop("rows"), by=data["by"]))


@router.get("/sources/{name}", summary="The claims behind an outlet's track record")
@router.get("/speakers/{name}", summary="The claims behind a speaker's track record")
def claims(
    request: Request, name: str, page: Page = Depends(), voice: str | None = None, result: str | None = None
) -> Response:
    kind = "speakers" if request.url.path.startswith("/api/speakers") else "sources"
    data = claims_view(_store(request), kind, name, voice=voice, result=result, limit=page.limit, offset=page.offset)
    data.pop("page")
    return json_response(request, page.wrap(request, data.pop("rows"), **data))


@router.get("/search", summary="Full-text search over articles or statements")
def search(
    request: Request,
    page: Page = Depends(),
    q: str = Query(..., min_length=1, max_length=500),
    kind: Literal["articles", "statements"] = "articles",
) -> Response:
    data = search_view(_store(request), q, kind, limit=page.limit, offset=page.offset)
    return json_response(request, page.wrap(request, data.pop("rows"), q=q, kind=kind))


class ArticleIn(BaseModel):
    """An article to extract: its text (plain text, or an HTML page), and what the text may not say."""

    text: str = Field(..., min_length=1, description="Plain text or an HTML document.")
    format: Literal["text", "html"] = "text"
    outlet: str | None = Field(None, max_length=200)
    published: date | None = Field(None, description="Publication date (the anchor of relative dates).")


@router.post("/extract", summary="Extract: text in, contract record(s) out (stores nothing)", responses=ERRORS)
def extract(request: Request, body: ArticleIn) -> Response:
    records = _extract(request, body)
    return json_response(request, {"ok": True, "records": [r.to_dict() for r in records]}, etag=False)


@router.post(
    "/ingest",
    summary="Extract and store (needs the bearer token)",
    dependencies=[Depends(check_token)],
    responses={**ERRORS, 401: ERRORS[404], 403: ERRORS[404]},
)
def ingest(request: Request, body: ArticleIn) -> Response:
    store = _store(request)
    added, already = [], []
    for record in _extract(request, body):
        (added if store.add(record) else already).append(record.article.id)
    report = link_new(store, added)
    linked = {"opened": report.opened, "joined": report.joined, "claims": report.linked}
    return json_response(request, {"ok": True, "added": added, "already": already, "threads": linked}, etag=False)


def _extract(request: Request, body: ArticleIn) -> list[Any]:
    with request.app.state.nlp_lock:
        return extract_records(
            pipeline(request),
            body.text.encode("utf-8"),
            body.format,
            outlet=body.outlet,
            published=body.published,
            max_bytes=request.app.state.max_body,
        )


class OutcomeIn(BaseModel):
    """What became of a thread's proposition."""

    verdict: Literal["held", "failed", "mixed"]
    note: str = Field("", max_length=5000)
    evidence_url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    settled_on: date | None = Field(None, description="When it settled (default: the thread's latest report).")
    recorded_by: str = Field("desk", min_length=1, max_length=200)


@router.post(
    "/threads/{thread_id}/outcome",
    summary="Record a thread's outcome (needs the bearer token)",
    dependencies=[Depends(check_token)],
    responses={**ERRORS, 401: ERRORS[404], 403: ERRORS[404]},
)
def outcome(request: Request, thread_id: int, body: OutcomeIn) -> Response:
    saved = record_outcome(_store(request), thread_id, **body.model_dump())
    return json_response(request, {"ok": True, "outcome": saved}, etag=False)
