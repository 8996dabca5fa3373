"""Readers: turn files, directories and standard input into :class:`~sayso.records.Article` objects.

``read_inputs(paths, opts)`` yields, in order, an Article for each article found and a
:class:`BadInput` for each input (or line) that could not be read. Formats are detected from the
name and the first bytes, or forced with ``ReadOptions(fmt=...)``.
"""

from __future__ import annotations

from .base import FORMATS, BadInput, ReadOptions, article_id
from .inputs import read_inputs

__all__ = ["FORMATS", "BadInput", "ReadOptions", "article_id", "read_inputs"]
