"""Quantities: counts as the intervals their words commit to, and what they count.

``extract_quantities(doc)`` is the stage; the helpers in ``counts`` serve the events stage: which counts
are counts of the dead or hurt, which are parts or running war totals, and how one event's counts add up.
"""

from .counts import (
    CasualtyCount,
    add_intervals,
    casualty_counts,
    combined_count,
    is_casualty_count,
    is_cumulative,
    is_subset,
    reported_figure,
    stated_number,
)
from .extract import extract_quantities

__all__ = [
    "CasualtyCount",
    "add_intervals",
    "casualty_counts",
    "combined_count",
    "extract_quantities",
    "is_casualty_count",
    "is_cumulative",
    "is_subset",
    "reported_figure",
    "stated_number",
]
