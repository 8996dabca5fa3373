"""Events stage: conflict events in ACLED's codebook, with actors, place, date, fatalities and claimant."""

from __future__ import annotations

from typing import Any

__all__ = ["extract_events"]


def __getattr__(name: str) -> Any:  # lazy: the exports import the actor dictionary without spaCy
    if name == "extract_events":
        from .extract import extract_events

        return extract_events
    raise AttributeError(name)
