"""What every route shares: the one error shape, JSON with ETags, pagination, the write token."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import Query, Request
from fastapi.responses import JSONResponse, Response

MAX_LIMIT = 500


class ApiError(Exception):
    """An error answered as ``{"ok": false, "error": message, "status": status}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"ok": False, "error": message, "status": status}


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, default=_default, separators=(",", ":")).encode("utf-8")


def json_response(request: Request, data: Any, *, etag: bool = True) -> Response:
    """``data`` as JSON; with an ETag (a hash of the body) and 304 when the client already has it."""
    body = dumps(data)
    if not etag:
        return Response(body, media_type="application/json")
    tag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    headers = {"ETag": tag, "Cache-Control": "no-cache"}
    seen = request.headers.get("if-none-match", "")
    if tag in {t.strip() for t in seen.split(",")} or seen.strip() == "*":
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


class Page:
    """``limit``/``offset`` query parameters, and the ``next``/``previous`` links of a page of results."""

    def __init__(
        self,
        limit: int = Query(50, ge=1, le=MAX_LIMIT, description="Items per page."),
        offset: int = Query(0, ge=0, le=10_000_000, description="Items to skip."),
    ) -> None:
        self.limit, self.offset = limit, offset

    def wrap(self, request: Request, rows: list[Any], **extra: Any) -> dict[str, Any]:
        """``rows`` fetched with ``limit + 1`` as a page: items, limit, offset, next, previous."""
        more = len(rows) > self.limit
        items = rows[: self.limit]
        return {
            **extra,
            "items": items,
            "limit": self.limit,
            "offset": self.offset,
            "next": self._link(request, self.offset + self.limit) if more else None,
            "previous": self._link(request, max(0, self.offset - self.limit)) if self.offset else None,
        }

    def _link(self, request: Request, offset: int) -> str:
        params = dict(request.query_params)
        params.update(limit=str(self.limit), offset=str(offset))
        return f"{request.url.path}?{urlencode(params)}"


def check_token(request: Request) -> None:
    """Allow a write only with ``Authorization: Bearer <SAYSO_TOKEN>``; no token set, no writes."""
    token: str | None = request.app.state.token
    if not token:
        raise ApiError(403, "writes are disabled on this desk: start it with SAYSO_TOKEN set to enable them")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(
            401,
            "this write needs a token: send 'Authorization: Bearer <SAYSO_TOKEN>'",
            {"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "the bearer token is not valid for this desk")
