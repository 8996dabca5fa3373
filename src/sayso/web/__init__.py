"""The desk: a web UI and JSON API over the store (``sayso serve``)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
