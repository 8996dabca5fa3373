"""Quantities: counts as the intervals their words commit to, and what they count."""

from .counts import CasualtyCount, casualty_counts, combined_count, is_casualty_count, is_subset
from .extract import extract_quantities

__all__ = [
    "CasualtyCount",
    "casualty_counts",
    "combined_count",
    "extract_quantities",
    "is_casualty_count",
    "is_subset",
]
