"""Statements: who is reported as saying what, directly or reported, asserted or denied, and via whom."""

from .extract import extract_statements
from .speakers import normalise_speaker

__all__ = ["extract_statements", "normalise_speaker"]
