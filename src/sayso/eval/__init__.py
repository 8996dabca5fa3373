"""Evaluations of the sayso stages against the dev corpora."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def files_sha256(paths: Iterable[Path]) -> str:
    """A hash of files, each by its name and its bytes, to pin floors to one set of gold files."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
