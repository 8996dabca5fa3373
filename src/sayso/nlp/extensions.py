"""The ``Doc._`` attributes the sayso stages read and write. Registered once, on pipeline load."""

from __future__ import annotations

from spacy.tokens import Doc

#: Set by the caller before the sayso components run.
INPUTS = ("sayso_anchor", "sayso_dateline_place")
#: Filled by the components, in pipeline order.
OUTPUTS = ("sayso_places", "sayso_times", "sayso_quantities", "sayso_statements", "sayso_events")


def register_extensions() -> None:
    """Register every sayso ``Doc`` extension (idempotent)."""
    for name in INPUTS + OUTPUTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
