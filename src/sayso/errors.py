"""The exceptions sayso raises. Callers catch :class:`SaysoError` only at the outer edge (CLI, HTTP).

::

    SaysoError
     ├── InputError        an input could not be read (carries the path, line and reason)
     ├── StoreError        the store could not be opened or written
     ├── NotFound          a requested article, thread, ... does not exist
     └── ConfigError       a setting or argument is invalid; the message names the fix
"""

from __future__ import annotations


class SaysoError(Exception):
    """Base class of every sayso error."""


class InputError(SaysoError):
    """An input that cannot be read: ``sayso: PATH[:LINE]: reason``."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = path, reason, line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class StoreError(SaysoError):
    """The store could not be opened, migrated or written."""


class NotFound(SaysoError):
    """A requested object does not exist in the store."""


class ConfigError(SaysoError):
    """A setting or argument is invalid."""
